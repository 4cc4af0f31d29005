#pragma once

#include "core/claim.h"
#include "core/source.h"
#include "documentcommand.h"

namespace crible::ui {

// Adds a new source to the bibliography and links it to a claim, as one undo step.
class AddSourceLinkCommand final : public DocumentCommand
{
public:
    AddSourceLinkCommand(Document *document, const core::Source &source, const QString &claimUuid,
                         const core::ClaimSourceLink &link);
    core::Result<void> apply() override;
    core::Result<void> revert() override;

private:
    core::Result<core::Claim> storedClaim() const;

    core::Source m_source;
    QString m_claimUuid;
    core::ClaimSourceLink m_link;
};

} // namespace crible::ui
