// The editor executable: checks for a display, picks the language and the project, shows
// the window. Everything else lives in crible_ui.
#include "ui/document.h"
#include "ui/mainwindow.h"
#include "ui/startup.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QMessageBox>
#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace {

// QApplication aborts without a display; say what to do instead.
bool hasDisplay(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "-platform") == 0 || std::strncmp(argv[i], "--platform", 10) == 0)
            return true;
    }
    const char *platform = std::getenv("QT_QPA_PLATFORM");
    if (platform && *platform && std::strncmp(platform, "xcb", 3) != 0 &&
        std::strncmp(platform, "wayland", 7) != 0)
        return true; // offscreen, vnc, eglfs...: no X server needed
    const char *x = std::getenv("DISPLAY");
    const char *wayland = std::getenv("WAYLAND_DISPLAY");
    return (x && *x) || (wayland && *wayland);
}

// The command line, shared by the check without a display and the editor itself.
void describe(QCommandLineParser &parser, const QCommandLineOption &lang)
{
    parser.setApplicationDescription(QStringLiteral("Crible, the fact-checking annotation editor"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption(lang);
    parser.addPositionalArgument(QStringLiteral("project"),
                                 QStringLiteral("A project file (*.crible) or a corpus folder."));
}

void nameApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("crible"));
    QCoreApplication::setApplicationName(QStringLiteral("crible"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CRIBLE_VERSION));
}

} // namespace

int main(int argc, char **argv)
{
    const QCommandLineOption lang(QStringLiteral("lang"),
                                  QStringLiteral("Interface language: en or fr."),
                                  QStringLiteral("language"));
    if (!hasDisplay(argc, argv)) {
        // --help, --version and a bad option need no display: answer them first.
        QCoreApplication console(argc, argv);
        nameApplication();
        QCommandLineParser parser;
        describe(parser, lang);
        parser.process(console); // exits after help, version or an error
        std::fputs("crible: no display found (neither DISPLAY nor WAYLAND_DISPLAY is set).\n"
                   "The editor needs a graphical session. To proceed:\n"
                   "  - run it from a desktop session, or over ssh -X;\n"
                   "  - or run it on a virtual display: xvfb-run -a crible\n"
                   "  - or use the command-line tool, which needs no display: crible-cli --help\n",
                   stderr);
        return 1;
    }
    QApplication app(argc, argv);
    nameApplication();
    QApplication::setApplicationDisplayName(QStringLiteral("Crible"));

    QCommandLineParser parser;
    describe(parser, lang);
    parser.process(app);

    crible::ui::installTranslations(app, parser.value(lang));

    const QStringList args = parser.positionalArguments();
    auto document = crible::ui::openStartupProject(args.isEmpty() ? QString() : args.first(),
                                                   QStringLiteral(CRIBLE_DEFAULT_CORPUS),
                                                   QStringLiteral(CRIBLE_SEED_ARTICLE));
    crible::ui::MainWindow window;
    if (document)
        window.setDocument(std::move(document).value());
    window.show();
    if (!document)
        QMessageBox::warning(
            &window, QApplication::translate("crible::ui::MainWindow", "Cannot open project"),
            document.error());
    return app.exec();
}
