#include "anchor.h"

#include <algorithm>

namespace crible::core {

TextQuoteAnchor TextQuoteAnchor::at(QStringView text, const CodePointIndex &index, qint64 start,
                                    qint64 end, int context)
{
    const qint64 length = index.codePointLength();
    start = std::clamp<qint64>(start, 0, length);
    end = std::clamp<qint64>(end, start, length);
    TextQuoteAnchor anchor;
    anchor.exact = codePointSlice(text, index, start, end);
    anchor.prefix = codePointSlice(text, index, std::max<qint64>(0, start - context), start);
    anchor.suffix = codePointSlice(text, index, end, std::min(length, end + context));
    return anchor;
}

} // namespace crible::core
