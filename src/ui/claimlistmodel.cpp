#include "claimlistmodel.h"

#include "store/project.h"
#include "taxonomymodel.h"

#include <QColor>
#include <QCoreApplication>
#include <QFont>
#include <algorithm>

namespace crible::ui {

namespace {

bool byPosition(const core::Claim &a, const core::Claim &b)
{
    return a.start != b.start ? a.start < b.start : a.end < b.end;
}

QString vocabularyLabel(const QList<core::VocabularyTerm> &terms, const QString &key)
{
    for (const core::VocabularyTerm &t : terms) {
        if (t.key == key)
            return QCoreApplication::translate("crible::core", t.label.toUtf8().constData());
    }
    return key;
}

} // namespace

ClaimListModel::ClaimListModel(store::Project &project, const core::Taxonomy *taxonomy,
                               QObject *parent)
    : QAbstractTableModel(parent), m_project(project), m_taxonomy(taxonomy)
{}

int ClaimListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_claims.size());
}

int ClaimListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ClaimListModel::label(core::TaxonomyAxis axis, const QString &key) const
{
    if (key.isEmpty())
        return {};
    const core::TaxonomyEntry *e = m_taxonomy->find(axis, key);
    return e ? e->displayLabel(TaxonomyModel::labelLanguage()) : key;
}

QVariant ClaimListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_claims.size())
        return {};
    const core::Claim &c = m_claims.at(index.row());
    switch (role) {
    case ClaimIdRole:
        return c.id;
    case ScopeKeyRole:
        return c.scope;
    case LevelKeyRole:
        return c.evidenceLevel;
    case VerdictKeyRole:
        return c.verdict;
    case StatusKeyRole:
        return c.status;
    case SearchTextRole:
        return QString(c.quote % u'\n' % c.restatement % u'\n' % c.claimant % u'\n' %
                       c.explanation);
    case Qt::ToolTipRole:
        return c.restatement.isEmpty() ? c.quote : c.restatement;
    case Qt::DecorationRole:
        if (index.column() == Scope && !c.scope.isEmpty()) {
            if (const core::TaxonomyEntry *e = m_taxonomy->find(core::TaxonomyAxis::Scope, c.scope))
                return QColor(e->color);
        }
        return {};
    case Qt::FontRole:
        if (c.isDraft()) {
            QFont f;
            f.setItalic(true);
            return f;
        }
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case Quote: {
        QString q = c.quote.simplified();
        if (q.size() > 90)
            q = q.left(88) + QStringLiteral("…");
        return q;
    }
    case Scope:
        return label(core::TaxonomyAxis::Scope, c.scope);
    case Level:
        return label(core::TaxonomyAxis::EvidenceLevel, c.evidenceLevel);
    case Verdict:
        return label(core::TaxonomyAxis::Verdict, c.verdict);
    case Status:
        return vocabularyLabel(core::claimStatuses(), c.status);
    default:
        return {};
    }
}

QVariant ClaimListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Quote:
        return tr("Claim");
    case Scope:
        return tr("Scope");
    case Level:
        return tr("Evidence");
    case Verdict:
        return tr("Verdict");
    case Status:
        return tr("Status");
    default:
        return {};
    }
}

core::Result<void> ClaimListModel::setArticle(qint64 articleId)
{
    QList<core::Claim> claims;
    if (articleId != 0) {
        store::ClaimFilter filter;
        filter.articleId = articleId;
        auto loaded = m_project.claims(filter);
        if (!loaded)
            return core::fail(loaded.error());
        claims = std::move(loaded).value();
    }
    setClaims(articleId, std::move(claims));
    return {};
}

void ClaimListModel::setClaims(qint64 articleId, QList<core::Claim> claims)
{
    // The store already gives them in this order; moving 5,000 claims about costs a frame.
    if (!std::is_sorted(claims.cbegin(), claims.cend(), byPosition))
        std::stable_sort(claims.begin(), claims.end(), byPosition);
    beginResetModel();
    m_articleId = articleId;
    m_claims = std::move(claims);
    endResetModel();
}

int ClaimListModel::insertionRow(const core::Claim &claim) const
{
    return int(std::upper_bound(m_claims.begin(), m_claims.end(), claim, byPosition) -
               m_claims.begin());
}

core::Result<qint64> ClaimListModel::insertClaim(core::Claim &claim)
{
    auto id = m_project.addClaim(claim);
    if (!id)
        return id;
    claim.id = id.value();
    if (claim.articleId == m_articleId) {
        // Read back what the store filled in (quote, anchor, times, annotator).
        auto stored = m_project.claim(claim.id);
        if (stored)
            claim = stored.value();
        const int row = insertionRow(claim);
        beginInsertRows({}, row, row);
        m_claims.insert(row, claim);
        endInsertRows();
    }
    emit claimsChanged(claim.articleId);
    return id;
}

core::Result<void> ClaimListModel::updateClaim(core::Claim &claim)
{
    auto done = m_project.updateClaim(claim);
    if (!done)
        return done;
    const int row = rowOf(claim.id);
    if (row >= 0) {
        auto stored = m_project.claim(claim.id);
        if (stored)
            claim = stored.value();
        m_claims[row] = claim;
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
    emit claimsChanged(claim.articleId);
    return {};
}

core::Result<void> ClaimListModel::removeClaim(qint64 claimId)
{
    auto old = m_project.claim(claimId);
    auto done = m_project.deleteClaim(claimId);
    if (!done)
        return done;
    const int row = rowOf(claimId);
    if (row >= 0) {
        beginRemoveRows({}, row, row);
        m_claims.removeAt(row);
        endRemoveRows();
    }
    emit claimsChanged(old ? old->articleId : m_articleId);
    return {};
}

int ClaimListModel::rowOf(qint64 claimId) const
{
    for (int row = 0; row < m_claims.size(); ++row) {
        if (m_claims[row].id == claimId)
            return row;
    }
    return -1;
}

const core::Claim *ClaimListModel::claimById(qint64 claimId) const
{
    const int row = rowOf(claimId);
    return row < 0 ? nullptr : &m_claims[row];
}

void ClaimListModel::taxonomyChanged()
{
    if (!m_claims.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_claims.size()) - 1, ColumnCount - 1));
}

} // namespace crible::ui
