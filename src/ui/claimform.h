#pragma once

#include "core/claim.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace crible::ui {

class Document;

// The form of one claim. Each field commits when it is left (or a choice is made) as one
// undo step through the Document; the form then follows the model, also on undo and redo.
// A field the user did not change keeps the stored value byte for byte, whatever the widget
// gives back; a value the form refuses (a malformed date, a restatement too long) is marked
// at its field and left there to be corrected, never saved and never silently reverted.
class ClaimForm final : public QWidget
{
    Q_OBJECT
public:
    explicit ClaimForm(Document *document, QWidget *parent = nullptr);

    void setClaim(qint64 claimId);
    qint64 claimId() const { return m_claimId; }
    // Puts the keyboard in the first field.
    void focusFirstField();

signals:
    void errorOccurred(const QString &message);

private:
    // Keep: a refresh for another change leaves alone the fields whose stored value did not
    // change (what the user is typing, a refused value). Discard: show what is stored.
    enum class Edits { Keep, Discard };

    void reload(Edits edits);
    void selectCombos(const core::Claim *before);
    void fillCombos();
    void commit();
    core::Claim edited() const;
    QString undoText(const core::Claim &before, const core::Claim &after) const;
    bool checkStatusDate();
    bool checkRestatement();
    void updateRestatementCount();
    void addSource();
    void linkExistingSource();
    void editLink(int row);
    void unlinkSource();
    bool eventFilter(QObject *watched, QEvent *event) override;

    Document *m_document;
    qint64 m_claimId = 0;
    core::Claim m_claim;
    bool m_loading = false;
    // A commit can show a dialog (a store error), whose focus change ends the edit again.
    bool m_committing = false;

    // What each field showed when it was last filled from the store (the combos: the index).
    struct Shown
    {
        QString claimant, restatement, explanation, statusAsOf, annotator;
        int kind = -1, verdict = -1, level = -1, presentedAs = -1, scope = -1, status = -1;
    };
    Shown m_shown;

    QLabel *m_quote;
    QLineEdit *m_claimant;
    QLineEdit *m_restatement;
    QLabel *m_restatementCount;
    QLabel *m_restatementProblem;
    QComboBox *m_kind;
    QComboBox *m_verdict;
    QComboBox *m_level;
    QComboBox *m_presentedAs;
    QComboBox *m_scope;
    QPlainTextEdit *m_explanation;
    QLineEdit *m_statusAsOf;
    QLabel *m_statusAsOfProblem;
    QLineEdit *m_annotator;
    QComboBox *m_status;
    QTableWidget *m_sources;
    QPushButton *m_addSource;
    QPushButton *m_linkSource;
    QPushButton *m_unlinkSource;
};

} // namespace crible::ui
