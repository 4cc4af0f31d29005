#include "offsets.h"

#include <algorithm>

namespace crible::core {

CodePointIndex::CodePointIndex(QStringView text) : m_utf16Length(text.size())
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i].isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            m_astralUtf16.append(i);
            m_astralCodePoint.append(i - m_astralUtf16.size() + 1);
            ++i;
        }
    }
}

qint64 CodePointIndex::toUtf16(qint64 codePoint) const
{
    codePoint = std::clamp<qint64>(codePoint, 0, codePointLength());
    // Every astral character before this code point adds one UTF-16 unit.
    const auto before = std::lower_bound(m_astralCodePoint.cbegin(), m_astralCodePoint.cend(),
                                         codePoint) - m_astralCodePoint.cbegin();
    return codePoint + before;
}

qint64 CodePointIndex::toCodePoint(qint64 utf16) const
{
    utf16 = std::clamp<qint64>(utf16, 0, m_utf16Length);
    // Each astral character starting strictly before this position takes one extra unit.
    // A position inside a pair counts that pair too, which lands on the pair's own start.
    const auto before = std::lower_bound(m_astralUtf16.cbegin(), m_astralUtf16.cend(), utf16) -
                        m_astralUtf16.cbegin();
    return utf16 - before;
}

bool CodePointIndex::isCharacterBoundary(qint64 utf16) const
{
    return !std::binary_search(m_astralUtf16.cbegin(), m_astralUtf16.cend(), utf16 - 1);
}

QString codePointSlice(QStringView text, const CodePointIndex &index, qint64 start, qint64 end)
{
    const qint64 from = index.toUtf16(start);
    const qint64 to = index.toUtf16(end);
    return text.mid(from, to - from).toString();
}

} // namespace crible::core
