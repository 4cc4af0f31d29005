#include "store/project.h"

#include <QTemporaryDir>
#include <QTest>

using namespace crible;

class TestProject : public QObject
{
    Q_OBJECT
private slots:
    void smoke()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("p.crible"));
        auto created = store::Project::create(path, nullptr);
        QVERIFY2(created.ok(), qPrintable(created.error()));
        auto &p = *created.value();
        core::Article a;
        a.title = QStringLiteral("T");
        a.text = QStringLiteral("Le système est généralisé.\nDeuxième paragraphe 😀 ici.");
        auto id = p.addArticle(a);
        QVERIFY2(id.ok(), qPrintable(id.error()));
        core::Claim c;
        c.articleId = *id;
        c.start = 3;
        c.end = 10;
        auto cid = p.addClaim(c);
        QVERIFY2(cid.ok(), qPrintable(cid.error()));
        QCOMPARE(c.quote, QStringLiteral("système"));
        auto hits = p.search(QStringLiteral("generalise"));
        QVERIFY2(hits.ok(), qPrintable(hits.error()));
        QCOMPARE(hits->size(), 1);
        qDebug() << hits->first().snippet << hits->first().start << hits->first().end;
        auto arts = p.articles();
        QVERIFY(arts.ok());
        QCOMPARE(arts->first().claimCount, 1);
        created.value().reset();
        auto opened = store::Project::open(path, nullptr);
        QVERIFY2(opened.ok(), qPrintable(opened.error()));
        QCOMPARE((*opened)->claims()->size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestProject)
#include "tst_project.moc"
