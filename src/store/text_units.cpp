#include "text_units.h"

namespace crible::store {

namespace {

bool isSentenceEnd(QChar c)
{
    return c == u'.' || c == u'!' || c == u'?' || c == u'\u3002' || c == u'\uFF01' ||
           c == u'\uFF1F' || c == u'\u2026';
}

bool isFullWidthSentenceEnd(QChar c)
{
    return c == u'\u3002' || c == u'\uFF01' || c == u'\uFF1F';
}

void appendTrimmed(QStringView text, qsizetype begin, qsizetype end, QList<TextUnit> &units)
{
    while (begin < end && text[begin].isSpace())
        ++begin;
    while (end > begin && text[end - 1].isSpace())
        --end;
    if (end > begin)
        units.append({begin, end});
}

// Where to cut [begin, end) so the first piece is at most kMaxUnitLength long.
qsizetype cutPoint(QStringView text, qsizetype begin, qsizetype end)
{
    const qsizetype limit = begin + kMaxUnitLength;
    const qsizetype floor = begin + kMaxUnitLength / 4; // no tiny pieces
    for (qsizetype i = limit; i > floor; --i) {
        // After "." followed by a space, or after a full-width stop (no space in CJK text).
        if (isFullWidthSentenceEnd(text[i - 1]))
            return i;
        if (i < end && text[i].isSpace() && isSentenceEnd(text[i - 1]))
            return i;
    }
    for (qsizetype i = limit; i > floor; --i) {
        if (text[i].isSpace())
            return i;
    }
    qsizetype cut = limit;
    if (text[cut - 1].isHighSurrogate())
        --cut;
    return cut;
}

} // namespace

QList<TextUnit> splitTextUnits(QStringView text)
{
    QList<TextUnit> units;
    qsizetype position = 0;
    const qsizetype size = text.size();
    while (position < size) {
        qsizetype lineEnd = text.indexOf(u'\n', position);
        if (lineEnd < 0)
            lineEnd = size;
        qsizetype begin = position;
        while (lineEnd - begin > kMaxUnitLength) {
            const qsizetype cut = cutPoint(text, begin, lineEnd);
            appendTrimmed(text, begin, cut, units);
            begin = cut;
        }
        appendTrimmed(text, begin, lineEnd, units);
        position = lineEnd + 1;
    }
    return units;
}

} // namespace crible::store
