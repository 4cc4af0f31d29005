#pragma once

#include "documentcommand.h"

#include <QString>

namespace crible::ui {

// The annotator's answer to a suggested claim ("accepted" or "rejected"). The article is
// found again by uuid, as the claim commands do; undo shows the suggestion again.
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
};

} // namespace crible::ui
