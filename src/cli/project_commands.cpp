// init, import, articles, sentences, search: the project and its articles.

#include "command.h"
#include "core/offsets.h"
#include "core/validation.h"
#include "directory_import.h"
#include "export/corpus/canonical_json.h"
#include "text/article_import.h"
#include "text/claim_spotter.h"
#include "text/segmentation.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <unistd.h>

namespace crible::cli {

namespace {

using exporters::OrderedJson;

int runInit(const Arguments &args)
{
    const QString path = args.positional.at(0);
    if (QFileInfo::exists(path))
        return reportFailure(tr("%1: already exists (a project is never overwritten)").arg(path));
    auto project = store::Project::create(path, fullTextTokenizer());
    if (!project)
        return reportFailure(project.error());
    return Success;
}

// A whole folder (a corpus of thousands of articles): decoding runs on every core, one
// writer stores in batches, a bad file is reported and skipped. Exit 1 when any was skipped.
int runDirectoryImport(const Arguments &args, store::Project &project,
                       const text::ImportOptions &options)
{
    const QString dir = args.positional.at(1);
    for (const char *perFile : {"title", "url", "publisher", "date"}) {
        if (args.has(QString::fromLatin1(perFile)))
            return reportUsageError(QStringLiteral("import"),
                                    tr("--%1 applies to one file, not to the folder %2")
                                        .arg(QString::fromLatin1(perFile), dir));
    }
    const bool terminal = isatty(STDERR_FILENO) == 1;
    QTextStream progressOut(stderr);
    const DirectoryImportSummary summary =
        importDirectory(project, dir, options, [&](int done, int total, qint64 bytes) {
            if (terminal && (done % 16 == 0 || done == total)) {
                progressOut << QStringLiteral("\rimporting ") << done << u'/' << total
                            << QStringLiteral(" files, ")
                            << QString::number(double(bytes) / 1e6, 'f', 1) << QStringLiteral(" MB")
                            << Qt::flush;
            }
        });
    if (terminal)
        progressOut << u'\n';
    // Messages from the text layer already name the file; others get it in front.
    for (const DirectoryImportSummary::Failure &failure : summary.failures) {
        if (!failure.reason.contains(QFileInfo(failure.file).fileName()))
            progressOut << failure.file << QStringLiteral(": ");
        progressOut << failure.reason << u'\n';
    }
    progressOut << tr("%1 articles imported (%2 MB), %3 files skipped")
                       .arg(summary.articles)
                       .arg(double(summary.bytes) / 1e6, 0, 'f', 1)
                       .arg(summary.failures.size())
                << u'\n' << Qt::flush;
    return summary.failures.isEmpty() ? Success : Failure;
}

int runImport(const Arguments &args)
{
    const QString projectPath = args.positional.at(0);
    const QString date = args.value(QStringLiteral("date"));
    if (!date.isEmpty() && !core::isValidIsoDate(date))
        return reportFailure(
            tr("--date \"%1\": malformed date (expected YYYY-MM-DD, YYYY-MM or YYYY)").arg(date));
    const QString url = args.value(QStringLiteral("url"));
    if (!url.isEmpty() && !core::isAbsoluteUrl(url))
        return reportFailure(tr("--url \"%1\": not an absolute http(s) URL").arg(url));

    auto project = openProject(projectPath);
    if (!project)
        return reportFailure(project.error());

    text::ImportOptions options;
    options.forcedEncoding = args.value(QStringLiteral("encoding"));
    options.language = args.value(QStringLiteral("lang"));

    if (args.positional.size() == 2 && QFileInfo(args.positional.at(1)).isDir())
        return runDirectoryImport(args, **project, options);

    // Every file is read and decoded before anything is written: one bad file, no import.
    QList<core::Article> articles;
    for (const QString &file : args.positional.mid(1)) {
        const QFileInfo info(file);
        if (info.isDir())
            return reportFailure(tr("%1: is a directory").arg(file));
        if (!info.exists())
            return reportFailure(tr("%1: no such file").arg(file));
        auto article = text::importArticleFile(file, options);
        if (!article)
            return reportFailure(article.error());
        if (args.has(QStringLiteral("title")))
            article->title = args.value(QStringLiteral("title"));
        if (args.has(QStringLiteral("url")))
            article->url = url;
        if (args.has(QStringLiteral("publisher")))
            article->publisher = args.value(QStringLiteral("publisher"));
        if (args.has(QStringLiteral("date")))
            article->publishedDate = date;
        if (args.has(QStringLiteral("lang")))
            article->language = options.language;
        articles.append(*article);
    }

    QList<qint64> ids;
    {
        store::Project::Batch batch(**project);
        for (qsizetype i = 0; i < articles.size(); ++i) {
            auto id = (*project)->addArticle(articles[i]);
            if (!id)
                return reportFailure(args.positional.at(i + 1) + u": " + id.error());
            ids.append(*id);
        }
        if (auto committed = batch.commit(); !committed)
            return reportFailure(projectPath + u": " + committed.error());
    }
    for (const qint64 id : std::as_const(ids))
        standardOutput() << id << u'\n';
    return Success;
}

int runArticles(const Arguments &args)
{
    auto project = openProject(args.positional.at(0), store::OpenMode::ReadOnly);
    if (!project)
        return reportFailure(project.error());
    auto articles = (*project)->articles();
    if (!articles)
        return reportFailure(articles.error());
    if (args.has(QStringLiteral("json"))) {
        OrderedJson list = OrderedJson::array();
        for (const store::ArticleSummary &a : *articles) {
            OrderedJson item;
            item.insert(QStringLiteral("id"), a.id)
                .insert(QStringLiteral("uuid"), a.uuid)
                .insert(QStringLiteral("title"), a.title)
                .insert(QStringLiteral("publisher"), a.publisher)
                .insert(QStringLiteral("publishedDate"), a.publishedDate)
                .insert(QStringLiteral("language"), a.language)
                .insert(QStringLiteral("version"), a.version)
                .insert(QStringLiteral("supersededBy"), a.supersededBy)
                .insert(QStringLiteral("length"), a.length)
                .insert(QStringLiteral("claims"), a.claimCount)
                .insert(QStringLiteral("drafts"), a.draftCount);
            list.append(item);
        }
        standardOutput() << QString::fromUtf8(list.toCanonicalJson());
        return Success;
    }
    for (const store::ArticleSummary &a : *articles) {
        standardOutput() << a.id << u'\t' << a.uuid << u'\t' << a.language << u'\t' << a.length
                         << u'\t' << a.claimCount << u'\t' << escapeLine(a.title) << u'\n';
    }
    return Success;
}

int runSentences(const Arguments &args)
{
    core::Article article;
    if (args.positional.size() == 2) {
        auto project = openProject(args.positional.at(0), store::OpenMode::ReadOnly);
        if (!project)
            return reportFailure(project.error());
        auto found = findArticle(**project, args.positional.at(1));
        if (!found)
            return reportFailure(found.error());
        article = *found;
    } else {
        const QString file = args.positional.at(0);
        const QFileInfo info(file);
        if (info.isDir())
            return reportFailure(tr("%1: is a directory").arg(file));
        if (!info.exists())
            return reportFailure(tr("%1: no such file").arg(file));
        text::ImportOptions options;
        options.language = args.value(QStringLiteral("lang"));
        options.forcedEncoding = args.value(QStringLiteral("encoding"));
        auto imported = text::importArticleFile(file, options);
        if (!imported)
            return reportFailure(imported.error());
        article = *imported;
    }
    QString language = args.value(QStringLiteral("lang"));
    if (language.isEmpty())
        language = article.language;
    const text::Segmenter segmenter(language);
    const core::CodePointIndex index(article.text);
    const QList<text::Span> sentences = segmenter.sentences(article.text);

    if (args.has(QStringLiteral("json"))) {
        OrderedJson list = OrderedJson::array();
        for (const text::Span &span : sentences) {
            OrderedJson item;
            item.insert(QStringLiteral("start"), span.start)
                .insert(QStringLiteral("end"), span.end)
                .insert(QStringLiteral("text"),
                        core::codePointSlice(article.text, index, span.start, span.end));
            list.append(item);
        }
        standardOutput() << QString::fromUtf8(list.toCanonicalJson());
        return Success;
    }
    for (const text::Span &span : sentences) {
        standardOutput() << span.start << u'\t' << span.end << u'\t'
                         << escapeLine(
                                core::codePointSlice(article.text, index, span.start, span.end))
                         << u'\n';
    }
    return Success;
}

int runSuggest(const Arguments &args)
{
    auto project = openProject(args.positional.at(0), store::OpenMode::ReadOnly);
    if (!project)
        return reportFailure(project.error());
    auto article = findArticle(**project, args.positional.at(1));
    if (!article)
        return reportFailure(article.error());
    QString language = args.value(QStringLiteral("lang"));
    if (language.isEmpty())
        language = article->language;
    auto spotter = text::ClaimSpotter::forLanguage(language);
    if (!spotter)
        return reportFailure(spotter.error());
    const QList<text::ClaimCandidate> candidates = spotter->spot(article->text);
    if (args.has(QStringLiteral("json"))) {
        standardOutput() << QString::fromUtf8(
            QJsonDocument(text::candidatesToJson(candidates)).toJson(QJsonDocument::Indented));
        return Success;
    }
    standardOutput() << text::candidatesToText(candidates);
    return Success;
}

int runSearch(const Arguments &args)
{
    int limit = 20;
    if (args.has(QStringLiteral("limit"))) {
        bool ok = false;
        limit = args.value(QStringLiteral("limit")).toInt(&ok);
        if (!ok || limit <= 0)
            return reportFailure(tr("--limit \"%1\": not a positive number")
                                     .arg(args.value(QStringLiteral("limit"))));
    }
    auto project = openProject(args.positional.at(0), store::OpenMode::ReadOnly);
    if (!project)
        return reportFailure(project.error());
    auto hits = (*project)->search(args.positional.at(1), limit);
    if (!hits)
        return reportFailure(hits.error());

    // The store marks matches with \x02 and \x03 and leaves the markup to the caller.
    const auto snippet = [](QString text) {
        return text.replace(QChar(0x02), u'[').replace(QChar(0x03), u']');
    };
    const bool json = args.has(QStringLiteral("json"));
    OrderedJson list = OrderedJson::array();
    for (const store::SearchHit &hit : *hits) {
        const bool isClaim = hit.kind == store::SearchHit::Kind::Claim;
        const QString kind = isClaim ? QStringLiteral("claim") : QStringLiteral("text");
        if (json) {
            OrderedJson item;
            item.insert(QStringLiteral("kind"), kind)
                .insert(QStringLiteral("article"), hit.articleId)
                .insert(QStringLiteral("claim"), hit.claimId)
                .insert(QStringLiteral("start"), hit.start)
                .insert(QStringLiteral("end"), hit.end)
                .insert(QStringLiteral("snippet"), snippet(hit.snippet));
            list.append(item);
        } else {
            standardOutput() << kind << u'\t' << hit.articleId << u'\t'
                             << (isClaim ? QString::number(hit.claimId) : QStringLiteral("-"))
                             << u'\t' << hit.start << u'\t' << hit.end << u'\t'
                             << escapeLine(snippet(hit.snippet)) << u'\n';
        }
    }
    if (json)
        standardOutput() << QString::fromUtf8(list.toCanonicalJson());
    return Success;
}

} // namespace

QList<Command> projectCommands()
{
    const OptionSpec json{QStringLiteral("json"), false};
    QList<Command> commands;
    commands.append({{QStringLiteral("init")},
                     QStringLiteral("PROJECT"),
                     tr("Creates a new project file with the default taxonomy."),
                     QString(),
                     {},
                     1,
                     1,
                     runInit});
    commands.append(
        {{QStringLiteral("import")},
         QStringLiteral(
             "(PROJECT FILE... | PROJECT DIR) [--title T] [--url U] [--publisher P] [--date D] "
             "[--lang L] [--encoding E]"),
         tr("Imports text, HTML or Markdown files as articles and prints each new article's id. "
            "If one file fails, none is imported. With a folder instead of files, imports every "
            ".txt, .html, .htm and .md below it on every core, reports and skips bad files, and "
            "prints a summary (exit 1 when a file was skipped)."),
         tr("Options:\n"
            "  --title T       article title (overrides what the file gives)\n"
            "  --url U         canonical URL, absolute http(s)\n"
            "  --publisher P   publisher\n"
            "  --date D        publication date, YYYY-MM-DD, YYYY-MM or YYYY\n"
            "  --lang L        language, BCP 47 (e.g. fr, zh, ar)\n"
            "  --encoding E    force the file's encoding instead of detecting it"),
         {{QStringLiteral("title")},
          {QStringLiteral("url")},
          {QStringLiteral("publisher")},
          {QStringLiteral("date")},
          {QStringLiteral("lang")},
          {QStringLiteral("encoding")}},
         2,
         -1,
         runImport});
    commands.append({{QStringLiteral("articles")},
                     QStringLiteral("PROJECT [--json]"),
                     tr("Lists the articles: id, uuid, language, length in code points, claim "
                        "count, title (tab separated)."),
                     tr("Options:\n  --json   a JSON array instead"),
                     {json},
                     1,
                     1,
                     runArticles});
    commands.append(
        {{QStringLiteral("sentences")},
         QStringLiteral("(PROJECT ARTICLE | FILE) [--lang L] [--encoding E] [--json]"),
         tr("Prints the ICU sentences of an article or a file, one per line: START, END (code "
            "points, half-open) and the text with newlines written \\n."),
         tr("Options:\n"
            "  --lang L       segmentation language (default: the article's)\n"
            "  --encoding E   force a FILE's encoding\n"
            "  --json         an array of {start, end, text}"),
         {{QStringLiteral("lang")}, {QStringLiteral("encoding")}, json},
         1,
         2,
         runSentences});
    commands.append(
        {{QStringLiteral("suggest")},
         QStringLiteral("PROJECT ARTICLE [--lang L] [--json]"),
         tr("Proposes the check-worthy clauses of an article with the reasons for each "
            "(figures, dates, forecasts, absolutes, comparisons, attributions, named systems)."),
         tr("Options:\n"
            "  --lang L   rules of this language (default: the article's; fr, en, zh)\n"
            "  --json     an array of {start, end (code points), quote, reasons, score, detail, "
            "cues}"),
         {{QStringLiteral("lang")}, json},
         2,
         2,
         runSuggest});
    commands.append({{QStringLiteral("search")},
                     QStringLiteral("PROJECT QUERY [--limit N] [--json]"),
                     tr("Full-text search over article text and claims, best first: kind, "
                        "article, claim, start, end, snippet with matches in [brackets]."),
                     tr("Options:\n  --limit N   at most N hits (default 20)\n  --json      a "
                        "JSON array instead"),
                     {{QStringLiteral("limit")}, json},
                     2,
                     2,
                     runSearch});
    return commands;
}

} // namespace crible::cli
