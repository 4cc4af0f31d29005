#pragma once

#include "core/taxonomy.h"

#include <QDialog>

class QListWidget;
class QTabWidget;

namespace crible::ui {

class Document;

// Edits verdicts, evidence levels and scopes: add, rename, recolour, reorder. Each edit is
// applied at once as one undo step (Edit > Undo takes it back, also with the dialog open).
class TaxonomyDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit TaxonomyDialog(Document *document, QWidget *parent = nullptr);

    // The edits, callable from tests without the pickers.
    bool addEntry(core::TaxonomyAxis axis, const QString &label);
    bool renameEntry(core::TaxonomyAxis axis, int row, const QString &label);
    bool recolourEntry(core::TaxonomyAxis axis, int row, const QColor &colour);
    bool moveEntry(core::TaxonomyAxis axis, int row, int delta);

signals:
    void errorOccurred(const QString &message);

private:
    core::TaxonomyAxis currentAxis() const;
    QListWidget *list(core::TaxonomyAxis axis) const;
    void refresh();
    bool apply(const core::Taxonomy &taxonomy, const QString &text);

    Document *m_document;
    QTabWidget *m_tabs;
    QListWidget *m_lists[3];
};

} // namespace crible::ui
