#include "export_support.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QTextDocument>
#include <QTextDocumentWriter>

using namespace Qt::StringLiterals;

namespace crible::exporters::detail {

namespace {

class OdtExporter final : public Exporter
{
public:
    QString formatKey() const override { return QStringLiteral("odt"); }
    QString fileExtension() const override { return QStringLiteral("odt"); }
    QString displayName() const override
    {
        return QCoreApplication::translate("crible::export", "OpenDocument text (ODT)");
    }

    bool write(const ExportData &data, const QString &path) override
    {
        QTextDocument doc;
        prepareDocument(doc, data, 10);
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QTextDocumentWriter writer(&buffer, "odf");
        if (!writer.write(&doc)) {
            // A diagnostic, not exported text: the editor translates it.
            setErrorString(
                QCoreApplication::translate("crible::export", "%1: the ODF writer failed")
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

std::unique_ptr<Exporter> makeOdtExporter()
{
    return std::make_unique<OdtExporter>();
}

} // namespace crible::exporters::detail
