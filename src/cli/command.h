#pragma once

#include "core/article.h"
#include "core/claim.h"
#include "core/result.h"
#include "store/project.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QTextStream>
#include <functional>
#include <memory>

namespace crible::cli {

// Exit statuses: scripts tell bad data (1) from a mistyped command line (2).
enum ExitStatus : int { Success = 0, Failure = 1, UsageError = 2 };

inline QString tr(const char *text)
{
    return QCoreApplication::translate("crible::cli", text);
}

struct OptionSpec
{
    QString name; // without the leading "--"
    bool takesValue = true;
    bool repeatable = false;
};

// The options and positional arguments of one subcommand, as typed.
class Arguments
{
public:
    QStringList positional;

    bool has(const QString &name) const { return m_values.contains(name); }
    QString value(const QString &name) const { return m_values.value(name).value(0); }
    QStringList values(const QString &name) const { return m_values.value(name); }
    void add(const QString &name, const QString &value) { m_values[name].append(value); }

private:
    QHash<QString, QStringList> m_values;
};

struct Command
{
    QStringList words; // {"claim", "add"}
    QString synopsis;  // arguments after the words, e.g. "PROJECT --article ID ..."
    QString summary;   // one line for the command list
    QString details;   // option descriptions for "--help"
    QList<OptionSpec> options;
    int minPositional = 0;
    int maxPositional = 0; // -1: unlimited
    std::function<int(const Arguments &)> run;

    QString name() const { return words.join(u' '); }
};

QList<Command> projectCommands(); // init, import, articles, sentences, search
QList<Command> claimCommands();   // claim add/set/delete, claims
QList<Command> exportCommands();  // export, publish, corpus import/export/check

// Parses the command line (without the program name), runs the command, returns the status.
int runCommandLine(const QStringList &arguments);

// Standard output as UTF-8 text.
QTextStream &standardOutput();
// One line on standard error (newlines inside are flattened); returns Failure.
int reportFailure(const QString &message);
// The reason and a hint to --help on standard error; returns UsageError.
int reportUsageError(const QString &commandName, const QString &message);

// Opens an existing project ("no such project" when the file is missing).
core::Result<std::unique_ptr<store::Project>>
openProject(const QString &path, store::OpenMode mode = store::OpenMode::ReadWrite);
// The one word tokenizer every project of this process is opened with.
const core::FullTextTokenizer *fullTextTokenizer();

// An article or claim named by its numeric id or its uuid.
core::Result<core::Article> findArticle(const store::Project &project, const QString &idOrUuid);
core::Result<core::Claim> findClaim(const store::Project &project, const QString &idOrUuid);

// "\n", "\t" and "\\" written as escapes, so a value stays on one line.
QString escapeLine(const QString &text);

} // namespace crible::cli
