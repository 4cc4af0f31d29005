#include "exporter.h"
#include "store/project.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <algorithm>
#include <vector>

namespace crible::exporters {

core::Result<ExportData> ExportData::load(const store::Project &project,
                                          const ExportOptions &options)
{
    ExportData data;
    auto taxonomy = project.taxonomy();
    if (!taxonomy)
        return core::fail(taxonomy.error());
    data.taxonomy = std::move(taxonomy).value();
    auto settings = project.settings();
    if (!settings)
        return core::fail(settings.error());
    data.settings = std::move(settings).value();

    auto summaries = project.articles();
    if (!summaries)
        return core::fail(summaries.error());

    // Project order of the articles, and which of them an export may take claims from: the
    // one asked for, or every current (not superseded) version.
    QHash<qint64, int> articleOrder;
    bool requestedFound = options.articleId == 0;
    for (const store::ArticleSummary &summary : *summaries) {
        if (options.articleId != 0) {
            if (summary.id == options.articleId) {
                articleOrder.insert(summary.id, 0);
                requestedFound = true;
            }
        } else if (summary.supersededBy == 0) {
            articleOrder.insert(summary.id, int(articleOrder.size()));
        }
    }
    if (!requestedFound) {
        return core::fail(QCoreApplication::translate("crible::export", "No article with id %1")
                              .arg(options.articleId));
    }

    store::ClaimFilter filter;
    filter.articleId = options.articleId;
    filter.annotator = options.annotator;
    filter.includeDrafts = true; // to count them
    auto claims = project.claims(filter);
    if (!claims)
        return core::fail(claims.error());

    QSet<QString> annotators;
    for (core::Claim &claim : *claims) {
        if (!articleOrder.contains(claim.articleId))
            continue;
        if (claim.isDraft()) {
            ++data.draftCount;
            continue;
        }
        if (!claim.annotator.isEmpty())
            annotators.insert(claim.annotator);
        data.claims.append(std::move(claim));
    }
    data.annotators = QStringList(annotators.cbegin(), annotators.cend());
    std::sort(data.annotators.begin(), data.annotators.end());

    // Scope in taxonomy order (unknown or missing scopes last), then article, then position;
    // the uuid settles exact ties so the order never depends on the store's. The keys are
    // computed once per claim: a comparator looking them up was a tenth of a large export.
    struct SortKey
    {
        qsizetype scope;
        int article;
        qint64 start;
        qint64 end;
        qsizetype index;
    };
    const qsizetype scopeCount = data.taxonomy.entries(core::TaxonomyAxis::Scope).size();
    QHash<QString, qsizetype> scopeRank;
    for (qsizetype i = 0; i < scopeCount; ++i)
        scopeRank.insert(data.taxonomy.entries(core::TaxonomyAxis::Scope).at(i).key, i);
    std::vector<SortKey> keys;
    keys.reserve(data.claims.size());
    for (qsizetype i = 0; i < data.claims.size(); ++i) {
        const core::Claim &c = data.claims.at(i);
        keys.push_back({scopeRank.value(c.scope, scopeCount), articleOrder.value(c.articleId),
                        c.start, c.end, i});
    }
    std::sort(keys.begin(), keys.end(), [&](const SortKey &a, const SortKey &b) {
        if (a.scope != b.scope)
            return a.scope < b.scope;
        if (a.article != b.article)
            return a.article < b.article;
        if (a.start != b.start)
            return a.start < b.start;
        if (a.end != b.end)
            return a.end < b.end;
        return data.claims.at(a.index).uuid < data.claims.at(b.index).uuid;
    });
    QList<core::Claim> sorted;
    sorted.reserve(data.claims.size());
    for (const SortKey &k : keys)
        sorted.append(std::move(data.claims[k.index]));
    data.claims = std::move(sorted);

    // The articles involved, with their text, in project order.
    QSet<qint64> involved;
    for (const core::Claim &claim : std::as_const(data.claims))
        involved.insert(claim.articleId);
    if (options.articleId != 0)
        involved.insert(options.articleId);
    for (const store::ArticleSummary &summary : *summaries) {
        if (!involved.contains(summary.id))
            continue;
        auto article = project.article(summary.id);
        if (!article)
            return core::fail(article.error());
        article->originalBytes.clear(); // not exported; can be large
        data.articles.append(std::move(article).value());
    }

    // The sources the claims cite.
    QSet<qint64> cited;
    for (const core::Claim &claim : std::as_const(data.claims)) {
        for (const core::ClaimSourceLink &link : claim.sources)
            cited.insert(link.sourceId);
    }
    if (!cited.isEmpty()) {
        auto sources = project.sources();
        if (!sources)
            return core::fail(sources.error());
        for (core::Source &source : *sources) {
            if (cited.contains(source.id))
                data.sources.insert(source.id, std::move(source));
        }
    }
    return data;
}

const core::Article *ExportData::articleById(qint64 id) const
{
    for (const core::Article &article : articles) {
        if (article.id == id)
            return &article;
    }
    return nullptr;
}

} // namespace crible::exporters
