#pragma once

#include "core/settings.h"
#include "core/taxonomy.h"
#include "documentcommand.h"

namespace crible::ui {

// Any taxonomy edit (rename, reorder, colour, add): the whole old and new taxonomy are kept.
class ChangeTaxonomyCommand final : public DocumentCommand
{
public:
    ChangeTaxonomyCommand(Document *document, const core::Taxonomy &before,
                          const core::Taxonomy &after, const QString &text);
    core::Result<void> apply() override;
    core::Result<void> revert() override;

private:
    core::Taxonomy m_before;
    core::Taxonomy m_after;
};

class ChangeSettingsCommand final : public DocumentCommand
{
public:
    ChangeSettingsCommand(Document *document, const core::ProjectSettings &before,
                          const core::ProjectSettings &after);
    core::Result<void> apply() override;
    core::Result<void> revert() override;

private:
    core::ProjectSettings m_before;
    core::ProjectSettings m_after;
};

} // namespace crible::ui
