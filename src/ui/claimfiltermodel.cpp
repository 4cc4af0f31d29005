#include "claimfiltermodel.h"

#include "claimlistmodel.h"

namespace crible::ui {

namespace {

bool keyMatches(const QString &wanted, const QString &actual)
{
    if (wanted.isEmpty())
        return true;
    if (wanted == ClaimFilterModel::unsetKey())
        return actual.isEmpty();
    return wanted == actual;
}

} // namespace

ClaimFilterModel::ClaimFilterModel(QObject *parent) : QSortFilterProxyModel(parent) {}

void ClaimFilterModel::setKey(QString &member, const QString &key)
{
    if (member == key)
        return;
    member = key;
    invalidateFilter();
}

void ClaimFilterModel::setScope(const QString &key)
{
    setKey(m_scope, key);
}

void ClaimFilterModel::setLevel(const QString &key)
{
    setKey(m_level, key);
}

void ClaimFilterModel::setVerdict(const QString &key)
{
    setKey(m_verdict, key);
}

void ClaimFilterModel::setStatus(const QString &key)
{
    setKey(m_status, key);
}

void ClaimFilterModel::setText(const QString &text)
{
    setKey(m_text, text.trimmed());
}

bool ClaimFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_scope.isEmpty() && m_level.isEmpty() && m_verdict.isEmpty() && m_status.isEmpty() &&
        m_text.isEmpty())
        return true; // no filter: a long list opens without reading every row
    const QModelIndex i = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!keyMatches(m_scope, i.data(ClaimListModel::ScopeKeyRole).toString()) ||
        !keyMatches(m_level, i.data(ClaimListModel::LevelKeyRole).toString()) ||
        !keyMatches(m_verdict, i.data(ClaimListModel::VerdictKeyRole).toString()) ||
        !keyMatches(m_status, i.data(ClaimListModel::StatusKeyRole).toString()))
        return false;
    if (m_text.isEmpty())
        return true;
    return i.data(ClaimListModel::SearchTextRole).toString().contains(m_text, Qt::CaseInsensitive);
}

} // namespace crible::ui
