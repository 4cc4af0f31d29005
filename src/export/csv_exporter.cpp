#include "export_support.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace crible::exporters::detail {

namespace {

// OWASP "CSV injection": a spreadsheet evaluates a cell that starts with one of these, so
// such a cell gets a leading apostrophe. A legitimate "-1+1" is neutralised too; the
// apostrophe is visible and harmless, a formula is not.
bool needsNeutralising(QStringView cell)
{
    if (cell.isEmpty())
        return false;
    switch (cell.front().unicode()) {
    case u'=':
    case u'+':
    case u'-':
    case u'@':
    case u'\t':
    case u'\r':
        return true;
    default:
        return false;
    }
}

void appendCell(QByteArray &out, QStringView cell)
{
    bool quote = false;
    for (const QChar c : cell) {
        if (c == u',' || c == u'"' || c == u'\n' || c == u'\r') {
            quote = true;
            break;
        }
    }
    if (quote)
        out += '"';
    if (needsNeutralising(cell))
        out += '\'';
    if (quote) {
        // Quotes doubled, everything else as is (RFC 4180 keeps line breaks inside quotes).
        qsizetype run = 0;
        for (qsizetype i = 0; i < cell.size(); ++i) {
            if (cell[i] == u'"') {
                appendUtf8(out, cell.mid(run, i + 1 - run));
                out += '"';
                run = i + 1;
            }
        }
        appendUtf8(out, cell.mid(run));
        out += '"';
    } else {
        appendUtf8(out, cell);
    }
}

void appendRow(QByteArray &out, const QStringList &cells)
{
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i > 0)
            out += ',';
        appendCell(out, cells.at(i));
    }
    out += "\r\n";
}

QString sourcesPath(const QString &path)
{
    const QString base = path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive)
                             ? path.left(path.size() - 4)
                             : path;
    return base + QStringLiteral(".sources.csv");
}

bool saveOpen(QSaveFile &file, const QByteArray &bytes, QString *error)
{
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()) {
        *error = QCoreApplication::translate("crible::export", "%1: cannot write: %2")
                     .arg(file.fileName(), file.errorString());
        file.cancelWriting();
        return false;
    }
    return true;
}

class CsvExporter final : public Exporter
{
public:
    QString formatKey() const override { return QStringLiteral("csv"); }
    QString fileExtension() const override { return QStringLiteral("csv"); }
    QString displayName() const override
    {
        return QCoreApplication::translate("crible::export", "CSV table (spreadsheets)");
    }

    bool write(const ExportData &data, const QString &path) override
    {
        const auto articles = articleIndex(data);
        QByteArray table;
        table.reserve(qsizetype(data.claims.size()) * 1200 + 512);
        appendRow(table, rowHeaders());
        QByteArray links;
        appendRow(links,
                  {QStringLiteral("claim_id"), QStringLiteral("source_id"), QStringLiteral("title"),
                   QStringLiteral("publisher"), QStringLiteral("date"), QStringLiteral("url"),
                   QStringLiteral("stance"), QStringLiteral("passage")});
        int number = 0;
        for (const core::Claim &claim : data.claims) {
            appendRow(table, rowValues(data, claim, articles.value(claim.articleId), ++number));
            for (const core::ClaimSourceLink &link : claim.sources) {
                const core::Source source = data.sources.value(link.sourceId);
                appendRow(links, {claim.uuid, source.uuid.isEmpty() ? link.sourceUuid : source.uuid,
                                  source.title, source.publisher, source.date, source.url,
                                  link.stance, link.passage});
            }
        }

        // Both files or neither: the second is committed only once the first is written.
        QString error;
        QSaveFile main(path);
        QSaveFile linked(sourcesPath(path));
        if (!saveOpen(main, table, &error) || !saveOpen(linked, links, &error)) {
            setErrorString(error);
            return false;
        }
        if (!linked.commit()) {
            main.cancelWriting();
            setErrorString(QCoreApplication::translate("crible::export", "%1: cannot save: %2")
                               .arg(linked.fileName(), linked.errorString()));
            return false;
        }
        if (!main.commit()) {
            setErrorString(QCoreApplication::translate("crible::export", "%1: cannot save: %2")
                               .arg(path, main.errorString()));
            return false;
        }
        return true;
    }
};

} // namespace

std::unique_ptr<Exporter> makeCsvExporter()
{
    return std::make_unique<CsvExporter>();
}

} // namespace crible::exporters::detail
