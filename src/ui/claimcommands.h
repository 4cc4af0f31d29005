#pragma once

#include "core/claim.h"
#include "documentcommand.h"

namespace crible::ui {

// Claims are found again by uuid on every apply: an undone and redone article import may
// give the article a new row id, and a re-added claim keeps its uuid.

class AddClaimCommand final : public DocumentCommand
{
public:
    AddClaimCommand(Document *document, const core::Claim &claim, const QString &articleUuid);
    core::Result<void> apply() override;
    core::Result<void> revert() override;
    qint64 claimId() const { return m_claim.id; }

private:
    core::Claim m_claim;
    QString m_articleUuid;
};

class RemoveClaimCommand final : public DocumentCommand
{
public:
    RemoveClaimCommand(Document *document, const core::Claim &claim, const QString &articleUuid);
    core::Result<void> apply() override;
    core::Result<void> revert() override;

private:
    core::Claim m_claim;
    QString m_articleUuid;
};

// Any change of a claim's fields or source links: the whole old and new values are kept.
class ChangeClaimCommand final : public DocumentCommand
{
public:
    ChangeClaimCommand(Document *document, const core::Claim &before, const core::Claim &after,
                       const QString &text);
    core::Result<void> apply() override;
    core::Result<void> revert() override;

private:
    core::Result<void> write(core::Claim claim);

    core::Claim m_before;
    core::Claim m_after;
};

} // namespace crible::ui
