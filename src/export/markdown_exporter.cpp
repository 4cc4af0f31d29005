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

// A cell stays one table cell and shows its text literally: pipes and Markdown punctuation
// are backslash-escaped (so "<script>" or "[x](y)" in a quote is text, not markup) and line
// breaks become <br>, the only line break a GitHub table cell has.
QString cell(QStringView text)
{
    QString out;
    out.reserve(text.size() + 8);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        switch (c.unicode()) {
        case u'\\':
        case u'|':
        case u'*':
        case u'_':
        case u'`':
        case u'[':
        case u']':
        case u'<':
        case u'>':
        case u'&':
        case u'~':
        case u'#':
            out += u'\\';
            out += c;
            break;
        case u'\r':
            if (i + 1 < text.size() && text[i + 1] == u'\n')
                ++i;
            out += QLatin1String("<br>");
            break;
        case u'\n':
            out += QLatin1String("<br>");
            break;
        case u'\t':
            out += u' ';
            break;
        default:
            out += c;
        }
    }
    return out;
}

QString row(const QStringList &cells)
{
    QString out = QStringLiteral("|");
    for (const QString &c : cells)
        out += u' ' + c + QStringLiteral(" |");
    return out + u'\n';
}

QString rule(qsizetype columns)
{
    QString out = QStringLiteral("|");
    for (qsizetype i = 0; i < columns; ++i)
        out += QStringLiteral("---|");
    return out + u'\n';
}

QString sourcesCell(const ExportData &data, const core::Claim &claim)
{
    QStringList parts;
    for (const core::ClaimSourceLink &link : claim.sources)
        parts << cell(sourceSummary(data, link));
    return parts.join(QStringLiteral("<br>"));
}

class MarkdownExporter final : public Exporter
{
public:
    QString formatKey() const override { return QStringLiteral("markdown"); }
    QString fileExtension() const override { return QStringLiteral("md"); }
    QString displayName() const override
    {
        return QCoreApplication::translate("crible::export", "Markdown table (READMEs)");
    }

    bool write(const ExportData &data, const QString &path) override
    {
        const ExportLanguage language(data);
        using core::TaxonomyAxis;
        const QString lang = labelLanguage(data);
        QString out = u"# "_s + tr("Fact-check table") + u"\n\n"_s;

        for (const core::Article &a : data.articles) {
            QString line = u"- "_s + tr("Article") + u": "_s + cell(a.title);
            QStringList details;
            if (!a.publisher.isEmpty())
                details << cell(a.publisher);
            if (!a.publishedDate.isEmpty())
                details << cell(a.publishedDate);
            if (!a.language.isEmpty())
                details << cell(a.language);
            if (!details.isEmpty())
                line += u" ("_s + details.join(u", "_s) + u')';
            // Only a web address becomes an autolink; anything else ("javascript:...") is text.
            if (a.url.startsWith(u"https://"_s) || a.url.startsWith(u"http://"_s)) {
                line += u" <"_s +
                        QString(a.url)
                            .replace(u'<', u"%3C"_s)
                            .replace(u'>', u"%3E"_s)
                            .replace(u' ', u"%20"_s) +
                        u'>';
            } else if (!a.url.isEmpty()) {
                line += u' ' + cell(a.url);
            }
            out += line + u'\n';
        }
        out += u"- "_s + tr("Annotators") + u": "_s +
               cell(data.annotators.isEmpty() ? tr("none") : data.annotators.join(u", "_s)) + u'\n';
        out += u"- "_s + tr("Published claims") + u": "_s + QString::number(data.claims.size()) +
               u'\n';
        out += u"- "_s + tr("Drafts left out") + u": "_s + QString::number(data.draftCount) +
               u"\n\n"_s;

        // The headline: how often a claim was presented as one reality and is another.
        const QStringList scopeLabels = axisLabels(data, TaxonomyAxis::Scope);
        const auto matrix = presentedAsByScope(data);
        out += u"## "_s + tr("Presented as × scope") + u"\n\n"_s;
        out += tr("Rows: what the article presents a claim as; columns: what the evidence shows.") +
               u"\n\n"_s;
        QStringList header{tr("Presented as ↓ / scope →")};
        for (const QString &l : scopeLabels)
            header << cell(l);
        header << tr("Total");
        out += row(header) + rule(header.size());
        for (qsizetype r = 0; r < matrix.size(); ++r) {
            QStringList cells{cell(scopeLabels.at(r))};
            int total = 0;
            for (int n : matrix.at(r)) {
                cells << QString::number(n);
                total += n;
            }
            cells << QString::number(total);
            out += row(cells);
        }
        out += u'\n';

        out += u"## "_s + tr("Counts") + u"\n\n"_s;
        for (const TaxonomyAxis axis : {TaxonomyAxis::Scope, TaxonomyAxis::EvidenceLevel}) {
            const QStringList labels = axisLabels(data, axis);
            const QList<int> counts = countBy(data, axis);
            out += row({axis == TaxonomyAxis::Scope ? tr("Scope") : tr("Evidence level"),
                        tr("Claims")}) +
                   rule(2);
            for (qsizetype i = 0; i < counts.size(); ++i)
                out += row({cell(labels.at(i)), QString::number(counts.at(i))});
            out += u'\n';
        }

        QString annotator;
        for (const TableSection &section : tableSections(data)) {
            QString level = u"## "_s;
            if (!section.annotator.isEmpty()) {
                if (section.annotator != annotator) {
                    annotator = section.annotator;
                    out += u"## "_s + tr("Annotator") + u": "_s + cell(annotator) + u"\n\n"_s;
                }
                level = u"### "_s;
            }
            out += level + cell(section.group) + u"\n\n"_s;
            const QStringList columns{
                tr("No."),          tr("Claim as printed"),      tr("Claimant"),
                tr("Presented as"), tr("Restatement"),           tr("Verdict"),
                tr("Evidence"),     tr("What is actually true"), tr("Sources")};
            out += row(columns) + rule(columns.size());
            for (const qsizetype i : section.claims) {
                const core::Claim &c = data.claims.at(i);
                out += row({QString::number(i + 1), cell(c.quote), cell(c.claimant),
                            cell(entryLabel(data, TaxonomyAxis::Scope, c.presentedAs)),
                            cell(c.restatement),
                            cell(entryLabel(data, TaxonomyAxis::Verdict, c.verdict)),
                            cell(entryLabel(data, TaxonomyAxis::EvidenceLevel, c.evidenceLevel)),
                            cell(c.explanation), sourcesCell(data, c)});
            }
            out += u'\n';
        }

        out += u"## "_s + tr("Legend") + u"\n\n"_s;
        out += u"### "_s + tr("Verdicts") + u"\n\n"_s;
        out += row({tr("Key"), tr("Label"), tr("Meaning"), tr("Normalised"), tr("FEVER"),
                    tr("Rating (1–5)")}) +
               rule(6);
        for (const core::TaxonomyEntry &e : data.taxonomy.entries(TaxonomyAxis::Verdict)) {
            out += row({cell(e.key), cell(e.displayLabel(lang)), cell(e.displayDescription(lang)),
                        cell(e.normalised), e.feverLabel.isEmpty() ? u"—"_s : cell(e.feverLabel),
                        e.rating > 0 ? QString::number(e.rating) : u"—"_s});
        }
        out += u"\n### "_s + tr("Evidence levels") + u"\n\n"_s;
        out += row({tr("Key"), tr("Label"), tr("Meaning")}) + rule(3);
        for (const core::TaxonomyEntry &e : data.taxonomy.entries(TaxonomyAxis::EvidenceLevel))
            out += row({cell(e.key), cell(e.displayLabel(lang)), cell(e.displayDescription(lang))});
        out += u"\n### "_s + tr("Scopes") + u"\n\n"_s;
        out += row({tr("Key"), tr("Label"), tr("Group"), tr("Meaning")}) + rule(4);
        for (const core::TaxonomyEntry &e : data.taxonomy.entries(TaxonomyAxis::Scope)) {
            out += row({cell(e.key), cell(e.displayLabel(lang)), cell(e.displayGroup(lang)),
                        cell(e.displayDescription(lang))});
        }

        const auto written = writeAtomically(path, out.toUtf8());
        if (!written)
            setErrorString(written.error());
        return written.ok();
    }
};

} // namespace

std::unique_ptr<Exporter> makeMarkdownExporter()
{
    return std::make_unique<MarkdownExporter>();
}

} // namespace crible::exporters::detail
