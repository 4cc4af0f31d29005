#include "suggestioncommands.h"

#include "document.h"
#include "store/project.h"
#include "suggestions.h"

#include <QCoreApplication>

namespace crible::ui {

SuggestionDecisionCommand::SuggestionDecisionCommand(Document *document, const QString &articleUuid,
                                                     qint64 start, qint64 end,
                                                     const QString &decision)
    : DocumentCommand(
          document, decision == QLatin1String("rejected")
                        ? QCoreApplication::translate("crible::ui::Document", "Reject suggestion")
                        : QCoreApplication::translate("crible::ui::Document", "Accept suggestion")),
      m_articleUuid(articleUuid), m_start(start), m_end(end), m_decision(decision)
{}

core::Result<qint64> SuggestionDecisionCommand::articleId() const
{
    auto id = m_document->project().articleIdByUuid(m_articleUuid);
    if (!id)
        return core::fail(id.error());
    if (id.value() == 0)
        return core::fail(QCoreApplication::translate(
            "crible::ui::Document", "the suggestion's article is no longer in the project"));
    return id.value();
}

core::Result<void> SuggestionDecisionCommand::apply()
{
    auto id = articleId();
    if (!id)
        return core::fail(id.error());
    return m_document->suggestions()->recordDecision(id.value(), m_start, m_end, m_decision);
}

core::Result<void> SuggestionDecisionCommand::revert()
{
    auto id = articleId();
    if (!id)
        return core::fail(id.error());
    m_document->suggestions()->forgetDecision(id.value(), m_start, m_end);
    return {};
}

} // namespace crible::ui
