#include "export_support.h"
#include "store/project.h"

#include <QCoreApplication>
#include <QDir>
#include <algorithm>

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

namespace {

// "1 claim left out of FEVER" / "12 claims left out of FEVER". Whole phrases per number
// rather than "%n claim(s)": the command line installs no translator, and its English must
// still read as English.
QString claimsLeftOut(int count, const QString &formatName)
{
    return count == 1 ? QCoreApplication::translate("crible::export", "1 claim left out of %1")
                            .arg(formatName)
                      : QCoreApplication::translate("crible::export", "%1 claims left out of %2")
                            .arg(count)
                            .arg(formatName);
}

QString omissionLine(const QString &subject, const QString &reason)
{
    return QCoreApplication::translate("crible::export", "%1: %2", "count: reason")
        .arg(subject, reason);
}

QString opinionReasonText(ExportOmission::Reason reason, const QString &verdict)
{
    using Reason = ExportOmission::Reason;
    switch (reason) {
    case Reason::NoVerdict:
        return QCoreApplication::translate("crible::export", "no verdict");
    case Reason::UnknownVerdict:
        return QCoreApplication::translate("crible::export",
                                           "verdict \"%1\" is not in the taxonomy")
            .arg(verdict);
    case Reason::NoFeverLabel:
        return QCoreApplication::translate("crible::export", "verdict \"%1\" has no FEVER label")
            .arg(verdict);
    case Reason::OpinionVerdict:
        return QCoreApplication::translate("crible::export",
                                           "verdict \"%1\" is an opinion, always left out")
            .arg(verdict);
    case Reason::OpinionKind:
        return QCoreApplication::translate("crible::export",
                                           "kind \"opinion\" (verdict \"%1\"), always left out")
            .arg(verdict);
    case Reason::Draft:
        break;
    }
    return QString();
}

QList<ExportOmission> draftOmissions(const ExportData &data)
{
    if (data.draftCount <= 0)
        return {};
    ExportOmission o;
    o.reason = ExportOmission::Reason::Draft;
    o.count = data.draftCount;
    o.message =
        omissionLine(data.draftCount == 1
                         ? QCoreApplication::translate("crible::export", "1 draft claim left out")
                         : QCoreApplication::translate("crible::export", "%1 draft claims left out")
                               .arg(data.draftCount),
                     QCoreApplication::translate("crible::export", "drafts are never exported"));
    return {o};
}

} // namespace

int omittedClaimCount(const QList<ExportOmission> &omissions)
{
    int total = 0;
    for (const ExportOmission &o : omissions)
        total += o.count;
    return total;
}

QList<ExportOmission> Exporter::omissions(const ExportData &data) const
{
    return draftOmissions(data);
}

QList<ExportOmission> detail::opinionOmissions(const ExportData &data, const QString &formatName)
{
    QList<ExportOmission> out = draftOmissions(data);
    const qsizetype first = out.size();
    for (const core::Claim &c : data.claims) {
        const std::optional<ExportOmission::Reason> reason = opinionReason(data, c);
        if (!reason)
            continue;
        auto same = std::find_if(out.begin() + first, out.end(), [&](const ExportOmission &o) {
            return o.reason == *reason && o.verdict == c.verdict;
        });
        if (same == out.end()) {
            out.append({*reason, c.verdict, 0, QString()});
            same = out.end() - 1;
        }
        ++same->count;
    }
    for (qsizetype i = first; i < out.size(); ++i) {
        ExportOmission &o = out[i];
        o.message = omissionLine(claimsLeftOut(o.count, formatName),
                                 opinionReasonText(o.reason, o.verdict));
    }
    return out;
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
