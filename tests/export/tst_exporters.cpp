// Every exporter on the fixture project: golden files (written and reviewed by hand, never
// regenerated here), and checks through independent readers: Python's csv module, QJsonDocument,
// the DESIGN.md verdict table.

#include "export/exporter.h"
#include "export_fixture.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace crible;

namespace {

const QString kGoldenDir = QStringLiteral(CRIBLE_TEST_DATA "/export");

QByteArray readAll(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

// Names the first differing line, so a failing golden row says where.
QString firstDifference(const QByteArray &actual, const QByteArray &expected)
{
    const QList<QByteArray> a = actual.split('\n');
    const QList<QByteArray> e = expected.split('\n');
    for (qsizetype i = 0; i < std::max(a.size(), e.size()); ++i) {
        const QByteArray la = i < a.size() ? a.at(i) : QByteArray("<end of file>");
        const QByteArray le = i < e.size() ? e.at(i) : QByteArray("<end of file>");
        if (la != le) {
            return u"line %1\n  actual:   %2\n  expected: %3"_s.arg(i + 1).arg(
                QString::fromUtf8(la.left(300)), QString::fromUtf8(le.left(300)));
        }
    }
    return u"same lines, different bytes"_s;
}

// With CRIBLE_EXPORT_REVIEW_DIR set, a differing output is saved there for a person to diff
// and review; golden files are only ever updated by hand.
void keepForReview(const QString &golden, const QByteArray &actual, const QByteArray &expected)
{
    const QString dir = qEnvironmentVariable("CRIBLE_EXPORT_REVIEW_DIR");
    if (dir.isEmpty() || actual == expected)
        return;
    QFile f(dir + u'/' + golden);
    if (f.open(QIODevice::WriteOnly))
        f.write(actual);
}

// Words one per line, or for text without spaces chunks of 40 characters, so that
// firstDifference() points near the change.
QByteArray lines(const QString &text, bool chunks)
{
    if (!chunks)
        return text.split(u' ').join(u'\n').toUtf8();
    QStringList parts;
    for (qsizetype i = 0; i < text.size(); i += 40)
        parts << text.mid(i, 40);
    return parts.join(u'\n').toUtf8();
}

QString fixtureText(const char *s)
{
    return QString::fromUtf8(s);
}

} // namespace

class TestExporters : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir; // per test function: see init()
    std::unique_ptr<store::Project> m_project;
    std::unique_ptr<exporters::ExportData> m_data;

    QString exportTo(const QString &format, const QString &fileName = QString())
    {
        auto exporter = exporters::createExporter(format);
        if (!exporter)
            return {};
        const QString path =
            m_dir.filePath(fileName.isEmpty() ? u"out."_s + exporter->fileExtension() : fileName);
        if (!exporter->write(*m_data, path)) {
            qWarning("%s", qPrintable(exporter->errorString()));
            return {};
        }
        return path;
    }

    QJsonDocument exportJson(const QString &format)
    {
        const QString path = exportTo(format);
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(readAll(path), &error);
        if (error.error != QJsonParseError::NoError)
            qWarning("%s: %s", qPrintable(format), qPrintable(error.errorString()));
        return doc;
    }

    QList<QJsonObject> exportJsonLines(const QString &format)
    {
        QList<QJsonObject> out;
        const QByteArray bytes = readAll(exportTo(format));
        for (const QByteArray &line : bytes.split('\n')) {
            if (line.isEmpty())
                continue;
            QJsonParseError error;
            const QJsonDocument doc = QJsonDocument::fromJson(line, &error);
            if (error.error != QJsonParseError::NoError || !doc.isObject()) {
                qWarning("%s: bad line: %s", qPrintable(format), line.constData());
                return {};
            }
            out.append(doc.object());
        }
        return out;
    }

private slots:
    void init()
    {
        // A fresh project per test function.
        m_data.reset();
        m_project.reset();
        QVERIFY(m_dir.isValid());
        QFile::remove(m_dir.filePath(u"p.crible"_s));
        auto project = testing::buildFixtureProject(m_dir.filePath(u"p.crible"_s));
        QVERIFY2(project.ok(), qPrintable(project.error()));
        m_project = std::move(project).value();
        auto data = exporters::ExportData::load(*m_project, {});
        QVERIFY2(data.ok(), qPrintable(data.error()));
        m_data = std::make_unique<exporters::ExportData>(std::move(data).value());
    }

    void cleanup()
    {
        m_data.reset();
        m_project.reset();
        QFile::remove(m_dir.filePath(u"p.crible"_s));
    }

    void registry()
    {
        const QStringList formats = exporters::exportFormats();
        for (const char *key : {"csv", "tsv", "markdown", "html", "annotated-html", "odt", "pdf",
                                "jsonl", "fever", "claimreview", "w3c"}) {
            QVERIFY2(formats.contains(QLatin1String(key)), key);
        }
        for (const QString &key : formats) {
            auto exporter = exporters::createExporter(key);
            QVERIFY2(exporter, qPrintable(key));
            QCOMPARE(exporter->formatKey(), key);
            QVERIFY(!exporter->fileExtension().isEmpty());
            QVERIFY(!exporter->displayName().isEmpty());
        }
        QVERIFY(!exporters::createExporter(u"docx"_s));
    }

    void golden_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("output"); // the file compared, relative to the export
        QTest::addColumn<QString>("golden");
        QTest::newRow("csv") << u"csv"_s << u"out.csv"_s << u"golden.csv"_s;
        QTest::newRow("csv-sources") << u"csv"_s << u"out.sources.csv"_s << u"golden.sources.csv"_s;
        QTest::newRow("tsv") << u"tsv"_s << u"out.tsv"_s << u"golden.tsv"_s;
        QTest::newRow("markdown") << u"markdown"_s << u"out.md"_s << u"golden.md"_s;
        QTest::newRow("html") << u"html"_s << u"out.html"_s << u"golden.html"_s;
        QTest::newRow("annotated-html")
            << u"annotated-html"_s << u"out.html"_s << u"golden.annotated.html"_s;
        QTest::newRow("jsonl") << u"jsonl"_s << u"out.jsonl"_s << u"golden.jsonl"_s;
        QTest::newRow("fever") << u"fever"_s << u"out.jsonl"_s << u"golden.fever.jsonl"_s;
        QTest::newRow("claimreview")
            << u"claimreview"_s << u"out.jsonld"_s << u"golden.claimreview.jsonld"_s;
        QTest::newRow("w3c") << u"w3c"_s << u"out.jsonld"_s << u"golden.w3c.jsonld"_s;
    }

    void golden()
    {
        QFETCH(QString, format);
        QFETCH(QString, output);
        QFETCH(QString, golden);
        QVERIFY(!exportTo(format).isEmpty());
        const QByteArray actual = readAll(m_dir.filePath(output));
        const QByteArray expected = readAll(kGoldenDir + u'/' + golden);
        keepForReview(golden, actual, expected);
        QVERIFY2(!expected.isEmpty(), qPrintable(u"missing golden file "_s + golden));
        QVERIFY2(actual == expected,
                 qPrintable(golden + u" differs at "_s + firstDifference(actual, expected)));
    }

    void reproducible_data()
    {
        QTest::addColumn<QString>("format");
        for (const char *f : {"csv", "tsv", "markdown", "html", "annotated-html", "jsonl", "fever",
                              "claimreview", "w3c"}) {
            QTest::newRow(f) << QString::fromLatin1(f);
        }
    }

    void reproducible()
    {
        QFETCH(QString, format);
        const QByteArray first = readAll(exportTo(format, u"a.out"_s));
        const QByteArray second = readAll(exportTo(format, u"b.out"_s));
        QVERIFY(!first.isEmpty());
        QCOMPARE(first, second);
    }

    void draftsLeftOut_data() { reproducible_data(); }

    void draftsLeftOut()
    {
        QFETCH(QString, format);
        const QByteArray bytes = readAll(exportTo(format));
        QVERIFY(!bytes.isEmpty());
        QVERIFY(!bytes.contains("DRAFT-MUST-NOT-APPEAR"));
        QVERIFY(!bytes.contains(testing::kDraftClaimUuid));
    }

    // The CSV read back by Python's csv module: every value comes back, formulas neutralised.
    void csvThroughPython()
    {
        const QString python = QStandardPaths::findExecutable(u"python3"_s);
        if (python.isEmpty())
            QSKIP("python3 is not installed");
        const QString path = exportTo(u"csv"_s);
        QVERIFY(!path.isEmpty());
        const QByteArray raw = readAll(path);
        QVERIFY(raw.startsWith("number,id,article_title,"));
        QVERIFY(raw.endsWith("\r\n"));

        auto parse = [&](const QString &file) {
            QProcess p;
            p.start(python,
                    {u"-c"_s,
                     u"import csv,sys,json; print(json.dumps(list(csv.reader(open(sys.argv[1], "
                     "newline=\"\", encoding=\"utf-8\")))))"_s,
                     file});
            p.waitForFinished(30000);
            return QJsonDocument::fromJson(p.readAllStandardOutput()).array();
        };
        const QJsonArray rows = parse(path);
        QCOMPARE(rows.size(), 1 + 7);
        const QJsonArray header = rows.at(0).toArray();
        auto column = [&](const char *name) {
            for (qsizetype i = 0; i < header.size(); ++i) {
                if (header.at(i).toString() == QLatin1String(name))
                    return i;
            }
            return qsizetype(-1);
        };
        QJsonArray hostile, chinese, arabic;
        for (const QJsonValue &row : rows) {
            const QJsonArray r = row.toArray();
            QCOMPARE(r.size(), header.size());
            // No cell a spreadsheet would evaluate.
            for (const QJsonValue &cell : r) {
                const QString s = cell.toString();
                QVERIFY2(s.isEmpty() || !u"=+-@\t\r"_s.contains(s.front()), qPrintable(s));
            }
            if (r.at(column("id")).toString() == fixtureText(testing::kHostileClaimUuid))
                hostile = r;
            if (r.at(column("id")).toString() == fixtureText(testing::kChineseClaimUuid))
                chinese = r;
            if (r.at(column("id")).toString() == fixtureText(testing::kArabicClaimUuid))
                arabic = r;
        }
        QVERIFY(!hostile.isEmpty() && !chinese.isEmpty() && !arabic.isEmpty());
        QCOMPARE(hostile.at(column("quote")).toString(),
                 u"'=HYPERLINK(\"http://x\",\"y\") +cmd -1+1 @SUM(A1) <script>alert(1)</script> "
                 "\"quoted\", a;b|c\td\nnext 🎉"_s);
        QCOMPARE(hostile.at(column("restatement")).toString(),
                 u"'+cmd <script>alert(1)</script> ',' ';' '|' 🎉"_s);
        QCOMPARE(hostile.at(column("claimant")).toString(), u"'@SUM(A1)"_s);
        QCOMPARE(
            hostile.at(column("explanation")).toString(),
            u"'-1+1 @SUM(A1) <script>alert(1)</script> \"q\", ';' '|'\ttab\nnewline 🎉 عربي 中文"_s);
        QVERIFY(hostile.at(column("sources")).toString().startsWith(u"'=HYPERLINK("_s));
        QCOMPARE(chinese.at(column("quote")).toString(), u"社会信用体系在荣成试点"_s);
        QCOMPARE(arabic.at(column("quote")).toString(), u"المدينة تختبر النظام الجديد"_s);
        QCOMPARE(arabic.at(column("explanation")).toString(), u"لا يوجد مصدر مستقل."_s);
        QCOMPARE(hostile.at(column("verdict_label")).toString(), u"Dépassé"_s); // French labels

        const QString sourcesPath = m_dir.filePath(u"out.sources.csv"_s);
        const QJsonArray links = parse(sourcesPath);
        QCOMPARE(links.at(0).toArray().at(0).toString(), u"claim_id"_s);
        QCOMPARE(links.size(), 1 + 6); // six links from published claims
        bool sawHostileTitle = false;
        for (const QJsonValue &row : links) {
            const QJsonArray r = row.toArray();
            if (r.at(1).toString() == u"hostile-title"_s) {
                sawHostileTitle = true;
                QCOMPARE(r.at(0).toString(), fixtureText(testing::kHostileClaimUuid));
                QCOMPARE(
                    r.at(2).toString(),
                    u"'=HYPERLINK(\"http://x\",\"y\") <script>alert(1)</script> 信用 | ; , \"t\""_s);
                QCOMPARE(r.at(3).toString(), u"'@evil"_s);
                QCOMPARE(r.at(7).toString(), u"'=1+2 <img src=x onerror=alert(1)>"_s);
            }
        }
        QVERIFY(sawHostileTitle);
    }

    void tsvFieldsStayInTheirColumns()
    {
        const QByteArray bytes = readAll(exportTo(u"tsv"_s));
        const QList<QByteArray> lines = bytes.split('\n');
        QCOMPARE(lines.size(), 1 + 7 + 1); // header, rows, the empty string after the last \n
        const qsizetype columns = lines.at(0).count('\t') + 1;
        bool sawHostile = false;
        for (qsizetype i = 1; i + 1 < lines.size(); ++i) {
            const QList<QByteArray> cells = lines.at(i).split('\t');
            QCOMPARE(cells.size(), columns);
            if (cells.at(1) == testing::kHostileClaimUuid) {
                sawHostile = true;
                QVERIFY(cells.at(7).contains("a;b|c\\td\\nnext 🎉"));
            }
        }
        QVERIFY(sawHostile);
    }

    void jsonParses_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<bool>("lines");
        QTest::newRow("jsonl") << u"jsonl"_s << true;
        QTest::newRow("fever") << u"fever"_s << true;
        QTest::newRow("claimreview") << u"claimreview"_s << false;
        QTest::newRow("w3c") << u"w3c"_s << false;
    }

    void jsonParses()
    {
        QFETCH(QString, format);
        QFETCH(bool, lines);
        if (lines) {
            QVERIFY(!exportJsonLines(format).isEmpty());
        } else {
            QVERIFY(exportJson(format).isObject());
        }
    }

    void htmlHasNoLiveMarkupFromData_data()
    {
        QTest::addColumn<QString>("format");
        QTest::newRow("html") << u"html"_s;
        QTest::newRow("annotated-html") << u"annotated-html"_s;
    }

    void htmlHasNoLiveMarkupFromData()
    {
        QFETCH(QString, format);
        const QString html = QString::fromUtf8(readAll(exportTo(format)));
        // The page speaks its first article's language (French in the fixture).
        QVERIFY(html.startsWith(u"<!DOCTYPE html>\n<html lang=\"fr\">"_s));
        QVERIFY(html.contains(u"<meta charset=\"utf-8\">"_s));
        QVERIFY(!html.contains(u"<script"_s, Qt::CaseInsensitive));
        QVERIFY(!html.contains(u"<img"_s, Qt::CaseInsensitive));
        QVERIFY(!html.contains(u"<b>&</b>"_s));
        QVERIFY(html.contains(u"&lt;script&gt;alert(1)&lt;/script&gt;"_s));
        QVERIFY(html.contains(u"@media print"_s));
        QVERIFY(html.contains(u"社会信用体系在荣成试点"_s));
        QVERIFY(html.contains(u"المدينة تختبر النظام الجديد"_s));
        // Every level named in words next to its colour.
        QVERIFY(html.contains(u"■</span> Faux</span>"_s));
        if (format == u"html"_s) {
            // The evil URL is a link, its attribute escaped.
            QVERIFY(html.contains(u"href=\"https://evil.example.net/a?b=1&amp;c=2\""_s));
            // Section headings in DESIGN.md's scope order.
            const QStringList groups{u"Réalité nationale"_s,        u"Plans et projets"_s,
                                     u"Expériences locales"_s,      u"Dispositifs commerciaux"_s,
                                     u"Au-delà du crédit social"_s, u"Aucun tel système"_s};
            qsizetype at = html.indexOf(u"id=\"counts\""_s);
            for (const QString &g : groups) {
                const qsizetype next = html.indexOf(u'>' + g + u"</h"_s, at);
                QVERIFY2(next > at, qPrintable(g));
                at = next;
            }
        } else {
            // The overlap of claims 2 and 3 ("950") is one doubly highlighted piece.
            QVERIFY(html.contains(
                u"<mark class=\"claim depth-2\" title=\"Affirmation 2, 3\">950</mark>"_s));
        }
    }

    void claimReview()
    {
        const QJsonDocument doc = exportJson(u"claimreview"_s);
        QCOMPARE(doc.object().value(u"@context"_s).toString(), u"https://schema.org"_s);
        const QJsonArray graph = doc.object().value(u"@graph"_s).toArray();
        // DESIGN.md's verdict table: rating per verdict, none for unverifiable and outdated.
        const QHash<QString, int> expectedRating{{fixtureText(testing::kEmojiClaimUuid), 1},
                                                 {u"00000000-0000-4000-8000-000000000002"_s, 3},
                                                 {u"00000000-0000-4000-8000-000000000003"_s, 1},
                                                 {fixtureText(testing::kChineseClaimUuid), 5},
                                                 {fixtureText(testing::kArabicClaimUuid), 0},
                                                 {fixtureText(testing::kHostileClaimUuid), 0}};
        int reviews = 0, termSets = 0;
        for (const QJsonValue &v : graph) {
            const QJsonObject node = v.toObject();
            if (node.value(u"@type"_s) == u"DefinedTermSet"_s) {
                ++termSets;
                QVERIFY(!node.value(u"hasDefinedTerm"_s).toArray().isEmpty());
                continue;
            }
            QCOMPARE(node.value(u"@type"_s).toString(), u"ClaimReview"_s);
            ++reviews;
            const QString url = node.value(u"url"_s).toString();
            QVERIFY(url.startsWith(u"https://factcheck.example.org/#claim-"_s));
            const QString uuid = url.mid(url.indexOf(u"#claim-"_s) + 7);
            QVERIFY2(expectedRating.contains(uuid), qPrintable(uuid));
            QVERIFY(uuid != fixtureText(testing::kOpinionClaimUuid));
            QVERIFY(!node.value(u"claimReviewed"_s).toString().isEmpty());
            QVERIFY(!node.value(u"datePublished"_s).toString().isEmpty());
            const QJsonObject rating = node.value(u"reviewRating"_s).toObject();
            QCOMPARE(rating.value(u"@type"_s).toString(), u"Rating"_s);
            QVERIFY(!rating.value(u"alternateName"_s).toString().isEmpty());
            QCOMPARE(rating.value(u"bestRating"_s).toInt(), 5);
            QCOMPARE(rating.value(u"worstRating"_s).toInt(), 1);
            if (expectedRating.value(uuid) > 0)
                QCOMPARE(rating.value(u"ratingValue"_s).toInt(), expectedRating.value(uuid));
            else
                QVERIFY2(!rating.contains(u"ratingValue"_s), qPrintable(uuid));
            const QJsonObject item = node.value(u"itemReviewed"_s).toObject();
            QCOMPARE(item.value(u"@type"_s).toString(), u"Claim"_s);
            QVERIFY(!item.value(u"author"_s).toObject().value(u"name"_s).toString().isEmpty());
            const QJsonObject appearance = item.value(u"appearance"_s).toObject();
            QVERIFY(!appearance.value(u"url"_s).toString().isEmpty());
            QVERIFY(!appearance.value(u"headline"_s).toString().isEmpty());
            const QJsonObject author = node.value(u"author"_s).toObject();
            QCOMPARE(author.value(u"@type"_s).toString(), u"Organization"_s);
            QCOMPARE(author.value(u"name"_s).toString(), u"Crible Test Desk"_s);
            if (uuid == fixtureText(testing::kEmojiClaimUuid)) {
                QCOMPARE(node.value(u"claimReviewed"_s).toString(),
                         u"China's social credit system was generalised nationwide in 2020"_s);
                QCOMPARE(item.value(u"author"_s).toObject().value(u"name"_s).toString(),
                         u"Jean Exemple"_s);
                QCOMPARE(item.value(u"datePublished"_s).toString(), u"2019-05-01"_s);
                QCOMPARE(appearance.value(u"url"_s).toString(),
                         u"https://blog.example.org/dictature-high-tech"_s);
                QCOMPARE(node.value(u"datePublished"_s).toString(), u"2024-03-01"_s);
            }
        }
        QCOMPARE(reviews, 6); // seven published claims, one opinion
        QCOMPARE(termSets, 3);
    }

    void w3cPositionsAreCodePoints()
    {
        const QJsonObject root = exportJson(u"w3c"_s).object();
        QCOMPARE(root.value(u"type"_s).toString(), u"AnnotationCollection"_s);
        const QJsonArray items = root.value(u"first"_s).toObject().value(u"items"_s).toArray();
        QCOMPARE(items.size(), 7);
        QCOMPARE(root.value(u"total"_s).toInt(), 7);
        // Independent of the exporter: count code points before the quote in the text.
        const QString text = testing::frenchText();
        const QString quote = u"généralisé en 2020"_s;
        const qsizetype utf16Start = text.indexOf(quote);
        const qsizetype codePointStart = text.left(utf16Start).toUcs4().size();
        QCOMPARE(codePointStart + 1, utf16Start); // the emoji before it takes two UTF-16 units
        bool found = false;
        for (const QJsonValue &v : items) {
            const QJsonObject a = v.toObject();
            QCOMPARE(a.value(u"type"_s).toString(), u"Annotation"_s);
            if (a.value(u"id"_s).toString() !=
                u"urn:uuid:"_s + fixtureText(testing::kEmojiClaimUuid))
                continue;
            found = true;
            const QJsonObject target = a.value(u"target"_s).toObject();
            QCOMPARE(target.value(u"source"_s).toString(),
                     u"https://blog.example.org/dictature-high-tech"_s);
            for (const QJsonValue &s : target.value(u"selector"_s).toArray()) {
                const QJsonObject selector = s.toObject();
                if (selector.value(u"type"_s) == u"TextPositionSelector"_s) {
                    QCOMPARE(selector.value(u"start"_s).toInteger(), codePointStart);
                    QCOMPARE(selector.value(u"end"_s).toInteger(),
                             codePointStart + quote.toUcs4().size());
                } else {
                    QCOMPARE(selector.value(u"type"_s).toString(), u"TextQuoteSelector"_s);
                    QCOMPARE(selector.value(u"exact"_s).toString(), quote);
                    QVERIFY(selector.value(u"prefix"_s).toString().endsWith(u"😀 est "_s));
                }
            }
            bool verdictTag = false;
            for (const QJsonValue &b : a.value(u"body"_s).toArray())
                verdictTag |= b.toObject().value(u"value"_s).toString() == u"verdict:inaccurate"_s;
            QVERIFY(verdictTag);
        }
        QVERIFY(found);
    }

    void jsonLinesCarryBothOffsets()
    {
        const QList<QJsonObject> lines = exportJsonLines(u"jsonl"_s);
        QCOMPARE(lines.size(), 7);
        const QString text = testing::frenchText();
        const qsizetype utf16Start = text.indexOf(u"généralisé en 2020"_s);
        bool found = false;
        for (const QJsonObject &o : lines) {
            QVERIFY(o.contains(u"verdictLabel"_s) && o.contains(u"scopeGroup"_s));
            if (o.value(u"id"_s).toString() != fixtureText(testing::kEmojiClaimUuid))
                continue;
            found = true;
            QCOMPARE(o.value(u"utf16Start"_s).toInteger(), utf16Start);
            QCOMPARE(o.value(u"start"_s).toInteger(), utf16Start - 1);
            QCOMPARE(o.value(u"end"_s).toInteger() - o.value(u"start"_s).toInteger(),
                     o.value(u"utf16End"_s).toInteger() - o.value(u"utf16Start"_s).toInteger());
            QCOMPARE(o.value(u"normalisedVerdict"_s).toString(), u"FALSE"_s);
            QCOMPARE(o.value(u"scopeGroup"_s).toString(), u"Plans et projets"_s);
            const QJsonArray sources = o.value(u"sources"_s).toArray();
            QCOMPARE(sources.size(), 1);
            QCOMPARE(sources.at(0).toObject().value(u"id"_s).toString(), u"guofa-2014-21"_s);
            QCOMPARE(sources.at(0).toObject().value(u"stance"_s).toString(), u"refutes"_s);
            QCOMPARE(o.value(u"article"_s).toObject().value(u"language"_s).toString(), u"fr"_s);
        }
        QVERIFY(found);
    }

    void feverLabelsFollowTheVerdictTable()
    {
        const QList<QJsonObject> lines = exportJsonLines(u"fever"_s);
        const QHash<QString, QString> expected{
            {fixtureText(testing::kEmojiClaimUuid), u"REFUTES"_s},           // inaccurate
            {u"00000000-0000-4000-8000-000000000002"_s, u"REFUTES"_s},       // misleading
            {u"00000000-0000-4000-8000-000000000003"_s, u"REFUTES"_s},       // inaccurate
            {fixtureText(testing::kChineseClaimUuid), u"SUPPORTS"_s},        // accurate
            {fixtureText(testing::kArabicClaimUuid), u"NOT ENOUGH INFO"_s},  // unverifiable
            {fixtureText(testing::kHostileClaimUuid), u"NOT ENOUGH INFO"_s}, // outdated
        };
        QCOMPARE(lines.size(), expected.size());
        for (const QJsonObject &o : lines) {
            const QString id = o.value(u"id"_s).toString();
            QVERIFY2(expected.contains(id), qPrintable(id));
            QCOMPARE(o.value(u"label"_s).toString(), expected.value(id));
            QVERIFY(!o.value(u"claim"_s).toString().isEmpty());
            const QJsonArray evidence = o.value(u"evidence"_s).toArray();
            if (o.value(u"label"_s) == u"NOT ENOUGH INFO"_s)
                QVERIFY(evidence.isEmpty());
            if (id == fixtureText(testing::kEmojiClaimUuid)) {
                QCOMPARE(evidence.size(), 1);
                const QJsonArray item = evidence.at(0).toArray().at(0).toArray();
                QCOMPARE(item.at(0).toString(), u"guofa-2014-21"_s);
                QVERIFY(item.at(1).toString().startsWith(u"https://www.gov.cn/"_s));
                QCOMPARE(item.at(2).toString(), u"by 2020, the basic laws and regulations …"_s);
            }
            if (id == u"00000000-0000-4000-8000-000000000003"_s) {
                // Only the refuting source, not the context one.
                QCOMPARE(evidence.size(), 1);
                QCOMPARE(evidence.at(0).toArray().at(0).toArray().at(0).toString(),
                         u"sesame-credit-range"_s);
            }
        }
    }

    void documentText_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("golden");
        QTest::newRow("odt") << u"odt"_s << u"golden.odt.txt"_s;
        QTest::newRow("pdf") << u"pdf"_s << u"golden.pdf.txt"_s;
    }

    // PDF and ODT embed their creation time: their text content is what must not change.
    void documentText()
    {
        QFETCH(QString, format);
        QFETCH(QString, golden);
        const QString path = exportTo(format);
        QVERIFY(!path.isEmpty());
        QString program;
        QStringList args;
        if (format == u"pdf"_s) {
            program = QStandardPaths::findExecutable(u"pdftotext"_s);
            // -raw: the order Qt drew the text in (document order), not the page layout's.
            args = {u"-raw"_s, u"-enc"_s, u"UTF-8"_s, path, u"-"_s};
        } else {
            program = QStandardPaths::findExecutable(u"python3"_s);
            // content.xml's text nodes, one paragraph per line.
            args = {u"-c"_s,
                    u"import re,sys,zipfile,html; x=zipfile.ZipFile(sys.argv[1]).read("
                    "'content.xml').decode(); x=re.sub(r'</text:(p|h)>','\\n',x); "
                    "x=re.sub(r'<text:tab/>','\\t',x); x=re.sub(r'<text:s( text:c=\"(\\d+)\")?/>',"
                    "lambda m:' '*int(m.group(2) or 1),x); x=re.sub(r'<[^>]+>','',x); "
                    "sys.stdout.write(html.unescape(x))"_s,
                    path};
        }
        if (program.isEmpty())
            QSKIP("pdftotext or python3 is not installed");
        QProcess p;
        p.start(program, args);
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 0);
        // Compare the text, not its layout: where lines wrap depends on font metrics, so the
        // PDF's text is compared without any white space (the ODT has no layout: words).
        const bool pdf = format == u"pdf"_s;
        auto words = [pdf](const QByteArray &bytes) {
            QString text = QString::fromUtf8(bytes).simplified();
            if (pdf)
                text.remove(u' ');
            return text;
        };
        const QByteArray raw = p.readAllStandardOutput();
        const QString actual = words(raw);
        const QString expected = words(readAll(kGoldenDir + u'/' + golden));
        keepForReview(golden, raw, readAll(kGoldenDir + u'/' + golden));
        QVERIFY2(!expected.isEmpty(), qPrintable(u"missing golden file "_s + golden));
        QVERIFY2(actual == expected,
                 qPrintable(golden + u" differs at "_s +
                            firstDifference(lines(actual, pdf), lines(expected, pdf))));
    }

    void unwritablePathFails_data() { reproducible_data(); }

    void unwritablePathFails()
    {
        QFETCH(QString, format);
        // A regular file where a folder should be: fails even for root.
        QFile blocker(m_dir.filePath(u"blocker"_s));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        auto exporter = exporters::createExporter(format);
        const QString path = m_dir.filePath(u"blocker/out.x"_s);
        QVERIFY(!exporter->write(*m_data, path));
        QVERIFY2(exporter->errorString().contains(u"blocker"_s),
                 qPrintable(exporter->errorString()));
    }

    void failedExportLeavesTheOldFile()
    {
        // The sources file cannot be written (a folder is in its way): the table keeps its
        // old content, because both files commit only once both are written.
        const QString path = m_dir.filePath(u"keep.csv"_s);
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("old\r\n");
        old.close();
        QVERIFY(QDir(m_dir.path()).mkdir(u"keep.sources.csv"_s));
        auto exporter = exporters::createExporter(u"csv"_s);
        QVERIFY(!exporter->write(*m_data, path));
        QVERIFY(!exporter->errorString().isEmpty());
        QCOMPARE(readAll(path), QByteArray("old\r\n"));
    }
};

QTEST_MAIN(TestExporters)
#include "tst_exporters.moc"
