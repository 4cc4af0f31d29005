#pragma once

#include "core/result.h"

#include <QList>
#include <QString>

namespace crible::store {
class Project;
}

namespace crible::exporters {

// Crible's own corpus format (corpus/README.md): lossless, diff-friendly, versioned.

struct CorpusProblem
{
    QString file;    // path relative to the corpus folder
    QString claimId; // empty when the problem is not about one claim
    QString message;
};

// Imports a corpus folder into a project in one transaction: all of it or nothing.
// Refuses paths that leave the corpus folder (../, absolute paths, symbolic links outside).
core::Result<void> importCorpus(store::Project &project, const QString &corpusDir);
// Writes the project as a corpus folder (every file written atomically). Corpus -> project
// -> corpus gives identical bytes.
core::Result<void> exportCorpus(const store::Project &project, const QString &corpusDir);
// Validates a corpus folder without a project: quotes match the text at their offsets,
// referenced sources and taxonomy keys exist, dates parse, URLs are absolute.
QList<CorpusProblem> checkCorpus(const QString &corpusDir);

} // namespace crible::exporters
