#pragma once

#include "core/article.h"
#include "core/claim.h"
#include "core/settings.h"
#include "core/source.h"
#include "core/taxonomy.h"
#include "corpus.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace crible::exporters {

inline constexpr int kCorpusFormatVersion = 1;
inline const char16_t kCorpusFormatName[] = u"crible-corpus";

struct CorpusArticle
{
    QString folder;            // "LANG/SLUG" as corpus.json lists it
    core::Article article;     // originalBytes hold article.txt as read
    QList<core::Claim> claims; // links name their source by sourceUuid
};

// A corpus folder read into memory, with every problem found on the way. Import and check
// share this reader, so import accepts exactly what check accepts.
struct CorpusContents
{
    core::ProjectSettings settings;
    QStringList annotators;
    core::Taxonomy taxonomy;
    QList<core::Source> sources;
    QList<CorpusArticle> articles;
};

CorpusContents readCorpus(const QString &corpusDir, QList<CorpusProblem> &problems);

// "FILE: claim ID: message" (the claim part only when there is one).
QString describeProblem(const CorpusProblem &problem);

} // namespace crible::exporters
