#pragma once

#include "offsets.h"

#include <QString>

namespace crible::core {

// W3C TextQuoteSelector-style anchor: the exact quote with some context on each side, so a
// claim can be found again when a revised version of its article is imported.
struct TextQuoteAnchor
{
    QString exact;
    QString prefix;
    QString suffix;

    // The anchor of [start, end) in `text`, with up to `context` code points on each side.
    static TextQuoteAnchor at(QStringView text, const CodePointIndex &index, qint64 start,
                              qint64 end, int context = 32);
};

} // namespace crible::core
