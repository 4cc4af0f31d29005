// End-to-end tests of crible-cli: the built binary run as a child process.

#include "cli_runner.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

using Run = crible::testing::CliRun;
using crible::testing::readBytes;

QString seedPath()
{
    return QStringLiteral(CRIBLE_TEST_DATA "/dictature-high-tech.fr.txt");
}

QString robustnessPath(const QString &relative)
{
    return QStringLiteral(CRIBLE_TEST_DATA "/robustness/") + relative;
}

// The stored form of a file's text, computed here independently of the code under test.
QString storedText(const QString &path)
{
    QString text = QString::fromUtf8(readBytes(path));
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    return text.normalized(QString::NormalizationForm_C);
}

qint64 codePointLength(const QString &text)
{
    return text.toUcs4().size();
}

qint64 codePointIndexOf(const QString &text, const QString &needle)
{
    const qsizetype utf16 = text.indexOf(needle);
    return utf16 < 0 ? -1 : codePointLength(text.left(utf16));
}

QString codePointSlice(const QString &text, qint64 start, qint64 end)
{
    const QList<uint> ucs4 = text.toUcs4();
    return QString::fromUcs4(reinterpret_cast<const char32_t *>(ucs4.constData()) + start,
                             end - start);
}

QString unescape(const QString &line)
{
    QString text;
    for (qsizetype i = 0; i < line.size(); ++i) {
        if (line.at(i) == u'\\' && i + 1 < line.size()) {
            const QChar next = line.at(++i);
            text += next == u'n' ? QChar(u'\n') : next == u't' ? QChar(u'\t') : next;
        } else {
            text += line.at(i);
        }
    }
    return text;
}

QByteArray fileHash(const QString &path)
{
    return QCryptographicHash::hash(readBytes(path), QCryptographicHash::Sha256);
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir *m_dir = nullptr;

    Run run(const QStringList &args) { return crible::testing::runCli(m_dir->path(), args); }

    QString path(const QString &name) const { return m_dir->filePath(name); }

    // A project holding the seed article (id 1) and the emoji article (id 2).
    QString makeProject()
    {
        const QString project = path(QStringLiteral("p.crible"));
        const Run init = run({QStringLiteral("init"), project});
        if (init.exitCode != 0)
            return {};
        const Run import = run({QStringLiteral("import"), project, seedPath(),
                                QStringLiteral("--lang"), QStringLiteral("fr")});
        const Run emoji = run({QStringLiteral("import"), project,
                               robustnessPath(QStringLiteral("inputs/emoji.en.txt")),
                               QStringLiteral("--lang"), QStringLiteral("en")});
        if (import.exitCode != 0 || emoji.exitCode != 0)
            return {};
        return project;
    }

    QJsonArray claimsJson(const QString &project)
    {
        const Run r = run({QStringLiteral("claims"), project, QStringLiteral("--json")});
        return QJsonDocument::fromJson(r.out.toUtf8()).array();
    }

private slots:
    void init()
    {
        m_dir = new QTemporaryDir;
        QVERIFY(m_dir->isValid());
    }
    void cleanup()
    {
        delete m_dir;
        m_dir = nullptr;
    }

    void initImportArticles()
    {
        const QString project = path(QStringLiteral("p.crible"));
        QCOMPARE(run({QStringLiteral("init"), project}).exitCode, 0);
        QVERIFY(QFile::exists(project));
        const Run again = run({QStringLiteral("init"), project});
        QCOMPARE(again.exitCode, 1);
        QVERIFY(again.err.contains(project));

        const Run import = run({QStringLiteral("import"), project, seedPath(),
                                QStringLiteral("--lang"), QStringLiteral("fr"),
                                QStringLiteral("--title"), QStringLiteral("Dictature high-tech"),
                                QStringLiteral("--date"), QStringLiteral("2018-03")});
        QCOMPARE(import.exitCode, 0);
        QCOMPARE(import.out.trimmed(), QStringLiteral("1"));

        const Run list = run({QStringLiteral("articles"), project, QStringLiteral("--json")});
        QCOMPARE(list.exitCode, 0);
        const QJsonArray articles = QJsonDocument::fromJson(list.out.toUtf8()).array();
        QCOMPARE(articles.size(), 1);
        const QJsonObject article = articles.at(0).toObject();
        QCOMPARE(article.value(QStringLiteral("title")).toString(),
                 QStringLiteral("Dictature high-tech"));
        QCOMPARE(article.value(QStringLiteral("language")).toString(), QStringLiteral("fr"));
        QCOMPARE(article.value(QStringLiteral("publishedDate")).toString(),
                 QStringLiteral("2018-03"));
        QCOMPARE(qint64(article.value(QStringLiteral("length")).toDouble()),
                 codePointLength(storedText(seedPath())));

        const Run text = run({QStringLiteral("articles"), project});
        QCOMPARE(text.exitCode, 0);
        QCOMPARE(text.out.count(u'\n'), 1);
        QVERIFY(text.out.startsWith(QStringLiteral("1\t") +
                                    article.value(QStringLiteral("uuid")).toString()));

        // Without --lang, "NAME.zh.txt" names the language.
        const Run chinese = run({QStringLiteral("import"), project,
                                 robustnessPath(QStringLiteral("inputs/chinese.zh.txt"))});
        QCOMPARE(chinese.exitCode, 0);
        QCOMPARE(chinese.out.trimmed(), QStringLiteral("2"));
        const QJsonArray two =
            QJsonDocument::fromJson(
                run({QStringLiteral("articles"), project, QStringLiteral("--json")}).out.toUtf8())
                .array();
        QCOMPARE(two.size(), 2);
        QCOMPARE(two.at(1).toObject().value(QStringLiteral("language")).toString(),
                 QStringLiteral("zh"));
    }

    // One bad file among several: nothing is imported.
    void importIsAllOrNothing_data()
    {
        QTest::addColumn<QString>("badFile");
        QTest::addColumn<QString>("expected");
        QTest::newRow("missing-file")
            << QStringLiteral("missing.txt") << QStringLiteral("missing.txt");
        QTest::newRow("empty-file") << QStringLiteral("empty.txt") << QStringLiteral("empty.txt");
        QTest::newRow("directory") << QStringLiteral("folder") << QStringLiteral("is a directory");
    }
    void importIsAllOrNothing()
    {
        QFETCH(QString, badFile);
        QFETCH(QString, expected);
        QFile empty(path(QStringLiteral("empty.txt")));
        QVERIFY(empty.open(QIODevice::WriteOnly));
        empty.close();
        QVERIFY(QDir(m_dir->path()).mkdir(QStringLiteral("folder")));
        const QString project = path(QStringLiteral("p.crible"));
        QCOMPARE(run({QStringLiteral("init"), project}).exitCode, 0);
        const QByteArray before = fileHash(project);

        const Run r = run({QStringLiteral("import"), project, seedPath(), path(badFile)});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.errLines().size(), 1);
        QVERIFY2(r.err.contains(expected), qPrintable(r.err));
        QCOMPARE(fileHash(project), before);
        const Run list = run({QStringLiteral("articles"), project});
        QCOMPARE(list.exitCode, 0);
        QVERIFY(list.out.isEmpty());
    }

    void badInputLeavesProjectUnchanged_data()
    {
        QTest::addColumn<QStringList>("args"); // "P" stands for the project path
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("expected"); // in stderr

        const QString quote = QStringLiteral("Le maximum de points est de 950");
        // The ZWJ family of the emoji article: a span ending after its first code point
        // splits the grapheme cluster.
        const QString emojiText = storedText(robustnessPath(QStringLiteral("inputs/emoji.en.txt")));
        const qint64 family = codePointIndexOf(emojiText, QStringLiteral("👨"));
        const qint64 flag = codePointIndexOf(emojiText, QStringLiteral("🇨🇳"));

        const auto add = [](QStringList rest) {
            return QStringList{QStringLiteral("claim"), QStringLiteral("add"), QStringLiteral("P"),
                               QStringLiteral("--article"), QStringLiteral("1")} +
                   rest;
        };
        QTest::newRow("unknown-verdict")
            << add({QStringLiteral("--quote"), quote, QStringLiteral("--verdict"),
                    QStringLiteral("nonsense")})
            << 1 << QStringLiteral("nonsense");
        QTest::newRow("unknown-scope") << add({QStringLiteral("--quote"), quote,
                                               QStringLiteral("--scope"), QStringLiteral("galaxy")})
                                       << 1 << QStringLiteral("galaxy");
        QTest::newRow("span-outside")
            << add({QStringLiteral("--span"), QStringLiteral("10:999999")}) << 1
            << QStringLiteral("999999");
        QTest::newRow("span-empty")
            << add({QStringLiteral("--span"), QStringLiteral("5:5")}) << 1 << QStringLiteral("5:5");
        QTest::newRow("span-malformed")
            << add({QStringLiteral("--span"), QStringLiteral("a-b")}) << 1 << QStringLiteral("a-b");
        QTest::newRow("span-splits-zwj-emoji")
            << QStringList{QStringLiteral("claim"),
                           QStringLiteral("add"),
                           QStringLiteral("P"),
                           QStringLiteral("--article"),
                           QStringLiteral("2"),
                           QStringLiteral("--span"),
                           QStringLiteral("%1:%2").arg(family - 2).arg(family + 1)}
            << 1 << QStringLiteral("%1").arg(family + 1);
        QTest::newRow("span-splits-flag")
            << QStringList{QStringLiteral("claim"),
                           QStringLiteral("add"),
                           QStringLiteral("P"),
                           QStringLiteral("--article"),
                           QStringLiteral("2"),
                           QStringLiteral("--span"),
                           QStringLiteral("%1:%2").arg(flag + 1).arg(flag + 2)}
            << 1 << QStringLiteral("%1").arg(flag + 1);
        QTest::newRow("quote-not-found")
            << add({QStringLiteral("--quote"), QStringLiteral("introuvable xyz")}) << 1
            << QStringLiteral("introuvable xyz");
        QTest::newRow("nth-too-large")
            << add({QStringLiteral("--quote"), quote, QStringLiteral("--nth"), QStringLiteral("7")})
            << 1 << QStringLiteral("7");
        QTest::newRow("malformed-date")
            << add({QStringLiteral("--quote"), quote, QStringLiteral("--as-of"),
                    QStringLiteral("2021-02-30")})
            << 1 << QStringLiteral("2021-02-30");
        QTest::newRow("relative-source-url")
            << add({QStringLiteral("--quote"), quote, QStringLiteral("--source"),
                    QStringLiteral("docs/page.html")})
            << 1 << QStringLiteral("docs/page.html");
        QTest::newRow("unknown-stance")
            << add({QStringLiteral("--quote"), quote, QStringLiteral("--source"),
                    QStringLiteral("https://example.org/a"), QStringLiteral("--stance"),
                    QStringLiteral("maybe")})
            << 1 << QStringLiteral("maybe");
        QTest::newRow("restatement-too-long")
            << add({QStringLiteral("--quote"), quote, QStringLiteral("--summary"),
                    QString(80, u'x')})
            << 1 << QStringLiteral("80");
        QTest::newRow("unknown-article") << QStringList{QStringLiteral("claim"),
                                                        QStringLiteral("add"),
                                                        QStringLiteral("P"),
                                                        QStringLiteral("--article"),
                                                        QStringLiteral("99"),
                                                        QStringLiteral("--quote"),
                                                        quote}
                                         << 1 << QStringLiteral("99");
        QTest::newRow("unknown-claim")
            << QStringList{QStringLiteral("claim"),     QStringLiteral("set"),
                           QStringLiteral("P"),         QStringLiteral("4242"),
                           QStringLiteral("--verdict"), QStringLiteral("accurate")}
            << 1 << QStringLiteral("4242");
        QTest::newRow("delete-unknown-claim")
            << QStringList{QStringLiteral("claim"), QStringLiteral("delete"), QStringLiteral("P"),
                           QStringLiteral("not-a-uuid")}
            << 1 << QStringLiteral("not-a-uuid");
        QTest::newRow("import-malformed-date")
            << QStringList{QStringLiteral("import"), QStringLiteral("P"), seedPath(),
                           QStringLiteral("--date"), QStringLiteral("2020-13")}
            << 1 << QStringLiteral("2020-13");
        QTest::newRow("import-relative-url")
            << QStringList{QStringLiteral("import"), QStringLiteral("P"), seedPath(),
                           QStringLiteral("--url"), QStringLiteral("www.example.org")}
            << 1 << QStringLiteral("www.example.org");
        QTest::newRow("unknown-option")
            << add({QStringLiteral("--bogus")}) << 2 << QStringLiteral("--bogus");
        QTest::newRow("span-and-quote") << add({QStringLiteral("--span"), QStringLiteral("0:3"),
                                                QStringLiteral("--quote"), quote})
                                        << 2 << QStringLiteral("--quote");
        QTest::newRow("missing-span") << add({}) << 2 << QStringLiteral("--span");
        QTest::newRow("missing-option-value")
            << add({QStringLiteral("--quote")}) << 2 << QStringLiteral("--quote");
        QTest::newRow("unknown-command")
            << QStringList{QStringLiteral("frobnicate"), QStringLiteral("P")} << 2
            << QStringLiteral("frobnicate");
        QTest::newRow("missing-argument")
            << QStringList{QStringLiteral("claims")} << 2 << QStringLiteral("PROJECT");
        QTest::newRow("unknown-format")
            << QStringList{QStringLiteral("export"),   QStringLiteral("P"),
                           QStringLiteral("--format"), QStringLiteral("docx"),
                           QStringLiteral("--out"),    QStringLiteral("x.docx")}
            << 2 << QStringLiteral("csv");
    }
    void badInputLeavesProjectUnchanged()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, expected);
        const QString project = makeProject();
        QVERIFY(!project.isEmpty());
        QCOMPARE(run({QStringLiteral("claim"), QStringLiteral("add"), project,
                      QStringLiteral("--article"), QStringLiteral("1"), QStringLiteral("--quote"),
                      QStringLiteral("crédit social")})
                     .exitCode,
                 0);
        const QJsonArray claimsBefore = claimsJson(project);
        QCOMPARE(claimsBefore.size(), 1);
        const QByteArray hashBefore = fileHash(project);

        args.replaceInStrings(QRegularExpression(QStringLiteral("^P$")), project);
        const Run r = run(args);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(r.err.contains(expected), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
        if (exitCode == 1)
            QCOMPARE(r.errLines().size(), 1);
        else
            QVERIFY(r.err.contains(QStringLiteral("--help")));
        QCOMPARE(fileHash(project), hashBefore);
        QCOMPARE(claimsJson(project), claimsBefore);
    }

    void missingProject()
    {
        const Run r = run({QStringLiteral("articles"), path(QStringLiteral("nowhere.crible"))});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.errLines().size(), 1);
        QVERIFY(r.err.contains(QStringLiteral("nowhere.crible: no such project")));
        QVERIFY(!QFile::exists(path(QStringLiteral("nowhere.crible"))));
    }

    void helpForEveryCommand_data()
    {
        QTest::addColumn<QStringList>("command");
        QTest::newRow("program") << QStringList{};
        QTest::newRow("import") << QStringList{QStringLiteral("import")};
        QTest::newRow("claim-add") << QStringList{QStringLiteral("claim"), QStringLiteral("add")};
        QTest::newRow("corpus-check")
            << QStringList{QStringLiteral("corpus"), QStringLiteral("check")};
        QTest::newRow("export") << QStringList{QStringLiteral("export")};
    }
    void helpForEveryCommand()
    {
        QFETCH(QStringList, command);
        const Run r = run(command + QStringList{QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith(QStringLiteral("Usage: crible-cli ") + command.join(u' ')));
        QVERIFY(r.err.isEmpty());
    }

    // Each printed sentence is the text at its code point offsets, and a few are known.
    void sentencesOfTheSeed()
    {
        const Run r = run({QStringLiteral("sentences"), seedPath(), QStringLiteral("--lang"),
                           QStringLiteral("fr")});
        QCOMPARE(r.exitCode, 0);
        const QString text = storedText(seedPath());
        const QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
        QVERIFY(lines.size() > 20);
        qint64 previousEnd = 0;
        QHash<QString, qint64> starts;
        for (const QString &line : lines) {
            const QStringList fields = line.split(u'\t');
            QCOMPARE(fields.size(), 3);
            const qint64 start = fields.at(0).toLongLong();
            const qint64 end = fields.at(1).toLongLong();
            QVERIFY2(start >= previousEnd && end > start, qPrintable(line));
            QCOMPARE(codePointSlice(text, start, end), unescape(fields.at(2)));
            starts.insert(unescape(fields.at(2)), start);
            previousEnd = end;
        }
        QVERIFY(previousEnd <= codePointLength(text));
        for (const QString &known : {QStringLiteral("Le maximum de points est de 950."),
                                     QStringLiteral("Aller au contenu")}) {
            QVERIFY2(starts.contains(known), qPrintable(known));
            QCOMPARE(starts.value(known), codePointIndexOf(text, known));
        }

        // The project form gives the same sentences.
        const QString project = makeProject();
        QVERIFY(!project.isEmpty());
        const Run stored = run({QStringLiteral("sentences"), project, QStringLiteral("1")});
        QCOMPARE(stored.exitCode, 0);
        QCOMPARE(stored.out, r.out);
        const Run json = run(
            {QStringLiteral("sentences"), project, QStringLiteral("1"), QStringLiteral("--json")});
        const QJsonArray array = QJsonDocument::fromJson(json.out.toUtf8()).array();
        QCOMPARE(array.size(), lines.size());
        const QJsonObject last = array.last().toObject();
        QCOMPARE(last.value(QStringLiteral("text")).toString(),
                 codePointSlice(text, qint64(last.value(QStringLiteral("start")).toDouble()),
                                qint64(last.value(QStringLiteral("end")).toDouble())));
    }

    // The same claim before and after an emoji is inserted ahead of it.
    void quoteOffsetsAcrossAnEmoji()
    {
        const QString quote = QStringLiteral("Le maximum de points est de 950");
        QString text = storedText(seedPath());
        QString shifted = text;
        shifted.insert(shifted.indexOf(quote), QStringLiteral("😀"));
        QFile copy(path(QStringLiteral("emoji-copy.fr.txt")));
        QVERIFY(copy.open(QIODevice::WriteOnly));
        copy.write(shifted.toUtf8());
        copy.close();

        QList<QJsonObject> claims;
        for (const QString &file : {seedPath(), copy.fileName()}) {
            const QString project = path(QFileInfo(file).baseName() + u".crible");
            QCOMPARE(run({QStringLiteral("init"), project}).exitCode, 0);
            QCOMPARE(run({QStringLiteral("import"), project, file, QStringLiteral("--lang"),
                          QStringLiteral("fr")})
                         .exitCode,
                     0);
            const Run add = run({QStringLiteral("claim"), QStringLiteral("add"), project,
                                 QStringLiteral("--article"), QStringLiteral("1"),
                                 QStringLiteral("--quote"), quote});
            QCOMPARE(add.exitCode, 0);
            const QJsonArray all = claimsJson(project);
            QCOMPARE(all.size(), 1);
            const QJsonObject claim = all.at(0).toObject();
            QCOMPARE(QString::number(claim.value(QStringLiteral("id")).toInteger()),
                     add.out.trimmed());
            QCOMPARE(claim.value(QStringLiteral("quote")).toString(), quote);
            claims.append(claim);
        }
        const auto number = [](const QJsonObject &o, const char *key) {
            return qint64(o.value(QLatin1String(key)).toDouble());
        };
        const qint64 expectedStart = codePointIndexOf(text, quote);
        QCOMPARE(number(claims[0], "start"), expectedStart);
        QCOMPARE(number(claims[0], "end"), expectedStart + quote.size());
        QCOMPARE(codePointSlice(text, number(claims[0], "start"), number(claims[0], "end")), quote);
        QCOMPARE(number(claims[1], "start"), number(claims[0], "start") + 1);
        QCOMPARE(number(claims[1], "end"), number(claims[0], "end") + 1);
        QCOMPARE(number(claims[1], "utf16Start"), number(claims[0], "utf16Start") + 2);
        QCOMPARE(number(claims[1], "utf16End"), number(claims[0], "utf16End") + 2);
        QCOMPARE(codePointSlice(shifted, number(claims[1], "start"), number(claims[1], "end")),
                 quote);
        QCOMPARE(shifted.mid(number(claims[1], "utf16Start"),
                             number(claims[1], "utf16End") - number(claims[1], "utf16Start")),
                 quote);
        QCOMPARE(claims[1].value(QStringLiteral("prefix")).toString().right(1),
                 QStringLiteral("😀").right(1));
    }

    void typedApostropheFindsTypographicOne()
    {
        const QString project = makeProject();
        QVERIFY(!project.isEmpty());
        const Run add = run({QStringLiteral("claim"), QStringLiteral("add"), project,
                             QStringLiteral("--article"), QStringLiteral("1"),
                             QStringLiteral("--quote"), QStringLiteral("l'argent liquide")});
        QCOMPARE(add.exitCode, 0);
        const QJsonObject claim = claimsJson(project).at(0).toObject();
        QCOMPARE(claim.value(QStringLiteral("quote")).toString(),
                 QStringLiteral("l’argent liquide"));
        const QString text = storedText(seedPath());
        QCOMPARE(qint64(claim.value(QStringLiteral("start")).toDouble()),
                 codePointIndexOf(text, QStringLiteral("l’argent liquide")));
    }

    void claimLifecycle()
    {
        const QString project = makeProject();
        QVERIFY(!project.isEmpty());
        const Run add =
            run({QStringLiteral("claim"), QStringLiteral("add"), project,
                 QStringLiteral("--article"), QStringLiteral("1"), QStringLiteral("--quote"),
                 QStringLiteral("Le maximum de points est de 950"), QStringLiteral("--annotator"),
                 QStringLiteral("alice")});
        QCOMPARE(add.exitCode, 0);
        QJsonObject claim = claimsJson(project).at(0).toObject();
        QCOMPARE(claim.value(QStringLiteral("status")).toString(), QStringLiteral("draft"));
        QCOMPARE(claim.value(QStringLiteral("annotator")).toString(), QStringLiteral("alice"));
        const QString uuid = claim.value(QStringLiteral("uuid")).toString();

        // By uuid; grades make it graded; a new URL becomes a source.
        const Run set = run({QStringLiteral("claim"),
                             QStringLiteral("set"),
                             project,
                             uuid,
                             QStringLiteral("--verdict"),
                             QStringLiteral("misleading"),
                             QStringLiteral("--level"),
                             QStringLiteral("E3"),
                             QStringLiteral("--scope"),
                             QStringLiteral("commercial"),
                             QStringLiteral("--presented-as"),
                             QStringLiteral("national-in-force"),
                             QStringLiteral("--summary"),
                             QStringLiteral("Scores reach 950 points"),
                             QStringLiteral("--source"),
                             QStringLiteral("https://example.org/sesame"),
                             QStringLiteral("--stance"),
                             QStringLiteral("refutes"),
                             QStringLiteral("--as-of"),
                             QStringLiteral("2026-11-29")});
        QCOMPARE(set.exitCode, 0);
        claim = claimsJson(project).at(0).toObject();
        QCOMPARE(claim.value(QStringLiteral("status")).toString(), QStringLiteral("graded"));
        QCOMPARE(claim.value(QStringLiteral("verdict")).toString(), QStringLiteral("misleading"));
        QCOMPARE(claim.value(QStringLiteral("scope")).toString(), QStringLiteral("commercial"));
        QCOMPARE(claim.value(QStringLiteral("presentedAs")).toString(),
                 QStringLiteral("national-in-force"));
        QCOMPARE(claim.value(QStringLiteral("statusAsOf")).toString(),
                 QStringLiteral("2026-11-29"));
        const QJsonArray sources = claim.value(QStringLiteral("sources")).toArray();
        QCOMPARE(sources.size(), 1);
        QCOMPARE(sources.at(0).toObject().value(QStringLiteral("url")).toString(),
                 QStringLiteral("https://example.org/sesame"));
        QCOMPARE(sources.at(0).toObject().value(QStringLiteral("stance")).toString(),
                 QStringLiteral("refutes"));

        // A second claim citing the same URL reuses the source.
        const Run second = run(
            {QStringLiteral("claim"), QStringLiteral("add"), project, QStringLiteral("--article"),
             QStringLiteral("1"), QStringLiteral("--quote"), QStringLiteral("sous les 300"),
             QStringLiteral("--source"), QStringLiteral("https://example.org/sesame")});
        QCOMPARE(second.exitCode, 0);
        const QJsonArray both = claimsJson(project);
        QCOMPARE(both.size(), 2);
        QCOMPARE(both.at(0)
                     .toObject()
                     .value(QStringLiteral("sources"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("source")),
                 both.at(1)
                     .toObject()
                     .value(QStringLiteral("sources"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("source")));

        // A new quote moves the span; the stored quote is the text at the new offsets.
        const QString secondId = second.out.trimmed();
        const qint64 secondStart = both.at(1).toObject().value(QStringLiteral("start")).toInteger();
        QCOMPARE(run({QStringLiteral("claim"), QStringLiteral("set"), project, secondId,
                      QStringLiteral("--quote"), QStringLiteral("les 300")})
                     .exitCode,
                 0);
        const QJsonObject moved = claimsJson(project).at(1).toObject();
        QCOMPARE(moved.value(QStringLiteral("quote")).toString(), QStringLiteral("les 300"));
        QCOMPARE(moved.value(QStringLiteral("start")).toInteger(), secondStart + 5);

        // Exported (drafts left out), then deleted.
        const Run csv = run({QStringLiteral("export"), project, QStringLiteral("--format"),
                             QStringLiteral("csv"), QStringLiteral("--out"),
                             path(QStringLiteral("table.csv"))});
        QCOMPARE(csv.exitCode, 0);
        const QString table = QString::fromUtf8(readBytes(path(QStringLiteral("table.csv"))));
        QVERIFY(table.contains(QStringLiteral("Le maximum de points est de 950")));
        QVERIFY(!table.contains(QStringLiteral("sous les 300")));

        QCOMPARE(
            run({QStringLiteral("claim"), QStringLiteral("delete"), project, add.out.trimmed()})
                .exitCode,
            0);
        const QJsonArray remaining = claimsJson(project);
        QCOMPARE(remaining.size(), 1);
        QCOMPARE(remaining.at(0).toObject().value(QStringLiteral("quote")).toString(),
                 QStringLiteral("les 300"));
    }

    // A folder: every article file below it, a bad one reported and skipped, exit 1.
    void directoryImport()
    {
        const QString folder = path(QStringLiteral("articles"));
        QVERIFY(QDir().mkpath(folder + QStringLiteral("/nested")));
        QVERIFY(QFile::copy(seedPath(), folder + QStringLiteral("/seed.fr.txt")));
        QVERIFY(QFile::copy(robustnessPath(QStringLiteral("inputs/chinese.zh.txt")),
                            folder + QStringLiteral("/nested/chinese.zh.txt")));
        QFile binary(folder + QStringLiteral("/nested/binary.txt"));
        QVERIFY(binary.open(QIODevice::WriteOnly));
        binary.write(QByteArray("\x00\x01\x02binary\x00", 10));
        binary.close();
        // Not an article format: left alone, not reported.
        QFile ignored(folder + QStringLiteral("/notes.pdf"));
        QVERIFY(ignored.open(QIODevice::WriteOnly));
        ignored.write("%PDF-1.4");
        ignored.close();

        const QString project = path(QStringLiteral("p.crible"));
        QCOMPARE(run({QStringLiteral("init"), project}).exitCode, 0);
        const Run r = run({QStringLiteral("import"), project, folder});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("binary.txt")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("2 articles imported")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("1 files skipped")), qPrintable(r.err));
        const QJsonArray articles =
            QJsonDocument::fromJson(
                run({QStringLiteral("articles"), project, QStringLiteral("--json")}).out.toUtf8())
                .array();
        QCOMPARE(articles.size(), 2);
        // Sorted by path ("nested/chinese.zh.txt" < "seed.fr.txt"); languages from the names.
        QCOMPARE(articles.at(0).toObject().value(QStringLiteral("language")).toString(),
                 QStringLiteral("zh"));
        QCOMPARE(articles.at(1).toObject().value(QStringLiteral("language")).toString(),
                 QStringLiteral("fr"));

        // Per-file metadata makes no sense for a folder: a usage error, nothing imported.
        const QByteArray before = fileHash(project);
        const Run titled = run({QStringLiteral("import"), project, folder,
                                QStringLiteral("--title"), QStringLiteral("x")});
        QCOMPARE(titled.exitCode, 2);
        QCOMPARE(fileHash(project), before);
    }

    // suggest: candidate clauses of the seed with code point spans that select their quote.
    void suggest()
    {
        const QString project = makeProject();
        QVERIFY(!project.isEmpty());
        const Run r = run(
            {QStringLiteral("suggest"), project, QStringLiteral("1"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray candidates = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QVERIFY2(candidates.size() >= 10, qPrintable(r.out + r.err));
        const QString text = storedText(seedPath());
        bool sawCameras = false;
        for (const QJsonValue &value : candidates) {
            const QJsonObject c = value.toObject();
            const QString quote = c.value(QStringLiteral("quote")).toString();
            QCOMPARE(codePointSlice(text, c.value(QStringLiteral("start")).toInteger(),
                                    c.value(QStringLiteral("end")).toInteger()),
                     quote);
            QVERIFY(!c.value(QStringLiteral("reasons")).toArray().isEmpty());
            if (quote.contains(QStringLiteral("170 millions"))) {
                sawCameras = true;
                QVERIFY(c.value(QStringLiteral("reasons"))
                            .toArray()
                            .contains(QStringLiteral("quantity")));
            }
        }
        QVERIFY(sawCameras);
        const Run unknown = run({QStringLiteral("suggest"), project, QStringLiteral("99")});
        QCOMPARE(unknown.exitCode, 1);
    }

    void search()
    {
        const QString project = makeProject();
        QVERIFY(!project.isEmpty());
        const Run r = run({QStringLiteral("search"), project, QStringLiteral("generalise"),
                           QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray hits = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QVERIFY2(!hits.isEmpty(), qPrintable(r.out + r.err));
        const QString text = storedText(seedPath());
        for (const QJsonValue &value : hits) {
            const QJsonObject hit = value.toObject();
            QCOMPARE(hit.value(QStringLiteral("article")).toInteger(), 1);
            const QString unit =
                codePointSlice(text, hit.value(QStringLiteral("start")).toInteger(),
                               hit.value(QStringLiteral("end")).toInteger());
            QVERIFY2(unit.contains(QStringLiteral("généralisé"), Qt::CaseInsensitive),
                     qPrintable(unit));
        }
    }

    // CRLF, NFD, emoji, Chinese and Arabic files: the claims found by quote land on the
    // offsets of the robustness corpus, which were computed outside Crible.
    void robustnessInputs_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("folder");
        QTest::addColumn<QString>("lang");
        QTest::newRow("emoji") << QStringLiteral("emoji.en.txt") << QStringLiteral("en/emoji")
                               << QStringLiteral("en");
        QTest::newRow("crlf") << QStringLiteral("crlf.fr.txt") << QStringLiteral("fr/crlf")
                              << QStringLiteral("fr");
        QTest::newRow("nfd-accent") << QStringLiteral("nfd-accents.fr.txt")
                                    << QStringLiteral("fr/nfd-accents") << QStringLiteral("fr");
        QTest::newRow("chinese") << QStringLiteral("chinese.zh.txt") << QStringLiteral("zh/chinese")
                                 << QStringLiteral("zh");
        QTest::newRow("arabic") << QStringLiteral("arabic.ar.txt") << QStringLiteral("ar/arabic")
                                << QStringLiteral("ar");
    }
    void robustnessInputs()
    {
        QFETCH(QString, input);
        QFETCH(QString, folder);
        QFETCH(QString, lang);
        const QString project = path(QStringLiteral("r.crible"));
        QCOMPARE(run({QStringLiteral("init"), project}).exitCode, 0);
        const Run import =
            run({QStringLiteral("import"), project, robustnessPath(u"inputs/" + input),
                 QStringLiteral("--lang"), lang});
        QCOMPARE(import.exitCode, 0);
        const QString stored =
            QString::fromUtf8(readBytes(robustnessPath(u"corpus/" + folder + u"/article.txt")));
        const QJsonArray articles =
            QJsonDocument::fromJson(
                run({QStringLiteral("articles"), project, QStringLiteral("--json")}).out.toUtf8())
                .array();
        QCOMPARE(articles.at(0).toObject().value(QStringLiteral("length")).toInteger(),
                 codePointLength(stored));

        const QJsonArray expected =
            QJsonDocument::fromJson(
                readBytes(robustnessPath(u"corpus/" + folder + u"/claims.json")))
                .object()
                .value(QStringLiteral("claims"))
                .toArray();
        QVERIFY(!expected.isEmpty());
        for (const QJsonValue &value : expected) {
            const QJsonObject want = value.toObject();
            const Run add =
                run({QStringLiteral("claim"), QStringLiteral("add"), project,
                     QStringLiteral("--article"), import.out.trimmed(), QStringLiteral("--quote"),
                     want.value(QStringLiteral("quote")).toString()});
            QVERIFY2(add.exitCode == 0, qPrintable(add.err));
            bool found = false;
            for (const QJsonValue &gotValue : claimsJson(project)) {
                const QJsonObject got = gotValue.toObject();
                if (QString::number(got.value(QStringLiteral("id")).toInteger()) !=
                    add.out.trimmed())
                    continue;
                found = true;
                QCOMPARE(got.value(QStringLiteral("start")).toInteger(),
                         want.value(QStringLiteral("start")).toInteger());
                QCOMPARE(got.value(QStringLiteral("end")).toInteger(),
                         want.value(QStringLiteral("end")).toInteger());
                QCOMPARE(got.value(QStringLiteral("quote")), want.value(QStringLiteral("quote")));
                QCOMPARE(got.value(QStringLiteral("prefix")), want.value(QStringLiteral("prefix")));
                QCOMPARE(got.value(QStringLiteral("suffix")), want.value(QStringLiteral("suffix")));
                // UTF-16 adds one unit per astral character before the offset.
                const QString before =
                    codePointSlice(stored, 0, got.value(QStringLiteral("start")).toInteger());
                QCOMPARE(got.value(QStringLiteral("utf16Start")).toInteger(),
                         qint64(before.size()));
            }
            QVERIFY(found);
        }
    }

    // The command line writes every format through the same exporters as the editor.
    void everyExportFormat_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QByteArray>("expected"); // start of the file, or a quote inside it
        QTest::newRow("csv") << QStringLiteral("csv") << QByteArray("depuis 2013");
        QTest::newRow("tsv") << QStringLiteral("tsv") << QByteArray("depuis 2013");
        QTest::newRow("markdown") << QStringLiteral("markdown") << QByteArray("depuis 2013");
        QTest::newRow("html") << QStringLiteral("html") << QByteArray("depuis 2013");
        QTest::newRow("annotated-html")
            << QStringLiteral("annotated-html") << QByteArray("depuis 2013");
        QTest::newRow("jsonl") << QStringLiteral("jsonl")
                               << QByteArray("\"quote\":\"depuis 2013\"");
        QTest::newRow("w3c") << QStringLiteral("w3c") << QByteArray("depuis 2013");
        QTest::newRow("fever") << QStringLiteral("fever") << QByteArray("SUPPORTS");
        QTest::newRow("claimreview") << QStringLiteral("claimreview") << QByteArray("ClaimReview");
        QTest::newRow("odt") << QStringLiteral("odt") << QByteArray("PK");
        QTest::newRow("pdf") << QStringLiteral("pdf") << QByteArray("%PDF");
    }
    void everyExportFormat()
    {
        QFETCH(QString, format);
        QFETCH(QByteArray, expected);
        const QString project = path(QStringLiteral("e.crible"));
        QCOMPARE(run({QStringLiteral("corpus"), QStringLiteral("import"), project,
                      robustnessPath(QStringLiteral("corpus"))})
                     .exitCode,
                 0);
        const QString out = path(QStringLiteral("export.") + format);
        const Run r = run({QStringLiteral("export"), project, QStringLiteral("--format"), format,
                           QStringLiteral("--out"), out});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QByteArray bytes = readBytes(out);
        QVERIFY(expected == "PK" || expected == "%PDF" ? bytes.startsWith(expected)
                                                       : bytes.contains(expected));
        // Drafts stay out of the published tables (the annotated article holds the whole text,
        // and ODT and PDF compress theirs).
        if (format != u"annotated-html" && format != u"odt" && format != u"pdf")
            QVERIFY(!bytes.contains("loses 5 points"));
    }

    void corpusCommands()
    {
        const QString project = path(QStringLiteral("c.crible"));
        const QString corpus = robustnessPath(QStringLiteral("corpus"));
        const Run check = run({QStringLiteral("corpus"), QStringLiteral("check"), corpus});
        QCOMPARE(check.exitCode, 0);
        QCOMPARE(
            run({QStringLiteral("corpus"), QStringLiteral("import"), project, corpus}).exitCode, 0);
        QCOMPARE(run({QStringLiteral("articles"), project}).out.count(u'\n'), 5);
        const QString out = path(QStringLiteral("out"));
        QCOMPARE(run({QStringLiteral("corpus"), QStringLiteral("export"), project, out}).exitCode,
                 0);
        QCOMPARE(readBytes(out + u"/corpus.json"), readBytes(corpus + u"/corpus.json"));

        // Importing the same corpus twice would duplicate ids: refused, project unchanged.
        const QByteArray before = fileHash(project);
        const Run again =
            run({QStringLiteral("corpus"), QStringLiteral("import"), project, corpus});
        QCOMPARE(again.exitCode, 1);
        QCOMPARE(again.errLines().size(), 1);
        QCOMPARE(fileHash(project), before);

        // A broken corpus: one line per problem on stdout naming file and claim, exit 1.
        const QString broken = path(QStringLiteral("broken"));
        QCOMPARE(
            run({QStringLiteral("corpus"), QStringLiteral("export"), project, broken}).exitCode, 0);
        QFile claims(broken + u"/zh/chinese/claims.json");
        QVERIFY(claims.open(QIODevice::ReadOnly));
        QByteArray bytes = claims.readAll();
        claims.close();
        bytes.replace("\"verdict\": \"accurate\"", "\"verdict\": \"true-ish\"");
        QVERIFY(claims.open(QIODevice::WriteOnly | QIODevice::Truncate));
        claims.write(bytes);
        claims.close();
        const Run bad = run({QStringLiteral("corpus"), QStringLiteral("check"), broken});
        QCOMPARE(bad.exitCode, 1);
        QCOMPARE(bad.errLines().size(), 1);
        const QStringList problems = bad.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(problems.size(), 3); // the three Chinese claims were graded "accurate"
        for (const QString &line : problems) {
            QVERIFY2(line.startsWith(QStringLiteral("zh/chinese/claims.json: claim c0000004-")),
                     qPrintable(line));
            QVERIFY(line.contains(QStringLiteral("true-ish")));
        }

        // A failed import into a new project leaves no file behind.
        const Run missing =
            run({QStringLiteral("corpus"), QStringLiteral("import"),
                 path(QStringLiteral("new.crible")), path(QStringLiteral("nowhere"))});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY(!QFile::exists(path(QStringLiteral("new.crible"))));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
