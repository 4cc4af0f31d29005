#pragma once

#include "text/article_import.h"

#include <QList>
#include <QString>
#include <functional>

namespace crible::store {
class Project;
}

namespace crible::cli {

struct DirectoryImportSummary
{
    int articles = 0; // imported
    qint64 bytes = 0; // bytes of the files imported
    struct Failure
    {
        QString file;
        QString reason;
    };
    QList<Failure> failures; // files reported and skipped
};

// Articles per transaction: a crash loses at most the batch in flight, and success is
// reported only after its commit. The benchmark's bare ceilings use the same batch.
inline constexpr int kImportBatchArticles = 32;

// Imports every .txt, .html, .htm and .md file below `dir` (sorted by path). Decoding, NFC
// and HTML/Markdown conversion run on every core; one writer thread (the caller's) stores
// the articles in order, in batches. A bad file is reported and skipped. `progress` is
// called on the writer thread after each file with (done, total, bytes).
DirectoryImportSummary importDirectory(store::Project &project, const QString &dir,
                                       const text::ImportOptions &options,
                                       const std::function<void(int, int, qint64)> &progress = {});

// The files importDirectory() would take, sorted.
QStringList articleFilesBelow(const QString &dir);

} // namespace crible::cli
