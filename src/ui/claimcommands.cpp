#include "claimcommands.h"

#include "claimlistmodel.h"
#include "document.h"
#include "store/project.h"

#include <QCoreApplication>

namespace crible::ui {

namespace {

core::Result<void> resolveArticle(store::Project &project, core::Claim &claim,
                                  const QString &articleUuid)
{
    auto id = project.articleIdByUuid(articleUuid);
    if (!id)
        return core::fail(id.error());
    if (id.value() == 0)
        return core::fail(QCoreApplication::translate("crible::ui::Document",
                                                      "the claim's article is no longer in "
                                                      "the project"));
    claim.articleId = id.value();
    return {};
}

// Source links name sources by id, which a redone source import may have changed.
void resolveSources(store::Project &project, core::Claim &claim)
{
    for (core::ClaimSourceLink &link : claim.sources) {
        if (link.sourceUuid.isEmpty())
            continue;
        auto id = project.sourceIdByUuid(link.sourceUuid);
        if (id && id.value() != 0)
            link.sourceId = id.value();
    }
}

} // namespace

AddClaimCommand::AddClaimCommand(Document *document, const core::Claim &claim,
                                 const QString &articleUuid)
    : DocumentCommand(document), m_claim(claim), m_articleUuid(articleUuid)
{
    setText(QCoreApplication::translate("crible::ui::Document", "Tag claim"));
}

core::Result<void> AddClaimCommand::apply()
{
    core::Claim claim = m_claim;
    if (auto found = resolveArticle(m_document->project(), claim, m_articleUuid); !found)
        return found;
    resolveSources(m_document->project(), claim);
    m_document->revealClaim(claim.articleId, 0);
    auto id = m_document->claimModel()->insertClaim(claim);
    if (!id)
        return core::fail(id.error());
    // Keep what the store filled in (uuid, times, anchor) so a redo recreates the same claim.
    m_claim = claim;
    m_claim.id = id.value();
    m_document->revealClaim(claim.articleId, m_claim.id);
    return {};
}

core::Result<void> AddClaimCommand::revert()
{
    auto id = m_document->project().claimIdByUuid(m_claim.uuid);
    if (!id)
        return core::fail(id.error());
    m_document->revealClaim(m_claim.articleId, 0);
    return m_document->claimModel()->removeClaim(id.value());
}

RemoveClaimCommand::RemoveClaimCommand(Document *document, const core::Claim &claim,
                                       const QString &articleUuid)
    : DocumentCommand(document), m_claim(claim), m_articleUuid(articleUuid)
{
    setText(QCoreApplication::translate("crible::ui::Document", "Delete claim"));
}

core::Result<void> RemoveClaimCommand::apply()
{
    auto id = m_document->project().claimIdByUuid(m_claim.uuid);
    if (!id)
        return core::fail(id.error());
    m_document->revealClaim(m_claim.articleId, 0);
    return m_document->claimModel()->removeClaim(id.value());
}

core::Result<void> RemoveClaimCommand::revert()
{
    core::Claim claim = m_claim;
    if (auto found = resolveArticle(m_document->project(), claim, m_articleUuid); !found)
        return found;
    resolveSources(m_document->project(), claim);
    m_document->revealClaim(claim.articleId, 0);
    auto id = m_document->claimModel()->insertClaim(claim);
    if (!id)
        return core::fail(id.error());
    m_claim.id = id.value();
    m_claim.articleId = claim.articleId;
    m_document->revealClaim(claim.articleId, m_claim.id);
    return {};
}

ChangeClaimCommand::ChangeClaimCommand(Document *document, const core::Claim &before,
                                       const core::Claim &after, const QString &text)
    : DocumentCommand(document, text), m_before(before), m_after(after)
{}

core::Result<void> ChangeClaimCommand::write(core::Claim claim)
{
    auto id = m_document->project().claimIdByUuid(claim.uuid);
    if (!id)
        return core::fail(id.error());
    auto stored = m_document->project().claim(id.value());
    if (!stored)
        return core::fail(stored.error());
    claim.id = id.value();
    claim.articleId = stored->articleId;
    resolveSources(m_document->project(), claim);
    m_document->revealClaim(claim.articleId, 0);
    auto done = m_document->claimModel()->updateClaim(claim);
    if (done)
        m_document->revealClaim(claim.articleId, claim.id);
    return done;
}

core::Result<void> ChangeClaimCommand::apply()
{
    return write(m_after);
}

core::Result<void> ChangeClaimCommand::revert()
{
    return write(m_before);
}

} // namespace crible::ui
