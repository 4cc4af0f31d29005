// claim add, claim set, claim delete, claims: the claims of a project.

#include "command.h"
#include "core/offsets.h"
#include "core/validation.h"
#include "export/corpus/canonical_json.h"
#include "text/quote_search.h"
#include "text/segmentation.h"

#include <QHash>
#include <QRegularExpression>

namespace crible::cli {

namespace {

using exporters::OrderedJson;

QString timeText(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"))
                          : QString();
}

// A source named on the command line: an existing source id, or a URL that is reused when
// the bibliography has it and becomes a new source otherwise.
struct SourceRequest
{
    qint64 existingId = 0;
    QString url; // for a new source
};

// Sets the span from --span or --quote. Both are checked against the text before anything
// is written: inside the text, not empty, and never splitting a grapheme cluster.
core::Result<void> applySpan(const Arguments &args, const core::Article &article,
                             core::Claim &claim)
{
    const core::CodePointIndex index(article.text);
    qint64 start = 0;
    qint64 end = 0;
    if (args.has(QStringLiteral("span"))) {
        static const QRegularExpression pattern(QStringLiteral("^(\\d{1,12}):(\\d{1,12})$"));
        const QString spec = args.value(QStringLiteral("span"));
        const QRegularExpressionMatch m = pattern.match(spec);
        if (!m.hasMatch())
            return core::fail(tr("--span \"%1\": expected START:END (code points)").arg(spec));
        start = m.captured(1).toLongLong();
        end = m.captured(2).toLongLong();
        if (auto r = core::validateSpan(start, end, index.codePointLength()); !r)
            return core::fail(tr("--span \"%1\": %2").arg(spec, r.error()));
    } else {
        const QString quote = args.value(QStringLiteral("quote"));
        int nth = 1;
        if (args.has(QStringLiteral("nth"))) {
            bool ok = false;
            nth = args.value(QStringLiteral("nth")).toInt(&ok);
            if (!ok || nth < 1)
                return core::fail(tr("--nth \"%1\": not a positive number")
                                      .arg(args.value(QStringLiteral("nth"))));
        }
        if (quote.trimmed().isEmpty())
            return core::fail(tr("--quote: the quote is empty"));
        const std::optional<text::Span> found = text::findQuote(article.text, quote, nth);
        if (!found) {
            const qsizetype count = text::findQuote(article.text, quote).size();
            if (count == 0)
                return core::fail(
                    tr("--quote \"%1\": not found in article %2").arg(quote).arg(article.id));
            return core::fail(tr("--nth %1: the quote \"%2\" occurs only %3 times in article %4")
                                  .arg(nth)
                                  .arg(quote)
                                  .arg(count)
                                  .arg(article.id));
        }
        start = found->start;
        end = found->end;
    }
    const text::Segmenter segmenter(article.language);
    for (const qint64 offset : {start, end}) {
        if (!segmenter.isGraphemeBoundary(article.text, offset))
            return core::fail(tr("span %1:%2 splits a character (grapheme cluster) at offset %3")
                                  .arg(start)
                                  .arg(end)
                                  .arg(offset));
    }
    if (claim.start != start || claim.end != end) {
        claim.start = start;
        claim.end = end;
        // Taken from the text again by the store: the stored quote is always the exact text.
        const core::TextQuoteAnchor anchor =
            core::TextQuoteAnchor::at(article.text, index, start, end, core::kAnchorContextLength);
        claim.quote = anchor.exact;
        claim.prefix = anchor.prefix;
        claim.suffix = anchor.suffix;
    }
    return {};
}

// Copies the grading options that were given into the claim; checks the values.
core::Result<QList<SourceRequest>> applyFields(const Arguments &args, const store::Project &project,
                                               core::Claim &claim)
{
    const struct
    {
        const char16_t *option;
        QString core::Claim::*field;
    } fields[] = {
        {u"level", &core::Claim::evidenceLevel},      {u"scope", &core::Claim::scope},
        {u"presented-as", &core::Claim::presentedAs}, {u"verdict", &core::Claim::verdict},
        {u"claimant", &core::Claim::claimant},        {u"summary", &core::Claim::restatement},
        {u"explanation", &core::Claim::explanation},  {u"kind", &core::Claim::kind},
        {u"as-of", &core::Claim::statusAsOf},         {u"annotator", &core::Claim::annotator},
    };
    for (const auto &f : fields) {
        const QString option = QString::fromUtf16(f.option);
        if (args.has(option))
            claim.*(f.field) = args.value(option);
    }
    if (args.has(QStringLiteral("status")))
        claim.status = args.value(QStringLiteral("status"));
    else if (claim.isDraft() && claim.hasGrades())
        claim.status = QStringLiteral("graded");

    const QString stance = args.value(QStringLiteral("stance"));
    if (args.has(QStringLiteral("stance")) &&
        !core::vocabularyContains(core::sourceStances(), stance))
        return core::fail(
            tr("--stance \"%1\": unknown stance (supports, refutes or context)").arg(stance));

    QList<SourceRequest> requests;
    if (args.has(QStringLiteral("source"))) {
        claim.sources.clear();
        for (const QString &value : args.values(QStringLiteral("source"))) {
            SourceRequest request;
            auto byUuid = project.sourceIdByUuid(value);
            if (!byUuid)
                return core::fail(byUuid.error());
            request.existingId = *byUuid;
            if (request.existingId == 0) {
                if (!core::isAbsoluteUrl(value))
                    return core::fail(tr("--source \"%1\": neither a source id of the project nor "
                                         "an absolute http(s) URL")
                                          .arg(value));
                auto byUrl = project.sourceIdByUrl(value);
                if (!byUrl)
                    return core::fail(byUrl.error());
                request.existingId = *byUrl;
                request.url = value;
            }
            requests.append(request);
            core::ClaimSourceLink link;
            link.sourceId = request.existingId;
            link.stance = stance.isEmpty() ? QStringLiteral("supports") : stance;
            claim.sources.append(link);
        }
    } else if (args.has(QStringLiteral("stance"))) {
        for (core::ClaimSourceLink &link : claim.sources)
            link.stance = stance;
    }

    auto taxonomy = project.taxonomy();
    if (!taxonomy)
        return core::fail(taxonomy.error());
    if (auto r = core::validateClaimFields(claim, *taxonomy); !r)
        return core::fail(r.error());
    if (claim.isDraft() && claim.hasGrades() && args.has(QStringLiteral("status")))
        return core::fail(tr("--status draft: the claim has grades (verdict, evidence level or "
                             "scope); a draft has none"));
    return requests;
}

// Creates the sources that are new, then fills in the links' ids. Runs inside the batch.
core::Result<void> createSources(store::Project &project, const QList<SourceRequest> &requests,
                                 core::Claim &claim)
{
    QHash<QString, qint64> created;
    for (qsizetype i = 0; i < requests.size(); ++i) {
        const SourceRequest &request = requests.at(i);
        if (request.existingId != 0)
            continue;
        if (!created.contains(request.url)) {
            core::Source source;
            source.url = request.url;
            auto id = project.addSource(source);
            if (!id)
                return core::fail(tr("--source \"%1\": %2").arg(request.url, id.error()));
            created.insert(request.url, *id);
        }
        claim.sources[i].sourceId = created.value(request.url);
    }
    return {};
}

int saveClaim(const Arguments &args, store::Project &project, const core::Article &article,
              core::Claim &claim, bool isNew)
{
    if (args.has(QStringLiteral("span")) || args.has(QStringLiteral("quote"))) {
        if (auto r = applySpan(args, article, claim); !r)
            return reportFailure(r.error());
    }
    auto requests = applyFields(args, project, claim);
    if (!requests)
        return reportFailure(requests.error());
    if (args.has(QStringLiteral("annotator")))
        project.setActor(args.value(QStringLiteral("annotator")));

    store::Project::Batch batch(project);
    if (auto r = createSources(project, *requests, claim); !r)
        return reportFailure(r.error());
    if (isNew) {
        auto id = project.addClaim(claim);
        if (!id)
            return reportFailure(id.error());
        claim.id = *id;
    } else if (auto r = project.updateClaim(claim); !r) {
        return reportFailure(tr("claim %1: %2").arg(claim.id).arg(r.error()));
    }
    if (auto r = batch.commit(); !r)
        return reportFailure(project.path() + u": " + r.error());
    return Success;
}

int checkSpanOptions(const Arguments &args, bool required, const QString &name)
{
    const bool span = args.has(QStringLiteral("span"));
    const bool quote = args.has(QStringLiteral("quote"));
    if (span && quote)
        return reportUsageError(name, tr("give --span or --quote, not both"));
    if (required && !span && !quote)
        return reportUsageError(name, tr("missing --span START:END or --quote TEXT"));
    if (args.has(QStringLiteral("nth")) && !quote)
        return reportUsageError(name, tr("--nth goes with --quote"));
    return Success;
}

int runClaimAdd(const Arguments &args)
{
    const QString name = QStringLiteral("claim add");
    if (!args.has(QStringLiteral("article")))
        return reportUsageError(name, tr("missing --article ID"));
    if (const int status = checkSpanOptions(args, true, name); status != Success)
        return status;
    auto project = openProject(args.positional.at(0));
    if (!project)
        return reportFailure(project.error());
    auto article = findArticle(**project, args.value(QStringLiteral("article")));
    if (!article)
        return reportFailure(article.error());
    core::Claim claim;
    claim.articleId = article->id;
    claim.start = -1; // so that applySpan always takes the span and its quote
    if (const int status = saveClaim(args, **project, *article, claim, true); status != Success)
        return status;
    standardOutput() << claim.id << u'\n';
    return Success;
}

int runClaimSet(const Arguments &args)
{
    const QString name = QStringLiteral("claim set");
    if (const int status = checkSpanOptions(args, false, name); status != Success)
        return status;
    auto project = openProject(args.positional.at(0));
    if (!project)
        return reportFailure(project.error());
    auto claim = findClaim(**project, args.positional.at(1));
    if (!claim)
        return reportFailure(claim.error());
    auto article = (*project)->article(claim->articleId);
    if (!article)
        return reportFailure(article.error());
    return saveClaim(args, **project, *article, *claim, false);
}

int runClaimDelete(const Arguments &args)
{
    auto project = openProject(args.positional.at(0));
    if (!project)
        return reportFailure(project.error());
    auto claim = findClaim(**project, args.positional.at(1));
    if (!claim)
        return reportFailure(claim.error());
    if (auto r = (*project)->deleteClaim(claim->id); !r)
        return reportFailure(tr("claim %1: %2").arg(args.positional.at(1), r.error()));
    return Success;
}

int runClaims(const Arguments &args)
{
    auto project = openProject(args.positional.at(0), store::OpenMode::ReadOnly);
    if (!project)
        return reportFailure(project.error());
    store::ClaimFilter filter;
    if (args.has(QStringLiteral("article"))) {
        auto article = findArticle(**project, args.value(QStringLiteral("article")));
        if (!article)
            return reportFailure(article.error());
        filter.articleId = article->id;
    }
    auto claims = (*project)->claims(filter);
    if (!claims)
        return reportFailure(claims.error());

    if (!args.has(QStringLiteral("json"))) {
        for (const core::Claim &c : *claims) {
            standardOutput() << c.id << u'\t' << c.articleId << u'\t' << c.start << u'\t' << c.end
                             << u'\t' << c.status << u'\t' << c.verdict << u'\t' << c.scope << u'\t'
                             << escapeLine(c.quote) << u'\n';
        }
        return Success;
    }

    auto sources = (*project)->sources();
    if (!sources)
        return reportFailure(sources.error());
    QHash<qint64, core::Source> sourceById;
    for (const core::Source &s : *sources)
        sourceById.insert(s.id, s);
    struct ArticleInfo
    {
        QString uuid;
        core::CodePointIndex index;
    };
    QHash<qint64, ArticleInfo> articles;
    OrderedJson list = OrderedJson::array();
    for (const core::Claim &c : *claims) {
        if (!articles.contains(c.articleId)) {
            auto article = (*project)->article(c.articleId);
            if (!article)
                return reportFailure(article.error());
            articles.insert(c.articleId, {article->uuid, core::CodePointIndex(article->text)});
        }
        const ArticleInfo &info = articles[c.articleId];
        OrderedJson links = OrderedJson::array();
        for (const core::ClaimSourceLink &link : c.sources) {
            const core::Source source = sourceById.value(link.sourceId);
            OrderedJson item;
            item.insert(QStringLiteral("source"), source.uuid)
                .insert(QStringLiteral("sourceId"), link.sourceId)
                .insert(QStringLiteral("title"), source.title)
                .insert(QStringLiteral("publisher"), source.publisher)
                .insert(QStringLiteral("url"), source.url)
                .insert(QStringLiteral("date"), source.date)
                .insert(QStringLiteral("stance"), link.stance)
                .insert(QStringLiteral("passage"), link.passage);
            links.append(item);
        }
        OrderedJson item;
        item.insert(QStringLiteral("id"), c.id)
            .insert(QStringLiteral("uuid"), c.uuid)
            .insert(QStringLiteral("articleId"), c.articleId)
            .insert(QStringLiteral("article"), info.uuid)
            .insert(QStringLiteral("start"), c.start)
            .insert(QStringLiteral("end"), c.end)
            .insert(QStringLiteral("utf16Start"), info.index.toUtf16(c.start))
            .insert(QStringLiteral("utf16End"), info.index.toUtf16(c.end))
            .insert(QStringLiteral("quote"), c.quote)
            .insert(QStringLiteral("prefix"), c.prefix)
            .insert(QStringLiteral("suffix"), c.suffix)
            .insert(QStringLiteral("claimant"), c.claimant)
            .insert(QStringLiteral("restatement"), c.restatement)
            .insert(QStringLiteral("kind"), c.kind)
            .insert(QStringLiteral("status"), c.status)
            .insert(QStringLiteral("verdict"), c.verdict)
            .insert(QStringLiteral("evidenceLevel"), c.evidenceLevel)
            .insert(QStringLiteral("presentedAs"), c.presentedAs)
            .insert(QStringLiteral("scope"), c.scope)
            .insert(QStringLiteral("explanation"), c.explanation)
            .insert(QStringLiteral("statusAsOf"), c.statusAsOf)
            .insert(QStringLiteral("annotator"), c.annotator)
            .insert(QStringLiteral("created"), timeText(c.created))
            .insert(QStringLiteral("modified"), timeText(c.modified))
            .insert(QStringLiteral("sources"), links);
        list.append(item);
    }
    standardOutput() << QString::fromUtf8(list.toCanonicalJson());
    return Success;
}

QList<OptionSpec> gradingOptions()
{
    QList<OptionSpec> options;
    for (const char16_t *name :
         {u"span", u"quote", u"nth", u"level", u"scope", u"presented-as", u"verdict", u"claimant",
          u"summary", u"explanation", u"kind", u"status", u"as-of", u"stance", u"annotator"})
        options.append({QString::fromUtf16(name)});
    options.append({QStringLiteral("source"), true, true});
    return options;
}

QString gradingHelp()
{
    return tr("  --span START:END     code points, half-open, into the stored text\n"
              "  --quote TEXT         the text of the claim, found with apostrophes, quotes and\n"
              "                       spaces folded (l'argent finds l’argent)\n"
              "  --nth N              the Nth occurrence of the quote (default 1)\n"
              "  --verdict KEY        accurate, mostly-accurate, misleading, inaccurate,\n"
              "                       unverifiable, outdated, opinion (or the project's keys)\n"
              "  --level KEY          evidence level: E1 ... E5\n"
              "  --scope KEY          what the evidence shows: national-in-force, national-plan,\n"
              "                       local-pilot, commercial, outside, none\n"
              "  --presented-as KEY   the scope the article presents it as (same keys)\n"
              "  --claimant T         who makes the claim\n"
              "  --summary T          restatement, at most 75 characters, no verdict in it\n"
              "  --explanation T      what is actually true\n"
              "  --kind K             statistic, date, attribution, causal, comparison,\n"
              "                       definition, opinion, prediction\n"
              "  --status S           draft, graded, reviewed (default: draft without grades,\n"
              "                       graded with them)\n"
              "  --as-of DATE         status as of, YYYY-MM-DD\n"
              "  --source URL|ID      a source (repeatable); an unknown URL becomes a new source\n"
              "  --stance S           supports (default), refutes or context, for the sources\n"
              "  --annotator NAME     who grades it (also named in the change log)");
}

} // namespace

QList<Command> claimCommands()
{
    QList<OptionSpec> addOptions = gradingOptions();
    addOptions.append({QStringLiteral("article")});
    QList<Command> commands;
    commands.append(
        {{QStringLiteral("claim"), QStringLiteral("add")},
         QStringLiteral("PROJECT --article ID (--span START:END | --quote TEXT "
                        "[--nth N]) [GRADING OPTIONS]"),
         tr("Adds a claim to an article and prints its id; without grades it is a "
            "draft."),
         tr("Options:\n  --article ID         the article (numeric id or uuid)\n") + gradingHelp(),
         addOptions,
         1,
         1,
         runClaimAdd});
    commands.append({{QStringLiteral("claim"), QStringLiteral("set")},
                     QStringLiteral("PROJECT CLAIM [--span START:END | --quote TEXT [--nth N]] "
                                    "[GRADING OPTIONS]"),
                     tr("Changes the given fields of a claim (numeric id or uuid); --source "
                        "replaces its sources."),
                     tr("Options:\n") + gradingHelp(),
                     gradingOptions(),
                     2,
                     2,
                     runClaimSet});
    commands.append({{QStringLiteral("claim"), QStringLiteral("delete")},
                     QStringLiteral("PROJECT CLAIM"),
                     tr("Deletes a claim (numeric id or uuid)."),
                     QString(),
                     {},
                     2,
                     2,
                     runClaimDelete});
    commands.append(
        {{QStringLiteral("claims")},
         QStringLiteral("PROJECT [--article ID] [--json]"),
         tr("Lists claims: id, article, start, end, status, verdict, scope, quote."),
         tr("Options:\n"
            "  --article ID   only the claims of this article\n"
            "  --json         every field: code point offsets (start, end), utf16Start and\n"
            "                 utf16End, quote, prefix, suffix, grades, sources nested"),
         {{QStringLiteral("article")}, {QStringLiteral("json"), false}},
         1,
         1,
         runClaims});
    return commands;
}

} // namespace crible::cli
