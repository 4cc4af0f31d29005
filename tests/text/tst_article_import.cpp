#include "text/article_import.h"
#include "text/decoding.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace crible::text;

namespace {

QString dataPath(const QString &name)
{
    return QStringLiteral(CRIBLE_TEST_DATA "/") + name;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace

class TestArticleImport : public QObject
{
    Q_OBJECT

private slots:
    void formats_data();
    void formats();
    void seedArticle();
    void htmlPage();
    void markdownArticle();
    void htmlCharsetDeclarations_data();
    void htmlCharsetDeclarations();
    void languageOption();
    void forcedEncoding();
    void refusedFiles_data();
    void refusedFiles();
    void missingAndDirectory();
    void oversizedRefusedBeforeReading();
};

void TestArticleImport::formats_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<int>("format");
    QTest::newRow("txt") << QStringLiteral("a.txt") << int(DocumentFormat::PlainText);
    QTest::newRow("html") << QStringLiteral("dir/a.HTML") << int(DocumentFormat::Html);
    QTest::newRow("htm") << QStringLiteral("a.htm") << int(DocumentFormat::Html);
    QTest::newRow("md") << QStringLiteral("a.md") << int(DocumentFormat::Markdown);
    QTest::newRow("markdown") << QStringLiteral("a.markdown") << int(DocumentFormat::Markdown);
    QTest::newRow("no-suffix") << QStringLiteral("README") << int(DocumentFormat::PlainText);
}

void TestArticleImport::formats()
{
    QFETCH(QString, fileName);
    QFETCH(int, format);
    QCOMPARE(int(formatForFileName(fileName)), format);
}

void TestArticleImport::seedArticle()
{
    const QString path = dataPath(u"dictature-high-tech.fr.txt"_qs);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();

    const QDateTime before = QDateTime::currentDateTimeUtc();
    const auto article = importArticleFile(path);
    QVERIFY2(article.ok(), qPrintable(article.error()));
    QCOMPARE(article->text, QString::fromUtf8(bytes));
    QCOMPARE(article->originalBytes, bytes);
    QCOMPARE(article->sourceEncoding, QStringLiteral("UTF-8"));
    QCOMPARE(article->sourceFileName, QStringLiteral("dictature-high-tech.fr.txt"));
    QCOMPARE(article->title, QStringLiteral("Aller au contenu"));
    QCOMPARE(
        article->sha256,
        QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
    QVERIFY(article->importedAt >= before.addSecs(-1));
    QCOMPARE(article->importedAt.timeSpec(), Qt::UTC);
    QVERIFY(!QUuid::fromString(article->uuid).isNull());
    QVERIFY(!article->uuid.startsWith(u'{'));
    // Nothing in the text names the language; the file name "NAME.fr.txt" does.
    QCOMPARE(article->language, QStringLiteral("fr"));
    QCOMPARE(languageFromFileName(QStringLiteral("/a/b/notes.txt")), QString());
    QCOMPARE(languageFromFileName(QStringLiteral("report.v2.txt")), QString());
    QCOMPARE(languageFromFileName(QStringLiteral("x.zh-Hans.md")), QStringLiteral("zh-Hans"));
}

void TestArticleImport::htmlPage()
{
    const auto article = importArticleFile(dataPath(u"text/page.cp1252.html"_qs));
    QVERIFY2(article.ok(), qPrintable(article.error()));
    QCOMPARE(article->sourceEncoding, QStringLiteral("windows-1252"));
    QCOMPARE(article->title, QStringLiteral("Dictature high-tech, bienvenue en Chine"));
    QCOMPARE(article->url, QStringLiteral("https://example.org/dictature-high-tech"));
    QCOMPARE(article->publisher, QStringLiteral("Le Blog Libre"));
    QCOMPARE(article->publishedDate, QStringLiteral("2018-03-12"));
    QCOMPARE(article->author, QStringLiteral("Jean Dupont"));
    QCOMPARE(article->language, QStringLiteral("fr-FR"));
    QVERIFY2(article->text.startsWith(QStringLiteral("Dictature high-tech\n\nL’État chinois")),
             qPrintable(article->text));
    QVERIFY(article->text.contains(QString::fromUtf8("«\u00A0en force\u00A0» dans l’intelligence "
                                                     "artificielle…")));
    QVERIFY(!article->text.contains(QStringLiteral("Menu du site")));
    QVERIFY(!article->text.contains(QStringLiteral("not text")));
    QVERIFY(!article->text.contains(QStringLiteral("Publicité")));
    QVERIFY(!article->text.contains(QStringLiteral("Activez")));
    QVERIFY(!article->text.contains(QStringLiteral("caché")));
    QVERIFY(!article->text.contains(QStringLiteral("©")));
    QVERIFY(article->text.endsWith(QStringLiteral("des réseaux sociaux")));
}

void TestArticleImport::markdownArticle()
{
    const QByteArray md = "# Dictature *high-tech*\n\nLe **crédit social** est [un "
                          "système](https://example.org).\n\n- un\n- deux\n";
    const auto article = importArticle(md, QStringLiteral("notes/billet.md"));
    QVERIFY2(article.ok(), qPrintable(article.error()));
    QCOMPARE(article->text, QString::fromUtf8("Dictature high-tech\n\nLe crédit social est un "
                                              "système.\n\nun\ndeux"));
    QCOMPARE(article->title, QStringLiteral("Dictature high-tech"));
    QCOMPARE(article->sourceFileName, QStringLiteral("billet.md"));
    QCOMPARE(article->originalBytes, md);
}

void TestArticleImport::htmlCharsetDeclarations_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("encoding");
    const QString body = QString::fromUtf8("<p>Généralisé, l’argent, « modèle ».</p>");
    QTest::newRow("meta-cp1252") << (QByteArray("<meta charset=\"windows-1252\">") +
                                     body.toLatin1().replace('?', '\x92'))
                                 << QStringLiteral("windows-1252");
    QTest::newRow("http-equiv-latin1-means-cp1252")
        << (QByteArray("<meta http-equiv=Content-Type content='text/html; charset=ISO-8859-1'>") +
            QString::fromUtf8("<p>Généralisé, déjà là.</p>").toLatin1())
        << QStringLiteral("windows-1252");
    QTest::newRow("utf8-despite-old-meta")
        << (QByteArray("<meta charset=iso-8859-15>") + body.toUtf8()) << QStringLiteral("UTF-8");
    QTest::newRow("utf8-bom-beats-meta")
        << (QByteArray("\xEF\xBB\xBF<meta charset=windows-1252>") + body.toUtf8())
        << QStringLiteral("UTF-8");
}

void TestArticleImport::htmlCharsetDeclarations()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, encoding);
    const auto article = importArticle(bytes, QStringLiteral("page.html"));
    QVERIFY2(article.ok(), qPrintable(article.error()));
    QCOMPARE(article->sourceEncoding, encoding);
    QVERIFY2(article->text.startsWith(QString::fromUtf8("Généralisé, ")),
             qPrintable(article->text));
}

void TestArticleImport::languageOption()
{
    ImportOptions options;
    options.language = QStringLiteral("fr");
    const auto article =
        importArticle(QByteArray("<html lang=en><p>Texte</p></html>"), u"a.html"_qs, options);
    QVERIFY2(article.ok(), qPrintable(article.error()));
    QCOMPARE(article->language, QStringLiteral("fr"));
    const auto fromPage =
        importArticle(QByteArray("<html lang=en><p>Text</p></html>"), u"a.html"_qs);
    QVERIFY(fromPage.ok());
    QCOMPARE(fromPage->language, QStringLiteral("en"));
}

void TestArticleImport::forcedEncoding()
{
    ImportOptions options;
    options.forcedEncoding = QStringLiteral("ISO-8859-15");
    const auto article = importArticle(QByteArray("20 \xA4 le c\xBDur"), u"prix.txt"_qs, options);
    QVERIFY2(article.ok(), qPrintable(article.error()));
    QCOMPARE(article->text, QString::fromUtf8("20 € le cœur"));
    QCOMPARE(article->sourceEncoding, QStringLiteral("ISO-8859-15"));
    options.forcedEncoding = QStringLiteral("klingon-8");
    const auto bad = importArticle(QByteArray("abc"), u"prix.txt"_qs, options);
    QVERIFY(!bad.ok());
    QVERIFY(bad.error().contains(QStringLiteral("klingon-8")));
}

void TestArticleImport::refusedFiles_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("fileName");
    QTest::newRow("empty") << QByteArray() << QStringLiteral("vide.txt");
    QTest::newRow("binary") << QByteArray("\x89PNG\r\n\x1A\n\x00\x00\x00\x0DIHDR", 16)
                            << QStringLiteral("image.txt");
    QTest::newRow("script-only-html")
        << QByteArray("<html><script>alert(1)</script><style>p{}</style></html>")
        << QStringLiteral("page.html");
    QTest::newRow("blank-text") << QByteArray(" \n\n \t\n") << QStringLiteral("blanc.txt");
    QTest::newRow("blank-markdown") << QByteArray("---\n\n***\n") << QStringLiteral("rien.md");
}

void TestArticleImport::refusedFiles()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, fileName);
    const auto article = importArticle(bytes, fileName);
    QVERIFY(!article.ok());
    QVERIFY2(article.error().startsWith(fileName + u": "), qPrintable(article.error()));
}

void TestArticleImport::missingAndDirectory()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString missing = dir.filePath(u"absent.txt"_qs);
    const auto noFile = importArticleFile(missing);
    QVERIFY(!noFile.ok());
    QVERIFY2(noFile.error().startsWith(missing + u": "), qPrintable(noFile.error()));

    const auto directory = importArticleFile(dir.path());
    QVERIFY(!directory.ok());
    QVERIFY2(directory.error().startsWith(dir.path() + u": "), qPrintable(directory.error()));
    QVERIFY(directory.error().contains(QStringLiteral("directory")));

    const QString unreadable = dir.filePath(u"locked.txt"_qs);
    QVERIFY(writeFile(unreadable, "texte"));
    QFile::setPermissions(unreadable, QFileDevice::Permissions());
    QFile probe(unreadable);
    if (probe.open(QIODevice::ReadOnly))
        QSKIP("running as a user that reads any file (root)");
    const auto locked = importArticleFile(unreadable);
    QVERIFY(!locked.ok());
    QVERIFY2(locked.error().startsWith(unreadable + u": "), qPrintable(locked.error()));
}

void TestArticleImport::oversizedRefusedBeforeReading()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"enorme.txt"_qs);
    {
        // A sparse file: 50 MB + 1 byte of size without writing 50 MB.
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.resize(kMaxArticleBytes + 1));
    }
    QCOMPARE(QFileInfo(path).size(), kMaxArticleBytes + 1);
    QElapsedTimer timer;
    timer.start();
    const auto article = importArticleFile(path);
    QVERIFY(!article.ok());
    QVERIFY2(article.error().startsWith(path + u": "), qPrintable(article.error()));
    QVERIFY2(article.error().contains(QStringLiteral("50 MB")), qPrintable(article.error()));
    // Reading and scanning 50 MB takes far longer than a stat().
    QVERIFY2(timer.elapsed() < 200, qPrintable(QString::number(timer.elapsed())));

    // Exactly at the limit is not "too large" (it is refused for being all NUL bytes).
    QVERIFY(QFile::resize(path, kMaxArticleBytes));
    const auto atLimit = importArticleFile(path);
    QVERIFY(!atLimit.ok());
    QVERIFY2(atLimit.error().contains(QStringLiteral("binary")), qPrintable(atLimit.error()));
}

QTEST_GUILESS_MAIN(TestArticleImport)
#include "tst_article_import.moc"
