#include "markup.h"

#include "html_entities.h"

#include <QHash>
#include <QList>
#include <QSet>

namespace crible::text {

using namespace Qt::StringLiterals;

namespace {

bool isHtmlSpace(QChar c)
{
    const char16_t u = c.unicode();
    return u == u' ' || u == u'\t' || u == u'\n' || u == u'\r' || u == u'\f';
}

bool isAsciiLetter(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z');
}

// Builds paragraph text: white space collapses to one space inside a paragraph, block
// boundaries become a blank line, <br> a line break; nothing leads or trails.
class TextBuilder final
{
public:
    void character(QChar c)
    {
        if (m_preformatted) {
            flushBreak();
            if (c == u'\r')
                return;
            m_text.append(c);
            m_lastWasNewline = c == u'\n';
            return;
        }
        if (isHtmlSpace(c)) {
            m_pendingSpace = true;
            return;
        }
        if (m_pendingBreak > 0) {
            flushBreak();
        } else if (m_pendingSpace && !m_text.isEmpty() && !m_lastWasNewline) {
            m_text.append(u' ');
        }
        m_pendingSpace = false;
        m_text.append(c);
        m_lastWasNewline = false;
    }
    void text(QStringView s)
    {
        for (const QChar c : s)
            character(c);
    }
    void lineBreak() { m_pendingBreak = std::max(m_pendingBreak, 1); }
    void paragraphBreak() { m_pendingBreak = 2; }
    void setPreformatted(bool on) { m_preformatted = on; }
    // The text without white space at either end (a <pre> may leave some).
    QString take()
    {
        qsizetype end = m_text.size();
        while (end > 0 && m_text.at(end - 1).isSpace())
            --end;
        qsizetype begin = 0;
        while (begin < end && m_text.at(begin).isSpace())
            ++begin;
        if (begin > 0 || end < m_text.size())
            return m_text.mid(begin, end - begin);
        return std::move(m_text);
    }

private:
    void flushBreak()
    {
        if (m_pendingBreak > 0 && !m_text.isEmpty()) {
            // Count the newlines already there so a <br> followed by </p> stays one blank line.
            int existing = 0;
            for (qsizetype k = m_text.size() - 1; k >= 0 && m_text.at(k) == u'\n' && existing < 2;
                 --k)
                ++existing;
            for (int k = existing; k < m_pendingBreak; ++k)
                m_text.append(u'\n');
            m_lastWasNewline = true;
        }
        m_pendingBreak = 0;
        m_pendingSpace = false;
    }

    QString m_text;
    int m_pendingBreak = 0; // 0 none, 1 line break, 2 blank line
    bool m_pendingSpace = false;
    bool m_lastWasNewline = false;
    bool m_preformatted = false;
};

struct Tag
{
    QString name;                       // lower case
    QHash<QString, QString> attributes; // lower-case names, decoded values
    bool closing = false;
    bool selfClosing = false;
};

// Parses the tag that starts at html[at] ('<' followed by a letter, or "</" and a letter).
// Returns the index after its '>' (or the end of input for an unterminated tag).
qsizetype parseTag(QStringView html, qsizetype at, Tag &tag)
{
    const qsizetype n = html.size();
    qsizetype i = at + 1;
    if (i < n && html[i] == u'/') {
        tag.closing = true;
        ++i;
    }
    const qsizetype nameStart = i;
    while (i < n && !isHtmlSpace(html[i]) && html[i] != u'>' && html[i] != u'/')
        ++i;
    tag.name = html.mid(nameStart, i - nameStart).toString().toLower();

    while (i < n) {
        while (i < n && (isHtmlSpace(html[i]) || html[i] == u'/')) {
            if (html[i] == u'/' && i + 1 < n && html[i + 1] == u'>')
                tag.selfClosing = true;
            ++i;
        }
        if (i >= n)
            break;
        if (html[i] == u'>')
            return i + 1;
        const qsizetype attrStart = i;
        while (i < n && !isHtmlSpace(html[i]) && html[i] != u'>' && html[i] != u'=' &&
               !(html[i] == u'/' && i + 1 < n && html[i + 1] == u'>'))
            ++i;
        if (i == attrStart) {
            ++i; // a stray '=' or similar: skip it, never stall
            continue;
        }
        const QString attrName = html.mid(attrStart, i - attrStart).toString().toLower();
        while (i < n && isHtmlSpace(html[i]))
            ++i;
        QString value;
        if (i < n && html[i] == u'=') {
            ++i;
            while (i < n && isHtmlSpace(html[i]))
                ++i;
            if (i < n && (html[i] == u'"' || html[i] == u'\'')) {
                const QChar quote = html[i];
                const qsizetype valueStart = ++i;
                qsizetype close = html.indexOf(quote, valueStart);
                if (close < 0) {
                    // An unterminated quote: end the value at the tag's '>' instead of
                    // swallowing the rest of the page.
                    close = html.indexOf(u'>', valueStart);
                    if (close < 0)
                        close = n;
                    value =
                        detail::decodeCharacterReferences(html.mid(valueStart, close - valueStart));
                    i = close;
                } else {
                    value =
                        detail::decodeCharacterReferences(html.mid(valueStart, close - valueStart));
                    i = close + 1;
                }
            } else {
                const qsizetype valueStart = i;
                while (i < n && !isHtmlSpace(html[i]) && html[i] != u'>')
                    ++i;
                value = detail::decodeCharacterReferences(html.mid(valueStart, i - valueStart));
            }
        }
        if (!tag.attributes.contains(attrName))
            tag.attributes.insert(attrName, value);
    }
    return n;
}

// Finds "</name" (any case) from `from`; returns its index or -1.
qsizetype findClosingTag(QStringView html, qsizetype from, QStringView name)
{
    const qsizetype n = html.size();
    for (qsizetype i = html.indexOf(u"</"_s, from); i >= 0 && i < n;
         i = html.indexOf(u"</"_s, i + 2)) {
        const QStringView candidate = html.mid(i + 2, name.size());
        if (candidate.compare(name, Qt::CaseInsensitive) == 0) {
            const qsizetype after = i + 2 + name.size();
            if (after >= n || isHtmlSpace(html[after]) || html[after] == u'>' ||
                html[after] == u'/')
                return i;
        }
    }
    return -1;
}

const QSet<QString> &droppedElements()
{
    static const QSet<QString> names = {
        u"script"_s, u"style"_s,  u"noscript"_s, u"template"_s, u"nav"_s,   u"header"_s,
        u"footer"_s, u"aside"_s,  u"form"_s,     u"iframe"_s,   u"svg"_s,   u"button"_s,
        u"select"_s, u"object"_s, u"canvas"_s,   u"math"_s,     u"dialog"_s};
    return names;
}

const QSet<QString> &blockElements()
{
    static const QSet<QString> names = {
        u"p"_s,       u"div"_s,     u"h1"_s,         u"h2"_s,      u"h3"_s,      u"h4"_s,
        u"h5"_s,      u"h6"_s,      u"li"_s,         u"ul"_s,      u"ol"_s,      u"dl"_s,
        u"dt"_s,      u"dd"_s,      u"blockquote"_s, u"section"_s, u"article"_s, u"main"_s,
        u"table"_s,   u"thead"_s,   u"tbody"_s,      u"tfoot"_s,   u"tr"_s,      u"caption"_s,
        u"pre"_s,     u"figure"_s,  u"figcaption"_s, u"hr"_s,      u"address"_s, u"center"_s,
        u"details"_s, u"summary"_s, u"fieldset"_s,   u"body"_s,    u"html"_s,    u"hgroup"_s};
    return names;
}

const QSet<QString> &voidElements()
{
    static const QSet<QString> names = {u"area"_s,  u"base"_s,   u"br"_s,    u"col"_s,  u"embed"_s,
                                        u"hr"_s,    u"img"_s,    u"input"_s, u"link"_s, u"meta"_s,
                                        u"param"_s, u"source"_s, u"track"_s, u"wbr"_s};
    return names;
}

// Elements whose content is raw text: no tags inside until their own end tag.
bool isRawText(const QString &name)
{
    return name == u"script" || name == u"style" || name == u"textarea" || name == u"xmp" ||
           name == u"title" || name == u"noscript" || name == u"iframe" || name == u"plaintext";
}

QString collapseWhitespace(QStringView s)
{
    QString out;
    out.reserve(s.size());
    bool space = false;
    for (const QChar c : s) {
        if (isHtmlSpace(c)) {
            space = true;
            continue;
        }
        if (space && !out.isEmpty())
            out.append(u' ');
        space = false;
        out.append(c);
    }
    return out;
}

// "2019-03-05T10:00:00+01:00" -> "2019-03-05"; also keeps "2019-03" and "2019".
QString datePart(const QString &value)
{
    const QString v = value.trimmed();
    qsizetype len = 0;
    const auto digits = [&](qsizetype from, qsizetype count) {
        if (from + count > v.size())
            return false;
        for (qsizetype k = from; k < from + count; ++k) {
            if (!v.at(k).isDigit() || v.at(k).unicode() > 0x7F)
                return false;
        }
        return true;
    };
    if (digits(0, 4)) {
        len = 4;
        if (v.size() >= 7 && v.at(4) == u'-' && digits(5, 2)) {
            len = 7;
            if (v.size() >= 10 && v.at(7) == u'-' && digits(8, 2))
                len = 10;
        }
    }
    return v.left(len);
}

void applyHeadTag(const Tag &tag, HtmlDocument &doc, QString &ogTitle, QString &ogUrl)
{
    const auto attr = [&](const QString &name) { return tag.attributes.value(name).trimmed(); };
    if (tag.name == u"html") {
        if (doc.language.isEmpty())
            doc.language = attr(u"lang"_s).isEmpty() ? attr(u"xml:lang"_s) : attr(u"lang"_s);
    } else if (tag.name == u"meta") {
        const QString key =
            (attr(u"property"_s).isEmpty() ? attr(u"name"_s) : attr(u"property"_s)).toLower();
        const QString content = collapseWhitespace(attr(u"content"_s));
        if (content.isEmpty())
            return;
        if (key == u"og:title" && ogTitle.isEmpty())
            ogTitle = content;
        else if (key == u"og:url" && ogUrl.isEmpty())
            ogUrl = content;
        else if (key == u"og:site_name" && doc.publisher.isEmpty())
            doc.publisher = content;
        else if ((key == u"article:published_time" || key == u"date" || key == u"dc.date" ||
                  key == u"dcterms.date") &&
                 doc.publishedDate.isEmpty())
            doc.publishedDate = datePart(content);
        else if ((key == u"author" || key == u"article:author") && doc.author.isEmpty())
            doc.author = content;
    } else if (tag.name == u"link") {
        const QStringList rels = attr(u"rel"_s).toLower().split(u' ', Qt::SkipEmptyParts);
        if (rels.contains(u"canonical"_s) && doc.canonicalUrl.isEmpty())
            doc.canonicalUrl = attr(u"href"_s);
    }
}

} // namespace

HtmlDocument htmlToText(QStringView html)
{
    HtmlDocument doc;
    TextBuilder builder;
    QString title;
    QString ogTitle;
    QString ogUrl;
    // Names of the dropped elements now open; their content is left out until they close.
    QList<QString> dropped;
    int preDepth = 0;
    int contentDepth = 0; // open <article> and <main> elements

    const qsizetype n = html.size();
    qsizetype i = 0;
    while (i < n) {
        const QChar c = html[i];
        if (c == u'<') {
            const QStringView rest = html.mid(i);
            if (rest.startsWith(u"<!--")) {
                const qsizetype close = html.indexOf(u"-->"_s, i + 4);
                i = close < 0 ? n : close + 3;
                continue;
            }
            if (rest.startsWith(u"<![CDATA[")) {
                const qsizetype close = html.indexOf(u"]]>"_s, i + 9);
                const qsizetype end = close < 0 ? n : close;
                if (dropped.isEmpty())
                    builder.text(html.mid(i + 9, end - i - 9));
                i = close < 0 ? n : close + 3;
                continue;
            }
            if (rest.startsWith(u"<!") || rest.startsWith(u"<?")) {
                const qsizetype close = html.indexOf(u'>', i + 2);
                i = close < 0 ? n : close + 1;
                continue;
            }
            const bool closing = rest.startsWith(u"</");
            const qsizetype nameAt = i + (closing ? 2 : 1);
            if (nameAt >= n || !isAsciiLetter(html[nameAt])) {
                // A '<' that opens no tag is text ("a < b").
                if (dropped.isEmpty())
                    builder.character(c);
                ++i;
                continue;
            }
            Tag tag;
            i = parseTag(html, i, tag);
            const QString &name = tag.name;

            if (tag.closing) {
                const qsizetype openAt = dropped.lastIndexOf(name);
                if (openAt >= 0) {
                    dropped.resize(openAt);
                    continue;
                }
                if (!dropped.isEmpty())
                    continue;
                if (name == u"pre" && preDepth > 0)
                    builder.setPreformatted(--preDepth > 0);
                if ((name == u"article" || name == u"main") && contentDepth > 0)
                    --contentDepth;
                if (name == u"header")
                    builder.paragraphBreak();
                if (blockElements().contains(name))
                    builder.paragraphBreak();
                else if (name == u"td" || name == u"th")
                    builder.character(u' ');
                continue;
            }

            applyHeadTag(tag, doc, ogTitle, ogUrl);

            if (isRawText(name) && !tag.selfClosing) {
                const qsizetype close = findClosingTag(html, i, name);
                const qsizetype end = close < 0 ? n : close;
                if (name == u"title" && title.isEmpty() && dropped.isEmpty())
                    title =
                        collapseWhitespace(detail::decodeCharacterReferences(html.mid(i, end - i)));
                else if ((name == u"textarea" || name == u"xmp" || name == u"plaintext") &&
                         dropped.isEmpty())
                    builder.text(html.mid(i, end - i));
                if (close < 0) {
                    i = n;
                } else {
                    const qsizetype gt = html.indexOf(u'>', close);
                    i = gt < 0 ? n : gt + 1;
                }
                continue;
            }
            // A <header> inside the article holds its headline, not the site's banner.
            const bool articleHeader = name == u"header" && contentDepth > 0 && dropped.isEmpty();
            if (articleHeader) {
                builder.paragraphBreak();
                continue;
            }
            if (droppedElements().contains(name)) {
                if (!tag.selfClosing && !voidElements().contains(name))
                    dropped.append(name);
                continue;
            }
            if (!dropped.isEmpty())
                continue;
            if (name == u"article" || name == u"main")
                ++contentDepth;
            if (name == u"br") {
                builder.lineBreak();
            } else if (name == u"pre") {
                builder.paragraphBreak();
                builder.setPreformatted(++preDepth > 0);
                // HTML ignores a newline right after <pre>.
                if (i < n && html[i] == u'\n')
                    ++i;
            } else if (blockElements().contains(name)) {
                builder.paragraphBreak();
            } else if (name == u"td" || name == u"th") {
                builder.character(u' ');
            } else if (name == u"img") {
                // Images carry no article text; their alt text would read as noise.
            }
            continue;
        }
        if (!dropped.isEmpty()) {
            ++i;
            continue;
        }
        if (c == u'&') {
            QString decoded;
            if (const qsizetype used = detail::decodeCharacterReference(html, i, decoded)) {
                builder.text(decoded);
                i += used;
                continue;
            }
        }
        builder.character(c);
        ++i;
    }

    doc.text = builder.take();
    doc.title = ogTitle.isEmpty() ? title : ogTitle;
    doc.canonicalUrl = doc.canonicalUrl.isEmpty() ? ogUrl : doc.canonicalUrl;
    return doc;
}

namespace {

bool isMarkdownPunctuation(QChar c)
{
    const char16_t u = c.unicode();
    return u < 0x80 && u > 0x20 && !c.isLetterOrNumber();
}

// How far inline constructs (links, code spans, autolinks) may reach: a bound keeps a long
// paragraph full of unmatched '[' or '`' linear instead of quadratic.
constexpr qsizetype kMaxInlineSpan = 4096;

// Finds the ']' that closes the '[' at `open`, counting nested brackets; -1 if none.
qsizetype matchingBracket(QStringView s, qsizetype open, QChar opening, QChar closing)
{
    int depth = 0;
    const qsizetype limit = std::min(s.size(), open + kMaxInlineSpan);
    for (qsizetype k = open; k < limit; ++k) {
        if (s[k] == u'\\') {
            ++k;
            continue;
        }
        if (s[k] == opening)
            ++depth;
        else if (s[k] == closing && --depth == 0)
            return k;
    }
    return -1;
}

QString inlineMarkdown(QStringView s);

// Emphasis marks ('*', '_', '~~') are removed when they touch a word on one side; a '*'
// with spaces on both sides ("5 * 3") or an '_' inside a word (snake_case) is kept.
bool isEmphasisRun(QStringView s, qsizetype at, qsizetype runEnd)
{
    const QChar mark = s[at];
    const bool hasPrev = at > 0;
    const bool hasNext = runEnd < s.size();
    const QChar prev = hasPrev ? s[at - 1] : QChar(u' ');
    const QChar next = hasNext ? s[runEnd] : QChar(u' ');
    const bool leftFlanking = hasNext && !next.isSpace();
    const bool rightFlanking = hasPrev && !prev.isSpace();
    if (!leftFlanking && !rightFlanking)
        return false;
    if (mark == u'_' && prev.isLetterOrNumber() && next.isLetterOrNumber())
        return false;
    if (mark == u'*' && prev.isDigit() && next.isDigit())
        return false;
    if (mark == u'~' && runEnd - at < 2)
        return false;
    return true;
}

QString inlineMarkdown(QStringView s)
{
    QString out;
    out.reserve(s.size());
    const qsizetype n = s.size();
    qsizetype i = 0;
    while (i < n) {
        const QChar c = s[i];
        if (c == u'\\' && i + 1 < n && isMarkdownPunctuation(s[i + 1])) {
            out.append(s[i + 1]);
            i += 2;
            continue;
        }
        if (c == u'`') {
            qsizetype run = i;
            while (run < n && s[run] == u'`')
                ++run;
            const qsizetype ticks = run - i;
            // The closing run must have exactly as many backticks.
            qsizetype close = -1;
            const qsizetype limit = std::min(n, run + kMaxInlineSpan);
            for (qsizetype k = run; k < limit;) {
                if (s[k] != u'`') {
                    ++k;
                    continue;
                }
                qsizetype kEnd = k;
                while (kEnd < n && s[kEnd] == u'`')
                    ++kEnd;
                if (kEnd - k == ticks) {
                    close = k;
                    break;
                }
                k = kEnd;
            }
            if (close < 0) {
                out.append(s.mid(i, ticks));
                i = run;
                continue;
            }
            QStringView code = s.mid(run, close - run);
            if (code.size() >= 2 && code.front() == u' ' && code.back() == u' ')
                code = code.mid(1, code.size() - 2);
            out.append(code);
            i = close + ticks;
            continue;
        }
        if (c == u'[' || (c == u'!' && i + 1 < n && s[i + 1] == u'[')) {
            const bool image = c == u'!';
            const qsizetype open = image ? i + 1 : i;
            const qsizetype close = matchingBracket(s, open, u'[', u']');
            if (close > 0 && close + 1 < n && (s[close + 1] == u'(' || s[close + 1] == u'[')) {
                const QChar opener = s[close + 1];
                const qsizetype end =
                    matchingBracket(s, close + 1, opener, opener == u'(' ? u')' : u']');
                if (end > 0) {
                    // Images carry no article text; a link keeps its words, not its address.
                    if (!image)
                        out.append(inlineMarkdown(s.mid(open + 1, close - open - 1)));
                    i = end + 1;
                    continue;
                }
            }
            out.append(c);
            ++i;
            continue;
        }
        if (c == u'<' && i + 1 < n) {
            const qsizetype close = s.mid(0, std::min(n, i + kMaxInlineSpan)).indexOf(u'>', i + 1);
            if (close > 0) {
                const QStringView inside = s.mid(i + 1, close - i - 1);
                if (inside.startsWith(u"http://") || inside.startsWith(u"https://") ||
                    inside.startsWith(u"mailto:")) {
                    out.append(inside);
                    i = close + 1;
                    continue;
                }
                const QChar first = inside.isEmpty() ? QChar() : inside.front();
                if ((isAsciiLetter(first) ||
                     (first == u'/' && inside.size() > 1 && isAsciiLetter(inside[1]))) &&
                    !inside.contains(u'<')) {
                    i = close + 1; // inline HTML tag: dropped
                    continue;
                }
            }
        }
        if (c == u'&') {
            if (const qsizetype used = detail::decodeCharacterReference(s, i, out)) {
                i += used;
                continue;
            }
        }
        if (c == u'*' || c == u'_' || c == u'~') {
            qsizetype run = i;
            while (run < n && s[run] == c)
                ++run;
            if (!isEmphasisRun(s, i, run))
                out.append(s.mid(i, run - i));
            i = run;
            continue;
        }
        out.append(c);
        ++i;
    }
    return out;
}

qsizetype leadingSpaces(QStringView line)
{
    qsizetype k = 0;
    while (k < line.size() && (line[k] == u' ' || line[k] == u'\t'))
        ++k;
    return k;
}

// "***", "- - -", "___": a thematic break.
bool isThematicBreak(QStringView line)
{
    const QStringView t = line.trimmed();
    if (t.size() < 3 || (t.front() != u'*' && t.front() != u'-' && t.front() != u'_'))
        return false;
    int marks = 0;
    for (const QChar c : t) {
        if (c == t.front())
            ++marks;
        else if (c != u' ' && c != u'\t')
            return false;
    }
    return marks >= 3;
}

bool isSetextUnderline(QStringView line)
{
    const QStringView t = line.trimmed();
    if (t.isEmpty() || (t.front() != u'=' && t.front() != u'-'))
        return false;
    for (const QChar c : t) {
        if (c != t.front())
            return false;
    }
    return true;
}

// Length of a list marker ("- ", "* ", "+ ", "12. ", "3) ") at the start of `t`, or 0.
qsizetype listMarkerLength(QStringView t)
{
    if (t.isEmpty())
        return 0;
    qsizetype k = 0;
    if (t[0] == u'-' || t[0] == u'*' || t[0] == u'+') {
        k = 1;
    } else {
        while (k < t.size() && k < 9 && t[k].unicode() >= u'0' && t[k].unicode() <= u'9')
            ++k;
        if (k == 0 || k >= t.size() || (t[k] != u'.' && t[k] != u')'))
            return 0;
        ++k;
    }
    if (k == t.size())
        return k;
    if (t[k] != u' ' && t[k] != u'\t')
        return 0;
    return k + leadingSpaces(t.mid(k));
}

struct MarkdownBlock
{
    QString text;
    bool listItem = false;
};

} // namespace

QString markdownToText(QStringView markdown)
{
    QList<MarkdownBlock> blocks;
    QStringList paragraph;
    bool paragraphIsListItem = false;
    QStringList code;
    QChar fenceChar;
    qsizetype fenceLength = 0;
    bool inFence = false;

    const auto flushParagraph = [&] {
        if (!paragraph.isEmpty()) {
            // Removed images and marks leave doubled spaces behind: collapse them.
            const QString text = collapseWhitespace(inlineMarkdown(paragraph.join(u' ')));
            if (!text.isEmpty())
                blocks.append({text, paragraphIsListItem});
        }
        paragraph.clear();
        paragraphIsListItem = false;
    };

    qsizetype pos = 0;
    const qsizetype n = markdown.size();
    while (pos <= n) {
        qsizetype eol = markdown.indexOf(u'\n', pos);
        if (eol < 0)
            eol = n;
        QStringView line = markdown.mid(pos, eol - pos);
        if (line.endsWith(u'\r'))
            line.chop(1);
        pos = eol + 1;

        if (inFence) {
            const QStringView t = line.trimmed();
            qsizetype run = 0;
            while (run < t.size() && t[run] == fenceChar)
                ++run;
            if (run >= fenceLength && run == t.size()) {
                inFence = false;
                const QString text = code.join(u'\n');
                if (!text.trimmed().isEmpty())
                    blocks.append({text, false});
                code.clear();
            } else {
                code.append(line.toString());
            }
            continue;
        }

        // Block quotes: their '>' marks go, their text stays.
        bool quoted = false;
        for (;;) {
            const qsizetype lead = leadingSpaces(line);
            if (lead < 4 && lead < line.size() && line[lead] == u'>') {
                line = line.mid(lead + 1);
                if (!line.isEmpty() && line.front() == u' ')
                    line = line.mid(1);
                quoted = true;
                continue;
            }
            break;
        }
        Q_UNUSED(quoted);

        const qsizetype lead = leadingSpaces(line);
        const QStringView t = line.mid(lead);
        if (t.isEmpty()) {
            flushParagraph();
            continue;
        }
        if (lead < 4 && (t.startsWith(u"```") || t.startsWith(u"~~~"))) {
            flushParagraph();
            fenceChar = t.front();
            fenceLength = 0;
            while (fenceLength < t.size() && t[fenceLength] == fenceChar)
                ++fenceLength;
            inFence = true;
            continue;
        }
        if (lead < 4 && t.front() == u'#') {
            qsizetype hashes = 0;
            while (hashes < t.size() && t[hashes] == u'#')
                ++hashes;
            if (hashes <= 6 && (hashes == t.size() || t[hashes] == u' ' || t[hashes] == u'\t')) {
                flushParagraph();
                QStringView heading = t.mid(hashes).trimmed();
                // An optional closing run of '#' after a space.
                qsizetype closeAt = heading.size();
                while (closeAt > 0 && heading[closeAt - 1] == u'#')
                    --closeAt;
                if (closeAt == 0 || heading[closeAt - 1] == u' ')
                    heading = heading.left(closeAt).trimmed();
                const QString text = inlineMarkdown(heading).trimmed();
                if (!text.isEmpty())
                    blocks.append({text, false});
                continue;
            }
        }
        if (!paragraph.isEmpty() && !paragraphIsListItem && lead < 4 && isSetextUnderline(t)) {
            flushParagraph();
            continue;
        }
        if (lead < 4 && isThematicBreak(t)) {
            flushParagraph();
            continue;
        }
        if (const qsizetype marker = listMarkerLength(t)) {
            flushParagraph();
            paragraphIsListItem = true;
            QStringView item = t.mid(marker);
            // Task lists: "[ ] " and "[x] " are check boxes, not text.
            if (item.startsWith(u"[ ] ") || item.startsWith(u"[x] ") || item.startsWith(u"[X] "))
                item = item.mid(4);
            paragraph.append(item.toString());
            continue;
        }
        if (paragraph.isEmpty() && lead < 4 && t.front() == u'[') {
            // A link reference definition, "[id]: https://...", prints nothing.
            const qsizetype close = t.indexOf(u"]:");
            if (close > 1 && !t.left(close).contains(u']'))
                continue;
        }
        paragraph.append(t.trimmed().toString());
    }
    if (inFence && !code.isEmpty())
        blocks.append({code.join(u'\n'), false});
    flushParagraph();

    QString out;
    for (qsizetype b = 0; b < blocks.size(); ++b) {
        if (b > 0)
            out.append(blocks[b].listItem && blocks[b - 1].listItem ? u"\n"_s : u"\n\n"_s);
        out.append(blocks[b].text);
    }
    while (!out.isEmpty() && out.back().isSpace())
        out.chop(1);
    return out;
}

} // namespace crible::text
