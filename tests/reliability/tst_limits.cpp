// Issue 9, limits: an article over the size limit, a span outside the text or splitting a
// character, a quote not found, an unknown taxonomy key, a malformed date. Each gets a clear
// error (crible-cli: exit 1 and one line on stderr) and leaves the project as it was, byte
// for byte. The same refusals are checked through the store, below the command line.

#include "reliability_support.h"
#include "text/article_import.h"
#include "text/decoding.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace crible;
using namespace crible::reliability;

namespace {

// A short article whose characters are more than one code point: a flag (two regional
// indicators), "g" with a combining tilde (no precomposed form, so NFC keeps two code
// points) and a thumb with a skin-tone modifier.
const char kGraphemeText[] =
    "Drapeau 🇫🇷, lettre g̃ et pouce 👍🏽 pour finir la phrase.\n";

qint64 codePointOffset(const QString &text, const QString &needle)
{
    const qsizetype utf16 = text.indexOf(needle);
    if (utf16 < 0)
        return -1;
    return text.left(utf16).toUcs4().size();
}

struct LimitsFixture
{
    QTemporaryDir dir;
    QString path;
    qint64 seedId = 0;
    qint64 graphemeId = 0;
    QString graphemeText;
};

} // namespace

class TestLimits : public QObject
{
    Q_OBJECT

private slots:
    void validClaimAccepted();
    void cliClaimRefused_data();
    void cliClaimRefused();
    void cliImportRefused_data();
    void cliImportRefused();
    void storeClaimRefused_data();
    void storeClaimRefused();
    void oversizedBytesRefused();

private:
    bool prepare(LimitsFixture &project, bool withCli);
    void expectUnchangedAfter(const LimitsFixture &project, const QStringList &arguments,
                              const QString &mustMention);
};

bool TestLimits::prepare(LimitsFixture &project, bool withCli)
{
    project.path = project.dir.filePath(QStringLiteral("limits.crible"));
    const QString graphemeFile = project.dir.filePath(QStringLiteral("graphemes.txt"));
    if (!writeFile(graphemeFile, QByteArray(kGraphemeText)))
        return false;
    const QString seedFile = QStringLiteral(CRIBLE_TEST_DATA "/dictature-high-tech.fr.txt");
    if (withCli) {
        for (const QStringList &command :
             {QStringList{QStringLiteral("init"), project.path},
              QStringList{QStringLiteral("import"), project.path, seedFile},
              QStringList{QStringLiteral("import"), project.path, graphemeFile}}) {
            const CliRun run = runCli(command);
            if (!run.succeeded()) {
                qWarning("%s: %s", qPrintable(command.join(u' ')), qPrintable(run.describe()));
                return false;
            }
        }
    } else {
        auto created = store::Project::create(project.path, tokenizer());
        if (!created.ok())
            return false;
        for (const QString &file : {seedFile, graphemeFile}) {
            auto article = text::importArticleFile(file);
            if (!article.ok() || !(*created)->addArticle(*article).ok())
                return false;
        }
    }
    auto opened = store::Project::open(project.path, tokenizer(), store::OpenMode::ReadOnly);
    if (!opened.ok())
        return false;
    const auto articles = (*opened)->articles();
    if (!articles.ok() || articles->size() != 2)
        return false;
    // Imported in that order, so the seed article has the smaller id.
    project.seedId = std::min(articles->at(0).id, articles->at(1).id);
    project.graphemeId = std::max(articles->at(0).id, articles->at(1).id);
    const auto grapheme = (*opened)->article(project.graphemeId);
    if (!grapheme.ok())
        return false;
    project.graphemeText = grapheme->text;
    return project.graphemeText.contains(QString::fromUtf8("🇫🇷"));
}

void TestLimits::expectUnchangedAfter(const LimitsFixture &project, const QStringList &arguments,
                                      const QString &mustMention)
{
    const QByteArray before = sha256OfFile(project.path);
    const CliRun claimsBefore =
        runCli({QStringLiteral("claims"), project.path, QStringLiteral("--json")});
    QVERIFY2(claimsBefore.succeeded(), qPrintable(claimsBefore.describe()));

    const CliRun run = runCli(arguments);
    const QString what = arguments.join(u' ') + u" -> " + run.describe();
    QVERIFY2(run.finished && run.exitStatus == QProcess::NormalExit, qPrintable(what));
    QVERIFY2(run.exitCode == 1, qPrintable(what));
    QVERIFY2(run.errorLines().size() == 1, qPrintable(u"not exactly one error line: " + what));
    QVERIFY2(run.out.trimmed().isEmpty(), qPrintable(what));
    if (!mustMention.isEmpty()) {
        QVERIFY2(QString::fromUtf8(run.err).contains(mustMention),
                 qPrintable(u"the message does not mention " + mustMention + u": " + what));
    }
    qInfo("%s", run.err.trimmed().constData());

    QCOMPARE(sha256OfFile(project.path), before);
    const CliRun claimsAfter =
        runCli({QStringLiteral("claims"), project.path, QStringLiteral("--json")});
    QVERIFY2(claimsAfter.succeeded(), qPrintable(claimsAfter.describe()));
    QCOMPARE(claimsAfter.out, claimsBefore.out);
}

void TestLimits::validClaimAccepted()
{
    // The control: a well-formed command on the same project works, so each refusal below
    // is about the one thing that is wrong with it.
    if (cliPath().isEmpty())
        QSKIP("crible-cli is not built");
    LimitsFixture project;
    QVERIFY(prepare(project, true));
    const qint64 flag = codePointOffset(project.graphemeText, QString::fromUtf8("🇫🇷"));
    for (const QStringList &extra :
         {QStringList{QStringLiteral("--span"), QStringLiteral("0:30")},
          QStringList{QStringLiteral("--span"), QStringLiteral("%1:%2").arg(flag).arg(flag + 2)},
          QStringList{QStringLiteral("--quote"), QStringLiteral("Drapeau")},
          QStringList{QStringLiteral("--span"), QStringLiteral("0:7"), QStringLiteral("--verdict"),
                      QStringLiteral("accurate"), QStringLiteral("--scope"),
                      QStringLiteral("commercial"), QStringLiteral("--as-of"),
                      QStringLiteral("2024-02-29")}}) {
        const CliRun run =
            runCli(QStringList{QStringLiteral("claim"), QStringLiteral("add"), project.path,
                               QStringLiteral("--article"), QString::number(project.graphemeId)} +
                   extra);
        QVERIFY2(run.succeeded(), qPrintable(extra.join(u' ') + u": " + run.describe()));
        QVERIFY(!printedId(run.out).isEmpty());
    }
}

void TestLimits::cliClaimRefused_data()
{
    QTest::addColumn<bool>("onSeed");
    QTest::addColumn<QStringList>("extra"); // "@flag", "@tilde", "@thumb": a split span
    QTest::addColumn<QString>("mention");
    const auto span = [](const char *value) {
        return QStringList{QStringLiteral("--span"), QString::fromLatin1(value)};
    };
    QTest::newRow("span-past-end") << true << span("10:999999") << QString();
    QTest::newRow("span-start-past-end") << true << span("999998:999999") << QString();
    QTest::newRow("span-reversed") << true << span("40:10") << QString();
    QTest::newRow("span-empty") << true << span("10:10") << QString();
    QTest::newRow("span-negative") << true << span("-5:10") << QString();
    QTest::newRow("span-not-numbers") << true << span("ten:twenty") << QString();
    QTest::newRow("span-splits-flag") << false << QStringList{QStringLiteral("@flag")} << QString();
    QTest::newRow("span-splits-combining-tilde")
        << false << QStringList{QStringLiteral("@tilde")} << QString();
    QTest::newRow("span-splits-skin-tone")
        << false << QStringList{QStringLiteral("@thumb")} << QString();
    QTest::newRow("quote-not-found")
        << true << QStringList{QStringLiteral("--quote"), QStringLiteral("phrase absente du texte")}
        << QString();
    QTest::newRow("unknown-verdict")
        << true << (span("0:20") << QStringLiteral("--verdict") << QStringLiteral("trueish"))
        << QStringLiteral("trueish");
    QTest::newRow("unknown-scope")
        << true << (span("0:20") << QStringLiteral("--scope") << QStringLiteral("galactic"))
        << QStringLiteral("galactic");
    QTest::newRow("unknown-presented-as")
        << true << (span("0:20") << QStringLiteral("--presented-as") << QStringLiteral("galactic"))
        << QStringLiteral("galactic");
    QTest::newRow("unknown-evidence-level")
        << true << (span("0:20") << QStringLiteral("--level") << QStringLiteral("E9"))
        << QStringLiteral("E9");
    QTest::newRow("date-february-30")
        << true << (span("0:20") << QStringLiteral("--as-of") << QStringLiteral("2021-02-30"))
        << QStringLiteral("2021-02-30");
    QTest::newRow("date-words") << true
                                << (span("0:20")
                                    << QStringLiteral("--as-of") << QStringLiteral("yesterday"))
                                << QStringLiteral("yesterday");
    QTest::newRow("date-day-first")
        << true << (span("0:20") << QStringLiteral("--as-of") << QStringLiteral("29/02/2024"))
        << QStringLiteral("29/02/2024");
}

void TestLimits::cliClaimRefused()
{
    QFETCH(bool, onSeed);
    QFETCH(QStringList, extra);
    QFETCH(QString, mention);
    if (cliPath().isEmpty())
        QSKIP("crible-cli is not built");
    LimitsFixture project;
    QVERIFY(prepare(project, true));

    if (extra.size() == 1 && extra.first().startsWith(u'@')) {
        // Ends in the middle of a character of several code points.
        const char *needle = extra.first() == u"@flag"    ? "🇫🇷"
                             : extra.first() == u"@tilde" ? "g̃"
                                                          : "👍🏽";
        const qint64 at = codePointOffset(project.graphemeText, QString::fromUtf8(needle));
        QVERIFY(at > 0);
        extra = {QStringLiteral("--span"), QStringLiteral("0:%1").arg(at + 1)};
    }
    const QStringList arguments =
        QStringList{QStringLiteral("claim"), QStringLiteral("add"), project.path,
                    QStringLiteral("--article"),
                    QString::number(onSeed ? project.seedId : project.graphemeId)} +
        extra;
    expectUnchangedAfter(project, arguments, mention);
}

void TestLimits::cliImportRefused_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("over-size-limit") << QStringLiteral("over-size-limit");
    QTest::newRow("empty-file") << QStringLiteral("empty-file");
    QTest::newRow("binary-file") << QStringLiteral("binary-file");
    QTest::newRow("missing-file") << QStringLiteral("missing-file");
}

void TestLimits::cliImportRefused()
{
    QFETCH(QString, kind);
    if (cliPath().isEmpty())
        QSKIP("crible-cli is not built");
    LimitsFixture project;
    QVERIFY(prepare(project, true));

    const QString file = project.dir.filePath(kind + u".txt");
    if (kind == u"over-size-limit") {
        // Sparse: one byte over the limit costs no disk and must be refused before reading.
        QFile big(file);
        QVERIFY(big.open(QIODevice::WriteOnly));
        QVERIFY(big.write("Le maximum de points est de 950.\n") > 0);
        QVERIFY(big.resize(text::kMaxArticleBytes + 1));
    } else if (kind == u"empty-file") {
        QVERIFY(writeFile(file, QByteArray()));
    } else if (kind == u"binary-file") {
        QByteArray bytes;
        for (int i = 0; i < 4096; ++i)
            bytes.append(char((i * 7919) % 256));
        QVERIFY(writeFile(file, bytes));
    }
    expectUnchangedAfter(project, {QStringLiteral("import"), project.path, file},
                         QFileInfo(file).fileName());
}

void TestLimits::storeClaimRefused_data()
{
    QTest::addColumn<qint64>("start");
    QTest::addColumn<qint64>("end");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::newRow("span-past-end") << qint64(10) << qint64(999999) << QString() << QString();
    QTest::newRow("span-reversed") << qint64(40) << qint64(10) << QString() << QString();
    QTest::newRow("span-negative") << qint64(-5) << qint64(10) << QString() << QString();
    QTest::newRow("quote-mismatch") << qint64(0) << qint64(20) << QStringLiteral("quote")
                                    << QStringLiteral("phrase absente du texte");
    QTest::newRow("unknown-verdict")
        << qint64(0) << qint64(20) << QStringLiteral("verdict") << QStringLiteral("trueish");
    QTest::newRow("unknown-scope")
        << qint64(0) << qint64(20) << QStringLiteral("scope") << QStringLiteral("galactic");
    QTest::newRow("unknown-evidence-level")
        << qint64(0) << qint64(20) << QStringLiteral("evidenceLevel") << QStringLiteral("E9");
    QTest::newRow("unknown-kind") << qint64(0) << qint64(20) << QStringLiteral("kind")
                                  << QStringLiteral("rumour");
    QTest::newRow("date-february-30")
        << qint64(0) << qint64(20) << QStringLiteral("statusAsOf") << QStringLiteral("2021-02-30");
    QTest::newRow("date-words") << qint64(0) << qint64(20) << QStringLiteral("statusAsOf")
                                << QStringLiteral("yesterday");
}

void TestLimits::storeClaimRefused()
{
    QFETCH(qint64, start);
    QFETCH(qint64, end);
    QFETCH(QString, field);
    QFETCH(QString, value);
    LimitsFixture fixture;
    QVERIFY(prepare(fixture, false));
    auto project = store::Project::open(fixture.path, tokenizer());
    QVERIFY2(project.ok(), qPrintable(project.error()));
    const auto logBefore = (*project)->changeLog();
    QVERIFY(logBefore.ok());

    core::Claim claim;
    claim.articleId = fixture.seedId;
    claim.start = start;
    claim.end = end;
    if (field == u"quote")
        claim.quote = value;
    else if (field == u"verdict")
        claim.verdict = value;
    else if (field == u"scope")
        claim.scope = value;
    else if (field == u"evidenceLevel")
        claim.evidenceLevel = value;
    else if (field == u"kind")
        claim.kind = value;
    else if (field == u"statusAsOf")
        claim.statusAsOf = value;
    const auto added = (*project)->addClaim(claim);
    QVERIFY2(!added.ok(), "the store accepted the claim");
    QVERIFY(!added.error().trimmed().isEmpty());
    if (!value.isEmpty() && field != u"quote")
        QVERIFY2(added.error().contains(value), qPrintable(added.error()));
    qInfo("%s", qPrintable(added.error()));

    const auto claims = (*project)->claims();
    QVERIFY(claims.ok());
    QCOMPARE(claims->size(), 0);
    const auto logAfter = (*project)->changeLog();
    QVERIFY(logAfter.ok());
    QCOMPARE(logAfter->size(), logBefore->size());
}

void TestLimits::oversizedBytesRefused()
{
    // Below the file reader: bytes over the limit are refused too, naming the file.
    const QByteArray bytes(int(text::kMaxArticleBytes + 1), 'a');
    const auto article = text::importArticle(bytes, QStringLiteral("huge.txt"));
    QVERIFY(!article.ok());
    QVERIFY2(article.error().contains(u"huge.txt"), qPrintable(article.error()));
    const auto decoded = text::decodeText(bytes, QStringLiteral("huge.txt"));
    QVERIFY(!decoded.ok());
}

QTEST_GUILESS_MAIN(TestLimits)
#include "tst_limits.moc"
