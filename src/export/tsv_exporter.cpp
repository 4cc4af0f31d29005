#include "export_support.h"

#include <QCoreApplication>

namespace crible::exporters::detail {

namespace {

// Research pipelines split on tabs and lines and never unquote, so values carry their
// tabs, line breaks and backslashes as escapes instead of quotes.
void appendCell(QString &out, QStringView cell)
{
    for (const QChar c : cell) {
        switch (c.unicode()) {
        case u'\\':
            out += QLatin1String("\\\\");
            break;
        case u'\t':
            out += QLatin1String("\\t");
            break;
        case u'\n':
            out += QLatin1String("\\n");
            break;
        case u'\r':
            out += QLatin1String("\\r");
            break;
        default:
            out += c;
        }
    }
}

void appendRow(QString &out, const QStringList &cells)
{
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i > 0)
            out += u'\t';
        appendCell(out, cells.at(i));
    }
    out += u'\n';
}

class TsvExporter final : public Exporter
{
public:
    QString formatKey() const override { return QStringLiteral("tsv"); }
    QString fileExtension() const override { return QStringLiteral("tsv"); }
    QString displayName() const override
    {
        return QCoreApplication::translate("crible::export", "TSV table (research pipelines)");
    }

    bool write(const ExportData &data, const QString &path) override
    {
        const auto articles = articleIndex(data);
        QString out;
        appendRow(out, rowHeaders());
        int number = 0;
        for (const core::Claim &claim : data.claims)
            appendRow(out, rowValues(data, claim, articles.value(claim.articleId), ++number));
        const auto written = writeAtomically(path, out.toUtf8());
        if (!written)
            setErrorString(written.error());
        return written.ok();
    }
};

} // namespace

std::unique_ptr<Exporter> makeTsvExporter()
{
    return std::make_unique<TsvExporter>();
}

} // namespace crible::exporters::detail
