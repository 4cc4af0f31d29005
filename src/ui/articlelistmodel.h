#pragma once

#include "core/article.h"
#include "core/result.h"
#include "store/project.h"

#include <QAbstractTableModel>

namespace crible::ui {

// The project's current articles (superseded versions hidden): title, publisher, date,
// number of claims and how many are still drafts. Mutating methods write through the
// store first and change rows only when it succeeded, so undo commands can rely on them.
class ArticleListModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Title, Publisher, Date, Claims, Drafts, ColumnCount };
    enum Role { ArticleIdRole = Qt::UserRole + 1 };

    explicit ArticleListModel(store::Project &project, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    core::Result<void> reload();
    // Stores the article (fills its id) and appends its row.
    core::Result<qint64> addArticle(core::Article &article);
    core::Result<void> removeArticle(qint64 id);
    // Re-reads the claim and draft counts (after claims changed).
    void refreshCounts();

    int rowOf(qint64 articleId) const; // -1 when absent
    qint64 articleIdAt(int row) const;
    const store::ArticleSummary *summary(qint64 articleId) const;

private:
    store::Project &m_project;
    QList<store::ArticleSummary> m_articles;
};

} // namespace crible::ui
