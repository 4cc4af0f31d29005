#include "document.h"

#include "articlecommands.h"
#include "articlelistmodel.h"
#include "claimcommands.h"
#include "claimlistmodel.h"
#include "export/corpus/corpus.h"
#include "sourcecommands.h"
#include "store/project.h"
#include "suggestioncommands.h"
#include "suggestions.h"
#include "taxonomycommands.h"
#include "taxonomymodel.h"
#include "text/article_import.h"
#include "text/icu_tokenizer.h"
#include "text/segmentation.h"

#include <QDir>
#include <QFileInfo>
#include <QFuture>
#include <QScopeGuard>
#include <QThreadPool>
#include <QUndoStack>
#include <QUuid>
#include <QtConcurrent/QtConcurrentRun>
#include <future>

namespace crible::ui {

namespace {

// The store keeps a pointer to the tokenizer for as long as a project is open; one
// stateless instance serves every project.
const core::FullTextTokenizer *tokenizer()
{
    static const text::IcuWordTokenizer instance;
    return &instance;
}

QString newUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace

Document::Document(std::unique_ptr<store::Project> project)
    : m_project(std::move(project)), m_readerPool(new QThreadPool(this)),
      m_undoStack(new QUndoStack(this))
{
    m_readerPool->setMaxThreadCount(1);
    m_readerPool->setExpiryTimeout(-1); // one thread, kept: no thread start per article
    m_articleModel = new ArticleListModel(*m_project, this);
    m_claimModel = new ClaimListModel(*m_project, &m_taxonomy, this);
    m_verdictModel = new TaxonomyModel(&m_taxonomy, core::TaxonomyAxis::Verdict, this);
    m_levelModel = new TaxonomyModel(&m_taxonomy, core::TaxonomyAxis::EvidenceLevel, this);
    m_scopeModel = new TaxonomyModel(&m_taxonomy, core::TaxonomyAxis::Scope, this);
    connect(m_claimModel, &ClaimListModel::claimsChanged, m_articleModel,
            &ArticleListModel::refreshCounts);
    m_suggestions = new Suggestions(this);
}

Document::~Document()
{
    // Clearing the stack emits indexChanged; views must not read a half-destroyed project.
    m_undoStack->blockSignals(true);
    delete m_undoStack;
}

core::Result<std::unique_ptr<Document>> Document::open(const QString &path)
{
    auto project = store::Project::open(path, tokenizer());
    if (!project)
        return core::fail(project.error());
    std::unique_ptr<Document> document(new Document(std::move(project).value()));
    if (auto loaded = document->load(); !loaded)
        return core::fail(loaded.error());
    return document;
}

core::Result<std::unique_ptr<Document>> Document::create(const QString &path)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    auto project = store::Project::create(path, tokenizer());
    if (!project)
        return core::fail(project.error());
    std::unique_ptr<Document> document(new Document(std::move(project).value()));
    if (auto loaded = document->load(); !loaded)
        return core::fail(loaded.error());
    return document;
}

core::Result<std::unique_ptr<Document>> Document::createFromCorpus(const QString &path,
                                                                   const QString &corpusDir,
                                                                   const QString &seedArticle)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    auto project = store::Project::create(path, tokenizer());
    if (!project)
        return core::fail(project.error());
    if (QFileInfo::exists(QDir(corpusDir).filePath(QStringLiteral("corpus.json")))) {
        // A new project has no default annotator yet, so its actor is the user's own name.
        const QString user = project.value()->actor();
        if (auto imported = exporters::importCorpus(*project.value(), corpusDir); !imported)
            return core::fail(imported.error());
        // The corpus brings its own default annotator (the reference one). The claims it
        // holds keep their annotators, but what the user adds next is theirs: credit it to
        // them, not to the reference (the settings dialog still changes it).
        auto settings = project.value()->settings();
        if (!settings)
            return core::fail(settings.error());
        if (!user.isEmpty() && settings->defaultAnnotator != user) {
            core::ProjectSettings mine = settings.value();
            mine.defaultAnnotator = user;
            project.value()->setActor(user);
            if (auto saved = project.value()->setSettings(mine); !saved)
                return core::fail(saved.error());
        }
    } else if (!seedArticle.isEmpty() && QFileInfo::exists(seedArticle)) {
        text::ImportOptions options;
        options.language = QStringLiteral("fr");
        auto article = text::importArticleFile(seedArticle, options);
        if (!article)
            return core::fail(article.error());
        if (auto added = project.value()->addArticle(article.value()); !added)
            return core::fail(added.error());
    }
    std::unique_ptr<Document> document(new Document(std::move(project).value()));
    if (auto loaded = document->load(); !loaded)
        return core::fail(loaded.error());
    return document;
}

core::Result<void> Document::load()
{
    auto taxonomy = m_project->taxonomy();
    if (!taxonomy)
        return core::fail(taxonomy.error());
    auto settings = m_project->settings();
    if (!settings)
        return core::fail(settings.error());
    for (TaxonomyModel *model : {m_verdictModel, m_levelModel, m_scopeModel})
        model->beginReplace();
    m_taxonomy = taxonomy.value();
    for (TaxonomyModel *model : {m_verdictModel, m_levelModel, m_scopeModel})
        model->endReplace();
    m_settings = settings.value();
    if (!m_settings.defaultAnnotator.isEmpty())
        m_project->setActor(m_settings.defaultAnnotator);
    if (auto loaded = m_articleModel->reload(); !loaded)
        return loaded;
    if (m_articleModel->rowCount() > 0)
        return setCurrentArticle(m_articleModel->articleIdAt(0));
    return {};
}

QString Document::path() const
{
    return m_project->path();
}

TaxonomyModel *Document::taxonomyModel(core::TaxonomyAxis axis) const
{
    switch (axis) {
    case core::TaxonomyAxis::Verdict:
        return m_verdictModel;
    case core::TaxonomyAxis::EvidenceLevel:
        return m_levelModel;
    case core::TaxonomyAxis::Scope:
        break;
    }
    return m_scopeModel;
}

store::Project *Document::reader()
{
    if (!m_readerTried) {
        m_readerTried = true;
        auto opened =
            store::Project::open(m_project->path(), tokenizer(), store::OpenMode::ReadOnly);
        if (opened)
            m_reader = std::move(opened).value();
    }
    return m_reader.get();
}

core::Result<void> Document::setCurrentArticle(qint64 articleId)
{
    if (articleId == m_article.id && articleId != 0)
        return {};
    // The claims are read on the second connection meanwhile, unless this connection holds
    // changes the other cannot see yet (inside a batch): then they are read here, after.
    QFuture<core::Result<QList<core::Claim>>> claims;
    if (articleId != 0 && !m_project->inTransaction()) {
        if (store::Project *r = reader()) {
            claims = QtConcurrent::run(m_readerPool, [r, articleId] {
                store::ClaimFilter filter;
                filter.articleId = articleId;
                return r->claims(filter);
            });
        }
    }
    // Whatever happens below, the worker is done before this returns: it reads m_reader.
    const auto join = qScopeGuard([&claims] { claims.waitForFinished(); });
    core::Article article;
    if (articleId != 0) {
        auto loaded = m_project->article(articleId);
        if (!loaded)
            return core::fail(loaded.error());
        article = std::move(loaded).value();
        article.originalBytes.clear(); // provenance only; not needed to edit
    }
    m_article = std::move(article);
    m_index = core::CodePointIndex(m_article.text);
    m_segmenter = std::make_unique<text::Segmenter>(
        m_article.language.isEmpty() ? QStringLiteral("fr") : m_article.language);
    // Views drop the old claims before the new text arrives: their offsets mean nothing there.
    m_claimModel->setClaims(m_article.id, {});
    emit currentArticleChanged(m_article.id);
    if (!claims.isValid())
        return m_claimModel->setArticle(m_article.id);
    auto loaded = claims.result();
    if (!loaded)
        return m_claimModel->setArticle(m_article.id); // the main connection says why
    m_claimModel->setClaims(m_article.id, std::move(loaded).value());
    return {};
}

core::Result<std::pair<qint64, qint64>> Document::snappedSpan(qint64 utf16Start,
                                                              qint64 utf16End) const
{
    if (m_article.id == 0 || !m_segmenter)
        return core::fail(tr("no article is open"));
    if (utf16Start > utf16End)
        std::swap(utf16Start, utf16End);
    const qint64 start = m_index.toCodePoint(utf16Start);
    // A position inside a surrogate pair maps to the start of its character: step past it.
    qint64 end = m_index.toCodePoint(utf16End);
    if (!m_index.isCharacterBoundary(utf16End))
        ++end;
    if (start >= end)
        return core::fail(tr("select some text first"));
    const text::Span span = m_segmenter->snapToWords(m_article.text, {start, end});
    if (span.start >= span.end)
        return core::fail(tr("the selection holds no word"));
    return std::pair<qint64, qint64>(span.start, span.end);
}

core::Result<qint64> Document::tagSelection(qint64 utf16Start, qint64 utf16End)
{
    auto span = snappedSpan(utf16Start, utf16End);
    if (!span)
        return core::fail(span.error());
    return tagSpan(span->first, span->second);
}

core::Result<qint64> Document::tagSentenceAt(qint64 utf16Position)
{
    if (m_article.id == 0 || !m_segmenter)
        return core::fail(tr("no article is open"));
    const text::Span sentence =
        m_segmenter->sentenceAt(m_article.text, m_index.toCodePoint(utf16Position));
    if (sentence.start >= sentence.end)
        return core::fail(tr("there is no sentence here"));
    return tagSpan(sentence.start, sentence.end);
}

core::Result<qint64> Document::tagSpan(qint64 start, qint64 end)
{
    for (const core::Claim &c : m_claimModel->claims()) {
        if (c.start == start && c.end == end)
            return core::fail(tr("this passage is already a claim"));
    }
    core::Claim claim;
    claim.uuid = newUuid();
    claim.articleId = m_article.id;
    claim.start = start;
    claim.end = end;
    claim.status = QStringLiteral("draft");
    claim.annotator = m_settings.defaultAnnotator;
    auto *command = new AddClaimCommand(this, claim, m_article.uuid);
    if (auto pushed = push(command); !pushed)
        return core::fail(pushed.error());
    return command->claimId();
}

core::Result<qint64> Document::acceptSuggestion(qint64 start, qint64 end)
{
    if (m_article.id == 0)
        return core::fail(tr("no article is open"));
    if (!m_suggestions->find(start, end))
        return core::fail(tr("there is no open suggestion here"));
    m_undoStack->beginMacro(tr("Accept suggestion"));
    auto claimId = tagSpan(start, end);
    core::Result<void> recorded;
    if (claimId) {
        recorded = push(new SuggestionDecisionCommand(this, m_article.uuid, start, end,
                                                      QStringLiteral("accepted")));
    }
    m_undoStack->endMacro();
    if (!claimId || !recorded) {
        m_undoStack->undo(); // no claim without its decision, and no empty step left behind
        return core::fail(claimId ? recorded.error() : claimId.error());
    }
    return claimId;
}

core::Result<void> Document::rejectSuggestion(qint64 start, qint64 end)
{
    if (m_article.id == 0)
        return core::fail(tr("no article is open"));
    if (!m_suggestions->find(start, end))
        return core::fail(tr("there is no open suggestion here"));
    return push(new SuggestionDecisionCommand(this, m_article.uuid, start, end,
                                              QStringLiteral("rejected")));
}

core::Result<void> Document::push(DocumentCommand *command)
{
    auto applied = command->apply();
    if (!applied) {
        delete command;
        return applied;
    }
    command->markApplied();
    m_undoStack->push(command);
    return {};
}

core::Result<core::Claim> Document::loadClaim(qint64 claimId) const
{
    if (const core::Claim *shown = m_claimModel->claimById(claimId))
        return *shown;
    return m_project->claim(claimId);
}

core::Result<void> Document::removeClaim(qint64 claimId)
{
    auto claim = loadClaim(claimId);
    if (!claim)
        return core::fail(claim.error());
    QString articleUuid = m_article.uuid;
    if (claim->articleId != m_article.id) {
        auto article = m_project->article(claim->articleId);
        if (!article)
            return core::fail(article.error());
        articleUuid = article->uuid;
    }
    return push(new RemoveClaimCommand(this, claim.value(), articleUuid));
}

core::Result<void> Document::changeClaim(const core::Claim &changed, const QString &actionText)
{
    auto before = loadClaim(changed.id);
    if (!before)
        return core::fail(before.error());
    if (before->uuid != changed.uuid)
        return core::fail(tr("the claim changed identity"));
    return push(new ChangeClaimCommand(this, before.value(), changed,
                                       actionText.isEmpty() ? tr("Edit claim") : actionText));
}

core::Result<void> Document::setClaimGrade(qint64 claimId, core::TaxonomyAxis axis,
                                           const QString &key)
{
    auto claim = loadClaim(claimId);
    if (!claim)
        return core::fail(claim.error());
    core::Claim changed = claim.value();
    QString text;
    const core::TaxonomyEntry *entry = m_taxonomy.find(axis, key);
    const QString label = entry ? entry->displayLabel(TaxonomyModel::labelLanguage()) : key;
    switch (axis) {
    case core::TaxonomyAxis::Verdict:
        changed.verdict = key;
        text = tr("Set verdict to %1").arg(label);
        break;
    case core::TaxonomyAxis::EvidenceLevel:
        changed.evidenceLevel = key;
        text = tr("Set evidence level to %1").arg(label);
        break;
    case core::TaxonomyAxis::Scope:
        // Never copied to "presented as": how the article presents it is a separate reading
        // (a pilot presented as national reality), and a copy would look like one.
        changed.scope = key;
        text = tr("Set scope to %1").arg(label);
        break;
    }
    if (changed.isDraft() && !changed.verdict.isEmpty() && !changed.evidenceLevel.isEmpty() &&
        !changed.scope.isEmpty())
        changed.status = QStringLiteral("graded");
    return push(new ChangeClaimCommand(this, claim.value(), changed, text));
}

core::Result<void> Document::setClaimGradeAt(qint64 claimId, core::TaxonomyAxis axis, int index)
{
    const QList<core::TaxonomyEntry> &entries = m_taxonomy.entries(axis);
    if (index < 0 || index >= entries.size())
        return core::fail(tr("there is no entry %1 in this list").arg(index + 1));
    return setClaimGrade(claimId, axis, entries.at(index).key);
}

core::Result<void> Document::addSourceAndLink(qint64 claimId, const core::Source &source,
                                              const QString &stance, const QString &passage)
{
    auto claim = loadClaim(claimId);
    if (!claim)
        return core::fail(claim.error());
    core::Source fresh = source;
    if (fresh.uuid.isEmpty())
        fresh.uuid = newUuid();
    core::ClaimSourceLink link;
    link.stance = stance;
    link.passage = passage;
    return push(new AddSourceLinkCommand(this, fresh, claim->uuid, link));
}

core::Result<void> Document::linkSource(qint64 claimId, const core::ClaimSourceLink &link)
{
    auto claim = loadClaim(claimId);
    if (!claim)
        return core::fail(claim.error());
    core::Claim changed = claim.value();
    bool replaced = false;
    for (core::ClaimSourceLink &existing : changed.sources) {
        if (existing.sourceId == link.sourceId) {
            existing = link;
            replaced = true;
        }
    }
    if (!replaced)
        changed.sources.append(link);
    return push(new ChangeClaimCommand(this, claim.value(), changed,
                                       replaced ? tr("Edit source link") : tr("Link source")));
}

core::Result<void> Document::unlinkSource(qint64 claimId, qint64 sourceId)
{
    auto claim = loadClaim(claimId);
    if (!claim)
        return core::fail(claim.error());
    core::Claim changed = claim.value();
    changed.sources.removeIf(
        [&](const core::ClaimSourceLink &l) { return l.sourceId == sourceId; });
    return push(new ChangeClaimCommand(this, claim.value(), changed, tr("Unlink source")));
}

QList<core::Source> Document::sources() const
{
    auto all = m_project->sources();
    return all ? all.value() : QList<core::Source>();
}

core::Result<QList<qint64>> Document::importArticleFiles(const QStringList &paths)
{
    QList<core::Article> articles;
    for (const QString &path : paths) {
        auto article = text::importArticleFile(path);
        if (!article)
            return core::fail(article.error());
        if (article->text.trimmed().isEmpty())
            return core::fail(tr("%1: the file holds no text").arg(QFileInfo(path).fileName()));
        if (article->title.isEmpty())
            article->title = QFileInfo(path).completeBaseName();
        articles.append(std::move(article).value());
    }
    QList<qint64> ids;
    if (articles.size() > 1)
        m_undoStack->beginMacro(tr("Import %n articles", nullptr, int(articles.size())));
    for (const core::Article &article : std::as_const(articles)) {
        auto *command = new ImportArticleCommand(this, article);
        if (auto pushed = push(command); !pushed) {
            if (articles.size() > 1) {
                m_undoStack->endMacro();
                // Leave the project as it was: take back the ones already imported.
                m_undoStack->undo();
            }
            return core::fail(pushed.error());
        }
        ids.append(command->articleId());
    }
    if (articles.size() > 1)
        m_undoStack->endMacro();
    if (!ids.isEmpty())
        (void)setCurrentArticle(ids.constFirst());
    return ids;
}

core::Result<void> Document::changeTaxonomy(const core::Taxonomy &taxonomy,
                                            const QString &actionText)
{
    if (taxonomy == m_taxonomy)
        return {};
    return push(new ChangeTaxonomyCommand(this, m_taxonomy, taxonomy, actionText));
}

core::Result<void> Document::changeSettings(const core::ProjectSettings &settings)
{
    if (settings == m_settings)
        return {};
    return push(new ChangeSettingsCommand(this, m_settings, settings));
}

core::Result<void> Document::applyTaxonomy(const core::Taxonomy &taxonomy)
{
    if (auto stored = m_project->setTaxonomy(taxonomy); !stored)
        return stored;
    for (TaxonomyModel *model : {m_verdictModel, m_levelModel, m_scopeModel})
        model->beginReplace();
    m_taxonomy = taxonomy;
    for (TaxonomyModel *model : {m_verdictModel, m_levelModel, m_scopeModel})
        model->endReplace();
    m_claimModel->taxonomyChanged();
    emit taxonomyChanged();
    return {};
}

core::Result<void> Document::applySettings(const core::ProjectSettings &settings)
{
    if (auto stored = m_project->setSettings(settings); !stored)
        return stored;
    m_settings = settings;
    if (!m_settings.defaultAnnotator.isEmpty())
        m_project->setActor(m_settings.defaultAnnotator);
    emit settingsChanged();
    return {};
}

core::Result<void> Document::saveCopy(const QString &path) const
{
    return m_project->saveCopy(path);
}

void Document::reportCommandError(const QString &message)
{
    emit errorOccurred(message);
}

void Document::revealClaim(qint64 articleId, qint64 claimId)
{
    if (articleId != 0 && articleId != m_article.id) {
        if (auto shown = setCurrentArticle(articleId); !shown)
            return;
    }
    if (claimId != 0)
        emit claimRevealed(claimId);
}

} // namespace crible::ui
