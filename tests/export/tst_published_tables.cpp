#include <QTest>
class TestPublishedTables : public QObject
{
    Q_OBJECT
};
QTEST_MAIN(TestPublishedTables)
#include "tst_published_tables.moc"
