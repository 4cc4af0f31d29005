#include "articlelistmodel.h"

namespace crible::ui {

namespace {

QList<store::ArticleSummary> currentOnly(QList<store::ArticleSummary> all)
{
    all.removeIf([](const store::ArticleSummary &a) { return a.supersededBy != 0; });
    return all;
}

} // namespace

ArticleListModel::ArticleListModel(store::Project &project, QObject *parent)
    : QAbstractTableModel(parent), m_project(project)
{}

int ArticleListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_articles.size());
}

int ArticleListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ArticleListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_articles.size())
        return {};
    const store::ArticleSummary &a = m_articles.at(index.row());
    if (role == ArticleIdRole)
        return a.id;
    if (role == Qt::TextAlignmentRole && (index.column() == Claims || index.column() == Drafts))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == Title)
        return a.title;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Title:
        return a.title.isEmpty() ? tr("(untitled)") : a.title;
    case Publisher:
        return a.publisher;
    case Date:
        return a.publishedDate;
    case Claims:
        return a.claimCount;
    case Drafts:
        return a.draftCount;
    default:
        return {};
    }
}

QVariant ArticleListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Title:
        return tr("Title");
    case Publisher:
        return tr("Publisher");
    case Date:
        return tr("Date");
    case Claims:
        return tr("Claims");
    case Drafts:
        return tr("Drafts");
    default:
        return {};
    }
}

core::Result<void> ArticleListModel::reload()
{
    auto all = m_project.articles();
    if (!all)
        return core::fail(all.error());
    beginResetModel();
    m_articles = currentOnly(std::move(all).value());
    endResetModel();
    return {};
}

core::Result<qint64> ArticleListModel::addArticle(core::Article &article)
{
    auto id = m_project.addArticle(article);
    if (!id)
        return id;
    // The new version of an article replaces the row of the one it supersedes.
    auto all = m_project.articles();
    if (!all)
        return core::fail(all.error());
    const QList<store::ArticleSummary> fresh = currentOnly(std::move(all).value());
    beginResetModel();
    m_articles = fresh;
    endResetModel();
    return id;
}

core::Result<void> ArticleListModel::removeArticle(qint64 id)
{
    auto done = m_project.deleteArticle(id);
    if (!done)
        return done;
    return reload();
}

void ArticleListModel::refreshCounts()
{
    auto all = m_project.articles();
    if (!all)
        return;
    const QList<store::ArticleSummary> fresh = currentOnly(std::move(all).value());
    if (fresh.size() != m_articles.size()) {
        beginResetModel();
        m_articles = fresh;
        endResetModel();
        return;
    }
    for (int row = 0; row < fresh.size(); ++row) {
        const bool changed = fresh[row].claimCount != m_articles[row].claimCount ||
                             fresh[row].draftCount != m_articles[row].draftCount;
        m_articles[row] = fresh[row];
        if (changed)
            emit dataChanged(index(row, Claims), index(row, Drafts));
    }
}

int ArticleListModel::rowOf(qint64 articleId) const
{
    for (int row = 0; row < m_articles.size(); ++row) {
        if (m_articles[row].id == articleId)
            return row;
    }
    return -1;
}

qint64 ArticleListModel::articleIdAt(int row) const
{
    return row >= 0 && row < m_articles.size() ? m_articles[row].id : 0;
}

const store::ArticleSummary *ArticleListModel::summary(qint64 articleId) const
{
    const int row = rowOf(articleId);
    return row < 0 ? nullptr : &m_articles[row];
}

} // namespace crible::ui
