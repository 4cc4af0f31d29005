#pragma once

// Shared by the reliability tests: running crible-cli as a child process, hashing files,
// reading what a project holds through the store (never through the command under test).

#include "store/project.h"
#include "text/icu_tokenizer.h"

#include <QByteArray>
#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QString>
#include <QStringList>

namespace crible::reliability {

struct CliRun
{
    int exitCode = -1;
    QProcess::ExitStatus exitStatus = QProcess::CrashExit;
    QByteArray out;
    QByteArray err;
    bool finished = false;

    bool succeeded() const
    {
        return finished && exitStatus == QProcess::NormalExit && exitCode == 0;
    }
    // The non-empty lines the command wrote on stderr.
    QList<QByteArray> errorLines() const
    {
        QList<QByteArray> lines;
        for (const QByteArray &line : err.split('\n')) {
            if (!line.trimmed().isEmpty())
                lines.append(line);
        }
        return lines;
    }
    QString describe() const
    {
        return QStringLiteral("exit %1 (%2) stdout=[%3] stderr=[%4]")
            .arg(exitCode)
            .arg(exitStatus == QProcess::NormalExit ? QStringLiteral("normal")
                                                    : QStringLiteral("crashed"))
            .arg(QString::fromUtf8(out.trimmed()), QString::fromUtf8(err.trimmed()));
    }
};

inline QString cliPath()
{
#ifdef CRIBLE_CLI_PATH
    return QStringLiteral(CRIBLE_CLI_PATH);
#else
    return QString();
#endif
}

inline CliRun runCli(const QStringList &arguments, int timeoutMs = 120000)
{
    CliRun run;
    QProcess process;
    process.start(cliPath(), arguments);
    if (!process.waitForStarted(timeoutMs))
        return run;
    process.closeWriteChannel();
    run.finished = process.waitForFinished(timeoutMs);
    if (!run.finished) {
        process.kill();
        process.waitForFinished();
    }
    run.exitCode = process.exitCode();
    run.exitStatus = process.exitStatus();
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

inline QByteArray sha256OfFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QByteArray();
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

inline QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QByteArray();
    return file.readAll();
}

inline bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return file.write(bytes) == bytes.size();
}

// The id the command printed: the last non-empty line of its standard output.
inline QString printedId(const QByteArray &out)
{
    const QList<QByteArray> lines = out.trimmed().split('\n');
    return lines.isEmpty() ? QString() : QString::fromUtf8(lines.last().trimmed());
}

// The tokenizer the command-line tool registers, so the tests open its projects the same way.
inline const core::FullTextTokenizer *tokenizer()
{
    static const text::IcuWordTokenizer instance;
    return &instance;
}

} // namespace crible::reliability
