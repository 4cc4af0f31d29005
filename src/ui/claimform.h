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
    void reload();
    void fillCombos();
    void commit(const QString &actionText);
    core::Claim edited() const;
    void addSource();
    void linkExistingSource();
    void editLink(int row);
    void unlinkSource();
    bool eventFilter(QObject *watched, QEvent *event) override;

    Document *m_document;
    qint64 m_claimId = 0;
    core::Claim m_claim;
    bool m_loading = false;

    QLabel *m_quote;
    QLineEdit *m_claimant;
    QLineEdit *m_restatement;
    QLabel *m_restatementCount;
    QComboBox *m_kind;
    QComboBox *m_verdict;
    QComboBox *m_level;
    QComboBox *m_presentedAs;
    QComboBox *m_scope;
    QPlainTextEdit *m_explanation;
    QLineEdit *m_statusAsOf;
    QLineEdit *m_annotator;
    QComboBox *m_status;
    QTableWidget *m_sources;
    QPushButton *m_addSource;
    QPushButton *m_linkSource;
    QPushButton *m_unlinkSource;
};

} // namespace crible::ui
