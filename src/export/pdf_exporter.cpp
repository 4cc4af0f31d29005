#include "export_support.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace crible::exporters::detail {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("crible::exporters", text);
}

class PdfExporter final : public Exporter
{
public:
    QString formatKey() const override { return QStringLiteral("pdf"); }
    QString fileExtension() const override { return QStringLiteral("pdf"); }
    QString displayName() const override
    {
        return QCoreApplication::translate("crible::export", "PDF (A4)");
    }

    bool write(const ExportData &data, const QString &path) override
    {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        {
            QPdfWriter writer(&buffer);
            // No margins of its own: QTextDocument::print() adds 2 cm and numbers the pages
            // in the bottom one.
            writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape,
                                             QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter));
            writer.setResolution(300);
            writer.setTitle(tr("Fact-check table"));
            writer.setCreator(u"Crible"_s);
            QTextDocument doc;
            prepareDocument(doc, data, 8);
            doc.print(&writer);
        }
        if (buffer.data().isEmpty()) {
            // A diagnostic, not exported text: the editor translates it.
            setErrorString(
                QCoreApplication::translate("crible::export", "%1: the PDF writer produced nothing")
                    .arg(path));
            return false;
        }
        const auto written = writeAtomically(path, buffer.data());
        if (!written)
            setErrorString(written.error());
        return written.ok();
    }
};

} // namespace

std::unique_ptr<Exporter> makePdfExporter()
{
    return std::make_unique<PdfExporter>();
}

} // namespace crible::exporters::detail
