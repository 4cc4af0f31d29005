// The checked-in export/ folder must be what the corpus gives today: the corpus is imported
// into a fresh project and published into a temporary folder, and every file compared byte for
// byte with export/.

#include "export/corpus/corpus.h"
#include "export/exporter.h"
#include "store/project.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace crible;

namespace {

const char *const kRegenerate =
    "regenerate it from the repository root with: crible-cli init /tmp/p.crible && "
    "crible-cli corpus import /tmp/p.crible corpus && crible-cli publish /tmp/p.crible export "
    "(then review and commit export/)";

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestPublishedTables : public QObject
{
    Q_OBJECT

private slots:
    void exportFolderIsUpToDate()
    {
        const QDir corpus(QStringLiteral(CRIBLE_CORPUS_DIR));
        if (!corpus.exists(u"corpus.json"_s))
            QSKIP("no corpus/corpus.json in this checkout");
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        auto project = store::Project::create(dir.filePath(u"p.crible"_s), nullptr);
        QVERIFY2(project.ok(), qPrintable(project.error()));
        const auto imported = exporters::importCorpus(**project, corpus.path());
        QVERIFY2(imported.ok(), qPrintable(u"corpus import: "_s + imported.error()));
        const QString fresh = dir.filePath(u"export"_s);
        const auto published = exporters::publishTables(**project, fresh);
        QVERIFY2(published.ok(), qPrintable(u"publish: "_s + published.error()));

        const QDir checkedIn(QStringLiteral(CRIBLE_EXPORT_DIR));
        const QStringList files = QDir(fresh).entryList(QDir::Files, QDir::Name);
        QVERIFY(files.contains(u"factcheck.md"_s));
        QVERIFY(files.contains(u"factcheck.html"_s));
        QVERIFY(files.contains(u"annotated.html"_s));
        QVERIFY(files.contains(u"factcheck.csv"_s));
        QVERIFY(files.contains(u"factcheck.sources.csv"_s));
        QVERIFY(files.contains(u"claimreview.jsonld"_s));
        QVERIFY(files.contains(u"claims.jsonl"_s));
        QStringList stale;
        for (const QString &name : files) {
            const QByteArray expected = readAll(checkedIn.filePath(name));
            if (readAll(QDir(fresh).filePath(name)) != expected || expected.isEmpty())
                stale << name;
        }
        QVERIFY2(stale.isEmpty(), qPrintable(u"export/ is stale ("_s + stale.join(u", "_s) +
                                             u"): "_s + QString::fromLatin1(kRegenerate)));
    }
};

QTEST_MAIN(TestPublishedTables)
#include "tst_published_tables.moc"
