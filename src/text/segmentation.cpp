#include "segmentation.h"

#include <limits>
#include <unicode/ubrk.h>
#include <unicode/uchar.h>

namespace crible::text {

namespace {

struct BreakIteratorCloser
{
    void operator()(UBreakIterator *iterator) const
    {
        if (iterator)
            ubrk_close(iterator);
    }
};
using BreakIteratorPtr = std::unique_ptr<UBreakIterator, BreakIteratorCloser>;

BreakIteratorPtr openIterator(UBreakIteratorType type, const QByteArray &locale)
{
    UErrorCode status = U_ZERO_ERROR;
    BreakIteratorPtr iterator(ubrk_open(type, locale.constData(), nullptr, 0, &status));
    if (U_FAILURE(status))
        return {};
    return iterator;
}

const UChar *utf16(QStringView text)
{
    // ICU refuses a null pointer even for an empty text.
    static const UChar empty[1] = {0};
    return text.isEmpty() ? empty : reinterpret_cast<const UChar *>(text.utf16());
}

bool isWhiteSpace(QChar c)
{
    return c.isSpace() || c == QChar(0xFEFF);
}

// Turns UTF-16 positions, asked for in increasing order, into code point offsets with a
// running count: the whole text costs one pass, whatever the number of boundaries.
class CodePointCounter final
{
public:
    explicit CodePointCounter(QStringView text) : m_text(text) {}

    qint64 at(qsizetype utf16Position)
    {
        if (utf16Position < m_utf16) {
            // Rare backwards request: restart (still correct, only slower).
            m_utf16 = 0;
            m_codePoints = 0;
        }
        const QChar *p = m_text.data();
        for (; m_utf16 < utf16Position; ++m_utf16) {
            // The low half of a surrogate pair adds no code point.
            if (!(p[m_utf16].isLowSurrogate() && m_utf16 > 0 && p[m_utf16 - 1].isHighSurrogate()))
                ++m_codePoints;
        }
        return m_codePoints;
    }

private:
    QStringView m_text;
    qsizetype m_utf16 = 0;
    qint64 m_codePoints = 0;
};

// Code point offset -> UTF-16 position, clamped to the text; one pass from the start.
qsizetype toUtf16(QStringView text, qint64 codePoint)
{
    if (codePoint <= 0)
        return 0;
    qsizetype u = 0;
    const qsizetype n = text.size();
    for (qint64 cp = 0; cp < codePoint && u < n; ++cp)
        u += (text[u].isHighSurrogate() && u + 1 < n && text[u + 1].isLowSurrogate()) ? 2 : 1;
    return u;
}

qint64 toCodePoint(QStringView text, qsizetype utf16Position)
{
    CodePointCounter counter(text);
    return counter.at(utf16Position);
}

} // namespace

struct Segmenter::Private
{
    BreakIteratorPtr sentence;
    BreakIteratorPtr word;
    BreakIteratorPtr character;

    // Points an iterator at `text`. ICU reads the QString's UTF-16 buffer in place.
    static bool setText(UBreakIterator *iterator, QStringView text)
    {
        if (!iterator || text.size() > std::numeric_limits<int32_t>::max())
            return false;
        UErrorCode status = U_ZERO_ERROR;
        ubrk_setText(iterator, utf16(text), static_cast<int32_t>(text.size()), &status);
        return U_SUCCESS(status);
    }
};

Segmenter::Segmenter(const QString &language) : d(std::make_unique<Private>())
{
    // ICU takes "zh_Hans" style ids; BCP 47 tags with '-' are accepted as well.
    const QByteArray locale = language.toLatin1().replace('-', '_');
    d->sentence = openIterator(UBRK_SENTENCE, locale);
    d->word = openIterator(UBRK_WORD, locale);
    d->character = openIterator(UBRK_CHARACTER, locale);
}

Segmenter::~Segmenter() = default;

QList<Span> Segmenter::sentences(QStringView text) const
{
    QList<Span> result;
    UBreakIterator *it = d->sentence.get();
    if (!Private::setText(it, text))
        return result;
    CodePointCounter counter(text);
    int32_t start = ubrk_first(it);
    for (int32_t end = ubrk_next(it); end != UBRK_DONE; start = end, end = ubrk_next(it)) {
        qsizetype trimmedEnd = end;
        while (trimmedEnd > start && isWhiteSpace(text[trimmedEnd - 1]))
            --trimmedEnd;
        qsizetype trimmedStart = start;
        while (trimmedStart < trimmedEnd && isWhiteSpace(text[trimmedStart]))
            ++trimmedStart;
        if (trimmedStart == trimmedEnd)
            continue;
        // Leading white space belongs to the previous segment's tail (a paragraph break
        // ICU attaches to the next sentence); the span starts at the first visible character.
        const qint64 cpStart = counter.at(trimmedStart);
        const qint64 cpEnd = counter.at(trimmedEnd);
        result.append({cpStart, cpEnd});
    }
    return result;
}

QList<Span> Segmenter::words(QStringView text) const
{
    QList<Span> result;
    UBreakIterator *it = d->word.get();
    if (!Private::setText(it, text))
        return result;
    CodePointCounter counter(text);
    int32_t start = ubrk_first(it);
    for (int32_t end = ubrk_next(it); end != UBRK_DONE; start = end, end = ubrk_next(it)) {
        if (ubrk_getRuleStatus(it) < UBRK_WORD_NONE_LIMIT)
            continue;
        const qint64 cpStart = counter.at(start);
        result.append({cpStart, counter.at(end)});
    }
    return result;
}

bool Segmenter::isGraphemeBoundary(QStringView text, qint64 codePoint) const
{
    if (codePoint < 0)
        return false;
    const qsizetype u = toUtf16(text, codePoint);
    if (u >= text.size())
        return toCodePoint(text, text.size()) == codePoint;
    if (codePoint == 0)
        return true;
    UBreakIterator *it = d->character.get();
    if (!Private::setText(it, text))
        return true;
    return ubrk_isBoundary(it, static_cast<int32_t>(u)) != 0;
}

Span Segmenter::snapToWords(QStringView text, Span selection) const
{
    const qsizetype n = text.size();
    qsizetype s = toUtf16(text, std::min(selection.start, selection.end));
    qsizetype e = toUtf16(text, std::max(selection.start, selection.end));
    while (s < e && isWhiteSpace(text[s]))
        ++s;
    while (e > s && isWhiteSpace(text[e - 1]))
        --e;
    if (s >= e || n == 0)
        return selection;

    UBreakIterator *it = d->word.get();
    if (!Private::setText(it, text))
        return selection;
    // Walk the word segments that overlap [s, e) and widen to the words among them.
    qsizetype wordStart = -1;
    qsizetype wordEnd = -1;
    int32_t segStart = ubrk_preceding(it, static_cast<int32_t>(s) + 1);
    if (segStart == UBRK_DONE)
        segStart = 0;
    ubrk_following(it, segStart); // positions the iterator and its rule status
    for (int32_t segEnd = ubrk_current(it); segStart < e && segEnd != UBRK_DONE;
         segStart = segEnd, segEnd = ubrk_next(it)) {
        if (ubrk_getRuleStatus(it) < UBRK_WORD_NONE_LIMIT)
            continue;
        if (wordStart < 0)
            wordStart = segStart;
        wordEnd = segEnd;
    }
    if (wordStart < 0)
        return selection;

    s = std::min(s, wordStart);
    e = std::max(e, wordEnd);
    // An end that stood inside punctuation may still split a grapheme: move it outwards.
    UBreakIterator *chars = d->character.get();
    if (Private::setText(chars, text)) {
        if (s > 0 && !ubrk_isBoundary(chars, static_cast<int32_t>(s)))
            s = ubrk_preceding(chars, static_cast<int32_t>(s));
        if (e < n && !ubrk_isBoundary(chars, static_cast<int32_t>(e)))
            e = ubrk_following(chars, static_cast<int32_t>(e));
    }
    while (s < e && isWhiteSpace(text[s]))
        ++s;
    while (e > s && isWhiteSpace(text[e - 1]))
        --e;
    CodePointCounter counter(text);
    const qint64 cpStart = counter.at(s);
    return {cpStart, counter.at(e)};
}

Span Segmenter::sentenceAt(QStringView text, qint64 codePoint) const
{
    const qsizetype n = text.size();
    UBreakIterator *it = d->sentence.get();
    if (n == 0 || !Private::setText(it, text))
        return {};
    const qsizetype u = std::min<qsizetype>(toUtf16(text, std::max<qint64>(codePoint, 0)), n - 1);
    int32_t end = ubrk_following(it, static_cast<int32_t>(u));
    if (end == UBRK_DONE)
        end = static_cast<int32_t>(n);
    int32_t start = ubrk_preceding(it, end);
    if (start == UBRK_DONE)
        start = 0;
    qsizetype trimmedEnd = end;
    while (trimmedEnd > start && isWhiteSpace(text[trimmedEnd - 1]))
        --trimmedEnd;
    qsizetype trimmedStart = start;
    while (trimmedStart < trimmedEnd && isWhiteSpace(text[trimmedStart]))
        ++trimmedStart;
    CodePointCounter counter(text);
    const qint64 cpStart = counter.at(trimmedStart);
    return {cpStart, counter.at(trimmedEnd)};
}

} // namespace crible::text
