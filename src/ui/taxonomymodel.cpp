#include "taxonomymodel.h"

#include <QLocale>

namespace crible::ui {

TaxonomyModel::TaxonomyModel(const core::Taxonomy *shared, core::TaxonomyAxis axis, QObject *parent)
    : QAbstractListModel(parent), m_taxonomy(shared), m_axis(axis)
{}

int TaxonomyModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() || !m_taxonomy)
        return 0;
    return int(m_taxonomy->entries(m_axis).size());
}

QVariant TaxonomyModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !m_taxonomy || index.row() >= rowCount())
        return {};
    const core::TaxonomyEntry &e = m_taxonomy->entries(m_axis).at(index.row());
    switch (role) {
    case Qt::DisplayRole: {
        // An entry saved without a label in this language still shows something a user can
        // pick: its other label, else its key (the taxonomy dialog marks it incomplete).
        const QString label = e.displayLabel(labelLanguage());
        if (!label.trimmed().isEmpty())
            return label;
        return e.labelFr.trimmed().isEmpty() ? e.key : e.labelFr;
    }
    case Qt::ToolTipRole:
        return e.displayDescription(labelLanguage());
    case Qt::DecorationRole:
    case ColorRole:
        return QColor(e.color);
    case KeyRole:
        return e.key;
    default:
        return {};
    }
}

QString TaxonomyModel::labelLanguage()
{
    // Follows the UI language chosen at start-up (QLocale's default is set from it).
    return QLocale().language() == QLocale::French ? QStringLiteral("fr") : QStringLiteral("en");
}

} // namespace crible::ui
