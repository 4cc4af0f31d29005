// lupdate does not preprocess: it reads the block below, which the compiler never sees, and
// files every bare tr() of this file under "crible::exporters", the text of exported files
// (src/export/translations; never the editor's catalogue).
#ifdef CRIBLE_LUPDATE_ONLY
namespace crible::exporters {
Q_DECLARE_TR_FUNCTIONS(crible::exporters)
}
#endif

#include "core/offsets.h"
#include "export_support.h"

#include <QCoreApplication>
#include <algorithm>
#include <set>

using namespace Qt::StringLiterals;

namespace crible::exporters::detail {

namespace {

QString tr(const char *text)
{
    return exportText(text);
}

const char *kAnnotatedCss = R"(
.article-text { white-space: pre-wrap; font-size: 1.05em; line-height: 1.7; max-width: 48em; }
mark.claim { background: #fff1a8; color: inherit; border-bottom: 2px solid #b58b00;
             padding: 0.05em 0; }
mark.claim.depth-2 { background: #ffd54f; border-bottom-style: double; border-bottom-width: 4px; }
mark.claim.depth-3 { background: #ffb74d; border-bottom-style: double; border-bottom-width: 4px; }
sup.ref { font-size: 0.7em; font-weight: bold; }
sup.ref a { text-decoration: none; border: 1px solid #b58b00; border-radius: 0.6em;
            padding: 0 0.3em; color: #5c4500; background: #ffffff; }
ol.notes > li { margin-bottom: 0.9em; }
.note-head { font-weight: bold; }
.grades { margin: 0.2em 0; }
.passage { color: #444444; }
.row { font-weight: normal; color: #555555; font-size: 0.9em; }
article { margin-bottom: 3em; }
)";

// Notes are numbered in reading order; each also names its row in the fact-check table
// (scope order), so a class can go from one document to the other.
struct Numbered
{
    const core::Claim *claim;
    int number;
    qsizetype tableRow;
};

void appendArticle(QString &out, const ExportData &data, const core::Article &article,
                   const QList<Numbered> &claims)
{
    using core::TaxonomyAxis;
    const QString lang = htmlEscaped(article.language);
    out += u"<article id=\"article-"_s + htmlEscaped(article.uuid) + u"\">\n<h2 lang=\""_s + lang +
           u"\" dir=\"auto\">"_s + htmlEscaped(article.title) + u"</h2>\n<p class=\"byline\">"_s;
    QStringList details;
    if (!article.publisher.isEmpty())
        details << htmlEscaped(article.publisher);
    if (!article.author.isEmpty() && article.author != article.publisher)
        details << htmlEscaped(article.author);
    if (!article.publishedDate.isEmpty())
        details << htmlEscaped(article.publishedDate);
    if (!article.url.isEmpty())
        details << linkHtml(article.url, article.url);
    out += details.join(u" · "_s) + u"</p>\n"_s;

    // Cut the text at every claim boundary; each piece is highlighted as deep as the number
    // of claims covering it, so overlapping claims never need nested or crossing elements.
    const core::CodePointIndex index(article.text);
    std::set<qint64> cuts{0, index.codePointLength()};
    for (const Numbered &n : claims) {
        cuts.insert(std::clamp<qint64>(n.claim->start, 0, index.codePointLength()));
        cuts.insert(std::clamp<qint64>(n.claim->end, 0, index.codePointLength()));
    }
    out += u"<div class=\"article-text\" lang=\""_s + lang + u"\" dir=\"auto\">"_s;
    for (auto it = cuts.cbegin(); it != cuts.cend(); ++it) {
        const qint64 from = *it;
        const auto next = std::next(it);
        for (const Numbered &n : claims) {
            if (n.claim->start == from) {
                const QString num = QString::number(n.number);
                out += u"<sup class=\"ref\"><a id=\"ref-"_s + num + u"\" href=\"#note-"_s + num +
                       u"\">"_s + num + u"</a></sup>"_s;
            }
        }
        if (next == cuts.cend())
            break;
        const qint64 to = *next;
        QStringList covering;
        for (const Numbered &n : claims) {
            if (n.claim->start <= from && to <= n.claim->end)
                covering << QString::number(n.number);
        }
        const QString piece = htmlEscaped(core::codePointSlice(article.text, index, from, to));
        if (covering.isEmpty()) {
            out += piece;
        } else {
            const qsizetype depth = std::min<qsizetype>(covering.size(), 3);
            out += u"<mark class=\"claim depth-"_s + QString::number(depth) + u"\" title=\""_s +
                   tr("Claim") + u' ' + covering.join(u", "_s) + u"\">"_s + piece + u"</mark>"_s;
        }
    }
    out += u"</div>\n"_s;

    if (claims.isEmpty()) {
        out += u"<p>"_s + tr("No published claim in this article.") + u"</p>\n</article>\n"_s;
        return;
    }
    out += u"<h3>"_s + tr("Notes") + u"</h3>\n<ol class=\"notes\">\n"_s;
    for (const Numbered &n : claims) {
        const core::Claim &c = *n.claim;
        const QString num = QString::number(n.number);
        out += u"<li id=\"note-"_s + num + u"\" value=\""_s + num +
               u"\"><p class=\"note-head\"><a href=\"#ref-"_s + num + u"\" title=\""_s +
               tr("Back to the text") + u"\">↑</a> <q lang=\""_s + lang + u"\" dir=\"auto\">"_s +
               htmlEscaped(c.quote) + u"</q> <span class=\"row\">("_s +
               tr("row %1 of the fact-check table").arg(n.tableRow) +
               u")</span></p>\n<p class=\"grades\">"_s + tr("Verdict") + u": "_s +
               levelHtml(data, TaxonomyAxis::Verdict, c.verdict) + u" · "_s + tr("Evidence") +
               u": "_s + levelHtml(data, TaxonomyAxis::EvidenceLevel, c.evidenceLevel) + u"<br>"_s +
               tr("Presented as") + u": "_s + levelHtml(data, TaxonomyAxis::Scope, c.presentedAs) +
               u" · "_s + tr("Evidence shows") + u": "_s +
               levelHtml(data, TaxonomyAxis::Scope, c.scope) + u"</p>\n"_s;
        if (!c.claimant.isEmpty() || !c.restatement.isEmpty()) {
            out += u"<p>"_s + tr("Claimant") + u": <span dir=\"auto\">"_s +
                   htmlEscaped(c.claimant) + u"</span>. "_s + tr("Claim") +
                   u": <span dir=\"auto\">"_s + htmlEscaped(c.restatement) + u"</span></p>\n"_s;
        }
        if (!c.explanation.isEmpty()) {
            out += u"<p><b>"_s + tr("What is actually true") + u":</b> <span dir=\"auto\">"_s +
                   htmlEscaped(c.explanation) + u"</span>"_s;
            if (!c.statusAsOf.isEmpty())
                out += u" <i>("_s + tr("as of") + u' ' + htmlEscaped(c.statusAsOf) + u")</i>"_s;
            out += u"</p>\n"_s;
        }
        if (!c.sources.isEmpty()) {
            out += u"<ul class=\"sources\">\n"_s;
            for (const core::ClaimSourceLink &l : c.sources) {
                out += u"<li>"_s;
                const auto s = data.sources.constFind(l.sourceId);
                if (s == data.sources.cend()) {
                    out += htmlEscaped(l.sourceUuid);
                } else {
                    out += u"<span dir=\"auto\">"_s +
                           linkHtml(s->url, s->title.isEmpty() ? s->url : s->title) + u"</span>"_s;
                    QStringList more;
                    if (!s->publisher.isEmpty())
                        more << htmlEscaped(s->publisher);
                    if (!s->date.isEmpty())
                        more << htmlEscaped(s->date);
                    if (!more.isEmpty())
                        out += u" ("_s + more.join(u", "_s) + u')';
                }
                if (!l.stance.isEmpty())
                    out += u" ["_s + htmlEscaped(l.stance) + u']';
                if (!l.passage.isEmpty()) {
                    out += u"<br><span class=\"passage\" dir=\"auto\">“"_s +
                           htmlEscaped(l.passage) + u"”</span>"_s;
                }
                out += u"</li>\n"_s;
            }
            out += u"</ul>\n"_s;
        }
        out += u"</li>\n"_s;
    }
    out += u"</ol>\n</article>\n"_s;
}

class AnnotatedHtmlExporter final : public Exporter
{
public:
    QString formatKey() const override { return QStringLiteral("annotated-html"); }
    QString fileExtension() const override { return QStringLiteral("html"); }
    QString displayName() const override
    {
        return QCoreApplication::translate("crible::export", "Annotated article (HTML)");
    }

    bool write(const ExportData &data, const QString &path) override
    {
        const ExportLanguage language(data);
        QString title = tr("Annotated article");
        if (data.articles.size() == 1)
            title += u" — "_s + data.articles.first().title;
        QString out = documentHead(title, false, QString::fromUtf8(kAnnotatedCss));
        out +=
            u"<header>\n<h1>"_s + htmlEscaped(title) + u"</h1>\n<p>"_s +
            tr("Each highlighted passage is a claim; its number leads to the verdict, the "
               "evidence and the sources below the article. Darker highlighting marks "
               "overlapping claims.") +
            u"</p>\n<p>"_s + tr("Annotators") + u": "_s +
            (data.annotators.isEmpty() ? tr("none") : htmlEscaped(data.annotators.join(u", "_s))) +
            u". "_s + tr("Drafts left out") + u": "_s + QString::number(data.draftCount) +
            u".</p>\n</header>\n<main>\n"_s;

        int number = 0;
        for (const core::Article &article : data.articles) {
            QList<Numbered> claims;
            QList<const core::Claim *> mine;
            for (const core::Claim &c : data.claims) {
                if (c.articleId == article.id)
                    mine.append(&c);
            }
            std::stable_sort(
                mine.begin(), mine.end(), [](const core::Claim *a, const core::Claim *b) {
                    return a->start != b->start ? a->start < b->start : a->end > b->end;
                });
            for (const core::Claim *c : std::as_const(mine))
                claims.append({c, ++number, c - data.claims.constData() + 1});
            appendArticle(out, data, article, claims);
        }
        out += legendHtml(data, false);
        out += u"</main>\n</body>\n</html>\n"_s;

        const auto written = writeAtomically(path, out.toUtf8());
        if (!written)
            setErrorString(written.error());
        return written.ok();
    }
};

} // namespace

std::unique_ptr<Exporter> makeAnnotatedHtmlExporter()
{
    return std::make_unique<AnnotatedHtmlExporter>();
}

} // namespace crible::exporters::detail
