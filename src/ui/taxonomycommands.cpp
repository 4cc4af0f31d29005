#include "taxonomycommands.h"

#include "document.h"

#include <QCoreApplication>

namespace crible::ui {

ChangeTaxonomyCommand::ChangeTaxonomyCommand(Document *document, const core::Taxonomy &before,
                                             const core::Taxonomy &after, const QString &text)
    : DocumentCommand(document, text), m_before(before), m_after(after)
{}

core::Result<void> ChangeTaxonomyCommand::apply()
{
    return m_document->applyTaxonomy(m_after);
}

core::Result<void> ChangeTaxonomyCommand::revert()
{
    return m_document->applyTaxonomy(m_before);
}

ChangeSettingsCommand::ChangeSettingsCommand(Document *document,
                                             const core::ProjectSettings &before,
                                             const core::ProjectSettings &after)
    : DocumentCommand(document), m_before(before), m_after(after)
{
    setText(QCoreApplication::translate("crible::ui::Document", "Change project settings"));
}

core::Result<void> ChangeSettingsCommand::apply()
{
    return m_document->applySettings(m_after);
}

core::Result<void> ChangeSettingsCommand::revert()
{
    return m_document->applySettings(m_before);
}

} // namespace crible::ui
