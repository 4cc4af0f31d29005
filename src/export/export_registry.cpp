#include "export_support.h"
#include "store/project.h"

#include <QCoreApplication>
#include <QDir>

using namespace Qt::StringLiterals;

namespace crible::exporters {

QStringList exportFormats()
{
    return {u"csv"_s, u"tsv"_s, u"markdown"_s, u"html"_s,  u"annotated-html"_s,
            u"odt"_s, u"pdf"_s, u"jsonl"_s,    u"fever"_s, u"claimreview"_s,
            u"w3c"_s};
}

std::unique_ptr<Exporter> createExporter(const QString &formatKey)
{
    using namespace detail;
    if (formatKey == u"csv"_s)
        return makeCsvExporter();
    if (formatKey == u"tsv"_s)
        return makeTsvExporter();
    if (formatKey == u"markdown"_s)
        return makeMarkdownExporter();
    if (formatKey == u"html"_s)
        return makeHtmlExporter();
    if (formatKey == u"annotated-html"_s)
        return makeAnnotatedHtmlExporter();
    if (formatKey == u"odt"_s)
        return makeOdtExporter();
    if (formatKey == u"pdf"_s)
        return makePdfExporter();
    if (formatKey == u"jsonl"_s)
        return makeJsonLinesExporter();
    if (formatKey == u"fever"_s)
        return makeFeverExporter();
    if (formatKey == u"claimreview"_s)
        return makeClaimReviewExporter();
    if (formatKey == u"w3c"_s)
        return makeW3cExporter();
    return nullptr;
}

core::Result<void> publishTables(const store::Project &project, const QString &outDir)
{
    // The checked-in tables: text formats only (PDF and ODT embed their creation time, so
    // they could not be compared byte for byte with a fresh run).
    struct Published
    {
        const char *format;
        const char *fileName;
    };
    static const Published kPublished[] = {
        {"markdown", "factcheck.md"},
        {"html", "factcheck.html"},
        {"annotated-html", "annotated.html"},
        {"csv", "factcheck.csv"},
        {"tsv", "factcheck.tsv"},
        {"claimreview", "claimreview.jsonld"},
        {"jsonl", "claims.jsonl"},
        {"fever", "fever.jsonl"},
        {"w3c", "annotations.jsonld"},
    };

    if (!QDir().mkpath(outDir)) {
        return core::fail(
            QCoreApplication::translate("crible::export", "%1: cannot create the folder")
                .arg(outDir));
    }
    auto data = ExportData::load(project, {});
    if (!data)
        return core::fail(data.error());
    const QDir dir(outDir);
    for (const Published &p : kPublished) {
        auto exporter = createExporter(QString::fromLatin1(p.format));
        if (!exporter->write(*data, dir.filePath(QString::fromLatin1(p.fileName))))
            return core::fail(exporter->errorString());
    }
    return {};
}

} // namespace crible::exporters
