// lupdate does not preprocess: it reads the block below, which the compiler never sees, and
// files every bare tr() of this file under "crible::exporters", the text of exported files
// (src/export/translations; never the editor's catalogue).
#ifdef CRIBLE_LUPDATE_ONLY
namespace crible::exporters {
Q_DECLARE_TR_FUNCTIONS(crible::exporters)
}
#endif

#include "export_support.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace crible::exporters::detail {

namespace {

QString tr(const char *text)
{
    return exportText(text);
}

QString esc(QStringView text)
{
    return htmlEscaped(text);
}

// Colour is never alone: a coloured square next to the label, the label always written.
// Text colour (not a background) so it survives printing without "background graphics".
QString level(const ExportData &data, core::TaxonomyAxis axis, const QString &key)
{
    if (key.isEmpty())
        return u"—"_s;
    return u"<span class=\"level\"><span class=\"swatch\" style=\"color:"_s +
           entryColor(data, axis, key) + u"\" aria-hidden=\"true\">■</span> "_s +
           esc(entryLabel(data, axis, key)) + u"</span>"_s;
}

QString link(const QString &url, const QString &text)
{
    // Only web links become anchors: a "javascript:" URL in the data stays plain text.
    if (url.startsWith(u"https://"_s) || url.startsWith(u"http://"_s))
        return u"<a href=\""_s + esc(url) + u"\">"_s + esc(text) + u"</a>"_s;
    return esc(text);
}

QString tableOpen(bool qt, const QString &cssClass)
{
    if (qt) {
        // Qt's rich text knows no CSS table borders; the small tables keep their own width.
        const bool wide = cssClass != u"counts"_s && cssClass != u"meta"_s;
        return u"<table class=\""_s + cssClass +
               u"\" border=\"1\" cellspacing=\"0\" cellpadding=\"4\""_s +
               (wide ? u" width=\"100%\""_s : QString()) + u">\n"_s;
    }
    return u"<table class=\""_s + cssClass + u"\">\n"_s;
}

const char *kCss = R"(
:root { color-scheme: light; }
body { font-family: "Noto Sans", "Noto Sans CJK SC", "Noto Sans Arabic",
       "Noto Color Emoji", sans-serif;
       font-size: 11pt; line-height: 1.4; margin: 1.5em auto; max-width: 80em; color: #1b1b1b;
       background: #ffffff; padding: 0 1em; }
h1 { font-size: 1.6em; margin-bottom: 0.3em; }
h2 { font-size: 1.3em; margin-top: 1.6em; border-bottom: 2px solid #cccccc; }
h3 { font-size: 1.1em; }
table { border-collapse: collapse; margin: 0.5em 0 1em; }
th, td { border: 1px solid #b0b0b0; padding: 0.3em 0.5em; vertical-align: top; text-align: start; }
td { white-space: pre-line; overflow-wrap: anywhere; }
table.claims th:nth-child(2), table.claims th:nth-child(8) { width: 18%; }
table.claims th:nth-child(9) { width: 22%; }
th { background: #eeeeee; }
table.claims { width: 100%; }
table.claims td.num, table.matrix td, table.counts td.n { text-align: end;
       font-variant-numeric: tabular-nums; }
.quote { font-style: italic; }
.swatch { font-size: 1.1em; }
.level { white-space: nowrap; }
.meta th { text-align: start; }
.sources { margin: 0; padding-inline-start: 1.1em; }
td.zero { color: #9a9a9a; }
footer { margin-top: 2em; font-size: 0.9em; color: #555555; }
@media print {
  body { margin: 0; max-width: none; font-size: 9pt; padding: 0; }
  a { color: inherit; text-decoration: none; }
  h2 { break-after: avoid; page-break-after: avoid; }
  tr, li { break-inside: avoid; page-break-inside: avoid; }
  thead { display: table-header-group; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
@page { size: A4; margin: 15mm; }
)";

void appendHeader(QString &out, const ExportData &data, bool qt)
{
    out += u"<h1>"_s + tr("Fact-check table") + u"</h1>\n"_s;
    out += tableOpen(qt, u"meta"_s);
    for (const core::Article &a : data.articles) {
        out += u"<tr><th scope=\"row\">"_s + tr("Article") + u"</th><td><span lang=\""_s +
               esc(a.language) + u"\" dir=\"auto\">"_s + link(a.url, a.title) + u"</span>"_s;
        QStringList details;
        if (!a.publisher.isEmpty())
            details << esc(a.publisher);
        if (!a.author.isEmpty() && a.author != a.publisher)
            details << esc(a.author);
        if (!a.publishedDate.isEmpty())
            details << esc(a.publishedDate);
        if (!details.isEmpty())
            out += u" — "_s + details.join(u", "_s);
        out += u"</td></tr>\n"_s;
    }
    out += u"<tr><th scope=\"row\">"_s + tr("Annotators") + u"</th><td>"_s +
           (data.annotators.isEmpty() ? tr("none") : esc(data.annotators.join(u", "_s))) +
           u"</td></tr>\n"_s;
    out += u"<tr><th scope=\"row\">"_s + tr("Published claims") + u"</th><td>"_s +
           QString::number(data.claims.size()) + u"</td></tr>\n"_s;
    out += u"<tr><th scope=\"row\">"_s + tr("Drafts left out") + u"</th><td>"_s +
           QString::number(data.draftCount) + u"</td></tr>\n"_s;
    if (!data.settings.organisationName.isEmpty()) {
        out += u"<tr><th scope=\"row\">"_s + tr("Published by") + u"</th><td>"_s +
               link(data.settings.organisationUrl, data.settings.organisationName) +
               u"</td></tr>\n"_s;
    }
    out += u"</table>\n"_s;
}

void appendMatrix(QString &out, const ExportData &data, bool qt)
{
    const QStringList labels = axisLabels(data, core::TaxonomyAxis::Scope);
    const auto matrix = presentedAsByScope(data);
    out += u"<section id=\"matrix\">\n<h2>"_s + tr("Presented as × scope") + u"</h2>\n<p>"_s +
           tr("Rows: what the article presents a claim as. Columns: what the evidence shows it "
              "is. Claims off the diagonal were presented as another reality than the one they "
              "describe.") +
           u"</p>\n"_s;
    out += tableOpen(qt, u"matrix"_s) + u"<thead><tr><th scope=\"col\">"_s +
           tr("Presented as ↓ / scope →") + u"</th>"_s;
    for (const QString &l : labels)
        out += u"<th scope=\"col\">"_s + esc(l) + u"</th>"_s;
    out += u"<th scope=\"col\">"_s + tr("Total") + u"</th></tr></thead>\n<tbody>\n"_s;
    for (qsizetype r = 0; r < matrix.size(); ++r) {
        out += u"<tr><th scope=\"row\">"_s + esc(labels.at(r)) + u"</th>"_s;
        int total = 0;
        for (qsizetype c = 0; c < matrix.at(r).size(); ++c) {
            const int n = matrix.at(r).at(c);
            total += n;
            // The diagonal (presented as what it is) in bold, so the eye finds the rest.
            const QString value =
                r == c && n > 0 ? u"<b>"_s + QString::number(n) + u"</b>"_s : QString::number(n);
            out += (n == 0 ? u"<td class=\"zero\">"_s : u"<td>"_s) + value + u"</td>"_s;
        }
        out += u"<td>"_s + QString::number(total) + u"</td></tr>\n"_s;
    }
    out += u"</tbody></table>\n</section>\n"_s;
}

void appendCounts(QString &out, const ExportData &data, bool qt)
{
    out += u"<section id=\"counts\">\n<h2>"_s + tr("Counts") + u"</h2>\n"_s;
    for (const core::TaxonomyAxis axis :
         {core::TaxonomyAxis::Scope, core::TaxonomyAxis::EvidenceLevel}) {
        const QList<core::TaxonomyEntry> &entries = data.taxonomy.entries(axis);
        const QList<int> counts = countBy(data, axis);
        out += tableOpen(qt, u"counts"_s) + u"<thead><tr><th scope=\"col\">"_s +
               (axis == core::TaxonomyAxis::Scope ? tr("Scope") : tr("Evidence level")) +
               u"</th><th scope=\"col\">"_s + tr("Claims") + u"</th></tr></thead>\n<tbody>\n"_s;
        for (qsizetype i = 0; i < counts.size(); ++i) {
            const QString label = i < entries.size() ? level(data, axis, entries.at(i).key)
                                                     : esc(axisLabels(data, axis).last());
            out += u"<tr><td>"_s + label + u"</td><td class=\"n\">"_s +
                   QString::number(counts.at(i)) + u"</td></tr>\n"_s;
        }
        out += u"</tbody></table>\n"_s;
    }
    out += u"</section>\n"_s;
}

void appendSources(QString &out, const ExportData &data, const core::Claim &claim)
{
    if (claim.sources.isEmpty()) {
        out += u"—"_s;
        return;
    }
    out += u"<ul class=\"sources\">"_s;
    for (const core::ClaimSourceLink &l : claim.sources) {
        const auto it = data.sources.constFind(l.sourceId);
        out += u"<li>"_s;
        if (it == data.sources.cend()) {
            out += esc(l.sourceUuid);
        } else {
            out += u"<span dir=\"auto\">"_s +
                   link(it->url, it->title.isEmpty() ? it->url : it->title) + u"</span>"_s;
            QStringList details;
            if (!it->publisher.isEmpty())
                details << esc(it->publisher);
            if (!it->date.isEmpty())
                details << esc(it->date);
            if (!details.isEmpty())
                out += u" ("_s + details.join(u", "_s) + u')';
            if (!it->url.isEmpty())
                out += u" <span class=\"url\">"_s + esc(it->url) + u"</span>"_s;
        }
        if (!l.stance.isEmpty())
            out += u" ["_s + esc(l.stance) + u']';
        out += u"</li>"_s;
    }
    out += u"</ul>"_s;
}

void appendTables(QString &out, const ExportData &data, bool qt)
{
    using core::TaxonomyAxis;
    const auto articles = articleIndex(data);
    QString annotator;
    for (const TableSection &section : tableSections(data)) {
        QString heading = u"h2"_s;
        if (!section.annotator.isEmpty()) {
            if (section.annotator != annotator) {
                annotator = section.annotator;
                out += u"<h2 class=\"annotator\">"_s + tr("Annotator") + u": "_s + esc(annotator) +
                       u"</h2>\n"_s;
            }
            heading = u"h3"_s;
        }
        out += u"<section class=\"scope-group\">\n<"_s + heading + u'>' + esc(section.group) +
               u"</"_s + heading + u">\n"_s;
        out += tableOpen(qt, u"claims"_s) + u"<thead><tr>"_s;
        for (const char *column :
             {"No.", "Claim as printed", "Claimant", "Presented as", "Restatement", "Verdict",
              "Evidence", "What is actually true", "Sources"}) {
            out += u"<th scope=\"col\">"_s + tr(column) + u"</th>"_s;
        }
        out += u"</tr></thead>\n<tbody>\n"_s;
        for (const qsizetype i : section.claims) {
            const core::Claim &c = data.claims.at(i);
            const core::Article *a = articles.value(c.articleId);
            out += u"<tr id=\"claim-"_s + esc(c.uuid) + u"\"><td class=\"num\">"_s +
                   QString::number(i + 1) + u"</td><td class=\"quote\" lang=\""_s +
                   esc(a ? a->language : QString()) + u"\" dir=\"auto\">"_s + esc(c.quote) +
                   u"</td><td dir=\"auto\">"_s + esc(c.claimant) + u"</td><td>"_s +
                   level(data, TaxonomyAxis::Scope, c.presentedAs) + u"</td><td dir=\"auto\">"_s +
                   esc(c.restatement) + u"</td><td>"_s +
                   level(data, TaxonomyAxis::Verdict, c.verdict) + u"</td><td>"_s +
                   level(data, TaxonomyAxis::EvidenceLevel, c.evidenceLevel) +
                   u"</td><td dir=\"auto\">"_s + esc(c.explanation);
            if (!c.statusAsOf.isEmpty())
                out += u" <i>("_s + tr("as of") + u' ' + esc(c.statusAsOf) + u")</i>"_s;
            out += u"</td><td>"_s;
            appendSources(out, data, c);
            out += u"</td></tr>\n"_s;
        }
        out += u"</tbody></table>\n</section>\n"_s;
    }
    if (data.claims.isEmpty())
        out += u"<p>"_s + tr("No published claim.") + u"</p>\n"_s;
}

} // namespace

// The legend is shared with the annotated article.
QString legendHtml(const ExportData &data, bool qt)
{
    using core::TaxonomyAxis;
    const QString lang = labelLanguage(data);
    QString out = u"<section id=\"legend\">\n<h2>"_s + tr("Legend") + u"</h2>\n"_s;
    out += u"<h3>"_s + tr("Verdict: is the claim true?") + u"</h3>\n"_s +
           tableOpen(qt, u"legend"_s) + u"<thead><tr><th scope=\"col\">"_s + tr("Verdict") +
           u"</th><th scope=\"col\">"_s + tr("Meaning") + u"</th><th scope=\"col\">"_s +
           tr("Normalised") + u"</th><th scope=\"col\">"_s + tr("FEVER") +
           u"</th><th scope=\"col\">"_s + tr("Rating (1–5)") + u"</th></tr></thead>\n<tbody>\n"_s;
    for (const core::TaxonomyEntry &e : data.taxonomy.entries(TaxonomyAxis::Verdict)) {
        out += u"<tr><td>"_s + level(data, TaxonomyAxis::Verdict, e.key) + u"</td><td>"_s +
               esc(e.displayDescription(lang)) + u"</td><td>"_s + esc(e.normalised) +
               u"</td><td>"_s + (e.feverLabel.isEmpty() ? u"—"_s : esc(e.feverLabel)) +
               u"</td><td>"_s + (e.rating > 0 ? QString::number(e.rating) : u"—"_s) +
               u"</td></tr>\n"_s;
    }
    out += u"</tbody></table>\n<h3>"_s +
           tr("Evidence level: how strong is the evidence behind the verdict?") + u"</h3>\n"_s +
           tableOpen(qt, u"legend"_s) + u"<thead><tr><th scope=\"col\">"_s + tr("Evidence level") +
           u"</th><th scope=\"col\">"_s + tr("Meaning") + u"</th></tr></thead>\n<tbody>\n"_s;
    for (const core::TaxonomyEntry &e : data.taxonomy.entries(TaxonomyAxis::EvidenceLevel)) {
        out += u"<tr><td>"_s + level(data, TaxonomyAxis::EvidenceLevel, e.key) + u"</td><td>"_s +
               esc(e.displayDescription(lang)) + u"</td></tr>\n"_s;
    }
    out += u"</tbody></table>\n<h3>"_s + tr("Scope: which reality is it about?") + u"</h3>\n"_s +
           tableOpen(qt, u"legend"_s) + u"<thead><tr><th scope=\"col\">"_s + tr("Scope") +
           u"</th><th scope=\"col\">"_s + tr("Group in the table") + u"</th><th scope=\"col\">"_s +
           tr("Meaning") + u"</th></tr></thead>\n<tbody>\n"_s;
    for (const core::TaxonomyEntry &e : data.taxonomy.entries(TaxonomyAxis::Scope)) {
        out += u"<tr><td>"_s + level(data, TaxonomyAxis::Scope, e.key) + u"</td><td>"_s +
               esc(e.displayGroup(lang)) + u"</td><td>"_s + esc(e.displayDescription(lang)) +
               u"</td></tr>\n"_s;
    }
    out += u"</tbody></table>\n</section>\n"_s;
    return out;
}

QString levelHtml(const ExportData &data, core::TaxonomyAxis axis, const QString &key)
{
    return level(data, axis, key);
}

QString linkHtml(const QString &url, const QString &text)
{
    return link(url, text);
}

QString documentHead(const QString &title, bool qt, const QString &extraCss)
{
    // The language the page's own words are in (its quotes carry their article's).
    QString out = u"<!DOCTYPE html>\n<html lang=\""_s + exportTextLanguage() +
                  u"\">\n<head>\n<meta charset=\"utf-8\">\n"_s;
    if (!qt)
        out += u"<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"_s;
    out += u"<title>"_s + esc(title) + u"</title>\n"_s;
    if (!qt)
        out += u"<style>"_s + QString::fromUtf8(kCss) + extraCss + u"</style>\n"_s;
    out += u"</head>\n<body>\n"_s;
    return out;
}

QString factCheckHtml(const ExportData &data, bool qt)
{
    const ExportLanguage language(data);
    QString title = tr("Fact-check table");
    if (data.articles.size() == 1)
        title += u" — "_s + data.articles.first().title;
    QString out = documentHead(title, qt, QString());
    out.reserve(4096 + data.claims.size() * 2048);
    out += u"<header>\n"_s;
    appendHeader(out, data, qt);
    out += u"</header>\n<main>\n"_s;
    appendMatrix(out, data, qt);
    appendCounts(out, data, qt);
    appendTables(out, data, qt);
    out += legendHtml(data, qt);
    out += u"</main>\n<footer>"_s +
           tr("Made with Crible. Drafts are left out; every level is named, colour only "
              "repeats it.") +
           u"</footer>\n</body>\n</html>\n"_s;
    return out;
}

namespace {

class HtmlExporter final : public Exporter
{
public:
    QString formatKey() const override { return QStringLiteral("html"); }
    QString fileExtension() const override { return QStringLiteral("html"); }
    QString displayName() const override
    {
        return QCoreApplication::translate("crible::export", "HTML fact-check table");
    }

    bool write(const ExportData &data, const QString &path) override
    {
        const auto written = writeAtomically(path, factCheckHtml(data, false).toUtf8());
        if (!written)
            setErrorString(written.error());
        return written.ok();
    }
};

} // namespace

std::unique_ptr<Exporter> makeHtmlExporter()
{
    return std::make_unique<HtmlExporter>();
}

} // namespace crible::exporters::detail
