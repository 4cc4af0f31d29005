// lupdate does not preprocess: it reads the block below, which the compiler never sees, and
// files every bare tr() of this file under "crible::exporters", the text of exported files
// (src/export/translations; never the editor's catalogue).
#ifdef CRIBLE_LUPDATE_ONLY
namespace crible::exporters {
Q_DECLARE_TR_FUNCTIONS(crible::exporters)
}
#endif

#include "export_support.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>

using namespace Qt::StringLiterals;

namespace crible::exporters::detail {

namespace {

QString tr(const char *text)
{
    return exportText(text);
}

// Lays the document out on the writer's pages and prints it, numbering the pages. Done here
// rather than by QTextDocument::print() so that a table short enough to fit on one page is
// never split across two: it moves to the next page with the heading above it.
void printPaginated(QTextDocument &doc, QPdfWriter &writer)
{
    doc.documentLayout()->setPaintDevice(&writer);
    const QRectF body = writer.pageLayout().paintRectPixels(writer.resolution());
    QFont numberFont = doc.defaultFont();
    const qreal footer = 2.5 * QFontMetricsF(numberFont, &writer).height();
    const QSizeF page(body.width(), body.height() - footer);
    doc.setPageSize(page);

    // In document order, since each break moves what follows: a heading never ends a page
    // (it goes to the next one when it sits in the last part of its page), and a table
    // short enough for one page is not split (it moves, with the heading above it).
    QTextBlock heading;
    auto pageOf = [&page](qreal y) { return int(y / page.height()); };
    auto breakBefore = [&doc](const QTextBlock &block) {
        QTextBlockFormat format = block.blockFormat();
        format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        QTextCursor cursor(&doc);
        cursor.setPosition(block.position());
        cursor.setBlockFormat(format);
    };
    QAbstractTextDocumentLayout *layout = doc.documentLayout();
    for (auto it = doc.rootFrame()->begin(); !it.atEnd(); ++it) {
        if (const QTextBlock block = it.currentBlock(); block.isValid()) {
            if (block.blockFormat().headingLevel() > 0) {
                const QRectF box = layout->blockBoundingRect(block);
                const qreal onPage = box.bottom() - pageOf(box.top()) * page.height();
                if (onPage > 0.85 * page.height())
                    breakBefore(block);
                heading = block;
            } else if (!block.text().trimmed().isEmpty()) {
                heading = QTextBlock();
            }
            continue;
        }
        auto *table = qobject_cast<QTextTable *>(it.currentFrame());
        if (!table)
            continue;
        const QRectF box = layout->frameBoundingRect(table);
        if (pageOf(box.top()) != pageOf(box.bottom() - 1) && box.height() < 0.9 * page.height()) {
            if (heading.isValid()) {
                breakBefore(heading);
            } else {
                QTextTableFormat format = table->format();
                format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
                table->setFormat(format);
            }
        }
        heading = QTextBlock();
    }

    QPainter painter(&writer);
    numberFont.setPointSizeF(numberFont.pointSizeF() * 0.9);
    const int pages = doc.pageCount();
    for (int i = 0; i < pages; ++i) {
        if (i > 0)
            writer.newPage();
        painter.save();
        painter.translate(0, -i * page.height());
        doc.drawContents(&painter, QRectF(QPointF(0, i * page.height()), page));
        painter.restore();
        painter.setFont(numberFont);
        painter.drawText(QRectF(0, page.height(), page.width(), footer),
                         Qt::AlignRight | Qt::AlignBottom, QString::number(i + 1));
    }
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
        const ExportLanguage language(data);
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        {
            QPdfWriter writer(&buffer);
            writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape,
                                             QMarginsF(15, 15, 15, 12), QPageLayout::Millimeter));
            writer.setResolution(300);
            writer.setTitle(tr("Fact-check table"));
            writer.setCreator(u"Crible"_s);
            QTextDocument doc;
            prepareDocument(doc, data, 8);
            printPaginated(doc, writer);
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
