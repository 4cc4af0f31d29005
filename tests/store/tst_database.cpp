#include "store/database.h"

#include <QTemporaryDir>
#include <QTest>

using crible::store::Database;
using crible::store::Statement;

// The RAII wrapper under the project file: one statement per object, values always bound.
class TestDatabase : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    Database m_db;

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_db.open(m_dir->filePath(QStringLiteral("t.db")), Database::Mode::Create));
        QVERIFY(
            m_db.exec("CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT NOT NULL, data BLOB)"));
    }
    void cleanup()
    {
        m_db.close();
        m_dir.reset();
    }

    void refusesSeveralStatements_data()
    {
        QTest::addColumn<QByteArray>("sql");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("one") << QByteArray("SELECT 1") << true;
        QTest::newRow("one-with-semicolon") << QByteArray("SELECT 1;  \n") << true;
        QTest::newRow("two") << QByteArray("SELECT 1; SELECT 2") << false;
        QTest::newRow("smuggled-drop") << QByteArray("SELECT 1; DROP TABLE t") << false;
        QTest::newRow("empty") << QByteArray("   ") << false;
    }

    void refusesSeveralStatements()
    {
        QFETCH(QByteArray, sql);
        QFETCH(bool, accepted);
        Statement s(m_db.handle(), std::string_view(sql.constData(), size_t(sql.size())));
        QCOMPARE(s.isValid(), accepted);
        if (!accepted)
            QVERIFY(!s.lastError().isEmpty());
        QVERIFY(m_db.exec("SELECT count(*) FROM t")); // the table survived
    }

    void bindsEmptyAsEmptyText()
    {
        Statement insert(m_db.handle(), "INSERT INTO t (name, data) VALUES (?1, ?2)");
        QVERIFY(insert.isValid());
        insert.bind(1, QString()); // NOT NULL column: '' must be accepted
        insert.bindBlob(2, QByteArray());
        QVERIFY2(insert.exec(), qPrintable(insert.lastError()));
        insert.reset();
        const QString tricky = QStringLiteral("x'); DROP TABLE t; -- 😀");
        insert.bind(1, tricky);
        insert.bindBlob(2, QByteArray("\x00\xff\x01", 3));
        QVERIFY(insert.exec());
        Statement select(m_db.handle(), "SELECT name, typeof(name), data FROM t ORDER BY id");
        QCOMPARE(select.step(), Statement::Step::Row);
        QCOMPARE(select.text(0), QString());
        QCOMPARE(select.text(1), QStringLiteral("text"));
        QCOMPARE(select.step(), Statement::Step::Row);
        QCOMPARE(select.text(0), tricky);
        QCOMPARE(select.blob(2), QByteArray("\x00\xff\x01", 3));
        QCOMPARE(select.step(), Statement::Step::Done);
    }

    void reportsSqliteErrors()
    {
        Statement bad(m_db.handle(), "SELECT nope FROM t");
        QVERIFY(!bad.isValid());
        QVERIFY2(bad.lastError().contains(QStringLiteral("nope")), qPrintable(bad.lastError()));
        Statement insert(m_db.handle(), "INSERT INTO t (id, name) VALUES (1, 'a')");
        QVERIFY(insert.exec());
        QVERIFY(!insert.exec()); // same primary key
        QVERIFY2(insert.lastError().contains(QStringLiteral("UNIQUE")),
                 qPrintable(insert.lastError()));
        QVERIFY(!m_db.exec("INSERT INTO missing VALUES (1)"));
        QVERIFY(m_db.lastError().contains(QStringLiteral("missing")));
    }

    void cachesStatements()
    {
        static const char *const sql = "SELECT count(*) FROM t";
        Statement *first = m_db.cached(sql);
        QCOMPARE(first->step(), Statement::Step::Row);
        Statement *second = m_db.cached(sql); // reset for reuse
        QCOMPARE(first, second);
        QCOMPARE(second->step(), Statement::Step::Row);
        QCOMPARE(second->int64(0), qint64(0));
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
