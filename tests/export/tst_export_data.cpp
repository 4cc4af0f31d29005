// ExportData::load: what every exporter sees (published claims in table order, drafts counted,
// filters, the sources and articles involved).

#include "export/exporter.h"
#include "export_fixture.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace crible;

class TestExportData : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<store::Project> fixture(QTemporaryDir &dir)
    {
        auto project = testing::buildFixtureProject(dir.filePath(u"p.crible"_s));
        if (!project)
            qWarning("%s", qPrintable(project.error()));
        return project ? std::move(project).value() : nullptr;
    }

    static QStringList uuids(const exporters::ExportData &data)
    {
        QStringList out;
        for (const core::Claim &c : data.claims)
            out << c.uuid.right(2);
        return out;
    }

private slots:
    void tableOrderAndDrafts()
    {
        QTemporaryDir dir;
        auto project = fixture(dir);
        QVERIFY(project);
        auto data = exporters::ExportData::load(*project, {});
        QVERIFY2(data.ok(), qPrintable(data.error()));
        // Scope order of DESIGN.md (national-in-force, national-plan, local-pilot, commercial,
        // outside, none), then article (French first), then position.
        QCOMPARE(uuids(*data),
                 (QStringList{u"08"_s, u"01"_s, u"06"_s, u"07"_s, u"02"_s, u"05"_s, u"03"_s}));
        QCOMPARE(data->draftCount, 1);
        for (const core::Claim &c : data->claims)
            QVERIFY2(!c.isDraft(), qPrintable(c.uuid));
        QCOMPARE(data->annotators, (QStringList{u"alice"_s, u"bob"_s}));
        QCOMPARE(data->articles.size(), 2);
        QCOMPARE(data->articles.at(0).text, testing::frenchText());
        QCOMPARE(data->articles.at(1).text, testing::chineseText());
        QCOMPARE(data->sources.size(), 3);
        QCOMPARE(data->settings.organisationName, u"Crible Test Desk"_s);
        const core::Claim &first = data->claims.first();
        QVERIFY(data->articleById(first.articleId));
        QCOMPARE(data->articleById(first.articleId)->language, u"zh"_s);
        QVERIFY(!data->articleById(987654));
    }

    void filters_data()
    {
        QTest::addColumn<QString>("article"); // "fr", "zh" or "" for all
        QTest::addColumn<QString>("annotator");
        QTest::addColumn<QStringList>("expected");
        QTest::addColumn<int>("drafts");
        QTest::addColumn<int>("articles");
        QTest::newRow("french-article")
            << u"fr"_s << QString() << QStringList{u"01"_s, u"02"_s, u"05"_s, u"03"_s} << 1 << 1;
        QTest::newRow("chinese-article")
            << u"zh"_s << QString() << QStringList{u"08"_s, u"06"_s, u"07"_s} << 0 << 1;
        QTest::newRow("annotator-bob") << QString() << u"bob"_s << QStringList{u"07"_s} << 0 << 1;
        QTest::newRow("article-and-annotator") << u"fr"_s << u"bob"_s << QStringList{} << 0 << 1;
    }

    void filters()
    {
        QFETCH(QString, article);
        QFETCH(QString, annotator);
        QFETCH(QStringList, expected);
        QFETCH(int, drafts);
        QFETCH(int, articles);
        QTemporaryDir dir;
        auto project = fixture(dir);
        QVERIFY(project);
        exporters::ExportOptions options;
        options.annotator = annotator;
        if (!article.isEmpty()) {
            auto list = project->articles();
            QVERIFY(list.ok());
            for (const store::ArticleSummary &a : *list) {
                if (a.language == article)
                    options.articleId = a.id;
            }
            QVERIFY(options.articleId != 0);
        }
        auto data = exporters::ExportData::load(*project, options);
        QVERIFY2(data.ok(), qPrintable(data.error()));
        QCOMPARE(uuids(*data), expected);
        QCOMPARE(data->draftCount, drafts);
        QCOMPARE(data->articles.size(), articles);
        if (!annotator.isEmpty() && !expected.isEmpty())
            QCOMPARE(data->annotators, QStringList{annotator});
    }

    void unknownArticleIsAnError()
    {
        QTemporaryDir dir;
        auto project = fixture(dir);
        QVERIFY(project);
        exporters::ExportOptions options;
        options.articleId = 424242;
        auto data = exporters::ExportData::load(*project, options);
        QVERIFY(!data.ok());
        QVERIFY(data.error().contains(u"424242"_s));
    }

    void onlyCitedSources()
    {
        QTemporaryDir dir;
        auto project = fixture(dir);
        QVERIFY(project);
        exporters::ExportOptions options;
        options.annotator = u"bob"_s; // bob's claim cites nothing
        auto data = exporters::ExportData::load(*project, options);
        QVERIFY(data.ok());
        QVERIFY(data->sources.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestExportData)
#include "tst_export_data.moc"
