// The corpus format: check, import, export, byte-identical round trips, refusals.

#include "core/offsets.h"
#include "export/corpus/corpus.h"
#include "export/exporter.h"
#include "store/project.h"
#include "text/icu_tokenizer.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace crible;

namespace {

const text::IcuWordTokenizer kTokenizer;

QString robustnessCorpus()
{
    return QStringLiteral(CRIBLE_TEST_DATA "/robustness/corpus");
}

QByteArray readBytes(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

bool writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

// Relative paths of the corpus files below a folder (the format's documentation left out).
QStringList corpusFiles(const QString &dir)
{
    QStringList files;
    QDirIterator it(dir, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString relative = QDir(dir).relativeFilePath(it.next());
        if (relative != u"README.md")
            files.append(relative);
    }
    files.sort();
    return files;
}

bool copyTree(const QString &from, const QString &to)
{
    for (const QString &relative : corpusFiles(from)) {
        const QString target = to + u'/' + relative;
        if (!QDir().mkpath(QFileInfo(target).path()) ||
            !QFile::copy(from + u'/' + relative, target))
            return false;
    }
    return true;
}

std::unique_ptr<store::Project> newProject(const QString &path)
{
    auto project = store::Project::create(path, &kTokenizer);
    if (!project) {
        qWarning("%s", qPrintable(project.error()));
        return nullptr;
    }
    return std::move(project).value();
}

QString describe(const QList<exporters::CorpusProblem> &problems)
{
    QStringList lines;
    for (const exporters::CorpusProblem &p : problems)
        lines.append(p.file + u" | " + p.claimId + u" | " + p.message);
    return lines.join(u'\n');
}

} // namespace

class TestCorpus : public QObject
{
    Q_OBJECT

private slots:
    void repositoryCorpusIsValid()
    {
        const QString dir = QStringLiteral(CRIBLE_CORPUS_DIR);
        if (!QFile::exists(dir + u"/corpus.json"))
            QSKIP("corpus/corpus.json is not there yet");
        const QList<exporters::CorpusProblem> problems = exporters::checkCorpus(dir);
        QVERIFY2(problems.isEmpty(), qPrintable(describe(problems)));
    }

    // corpus -> project -> corpus -> project -> corpus: every file identical, nothing extra.
    void roundTripIsByteIdentical_data()
    {
        QTest::addColumn<QString>("corpus");
        QTest::newRow("robustness") << robustnessCorpus();
        QTest::newRow("repository") << QStringLiteral(CRIBLE_CORPUS_DIR);
    }
    void roundTripIsByteIdentical()
    {
        QFETCH(QString, corpus);
        if (!QFile::exists(corpus + u"/corpus.json"))
            QSKIP("corpus/corpus.json is not there yet");
        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        QString source = corpus;
        for (int round = 1; round <= 2; ++round) {
            auto project = newProject(tmp.filePath(QStringLiteral("p%1.crible").arg(round)));
            QVERIFY(project);
            const auto imported = exporters::importCorpus(*project, source);
            QVERIFY2(imported.ok(), qPrintable(imported.error()));
            const QString out = tmp.filePath(QStringLiteral("out%1").arg(round));
            const auto exported = exporters::exportCorpus(*project, out);
            QVERIFY2(exported.ok(), qPrintable(exported.error()));
            QCOMPARE(corpusFiles(out), corpusFiles(corpus));
            for (const QString &file : corpusFiles(corpus)) {
                const QByteArray expected = readBytes(corpus + u'/' + file);
                const QByteArray actual = readBytes(out + u'/' + file);
                if (actual != expected) {
                    const QList<QByteArray> a = actual.split('\n');
                    const QList<QByteArray> e = expected.split('\n');
                    for (qsizetype i = 0; i < std::min(a.size(), e.size()); ++i) {
                        if (a.at(i) != e.at(i))
                            QFAIL(qPrintable(
                                QStringLiteral("%1 line %2: got %3, expected %4")
                                    .arg(file)
                                    .arg(i + 1)
                                    .arg(QString::fromUtf8(a.at(i)), QString::fromUtf8(e.at(i)))));
                    }
                    QFAIL(qPrintable(file + u": differs in length"));
                }
            }
            source = out;
        }
    }

    // After import, every claim's offsets select its quote in the stored text, and UTF-16
    // positions differ from code points by the astral characters before them.
    void offsetsSurviveImport()
    {
        QTemporaryDir tmp;
        auto project = newProject(tmp.filePath(QStringLiteral("p.crible")));
        QVERIFY(project);
        QVERIFY(exporters::importCorpus(*project, robustnessCorpus()).ok());
        auto claims = project->claims();
        QVERIFY(claims.ok());
        QCOMPARE(claims->size(), 14);
        int astralShifted = 0;
        for (const core::Claim &claim : *claims) {
            auto article = project->article(claim.articleId);
            QVERIFY(article.ok());
            const core::CodePointIndex index(article->text);
            QCOMPARE(core::codePointSlice(article->text, index, claim.start, claim.end),
                     claim.quote);
            const QList<uint> ucs4 = article->text.toUcs4();
            const qint64 astral = std::count_if(ucs4.cbegin(), ucs4.cbegin() + claim.start,
                                                [](uint c) { return c > 0xFFFF; });
            QCOMPARE(index.toUtf16(claim.start), claim.start + astral);
            if (astral > 0)
                ++astralShifted;
        }
        QVERIFY(astralShifted >= 3); // emoji and the astral ideograph do shift some claims
    }

    // The W3C Web Annotation and JSON Lines exports carry the corpus offsets unchanged
    // (code points), and JSON Lines the UTF-16 ones computed here from article.txt.
    void exportsKeepOffsets()
    {
        struct Expected
        {
            qint64 start, end, utf16Start, utf16End;
            QString quote;
        };
        QHash<QString, Expected> expected;
        const QJsonArray folders =
            QJsonDocument::fromJson(readBytes(robustnessCorpus() + u"/corpus.json"))
                .object()
                .value(QStringLiteral("articles"))
                .toArray();
        for (const QJsonValue &folder : folders) {
            const QString dir = robustnessCorpus() + u'/' + folder.toString();
            const QString text = QString::fromUtf8(readBytes(dir + u"/article.txt"));
            const QList<uint> ucs4 = text.toUcs4();
            const auto utf16 = [&](qint64 cp) {
                return cp + std::count_if(ucs4.cbegin(), ucs4.cbegin() + cp,
                                          [](uint c) { return c > 0xFFFF; });
            };
            const QJsonArray claims = QJsonDocument::fromJson(readBytes(dir + u"/claims.json"))
                                          .object()
                                          .value(QStringLiteral("claims"))
                                          .toArray();
            for (const QJsonValue &value : claims) {
                const QJsonObject c = value.toObject();
                if (c.value(QStringLiteral("status")).toString() == u"draft")
                    continue;
                const qint64 start = c.value(QStringLiteral("start")).toInteger();
                const qint64 end = c.value(QStringLiteral("end")).toInteger();
                expected.insert(c.value(QStringLiteral("id")).toString(),
                                {start, end, utf16(start), utf16(end),
                                 c.value(QStringLiteral("quote")).toString()});
            }
        }
        QVERIFY(expected.size() >= 10);

        QTemporaryDir tmp;
        auto project = newProject(tmp.filePath(QStringLiteral("p.crible")));
        QVERIFY(project);
        QVERIFY(exporters::importCorpus(*project, robustnessCorpus()).ok());
        auto data = exporters::ExportData::load(*project, {});
        QVERIFY(data.ok());

        auto jsonl = exporters::createExporter(QStringLiteral("jsonl"));
        QVERIFY(jsonl);
        QVERIFY2(jsonl->write(*data, tmp.filePath(QStringLiteral("claims.jsonl"))),
                 qPrintable(jsonl->errorString()));
        int seen = 0;
        for (const QByteArray &line :
             readBytes(tmp.filePath(QStringLiteral("claims.jsonl"))).split('\n')) {
            if (line.isEmpty())
                continue;
            const QJsonObject c = QJsonDocument::fromJson(line).object();
            const QString id = c.value(QStringLiteral("id")).toString();
            QVERIFY2(expected.contains(id), qPrintable(id));
            const Expected &e = expected[id];
            QCOMPARE(c.value(QStringLiteral("start")).toInteger(), e.start);
            QCOMPARE(c.value(QStringLiteral("end")).toInteger(), e.end);
            QCOMPARE(c.value(QStringLiteral("utf16Start")).toInteger(), e.utf16Start);
            QCOMPARE(c.value(QStringLiteral("utf16End")).toInteger(), e.utf16End);
            QCOMPARE(c.value(QStringLiteral("quote")).toString(), e.quote);
            ++seen;
        }
        QCOMPARE(seen, expected.size());

        auto w3c = exporters::createExporter(QStringLiteral("w3c"));
        QVERIFY(w3c);
        QVERIFY2(w3c->write(*data, tmp.filePath(QStringLiteral("annotations.jsonld"))),
                 qPrintable(w3c->errorString()));
        const QJsonObject collection =
            QJsonDocument::fromJson(readBytes(tmp.filePath(QStringLiteral("annotations.jsonld"))))
                .object();
        const QJsonArray items = collection.value(QStringLiteral("first"))
                                     .toObject()
                                     .value(QStringLiteral("items"))
                                     .toArray();
        QCOMPARE(items.size(), expected.size());
        for (const QJsonValue &value : items) {
            const QJsonObject annotation = value.toObject();
            const QString id = annotation.value(QStringLiteral("id"))
                                   .toString()
                                   .remove(QStringLiteral("urn:uuid:"));
            QVERIFY2(expected.contains(id), qPrintable(id));
            const Expected &e = expected[id];
            int selectors = 0;
            for (const QJsonValue &selectorValue : annotation.value(QStringLiteral("target"))
                                                       .toObject()
                                                       .value(QStringLiteral("selector"))
                                                       .toArray()) {
                const QJsonObject selector = selectorValue.toObject();
                if (selector.value(QStringLiteral("type")).toString() == u"TextPositionSelector") {
                    QCOMPARE(selector.value(QStringLiteral("start")).toInteger(), e.start);
                    QCOMPARE(selector.value(QStringLiteral("end")).toInteger(), e.end);
                    ++selectors;
                } else if (selector.value(QStringLiteral("type")).toString() ==
                           u"TextQuoteSelector") {
                    QCOMPARE(selector.value(QStringLiteral("exact")).toString(), e.quote);
                    ++selectors;
                }
            }
            QCOMPARE(selectors, 2);
        }
    }

    // A changed claim changes only its own lines of claims.json.
    void claimSetChangesOnlyThatClaim()
    {
#ifndef CRIBLE_CLI_PATH
        QSKIP("crible-cli is not built");
#else
        QTemporaryDir tmp;
        const QString project = tmp.filePath(QStringLiteral("p.crible"));
        const auto cli = [](const QStringList &args) {
            QProcess process;
            process.start(QStringLiteral(CRIBLE_CLI_PATH), args);
            process.waitForFinished(60000);
            return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        };
        QCOMPARE(
            cli({QStringLiteral("corpus"), QStringLiteral("import"), project, robustnessCorpus()}),
            0);
        const QString claimId = QStringLiteral("c0000002-0000-4000-8000-000000000002");
        QCOMPARE(cli({QStringLiteral("claim"), QStringLiteral("set"), project, claimId,
                      QStringLiteral("--verdict"), QStringLiteral("inaccurate"),
                      QStringLiteral("--explanation"),
                      QStringLiteral("Le score commercial va de 350 à 950.")}),
                 0);
        const QString out = tmp.filePath(QStringLiteral("out"));
        QCOMPARE(cli({QStringLiteral("corpus"), QStringLiteral("export"), project, out}), 0);

        const QString changedFile = QStringLiteral("fr/crlf/claims.json");
        for (const QString &file : corpusFiles(robustnessCorpus())) {
            if (file != changedFile)
                QVERIFY2(readBytes(out + u'/' + file) ==
                             readBytes(robustnessCorpus() + u'/' + file),
                         qPrintable(file));
        }
        const QList<QByteArray> before =
            readBytes(robustnessCorpus() + u'/' + changedFile).split('\n');
        const QList<QByteArray> after = readBytes(out + u'/' + changedFile).split('\n');
        QCOMPARE(after.size(), before.size());
        // The claim's object runs from its "id" line to the next claim's "id" line.
        const QByteArray idLine = "      \"id\": \"" + claimId.toUtf8() + "\",";
        const qsizetype first = before.indexOf(idLine);
        QVERIFY(first > 0);
        qsizetype last = first + 1;
        while (last < before.size() && !before.at(last).startsWith("      \"id\": "))
            ++last;
        QStringList changed;
        for (qsizetype i = 0; i < before.size(); ++i) {
            if (before.at(i) == after.at(i))
                continue;
            QVERIFY2(i > first && i < last,
                     qPrintable(QStringLiteral("line %1 changed").arg(i + 1)));
            changed.append(QString::fromUtf8(after.at(i)).trimmed().section(u'"', 1, 1));
        }
        changed.sort();
        QCOMPARE(changed, (QStringList{QStringLiteral("explanation"), QStringLiteral("modified"),
                                       QStringLiteral("verdict")}));
#endif
    }

    void checkReportsProblems_data()
    {
        QTest::addColumn<QString>("file");    // file to change, relative to the corpus
        QTest::addColumn<QByteArray>("from"); // text replaced (first occurrence)
        QTest::addColumn<QByteArray>("to");
        QTest::addColumn<QString>("reportedFile");
        QTest::addColumn<QString>("reportedClaim");
        QTest::addColumn<QString>("message"); // part of the problem's message

        QTest::newRow("wrong-offset")
            << QStringLiteral("en/emoji/claims.json") << QByteArray("\"start\": 33,")
            << QByteArray("\"start\": 34,") << QStringLiteral("en/emoji/claims.json")
            << QStringLiteral("c0000001-0000-4000-8000-000000000001") << QStringLiteral("34:44");
        QTest::newRow("missing-source")
            << QStringLiteral("en/emoji/claims.json") << QByteArray("\"source\": \"source-b\"")
            << QByteArray("\"source\": \"source-zz\"") << QStringLiteral("en/emoji/claims.json")
            << QStringLiteral("c0000001-0000-4000-8000-000000000004")
            << QStringLiteral("source-zz");
        QTest::newRow("unknown-key")
            << QStringLiteral("zh/chinese/claims.json") << QByteArray("\"scope\": \"local-pilot\"")
            << QByteArray("\"scope\": \"provincial\"") << QStringLiteral("zh/chinese/claims.json")
            << QStringLiteral("c0000004-0000-4000-8000-000000000003")
            << QStringLiteral("provincial");
        QTest::newRow("bad-date") << QStringLiteral("fr/crlf/claims.json")
                                  << QByteArray("\"statusAsOf\": \"2026-11-29\"")
                                  << QByteArray("\"statusAsOf\": \"2026-02-30\"")
                                  << QStringLiteral("fr/crlf/claims.json")
                                  << QStringLiteral("c0000002-0000-4000-8000-000000000003")
                                  << QStringLiteral("2026-02-30");
        QTest::newRow("bad-time") << QStringLiteral("ar/arabic/claims.json")
                                  << QByteArray("\"created\": \"2026-11-29T12:00:00Z\"")
                                  << QByteArray("\"created\": \"yesterday\"")
                                  << QStringLiteral("ar/arabic/claims.json")
                                  << QStringLiteral("c0000005-0000-4000-8000-000000000001")
                                  << QStringLiteral("yesterday");
        QTest::newRow("relative-url")
            << QStringLiteral("fr/nfd-accents/article.json")
            << QByteArray("\"url\": \"https://example.org/robustness/nfd-accents\"")
            << QByteArray("\"url\": \"robustness/nfd-accents\"")
            << QStringLiteral("fr/nfd-accents/article.json") << QString()
            << QStringLiteral("robustness/nfd-accents");
        QTest::newRow("relative-source-url")
            << QStringLiteral("sources.json")
            << QByteArray("\"url\": \"https://example.org/robustness/source-a\"")
            << QByteArray("\"url\": \"example.org/source-a\"") << QStringLiteral("sources.json")
            << QString() << QStringLiteral("example.org/source-a");
        QTest::newRow("text-changed")
            << QStringLiteral("fr/crlf/article.txt") << QByteArray("2013") << QByteArray("2014")
            << QStringLiteral("fr/crlf/article.json") << QString() << QStringLiteral("sha256");
        QTest::newRow("crlf-text")
            << QStringLiteral("fr/crlf/article.txt") << QByteArray("2020.\n")
            << QByteArray("2020.\r\n") << QStringLiteral("fr/crlf/article.txt") << QString()
            << QStringLiteral("carriage return");
        QTest::newRow("nfd-text") << QStringLiteral("fr/nfd-accents/article.txt")
                                  << QByteArray("\xc3\x89l") << QByteArray("E\xcc\x81l")
                                  << QStringLiteral("fr/nfd-accents/article.txt") << QString()
                                  << QStringLiteral("normalisation");
        QTest::newRow("missing-key")
            << QStringLiteral("zh/chinese/article.json") << QByteArray("\"author\": \"\",")
            << QByteArray() << QStringLiteral("zh/chinese/article.json") << QString()
            << QStringLiteral("\"author\"");
        QTest::newRow("extra-key")
            << QStringLiteral("en/emoji/claims.json") << QByteArray("\"claimant\": \"\",")
            << QByteArray("\"claimant\": \"\", \"confidence\": 0.9,")
            << QStringLiteral("en/emoji/claims.json")
            << QStringLiteral("c0000001-0000-4000-8000-000000000003")
            << QStringLiteral("\"confidence\"");
        QTest::newRow("annotator-without-claims")
            << QStringLiteral("corpus.json") << QByteArray("\"annotators\": [\n")
            << QByteArray("\"annotators\": [\n    \"ghost\",\n") << QStringLiteral("corpus.json")
            << QString() << QStringLiteral("\"ghost\"");
        QTest::newRow("invalid-json")
            << QStringLiteral("taxonomy.json") << QByteArray("\"verdicts\": [")
            << QByteArray("\"verdicts\": [[") << QStringLiteral("taxonomy.json") << QString()
            << QStringLiteral("invalid JSON");
        QTest::newRow("newer-version")
            << QStringLiteral("corpus.json") << QByteArray("\"version\": 1")
            << QByteArray("\"version\": 2") << QStringLiteral("corpus.json") << QString()
            << QStringLiteral("newer");
        QTest::newRow("unknown-format")
            << QStringLiteral("corpus.json") << QByteArray("\"crible-corpus\"")
            << QByteArray("\"other-corpus\"") << QStringLiteral("corpus.json") << QString()
            << QStringLiteral("other-corpus");
        QTest::newRow("folder-not-as-exported")
            << QStringLiteral("en/emoji/article.json") << QByteArray("\"emoji.en.txt\"")
            << QByteArray("\"smileys.en.txt\"") << QStringLiteral("corpus.json") << QString()
            << QStringLiteral("en/smileys");
        QTest::newRow("claim-article-mismatch")
            << QStringLiteral("ar/arabic/claims.json")
            << QByteArray("\"article\": \"0e6f3c1a-6d1e-4b8a-9f59-000000000005\"")
            << QByteArray("\"article\": \"0e6f3c1a-6d1e-4b8a-9f59-000000000004\"")
            << QStringLiteral("ar/arabic/claims.json") << QString()
            << QStringLiteral("article.json");
    }
    void checkReportsProblems()
    {
        QFETCH(QString, file);
        QFETCH(QByteArray, from);
        QFETCH(QByteArray, to);
        QFETCH(QString, reportedFile);
        QFETCH(QString, reportedClaim);
        QFETCH(QString, message);
        QTemporaryDir tmp;
        const QString corpus = tmp.filePath(QStringLiteral("corpus"));
        QVERIFY(copyTree(robustnessCorpus(), corpus));
        QVERIFY(exporters::checkCorpus(corpus).isEmpty());
        QByteArray bytes = readBytes(corpus + u'/' + file);
        const qsizetype at = bytes.indexOf(from);
        QVERIFY2(at >= 0, from.constData());
        bytes.replace(at, from.size(), to);
        QVERIFY(QFile::remove(corpus + u'/' + file));
        QVERIFY(writeBytes(corpus + u'/' + file, bytes));

        const QList<exporters::CorpusProblem> problems = exporters::checkCorpus(corpus);
        QVERIFY(!problems.isEmpty());
        const bool reported = std::any_of(problems.cbegin(), problems.cend(), [&](const auto &p) {
            return p.file == reportedFile && p.claimId == reportedClaim &&
                   p.message.contains(message);
        });
        QVERIFY2(reported, qPrintable(describe(problems)));

        // Import accepts exactly what check accepts: refused, nothing written.
        auto project = newProject(tmp.filePath(QStringLiteral("p.crible")));
        QVERIFY(project);
        const auto imported = exporters::importCorpus(*project, corpus);
        QVERIFY(!imported.ok());
        QVERIFY2(imported.error().contains(problems.first().file), qPrintable(imported.error()));
        QVERIFY(project->articles()->isEmpty());
        QVERIFY(project->sources()->isEmpty());
    }

    void pathsLeavingTheCorpusAreRefused_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("dot-dot") << QStringLiteral("dot-dot");
        QTest::newRow("absolute") << QStringLiteral("absolute");
        QTest::newRow("symlinked-folder") << QStringLiteral("symlinked-folder");
        QTest::newRow("symlinked-text") << QStringLiteral("symlinked-text");
        QTest::newRow("text-dot-dot") << QStringLiteral("text-dot-dot");
        QTest::newRow("symlinked-sources") << QStringLiteral("symlinked-sources");
    }
    void pathsLeavingTheCorpusAreRefused()
    {
        QFETCH(QString, kind);
        QTemporaryDir tmp;
        const QString corpus = tmp.filePath(QStringLiteral("corpus"));
        QVERIFY(copyTree(robustnessCorpus(), corpus));
        // A well-formed article folder outside the corpus, for the paths to reach.
        const QString outside = tmp.filePath(QStringLiteral("outside/en/emoji"));
        QVERIFY(QDir().mkpath(outside));
        for (const char *name : {"article.json", "article.txt", "claims.json"})
            QVERIFY(QFile::copy(corpus + u"/en/emoji/" + QLatin1String(name),
                                outside + u'/' + QLatin1String(name)));

        const auto replaceIn = [&](const QString &file, const QByteArray &from,
                                   const QByteArray &to) {
            QByteArray bytes = readBytes(file);
            bytes.replace(from, to);
            return QFile::remove(file) && writeBytes(file, bytes);
        };
        QString expectedFile = QStringLiteral("corpus.json");
        if (kind == u"dot-dot") {
            QVERIFY(replaceIn(corpus + u"/corpus.json", "\"en/emoji\"", "\"../outside/en/emoji\""));
        } else if (kind == u"absolute") {
            QVERIFY(
                replaceIn(corpus + u"/corpus.json", "\"en/emoji\"", '"' + outside.toUtf8() + '"'));
        } else if (kind == u"symlinked-folder") {
            QVERIFY(QDir(corpus + u"/en/emoji").removeRecursively());
            QVERIFY(QFile::link(outside, corpus + u"/en/emoji"));
        } else if (kind == u"symlinked-text") {
            QVERIFY(QFile::remove(corpus + u"/en/emoji/article.txt"));
            QVERIFY(QFile::link(outside + u"/article.txt", corpus + u"/en/emoji/article.txt"));
            expectedFile = QStringLiteral("en/emoji/article.json");
        } else if (kind == u"symlinked-sources") {
            QVERIFY(QFile::copy(corpus + u"/sources.json",
                                tmp.filePath(QStringLiteral("sources.json"))));
            QVERIFY(QFile::remove(corpus + u"/sources.json"));
            QVERIFY(QFile::link(tmp.filePath(QStringLiteral("sources.json")),
                                corpus + u"/sources.json"));
            expectedFile = QStringLiteral("sources.json");
        } else if (kind == u"text-dot-dot") {
            QVERIFY(replaceIn(corpus + u"/en/emoji/article.json", "\"text\": \"article.txt\"",
                              "\"text\": \"../../../outside/en/emoji/article.txt\""));
            expectedFile = QStringLiteral("en/emoji/article.json");
        }
        const QList<exporters::CorpusProblem> problems = exporters::checkCorpus(corpus);
        const bool refused = std::any_of(problems.cbegin(), problems.cend(), [&](const auto &p) {
            return p.file == expectedFile && (p.message.contains(QStringLiteral("outside")) ||
                                              p.message.contains(QStringLiteral("leaves")) ||
                                              p.message.contains(QStringLiteral("absolute")));
        });
        QVERIFY2(refused, qPrintable(describe(problems)));

        auto project = newProject(tmp.filePath(QStringLiteral("p.crible")));
        QVERIFY(project);
        QVERIFY(!exporters::importCorpus(*project, corpus).ok());
        QVERIFY(project->articles()->isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCorpus)
#include "tst_corpus.moc"
