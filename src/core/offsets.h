#pragma once

#include <QList>
#include <QString>
#include <QStringView>

namespace crible::core {

// Maps between canonical offsets (Unicode code points, as the W3C Web Annotation model,
// Python and SQLite's length() count) and Qt's UTF-16 positions, which exist only at the
// editor boundary. Built once per text: it keeps the sorted positions of the astral
// characters (surrogate pairs), so each conversion is a binary search, O(log n).
class CodePointIndex
{
public:
    CodePointIndex() = default;
    explicit CodePointIndex(QStringView text);

    qint64 codePointLength() const { return m_utf16Length - m_astralUtf16.size(); }
    qint64 utf16Length() const { return m_utf16Length; }

    // Code point offset -> UTF-16 position. Offsets past the end are clamped to the end.
    qint64 toUtf16(qint64 codePoint) const;
    // UTF-16 position -> code point offset. A position inside a surrogate pair maps to the
    // start of its character (see isCharacterBoundary()).
    qint64 toCodePoint(qint64 utf16) const;
    // False when the UTF-16 position falls between the two halves of a surrogate pair.
    bool isCharacterBoundary(qint64 utf16) const;

private:
    qint64 m_utf16Length = 0;
    QList<qint64> m_astralUtf16;  // UTF-16 position of each astral character, ascending
    QList<qint64> m_astralCodePoint;  // its code point offset, ascending
};

// The text between two code point offsets (half-open). Caller checks the range first.
QString codePointSlice(QStringView text, const CodePointIndex &index, qint64 start, qint64 end);

} // namespace crible::core
