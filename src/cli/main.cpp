#include "command.h"

#include <QGuiApplication>

int main(int argc, char *argv[])
{
    // Qt's PDF and ODF writers need a GUI application, and a headless tool has no display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("crible-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("Crible"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CRIBLE_VERSION));
    return crible::cli::runCommandLine(QCoreApplication::arguments().mid(1));
}
