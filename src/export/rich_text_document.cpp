// lupdate does not preprocess: it reads the block below, which the compiler never sees, and
// files every bare tr() of this file under "crible::exporters", the text of exported files
// (src/export/translations; never the editor's catalogue).
#ifdef CRIBLE_LUPDATE_ONLY
namespace crible::exporters {
Q_DECLARE_TR_FUNCTIONS(crible::exporters)
}
#endif

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
    return exportText(text);
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
    const ExportLanguage language(data);
    doc.setDefaultFont(documentFont(pointSize));
    doc.setDocumentMargin(0);
    doc.setHtml(factCheckHtml(data, true));
    doc.setMetaInformation(QTextDocument::DocumentTitle, tr("Fact-check table"));
}

} // namespace crible::exporters::detail
