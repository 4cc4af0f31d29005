// Issue 9, two writers at once: two processes add claims to one project at the same time and
// each waits its turn (the store's busy timeout). Every claim of both must be there, none
// lost, the file intact. Run twice: with two crible-cli loops, and with two copies of this
// executable hammering the store in tight loops (real contention: the commands spend most of
// their time starting up).

#include "reliability_support.h"
#include "sqlite_support.h"
#include "text/article_import.h"

#include <QCoreApplication>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <algorithm>
#include <cstdio>
#include <thread>

using namespace crible;
using namespace crible::reliability;

namespace {

constexpr int kClaimsPerStoreWriter = 150;
constexpr int kClaimsPerCliWriter = 12;

// Child mode: --writer PROJECT ARTICLE_ID COUNT TAG. Adds COUNT claims, each its own
// transaction, printing each claim's uuid once it is committed.
int runWriter(const QStringList &args)
{
    if (args.size() != 4)
        return 2;
    const QString path = args.at(0);
    const qint64 articleId = args.at(1).toLongLong();
    const int count = args.at(2).toInt();
    const QString tag = args.at(3);
    auto project = store::Project::open(path, tokenizer(), store::OpenMode::ReadWrite);
    if (!project.ok()) {
        std::fprintf(stderr, "%s\n", qUtf8Printable(project.error()));
        return 1;
    }
    (*project)->setActor(tag);
    const qint64 offset = tag == u"a" ? 0 : 3;
    for (int i = 0; i < count; ++i) {
        core::Claim claim;
        claim.articleId = articleId;
        claim.start = offset + (i * 7) % 150;
        claim.end = claim.start + 5 + i % 20;
        claim.annotator = tag;
        const auto added = (*project)->addClaim(claim);
        if (!added.ok()) {
            std::fprintf(stderr, "claim %d: %s\n", i, qUtf8Printable(added.error()));
            return 1;
        }
        std::fprintf(stdout, "%s\n", qUtf8Printable(claim.uuid));
        std::fflush(stdout);
        // A breath between actions, as a person or a script would take: without it SQLite's
        // busy handler lets one tight loop starve the other, and the two never interleave.
        QThread::msleep(2);
    }
    return 0;
}

struct Fixture
{
    QTemporaryDir dir;
    QString path;
    qint64 articleId = 0;
};

} // namespace

class TestTwoWriters : public QObject
{
    Q_OBJECT

private slots:
    void twoStoreProcesses();
    void twoCliLoops();

private:
    bool prepare(Fixture &fixture);
    void verifyAll(const QString &path, const QSet<QString> &expected);
};

bool TestTwoWriters::prepare(Fixture &fixture)
{
    if (!fixture.dir.isValid())
        return false;
    fixture.path = fixture.dir.filePath(QStringLiteral("shared.crible"));
    auto project = store::Project::create(fixture.path, tokenizer());
    if (!project.ok()) {
        qWarning("%s", qUtf8Printable(project.error()));
        return false;
    }
    auto article =
        text::importArticleFile(QStringLiteral(CRIBLE_TEST_DATA "/dictature-high-tech.fr.txt"));
    if (!article.ok()) {
        qWarning("%s", qUtf8Printable(article.error()));
        return false;
    }
    const auto id = (*project)->addArticle(*article);
    if (!id.ok()) {
        qWarning("%s", qUtf8Printable(id.error()));
        return false;
    }
    fixture.articleId = *id;
    return true;
}

void TestTwoWriters::verifyAll(const QString &path, const QSet<QString> &expected)
{
    {
        RawDatabase raw(path);
        QVERIFY2(raw.isOpen(), qPrintable(raw.error()));
        QCOMPARE(raw.integrityCheck(), QStringLiteral("ok"));
    }
    auto project = store::Project::open(path, tokenizer(), store::OpenMode::ReadOnly);
    QVERIFY2(project.ok(), qPrintable(project.error()));
    QVERIFY((*project)->checkIntegrity().ok());
    const auto claims = (*project)->claims();
    QVERIFY2(claims.ok(), qPrintable(claims.error()));
    QSet<QString> present;
    for (const core::Claim &claim : *claims) {
        present.insert(claim.uuid);
        present.insert(QString::number(claim.id));
    }
    for (const QString &id : expected)
        QVERIFY2(present.contains(id), qPrintable(u"claim " + id + u" was lost"));
    QCOMPARE(claims->size(), qsizetype(expected.size()));
}

void TestTwoWriters::twoStoreProcesses()
{
    Fixture fixture;
    QVERIFY(prepare(fixture));
    QProcess a;
    QProcess b;
    const QString self = QCoreApplication::applicationFilePath();
    auto args = [&](const QString &tag) {
        return QStringList{QStringLiteral("--writer"), fixture.path,
                           QString::number(fixture.articleId),
                           QString::number(kClaimsPerStoreWriter), tag};
    };
    a.start(self, args(QStringLiteral("a")));
    b.start(self, args(QStringLiteral("b")));
    QVERIFY(a.waitForFinished(240000));
    QVERIFY(b.waitForFinished(240000));
    const QByteArray errA = a.readAllStandardError();
    const QByteArray errB = b.readAllStandardError();
    QVERIFY2(a.exitStatus() == QProcess::NormalExit && a.exitCode() == 0, errA.constData());
    QVERIFY2(b.exitStatus() == QProcess::NormalExit && b.exitCode() == 0, errB.constData());

    QSet<QString> expected;
    for (const QByteArray &out : {a.readAllStandardOutput(), b.readAllStandardOutput()}) {
        int lines = 0;
        for (const QByteArray &line : out.split('\n')) {
            if (line.trimmed().isEmpty())
                continue;
            expected.insert(QString::fromUtf8(line.trimmed()));
            ++lines;
        }
        QCOMPARE(lines, kClaimsPerStoreWriter);
    }
    QCOMPARE(expected.size(), 2 * kClaimsPerStoreWriter);
    verifyAll(fixture.path, expected);

    // How interleaved the commits were (claim ids follow commit order): a figure for the
    // log, not an assertion, since the scheduler may well run one writer after the other.
    auto project = store::Project::open(fixture.path, tokenizer(), store::OpenMode::ReadOnly);
    QVERIFY(project.ok());
    auto claims = (*project)->claims();
    QVERIFY(claims.ok());
    std::sort(claims->begin(), claims->end(),
              [](const core::Claim &x, const core::Claim &y) { return x.id < y.id; });
    int switches = 0;
    for (qsizetype i = 1; i < claims->size(); ++i)
        switches += claims->at(i).annotator != claims->at(i - 1).annotator ? 1 : 0;
    qInfo("two writers: %d claims, the writer changed %d times in commit order",
          int(claims->size()), switches);
}

void TestTwoWriters::twoCliLoops()
{
    if (cliPath().isEmpty())
        QSKIP("crible-cli is not built");
    Fixture fixture;
    QVERIFY(prepare(fixture));

    // Each loop runs in its own thread so the two chains of commands overlap.
    QList<CliRun> runs[2];
    auto loop = [&](int which) {
        for (int i = 0; i < kClaimsPerCliWriter; ++i) {
            const qint64 start = which * 200 + i * 5;
            runs[which].append(runCli({QStringLiteral("claim"), QStringLiteral("add"), fixture.path,
                                       QStringLiteral("--article"),
                                       QString::number(fixture.articleId), QStringLiteral("--span"),
                                       QStringLiteral("%1:%2").arg(start).arg(start + 12)}));
        }
    };
    std::thread first(loop, 0);
    std::thread second(loop, 1);
    first.join();
    second.join();

    QSet<QString> expected;
    for (const auto &chain : runs) {
        for (const CliRun &run : chain) {
            QVERIFY2(run.succeeded(), qPrintable(run.describe()));
            const QString id = printedId(run.out);
            QVERIFY2(!id.isEmpty(), "claim add printed no id");
            expected.insert(id);
        }
    }
    QCOMPARE(expected.size(), 2 * kClaimsPerCliWriter);
    verifyAll(fixture.path, expected);
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc >= 2 && qstrcmp(argv[1], "--writer") == 0)
        return runWriter(app.arguments().mid(2));
    TestTwoWriters test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_two_writers.moc"
