#include "command.h"

#include <QGuiApplication>

namespace {

QtMessageHandler defaultMessageHandler = nullptr;

// A headless machine often has no XDG_RUNTIME_DIR; Qt's warning about it would break the
// promise of one stderr line per error, and the offscreen platform does not need the folder.
void filterMessages(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (message.startsWith(QLatin1String("QStandardPaths: XDG_RUNTIME_DIR")))
        return;
    defaultMessageHandler(type, context, message);
}

} // namespace

int main(int argc, char *argv[])
{
    // Qt's PDF and ODF writers need a GUI application, and a headless tool has no display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    defaultMessageHandler = qInstallMessageHandler(filterMessages);
    QGuiApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("crible-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("Crible"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CRIBLE_VERSION));
    return crible::cli::runCommandLine(QCoreApplication::arguments().mid(1));
}
