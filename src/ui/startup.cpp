#include "startup.h"

#include "document.h"
#include "mainwindow.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QStandardPaths>
#include <QTranslator>

namespace crible::ui {

namespace {

QString dataDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

} // namespace

core::Result<std::unique_ptr<Document>> openStartupProject(const QString &argument,
                                                           const QString &defaultCorpus,
                                                           const QString &seedArticle)
{
    if (!argument.isEmpty()) {
        const QFileInfo info(argument);
        if (!info.exists())
            return core::fail(
                QCoreApplication::translate("crible::ui::Startup", "%1: no such file or folder")
                    .arg(argument));
        if (!info.isDir())
            return Document::open(info.absoluteFilePath());
        // A corpus folder: its own project next to the others, reused on the next start.
        const QString path = QDir(dataDir()).filePath(info.fileName() + QStringLiteral(".crible"));
        if (QFileInfo::exists(path))
            return Document::open(path);
        return Document::createFromCorpus(path, info.absoluteFilePath(), QString());
    }
    const QString last = QSettings().value(QStringLiteral("project/last")).toString();
    if (!last.isEmpty() && QFileInfo::exists(last)) {
        auto document = Document::open(last);
        if (document)
            return document;
        // A last project that no longer opens falls back to the reference project.
    }
    const QString reference = QDir(dataDir()).filePath(QStringLiteral("reference.crible"));
    if (QFileInfo::exists(reference))
        return Document::open(reference);
    return Document::createFromCorpus(reference, defaultCorpus, seedArticle);
}

QString installTranslations(QCoreApplication &app, const QString &override)
{
    QString language = override;
    if (language.isEmpty())
        language = MainWindow::languageSetting();
    if (language.isEmpty())
        language = QLocale::system().language() == QLocale::French ? QStringLiteral("fr")
                                                                   : QStringLiteral("en");
    if (language != QLatin1String("fr"))
        language = QStringLiteral("en");
    QLocale::setDefault(
        QLocale(language == QLatin1String("fr") ? QLocale::French : QLocale::English));
    auto *translator = new QTranslator(&app);
    if (translator->load(QStringLiteral(":/i18n/crible_%1.qm").arg(language)))
        QCoreApplication::installTranslator(translator);
    auto *qt = new QTranslator(&app);
    if (qt->load(QStringLiteral("qtbase_%1").arg(language),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    return language;
}

} // namespace crible::ui
