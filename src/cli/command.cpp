#include "command.h"

#include "text/icu_tokenizer.h"

#include <QFileInfo>
#include <cstdio>

namespace crible::cli {

namespace {

const QString kProgram = QStringLiteral("crible-cli");

QList<Command> allCommands()
{
    return projectCommands() + claimCommands() + exportCommands();
}

QString commandHelp(const Command &command)
{
    QString help = tr("Usage: %1 %2 %3\n").arg(kProgram, command.name(), command.synopsis);
    help += u'\n' + command.summary + u'\n';
    if (!command.details.isEmpty())
        help += u'\n' + command.details + u'\n';
    return help;
}

QString programHelp()
{
    QString help = tr("Usage: %1 COMMAND [ARGUMENTS]\n\n"
                      "Crible's headless tool: projects, articles, claims, exports and corpora.\n\n"
                      "Commands:\n")
                       .arg(kProgram);
    for (const Command &command : allCommands())
        help += u"  " + (command.name() + u' ' + command.synopsis) + u"\n      " + command.summary +
                u'\n';
    help += tr("\nExit status: 0 on success, 1 on bad input or data, 2 on a usage error.\n"
               "Offsets are Unicode code points into the stored (NFC, \"\\n\") text.\n"
               "Run \"%1 COMMAND --help\" for the options of one command.\n")
                .arg(kProgram);
    return help;
}

// Splits options from positional arguments. Accepts "--name value" and "--name=value";
// "--" ends the options.
int parse(const Command &command, const QStringList &args, Arguments &parsed, bool &help)
{
    bool optionsEnded = false;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        if (optionsEnded || !arg.startsWith(u'-') || arg == u"-") {
            parsed.positional.append(arg);
            continue;
        }
        if (arg == u"--") {
            optionsEnded = true;
            continue;
        }
        if (arg == u"--help" || arg == u"-h") {
            help = true;
            return Success;
        }
        if (!arg.startsWith(u"--"))
            return reportUsageError(command.name(), tr("unknown option \"%1\"").arg(arg));
        QString name = arg.mid(2);
        QString value;
        bool hasInlineValue = false;
        if (const qsizetype eq = name.indexOf(u'='); eq >= 0) {
            value = name.mid(eq + 1);
            name.truncate(eq);
            hasInlineValue = true;
        }
        const auto spec = std::find_if(command.options.cbegin(), command.options.cend(),
                                       [&](const OptionSpec &s) { return s.name == name; });
        if (spec == command.options.cend())
            return reportUsageError(command.name(), tr("unknown option \"--%1\"").arg(name));
        if (spec->takesValue && !hasInlineValue) {
            if (i + 1 >= args.size())
                return reportUsageError(command.name(),
                                        tr("option \"--%1\" needs a value").arg(name));
            value = args.at(++i);
        } else if (!spec->takesValue && hasInlineValue) {
            return reportUsageError(command.name(), tr("option \"--%1\" takes no value").arg(name));
        }
        if (parsed.has(name) && !spec->repeatable)
            return reportUsageError(command.name(), tr("option \"--%1\" is given twice").arg(name));
        parsed.add(name, value);
    }
    const int count = int(parsed.positional.size());
    if (count < command.minPositional)
        return reportUsageError(command.name(),
                                tr("missing argument (expected: %1)").arg(command.synopsis));
    if (command.maxPositional >= 0 && count > command.maxPositional)
        return reportUsageError(
            command.name(),
            tr("unexpected argument \"%1\"").arg(parsed.positional.at(command.maxPositional)));
    return Success;
}

} // namespace

QTextStream &standardOutput()
{
    static QTextStream stream(stdout);
    return stream;
}

int reportFailure(const QString &message)
{
    standardOutput().flush();
    QString line = message;
    line.replace(u'\n', u' ');
    QTextStream err(stderr);
    err << line << u'\n';
    return Failure;
}

int reportUsageError(const QString &commandName, const QString &message)
{
    standardOutput().flush();
    QTextStream err(stderr);
    const QString help = commandName.isEmpty()
                             ? QString(kProgram + u" --help")
                             : QString(kProgram + u' ' + commandName + u" --help");
    err << QString(kProgram + u": " + message) << u'\n'
        << tr("Try \"%1\" for more information.").arg(help) << u'\n';
    return UsageError;
}

int runCommandLine(const QStringList &arguments)
{
    if (arguments.isEmpty())
        return reportUsageError(QString(), tr("missing command"));
    if (arguments.first() == u"--help" || arguments.first() == u"-h" ||
        arguments.first() == u"help") {
        standardOutput() << programHelp();
        return Success;
    }
    if (arguments.first() == u"--version") {
        standardOutput() << kProgram << u' ' << QCoreApplication::applicationVersion() << u'\n';
        return Success;
    }
    const QList<Command> commands = allCommands();
    const Command *match = nullptr;
    for (const Command &command : commands) {
        if (arguments.size() >= command.words.size() &&
            arguments.mid(0, command.words.size()) == command.words &&
            (!match || command.words.size() > match->words.size()))
            match = &command;
    }
    if (!match) {
        // "claim" alone or "corpus frobnicate": name the family in the message.
        const bool family = std::any_of(commands.cbegin(), commands.cend(), [&](const Command &c) {
            return c.words.size() > 1 && c.words.first() == arguments.first();
        });
        return reportUsageError(
            QString(),
            tr("unknown command \"%1\"").arg(arguments.mid(0, family ? 2 : 1).join(u' ')));
    }
    Arguments parsed;
    bool help = false;
    if (const int status = parse(*match, arguments.mid(match->words.size()), parsed, help);
        status != Success)
        return status;
    if (help) {
        standardOutput() << commandHelp(*match);
        return Success;
    }
    const int status = match->run(parsed);
    standardOutput().flush();
    return status;
}

const core::FullTextTokenizer *fullTextTokenizer()
{
    static const text::IcuWordTokenizer tokenizer;
    return &tokenizer;
}

core::Result<std::unique_ptr<store::Project>> openProject(const QString &path, store::OpenMode mode)
{
    if (!QFileInfo::exists(path))
        return core::fail(tr("%1: no such project (create it with crible-cli init)").arg(path));
    return store::Project::open(path, fullTextTokenizer(), mode);
}

namespace {

bool isNumericId(const QString &text, qint64 &id)
{
    bool ok = false;
    id = text.toLongLong(&ok);
    return ok && id > 0;
}

} // namespace

core::Result<core::Article> findArticle(const store::Project &project, const QString &idOrUuid)
{
    qint64 id = 0;
    if (!isNumericId(idOrUuid, id)) {
        auto byUuid = project.articleIdByUuid(idOrUuid);
        if (!byUuid)
            return core::fail(byUuid.error());
        id = *byUuid;
    }
    if (id != 0) {
        auto article = project.article(id);
        if (article)
            return article;
    }
    return core::fail(tr("article %1: no such article in the project").arg(idOrUuid));
}

core::Result<core::Claim> findClaim(const store::Project &project, const QString &idOrUuid)
{
    qint64 id = 0;
    if (!isNumericId(idOrUuid, id)) {
        auto byUuid = project.claimIdByUuid(idOrUuid);
        if (!byUuid)
            return core::fail(byUuid.error());
        id = *byUuid;
    }
    if (id != 0) {
        auto claim = project.claim(id);
        if (claim)
            return claim;
    }
    return core::fail(tr("claim %1: no such claim in the project").arg(idOrUuid));
}

QString escapeLine(const QString &text)
{
    QString escaped;
    escaped.reserve(text.size());
    for (const QChar c : text) {
        if (c == u'\\')
            escaped += QLatin1String("\\\\");
        else if (c == u'\n')
            escaped += QLatin1String("\\n");
        else if (c == u'\t')
            escaped += QLatin1String("\\t");
        else
            escaped += c;
    }
    return escaped;
}

} // namespace crible::cli
