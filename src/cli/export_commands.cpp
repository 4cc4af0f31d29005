// export, publish, corpus import/export/check: files written from and read into a project.

#include "command.h"
#include "export/corpus/corpus.h"
#include "export/exporter.h"

#include <QFile>
#include <QFileInfo>
#include <QTextStream>

namespace crible::cli {

namespace {

// One line per reason on stderr, so stdout stays clean for pipes.
void reportOmissions(const QList<exporters::ExportOmission> &omissions)
{
    if (omissions.isEmpty())
        return;
    standardOutput().flush();
    QTextStream err(stderr);
    for (const exporters::ExportOmission &o : omissions)
        err << escapeLine(o.message) << u'\n';
}

int runExport(const Arguments &args)
{
    const QString name = QStringLiteral("export");
    if (!args.has(QStringLiteral("format")))
        return reportUsageError(
            name, tr("missing --format (one of: %1)").arg(exporters::exportFormats().join(u", ")));
    if (!args.has(QStringLiteral("out")))
        return reportUsageError(name, tr("missing --out FILE"));
    const QString format = args.value(QStringLiteral("format"));
    std::unique_ptr<exporters::Exporter> exporter = exporters::createExporter(format);
    if (!exporter)
        return reportUsageError(name, tr("unknown format \"%1\" (one of: %2)")
                                          .arg(format, exporters::exportFormats().join(u", ")));

    auto project = openProject(args.positional.at(0), store::OpenMode::ReadOnly);
    if (!project)
        return reportFailure(project.error());
    exporters::ExportOptions options;
    options.annotator = args.value(QStringLiteral("annotator"));
    if (args.has(QStringLiteral("article"))) {
        auto article = findArticle(**project, args.value(QStringLiteral("article")));
        if (!article)
            return reportFailure(article.error());
        options.articleId = article->id;
    }
    auto data = exporters::ExportData::load(**project, options);
    if (!data)
        return reportFailure(data.error());
    const QString out = args.value(QStringLiteral("out"));
    if (!exporter->write(*data, out)) {
        // Exporters name the file they failed on; add it only when they did not.
        const QString reason = exporter->errorString();
        return reportFailure(reason.contains(out) ? reason : out + u": " + reason);
    }
    // Claims left out on purpose are no failure (the exit status stays 0), but never silent.
    reportOmissions(exporter->omissions(*data));
    return Success;
}

int runPublish(const Arguments &args)
{
    auto project = openProject(args.positional.at(0), store::OpenMode::ReadOnly);
    if (!project)
        return reportFailure(project.error());
    if (auto r = exporters::publishTables(**project, args.positional.at(1)); !r)
        return reportFailure(r.error());
    // What the published files leave out, each reason once (the drafts are the same for all).
    auto data = exporters::ExportData::load(**project, {});
    if (!data)
        return reportFailure(data.error());
    QList<exporters::ExportOmission> omissions;
    for (const QString &format : exporters::exportFormats()) {
        for (const exporters::ExportOmission &o :
             exporters::createExporter(format)->omissions(*data)) {
            if (!omissions.contains(o))
                omissions.append(o);
        }
    }
    reportOmissions(omissions);
    return Success;
}

int runCorpusImport(const Arguments &args)
{
    const QString path = args.positional.at(0);
    const QString dir = args.positional.at(1);
    if (!QFileInfo(dir).isDir())
        return reportFailure(tr("%1: no such corpus folder").arg(dir));
    // A missing project is created for the corpus, and removed again if the import fails,
    // so a failed command leaves no file behind.
    const bool created = !QFileInfo::exists(path);
    core::Result<void> imported;
    {
        auto project =
            created ? store::Project::create(path, fullTextTokenizer()) : openProject(path);
        if (!project)
            return reportFailure(project.error());
        imported = exporters::importCorpus(**project, dir);
    }
    if (!imported) {
        if (created) {
            for (const char *suffix : {"", "-wal", "-shm", "-journal"})
                QFile::remove(path + QLatin1String(suffix));
        }
        return reportFailure(imported.error());
    }
    return Success;
}

int runCorpusExport(const Arguments &args)
{
    auto project = openProject(args.positional.at(0), store::OpenMode::ReadOnly);
    if (!project)
        return reportFailure(project.error());
    if (auto r = exporters::exportCorpus(**project, args.positional.at(1)); !r)
        return reportFailure(r.error());
    return Success;
}

int runCorpusCheck(const Arguments &args)
{
    const QString dir = args.positional.at(0);
    const QList<exporters::CorpusProblem> problems = exporters::checkCorpus(dir);
    for (const exporters::CorpusProblem &problem : problems) {
        QString line = problem.file + u": ";
        if (!problem.claimId.isEmpty())
            line += tr("claim %1: ").arg(problem.claimId);
        standardOutput() << escapeLine(line + problem.message) << u'\n';
    }
    if (!problems.isEmpty())
        return reportFailure(QCoreApplication::translate("crible::cli", "%1: %n problem(s) found",
                                                         nullptr, int(problems.size()))
                                 .arg(dir));
    standardOutput() << tr("%1: the corpus is valid").arg(dir) << u'\n';
    return Success;
}

} // namespace

QList<Command> exportCommands()
{
    QList<Command> commands;
    commands.append(
        {{QStringLiteral("export")},
         QStringLiteral("PROJECT --format F --out FILE [--article ID] [--annotator NAME]"),
         tr("Writes the published claims (drafts left out) in one format."),
         tr("Options:\n"
            "  --format F        %1\n"
            "  --out FILE        the file to write (atomically)\n"
            "  --article ID      only this article (numeric id or uuid)\n"
            "  --annotator NAME  only this annotator's claims\n"
            "Claims left out on purpose are counted on stderr, one line per reason, and the\n"
            "exit status stays 0: drafts (every format); in fever and claimreview, opinions,\n"
            "that is claims whose verdict has no FEVER label (set one in the editor's\n"
            "Edit > Taxonomy).")
             .arg(exporters::exportFormats().join(u", ")),
         {{QStringLiteral("format")},
          {QStringLiteral("out")},
          {QStringLiteral("article")},
          {QStringLiteral("annotator")}},
         1,
         1,
         runExport});
    commands.append({{QStringLiteral("publish")},
                     QStringLiteral("PROJECT OUTDIR"),
                     tr("Regenerates the checked-in fact-check tables (the export/ folder)."),
                     QString(),
                     {},
                     2,
                     2,
                     runPublish});
    commands.append({{QStringLiteral("corpus"), QStringLiteral("import")},
                     QStringLiteral("PROJECT DIR"),
                     tr("Imports a corpus folder (corpus/README.md) into a project, all or "
                        "nothing; creates the project when it does not exist."),
                     QString(),
                     {},
                     2,
                     2,
                     runCorpusImport});
    commands.append({{QStringLiteral("corpus"), QStringLiteral("export")},
                     QStringLiteral("PROJECT DIR"),
                     tr("Writes the project as a corpus folder; corpus -> project -> corpus "
                        "gives identical bytes."),
                     QString(),
                     {},
                     2,
                     2,
                     runCorpusExport});
    commands.append({{QStringLiteral("corpus"), QStringLiteral("check")},
                     QStringLiteral("DIR"),
                     tr("Validates a corpus folder without a project: one line per problem "
                        "(file, claim, reason); exit 1 when there is any."),
                     QString(),
                     {},
                     1,
                     1,
                     runCorpusCheck});
    return commands;
}

} // namespace crible::cli
