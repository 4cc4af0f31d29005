#include "sourcecommands.h"

#include "claimlistmodel.h"
#include "document.h"
#include "store/project.h"

#include <QCoreApplication>

namespace crible::ui {

AddSourceLinkCommand::AddSourceLinkCommand(Document *document, const core::Source &source,
                                           const QString &claimUuid,
                                           const core::ClaimSourceLink &link)
    : DocumentCommand(document), m_source(source), m_claimUuid(claimUuid), m_link(link)
{
    setText(QCoreApplication::translate("crible::ui::Document", "Add source"));
}

core::Result<core::Claim> AddSourceLinkCommand::storedClaim() const
{
    auto id = m_document->project().claimIdByUuid(m_claimUuid);
    if (!id)
        return core::fail(id.error());
    return m_document->project().claim(id.value());
}

core::Result<void> AddSourceLinkCommand::apply()
{
    auto claim = storedClaim();
    if (!claim)
        return core::fail(claim.error());
    core::Source source = m_source;
    source.id = 0;
    auto sourceId = m_document->project().addSource(source);
    if (!sourceId)
        return core::fail(sourceId.error());
    if (m_source.uuid.isEmpty()) {
        // Remember the uuid the store gave it, so a redo recreates the same source.
        if (auto stored = m_document->project().source(sourceId.value()))
            m_source.uuid = stored->uuid;
    }
    core::ClaimSourceLink link = m_link;
    link.sourceId = sourceId.value();
    link.sourceUuid = m_source.uuid;
    core::Claim changed = claim.value();
    changed.sources.append(link);
    m_document->revealClaim(changed.articleId, 0);
    auto done = m_document->claimModel()->updateClaim(changed);
    if (!done) {
        (void)m_document->project().deleteSource(sourceId.value());
        return done;
    }
    m_document->revealClaim(changed.articleId, changed.id);
    return {};
}

core::Result<void> AddSourceLinkCommand::revert()
{
    auto claim = storedClaim();
    if (!claim)
        return core::fail(claim.error());
    auto sourceId = m_document->project().sourceIdByUuid(m_source.uuid);
    if (!sourceId)
        return core::fail(sourceId.error());
    core::Claim changed = claim.value();
    changed.sources.removeIf([&](const core::ClaimSourceLink &l) {
        return l.sourceId == sourceId.value() ||
               (!l.sourceUuid.isEmpty() && l.sourceUuid == m_source.uuid);
    });
    m_document->revealClaim(changed.articleId, 0);
    auto done = m_document->claimModel()->updateClaim(changed);
    if (!done)
        return done;
    m_document->revealClaim(changed.articleId, changed.id);
    return m_document->project().deleteSource(sourceId.value());
}

} // namespace crible::ui
