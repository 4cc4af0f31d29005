#pragma once

// Runs the real crible-cli binary (CRIBLE_CLI_PATH) the way a user's shell does, on the
// offscreen platform, and keeps what it printed: shared by the command-line tests.

#include <QByteArray>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace crible::testing {

struct CliRun
{
    int exitCode = -1; // -1: crashed or did not finish
    QString out;
    QString err;

    QStringList errLines() const { return err.split(u'\n', Qt::SkipEmptyParts); }
};

inline CliRun runCli(const QString &workingDirectory, const QStringList &args)
{
    QProcess process;
    process.setWorkingDirectory(workingDirectory);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(CRIBLE_CLI_PATH), args);
    CliRun result;
    if (!process.waitForFinished(120000)) {
        result.err = QStringLiteral("crible-cli did not finish");
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

inline QByteArray readBytes(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

} // namespace crible::testing
