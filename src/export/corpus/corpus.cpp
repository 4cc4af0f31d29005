// lupdate does not preprocess: it reads the block below, which the compiler never sees, and
// files every bare tr() of this file under "crible::export", the context of the local tr() helper
// (otherwise each call would be filed under its enclosing class). It must come before the
// includes, or lupdate attaches it to the namespace as the headers declare it.
#ifdef CRIBLE_LUPDATE_ONLY
namespace crible::exporters {
Q_DECLARE_TR_FUNCTIONS(crible::export)
}
#endif

#include "corpus.h"

#include "canonical_json.h"
#include "corpus_layout.h"
#include "corpus_reader.h"
#include "store/project.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QHash>
#include <QSaveFile>
#include <algorithm>

namespace crible::exporters {

namespace {

// Diagnostics go under "crible::export", which the editor translates; "crible::exporters", the
// text written into exported files, never is (exports follow the article's language).
QString tr(const char *text)
{
    return QCoreApplication::translate("crible::export", text);
}

QString timeText(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    return time.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"));
}

core::Result<void> writeFile(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return core::fail(tr("%1: cannot write: %2").arg(path, file.errorString()));
    if (file.write(bytes) != bytes.size() || !file.commit())
        return core::fail(tr("%1: cannot write: %2").arg(path, file.errorString()));
    return {};
}

OrderedJson entryJson(const core::TaxonomyEntry &entry, core::TaxonomyAxis axis)
{
    OrderedJson json;
    json.insert(QStringLiteral("key"), entry.key)
        .insert(QStringLiteral("label"), entry.label)
        .insert(QStringLiteral("labelFr"), entry.labelFr)
        .insert(QStringLiteral("description"), entry.description)
        .insert(QStringLiteral("descriptionFr"), entry.descriptionFr)
        .insert(QStringLiteral("color"), entry.color);
    if (axis == core::TaxonomyAxis::Verdict) {
        json.insert(QStringLiteral("normalised"), entry.normalised)
            .insert(QStringLiteral("fever"), entry.feverLabel)
            .insert(QStringLiteral("rating"), entry.rating);
    } else if (axis == core::TaxonomyAxis::Scope) {
        json.insert(QStringLiteral("group"), entry.group)
            .insert(QStringLiteral("groupFr"), entry.groupFr);
    }
    return json;
}

OrderedJson taxonomyJson(const core::Taxonomy &taxonomy)
{
    OrderedJson json = OrderedJson::object();
    const struct
    {
        core::TaxonomyAxis axis;
        const char16_t *name;
    } lists[] = {{core::TaxonomyAxis::Verdict, u"verdicts"},
                 {core::TaxonomyAxis::EvidenceLevel, u"evidenceLevels"},
                 {core::TaxonomyAxis::Scope, u"scopes"}};
    for (const auto &list : lists) {
        OrderedJson entries = OrderedJson::array();
        for (const core::TaxonomyEntry &entry : taxonomy.entries(list.axis))
            entries.append(entryJson(entry, list.axis));
        json.insert(QString::fromUtf16(list.name), entries);
    }
    return json;
}

OrderedJson sourceJson(const core::Source &source)
{
    OrderedJson json;
    json.insert(QStringLiteral("id"), source.uuid)
        .insert(QStringLiteral("title"), source.title)
        .insert(QStringLiteral("originalTitle"), source.originalTitle)
        .insert(QStringLiteral("publisher"), source.publisher)
        .insert(QStringLiteral("url"), source.url)
        .insert(QStringLiteral("archiveUrl"), source.archiveUrl)
        .insert(QStringLiteral("date"), source.date)
        .insert(QStringLiteral("accessedDate"), source.accessedDate)
        .insert(QStringLiteral("language"), source.language)
        .insert(QStringLiteral("documentNumber"), source.documentNumber)
        .insert(QStringLiteral("translator"), source.translator)
        .insert(QStringLiteral("primary"), source.primary)
        .insert(QStringLiteral("readVia"), source.readVia)
        .insert(QStringLiteral("reliability"), source.reliability)
        .insert(QStringLiteral("notes"), source.notes);
    return json;
}

OrderedJson articleJson(const core::Article &article)
{
    OrderedJson json;
    json.insert(QStringLiteral("id"), article.uuid)
        .insert(QStringLiteral("title"), article.title)
        .insert(QStringLiteral("publisher"), article.publisher)
        .insert(QStringLiteral("author"), article.author)
        .insert(QStringLiteral("url"), article.url)
        .insert(QStringLiteral("publishedDate"), article.publishedDate)
        .insert(QStringLiteral("language"), article.language)
        .insert(QStringLiteral("version"), article.version)
        .insert(QStringLiteral("sourceEncoding"), article.sourceEncoding)
        .insert(QStringLiteral("sourceFileName"), article.sourceFileName)
        .insert(QStringLiteral("importedAt"), timeText(article.importedAt))
        .insert(QStringLiteral("sha256"),
                QString::fromLatin1(
                    QCryptographicHash::hash(article.text.toUtf8(), QCryptographicHash::Sha256)
                        .toHex()))
        .insert(QStringLiteral("text"), QStringLiteral("article.txt"))
        .insert(QStringLiteral("claims"), QStringLiteral("claims.json"));
    return json;
}

OrderedJson claimJson(const core::Claim &claim, const QHash<qint64, QString> &sourceUuids)
{
    OrderedJson sources = OrderedJson::array();
    for (const core::ClaimSourceLink &link : claim.sources) {
        OrderedJson linkJson;
        linkJson.insert(QStringLiteral("source"), sourceUuids.value(link.sourceId, link.sourceUuid))
            .insert(QStringLiteral("stance"), link.stance)
            .insert(QStringLiteral("passage"), link.passage);
        sources.append(linkJson);
    }
    OrderedJson json;
    json.insert(QStringLiteral("id"), claim.uuid)
        .insert(QStringLiteral("start"), claim.start)
        .insert(QStringLiteral("end"), claim.end)
        .insert(QStringLiteral("quote"), claim.quote)
        .insert(QStringLiteral("prefix"), claim.prefix)
        .insert(QStringLiteral("suffix"), claim.suffix)
        .insert(QStringLiteral("claimant"), claim.claimant)
        .insert(QStringLiteral("restatement"), claim.restatement)
        .insert(QStringLiteral("kind"), claim.kind)
        .insert(QStringLiteral("status"), claim.status)
        .insert(QStringLiteral("verdict"), claim.verdict)
        .insert(QStringLiteral("evidenceLevel"), claim.evidenceLevel)
        .insert(QStringLiteral("presentedAs"), claim.presentedAs)
        .insert(QStringLiteral("scope"), claim.scope)
        .insert(QStringLiteral("explanation"), claim.explanation)
        .insert(QStringLiteral("statusAsOf"), claim.statusAsOf)
        .insert(QStringLiteral("annotator"), claim.annotator)
        .insert(QStringLiteral("created"), timeText(claim.created))
        .insert(QStringLiteral("modified"), timeText(claim.modified))
        .insert(QStringLiteral("sources"), sources);
    return json;
}

} // namespace

core::Result<void> importCorpus(store::Project &project, const QString &corpusDir)
{
    QList<CorpusProblem> problems;
    CorpusContents contents = readCorpus(corpusDir, problems);
    if (!problems.isEmpty()) {
        QString message = describeProblem(problems.first());
        if (problems.size() > 1)
            message +=
                tr(" (and %1 more problems: see crible-cli corpus check)").arg(problems.size() - 1);
        return core::fail(message);
    }

    // All of it or nothing: the batch rolls back unless committed.
    store::Project::Batch batch(project);
    if (auto r = project.setTaxonomy(contents.taxonomy); !r)
        return core::fail(tr("taxonomy.json: %1").arg(r.error()));
    if (auto r = project.setSettings(contents.settings); !r)
        return core::fail(tr("corpus.json: %1").arg(r.error()));

    QHash<QString, qint64> sourceIds;
    for (core::Source &source : contents.sources) {
        auto existing = project.sourceIdByUuid(source.uuid);
        if (!existing)
            return core::fail(tr("sources.json: %1").arg(existing.error()));
        if (*existing != 0) {
            source.id = *existing;
            if (auto r = project.updateSource(source); !r)
                return core::fail(tr("sources.json: source %1: %2").arg(source.uuid, r.error()));
        } else {
            auto added = project.addSource(source);
            if (!added)
                return core::fail(
                    tr("sources.json: source %1: %2").arg(source.uuid, added.error()));
            source.id = *added;
        }
        sourceIds.insert(source.uuid, source.id);
    }

    for (CorpusArticle &entry : contents.articles) {
        const QString articleFile = entry.folder + u"/article.json";
        auto added = project.addArticle(entry.article);
        if (!added)
            return core::fail(articleFile + u": " + added.error());
        const QString claimsFile = entry.folder + u"/claims.json";
        for (core::Claim &claim : entry.claims) {
            claim.articleId = *added;
            for (core::ClaimSourceLink &link : claim.sources)
                link.sourceId = sourceIds.value(link.sourceUuid);
            auto claimAdded = project.addClaim(claim);
            if (!claimAdded)
                return core::fail(
                    tr("%1: claim %2: %3").arg(claimsFile, claim.uuid, claimAdded.error()));
        }
    }
    if (auto r = batch.commit(); !r)
        return r;
    return {};
}

core::Result<void> exportCorpus(const store::Project &project, const QString &corpusDir)
{
    auto taxonomy = project.taxonomy();
    if (!taxonomy)
        return core::fail(taxonomy.error());
    auto settings = project.settings();
    if (!settings)
        return core::fail(settings.error());
    auto summaries = project.articles();
    if (!summaries)
        return core::fail(summaries.error());
    auto sources = project.sources();
    if (!sources)
        return core::fail(sources.error());

    // Only current versions: superseded ones stay in the project (corpus/README.md).
    QList<core::Article> articles;
    for (const store::ArticleSummary &summary : *summaries) {
        if (summary.supersededBy != 0)
            continue;
        auto article = project.article(summary.id);
        if (!article)
            return core::fail(article.error());
        articles.append(*article);
    }
    const QStringList folders = articleFolders(articles);

    // The annotators listed are those of the claims written: a name kept only in the project
    // (someone whose claims were all deleted) would not survive the way back.
    QList<QList<core::Claim>> claimsByArticle;
    QStringList sortedAnnotators;
    for (const core::Article &article : std::as_const(articles)) {
        store::ClaimFilter filter;
        filter.articleId = article.id;
        auto claims = project.claims(filter);
        if (!claims)
            return core::fail(claims.error());
        QList<core::Claim> sorted = *claims;
        std::sort(sorted.begin(), sorted.end(), [](const core::Claim &a, const core::Claim &b) {
            return std::tie(a.start, a.end, a.uuid) < std::tie(b.start, b.end, b.uuid);
        });
        for (const core::Claim &claim : std::as_const(sorted))
            sortedAnnotators.append(claim.annotator);
        claimsByArticle.append(sorted);
    }
    sortedAnnotators.removeAll(QString());
    sortedAnnotators.removeDuplicates();
    sortedAnnotators.sort();

    QDir root(corpusDir);
    if (!root.mkpath(QStringLiteral(".")))
        return core::fail(tr("%1: cannot create the folder").arg(corpusDir));

    OrderedJson annotatorList = OrderedJson::array();
    for (const QString &name : std::as_const(sortedAnnotators))
        annotatorList.append(name);
    OrderedJson folderList = OrderedJson::array();
    for (const QString &folder : folders)
        folderList.append(folder);
    OrderedJson settingsJson;
    settingsJson.insert(QStringLiteral("organisationName"), settings->organisationName)
        .insert(QStringLiteral("organisationUrl"), settings->organisationUrl)
        .insert(QStringLiteral("defaultAnnotator"), settings->defaultAnnotator);
    OrderedJson corpusJson;
    corpusJson.insert(QStringLiteral("format"), QString::fromUtf16(kCorpusFormatName))
        .insert(QStringLiteral("version"), kCorpusFormatVersion)
        .insert(QStringLiteral("settings"), settingsJson)
        .insert(QStringLiteral("annotators"), annotatorList)
        .insert(QStringLiteral("articles"), folderList);

    QList<core::Source> sortedSources = *sources;
    std::sort(sortedSources.begin(), sortedSources.end(),
              [](const core::Source &a, const core::Source &b) { return a.uuid < b.uuid; });
    QHash<qint64, QString> sourceUuids;
    OrderedJson sourceList = OrderedJson::array();
    for (const core::Source &source : std::as_const(sortedSources)) {
        sourceUuids.insert(source.id, source.uuid);
        sourceList.append(sourceJson(source));
    }
    OrderedJson sourcesJson;
    sourcesJson.insert(QStringLiteral("sources"), sourceList);

    for (qsizetype i = 0; i < articles.size(); ++i) {
        const core::Article &article = articles.at(i);
        OrderedJson claimList = OrderedJson::array();
        for (const core::Claim &claim : claimsByArticle.at(i))
            claimList.append(claimJson(claim, sourceUuids));
        OrderedJson claimsJson;
        claimsJson.insert(QStringLiteral("article"), article.uuid)
            .insert(QStringLiteral("claims"), claimList);

        const QString folder = folders.at(i);
        if (!root.mkpath(folder))
            return core::fail(tr("%1: cannot create the folder").arg(root.filePath(folder)));
        if (auto r = writeFile(root.filePath(folder + u"/article.txt"), article.text.toUtf8()); !r)
            return r;
        if (auto r = writeFile(root.filePath(folder + u"/article.json"),
                               articleJson(article).toCanonicalJson());
            !r)
            return r;
        if (auto r =
                writeFile(root.filePath(folder + u"/claims.json"), claimsJson.toCanonicalJson());
            !r)
            return r;
    }
    if (auto r = writeFile(root.filePath(QStringLiteral("taxonomy.json")),
                           taxonomyJson(*taxonomy).toCanonicalJson());
        !r)
        return r;
    if (auto r =
            writeFile(root.filePath(QStringLiteral("sources.json")), sourcesJson.toCanonicalJson());
        !r)
        return r;
    return writeFile(root.filePath(QStringLiteral("corpus.json")), corpusJson.toCanonicalJson());
}

} // namespace crible::exporters
