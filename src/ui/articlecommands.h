#pragma once

#include "core/article.h"
#include "documentcommand.h"

namespace crible::ui {

// Imports one article (already read and checked); undo deletes it again.
class ImportArticleCommand final : public DocumentCommand
{
public:
    ImportArticleCommand(Document *document, const core::Article &article);
    core::Result<void> apply() override;
    core::Result<void> revert() override;
    qint64 articleId() const { return m_articleId; }

private:
    core::Article m_article;
    qint64 m_articleId = 0;
};

} // namespace crible::ui
