// The fact-check table laid out by QTextDocument, for the ODT and PDF exporters. Both need a
// QGuiApplication (the command-line tool runs one on the offscreen platform).

#include "export_support.h"

#include <QCoreApplication>
#include <QFont>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace crible::exporters::detail {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("crible::exporters", text);
}

// fontconfig picks a face per character among these, so French, Chinese and Arabic all
// get a glyph (Debian's fonts-noto-core and fonts-noto-cjk).
QFont documentFont(qreal pointSize)
{
    QFont font(u"Noto Sans"_s);
    font.setFamilies({u"Noto Sans"_s, u"Noto Sans CJK SC"_s, u"Noto Sans Arabic"_s,
                      u"Noto Sans Symbols 2"_s, u"DejaVu Sans"_s});
    font.setPointSizeF(pointSize);
    return font;
}

} // namespace

void prepareDocument(QTextDocument &doc, const ExportData &data, qreal pointSize)
{
    doc.setDefaultFont(documentFont(pointSize));
    doc.setDocumentMargin(0);
    doc.setHtml(factCheckHtml(data, true));
    doc.setMetaInformation(QTextDocument::DocumentTitle, tr("Fact-check table"));
}

} // namespace crible::exporters::detail
