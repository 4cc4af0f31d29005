#include "directory_import.h"

#include "core/result.h"
#include "store/project.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <map>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace crible::cli {

namespace {

bool isArticleFile(const QString &name)
{
    const QString suffix = QFileInfo(name).suffix().toLower();
    return suffix == QLatin1String("txt") || suffix == QLatin1String("html") ||
           suffix == QLatin1String("htm") || suffix == QLatin1String("md") ||
           suffix == QLatin1String("markdown");
}

// Decoded articles wait here for the writer, in file order. The window bounds how far the
// workers may run ahead, so memory stays flat however large the corpus is.
class OrderedResults
{
public:
    explicit OrderedResults(int window) : m_window(window) {}

    // Blocks while `index` is too far ahead of the writer.
    void put(int index, core::Result<core::Article> result)
    {
        std::unique_lock lock(m_mutex);
        m_space.wait(lock, [&] { return index < m_nextToTake + m_window; });
        m_ready.emplace(index, std::move(result));
        m_available.notify_all();
    }

    core::Result<core::Article> take(int index)
    {
        std::unique_lock lock(m_mutex);
        m_available.wait(lock, [&] { return m_ready.count(index) > 0; });
        auto node = m_ready.extract(index);
        m_nextToTake = index + 1;
        m_space.notify_all();
        return std::move(node.mapped());
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_available;
    std::condition_variable m_space;
    std::map<int, core::Result<core::Article>> m_ready;
    int m_nextToTake = 0;
    const int m_window;
};

} // namespace

QStringList articleFilesBelow(const QString &dir)
{
    QStringList files;
    QDirIterator it(dir, QDir::Files | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (isArticleFile(path))
            files << path;
    }
    std::sort(files.begin(), files.end());
    return files;
}

DirectoryImportSummary importDirectory(store::Project &project, const QString &dir,
                                       const text::ImportOptions &options,
                                       const std::function<void(int, int, qint64)> &progress)
{
    DirectoryImportSummary summary;
    const QStringList files = articleFilesBelow(dir);
    const int total = int(files.size());
    const int workers = std::max(1, int(std::thread::hardware_concurrency()));
    OrderedResults results(4 * workers);
    std::atomic<int> next{0};

    std::vector<std::jthread> pool;
    for (int w = 0; w < std::min(workers, std::max(total, 1)); ++w) {
        pool.emplace_back([&] {
            for (int i = next++; i < total; i = next++)
                results.put(i, text::importArticleFile(files.at(i), options));
        });
    }

    // The writer: this thread, one batch per kImportBatchArticles articles. A failed batch
    // commit loses only that batch, which is reported file by file.
    std::optional<store::Project::Batch> batch;
    QList<QString> inBatch;
    qint64 batchBytes = 0;
    auto commitBatch = [&] {
        if (!batch)
            return;
        if (const auto committed = batch->commit(); !committed) {
            for (const QString &file : std::as_const(inBatch))
                summary.failures.append({file, committed.error()});
        } else {
            summary.articles += int(inBatch.size());
            summary.bytes += batchBytes;
        }
        batch.reset();
        inBatch.clear();
        batchBytes = 0;
    };
    qint64 bytesSeen = 0;
    for (int i = 0; i < total; ++i) {
        core::Result<core::Article> decoded = results.take(i);
        if (!decoded) {
            summary.failures.append({files.at(i), decoded.error()});
        } else {
            core::Article &article = *decoded;
            if (!batch)
                batch.emplace(project);
            if (const auto added = project.addArticle(article); !added) {
                summary.failures.append({files.at(i), added.error()});
            } else {
                inBatch << files.at(i);
                batchBytes += article.originalBytes.size();
            }
            bytesSeen += article.originalBytes.size();
            if (inBatch.size() >= kImportBatchArticles)
                commitBatch();
        }
        if (progress)
            progress(i + 1, total, bytesSeen);
    }
    commitBatch();
    return summary;
}

} // namespace crible::cli
