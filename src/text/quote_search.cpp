#include "quote_search.h"

#include <QList>
#include <cstdlib>
#include <limits>
#include <vector>

namespace crible::text {

namespace {

bool isFoldedSpace(char32_t c)
{
    switch (c) {
    case u' ':
    case u'\t':
    case u'\n':
    case u'\r':
    case u'\f':
    case u'\v':
    case 0x00A0: // no-break space
    case 0x202F: // narrow no-break space (French typography before ; : ! ?)
    case 0x2009: // thin space
    case 0x2007:
    case 0x2008:
    case 0x200A:
    case 0x3000:
    case 0x2028:
    case 0x2029:
        return true;
    default:
        return (c >= 0x2000 && c <= 0x2006);
    }
}

char16_t foldQuoteMark(char32_t c)
{
    switch (c) {
    case 0x2019: // ’
    case 0x2018: // ‘
    case 0x02BC: // ʼ
    case 0x2032: // ′
    case 0x201B: // ‛
    case u'`':
        return u'\'';
    case 0x00AB: // «
    case 0x00BB: // »
    case 0x201C: // “
    case 0x201D: // ”
    case 0x201E: // „
    case 0x2039: // ‹
    case 0x203A: // ›
    case 0x201F: // ‟
        return u'"';
    default:
        return 0;
    }
}

bool isGuillemetOpen(char32_t c)
{
    return c == 0x00AB || c == 0x2039;
}

bool isGuillemetClose(char32_t c)
{
    return c == 0x00BB || c == 0x203A;
}

// A text folded for matching, with the code point range each folded UTF-16 unit comes from.
// 32-bit offsets: an article is at most 50 MB, and the maps are the bulk of the memory.
struct FoldedText
{
    QString text;
    std::vector<qint32> start; // per folded unit: first original code point it stands for
    std::vector<qint32> end;   // per folded unit: code point just after what it stands for
};

// Characters that only exist for line breaking and never for the reader.
bool isInvisible(char32_t c)
{
    return c == 0x00AD || c == 0x200B || c == 0x2060 || c == 0xFEFF;
}

// Folding: typographic quotes become ASCII, any run of white space one ' ', and the spaces
// French typography puts inside guillemets vanish, so « modèle » reads "modèle". Accents and
// case are kept: a quote must still be the words the article prints.
FoldedText fold(QStringView text)
{
    FoldedText f;
    const qsizetype n = text.size();
    if (n >= std::numeric_limits<qint32>::max())
        return f;
    // Folding never lengthens a text: fill preallocated buffers, then cut them to size.
    f.text.resize(n);
    f.start.resize(static_cast<size_t>(n));
    f.end.resize(static_cast<size_t>(n));
    QChar *out = f.text.data();
    qint32 *starts = f.start.data();
    qint32 *ends = f.end.data();
    const QChar *in = text.data();
    qsizetype k = 0;

    const auto peek = [&](qsizetype at, int &units) -> char32_t {
        const QChar c = in[at];
        if (c.isHighSurrogate() && at + 1 < n && in[at + 1].isLowSurrogate()) {
            units = 2;
            return QChar::surrogateToUcs4(c, in[at + 1]);
        }
        units = 1;
        return c.unicode();
    };
    const auto push = [&](QChar c, qint32 from, qint32 to) {
        out[k] = c;
        starts[k] = from;
        ends[k] = to;
        ++k;
    };

    bool lastWasOpenGuillemet = false;
    qint32 cp = 0;
    qsizetype u = 0;
    qint32 spaceBeforeClose = -1;
    while (u < n) {
        const char16_t unit = in[u].unicode();
        // Most characters fold to themselves: test them first, cheaply.
        if (unit > 0x20 && unit < 0x7F && unit != u'`') {
            push(in[u], cp, cp + 1);
            lastWasOpenGuillemet = false;
            spaceBeforeClose = -1;
            ++u;
            ++cp;
            continue;
        }
        int units = 1;
        const char32_t c = peek(u, units);
        if (isFoldedSpace(c)) {
            const qint32 runStart = cp;
            while (u < n) {
                int skip = 1;
                if (!isFoldedSpace(peek(u, skip)))
                    break;
                u += skip;
                ++cp;
            }
            if (lastWasOpenGuillemet) {
                ends[k - 1] = cp; // "« " folds to one '"'
                continue;
            }
            int skip = 1;
            if (u < n && isGuillemetClose(peek(u, skip))) {
                spaceBeforeClose = runStart; // " »" folds to one '"'
                continue;
            }
            push(u' ', runStart, cp);
            lastWasOpenGuillemet = false;
            continue;
        }
        if (isInvisible(c)) {
            u += units;
            ++cp;
            continue;
        }
        lastWasOpenGuillemet = false;
        if (const char16_t q = foldQuoteMark(c)) {
            const qint32 from =
                isGuillemetClose(c) && spaceBeforeClose >= 0 ? spaceBeforeClose : cp;
            push(QChar(q), from, cp + 1);
            lastWasOpenGuillemet = isGuillemetOpen(c);
        } else if (units == 2) {
            push(in[u], cp, cp + 1);
            push(in[u + 1], cp, cp + 1);
        } else {
            push(in[u], cp, cp + 1);
        }
        spaceBeforeClose = -1;
        u += units;
        ++cp;
    }
    f.text.truncate(k);
    f.start.resize(static_cast<size_t>(k));
    f.end.resize(static_cast<size_t>(k));
    return f;
}

QString foldedQuery(QStringView quote)
{
    QString q = fold(quote).text;
    while (!q.isEmpty() && q.back() == u' ')
        q.chop(1);
    qsizetype lead = 0;
    while (lead < q.size() && q.at(lead) == u' ')
        ++lead;
    return q.mid(lead);
}

QList<Span> findFolded(const FoldedText &folded, const QString &query, int limit)
{
    QList<Span> result;
    if (query.isEmpty())
        return result;
    for (qsizetype at = folded.text.indexOf(query); at >= 0;
         at = folded.text.indexOf(query, at + 1)) {
        if (folded.text.at(at).isLowSurrogate())
            continue;
        result.append({folded.start[size_t(at)], folded.end[size_t(at + query.size() - 1)]});
        if (limit > 0 && result.size() >= limit)
            break;
    }
    return result;
}

} // namespace

QList<Span> findQuote(QStringView text, QStringView quote)
{
    const QString query = foldedQuery(quote);
    if (query.isEmpty())
        return {};
    return findFolded(fold(text), query, 0);
}

std::optional<Span> findQuote(QStringView text, QStringView quote, int nth)
{
    if (nth < 1)
        return std::nullopt;
    const QString query = foldedQuery(quote);
    if (query.isEmpty())
        return std::nullopt;
    const QList<Span> found = findFolded(fold(text), query, nth);
    if (found.size() < nth)
        return std::nullopt;
    return found.at(nth - 1);
}

std::optional<Span> reanchor(QStringView text, const core::TextQuoteAnchor &anchor, qint64 hint)
{
    const QString query = foldedQuery(anchor.exact);
    if (query.isEmpty())
        return std::nullopt;
    const FoldedText folded = fold(text);
    const QString prefix = fold(anchor.prefix).text;
    const QString suffix = fold(anchor.suffix).text;

    std::optional<Span> best;
    qsizetype bestScore = -1;
    qint64 bestDistance = 0;
    const QString &t = folded.text;
    for (qsizetype at = t.indexOf(query); at >= 0; at = t.indexOf(query, at + 1)) {
        if (t.at(at).isLowSurrogate())
            continue;
        // How many characters of context agree, read outwards from the quote.
        qsizetype score = 0;
        for (qsizetype k = 1; k <= prefix.size() && at - k >= 0; ++k, ++score) {
            if (t.at(at - k) != prefix.at(prefix.size() - k))
                break;
        }
        const qsizetype after = at + query.size();
        for (qsizetype k = 0; k < suffix.size() && after + k < t.size(); ++k, ++score) {
            if (t.at(after + k) != suffix.at(k))
                break;
        }
        const Span span{folded.start[size_t(at)], folded.end[size_t(after - 1)]};
        const qint64 distance = std::llabs(span.start - hint);
        if (score > bestScore || (score == bestScore && distance < bestDistance)) {
            best = span;
            bestScore = score;
            bestDistance = distance;
        }
    }
    return best;
}

} // namespace crible::text
