// The exports as real consumers see them: the HTML rendered by headless Chromium (DOM and a
// screenshot), the PDF through poppler's pdftotext and pdftoppm. Skipped cleanly when a tool
// is missing (setup.sh installs them).

#include "export/exporter.h"
#include "export_fixture.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace crible;

namespace {

// Mean luminance variance over a grid of samples: a blank page is ~0.
double pixelVariance(const QImage &image)
{
    if (image.isNull())
        return 0;
    double sum = 0, squares = 0;
    int n = 0;
    for (int y = 0; y < image.height(); y += 3) {
        for (int x = 0; x < image.width(); x += 3) {
            const double v = qGray(image.pixel(x, y));
            sum += v;
            squares += v * v;
            ++n;
        }
    }
    const double mean = sum / n;
    return squares / n - mean * mean;
}

// pdftotext maps some CJK glyphs to Kangxi radicals and keeps ligatures: NFKC folds both.
QString normalised(const QByteArray &utf8)
{
    return QString::fromUtf8(utf8).normalized(QString::NormalizationForm_KC);
}

// Each string found after the previous one.
bool inOrder(const QString &text, const QStringList &items, QString *missing)
{
    qsizetype at = 0;
    for (const QString &item : items) {
        const qsizetype next = text.indexOf(item, at);
        if (next < 0) {
            *missing = item;
            return false;
        }
        at = next + item.size();
    }
    return true;
}

// The fixture's first article is French: the table speaks French (headings written here
// by hand, not taken from the catalogue).
const QStringList kTableHeadings{
    u"Tableau de vérification"_s,
    u"Présenté comme × portée"_s,
    u"Décompte"_s,
    u"Réalité nationale"_s,
    u"Plans et projets"_s,
    u"Expériences locales"_s,
    u"Dispositifs commerciaux"_s,
    u"Au-delà du crédit social"_s,
    u"Aucun tel système"_s,
    u"Légende"_s,
    u"Verdict : l’affirmation est-elle vraie ?"_s,
    u"Niveau de preuve : quelle est la solidité des preuves derrière le verdict ?"_s,
    u"Portée : de quelle réalité s’agit-il ?"_s};

} // namespace

class TestExportConsumers : public QObject
{
    Q_OBJECT

private:
    QString m_chromium;
    QString m_outDir; // CRIBLE_EXPORT_REVIEW_DIR: keeps the PNGs for a person to look at

    QString exportFixture(QTemporaryDir &dir, const QString &format, const QString &name)
    {
        auto project = testing::buildFixtureProject(dir.filePath(u"p.crible"_s));
        if (!project) {
            qWarning("%s", qPrintable(project.error()));
            return {};
        }
        auto data = exporters::ExportData::load(**project, {});
        if (!data)
            return {};
        auto exporter = exporters::createExporter(format);
        const QString path = dir.filePath(name);
        if (!exporter->write(*data, path)) {
            qWarning("%s", qPrintable(exporter->errorString()));
            return {};
        }
        return path;
    }

    QByteArray run(const QString &program, const QStringList &args, int timeoutMs = 120000)
    {
        QProcess p;
        p.start(program, args);
        if (!p.waitForFinished(timeoutMs)) {
            p.kill();
            p.waitForFinished();
            qWarning("%s timed out", qPrintable(program));
            return {};
        }
        if (p.exitCode() != 0)
            qWarning("%s: %s", qPrintable(program), p.readAllStandardError().constData());
        return p.readAllStandardOutput();
    }

    QStringList chromiumArgs(const QTemporaryDir &dir)
    {
        return {u"--headless"_s,
                u"--no-sandbox"_s,
                u"--disable-gpu"_s,
                u"--disable-quic"_s,
                u"--no-first-run"_s,
                u"--disable-background-networking"_s,
                u"--disable-component-update"_s,
                u"--disable-sync"_s,
                u"--user-data-dir="_s + dir.filePath(u"chromium-profile"_s)};
    }

    void keep(const QString &path, const QString &name)
    {
        if (!m_outDir.isEmpty()) {
            QFile::remove(m_outDir + u'/' + name);
            QFile::copy(path, m_outDir + u'/' + name);
        }
    }

private slots:
    void initTestCase()
    {
        m_chromium = QStandardPaths::findExecutable(u"chromium"_s);
        if (m_chromium.isEmpty())
            m_chromium = QStandardPaths::findExecutable(u"chromium-browser"_s);
        m_outDir = qEnvironmentVariable("CRIBLE_EXPORT_REVIEW_DIR");
    }

    void htmlInChromium_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QStringList>("inOrder");
        QTest::newRow("html") << u"html"_s << kTableHeadings;
        QTest::newRow("annotated-html") << u"annotated-html"_s
                                        << QStringList{u"Article annoté"_s,
                                                       u"Dictature high-tech"_s,
                                                       u"😀"_s,
                                                       u"généralisé en 2020"_s,
                                                       u"Notes"_s,
                                                       u"荣成试点"_s,
                                                       u"社会信用体系在荣成试点"_s,
                                                       u"المدينة تختبر النظام الجديد"_s,
                                                       u"Légende"_s};
    }

    void htmlInChromium()
    {
        QFETCH(QString, format);
        QFETCH(QStringList, inOrder);
        if (m_chromium.isEmpty())
            QSKIP("chromium is not installed");
        QTemporaryDir dir;
        const QString html = exportFixture(dir, format, u"table.html"_s);
        QVERIFY(!html.isEmpty());
        const QString url = u"file://"_s + html;

        // The DOM Chromium built: headings in order, the scripts of the data still text.
        const QString dom =
            QString::fromUtf8(run(m_chromium, chromiumArgs(dir) << u"--dump-dom"_s << url));
        QVERIFY2(dom.contains(u"</html>"_s), "chromium gave no DOM");
        QString missing;
        // French typography puts no-break spaces before ":" and "?"; the list has plain ones.
        QString spaced = dom;
        spaced.replace(QChar(0xA0), u' ').replace(u"&nbsp;"_s, u" "_s);
        QVERIFY2(::inOrder(spaced, inOrder, &missing), qPrintable(u"not in order: "_s + missing));
        QVERIFY(!dom.contains(u"<script"_s, Qt::CaseInsensitive));
        QVERIFY(!dom.contains(u"<img"_s, Qt::CaseInsensitive));
        QVERIFY(dom.contains(u"&lt;script&gt;alert(1)&lt;/script&gt;"_s));
        QVERIFY(dom.contains(u"المدينة تختبر النظام الجديد"_s));

        // A screenshot that is not blank.
        const QString png = dir.filePath(u"shot.png"_s);
        run(m_chromium, chromiumArgs(dir)
                            << u"--screenshot="_s + png << u"--window-size=1200,2000"_s
                            << u"--hide-scrollbars"_s << url);
        QImage image(png);
        QVERIFY2(!image.isNull(), "no screenshot");
        QCOMPARE(image.width(), 1200);
        QVERIFY2(pixelVariance(image) > 100, qPrintable(QString::number(pixelVariance(image))));
        keep(png, format + u".png"_s);
    }

    void pdfThroughPoppler()
    {
        const QString pdftotext = QStandardPaths::findExecutable(u"pdftotext"_s);
        const QString pdftoppm = QStandardPaths::findExecutable(u"pdftoppm"_s);
        if (pdftotext.isEmpty() || pdftoppm.isEmpty())
            QSKIP("poppler-utils (pdftotext, pdftoppm) is not installed");
        QTemporaryDir dir;
        const QString pdf = exportFixture(dir, u"pdf"_s, u"table.pdf"_s);
        QVERIFY(!pdf.isEmpty());
        QVERIFY(QFile(pdf).size() > 1000);

        const QString text = normalised(run(pdftotext, {u"-enc"_s, u"UTF-8"_s, pdf, u"-"_s}));
        QString missing;
        QVERIFY2(inOrder(text, kTableHeadings, &missing),
                 qPrintable(u"not in order: "_s + missing));
        // A narrow column wraps Chinese anywhere: compare without the line breaks.
        QString compact = text;
        compact.remove(QRegularExpression(u"\\s+"_s));
        QVERIFY(compact.contains(u"社会信用体系在荣成试点"_s));
        QVERIFY(text.contains(u"<script>alert(1)</script>"_s)); // as text, drawn literally
        // Arabic comes back in logical or visual order depending on poppler's bidi: words.
        for (const QString &word : {u"المدينة"_s, u"تختبر"_s, u"النظام"_s})
            QVERIFY2(text.contains(word), qPrintable(word));
        QVERIFY(text.contains(u"E1 concluant"_s));
        QVERIFY(!text.contains(u"DRAFT-MUST-NOT-APPEAR"_s));

        // First page, A4 (landscape): not blank.
        run(pdftoppm, {u"-png"_s, u"-r"_s, u"60"_s, u"-f"_s, u"1"_s, u"-l"_s, u"1"_s, pdf,
                       dir.filePath(u"page"_s)});
        QString png = dir.filePath(u"page-1.png"_s);
        if (!QFile::exists(png))
            png = dir.filePath(u"page-01.png"_s);
        QImage image(png);
        QVERIFY2(!image.isNull(), "pdftoppm gave no page");
        // 297 x 210 mm at 60 dpi.
        QVERIFY(qAbs(image.width() - 702) <= 2 && qAbs(image.height() - 496) <= 2);
        QVERIFY2(pixelVariance(image) > 50, qPrintable(QString::number(pixelVariance(image))));
        keep(png, u"pdf-page1.png"_s);
        run(pdftoppm, {u"-png"_s, u"-r"_s, u"80"_s, pdf, dir.filePath(u"all"_s)});
        for (const QString &f : QDir(dir.path()).entryList({u"all-*.png"_s}))
            keep(dir.filePath(f), u"pdf-"_s + f);
    }
};

QTEST_MAIN(TestExportConsumers)
#include "tst_export_consumers.moc"
