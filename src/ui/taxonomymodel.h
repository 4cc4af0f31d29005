#pragma once

#include "core/taxonomy.h"

#include <QAbstractListModel>
#include <QColor>

namespace crible::ui {

// One axis of the project's taxonomy as a list model (combo boxes, the taxonomy editor's
// tabs). The Document changes the taxonomy (store first) and resets its three models.
class TaxonomyModel final : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role { KeyRole = Qt::UserRole + 1, ColorRole };

    TaxonomyModel(const core::Taxonomy *shared, core::TaxonomyAxis axis, QObject *parent = nullptr);

    core::TaxonomyAxis axis() const { return m_axis; }
    const core::Taxonomy &taxonomy() const { return *m_taxonomy; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    // The language taxonomy labels are shown in ("fr" or "en").
    static QString labelLanguage();

private:
    friend class Document;
    void beginReplace() { beginResetModel(); }
    void endReplace() { endResetModel(); }

    const core::Taxonomy *m_taxonomy; // owned by the Document, shared by its three axis models
    core::TaxonomyAxis m_axis;
};

} // namespace crible::ui
