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
    if (m_firstApply) {
        auto before = m_document->suggestions()->decisionOn(id.value(), m_start, m_end);
        if (!before)
            return core::fail(before.error());
        m_before = before.value();
        m_firstApply = false;
    }
    store::SuggestionDecision decision;
    decision.articleId = id.value();
    decision.start = m_start;
    decision.end = m_end;
    decision.decision = m_decision;
    return m_document->suggestions()->recordDecision(decision);
}

core::Result<void> SuggestionDecisionCommand::revert()
{
    auto id = articleId();
    if (!id)
        return core::fail(id.error());
    if (!m_before)
        return m_document->suggestions()->clearDecision(id.value(), m_start, m_end);
    store::SuggestionDecision before = *m_before;
    before.articleId = id.value(); // the same article, its id may have changed (re-import)
    return m_document->suggestions()->recordDecision(before);
}

} // namespace crible::ui
