#pragma once

#include "core/result.h"

#include <QString>
#include <cstdint>

namespace crible::bench {

struct CorpusSpec
{
    int articles = 1000;
    qint64 bytesPerArticle = 100000;
    std::uint64_t seed = 2026;
};

// One article's text (UTF-8 size close to spec.bytesPerArticle), reproducible from the
// seed and the article number.
QString generateArticle(const CorpusSpec &spec, int number);
// Writes DIR/NNNNN.txt for every article; returns the total bytes written.
core::Result<qint64> writeCorpus(const CorpusSpec &spec, const QString &dir);

} // namespace crible::bench
