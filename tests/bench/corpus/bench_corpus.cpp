// Corpus-scale benchmark (issue 8): each stage beside its ceiling, measured on the same data
// in the same run, with the same synchronous setting and one transaction per batch in both.
//
//   crible-bench-corpus [--articles N] [--size S] [--claims K] [--queries Q] [--corpus DIR]
//
// Prints a Markdown table. Ceilings: bare ICU (NFC + sentence segmentation, on every core)
// and bare SQLite inserts of the same text into a plain table and a bare FTS5 table with the
// same tokenizer (one writer); the import pipeline overlaps the two, so its ceiling time is
// the larger of the two.
#include "core/offsets.h"
#include "corpus_generator.h"
#include "store/fts_tokenizer.h"
#include "store/project.h"
#include "text/icu_tokenizer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <algorithm>
#include <atomic>
#include <cstdio>
#include <fcntl.h>
#include <random>
#include <sqlite3.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <thread>
#include <unicode/brkiter.h>
#include <unicode/normalizer2.h>
#include <unicode/unistr.h>
#include <unistd.h>
#include <vector>

using namespace crible;

namespace {

// Articles per transaction in the bare ceilings; crible-cli's directory import commits in
// batches of the same size (src/cli).
constexpr int kArticlesPerBatch = 32;

struct ChildRun
{
    int exitCode = -1;
    double seconds = 0;
    long peakKiB = 0;
};

ChildRun runChild(const QStringList &arguments)
{
    std::vector<QByteArray> storage;
    for (const QString &a : arguments)
        storage.push_back(a.toLocal8Bit());
    std::vector<char *> argv;
    for (QByteArray &s : storage)
        argv.push_back(s.data());
    argv.push_back(nullptr);
    QElapsedTimer timer;
    timer.start();
    const pid_t pid = fork();
    if (pid == 0) {
        // The tool's own progress and summary would break the table.
        const int devNull = open("/dev/null", O_WRONLY);
        dup2(devNull, STDOUT_FILENO);
        dup2(devNull, STDERR_FILENO);
        execv(argv[0], argv.data());
        _exit(127);
    }
    int status = 0;
    struct rusage usage = {};
    wait4(pid, &status, 0, &usage);
    ChildRun run;
    run.seconds = double(timer.nsecsElapsed()) / 1e9;
    run.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    run.peakKiB = usage.ru_maxrss;
    return run;
}

QStringList corpusFiles(const QString &dir)
{
    QStringList files;
    const QStringList names =
        QDir(dir).entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name);
    for (const QString &name : names)
        files << dir + QLatin1Char('/') + name;
    return files;
}

// Bare ICU on every core: decode, NFC, sentence segmentation. Returns seconds.
double bareIcu(const QStringList &files, qint64 *sentenceCount)
{
    std::atomic<int> next{0};
    std::atomic<qint64> sentences{0};
    auto work = [&] {
        UErrorCode status = U_ZERO_ERROR;
        const icu::Normalizer2 *nfc = icu::Normalizer2::getNFCInstance(status);
        std::unique_ptr<icu::BreakIterator> breaks(
            icu::BreakIterator::createSentenceInstance(icu::Locale("fr"), status));
        qint64 local = 0;
        for (int i = next++; i < files.size(); i = next++) {
            QFile file(files.at(i));
            if (!file.open(QIODevice::ReadOnly))
                continue;
            const QByteArray bytes = file.readAll();
            const icu::UnicodeString source = icu::UnicodeString::fromUTF8(
                icu::StringPiece(bytes.constData(), int(bytes.size())));
            UErrorCode s = U_ZERO_ERROR;
            const icu::UnicodeString normalised = nfc->normalize(source, s);
            breaks->setText(normalised);
            for (int32_t b = breaks->first(); b != icu::BreakIterator::DONE; b = breaks->next())
                ++local;
        }
        sentences += local;
    };
    QElapsedTimer timer;
    timer.start();
    std::vector<std::thread> threads;
    const unsigned cores = std::max(1u, std::thread::hardware_concurrency());
    for (unsigned i = 0; i < cores; ++i)
        threads.emplace_back(work);
    for (std::thread &t : threads)
        t.join();
    *sentenceCount = sentences;
    return double(timer.nsecsElapsed()) / 1e9;
}

bool execSql(sqlite3 *db, const char *sql)
{
    char *error = nullptr;
    if (sqlite3_exec(db, sql, nullptr, nullptr, &error) != SQLITE_OK) {
        std::fprintf(stderr, "bench: %s: %s\n", sql, error ? error : "?");
        sqlite3_free(error);
        return false;
    }
    return true;
}

sqlite3 *openBare(const QString &path)
{
    sqlite3 *db = nullptr;
    sqlite3_open(path.toUtf8().constData(), &db);
    execSql(db, "PRAGMA journal_mode=WAL");
    execSql(db, "PRAGMA synchronous=FULL");
    return db;
}

// Bare inserts of the same text: the whole text into a plain table, and its paragraphs into a
// bare FTS5 table with the same tokenizer. One writer, one transaction per batch. Seconds.
double bareInserts(const QStringList &files, const QString &dir,
                   const core::FullTextTokenizer &tokenizer)
{
    sqlite3 *db = openBare(dir + QStringLiteral("/bare-text.sqlite"));
    store::registerFullTextTokenizer(db, &tokenizer);
    execSql(db, "CREATE TABLE plain(id INTEGER PRIMARY KEY, body TEXT NOT NULL)");
    execSql(db, "CREATE VIRTUAL TABLE units USING fts5(body, tokenize='crible_icu')");
    sqlite3_stmt *plain = nullptr;
    sqlite3_stmt *fts = nullptr;
    sqlite3_prepare_v2(db, "INSERT INTO plain(body) VALUES (?1)", -1, &plain, nullptr);
    sqlite3_prepare_v2(db, "INSERT INTO units(body) VALUES (?1)", -1, &fts, nullptr);
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < files.size(); ++i) {
        if (i % kArticlesPerBatch == 0)
            execSql(db, "BEGIN");
        QFile file(files.at(i));
        file.open(QIODevice::ReadOnly);
        const QByteArray bytes = file.readAll();
        sqlite3_bind_text(plain, 1, bytes.constData(), int(bytes.size()), SQLITE_STATIC);
        sqlite3_step(plain);
        sqlite3_reset(plain);
        for (const QByteArray &paragraph : bytes.split('\n')) {
            if (paragraph.isEmpty())
                continue;
            sqlite3_bind_text(fts, 1, paragraph.constData(), int(paragraph.size()), SQLITE_STATIC);
            sqlite3_step(fts);
            sqlite3_reset(fts);
        }
        if (i % kArticlesPerBatch == kArticlesPerBatch - 1 || i + 1 == files.size())
            execSql(db, "COMMIT");
    }
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    sqlite3_finalize(plain);
    sqlite3_finalize(fts);
    sqlite3_close(db);
    return seconds;
}

// K claims per article: sentence-like spans picked evenly through the text.
QList<core::Claim> claimsFor(const core::Article &article, int perArticle)
{
    QList<core::Claim> claims;
    const core::CodePointIndex index(article.text);
    QList<qint64> stops;
    for (qsizetype i = article.text.indexOf(QLatin1String(". ")); i >= 0;
         i = article.text.indexOf(QLatin1String(". "), i + 2))
        stops << index.toCodePoint(i + 2);
    if (stops.size() < perArticle + 1)
        return claims;
    const qsizetype step = (stops.size() - 1) / perArticle;
    static const QStringList verdicts = {QStringLiteral("accurate"), QStringLiteral("misleading"),
                                         QStringLiteral("inaccurate")};
    static const QStringList scopes = {QStringLiteral("national-in-force"),
                                       QStringLiteral("local-pilot"), QStringLiteral("commercial")};
    for (int k = 0; k < perArticle; ++k) {
        core::Claim c;
        c.articleId = article.id;
        c.start = stops.at(k * step);
        c.end = stops.at(k * step + 1) - 1;
        c.claimant = QStringLiteral("Auteur de l’article");
        c.restatement = QStringLiteral("Affirmation %1").arg(k);
        c.kind = QStringLiteral("statistic");
        c.verdict = verdicts.at(k % verdicts.size());
        c.evidenceLevel = QStringLiteral("E%1").arg(1 + k % 5);
        c.presentedAs = QStringLiteral("national-in-force");
        c.scope = scopes.at(k % scopes.size());
        c.explanation = QStringLiteral("Ce que montrent les sources pour l’affirmation %1.").arg(k);
        c.statusAsOf = QStringLiteral("2024-06-01");
        c.status = QStringLiteral("graded");
        claims << c;
    }
    return claims;
}

double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const size_t at = std::min(values.size() - 1, size_t(p * double(values.size() - 1) + 0.5));
    return values[at];
}

void row(const char *stage, const QString &measured, const QString &ceiling, double ratio,
         const char *aim)
{
    std::printf("| %s | %s | %s | %.2f | %s |\n", stage, qUtf8Printable(measured),
                qUtf8Printable(ceiling), ratio, aim);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Crible corpus-scale benchmark."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("articles"), QStringLiteral("Articles."), QStringLiteral("N"),
                      QStringLiteral("1000")});
    parser.addOption({QStringLiteral("size"), QStringLiteral("Bytes per article."),
                      QStringLiteral("S"), QStringLiteral("100000")});
    parser.addOption({QStringLiteral("claims"), QStringLiteral("Claims per article."),
                      QStringLiteral("K"), QStringLiteral("100")});
    parser.addOption({QStringLiteral("queries"), QStringLiteral("Search queries."),
                      QStringLiteral("Q"), QStringLiteral("1000")});
    parser.addOption({QStringLiteral("seed"), QStringLiteral("Random seed."),
                      QStringLiteral("SEED"), QStringLiteral("2026")});
    parser.addOption({QStringLiteral("cli"), QStringLiteral("Path of crible-cli."),
                      QStringLiteral("PATH"), QStringLiteral(CRIBLE_CLI_PATH)});
    parser.process(app);

    bench::CorpusSpec spec;
    spec.articles = parser.value(QStringLiteral("articles")).toInt();
    spec.bytesPerArticle = parser.value(QStringLiteral("size")).toLongLong();
    spec.seed = parser.value(QStringLiteral("seed")).toULongLong();
    const int claimsPerArticle = parser.value(QStringLiteral("claims")).toInt();
    const int queries = parser.value(QStringLiteral("queries")).toInt();

    QTemporaryDir work;
    const QString corpusDir = work.path() + QStringLiteral("/corpus");
    const auto generated = bench::writeCorpus(spec, corpusDir);
    if (!generated) {
        std::fprintf(stderr, "bench: %s\n", qUtf8Printable(generated.error()));
        return 1;
    }
    const double megabytes = double(*generated) / 1e6;
    const QStringList files = corpusFiles(corpusDir);
    std::printf("corpus: %d articles, %.1f MB, %d claims per article, %u cores\n\n",
                int(files.size()), megabytes, claimsPerArticle,
                std::max(1u, std::thread::hardware_concurrency()));

    // 1. Import through the real tool, against bare ICU and bare SQLite on the same files.
    const QString projectPath = work.path() + QStringLiteral("/bench.crible");
    const QString cli = parser.value(QStringLiteral("cli"));
    if (runChild({cli, QStringLiteral("init"), projectPath}).exitCode != 0) {
        std::fprintf(stderr, "bench: crible-cli init failed\n");
        return 1;
    }
    const ChildRun import = runChild({cli, QStringLiteral("import"), projectPath, corpusDir});
    if (import.exitCode != 0) {
        std::fprintf(stderr, "bench: crible-cli import failed (exit %d)\n", import.exitCode);
        return 1;
    }
    qint64 sentenceCount = 0;
    const double icuSeconds = bareIcu(files, &sentenceCount);
    text::IcuWordTokenizer tokenizer;
    const double sqlSeconds = bareInserts(files, work.path(), tokenizer);
    const double ceilingSeconds = std::max(icuSeconds, sqlSeconds);

    // 2. Claims through the store, against bare prepared inserts of the same rows.
    auto opened = store::Project::open(projectPath, &tokenizer);
    if (!opened) {
        std::fprintf(stderr, "bench: %s\n", qUtf8Printable(opened.error()));
        return 1;
    }
    store::Project &project = **opened;
    QList<QList<core::Claim>> claimBatches;
    std::vector<QString> vocabulary;
    {
        const auto summaries = project.articles();
        for (const store::ArticleSummary &summary : *summaries) {
            const auto article = project.article(summary.id);
            claimBatches << claimsFor(*article, claimsPerArticle);
            if (vocabulary.size() < 20000) {
                const QStringList words = article->text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
                for (const QString &w : words) {
                    if (w.size() > 3 && w.front().isLetter() && w.back().isLetter())
                        vocabulary.push_back(w);
                }
            }
        }
    }
    qint64 claimCount = 0;
    QElapsedTimer timer;
    timer.start();
    for (QList<core::Claim> &batchClaims : claimBatches) {
        store::Project::Batch batch(project);
        for (core::Claim &c : batchClaims) {
            if (const auto added = project.addClaim(c); !added) {
                std::fprintf(stderr, "bench: %s\n", qUtf8Printable(added.error()));
                return 1;
            }
            ++claimCount;
        }
        if (const auto done = batch.commit(); !done) {
            std::fprintf(stderr, "bench: %s\n", qUtf8Printable(done.error()));
            return 1;
        }
    }
    const double claimSeconds = double(timer.nsecsElapsed()) / 1e9;

    // The same rows twice: into a plain table, and into a table with the keys the claims
    // table needs whoever writes it (a unique uuid, claims found by article). The ratio is
    // taken against the second: those indexes are the data's, not the store's overhead.
    auto bareClaims = [&](bool indexed) {
        sqlite3 *db =
            openBare(work.path() + (indexed ? QStringLiteral("/bare-claims-indexed.sqlite")
                                            : QStringLiteral("/bare-claims.sqlite")));
        execSql(db, "CREATE TABLE claims(id INTEGER PRIMARY KEY, uuid TEXT, article_id INTEGER,"
                    " start INTEGER, end INTEGER, quote TEXT, prefix TEXT, suffix TEXT,"
                    " claimant TEXT, restatement TEXT, kind TEXT, status TEXT, verdict TEXT,"
                    " evidence TEXT, presented_as TEXT, scope TEXT, explanation TEXT,"
                    " status_as_of TEXT, annotator TEXT, created TEXT, modified TEXT)");
        if (indexed) {
            execSql(db, "CREATE UNIQUE INDEX claims_uuid ON claims (uuid)");
            execSql(db, "CREATE INDEX claims_article ON claims (article_id, start, end)");
        }
        sqlite3_stmt *insert = nullptr;
        sqlite3_prepare_v2(db,
                           "INSERT INTO claims(uuid, article_id, start, end, quote, prefix,"
                           " suffix, claimant, restatement, kind, status, verdict, evidence,"
                           " presented_as, scope, explanation, status_as_of, annotator,"
                           " created, modified) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9,"
                           " ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20)",
                           -1, &insert, nullptr);
        timer.restart();
        for (const QList<core::Claim> &batchClaims : std::as_const(claimBatches)) {
            execSql(db, "BEGIN");
            for (const core::Claim &c : batchClaims) {
                const QList<QByteArray> values = {c.uuid.toUtf8(),
                                                  c.quote.toUtf8(),
                                                  c.prefix.toUtf8(),
                                                  c.suffix.toUtf8(),
                                                  c.claimant.toUtf8(),
                                                  c.restatement.toUtf8(),
                                                  c.kind.toUtf8(),
                                                  c.status.toUtf8(),
                                                  c.verdict.toUtf8(),
                                                  c.evidenceLevel.toUtf8(),
                                                  c.presentedAs.toUtf8(),
                                                  c.scope.toUtf8(),
                                                  c.explanation.toUtf8(),
                                                  c.statusAsOf.toUtf8(),
                                                  c.annotator.toUtf8(),
                                                  c.created.toString(Qt::ISODate).toUtf8(),
                                                  c.modified.toString(Qt::ISODate).toUtf8()};
                sqlite3_bind_text(insert, 1, values[0].constData(), -1, SQLITE_TRANSIENT);
                sqlite3_bind_int64(insert, 2, c.articleId);
                sqlite3_bind_int64(insert, 3, c.start);
                sqlite3_bind_int64(insert, 4, c.end);
                for (int v = 1; v < values.size(); ++v)
                    sqlite3_bind_text(insert, 4 + v, values[v].constData(), -1, SQLITE_TRANSIENT);
                sqlite3_step(insert);
                sqlite3_reset(insert);
            }
            execSql(db, "COMMIT");
        }
        const double seconds = double(timer.nsecsElapsed()) / 1e9;
        sqlite3_finalize(insert);
        sqlite3_close(db);
        return seconds;
    };
    const double plainClaimSeconds = bareClaims(false);
    const double bareClaimSeconds = bareClaims(true);

    // 3. Search: queries of one to three words drawn from the corpus's vocabulary.
    std::mt19937_64 random(spec.seed);
    std::vector<double> latencies;
    qint64 hits = 0;
    for (int q = 0; q < queries && !vocabulary.empty(); ++q) {
        QStringList words;
        const int count = 1 + int(random() % 3);
        for (int w = 0; w < count; ++w)
            words << vocabulary[random() % vocabulary.size()];
        timer.restart();
        const auto results = project.search(words.join(QLatin1Char(' ')), 20);
        latencies.push_back(double(timer.nsecsElapsed()) / 1e6);
        if (results)
            hits += results->size();
    }

    const double importMBs = megabytes / import.seconds;
    const double ceilingMBs = megabytes / ceilingSeconds;
    std::printf("| stage | measured | ceiling (same data, same run) | ratio | aim |\n");
    std::printf("|---|---|---|---|---|\n");
    row("import (crible-cli import DIR)",
        QStringLiteral("%1 MB/s (%2 s)").arg(importMBs, 0, 'f', 1).arg(import.seconds, 0, 'f', 1),
        QStringLiteral("%1 MB/s (ICU %2 s on all cores, SQLite+FTS5 %3 s)")
            .arg(ceilingMBs, 0, 'f', 1)
            .arg(icuSeconds, 0, 'f', 1)
            .arg(sqlSeconds, 0, 'f', 1),
        importMBs / ceilingMBs, "≥ 0.50");
    const double claimRate = double(claimCount) / claimSeconds;
    const double bareClaimRate = double(claimCount) / bareClaimSeconds;
    row("add claims (store::Project::addClaim)",
        QStringLiteral("%1 claims/s (%2 s)").arg(claimRate, 0, 'f', 0).arg(claimSeconds, 0, 'f', 1),
        QStringLiteral("%1 claims/s bare prepared inserts, same indexes (%2 claims/s into a "
                       "table without indexes)")
            .arg(bareClaimRate, 0, 'f', 0)
            .arg(double(claimCount) / plainClaimSeconds, 0, 'f', 0),
        claimRate / bareClaimRate, "≥ 0.50");
    std::printf("| search, top 20 with snippets | median %.2f ms, p99 %.2f ms (%d queries, %lld "
                "hits) | — | — | median < 5 ms, p99 < 50 ms |\n",
                percentile(latencies, 0.5), percentile(latencies, 0.99), int(latencies.size()),
                static_cast<long long>(hits));
    std::printf("| import peak resident memory | %.0f MB | — | — | < 300 MB |\n",
                double(import.peakKiB) / 1024.0);
    std::printf("\n%lld claims stored, %lld ICU sentence boundaries\n",
                static_cast<long long>(claimCount), static_cast<long long>(sentenceCount));
    return 0;
}
