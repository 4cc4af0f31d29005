// Export throughput: N claims over M articles (default 100,000 over 1,000), built through
// store::Project in one Batch, exported to CSV and JSON Lines; the figures are printed next
// to the sqlite3 shell's `-csv` and `-json` output of the same rows from the same file.
//
//   bench_export [--claims N] [--articles M] [--keep DIR]

#include "export/exporter.h"
#include "store/project.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimeZone>
#include <cstdio>
#include <ctime>
#include <sys/resource.h>

using namespace Qt::StringLiterals;
using namespace crible;

namespace {

// The machine may be shared: wall time includes waiting for a core, so CPU time (user +
// system, of this process or of the sqlite3 child) is printed too, and the ratio uses it.
struct Figure
{
    QString what;
    double seconds = 0; // wall
    double cpu = 0;     // user + system
    qint64 bytes = 0;
    qint64 rows = 0;
};

double processCpu()
{
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return t.tv_sec + t.tv_nsec / 1e9;
}

double childrenCpu()
{
    rusage u{};
    getrusage(RUSAGE_CHILDREN, &u);
    return u.ru_utime.tv_sec + u.ru_utime.tv_usec / 1e6 + u.ru_stime.tv_sec +
           u.ru_stime.tv_usec / 1e6;
}

void print(const Figure &f)
{
    std::printf("%-34s wall %7.3f s  cpu %7.3f s  %9.0f rows/s  %7.1f MB/s (cpu)  %10lld bytes\n",
                qPrintable(f.what), f.seconds, f.cpu, f.rows / f.cpu, f.bytes / f.cpu / 1e6,
                static_cast<long long>(f.bytes));
}

const QStringList kVerdicts{u"accurate"_s,   u"mostly-accurate"_s, u"misleading"_s,
                            u"inaccurate"_s, u"unverifiable"_s,    u"outdated"_s,
                            u"opinion"_s};
const QStringList kScopes{u"national-in-force"_s, u"national-plan"_s, u"local-pilot"_s,
                          u"commercial"_s,        u"outside"_s,       u"none"_s};
const QStringList kLevels{u"E1"_s, u"E2"_s, u"E3"_s, u"E4"_s, u"E5"_s};

QString sentence(int article, int i)
{
    // Mixed scripts so the exporters' escaping and UTF-8 paths are exercised.
    switch (i % 4) {
    case 0:
        return u"Le système de crédit social n°%1 est généralisé en %2, selon l’article %3."_s
            .arg(i)
            .arg(2014 + i % 10)
            .arg(article);
    case 1:
        return u"Rongcheng 荣成 pilot %1 gives 1000 points, \"quoted\", a;b|c 😀 %2."_s.arg(i).arg(
            article);
    case 2:
        return u"المدينة تختبر النظام %1 في %2."_s.arg(i).arg(article);
    default:
        return u"=SUM(A%1) is not a formula here, <b>%2</b> & more."_s.arg(i).arg(article);
    }
}

bool build(store::Project &project, int claims, int articles)
{
    store::Project::Batch batch(project);
    QList<core::Source> sources;
    for (int s = 0; s < 50; ++s) {
        core::Source source;
        source.uuid = u"source-%1"_s.arg(s);
        source.title = u"Source %1: report on 社会信用 \"scores\""_s.arg(s);
        source.publisher = u"Publisher %1"_s.arg(s % 7);
        source.url = u"https://example.org/source/%1"_s.arg(s);
        source.date = u"2019-0%1-01"_s.arg(1 + s % 9);
        if (auto r = project.addSource(source); !r) {
            std::fprintf(stderr, "%s\n", qPrintable(r.error()));
            return false;
        }
        sources.append(source);
    }
    const int perArticle = (claims + articles - 1) / articles;
    int made = 0;
    for (int a = 0; a < articles && made < claims; ++a) {
        core::Article article;
        article.uuid = u"00000000-0000-4000-8000-%1"_s.arg(a, 12, 10, QChar(u'0'));
        article.title = u"Article %1 : le crédit social"_s.arg(a);
        article.publisher = u"Blog %1"_s.arg(a % 13);
        article.url = u"https://blog.example.org/%1"_s.arg(a);
        article.publishedDate = u"2019-05-01"_s;
        article.language = a % 3 == 0 ? u"zh"_s : u"fr"_s;
        QList<std::pair<qint64, qint64>> spans;
        QString text;
        qint64 codePoints = 0;
        for (int i = 0; i < perArticle; ++i) {
            const QString s = sentence(a, i);
            const qint64 length = s.toUcs4().size();
            spans.append({codePoints, codePoints + length});
            text += s + u' ';
            codePoints += length + 1;
        }
        article.text = text;
        article.originalBytes = text.toUtf8();
        article.sourceEncoding = u"UTF-8"_s;
        article.updateDigest();
        if (auto r = project.addArticle(article); !r) {
            std::fprintf(stderr, "%s\n", qPrintable(r.error()));
            return false;
        }
        for (int i = 0; i < perArticle && made < claims; ++i, ++made) {
            core::Claim c;
            c.articleId = article.id;
            c.start = spans.at(i).first;
            c.end = spans.at(i).second;
            c.uuid = u"10000000-0000-4000-8000-%1"_s.arg(made, 12, 10, QChar(u'0'));
            c.claimant = u"Auteur %1"_s.arg(a);
            c.restatement = u"Restatement of claim %1"_s.arg(made);
            c.kind = u"statistic"_s;
            c.status = u"graded"_s;
            c.verdict = kVerdicts.at(made % kVerdicts.size());
            c.evidenceLevel = kLevels.at(made % kLevels.size());
            c.scope = kScopes.at(made % kScopes.size());
            c.presentedAs = kScopes.at((made / 3) % kScopes.size());
            c.explanation = u"What is actually true about claim %1, with \"quotes\", commas, "
                            u"and a line\nbreak."_s.arg(made);
            c.statusAsOf = u"2024-03-01"_s;
            c.annotator = u"bench"_s;
            c.created = QDateTime(QDate(2024, 3, 1), QTime(10, 0), QTimeZone::utc());
            c.modified = c.created;
            const core::Source &s = sources.at(made % sources.size());
            c.sources = {{s.id, s.uuid, u"supports"_s, u"passage %1"_s.arg(made)}};
            if (auto r = project.addClaim(c); !r) {
                std::fprintf(stderr, "%s\n", qPrintable(r.error()));
                return false;
            }
        }
    }
    auto committed = batch.commit();
    if (!committed)
        std::fprintf(stderr, "%s\n", qPrintable(committed.error()));
    return committed.ok();
}

// The same rows as the exporters write (published claims, article fields, sources), in
// table order; sqlite3 writes them with its own CSV or JSON writer.
const char *kSelect =
    "SELECT c.uuid, a.title, a.url, a.publisher, a.published_date, a.language, c.quote,"
    " c.start_offset, c.end_offset, c.prefix, c.suffix, c.claimant, c.restatement, c.kind,"
    " c.status, c.verdict, c.evidence_level, c.presented_as, c.scope, c.explanation,"
    " c.status_as_of, (SELECT group_concat(s.title || ' (' || s.publisher || ', ' || s.date ||"
    " ') ' || s.url || ' [' || cs.stance || ']', '; ') FROM claim_sources cs JOIN sources s ON"
    " s.id = cs.source_id WHERE cs.claim_id = c.id) AS sources, c.annotator, c.created_at,"
    " c.modified_at FROM claims c JOIN articles a ON a.id = c.article_id WHERE c.status <>"
    " 'draft' ORDER BY c.scope, c.article_id, c.start_offset, c.end_offset";

Figure runSqlite(const QString &mode, const QString &db, const QString &out, qint64 rows)
{
    Figure f{u"sqlite3 "_s + mode, 0, 0, 0, rows};
    const QString sqlite = QStandardPaths::findExecutable(u"sqlite3"_s);
    if (sqlite.isEmpty())
        return f;
    QProcess p;
    p.setStandardOutputFile(out);
    QElapsedTimer timer;
    timer.start();
    const double cpu = childrenCpu();
    p.start(sqlite, {u"-readonly"_s, mode, u"-header"_s, db, QString::fromLatin1(kSelect)});
    p.waitForFinished(-1);
    f.seconds = timer.nsecsElapsed() / 1e9;
    f.cpu = childrenCpu() - cpu;
    f.bytes = QFile(out).size();
    return f;
}

} // namespace

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({u"claims"_s, u"Number of claims (default 100000)."_s, u"N"_s, u"100000"_s});
    parser.addOption({u"articles"_s, u"Number of articles (default claims / 100)."_s, u"M"_s});
    parser.addOption({u"keep"_s, u"Keep the project and outputs in DIR."_s, u"DIR"_s});
    parser.process(app);
    const int claims = parser.value(u"claims"_s).toInt();
    const int articles = parser.isSet(u"articles"_s) ? parser.value(u"articles"_s).toInt()
                                                     : std::max(1, claims / 100);
    if (claims <= 0 || articles <= 0) {
        std::fprintf(stderr, "bench_export: --claims and --articles must be positive\n");
        return 2;
    }

    QTemporaryDir temp;
    const QString dir = parser.isSet(u"keep"_s) ? parser.value(u"keep"_s) : temp.path();
    const QString db = dir + u"/bench.crible"_s;
    QFile::remove(db);

    QElapsedTimer timer;
    timer.start();
    {
        auto project = store::Project::create(db, nullptr);
        if (!project) {
            std::fprintf(stderr, "%s\n", qPrintable(project.error()));
            return 1;
        }
        if (!build(**project, claims, articles))
            return 1;
    }
    std::printf("built %d claims over %d articles in %.1f s\n", claims, articles,
                timer.nsecsElapsed() / 1e9);

    auto project = store::Project::open(db, nullptr, store::OpenMode::ReadOnly);
    if (!project) {
        std::fprintf(stderr, "%s\n", qPrintable(project.error()));
        return 1;
    }
    timer.restart();
    const double loadCpuStart = processCpu();
    auto data = exporters::ExportData::load(**project, {});
    if (!data) {
        std::fprintf(stderr, "%s\n", qPrintable(data.error()));
        return 1;
    }
    const double loadSeconds = timer.nsecsElapsed() / 1e9;
    const double loadCpu = processCpu() - loadCpuStart;
    const qint64 rows = data->claims.size();
    std::printf("ExportData::load: %lld rows in %.3f s wall, %.3f s cpu\n\n",
                static_cast<long long>(rows), loadSeconds, loadCpu);

    int status = 0;
    for (const auto &[format, mode] : {std::pair{u"csv"_s, u"-csv"_s}, {u"jsonl"_s, u"-json"_s}}) {
        auto exporter = exporters::createExporter(format);
        const QString out = dir + u"/out."_s + format;
        timer.restart();
        const double cpu = processCpu();
        if (!exporter->write(*data, out)) {
            std::fprintf(stderr, "%s\n", qPrintable(exporter->errorString()));
            return 1;
        }
        const double writeSeconds = timer.nsecsElapsed() / 1e9;
        const double writeCpu = processCpu() - cpu;
        Figure write{u"crible "_s + format + u" (write only)"_s, writeSeconds, writeCpu,
                     QFile(out).size(), rows};
        Figure total{u"crible "_s + format + u" (load + write)"_s, writeSeconds + loadSeconds,
                     writeCpu + loadCpu, write.bytes, rows};
        const Figure sqlite = runSqlite(mode, db, dir + u"/sqlite."_s + format, rows);
        print(write);
        print(total);
        if (sqlite.seconds > 0 && sqlite.cpu > 0) {
            print(sqlite);
            const double ratio = sqlite.cpu / total.cpu;
            std::printf("ratio, cpu time (crible load + write rows/s / sqlite3 rows/s): %.2f%s\n"
                        "ratio, wall time: %.2f\n\n",
                        ratio, ratio >= 0.5 ? "" : "  (below the 0.5 aim)",
                        sqlite.seconds / total.seconds);
        } else {
            std::printf("sqlite3 shell not found: no comparison\n\n");
        }
        if (write.bytes == 0)
            status = 1;
    }
    return status;
}
