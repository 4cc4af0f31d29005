#include "export_support.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace crible::exporters::detail {

namespace {

QString articleUrl(const core::Article *a)
{
    if (!a)
        return QString();
    return a->url.isEmpty() ? u"urn:uuid:"_s + a->uuid : a->url;
}

// The review's own address: the claim's anchor on the organisation's site when there is one,
// else a URN, which stays stable across exports.
QString reviewUrl(const ExportData &data, const core::Claim &c)
{
    if (data.settings.organisationUrl.startsWith(u"http"_s)) {
        QString base = data.settings.organisationUrl;
        if (const qsizetype hash = base.indexOf(u'#'); hash >= 0)
            base.truncate(hash);
        return base + u"#claim-"_s + c.uuid;
    }
    return u"urn:uuid:"_s + c.uuid;
}

QJsonObject claimReview(const ExportData &data, const core::Claim &c, const core::Article *a)
{
    const core::TaxonomyEntry *verdict = data.taxonomy.find(core::TaxonomyAxis::Verdict, c.verdict);
    const QString lang = labelLanguage(data);

    QJsonObject rating{{u"@type"_s, u"Rating"_s},
                       {u"alternateName"_s, verdict ? verdict->displayLabel(lang) : c.verdict},
                       {u"bestRating"_s, 5},
                       {u"worstRating"_s, 1},
                       {u"ratingExplanation"_s, c.explanation}};
    // Unverifiable and outdated have no place on a 1-5 truth scale: their name only.
    if (verdict && verdict->rating > 0)
        rating.insert(u"ratingValue"_s, verdict->rating);

    // A claimant that is the publisher itself is an organisation; anyone else (the author, a
    // person quoted) is taken as a person.
    const bool organisation = a && !c.claimant.isEmpty() && c.claimant == a->publisher;
    QJsonObject claimant{{u"@type"_s, organisation ? u"Organization"_s : u"Person"_s},
                         {u"name"_s, c.claimant}};

    QJsonObject appearance{{u"@type"_s, u"Article"_s},
                           {u"url"_s, articleUrl(a)},
                           {u"headline"_s, a ? a->title : QString()}};
    if (a && !a->publisher.isEmpty()) {
        appearance.insert(u"publisher"_s,
                          QJsonObject{{u"@type"_s, u"Organization"_s}, {u"name"_s, a->publisher}});
    }
    if (a && !a->publishedDate.isEmpty())
        appearance.insert(u"datePublished"_s, a->publishedDate);
    if (a && !a->language.isEmpty())
        appearance.insert(u"inLanguage"_s, a->language);

    QJsonObject item{
        {u"@type"_s, u"Claim"_s}, {u"author"_s, claimant}, {u"appearance"_s, appearance}};
    if (a && !a->publishedDate.isEmpty())
        item.insert(u"datePublished"_s, a->publishedDate);

    QJsonObject author{{u"@type"_s, u"Organization"_s},
                       {u"name"_s, data.settings.organisationName}};
    if (!data.settings.organisationUrl.isEmpty())
        author.insert(u"url"_s, data.settings.organisationUrl);

    QJsonObject review{{u"@type"_s, u"ClaimReview"_s},
                       {u"@id"_s, reviewUrl(data, c)},
                       {u"url"_s, reviewUrl(data, c)},
                       {u"claimReviewed"_s, c.restatement.isEmpty() ? c.quote : c.restatement},
                       {u"reviewRating"_s, rating},
                       {u"itemReviewed"_s, item},
                       {u"author"_s, author},
                       {u"datePublished"_s, reviewDate(c)}};
    if (!c.annotator.isEmpty())
        review.insert(u"creator"_s,
                      QJsonObject{{u"@type"_s, u"Person"_s}, {u"name"_s, c.annotator}});
    if (a && !a->language.isEmpty())
        review.insert(u"inLanguage"_s, a->language);
    return review;
}

class ClaimReviewExporter final : public Exporter
{
public:
    QString formatKey() const override { return QStringLiteral("claimreview"); }
    QString fileExtension() const override { return QStringLiteral("jsonld"); }
    QString displayName() const override
    {
        return QCoreApplication::translate("crible::export", "ClaimReview (JSON-LD)");
    }

    // Opinions are left out of the file (isOpinion, as write() below): say which and why.
    QList<ExportOmission> omissions(const ExportData &data) const override
    {
        return opinionOmissions(data, QStringLiteral("ClaimReview"));
    }

    bool write(const ExportData &data, const QString &path) override
    {
        const auto articles = articleIndex(data);
        QJsonArray graph;
        for (const core::Claim &c : data.claims) {
            if (!isOpinion(data, c))
                graph.append(claimReview(data, c, articles.value(c.articleId)));
        }
        // The scales as schema.org DefinedTermSets, so a rating never stands without its
        // meaning.
        for (const QJsonValue &set : scaleDefinitionsJson(data))
            graph.append(set);
        const QJsonObject root{{u"@context"_s, u"https://schema.org"_s}, {u"@graph"_s, graph}};
        const auto written =
            writeAtomically(path, QJsonDocument(root).toJson(QJsonDocument::Indented));
        if (!written)
            setErrorString(written.error());
        return written.ok();
    }
};

} // namespace

QJsonArray scaleDefinitionsJson(const ExportData &data)
{
    const QString lang = labelLanguage(data);
    QJsonArray sets;
    for (const core::TaxonomyAxis axis : core::Taxonomy::axes()) {
        const QString key = core::Taxonomy::axisKey(axis);
        QJsonArray terms;
        for (const core::TaxonomyEntry &e : data.taxonomy.entries(axis)) {
            QJsonObject term{{u"@type"_s, u"DefinedTerm"_s},
                             {u"termCode"_s, e.key},
                             {u"name"_s, e.displayLabel(lang)},
                             {u"description"_s, e.displayDescription(lang)}};
            if (axis == core::TaxonomyAxis::Verdict) {
                term.insert(u"normalised"_s, e.normalised);
                term.insert(u"feverLabel"_s, e.feverLabel);
                if (e.rating > 0)
                    term.insert(u"ratingValue"_s, e.rating);
            } else if (axis == core::TaxonomyAxis::Scope) {
                term.insert(u"group"_s, e.displayGroup(lang));
            }
            terms.append(term);
        }
        const QString name =
            axis == core::TaxonomyAxis::Verdict ? u"Verdict: is the claim true?"_s
            : axis == core::TaxonomyAxis::EvidenceLevel
                ? u"Evidence level: how strong is the evidence behind the verdict?"_s
                : u"Scope: which reality is it about?"_s;
        sets.append(QJsonObject{{u"@type"_s, u"DefinedTermSet"_s},
                                {u"@id"_s, QString(u"urn:crible:scale:"_s + key)},
                                {u"name"_s, name},
                                {u"hasDefinedTerm"_s, terms}});
    }
    return sets;
}

std::unique_ptr<Exporter> makeClaimReviewExporter()
{
    return std::make_unique<ClaimReviewExporter>();
}

} // namespace crible::exporters::detail
