#pragma once

#include <QSortFilterProxyModel>

namespace crible::ui {

// Filters the claims list by scope, evidence level, verdict, status (taxonomy keys; empty
// means any; "-" means "not set") and by text (quote, restatement, claimant, explanation).
class ClaimFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit ClaimFilterModel(QObject *parent = nullptr);

    void setScope(const QString &key);
    void setLevel(const QString &key);
    void setVerdict(const QString &key);
    void setStatus(const QString &key);
    void setText(const QString &text);

    static QString unsetKey() { return QStringLiteral("-"); }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    void setKey(QString &member, const QString &key);

    QString m_scope;
    QString m_level;
    QString m_verdict;
    QString m_status;
    QString m_text;
};

} // namespace crible::ui
