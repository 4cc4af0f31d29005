#pragma once

#include "documentcommand.h"
#include "store/project.h"

#include <QString>
#include <optional>

namespace crible::ui {

// The annotator's answer to a suggested claim ("accepted" or "rejected"). The article is
// found again by uuid, as the claim commands do. Undo puts back what the project held
// before (no decision, or the earlier one), so the suggestion shows again after reopening.
class SuggestionDecisionCommand final : public DocumentCommand
{
public:
    SuggestionDecisionCommand(Document *document, const QString &articleUuid, qint64 start,
                              qint64 end, const QString &decision);
    core::Result<void> apply() override;
    core::Result<void> revert() override;

private:
    core::Result<qint64> articleId() const;

    QString m_articleUuid;
    qint64 m_start;
    qint64 m_end;
    QString m_decision;
    bool m_firstApply = true;
    std::optional<store::SuggestionDecision> m_before;
};

} // namespace crible::ui
