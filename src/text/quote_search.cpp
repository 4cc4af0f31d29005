#include "quote_search.h"

#include <QList>
#include <cstdlib>

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
struct FoldedText
{
    QString text;
    QList<qint64> start; // per folded unit: first original code point it stands for
    QList<qint64> end;   // per folded unit: code point just after what it stands for
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
    f.text.reserve(text.size());
    f.start.reserve(text.size());
    f.end.reserve(text.size());

    const qsizetype n = text.size();
    const auto peek = [&](qsizetype at, int &units) -> char32_t {
        const QChar c = text[at];
        if (c.isHighSurrogate() && at + 1 < n && text[at + 1].isLowSurrogate()) {
            units = 2;
            return QChar::surrogateToUcs4(c, text[at + 1]);
        }
        units = 1;
        return c.unicode();
    };
    bool lastWasOpenGuillemet = false;
    const auto push = [&](QChar c, qint64 from, qint64 to) {
        f.text.append(c);
        f.start.append(from);
        f.end.append(to);
        lastWasOpenGuillemet = false;
    };

    qint64 cp = 0;
    qsizetype u = 0;
    qint64 spaceBeforeClose = -1;
    while (u < n) {
        int units = 1;
        const char32_t c = peek(u, units);
        if (isFoldedSpace(c)) {
            const qint64 runStart = cp;
            while (u < n) {
                int k = 1;
                if (!isFoldedSpace(peek(u, k)))
                    break;
                u += k;
                ++cp;
            }
            if (lastWasOpenGuillemet) {
                f.end.back() = cp; // "« " folds to one '"'
                continue;
            }
            int k = 1;
            if (u < n && isGuillemetClose(peek(u, k))) {
                spaceBeforeClose = runStart; // " »" folds to one '"'
                continue;
            }
            push(u' ', runStart, cp);
            continue;
        }
        if (isInvisible(c)) {
            u += units;
            ++cp;
            continue;
        }
        if (const char16_t q = foldQuoteMark(c)) {
            const qint64 from =
                isGuillemetClose(c) && spaceBeforeClose >= 0 ? spaceBeforeClose : cp;
            push(QChar(q), from, cp + 1);
            lastWasOpenGuillemet = isGuillemetOpen(c);
        } else if (units == 2) {
            push(text[u], cp, cp + 1);
            push(text[u + 1], cp, cp + 1);
        } else {
            push(text[u], cp, cp + 1);
        }
        spaceBeforeClose = -1;
        u += units;
        ++cp;
    }
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
        result.append({folded.start[at], folded.end[at + query.size() - 1]});
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
        const Span span{folded.start[at], folded.end[after - 1]};
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
