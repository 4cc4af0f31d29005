// Issue 9, corpus paths: a corpus folder may come from someone else. Importing one refuses
// every path that leaves the folder (a "../" path, an absolute path, a symbolic link pointing
// outside), even when what lies outside is a perfectly valid article, and leaves the project
// empty. checkCorpus reports the same paths.

#include "export/corpus/corpus.h"
#include "reliability_support.h"
#include "text/article_import.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace crible;
using namespace crible::reliability;

namespace {

bool copyTree(const QString &from, const QString &to)
{
    if (!QDir().mkpath(to))
        return false;
    QDirIterator it(from, QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString source = it.next();
        const QString target = to + u'/' + QDir(from).relativeFilePath(source);
        if (it.fileInfo().isDir()) {
            if (!QDir().mkpath(target))
                return false;
        } else if (!QFile::copy(source, target)) {
            return false;
        }
    }
    return true;
}

// Replaces one exact JSON string value in a file, keeping the writer's formatting.
bool replaceInFile(const QString &path, const QString &from, const QString &to)
{
    QByteArray bytes = readFile(path);
    const QByteArray needle = QByteArray("\"") + from.toUtf8() + '"';
    if (!bytes.contains(needle))
        return false;
    const QByteArray replacement = QByteArray("\"") + to.toUtf8() + '"';
    bytes.replace(needle, replacement);
    return writeFile(path, bytes);
}

bool replaceBySymlink(const QString &path, const QString &target)
{
    if (QFileInfo(path).isDir()) {
        if (!QDir(path).removeRecursively())
            return false;
    } else if (!QFile::remove(path)) {
        return false;
    }
    return QFile::link(target, path);
}

int articleCount(store::Project &project)
{
    const auto articles = project.articles();
    return articles.ok() ? int(articles->size()) : -1;
}

} // namespace

class TestCorpusPaths : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void validCorpusImports();
    void escapingPathRefused_data();
    void escapingPathRefused();

private:
    QTemporaryDir m_base; // base/ (a valid corpus), exported once from a real project
    QString m_entry;      // the article folder, as corpus.json names it ("fr/slug")
};

void TestCorpusPaths::initTestCase()
{
    QVERIFY(m_base.isValid());
    auto project =
        store::Project::create(m_base.filePath(QStringLiteral("source.crible")), tokenizer());
    QVERIFY2(project.ok(), qPrintable(project.error()));
    auto article =
        text::importArticleFile(QStringLiteral(CRIBLE_TEST_DATA "/dictature-high-tech.fr.txt"));
    QVERIFY2(article.ok(), qPrintable(article.error()));
    article->title = QStringLiteral("Dictature high-tech");
    article->language = QStringLiteral("fr");
    const auto articleId = (*project)->addArticle(*article);
    QVERIFY2(articleId.ok(), qPrintable(articleId.error()));
    core::Claim claim;
    claim.articleId = *articleId;
    claim.start = 20;
    claim.end = 60;
    QVERIFY((*project)->addClaim(claim).ok());

    const QString corpus = m_base.filePath(QStringLiteral("corpus"));
    const auto exported = exporters::exportCorpus(**project, corpus);
    QVERIFY2(exported.ok(), qPrintable(exported.error()));
    const QJsonObject root = QJsonDocument::fromJson(readFile(corpus + u"/corpus.json")).object();
    const QJsonArray articles = root.value(QStringLiteral("articles")).toArray();
    QCOMPARE(articles.size(), 1);
    m_entry = articles.first().toString();
    QVERIFY(QFileInfo(corpus + u'/' + m_entry + u"/article.txt").isFile());
}

void TestCorpusPaths::validCorpusImports()
{
    // The control: unmodified, the corpus is accepted, so each refusal below is about a path.
    const QString corpus = m_base.filePath(QStringLiteral("corpus"));
    const auto problems = exporters::checkCorpus(corpus);
    for (const auto &problem : problems)
        qWarning("%s: %s", qPrintable(problem.file), qPrintable(problem.message));
    QVERIFY(problems.isEmpty());

    QTemporaryDir dir;
    auto project = store::Project::create(dir.filePath(QStringLiteral("p.crible")), tokenizer());
    QVERIFY2(project.ok(), qPrintable(project.error()));
    const auto imported = exporters::importCorpus(**project, corpus);
    QVERIFY2(imported.ok(), qPrintable(imported.error()));
    QCOMPARE(articleCount(**project), 1);
}

void TestCorpusPaths::escapingPathRefused_data()
{
    QTest::addColumn<QString>("how");
    for (const char *how :
         {"parent-article-folder", "absolute-article-folder", "symlink-article-folder",
          "parent-text-file", "absolute-text-file", "symlink-text-file", "parent-claims-file",
          "absolute-claims-file", "symlink-claims-file", "symlink-taxonomy-file",
          "symlink-sources-file"}) {
        QTest::newRow(how) << QString::fromLatin1(how);
    }
}

void TestCorpusPaths::escapingPathRefused()
{
    QFETCH(QString, how);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString base = m_base.filePath(QStringLiteral("corpus"));
    // outside/ is a complete, valid copy: only the way it is reached is wrong.
    const QString outside = dir.filePath(QStringLiteral("outside"));
    const QString corpus = dir.filePath(QStringLiteral("corpus"));
    QVERIFY(copyTree(base, outside));
    QVERIFY(copyTree(base, corpus));

    const QString articleJson = corpus + u'/' + m_entry + u"/article.json";
    const QString outsideArticle = outside + u'/' + m_entry;
    // From corpus/LANG/SLUG/ up to the temporary folder that holds corpus/ and outside/.
    const QString upFromArticle = QStringLiteral("../../../outside/") + m_entry;
    bool changed = false;
    if (how == u"parent-article-folder") {
        changed = replaceInFile(corpus + u"/corpus.json", m_entry, u"../outside/" + m_entry);
    } else if (how == u"absolute-article-folder") {
        changed = replaceInFile(corpus + u"/corpus.json", m_entry, outsideArticle);
    } else if (how == u"symlink-article-folder") {
        changed = replaceBySymlink(corpus + u'/' + m_entry, outsideArticle);
    } else if (how == u"parent-text-file") {
        changed = replaceInFile(articleJson, QStringLiteral("article.txt"),
                                upFromArticle + u"/article.txt");
    } else if (how == u"absolute-text-file") {
        changed = replaceInFile(articleJson, QStringLiteral("article.txt"),
                                outsideArticle + u"/article.txt");
    } else if (how == u"symlink-text-file") {
        changed = replaceBySymlink(corpus + u'/' + m_entry + u"/article.txt",
                                   outsideArticle + u"/article.txt");
    } else if (how == u"parent-claims-file") {
        changed = replaceInFile(articleJson, QStringLiteral("claims.json"),
                                upFromArticle + u"/claims.json");
    } else if (how == u"absolute-claims-file") {
        changed = replaceInFile(articleJson, QStringLiteral("claims.json"),
                                outsideArticle + u"/claims.json");
    } else if (how == u"symlink-claims-file") {
        changed = replaceBySymlink(corpus + u'/' + m_entry + u"/claims.json",
                                   outsideArticle + u"/claims.json");
    } else if (how == u"symlink-taxonomy-file") {
        changed = replaceBySymlink(corpus + u"/taxonomy.json", outside + u"/taxonomy.json");
    } else if (how == u"symlink-sources-file") {
        changed = replaceBySymlink(corpus + u"/sources.json", outside + u"/sources.json");
    }
    QVERIFY2(changed, "could not plant the escaping path");

    const auto problems = exporters::checkCorpus(corpus);
    if (!problems.isEmpty()) {
        qInfo("check: %s: %s", qPrintable(problems.first().file),
              qPrintable(problems.first().message));
    }

    auto project = store::Project::create(dir.filePath(QStringLiteral("p.crible")), tokenizer());
    QVERIFY2(project.ok(), qPrintable(project.error()));
    const auto imported = exporters::importCorpus(**project, corpus);
    const int articlesAfter = articleCount(**project);
    const auto claims = (*project)->claims();
    QVERIFY(claims.ok());
    if (!imported.ok())
        qInfo("import: %s", qPrintable(imported.error()));
    QVERIFY2(!imported.ok(),
             qPrintable(QStringLiteral("importCorpus accepted a path that leaves the corpus "
                                       "(and imported %1 article(s)); checkCorpus %2")
                            .arg(articlesAfter)
                            .arg(problems.isEmpty() ? QStringLiteral("accepted it too")
                                                    : QStringLiteral("refused it"))));
    QVERIFY(!imported.error().trimmed().isEmpty());
    QCOMPARE(articlesAfter, 0);
    QCOMPARE(claims->size(), 0);
    QVERIFY2(!problems.isEmpty(), "checkCorpus accepted a path that leaves the corpus");
}

QTEST_GUILESS_MAIN(TestCorpusPaths)
#include "tst_corpus_paths.moc"
