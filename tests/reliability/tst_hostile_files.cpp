// Issue 9, hostile project files: a *.crible file may come from someone else. Random bytes,
// a truncated file, a newer schema, another application's SQLite file, and a project with
// triggers or views added by hand must each be refused with a clear message, through the
// store and through crible-cli, with nothing in them executed (no canary row appears that
// every planted trigger would write) and the file left byte-for-byte unmodified.

#include "reliability_support.h"
#include "sqlite_support.h"
#include "text/article_import.h"

#include <QFileInfo>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace crible;
using namespace crible::reliability;

namespace {

QByteArray randomBytes(quint32 seed, int size)
{
    QRandomGenerator random(seed);
    QByteArray bytes(size, Qt::Uninitialized);
    for (char &byte : bytes)
        byte = char(random.bounded(256));
    return bytes;
}

// A real project, with one article and one claim, closed (so no WAL is left beside it).
QString makeGenuineProject(const QString &path)
{
    {
        auto project = store::Project::create(path, tokenizer());
        if (!project.ok())
            return project.error();
        auto article =
            text::importArticleFile(QStringLiteral(CRIBLE_TEST_DATA "/dictature-high-tech.fr.txt"));
        if (!article.ok())
            return article.error();
        const auto articleId = (*project)->addArticle(*article);
        if (!articleId.ok())
            return articleId.error();
        core::Claim claim;
        claim.articleId = *articleId;
        claim.start = 10;
        claim.end = 40;
        const auto claimId = (*project)->addClaim(claim);
        if (!claimId.ok())
            return claimId.error();
    }
    if (QFileInfo::exists(path + u"-wal"))
        return QStringLiteral("closing the project left a -wal file beside it");
    return QString();
}

// Runs SQL on a project file below the store, as someone crafting a file by hand would.
QString alter(const QString &path, const QStringList &statements)
{
    RawDatabase raw(path);
    if (!raw.isOpen())
        return raw.error();
    for (const QString &sql : statements) {
        if (!raw.exec(sql))
            return sql + u": " + raw.error();
    }
    return QString();
}

// Every ordinary table of the project (not SQLite's own, not the shadow tables of a virtual
// table), so a planted trigger fires on whatever Crible might write.
QStringList ordinaryTables(const QString &path)
{
    RawDatabase raw(path);
    const QStringList virtualTables = raw.column(QStringLiteral(
        "SELECT name FROM sqlite_schema WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL%'"));
    QStringList tables;
    const QStringList all = raw.column(QStringLiteral(
        "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "AND sql NOT LIKE 'CREATE VIRTUAL%'"));
    for (const QString &table : all) {
        bool shadow = false;
        for (const QString &owner : virtualTables)
            shadow = shadow || table.startsWith(owner + u'_');
        if (!shadow)
            tables.append(table);
    }
    return tables;
}

// The canary lives in Crible's own settings table, so that the planted trigger or view is
// the only thing wrong with the file (an extra table would be refused on its own).
int canaryRows(const QString &path)
{
    RawDatabase raw(path);
    const QStringList count =
        raw.column(QStringLiteral("SELECT count(*) FROM settings WHERE key LIKE 'canary%'"));
    return count.size() == 1 ? count.first().toInt() : -1;
}

} // namespace

class TestHostileFiles : public QObject
{
    Q_OBJECT

private slots:
    void genuineProjectOpens();
    void refused_data();
    void refused();

private:
    // Fills `path` with the hostile file named by `kind`; returns an error or empty.
    QString craft(const QString &kind, const QString &path);
};

QString TestHostileFiles::craft(const QString &kind, const QString &path)
{
    if (kind == u"random-bytes")
        return writeFile(path, randomBytes(9001, 64 * 1024)) ? QString() : QStringLiteral("write");
    if (kind == u"sqlite-header-then-garbage") {
        const QByteArray bytes = QByteArray("SQLite format 3", 16) + randomBytes(9002, 8192);
        return writeFile(path, bytes) ? QString() : QStringLiteral("write");
    }
    if (kind == u"empty-file")
        return writeFile(path, QByteArray()) ? QString() : QStringLiteral("write");
    if (kind == u"other-application") {
        const QString error = alter(
            path, {QStringLiteral("PRAGMA application_id = 1297307185"), // 'MOZ1'
                   QStringLiteral("CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)"),
                   QStringLiteral("INSERT INTO moz_places (url) VALUES ('https://example.org')"),
                   QStringLiteral("CREATE TABLE settings (key TEXT, value TEXT)")});
        return error;
    }

    // The rest start from a real project.
    const QString error = makeGenuineProject(path);
    if (!error.isEmpty())
        return error;
    if (kind == u"truncated") {
        const QByteArray whole = readFile(path);
        if (whole.size() < 8192)
            return QStringLiteral("the genuine project is unexpectedly small");
        return writeFile(path, whole.left(whole.size() * 3 / 5)) ? QString()
                                                                 : QStringLiteral("write");
    }
    if (kind == u"newer-schema") {
        return alter(
            path,
            {QStringLiteral("PRAGMA user_version = %1").arg(store::Project::kSchemaVersion + 1)});
    }
    if (kind == u"planted-triggers") {
        QStringList sql;
        for (const QString &table : ordinaryTables(path)) {
            for (const char *event : {"INSERT", "UPDATE", "DELETE"}) {
                sql.append(QStringLiteral("CREATE TRIGGER evil_%1_%2 AFTER %2 ON \"%1\" BEGIN "
                                          "INSERT OR REPLACE INTO settings (key, value) VALUES "
                                          "('canary %2 on %1', 'fired'); END")
                               .arg(table, QLatin1String(event)));
            }
        }
        if (sql.size() < 10)
            return QStringLiteral("found too few tables to plant triggers on");
        return alter(path, sql);
    }
    if (kind == u"planted-view") {
        // A view that calls a function with side effects were it ever evaluated.
        return alter(path, {QStringLiteral("CREATE VIEW claim_report AS SELECT "
                                           "load_extension('/nonexistent/crible-evil') AS x, "
                                           "randomblob(16) AS y")});
    }
    if (kind == u"replaced-view") {
        // Crible's own view, redefined to call a function: same name, other SQL.
        return alter(path,
                     {QStringLiteral("DROP VIEW text_unit_content"),
                      QStringLiteral("CREATE VIEW text_unit_content AS SELECT u.id AS id, "
                                     "load_extension('/nonexistent/crible-evil') || a.text AS body "
                                     "FROM text_units u JOIN articles a ON a.id = u.article_id")});
    }
    return u"unknown kind " + kind;
}

void TestHostileFiles::genuineProjectOpens()
{
    // The control: the untouched file opens, so the refusals below are about what was done
    // to it, not about the way the tests make projects.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("genuine.crible"));
    const QString error = makeGenuineProject(path);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    {
        auto project = store::Project::open(path, tokenizer(), store::OpenMode::ReadOnly);
        QVERIFY2(project.ok(), qPrintable(project.error()));
        const auto claims = (*project)->claims();
        QVERIFY(claims.ok());
        QCOMPARE(claims->size(), 1);
    }
    if (!cliPath().isEmpty()) {
        const CliRun run = runCli({QStringLiteral("claims"), path, QStringLiteral("--json")});
        QVERIFY2(run.succeeded(), qPrintable(run.describe()));
    }
}

void TestHostileFiles::refused_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<bool>("hasCanary");
    QTest::newRow("random-bytes") << QStringLiteral("random-bytes") << false;
    QTest::newRow("sqlite-header-then-garbage")
        << QStringLiteral("sqlite-header-then-garbage") << false;
    QTest::newRow("empty-file") << QStringLiteral("empty-file") << false;
    QTest::newRow("truncated") << QStringLiteral("truncated") << false;
    QTest::newRow("newer-schema") << QStringLiteral("newer-schema") << false;
    QTest::newRow("other-application") << QStringLiteral("other-application") << true;
    QTest::newRow("planted-triggers") << QStringLiteral("planted-triggers") << true;
    QTest::newRow("planted-view") << QStringLiteral("planted-view") << true;
    QTest::newRow("replaced-view") << QStringLiteral("replaced-view") << true;
}

void TestHostileFiles::refused()
{
    QFETCH(QString, kind);
    QFETCH(bool, hasCanary);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("hostile.crible"));
    const QString error = craft(kind, path);
    QVERIFY2(error.isEmpty(), qPrintable(u"crafting failed: " + error));
    QVERIFY(!QFileInfo::exists(path + u"-wal"));
    if (kind == u"planted-triggers") {
        // The probe: on a copy, any write does fire the planted triggers.
        const QString probe = dir.filePath(QStringLiteral("probe.crible"));
        QVERIFY(QFile::copy(path, probe));
        QVERIFY(alter(probe, {QStringLiteral("UPDATE articles SET title = title")}).isEmpty());
        QVERIFY(canaryRows(probe) > 0);
    }
    if (hasCanary)
        QCOMPARE(canaryRows(path), 0);
    const QByteArray before = sha256OfFile(path);
    const qint64 sizeBefore = QFileInfo(path).size();
    QVERIFY(!before.isEmpty());
    const QString fileName = QFileInfo(path).fileName();

    for (const auto mode : {store::OpenMode::ReadOnly, store::OpenMode::ReadWrite}) {
        const char *modeName = mode == store::OpenMode::ReadOnly ? "read-only" : "read-write";
        auto project = store::Project::open(path, tokenizer(), mode);
        QVERIFY2(
            !project.ok(),
            qPrintable(
                QStringLiteral("Project::open (%1) accepted it").arg(QLatin1String(modeName))));
        QVERIFY2(!project.error().trimmed().isEmpty(), "refused without a message");
        QVERIFY2(!project.error().contains(u'\n'), qPrintable(project.error()));
        QVERIFY2(project.error().contains(fileName),
                 qPrintable(u"the message does not name the file: " + project.error()));
        qInfo("%s (%s): %s", qPrintable(kind), modeName, qPrintable(project.error()));
    }
    QCOMPARE(sha256OfFile(path), before);

    if (!cliPath().isEmpty()) {
        const QList<QStringList> commands = {
            {QStringLiteral("claims"), path, QStringLiteral("--json")},
            {QStringLiteral("claim"), QStringLiteral("add"), path, QStringLiteral("--article"),
             QStringLiteral("1"), QStringLiteral("--span"), QStringLiteral("0:5")},
            {QStringLiteral("import"), path,
             QStringLiteral(CRIBLE_TEST_DATA "/dictature-high-tech.fr.txt")},
        };
        for (const QStringList &command : commands) {
            const CliRun run = runCli(command);
            const QString what = command.first() + u": " + run.describe();
            QVERIFY2(run.finished && run.exitStatus == QProcess::NormalExit, qPrintable(what));
            QVERIFY2(run.exitCode == 1, qPrintable(what));
            QVERIFY2(run.errorLines().size() == 1, qPrintable(u"not one error line: " + what));
            QVERIFY2(QString::fromUtf8(run.err).contains(fileName), qPrintable(what));
            QVERIFY2(run.out.trimmed().isEmpty(), qPrintable(what));
            QCOMPARE(sha256OfFile(path), before);
        }
    }

    QCOMPARE(QFileInfo(path).size(), sizeBefore);
    QCOMPARE(sha256OfFile(path), before);
    QVERIFY2(!QFileInfo::exists(path + u"-wal") || QFileInfo(path + u"-wal").size() == 0,
             "a refused file got a write-ahead log");
    if (hasCanary)
        QCOMPARE(canaryRows(path), 0);
}

QTEST_GUILESS_MAIN(TestHostileFiles)
#include "tst_hostile_files.moc"
