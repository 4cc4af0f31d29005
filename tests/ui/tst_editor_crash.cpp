// Crash test from outside: the real editor on its own X server, driven with xdotool like a
// user, killed with SIGKILL right after it shows an action as done. The project reopened
// afterwards must hold that action. No test-only command channel: only keys, clicks and
// the window title.
#include "store/project.h"
#include "text/article_import.h"
#include "text/icu_tokenizer.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace crible;

namespace {

const text::IcuWordTokenizer kTokenizer;

QString run(const QString &program, const QStringList &args, const QString &display)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DISPLAY"), display);
    p.setProcessEnvironment(env);
    p.start(program, args);
    if (!p.waitForFinished(10000))
        return {};
    return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
}

} // namespace

class TestEditorCrash : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void killedRightAfterTaggingKeepsTheClaim_data();
    void killedRightAfterTaggingKeepsTheClaim();

private:
    // Polls the window title until it contains `text`; returns the window id.
    QString waitForTitle(const QString &text, int timeoutMs);
    void xdotool(const QStringList &args);

    QString m_xdotool;
    QString m_display;
    QProcess m_xvfb;
};

void TestEditorCrash::initTestCase()
{
    const QString xvfb = QStandardPaths::findExecutable(QStringLiteral("Xvfb"));
    m_xdotool = QStandardPaths::findExecutable(QStringLiteral("xdotool"));
    if (xvfb.isEmpty() || m_xdotool.isEmpty())
        QSKIP("Xvfb or xdotool is not installed");
    // A display number nobody uses: no lock file and no socket.
    int number = 0;
    for (int n = 97; n < 200 && number == 0; ++n) {
        if (!QFileInfo::exists(QStringLiteral("/tmp/.X%1-lock").arg(n)) &&
            !QFileInfo::exists(QStringLiteral("/tmp/.X11-unix/X%1").arg(n)))
            number = n;
    }
    QVERIFY(number != 0);
    m_display = QStringLiteral(":%1").arg(number);
    m_xvfb.start(xvfb, {m_display, QStringLiteral("-screen"), QStringLiteral("0"),
                        QStringLiteral("1400x900x24"), QStringLiteral("-nolisten"),
                        QStringLiteral("tcp")});
    QVERIFY(m_xvfb.waitForStarted(5000));
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(QStringLiteral("/tmp/.X11-unix/X%1").arg(number)),
                             10000);
}

void TestEditorCrash::cleanupTestCase()
{
    if (m_xvfb.state() != QProcess::NotRunning) {
        m_xvfb.terminate();
        if (!m_xvfb.waitForFinished(5000))
            m_xvfb.kill();
    }
}

QString TestEditorCrash::waitForTitle(const QString &text, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < timeoutMs) {
        const QString ids =
            run(m_xdotool, {QStringLiteral("search"), QStringLiteral("--name"), text}, m_display);
        if (!ids.isEmpty())
            return ids.split(u'\n').constFirst();
        QTest::qWait(50);
    }
    return {};
}

void TestEditorCrash::xdotool(const QStringList &args)
{
    run(m_xdotool, args, m_display);
}

void TestEditorCrash::killedRightAfterTaggingKeepsTheClaim_data()
{
    QTest::addColumn<QString>("key"); // the tagging key pressed
    QTest::newRow("sentence-key-s") << QStringLiteral("s");
    QTest::newRow("select-word-then-t") << QStringLiteral("ctrl+shift+Right t");
}

void TestEditorCrash::killedRightAfterTaggingKeepsTheClaim()
{
    QFETCH(QString, key);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("crash.crible"));
    {
        auto project = store::Project::create(path, &kTokenizer);
        QVERIFY2(project.ok(), qPrintable(project.error()));
        auto article =
            text::importArticleFile(QStringLiteral(CRIBLE_TEST_DATA "/dictature-high-tech.fr.txt"));
        QVERIFY2(article.ok(), qPrintable(article.error()));
        QVERIFY(project.value()->addArticle(article.value()).ok());
    }

    QProcess editor;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DISPLAY"), m_display);
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("data")));
    editor.setProcessEnvironment(env);
    editor.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    editor.start(QStringLiteral(CRIBLE_EDITOR_PATH),
                 {QStringLiteral("--lang"), QStringLiteral("en"), path});
    QVERIFY(editor.waitForStarted(10000));

    const QString window = waitForTitle(QStringLiteral("— 0 claims,"), 90000);
    QVERIFY2(!window.isEmpty(), "the editor window never showed its claim count");
    QTest::qWait(300); // let it finish mapping before sending input
    xdotool({QStringLiteral("windowfocus"), QStringLiteral("--sync"), window});
    // Click into the article text (the central view), go to its start, tag.
    xdotool({QStringLiteral("mousemove"), QStringLiteral("--window"), window, QStringLiteral("720"),
             QStringLiteral("400"), QStringLiteral("click"), QStringLiteral("1")});
    xdotool(
        {QStringLiteral("key"), QStringLiteral("--window"), window, QStringLiteral("ctrl+Home")});
    QStringList keys = key.split(u' ');
    xdotool(QStringList{QStringLiteral("key"), QStringLiteral("--window"), window} + keys);

    // Shown as done: the title counts the new claim. Kill at once, no chance to clean up.
    const QString done = waitForTitle(QStringLiteral("— 1 claim,"), 30000);
    editor.kill(); // SIGKILL
    QVERIFY(editor.waitForFinished(5000));
    QVERIFY2(!done.isEmpty(), "the editor never showed the new claim");
    QCOMPARE(editor.exitStatus(), QProcess::CrashExit);

    auto reopened = store::Project::open(path, &kTokenizer);
    QVERIFY2(reopened.ok(), qPrintable(reopened.error()));
    QVERIFY(reopened.value()->checkIntegrity().ok());
    auto claims = reopened.value()->claims();
    QVERIFY(claims.ok());
    QCOMPARE(claims->size(), qsizetype(1));
    QCOMPARE(claims->first().start, qint64(0)); // tagged from the start of the text
    QVERIFY(!claims->first().quote.isEmpty());
    QVERIFY(claims->first().isDraft());
}

QTEST_MAIN(TestEditorCrash)
#include "tst_editor_crash.moc"
