#include "articlecommands.h"

#include "articlelistmodel.h"
#include "document.h"
#include "store/project.h"

#include <QCoreApplication>

namespace crible::ui {

ImportArticleCommand::ImportArticleCommand(Document *document, const core::Article &article)
    : DocumentCommand(document), m_article(article)
{
    setText(QCoreApplication::translate("crible::ui::Document", "Import “%1”")
                .arg(article.title.isEmpty() ? article.sourceFileName : article.title));
}

core::Result<void> ImportArticleCommand::apply()
{
    core::Article article = m_article;
    article.id = 0;
    auto id = m_document->articleModel()->addArticle(article);
    if (!id)
        return core::fail(id.error());
    m_articleId = id.value();
    if (m_article.uuid.isEmpty())
        m_article.uuid = article.uuid;
    m_document->revealClaim(m_articleId, 0);
    return {};
}

core::Result<void> ImportArticleCommand::revert()
{
    auto id = m_document->project().articleIdByUuid(m_article.uuid);
    if (!id)
        return core::fail(id.error());
    const bool shown = m_document->currentArticleId() == id.value();
    auto done = m_document->articleModel()->removeArticle(id.value());
    if (done && shown)
        (void)m_document->setCurrentArticle(0);
    return done;
}

} // namespace crible::ui
