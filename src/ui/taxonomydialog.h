#pragma once

#include "core/taxonomy.h"

#include <QDialog>
#include <QStringList>
#include <functional>

class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTabWidget;
class QWidget;

namespace crible::ui {

class Document;

// Edits verdicts, evidence levels and scopes on a working copy: both labels and both
// descriptions whatever the UI language, the colour, a verdict's export mappings (ClaimsKG
// value, FEVER label, ClaimReview rating), a scope's table group; adds and reorders entries.
// OK (or Apply) makes the changes one undo step; Cancel drops what was not applied. A new
// entry is asked for both labels and, for a verdict, its three mappings, so that no verdict
// leaves FEVER or ClaimReview without the user having chosen it; an entry that still lacks
// something is marked in the list and the form says what follows from it.
class TaxonomyDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit TaxonomyDialog(Document *document, QWidget *parent = nullptr);

    // What OK would apply, and whether it differs from the project's taxonomy.
    const core::Taxonomy &editedTaxonomy() const { return m_edited; }
    bool hasChanges() const;

    // What an entry lacks, one sentence each with its consequence (empty: complete).
    // `blocking` gets the problems that keep OK disabled (no English label: the English
    // editor and exports would show a blank).
    static QStringList problems(core::TaxonomyAxis axis, const core::TaxonomyEntry &entry,
                                QStringList *blocking = nullptr);
    // What an export does with a complete entry that is worth knowing (a verdict left out of
    // FEVER and ClaimReview, one with no ClaimReview rating).
    static QStringList exportNotes(core::TaxonomyAxis axis, const core::TaxonomyEntry &entry);

    // Adds `entry` to the working copy (its key made from its labels when empty, made unique)
    // and selects it; false when it has no label at all.
    bool addEntry(core::TaxonomyAxis axis, core::TaxonomyEntry entry);
    // Applies the working copy as one undo step; false (and errorOccurred) when the project
    // refuses it or an entry still lacks its English label.
    bool applyChanges() { return applyChanges(QString()); }

    // Single edits applied at once, one undo step each (with anything pending in the form),
    // for scripts and tests without the pickers. addEntry with a bare label sets only the
    // label of the UI language: the entry is then marked incomplete, and a verdict added so
    // is left out of FEVER and ClaimReview until its mappings are set.
    bool addEntry(core::TaxonomyAxis axis, const QString &label);
    bool renameEntry(core::TaxonomyAxis axis, int row, const QString &label);
    bool recolourEntry(core::TaxonomyAxis axis, int row, const QColor &colour);
    bool moveEntry(core::TaxonomyAxis axis, int row, int delta);

    void accept() override;

signals:
    void errorOccurred(const QString &message);

private:
    bool applyChanges(const QString &actionText);
    core::TaxonomyAxis currentAxis() const;
    QListWidget *list(core::TaxonomyAxis axis) const;
    int currentRow() const;
    void rebuildLists();
    void updateItem(core::TaxonomyAxis axis, int row);
    void loadForm();
    void updateNotes();
    void updateStatus();
    void editCurrent(const std::function<void(core::TaxonomyEntry &)> &change);
    bool move(core::TaxonomyAxis axis, int row, int delta);
    void onDocumentTaxonomyChanged();
    void addInteractively();
    void chooseColour();

    Document *m_document;
    core::Taxonomy m_edited; // the working copy
    core::Taxonomy m_base;   // the project's taxonomy it was last in step with

    QTabWidget *m_tabs;
    QGroupBox *m_entryBox;
    QFormLayout *m_form;
    QListWidget *m_lists[3];
    QPushButton *m_up;
    QPushButton *m_down;
    QLabel *m_key;
    QLineEdit *m_label;
    QLineEdit *m_labelFr;
    QLineEdit *m_description;
    QLineEdit *m_descriptionFr;
    QPushButton *m_colour;
    QComboBox *m_normalised;
    QComboBox *m_fever;
    QComboBox *m_rating;
    QLineEdit *m_group;
    QLineEdit *m_groupFr;
    QLabel *m_notes;
    QLabel *m_status;
    QDialogButtonBox *m_buttons;
};

} // namespace crible::ui
