#pragma once

#include <QList>
#include <QStringView>

namespace crible::store {

// A search unit of an article: UTF-16 positions [begin, end) into its text.
struct TextUnit
{
    qsizetype begin = 0;
    qsizetype end = 0;
};

// Long paragraphs are cut near this many UTF-16 units, so snippets stay fast.
inline constexpr qsizetype kMaxUnitLength = 1000;

// Splits a text into search units: each paragraph (line) without its surrounding white
// space; a paragraph longer than kMaxUnitLength is cut after a sentence end, else at white
// space, else anywhere (never inside a surrogate pair).
QList<TextUnit> splitTextUnits(QStringView text);

} // namespace crible::store
