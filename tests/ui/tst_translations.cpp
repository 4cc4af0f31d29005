// The editor's French reaches the messages of the lower layers (store, text, export, core):
// real errors from the real code come out in French once the editor's translator is
// installed, and in English without it (the CLI installs none). Also checks the French
// catalogue itself: every message finished, placeholders kept, export output left out.

#include "export/corpus/corpus.h"
#include "export/exporter.h"
#include "store/project.h"
#include "text/article_import.h"
#include "ui/startup.h"

#include <QApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTranslator>
#include <QXmlStreamReader>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace crible;

namespace {

// One message of a .ts file.
struct TsMessage
{
    QString context;
    QString source;
    QString translation;
    bool finished = true;
    bool numerus = false;
};

QList<TsMessage> readTs(const QString &path, QString *error)
{
    QList<TsMessage> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return messages;
    }
    QXmlStreamReader xml(&file);
    QString context;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == "name"_L1) {
            context = xml.readElementText();
        } else if (xml.name() == "message"_L1) {
            TsMessage m;
            m.context = context;
            m.numerus = xml.attributes().value("numerus"_L1) == "yes"_L1;
            while (!(xml.isEndElement() && xml.name() == "message"_L1) && !xml.atEnd()) {
                xml.readNext();
                if (!xml.isStartElement())
                    continue;
                if (xml.name() == "source"_L1) {
                    m.source = xml.readElementText();
                } else if (xml.name() == "translation"_L1) {
                    const QStringView type = xml.attributes().value("type"_L1);
                    m.finished = type.isEmpty();
                    m.translation =
                        xml.readElementText(QXmlStreamReader::IncludeChildElements).trimmed();
                }
            }
            messages.append(m);
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return messages;
}

QString frenchTs()
{
    return QStringLiteral(CRIBLE_SOURCE_ROOT "/src/ui/translations/crible_fr.ts");
}

QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression re(u"%(\\d+|n)"_s);
    QSet<QString> found;
    for (const auto &m : re.globalMatch(text))
        found.insert(m.captured());
    return found;
}

// What the errors below are checked against: the English source texts and their French
// translations, written out here (not read back from the catalogue under test).
enum class Case {
    NotAProject,
    MissingProject,
    ReadOnlyProject,
    EmptyArticle,
    BinaryArticle,
    MissingCorpus,
    UnwritableExport,
};

} // namespace

Q_DECLARE_METATYPE(Case)

class TranslationsTest final : public QObject
{
    Q_OBJECT

private slots:
    void cleanup();

    void errorMessages_data();
    void errorMessages();
    void frenchCatalogueFinished();
    void exportOutputFollowsTheArticle();
    void listedExportDiagnosticsExist();
    void cliStaysEnglish();

private:
    static void removeTranslators();
    static QString produceError(Case which, const QString &dir);
};

void TranslationsTest::removeTranslators()
{
    for (QTranslator *t : qApp->findChildren<QTranslator *>()) {
        QCoreApplication::removeTranslator(t);
        delete t;
    }
    QLocale::setDefault(QLocale::c());
}

void TranslationsTest::cleanup()
{
    removeTranslators();
}

QString TranslationsTest::produceError(Case which, const QString &dir)
{
    switch (which) {
    case Case::NotAProject: {
        const QString path = dir + u"/notes.crible"_s;
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write("just some notes\n") < 0)
            return u"fixture: cannot write"_s;
        file.close();
        auto project = store::Project::open(path, nullptr);
        return project ? QString() : project.error();
    }
    case Case::MissingProject: {
        auto project = store::Project::open(dir + u"/absent.crible"_s, nullptr);
        return project ? QString() : project.error();
    }
    case Case::ReadOnlyProject: {
        const QString path = dir + u"/p.crible"_s;
        if (!store::Project::create(path, nullptr))
            return u"fixture: cannot create"_s;
        auto project = store::Project::open(path, nullptr, store::OpenMode::ReadOnly);
        if (!project)
            return project.error();
        auto settings = project.value()->settings();
        if (!settings)
            return settings.error();
        auto written = project.value()->setSettings(settings.value());
        return written ? QString() : written.error();
    }
    case Case::EmptyArticle: {
        const QString path = dir + u"/empty.txt"_s;
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return u"fixture: cannot write"_s;
        file.close();
        auto article = text::importArticleFile(path);
        return article ? QString() : article.error();
    }
    case Case::BinaryArticle: {
        const QString path = dir + u"/image.txt"_s;
        QFile file(path);
        QByteArray bytes("\x89PNG\r\n\x1a\n", 8);
        for (int i = 0; i < 256; ++i)
            bytes.append(char(i % 7 == 0 ? 0 : i));
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            return u"fixture: cannot write"_s;
        file.close();
        auto article = text::importArticleFile(path);
        return article ? QString() : article.error();
    }
    case Case::MissingCorpus: {
        auto project = store::Project::create(dir + u"/c.crible"_s, nullptr);
        if (!project)
            return project.error();
        auto imported = exporters::importCorpus(*project.value(), dir + u"/no-corpus"_s);
        return imported ? QString() : imported.error();
    }
    case Case::UnwritableExport: {
        auto exporter = exporters::createExporter(u"markdown"_s);
        if (!exporter)
            return u"fixture: no markdown exporter"_s;
        const exporters::ExportData data;
        if (exporter->write(data, dir + u"/missing-folder/table.md"_s))
            return QString();
        return exporter->errorString();
    }
    }
    return QString();
}

void TranslationsTest::errorMessages_data()
{
    QTest::addColumn<Case>("which");
    QTest::addColumn<QString>("english");
    QTest::addColumn<QString>("french");

    const QChar nb(0x00A0); // French typography: a no-break space before the colon
    QTest::newRow("store-not-sqlite")
        << Case::NotAProject << u"not a Crible project (not an SQLite database)"_s
        << u"ce n’est pas un projet Crible (pas une base de données SQLite)"_s;
    QTest::newRow("store-missing-file")
        << Case::MissingProject << u": no such file"_s << u": fichier introuvable"_s;
    QTest::newRow("store-read-only") << Case::ReadOnlyProject << u"the project is open read-only"_s
                                     << u"le projet est ouvert en lecture seule"_s;
    QTest::newRow("text-empty-file")
        << Case::EmptyArticle << u"the file is empty"_s << u"le fichier est vide"_s;
    QTest::newRow("text-binary") << Case::BinaryArticle << u"binary data, not text"_s
                                 << u"données binaires, pas du texte"_s;
    QTest::newRow("export-corpus-missing")
        << Case::MissingCorpus << u"no such corpus folder"_s << u"dossier de corpus introuvable"_s;
    QTest::newRow("export-unwritable")
        << Case::UnwritableExport << u"/missing-folder/table.md: cannot write: "_s
        << (u"/missing-folder/table.md"_s + nb + u": écriture impossible"_s + nb + u": "_s);
}

void TranslationsTest::errorMessages()
{
    QFETCH(Case, which);
    QFETCH(QString, english);
    QFETCH(QString, french);

    // Without a translator (the CLI): the English wording.
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString message = produceError(which, dir.path());
        QVERIFY2(!message.isEmpty(), "the operation did not fail");
        QVERIFY2(message.contains(english), qPrintable(message));
    }
    // With the editor's French translator, installed as the editor installs it.
    QCOMPARE(ui::installTranslations(*qApp, u"fr"_s), u"fr"_s);
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString message = produceError(which, dir.path());
        QVERIFY2(!message.isEmpty(), "the operation did not fail");
        QVERIFY2(message.contains(french), qPrintable(message));
        QVERIFY2(!message.contains(english), qPrintable(message));
    }
    // And back to English once it is removed: nothing is cached in the lower layers.
    removeTranslators();
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY(produceError(which, dir.path()).contains(english));
    }
}

void TranslationsTest::frenchCatalogueFinished()
{
    QString error;
    const QList<TsMessage> messages = readTs(frenchTs(), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(messages.size() > 300);

    QSet<QString> contexts;
    for (const TsMessage &m : messages) {
        contexts.insert(m.context);
        const QString where = m.context + u": "_s + m.source;
        QVERIFY2(m.finished, qPrintable(u"unfinished: "_s + where));
        QVERIFY2(!m.translation.isEmpty(), qPrintable(u"empty: "_s + where));
        if (!m.numerus) {
            QVERIFY2(placeholders(m.translation) == placeholders(m.source),
                     qPrintable(u"placeholders differ: "_s + where));
        }
    }
    // The lower layers' contexts are there (lupdate read their sources).
    for (const QString &c : {u"crible::core"_s, u"crible::store"_s, u"crible::export"_s,
                             u"crible::text::ArticleImport"_s, u"crible::text::Decoding"_s})
        QVERIFY2(contexts.contains(c), qPrintable(c));
}

void TranslationsTest::exportOutputFollowsTheArticle()
{
    // "crible::exporters" is the text written into exported files: never in the catalogue.
    QString error;
    for (const TsMessage &m : readTs(frenchTs(), &error))
        QVERIFY2(m.context != "crible::exporters"_L1, qPrintable(m.source));
    QVERIFY2(error.isEmpty(), qPrintable(error));

    QCOMPARE(ui::installTranslations(*qApp, u"fr"_s), u"fr"_s);
    QCOMPARE(QCoreApplication::translate("crible::exporters", "Fact-check table"),
             u"Fact-check table"_s);
    // A real export under the French editor: the table's headings stay English.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    auto exporter = exporters::createExporter(u"markdown"_s);
    QVERIFY(exporter);
    const QString path = dir.filePath(u"table.md"_s);
    QVERIFY2(exporter->write(exporters::ExportData(), path), qPrintable(exporter->errorString()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString table = QString::fromUtf8(file.readAll());
    QVERIFY2(table.contains(u"# Fact-check table"_s), qPrintable(table.left(200)));

    // The table speaks its article's language, whatever the editor's: an English article
    // under the French editor stays English, a French one is French under either.
    auto exportArticleIn = [&](const QString &language) {
        exporters::ExportData data;
        core::Article article;
        article.id = 1;
        article.title = u"Titre"_s;
        article.language = language;
        data.articles.append(article);
        const QString out = dir.filePath(u"table-"_s + language + u".md"_s);
        if (!exporter->write(data, out))
            return exporter->errorString();
        QFile written(out);
        return written.open(QIODevice::ReadOnly) ? QString::fromUtf8(written.readAll()) : QString();
    };
    QVERIFY(exportArticleIn(u"en"_s).startsWith(u"# Fact-check table"_s));
    QVERIFY(exportArticleIn(u"fr"_s).startsWith(u"# Tableau de vérification"_s));
    ui::installTranslations(*qApp, u"en"_s);
    QVERIFY(exportArticleIn(u"fr-FR"_s).startsWith(u"# Tableau de vérification"_s));
    QVERIFY(exportArticleIn(u"de"_s).startsWith(u"# Fact-check table"_s)); // no catalogue
}

void TranslationsTest::listedExportDiagnosticsExist()
{
    // The hand-written list for lupdate must not drift from the exporters' code.
    QFile list(QStringLiteral(CRIBLE_SOURCE_ROOT "/src/ui/translations/export_diagnostics_tr.cpp"));
    QVERIFY(list.open(QIODevice::ReadOnly));
    static const QRegularExpression entry(
        uR"re(QT_TRANSLATE_NOOP\("crible::export",\s*"((?:[^"\\]|\\.)*)"\))re"_s);
    QStringList texts;
    for (const auto &m : entry.globalMatch(QString::fromUtf8(list.readAll())))
        texts << m.captured(1);
    QVERIFY(texts.size() >= 4);

    QString code;
    QDirIterator it(QStringLiteral(CRIBLE_SOURCE_ROOT "/src/export"), {u"*.cpp"_s}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        QVERIFY(f.open(QIODevice::ReadOnly));
        code += QString::fromUtf8(f.readAll());
    }
    for (const QString &text : texts) {
        const QString call = u"translate(\"crible::export\", \""_s + text + u'"';
        QVERIFY2(code.contains(call), qPrintable(u"no longer in src/export: "_s + text));
    }
}

void TranslationsTest::cliStaysEnglish()
{
#ifndef CRIBLE_CLI_PATH
    QSKIP("crible-cli is not built");
#else
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"notes.crible"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("just some notes\n");
    file.close();

    QProcess cli;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"LANG"_s, u"fr_FR.UTF-8"_s);
    env.insert(u"LANGUAGE"_s, u"fr"_s);
    env.insert(u"LC_ALL"_s, u"fr_FR.UTF-8"_s);
    cli.setProcessEnvironment(env);
    cli.start(QStringLiteral(CRIBLE_CLI_PATH), {u"articles"_s, path});
    QVERIFY(cli.waitForFinished(60000));
    const QString output =
        QString::fromUtf8(cli.readAllStandardError() + cli.readAllStandardOutput());
    QVERIFY(cli.exitCode() != 0);
    QVERIFY2(output.contains(u"not a Crible project"_s), qPrintable(output));
    QVERIFY2(!output.contains(u"projet"_s), qPrintable(output));
#endif
}

QTEST_MAIN(TranslationsTest)
#include "tst_translations.moc"
