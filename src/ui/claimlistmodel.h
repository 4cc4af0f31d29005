#pragma once

#include "core/claim.h"
#include "core/result.h"
#include "core/taxonomy.h"

#include <QAbstractTableModel>

namespace crible::store {
class Project;
}

namespace crible::ui {

// The claims of the article shown, ordered by position (start, then end). Mutating methods
// write through the store first and change rows only when it succeeded; a claim of another
// article is written but leaves the rows alone. Undo commands change claims only here.
class ClaimListModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Quote, Scope, Level, Verdict, Status, ColumnCount };
    enum Role {
        ClaimIdRole = Qt::UserRole + 1,
        ScopeKeyRole,
        LevelKeyRole,
        VerdictKeyRole,
        StatusKeyRole,
        SearchTextRole, // quote, restatement, claimant and explanation, for the text filter
    };

    ClaimListModel(store::Project &project, const core::Taxonomy *taxonomy,
                   QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    qint64 articleId() const { return m_articleId; }
    core::Result<void> setArticle(qint64 articleId); // 0: none
    // Shows claims already read for `articleId` (any order).
    void setClaims(qint64 articleId, QList<core::Claim> claims);

    core::Result<qint64> insertClaim(core::Claim &claim);
    core::Result<void> updateClaim(core::Claim &claim);
    core::Result<void> removeClaim(qint64 claimId);

    const QList<core::Claim> &claims() const { return m_claims; }
    int rowOf(qint64 claimId) const; // -1 when absent
    const core::Claim *claimById(qint64 claimId) const;
    // Labels were renamed or reordered: refresh every row.
    void taxonomyChanged();

signals:
    // Any claim of `articleId` was added, changed or removed (also when not shown).
    void claimsChanged(qint64 articleId);

private:
    int insertionRow(const core::Claim &claim) const;
    QString label(core::TaxonomyAxis axis, const QString &key) const;

    store::Project &m_project;
    const core::Taxonomy *m_taxonomy;
    qint64 m_articleId = 0;
    QList<core::Claim> m_claims;
};

} // namespace crible::ui
