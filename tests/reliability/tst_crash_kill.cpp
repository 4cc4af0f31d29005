// Issue 9, crash test: crible-cli adds claims in a loop, one process per claim, and the test
// kills the running process with SIGKILL at random moments. After every kill the project
// must pass SQLite's integrity check and hold every claim whose command reported success.

#include "reliability_support.h"
#include "sqlite_support.h"

#include <QDir>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>

using namespace crible;
using namespace crible::reliability;

class TestCrashKill : public QObject
{
    Q_OBJECT

private slots:
    void killedWritersLoseNothingReported();

private:
    void verifyProject(const QString &path, const QSet<QString> &reported, int attempts,
                       int iteration);

    qsizetype m_claimsFound = 0; // at the last verification
};

namespace {

quint32 envNumber(const char *name, quint32 fallback)
{
    bool ok = false;
    const quint32 value = qEnvironmentVariable(name).toUInt(&ok);
    return ok ? value : fallback;
}

} // namespace

void TestCrashKill::verifyProject(const QString &path, const QSet<QString> &reported, int attempts,
                                  int iteration)
{
    const QString where = QStringLiteral("after kill #%1").arg(iteration);
    {
        // SQLite's own check first, on a connection the store does not configure; it also
        // replays a WAL left behind by the killed process.
        RawDatabase raw(path);
        QVERIFY2(raw.isOpen(), qPrintable(where + u": " + raw.error()));
        const QString verdict = raw.integrityCheck();
        QVERIFY2(verdict == u"ok", qPrintable(where + u": integrity_check said " + verdict));
    }
    auto project = store::Project::open(path, tokenizer(), store::OpenMode::ReadWrite);
    QVERIFY2(project.ok(), qPrintable(where + u": " + project.error()));
    const auto integrity = (*project)->checkIntegrity();
    QVERIFY2(integrity.ok(), qPrintable(where + u": " + integrity.error()));
    const auto claims = (*project)->claims();
    QVERIFY2(claims.ok(), qPrintable(where + u": " + claims.error()));

    m_claimsFound = claims->size();
    QSet<QString> present;
    for (const core::Claim &claim : *claims) {
        present.insert(claim.uuid);
        present.insert(QString::number(claim.id));
    }
    for (const QString &id : reported) {
        QVERIFY2(present.contains(id),
                 qPrintable(where + u": claim " + id + u" was reported added but is missing"));
    }
    // Nothing appears that no command tried to add.
    QVERIFY2(
        claims->size() <= attempts,
        qPrintable(
            where +
            QStringLiteral(": %1 claims after %2 attempts").arg(claims->size()).arg(attempts)));
}

void TestCrashKill::killedWritersLoseNothingReported()
{
    if (cliPath().isEmpty())
        QSKIP("crible-cli is not built");

    const quint32 seed = envNumber("CRIBLE_CRASH_SEED", 20261129u);
    const int wantedKills = int(envNumber("CRIBLE_CRASH_KILLS", 55u));
    qInfo("crash test: random seed %u (set CRIBLE_CRASH_SEED to replay), %d kills", seed,
          wantedKills);
    QRandomGenerator random(seed);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString projectPath = dir.filePath(QStringLiteral("crash.crible"));
    const CliRun init = runCli({QStringLiteral("init"), projectPath});
    QVERIFY2(init.succeeded(), qPrintable(init.describe()));
    const CliRun import = runCli({QStringLiteral("import"), projectPath,
                                  QStringLiteral(CRIBLE_TEST_DATA "/dictature-high-tech.fr.txt")});
    QVERIFY2(import.succeeded(), qPrintable(import.describe()));

    qint64 articleId = 0;
    qint64 textLength = 0;
    {
        auto project = store::Project::open(projectPath, tokenizer(), store::OpenMode::ReadOnly);
        QVERIFY2(project.ok(), qPrintable(project.error()));
        const auto articles = (*project)->articles();
        QVERIFY2(articles.ok() && articles->size() == 1, "the import left no single article");
        articleId = articles->first().id;
        textLength = articles->first().length;
    }
    QVERIFY(textLength > 200);

    // Claim i gets its own span so a lost or duplicated claim would show.
    int attempts = 0;
    auto nextArguments = [&] {
        const qint64 start = (qint64(attempts) * 37) % (textLength - 60);
        const qint64 end = start + 8 + attempts % 40;
        ++attempts;
        return QStringList{QStringLiteral("claim"),
                           QStringLiteral("add"),
                           projectPath,
                           QStringLiteral("--article"),
                           QString::number(articleId),
                           QStringLiteral("--span"),
                           QStringLiteral("%1:%2").arg(start).arg(end)};
    };

    QSet<QString> reported;
    QList<qint64> durations; // of completed runs, to aim kills at the commit
    int kills = 0;
    int completedVictims = 0;
    int iteration = 0;
    QElapsedTimer total;
    total.start();

    while (kills < wantedKills) {
        ++iteration;
        QVERIFY2(iteration < wantedKills * 20, "too few processes could be killed in time");
        // The first runs complete untouched: they calibrate how long one command takes.
        const bool victim = durations.size() >= 3 && random.bounded(100) < 70;
        qint64 delayMs = 0;
        if (victim) {
            std::sort(durations.begin(), durations.end());
            const qint64 typical = durations.at(durations.size() / 2);
            // Half the kills land anywhere in the first 30 ms (start-up, open, migration
            // check), half in the last 30 ms of a typical run, where the claim is written.
            delayMs = random.bounded(2) == 0
                          ? random.bounded(31)
                          : std::max<qint64>(0, typical - 30) + random.bounded(31);
        }

        QProcess process;
        QElapsedTimer timer;
        process.start(cliPath(), nextArguments());
        QVERIFY2(process.waitForStarted(30000), qPrintable(process.errorString()));
        timer.start();
        bool finished = false;
        if (victim) {
            finished = process.waitForFinished(int(delayMs));
            if (!finished) {
                process.kill(); // SIGKILL
                QVERIFY(process.waitForFinished(30000));
                ++kills;
                verifyProject(projectPath, reported, attempts, kills);
                if (QTest::currentTestFailed())
                    return;
                continue;
            }
            ++completedVictims;
        }
        // waitForFinished() is false for a process that already ended.
        if (!finished)
            QVERIFY2(process.waitForFinished(120000), "crible-cli claim add hung");
        durations.append(timer.elapsed());
        const QByteArray out = process.readAllStandardOutput();
        const QByteArray err = process.readAllStandardError();
        QVERIFY2(process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0,
                 qPrintable(QStringLiteral("an unkilled claim add failed: exit %1: %2")
                                .arg(process.exitCode())
                                .arg(QString::fromUtf8(err))));
        const QString id = printedId(out);
        QVERIFY2(!id.isEmpty(), "claim add succeeded without printing the claim id");
        reported.insert(id);
    }
    verifyProject(projectPath, reported, attempts, kills);
    std::sort(durations.begin(), durations.end());
    // Claims found beyond the reported ones were committed by a process killed before it
    // could print: evidence that kills land around the commit, not only at start-up.
    qInfo("crash test: %d processes, %d killed, %d reported success (%d outran their kill), "
          "%d committed by a killed process; typical run %lld ms; %lld ms in all",
          attempts, kills, int(reported.size()), completedVictims,
          int(m_claimsFound - reported.size()), durations.at(durations.size() / 2),
          total.elapsed());
    QVERIFY(!reported.isEmpty());
}

QTEST_GUILESS_MAIN(TestCrashKill)
#include "tst_crash_kill.moc"
