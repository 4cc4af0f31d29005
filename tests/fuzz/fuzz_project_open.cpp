// libFuzzer target: store::Project::open on arbitrary bytes written to a project file,
// read-only first, then read-write; whatever opens is read through every query, and the
// read-write one gets a claim added.

#include "store/project.h"
#include "text/icu_tokenizer.h"

#include <QByteArray>
#include <QFile>
#include <QTemporaryDir>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {

const crible::text::IcuWordTokenizer &tokenizer()
{
    static const crible::text::IcuWordTokenizer instance;
    return instance;
}

bool writeProject(const QString &path, const QByteArray &bytes)
{
    for (const char *suffix : {"-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return file.write(bytes) == bytes.size();
}

void exercise(crible::store::Project &project, bool write)
{
    (void)project.checkIntegrity();
    (void)project.taxonomy();
    (void)project.settings();
    (void)project.annotators();
    (void)project.sources();
    (void)project.claims();
    (void)project.changeLog(20);
    (void)project.search(QStringLiteral("crédit social"), 5);
    const auto articles = project.articles();
    if (!articles.ok() || articles->isEmpty())
        return;
    const auto article = project.article(articles->first().id);
    if (!write || !article.ok())
        return;
    crible::core::Claim claim;
    claim.articleId = article->id;
    claim.start = 0;
    claim.end = qMin<qint64>(5, articles->first().length);
    (void)project.addClaim(claim);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    static QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("fuzz.crible"));
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));

    if (!writeProject(path, bytes))
        return 0;
    {
        auto project =
            crible::store::Project::open(path, &tokenizer(), crible::store::OpenMode::ReadOnly);
        if (project.ok()) {
            exercise(**project, false);
        } else if (project.error().isEmpty()) {
            std::fputs("Project::open failed without a message\n", stderr);
            std::abort();
        }
    }
    if (!writeProject(path, bytes))
        return 0;
    {
        auto project =
            crible::store::Project::open(path, &tokenizer(), crible::store::OpenMode::ReadWrite);
        if (project.ok())
            exercise(**project, true);
    }
    return 0;
}
