#include "export_support.h"

#include <QCoreApplication>

namespace crible::exporters::detail {

namespace {

// JSON Lines stays one claim per line, with nothing else in the file, so `head`, `wc -l`
// and pandas.read_json(lines=True) work as expected. The scales' definitions therefore
// travel inside every record: each key (verdict, evidenceLevel, scope, presentedAs) comes
// with its label, and the verdict with its normalised value, FEVER label and rating.
// The parts that repeat from claim to claim (an article, a source) are encoded once.
struct EncodedParts
{
    QHash<qint64, QByteArray> articles;  // the whole "article" object
    QHash<qint64, QByteArray> sources;   // a source's own members, after id/stance/passage
    QHash<QString, QByteArray> verdicts; // "verdict" .. "rating" members, by verdict key
};

QByteArray encodeVerdictMembers(const ExportData &data, const QString &key)
{
    const core::TaxonomyEntry *verdict = data.taxonomy.find(core::TaxonomyAxis::Verdict, key);
    QByteArray out;
    JsonLineWriter w(out);
    w.beginObject();
    w.string("verdict", key);
    w.string("verdictLabel", verdict ? verdict->displayLabel(labelLanguage(data)) : QString());
    w.string("normalisedVerdict", verdict ? verdict->normalised : QString());
    w.string("feverLabel", verdict ? verdict->feverLabel : QString());
    if (verdict && verdict->rating > 0)
        w.number("rating", verdict->rating);
    else
        w.null("rating");
    w.endObject();
    return out.mid(1, out.size() - 2);
}

QByteArray encodeArticle(const core::Article *a)
{
    QByteArray out;
    JsonLineWriter w(out);
    w.beginObject();
    w.string("id", a ? a->uuid : QString());
    w.string("title", a ? a->title : QString());
    w.string("url", a ? a->url : QString());
    w.string("publisher", a ? a->publisher : QString());
    w.string("author", a ? a->author : QString());
    w.string("publishedDate", a ? a->publishedDate : QString());
    w.string("language", a ? a->language : QString());
    w.number("version", a ? a->version : 0);
    w.string("sha256", a ? a->sha256 : QString());
    w.endObject();
    return out;
}

QByteArray encodeSourceMembers(const core::Source &s)
{
    QByteArray out;
    JsonLineWriter w(out);
    w.beginObject();
    w.string("title", s.title);
    w.string("originalTitle", s.originalTitle);
    w.string("publisher", s.publisher);
    w.string("url", s.url);
    w.string("archiveUrl", s.archiveUrl);
    w.string("date", s.date);
    w.string("accessedDate", s.accessedDate);
    w.string("language", s.language);
    w.string("documentNumber", s.documentNumber);
    w.string("translator", s.translator);
    w.boolean("primary", s.primary);
    w.string("readVia", s.readVia);
    w.string("reliability", s.reliability);
    w.endObject();
    return out.mid(1, out.size() - 2); // the members without the braces
}

// JSON Lines stays one claim per line, with nothing else in the file, so `head`, `wc -l`
// and pandas.read_json(lines=True) work as expected. The scales' definitions therefore
// travel inside every record: each key (verdict, evidenceLevel, scope, presentedAs) comes
// with its label, and the verdict with its normalised value, FEVER label and rating.
void appendClaim(QByteArray &out, const ExportData &data, const core::Claim &c,
                 const core::Article *a, const Utf16Span &utf16, EncodedParts &parts)
{
    using core::TaxonomyAxis;
    const core::TaxonomyEntry *evidence =
        data.taxonomy.find(TaxonomyAxis::EvidenceLevel, c.evidenceLevel);
    const core::TaxonomyEntry *scope = data.taxonomy.find(TaxonomyAxis::Scope, c.scope);
    const QString lang = labelLanguage(data);

    JsonLineWriter w(out);
    w.beginObject();
    w.string("id", c.uuid);
    auto article = parts.articles.find(c.articleId);
    if (article == parts.articles.end())
        article = parts.articles.insert(c.articleId, encodeArticle(a));
    w.rawValue("article", *article);
    w.number("start", c.start);
    w.number("end", c.end);
    w.number("utf16Start", utf16.start);
    w.number("utf16End", utf16.end);
    w.string("quote", c.quote);
    w.string("prefix", c.prefix);
    w.string("suffix", c.suffix);
    w.string("claimant", c.claimant);
    w.string("restatement", c.restatement);
    w.string("kind", c.kind);
    w.string("status", c.status);
    auto verdictMembers = parts.verdicts.find(c.verdict);
    if (verdictMembers == parts.verdicts.end())
        verdictMembers = parts.verdicts.insert(c.verdict, encodeVerdictMembers(data, c.verdict));
    w.rawMembers(*verdictMembers);
    w.string("evidenceLevel", c.evidenceLevel);
    w.string("evidenceLabel", evidence ? evidence->displayLabel(lang) : QString());
    w.string("presentedAs", c.presentedAs);
    w.string("presentedAsLabel", entryLabel(data, TaxonomyAxis::Scope, c.presentedAs));
    w.string("scope", c.scope);
    w.string("scopeLabel", scope ? scope->displayLabel(lang) : QString());
    w.string("scopeGroup", scope ? scope->displayGroup(lang) : QString());
    w.string("explanation", c.explanation);
    w.string("statusAsOf", c.statusAsOf);
    w.string("annotator", c.annotator);
    w.string("created", isoTime(c.created));
    w.string("modified", isoTime(c.modified));
    w.beginArray("sources");
    for (const core::ClaimSourceLink &l : c.sources) {
        const auto found = data.sources.constFind(l.sourceId);
        static const core::Source missing;
        const core::Source &s = found == data.sources.cend() ? missing : *found;
        w.beginObject();
        w.string("id", s.uuid.isEmpty() ? l.sourceUuid : s.uuid);
        w.string("stance", l.stance);
        w.string("passage", l.passage);
        auto members = parts.sources.find(l.sourceId);
        if (members == parts.sources.end())
            members = parts.sources.insert(l.sourceId, encodeSourceMembers(s));
        w.rawMembers(*members);
        w.endObject();
    }
    w.endArray();
    w.endObject();
    out += '\n';
}

class JsonLinesExporter final : public Exporter
{
public:
    QString formatKey() const override { return QStringLiteral("jsonl"); }
    QString fileExtension() const override { return QStringLiteral("jsonl"); }
    QString displayName() const override
    {
        return QCoreApplication::translate("crible::export", "JSON Lines (researchers)");
    }

    bool write(const ExportData &data, const QString &path) override
    {
        const auto articles = articleIndex(data);
        const Utf16Mapper utf16(data);
        QByteArray out;
        out.reserve(qsizetype(data.claims.size()) * 1500);
        EncodedParts parts;
        for (const core::Claim &claim : data.claims) {
            appendClaim(out, data, claim, articles.value(claim.articleId), utf16.span(claim),
                        parts);
        }
        const auto written = writeAtomically(path, out);
        if (!written)
            setErrorString(written.error());
        return written.ok();
    }
};

} // namespace

std::unique_ptr<Exporter> makeJsonLinesExporter()
{
    return std::make_unique<JsonLinesExporter>();
}

} // namespace crible::exporters::detail
