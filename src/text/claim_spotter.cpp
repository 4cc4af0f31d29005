#include "text/claim_spotter.h"

#include "core/offsets.h"
#include "text/claim_spotter_rules.h"
#include "text/segmentation.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>
#include <QJsonValue>
#include <QMutex>
#include <QRegularExpression>
#include <QSet>
#include <algorithm>
#include <cmath>
#include <unicode/ubrk.h>
#include <unicode/uchar.h>
#include <unicode/unum.h>
#include <unicode/ustring.h>

using namespace Qt::StringLiterals;

namespace crible::text {

namespace {

const QStringList &reasonOrder()
{
    static const QStringList order = {u"quantity"_s,    u"date"_s,       u"forecast"_s,
                                      u"absolute"_s,    u"comparison"_s, u"attribution"_s,
                                      u"named-system"_s};
    return order;
}

bool isApostrophe(QChar c)
{
    return c == u'\'' || c == QChar(0x2019) || c == QChar(0x02BC) || c == QChar(0x2018);
}

// Case folding (ICU, full folding as Unicode defines it), then accents dropped and
// typographic apostrophes made plain: a cue typed "generalise" or "à l'horizon" in a rule
// file finds "Généralisé" and "à l’horizon" in an article.
QString fold(QStringView s)
{
    if (s.isEmpty())
        return {};
    QString folded(s.size() * 3 + 1, Qt::Uninitialized);
    UErrorCode status = U_ZERO_ERROR;
    const int32_t length =
        u_strFoldCase(reinterpret_cast<UChar *>(folded.data()), static_cast<int32_t>(folded.size()),
                      s.utf16(), static_cast<int32_t>(s.size()), U_FOLD_CASE_DEFAULT, &status);
    if (U_FAILURE(status))
        folded = s.toString().toCaseFolded();
    else
        folded.truncate(length);
    const QString decomposed = folded.normalized(QString::NormalizationForm_D);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        out.append(isApostrophe(c) ? QChar(u'\'') : c);
    }
    return out.normalized(QString::NormalizationForm_C);
}

bool isSpaceLike(QChar c)
{
    return c.isSpace() || c == QChar(0x00A0) || c == QChar(0x202F) || c == QChar(0x2009);
}

QString formatValue(double value)
{
    if (std::abs(value) < 1e15 && value == std::floor(value))
        return QString::number(static_cast<qint64>(value));
    return QString::number(value, 'g', 6);
}

enum class TokenKind { Number, Letter, Ideograph, Symbol };

// A word of the text as ICU cuts it (elided articles split off), in UTF-16 positions.
struct Token
{
    qsizetype begin = 0;
    qsizetype end = 0;
    QString folded;
    TokenKind kind = TokenKind::Letter;
};

// A rule cue, compiled: its words folded. In languages written without spaces the cue is one
// folded string matched against runs of whole ICU words.
struct CuePattern
{
    QString reason;
    QStringList words;
    bool wordBeginning = false; // "generalis*": the last word only has to begin so
    bool wordEnding = false;    // "*ront": a single word that ends so
    double weight = 1;
};

// A match in the text, UTF-16 positions, before offsets are turned into code points.
struct Match
{
    QString reason;
    qsizetype begin = 0;
    qsizetype end = 0;
    double weight = 1;
    std::optional<double> value;
};

} // namespace

struct ClaimSpotter::Rules
{
    QString language;
    QByteArray icuLocale;
    bool wordSpaced = true;
    double minScore = 1;
    double strongWeight = 1;
    double weakWeight = 0.5;
    int minClauseWords = 3;
    QSet<QString> elisions;
    QStringList clausePunctuation;
    QStringList clauseDashes;
    QStringList clauseBreaks;
    QHash<QString, double> scales;
    QList<QStringList> percent; // each a sequence of folded words (or one string)
    QStringList percentPrefixes;
    QHash<QChar, int> numerals;
    QHash<QChar, int> numeralUnits;
    QStringList classifiers;
    QStringList numeralExceptions;
    QHash<QString, double> numberWords;
    QSet<QString> months;
    int yearMin = 1900;
    int yearMax = 2100;
    bool acronyms = false;
    bool skipQuestions = true;
    int weakReasonsAlone = 2;
    QList<QStringList> idioms; // folded word sequences whose words are no cue ("avant tout")
    QList<CuePattern> cues;
    QHash<QString, QList<qsizetype>> cuesByFirstWord; // exact first word -> indexes in cues
    QList<qsizetype> wildcardCues; // "*ront" and "generalis*" alone: scanned on every word
    int longestUnspacedCue = 0;
    QHash<QString, QSet<QString>> wildcardExceptions; // reason -> words a wildcard skips
};

namespace {

using Rules = ClaimSpotter::Rules;

// Splits a rule phrase into folded words the way the text is split: at spaces and hyphens,
// and an elided article ("l'", "d'") is a word of its own.
QStringList phraseWords(const QString &phrase, const QSet<QString> &elisions)
{
    QStringList words;
    const QString folded = fold(phrase);
    static const QRegularExpression separators(u"[\\s\\-]+"_s);
    for (const QString &part : folded.split(separators, Qt::SkipEmptyParts)) {
        const qsizetype apostrophe = part.indexOf(u'\'');
        if (apostrophe > 0 && apostrophe + 1 < part.size() &&
            elisions.contains(part.left(apostrophe))) {
            words.append(part.left(apostrophe));
            words.append(part.mid(apostrophe + 1));
        } else {
            words.append(part);
        }
    }
    return words;
}

QStringList stringList(const QJsonValue &value)
{
    QStringList out;
    for (const QJsonValue &item : value.toArray())
        out.append(item.toString());
    return out;
}

QString tr(const char *text)
{
    return QCoreApplication::translate("crible::text::ClaimSpotter", text);
}

core::Result<std::shared_ptr<const Rules>> compileRules(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return core::fail(
            tr("claim spotter rules: invalid JSON (%1)").arg(parseError.errorString()));
    const QJsonObject root = document.object();
    auto rules = std::make_shared<Rules>();
    rules->language = root.value(u"language").toString();
    if (rules->language.isEmpty())
        return core::fail(tr("claim spotter rules: no \"language\""));
    rules->icuLocale = root.value(u"icuLocale").toString(rules->language).toUtf8();
    rules->wordSpaced = root.value(u"wordSpaced").toBool(true);
    rules->minScore = root.value(u"minScore").toDouble(1);
    const QJsonObject weights = root.value(u"weights").toObject();
    rules->strongWeight = weights.value(u"strong").toDouble(1);
    rules->weakWeight = weights.value(u"weak").toDouble(0.5);
    rules->minClauseWords = root.value(u"minClauseWords").toInt(3);
    for (const QString &e : stringList(root.value(u"elisions")))
        rules->elisions.insert(fold(e));
    rules->clausePunctuation = stringList(root.value(u"clausePunctuation"));
    rules->clauseDashes = stringList(root.value(u"clauseDashes"));
    rules->clauseBreaks = stringList(root.value(u"clauseBreaks"));
    const QJsonObject scales = root.value(u"scales").toObject();
    for (auto it = scales.begin(); it != scales.end(); ++it)
        rules->scales.insert(fold(it.key()), it.value().toDouble());
    for (const QString &p : stringList(root.value(u"percent")))
        rules->percent.append(rules->wordSpaced ? phraseWords(p, rules->elisions)
                                                : QStringList{fold(p)});
    rules->percentPrefixes = stringList(root.value(u"percentPrefixes"));
    const QJsonObject numerals = root.value(u"numerals").toObject();
    for (auto it = numerals.begin(); it != numerals.end(); ++it) {
        if (it.key().size() == 1)
            rules->numerals.insert(it.key().at(0), it.value().toInt());
    }
    const QJsonObject units = root.value(u"numeralUnits").toObject();
    for (auto it = units.begin(); it != units.end(); ++it) {
        if (it.key().size() == 1)
            rules->numeralUnits.insert(it.key().at(0), it.value().toInt());
    }
    rules->classifiers = stringList(root.value(u"classifiers"));
    rules->numeralExceptions = stringList(root.value(u"numeralExceptions"));
    const QJsonObject numberWords = root.value(u"numberWords").toObject();
    for (auto it = numberWords.begin(); it != numberWords.end(); ++it)
        rules->numberWords.insert(fold(it.key()), it.value().toDouble());
    for (const QString &m : stringList(root.value(u"months")))
        rules->months.insert(fold(m));
    const QJsonArray years = root.value(u"yearRange").toArray();
    if (years.size() == 2) {
        rules->yearMin = years.at(0).toInt(1900);
        rules->yearMax = years.at(1).toInt(2100);
    }
    rules->acronyms = root.value(u"acronyms").toBool(false);
    rules->skipQuestions = root.value(u"skipQuestions").toBool(true);
    rules->weakReasonsAlone = root.value(u"weakReasonsAlone").toInt(2);
    for (const QString &idiom : stringList(root.value(u"idioms")))
        rules->idioms.append(rules->wordSpaced ? phraseWords(idiom, rules->elisions)
                                               : QStringList{fold(idiom)});

    const QJsonObject reasons = root.value(u"reasons").toObject();
    for (auto it = reasons.begin(); it != reasons.end(); ++it) {
        if (!reasonOrder().contains(it.key()))
            return core::fail(tr("claim spotter rules (%1): unknown reason \"%2\"")
                                  .arg(rules->language, it.key()));
        const QJsonObject lists = it.value().toObject();
        QSet<QString> exceptions;
        for (const QString &e : stringList(lists.value(u"except")))
            exceptions.insert(fold(e));
        rules->wildcardExceptions.insert(it.key(), exceptions);
        for (const auto &[listName, weight] : {std::pair{u"strong"_s, rules->strongWeight},
                                               std::pair{u"weak"_s, rules->weakWeight}}) {
            for (const QString &cueText : stringList(lists.value(listName))) {
                CuePattern cue;
                cue.reason = it.key();
                cue.weight = weight;
                QString text = cueText.trimmed();
                if (text.startsWith(u'*')) {
                    cue.wordEnding = true;
                    text.remove(0, 1);
                } else if (text.endsWith(u'*')) {
                    cue.wordBeginning = true;
                    text.chop(1);
                }
                cue.words = rules->wordSpaced ? phraseWords(text, rules->elisions)
                                              : QStringList{fold(text)};
                if (cue.words.isEmpty() || cue.words.first().isEmpty())
                    continue;
                if (cue.wordEnding && cue.words.size() != 1)
                    return core::fail(tr("claim spotter rules (%1): \"%2\": a word ending "
                                         "must be a single word")
                                          .arg(rules->language, cueText));
                const qsizetype index = rules->cues.size();
                rules->cues.append(cue);
                if (!rules->wordSpaced) {
                    rules->longestUnspacedCue = std::max<int>(
                        rules->longestUnspacedCue, static_cast<int>(cue.words.first().size()));
                    rules->cuesByFirstWord[cue.words.first()].append(index);
                } else if (cue.wordEnding || (cue.wordBeginning && cue.words.size() == 1)) {
                    rules->wildcardCues.append(index);
                } else {
                    rules->cuesByFirstWord[cue.words.first()].append(index);
                }
            }
        }
    }
    return std::shared_ptr<const Rules>(std::move(rules));
}

// Owns one ICU break iterator over a text that outlives it.
class BreakIterator final
{
public:
    BreakIterator(UBreakIteratorType type, const QByteArray &locale, QStringView text)
    {
        UErrorCode status = U_ZERO_ERROR;
        m_iterator = ubrk_open(type, locale.constData(), text.utf16(),
                               static_cast<int32_t>(text.size()), &status);
        if (U_FAILURE(status)) {
            ubrk_close(m_iterator);
            m_iterator = nullptr;
        }
    }
    ~BreakIterator() { ubrk_close(m_iterator); }
    Q_DISABLE_COPY_MOVE(BreakIterator)
    UBreakIterator *get() const { return m_iterator; }

private:
    UBreakIterator *m_iterator = nullptr;
};

// ICU's number parser for the article's locale: "1,5" is 1.5 in French, 1500 in English.
class NumberParser final
{
public:
    explicit NumberParser(const QByteArray &locale)
    {
        // The "@ss=..." keyword is for sentence breaks only.
        const QByteArray base =
            locale.left(locale.indexOf('@') < 0 ? locale.size() : locale.indexOf('@'));
        UErrorCode status = U_ZERO_ERROR;
        m_format = unum_open(UNUM_DECIMAL, nullptr, 0, base.constData(), nullptr, &status);
        if (U_FAILURE(status)) {
            unum_close(m_format);
            m_format = nullptr;
            return;
        }
        UChar symbol[8] = {};
        status = U_ZERO_ERROR;
        const int32_t length =
            unum_getSymbol(m_format, UNUM_GROUPING_SEPARATOR_SYMBOL, symbol, 8, &status);
        m_groupsWithSpace =
            U_SUCCESS(status) && length == 1 && isSpaceLike(QChar(char16_t(symbol[0])));
    }
    ~NumberParser() { unum_close(m_format); }
    Q_DISABLE_COPY_MOVE(NumberParser)

    // French writes "170 000" with a (narrow) no-break space between digit groups.
    bool groupsWithSpace() const { return m_groupsWithSpace; }

    std::optional<double> parse(QStringView digits) const
    {
        QString compact;
        for (const QChar c : digits) {
            if (!isSpaceLike(c))
                compact.append(c);
        }
        if (m_format) {
            UErrorCode status = U_ZERO_ERROR;
            int32_t position = 0;
            const double value =
                unum_parseDouble(m_format, reinterpret_cast<const UChar *>(compact.constData()),
                                 static_cast<int32_t>(compact.size()), &position, &status);
            if (U_SUCCESS(status) && position > 0)
                return value;
        }
        bool ok = false;
        const double value = compact.toDouble(&ok);
        return ok ? std::optional<double>(value) : std::nullopt;
    }

private:
    UNumberFormat *m_format = nullptr;
    bool m_groupsWithSpace = false;
};

QList<Token> tokenize(QStringView text, const Rules &rules)
{
    QList<Token> tokens;
    const BreakIterator words(UBRK_WORD, rules.icuLocale, text);
    if (!words.get())
        return tokens;
    int32_t begin = ubrk_first(words.get());
    for (int32_t end = ubrk_next(words.get()); end != UBRK_DONE;
         begin = end, end = ubrk_next(words.get())) {
        const int status = ubrk_getRuleStatus(words.get());
        const QStringView piece = text.mid(begin, end - begin);
        Token token{begin, end, {}, TokenKind::Letter};
        if (status >= UBRK_WORD_NUMBER && status < UBRK_WORD_NUMBER_LIMIT) {
            token.kind = TokenKind::Number;
        } else if (status >= UBRK_WORD_IDEO && status < UBRK_WORD_IDEO_LIMIT) {
            token.kind = TokenKind::Ideograph;
        } else if (status >= UBRK_WORD_LETTER && status < UBRK_WORD_KANA_LIMIT) {
            token.kind = TokenKind::Letter;
        } else if (piece.size() == 1 && QStringView(u"%‰％€$£¥+").contains(piece.at(0))) {
            token.kind = TokenKind::Symbol;
        } else {
            continue;
        }
        token.folded = fold(piece);
        // ICU keeps "l’horizon" whole (the apostrophe joins letters); French cue lists
        // name "horizon", so an elided article becomes a word of its own.
        if (rules.wordSpaced && token.kind == TokenKind::Letter && !rules.elisions.isEmpty()) {
            const qsizetype apostrophe = token.folded.indexOf(u'\'');
            if (apostrophe > 0 && apostrophe + 1 < token.folded.size() &&
                rules.elisions.contains(token.folded.left(apostrophe))) {
                qsizetype split = 0;
                while (split < piece.size() && !isApostrophe(piece.at(split)))
                    ++split;
                if (split + 1 < piece.size()) {
                    tokens.append(Token{begin, begin + split + 1, token.folded.left(apostrophe),
                                        TokenKind::Letter});
                    token.begin = begin + split + 1;
                    token.folded = token.folded.mid(apostrophe + 1);
                }
            }
        }
        tokens.append(token);
    }
    return tokens;
}

// The sentences of text::Segmenter (the editor's "whole ICU sentence"), in UTF-16
// positions: the spotter, the editor and the quality bench then agree on what a sentence is.
QList<SpotterSpan> sentenceSpans(QStringView text, const Rules &rules,
                                 const core::CodePointIndex &index)
{
    QList<SpotterSpan> spans;
    const Segmenter segmenter(rules.language);
    for (const Span &sentence : segmenter.sentences(text))
        spans.append(SpotterSpan{index.toUtf16(sentence.start), index.toUtf16(sentence.end)});
    return spans;
}

bool isBulletOrDash(QChar c)
{
    return QStringView(u"•·▪‣◦●○■□➢➤►*-–—").contains(c);
}

char32_t codePointAt(QStringView text, qsizetype at)
{
    if (text.at(at).isHighSurrogate() && at + 1 < text.size() && text.at(at + 1).isLowSurrogate())
        return QChar::surrogateToUcs4(text.at(at), text.at(at + 1));
    return text.at(at).unicode();
}

// Emoji and other pictographs, with their joiners, variation selectors and skin tones.
bool isDecoration(char32_t c)
{
    const QChar::Category category = QChar::category(c);
    return category == QChar::Symbol_Other || category == QChar::Symbol_Modifier || c == 0x200D ||
           c == 0xFE0F || c == 0xFE0E;
}

// Cuts one sentence (UTF-16 range) into clauses: after ";" or ":", around spaced dashes, and
// before the coordinating phrases of the rule file (", dont", ", which"). Pieces too short
// to say anything are glued back to their neighbour.
QList<SpotterSpan> clauseSpans(QStringView text, SpotterSpan sentence, const Rules &rules,
                               const QList<Token> &tokens)
{
    struct Cut
    {
        qsizetype previousEnd;
        qsizetype nextStart;
    };
    QList<Cut> cuts;
    const QStringView s = text.mid(sentence.start, sentence.end - sentence.start);
    for (const QString &mark : rules.clausePunctuation) {
        const bool wide = mark.at(0).unicode() >= 0x3000;
        for (qsizetype at = s.indexOf(mark); at >= 0; at = s.indexOf(mark, at + 1)) {
            const qsizetype after = at + mark.size();
            if (after < s.size() && (wide || isSpaceLike(s.at(after))))
                cuts.append(Cut{sentence.start + at, sentence.start + after});
        }
    }
    for (const QString &dash : rules.clauseDashes) {
        for (qsizetype at = s.indexOf(dash); at >= 0; at = s.indexOf(dash, at + 1))
            cuts.append(Cut{sentence.start + at, sentence.start + at + dash.size()});
    }
    for (const QString &phrase : rules.clauseBreaks) {
        qsizetype lead = 0;
        while (lead < phrase.size() && !phrase.at(lead).isLetterOrNumber())
            ++lead;
        for (qsizetype at = s.indexOf(phrase, 0, Qt::CaseInsensitive); at >= 0;
             at = s.indexOf(phrase, at + 1, Qt::CaseInsensitive))
            cuts.append(Cut{sentence.start + at, sentence.start + at + lead});
    }
    std::sort(cuts.begin(), cuts.end(),
              [](const Cut &a, const Cut &b) { return a.previousEnd < b.previousEnd; });

    QList<SpotterSpan> pieces;
    qsizetype start = sentence.start;
    auto addPiece = [&](qsizetype from, qsizetype to) {
        // A clause starts at its first word: bullets and emoji before it are decoration.
        while (from < to) {
            const qsizetype width = text.at(from).isHighSurrogate() && from + 1 < to ? 2 : 1;
            if (!isSpaceLike(text.at(from)) && !isBulletOrDash(text.at(from)) &&
                !isDecoration(codePointAt(text, from)))
                break;
            from += width;
        }
        while (to > from) {
            const qsizetype width = text.at(to - 1).isLowSurrogate() && to - 2 >= from ? 2 : 1;
            if (!isSpaceLike(text.at(to - 1)) &&
                !QStringView(u",;:，；：、—–").contains(text.at(to - 1)) &&
                !isDecoration(codePointAt(text, to - width)))
                break;
            to -= width;
        }
        if (from < to)
            pieces.append(SpotterSpan{from, to});
    };
    for (const Cut &cut : cuts) {
        if (cut.previousEnd < start)
            continue;
        addPiece(start, cut.previousEnd);
        start = cut.nextStart;
    }
    addPiece(start, sentence.end);

    auto wordCount = [&](const SpotterSpan &span) {
        int count = 0;
        for (const Token &token : tokens) {
            if (token.begin >= span.start && token.end <= span.end &&
                token.kind != TokenKind::Symbol)
                ++count;
        }
        return count;
    };
    QList<SpotterSpan> clauses;
    bool glueToNext = false;
    for (const SpotterSpan &piece : pieces) {
        const bool tooShort = wordCount(piece) < rules.minClauseWords;
        if (glueToNext && !clauses.isEmpty()) {
            clauses.last().end = piece.end;
            glueToNext = wordCount(clauses.last()) < rules.minClauseWords;
            continue;
        }
        if (tooShort && !clauses.isEmpty()) {
            clauses.last().end = piece.end;
            continue;
        }
        clauses.append(piece);
        glueToNext = tooShort;
    }
    return clauses;
}

// The value of a run of Chinese numerals ("三千五百", "二〇二〇", "六亿八千万").
double chineseNumeralValue(QStringView run, const Rules &rules)
{
    double total = 0;
    double section = 0;
    double number = 0;
    double largestScale = 0;
    bool previousWasDigit = false;
    for (const QChar c : run) {
        if (rules.numerals.contains(c)) {
            const int digit = rules.numerals.value(c);
            number = previousWasDigit ? number * 10 + digit : digit;
            previousWasDigit = true;
            continue;
        }
        previousWasDigit = false;
        if (rules.numeralUnits.contains(c)) {
            section += (number == 0 ? 1 : number) * rules.numeralUnits.value(c);
            number = 0;
        } else {
            const double scale = rules.scales.value(QString(c), 1);
            const double amount = (section + number == 0 ? 1 : section + number);
            if (scale > largestScale) {
                total = (total + amount) * scale;
                largestScale = scale;
            } else {
                total += amount * scale;
            }
            section = 0;
            number = 0;
        }
    }
    return total + section + number;
}

struct ClauseScan
{
    const Rules &rules;
    QStringView text;
    const QList<Token> &tokens; // the tokens of this clause only
    const NumberParser &numbers;
    const QList<SpotterSpan> &excluded; // URLs and e-mail addresses
    QList<Match> matches;

    bool isExcluded(qsizetype begin, qsizetype end) const
    {
        return std::any_of(excluded.cbegin(), excluded.cend(), [&](const SpotterSpan &span) {
            return begin < span.end && end > span.start;
        });
    }

    // Length in words of a folded word sequence starting at token i, or 0.
    qsizetype sequenceAt(qsizetype i, const QStringList &words, bool lastIsBeginning) const
    {
        if (i + words.size() > tokens.size())
            return 0;
        for (qsizetype k = 0; k < words.size(); ++k) {
            const QString &word = tokens.at(i + k).folded;
            const bool last = k + 1 == words.size();
            if (last && lastIsBeginning ? !word.startsWith(words.at(k)) : word != words.at(k))
                return 0;
        }
        return words.size();
    }

    void addMatch(const QString &reason, qsizetype begin, qsizetype end, double weight,
                  std::optional<double> value = std::nullopt)
    {
        if (!isExcluded(begin, end))
            matches.append(Match{reason, begin, end, weight, value});
    }

    // A word inside a hyphenated compound ("tout-en-un", "plus-value") is not the word
    // alone; a cue that names the compound itself ("Parti-État") spans the hyphen.
    bool insideCompound(qsizetype begin, qsizetype end) const
    {
        auto isHyphen = [](QChar c) { return c == u'-' || c == QChar(0x2010); };
        const bool before =
            begin >= 2 && isHyphen(text.at(begin - 1)) && text.at(begin - 2).isLetterOrNumber();
        const bool after =
            end + 1 < text.size() && isHyphen(text.at(end)) && text.at(end + 1).isLetterOrNumber();
        return before || after;
    }

    // Drops cue matches that fall inside an idiom ("avant tout" says nothing about all) or
    // inside a hyphenated compound.
    void dropIdioms()
    {
        QList<SpotterSpan> idiomSpans;
        for (qsizetype i = 0; i < tokens.size(); ++i) {
            for (const QStringList &idiom : rules.idioms) {
                if (rules.wordSpaced) {
                    if (const qsizetype n = sequenceAt(i, idiom, false))
                        idiomSpans.append(
                            SpotterSpan{tokens.at(i).begin, tokens.at(i + n - 1).end});
                }
            }
        }
        if (!rules.wordSpaced && !tokens.isEmpty()) {
            const qsizetype from = tokens.first().begin;
            const QStringView clause = text.mid(from, tokens.last().end - from);
            for (const QStringList &idiom : rules.idioms) {
                for (qsizetype at = clause.indexOf(idiom.first()); at >= 0;
                     at = clause.indexOf(idiom.first(), at + 1))
                    idiomSpans.append(SpotterSpan{from + at, from + at + idiom.first().size()});
            }
        }
        matches.removeIf([&](const Match &m) {
            if (rules.wordSpaced && insideCompound(m.begin, m.end))
                return true;
            return std::any_of(idiomSpans.cbegin(), idiomSpans.cend(), [&](const SpotterSpan &s) {
                return m.begin >= s.start && m.end <= s.end;
            });
        });
    }

    void scanCues()
    {
        for (qsizetype i = 0; i < tokens.size(); ++i) {
            const Token &token = tokens.at(i);
            if (rules.wordSpaced) {
                for (const qsizetype index : rules.cuesByFirstWord.value(token.folded)) {
                    const CuePattern &cue = rules.cues.at(index);
                    if (const qsizetype n = sequenceAt(i, cue.words, cue.wordBeginning))
                        addMatch(cue.reason, token.begin, tokens.at(i + n - 1).end, cue.weight);
                }
                for (const qsizetype index : rules.wildcardCues) {
                    const CuePattern &cue = rules.cues.at(index);
                    const QString &affix = cue.words.first();
                    const bool hit = cue.wordEnding ? token.folded.endsWith(affix)
                                                    : token.folded.startsWith(affix);
                    // A word ending needs a stem before it ("*ront" is not "ront").
                    if (hit && token.folded.size() > affix.size() + (cue.wordEnding ? 1 : 0) &&
                        token.kind == TokenKind::Letter &&
                        !rules.wildcardExceptions.value(cue.reason).contains(token.folded))
                        addMatch(cue.reason, token.begin, token.end, cue.weight);
                }
                continue;
            }
            // Unspaced script: a cue is a run of whole ICU words.
            QString run;
            for (qsizetype j = i; j < tokens.size(); ++j) {
                if (j > i && tokens.at(j).begin != tokens.at(j - 1).end)
                    break;
                run += tokens.at(j).folded;
                if (run.size() > rules.longestUnspacedCue)
                    break;
                for (const qsizetype index : rules.cuesByFirstWord.value(run)) {
                    const CuePattern &cue = rules.cues.at(index);
                    addMatch(cue.reason, token.begin, tokens.at(j).end, cue.weight);
                }
            }
        }
        if (rules.wordSpaced || tokens.isEmpty())
            return;
        // Cues of three characters or more are specific enough to be found inside a
        // dictionary word ("芝麻信用分").
        const qsizetype from = tokens.first().begin;
        const QStringView clause = text.mid(from, tokens.last().end - from);
        for (const CuePattern &cue : rules.cues) {
            const QString &needle = cue.words.first();
            if (needle.size() < 3)
                continue;
            for (qsizetype at = clause.indexOf(needle, 0, Qt::CaseInsensitive); at >= 0;
                 at = clause.indexOf(needle, at + 1, Qt::CaseInsensitive))
                addMatch(cue.reason, from + at, from + at + needle.size(), cue.weight);
        }
    }

    // Words after token i that spell a percent sign or a scale word; returns the number of
    // tokens used (0 when none) and sets factor and isPercent.
    qsizetype unitAfter(qsizetype i, double &factor, bool &isPercent) const
    {
        const qsizetype next = i + 1;
        if (next >= tokens.size())
            return 0;
        for (const QStringList &words : rules.percent) {
            if (rules.wordSpaced) {
                if (const qsizetype n = sequenceAt(next, words, false)) {
                    isPercent = true;
                    return n;
                }
            } else if (tokens.at(next).folded == words.first()) {
                isPercent = true;
                return 1;
            }
        }
        if (rules.wordSpaced) {
            const auto scale = rules.scales.constFind(tokens.at(next).folded);
            if (scale != rules.scales.cend()) {
                factor = scale.value();
                return 1;
            }
        }
        return 0;
    }

    // Unspaced scripts glue the scale to what follows ("6.8亿台"): read it from the text.
    qsizetype scaleCharsAfter(qsizetype position, double &factor) const
    {
        qsizetype best = 0;
        for (auto it = rules.scales.cbegin(); it != rules.scales.cend(); ++it) {
            if (it.key().size() > best && text.mid(position).startsWith(it.key())) {
                best = it.key().size();
                factor = it.value();
            }
        }
        return best;
    }

    void scanNumbers()
    {
        static const QRegularExpression numericDate(
            u"\\b\\d{1,4}[/.\\-]\\d{1,2}[/.\\-]\\d{2,4}\\b"_s);
        QList<SpotterSpan> dates;
        if (!tokens.isEmpty()) {
            const qsizetype from = tokens.first().begin;
            const QString clause = text.mid(from, tokens.last().end - from).toString();
            auto it = numericDate.globalMatch(clause);
            while (it.hasNext()) {
                const auto m = it.next();
                const SpotterSpan span{from + m.capturedStart(), from + m.capturedEnd()};
                dates.append(span);
                addMatch(u"date"_s, span.start, span.end, rules.strongWeight);
            }
        }
        auto inDate = [&](const Token &token) {
            return std::any_of(dates.cbegin(), dates.cend(), [&](const SpotterSpan &d) {
                return token.begin >= d.start && token.end <= d.end;
            });
        };

        for (qsizetype i = 0; i < tokens.size(); ++i) {
            const Token &token = tokens.at(i);
            if (rules.months.contains(token.folded)) {
                addMatch(u"date"_s, token.begin, token.end, rules.strongWeight);
                continue;
            }
            const auto word = rules.numberWords.constFind(token.folded);
            const bool isNumberWord = rules.wordSpaced && word != rules.numberWords.cend();
            if ((token.kind != TokenKind::Number && !isNumberWord) || inDate(token))
                continue;
            qsizetype last = i;
            std::optional<double> value;
            if (isNumberWord) {
                value = word.value();
            } else {
                // "170 000": digit groups that ICU returns as separate numbers.
                while (numbers.groupsWithSpace() && last + 1 < tokens.size()) {
                    const Token &next = tokens.at(last + 1);
                    if (next.kind != TokenKind::Number || next.end - next.begin != 3 ||
                        next.begin - tokens.at(last).end != 1 ||
                        !isSpaceLike(text.at(next.begin - 1)))
                        break;
                    ++last;
                }
                value = numbers.parse(text.mid(token.begin, tokens.at(last).end - token.begin));
            }
            double factor = 1;
            bool isPercent = false;
            qsizetype end = tokens.at(last).end;
            if (const qsizetype n = unitAfter(last, factor, isPercent)) {
                last += n;
                end = tokens.at(last).end;
            } else if (!rules.wordSpaced) {
                if (const qsizetype chars = scaleCharsAfter(end, factor)) {
                    end += chars;
                } else if (end < text.size() && QStringView(u"%％‰").contains(text.at(end))) {
                    end += 1;
                    isPercent = true;
                }
            }
            if (value)
                *value *= factor;
            const bool grouped = last > i && factor == 1 && !isPercent;
            const bool year = !isNumberWord && !grouped && factor == 1 && !isPercent && value &&
                              token.end - token.begin == 4 && *value == std::floor(*value) &&
                              *value >= rules.yearMin && *value <= rules.yearMax;
            addMatch(year ? u"date"_s : u"quantity"_s, token.begin, end, rules.strongWeight, value);
            i = last;
        }
        if (!rules.wordSpaced)
            scanNumerals();
    }

    // Chinese numerals written in characters, and fraction words ("一半").
    void scanNumerals()
    {
        if (tokens.isEmpty())
            return;
        const qsizetype from = tokens.first().begin;
        const qsizetype to = tokens.last().end;
        const QStringView clause = text.mid(from, to - from);
        for (auto it = rules.numberWords.cbegin(); it != rules.numberWords.cend(); ++it) {
            for (qsizetype at = clause.indexOf(it.key()); at >= 0;
                 at = clause.indexOf(it.key(), at + 1))
                addMatch(u"quantity"_s, from + at, from + at + it.key().size(), rules.strongWeight,
                         it.value());
        }
        auto isNumeral = [&](QChar c) {
            return rules.numerals.contains(c) || rules.numeralUnits.contains(c) ||
                   rules.scales.contains(QString(c));
        };
        for (qsizetype at = 0; at < clause.size();) {
            if (!isNumeral(clause.at(at))) {
                ++at;
                continue;
            }
            qsizetype end = at;
            while (end < clause.size() && isNumeral(clause.at(end)))
                ++end;
            const QStringView run = clause.mid(at, end - at);
            qsizetype begin = at;
            at = end;
            bool percent = false;
            for (const QString &prefix : rules.percentPrefixes) {
                if (clause.left(begin).endsWith(prefix)) {
                    begin -= prefix.size();
                    percent = true;
                }
            }
            const bool exception =
                std::any_of(rules.numeralExceptions.cbegin(), rules.numeralExceptions.cend(),
                            [&](const QString &word) {
                                for (qsizetype w = clause.indexOf(word); w >= 0;
                                     w = clause.indexOf(word, w + 1)) {
                                    if (w <= begin && w + word.size() >= end)
                                        return true;
                                }
                                return false;
                            });
            const QStringView after = clause.mid(end);
            const bool classified =
                std::any_of(rules.classifiers.cbegin(), rules.classifiers.cend(),
                            [&](const QString &c) { return after.startsWith(c); });
            const bool digitOnly = std::all_of(run.cbegin(), run.cend(),
                                               [&](QChar c) { return rules.numerals.contains(c); });
            // One numeral alone ("一") is mostly "a" or "one" inside a word.
            if (exception || (!percent && !classified && (run.size() < 2 || digitOnly)))
                continue;
            double value = chineseNumeralValue(run, rules);
            if (percent)
                value /= 100;
            addMatch(u"quantity"_s, from + begin, from + end, rules.strongWeight, value);
        }
    }

    void scanAcronyms()
    {
        if (!rules.acronyms)
            return;
        for (const Token &token : tokens) {
            const QStringView word = text.mid(token.begin, token.end - token.begin);
            if (word.size() < 2 || word.size() > 6 || token.kind != TokenKind::Letter)
                continue;
            const bool allCaps = std::all_of(word.cbegin(), word.cend(), [](QChar c) {
                return c.isUpper() && c.unicode() < 0x250;
            });
            if (allCaps)
                addMatch(u"named-system"_s, token.begin, token.end, rules.weakWeight);
        }
    }

    // A cue inside a longer cue of the same reason ("plus" in "plus de") counts once, and
    // a cue inside a name none.
    void dropContained()
    {
        std::sort(matches.begin(), matches.end(), [](const Match &a, const Match &b) {
            if (a.begin != b.begin)
                return a.begin < b.begin;
            if (a.end != b.end)
                return a.end > b.end;
            const bool aName = a.reason == u"named-system"_s;
            if (aName != (b.reason == u"named-system"_s))
                return aName;
            return a.weight > b.weight;
        });
        QList<Match> kept;
        for (const Match &m : std::as_const(matches)) {
            // A name is opaque: "Internet Plus" compares nothing, "Made in China 2025" is
            // no date; so is a match of a longer cue of the same reason.
            const bool inside = std::any_of(kept.cbegin(), kept.cend(), [&](const Match &k) {
                const bool sameOrName = k.reason == m.reason || k.reason == u"named-system"_s;
                return sameOrName && k.begin <= m.begin && k.end >= m.end;
            });
            if (!inside)
                kept.append(m);
        }
        matches = kept;
    }
};

// A question asks rather than claims ("Le plus effrayant ?"): check-worthiness tasks do not
// count rhetorical questions as claims.
bool isQuestion(QStringView sentence)
{
    qsizetype end = sentence.size();
    while (end > 0 && (isSpaceLike(sentence.at(end - 1)) ||
                       QStringView(u"»\"”’)]").contains(sentence.at(end - 1))))
        --end;
    return end > 0 && (sentence.at(end - 1) == u'?' || sentence.at(end - 1) == QChar(0xFF1F));
}

QList<SpotterSpan> excludedRanges(QStringView text)
{
    static const QRegularExpression links(
        u"(?:https?://|www\\.)\\S+|[\\w.+\\-]+@[\\w\\-]+\\.[\\w.\\-]+"_s);
    QList<SpotterSpan> ranges;
    const QString copy = text.toString();
    auto it = links.globalMatch(copy);
    while (it.hasNext()) {
        const auto m = it.next();
        ranges.append(SpotterSpan{m.capturedStart(), m.capturedEnd()});
    }
    return ranges;
}

} // namespace

ClaimSpotter::ClaimSpotter(std::shared_ptr<const Rules> rules) : m_rules(std::move(rules)) {}

core::Result<ClaimSpotter> ClaimSpotter::fromRules(const QByteArray &json)
{
    auto rules = compileRules(json);
    if (!rules)
        return core::fail(rules.error());
    return ClaimSpotter(std::move(rules).value());
}

core::Result<ClaimSpotter> ClaimSpotter::forLanguage(const QString &bcp47)
{
    // The primary subtag decides: "fr-CA" uses fr.json, "zh-Hant-TW" zh.json.
    const QString primary = bcp47.section(u'-', 0, 0).section(u'_', 0, 0).toLower();
    for (std::size_t i = 0; i < detail::spotterRuleFileCount; ++i) {
        const detail::EmbeddedRuleFile &file = detail::spotterRuleFiles[i];
        if (primary != QLatin1String(file.language))
            continue;
        // Compiled once per language: the editor may re-spot an article on every edit.
        static QMutex mutex;
        static QHash<QString, std::shared_ptr<const Rules>> compiled;
        const QMutexLocker lock(&mutex);
        if (const auto found = compiled.constFind(primary); found != compiled.cend())
            return ClaimSpotter(found.value());
        auto rules = compileRules(QByteArray(file.json));
        if (!rules)
            return core::fail(rules.error());
        compiled.insert(primary, rules.value());
        return ClaimSpotter(std::move(rules).value());
    }
    return core::fail(tr("claim spotter: no rules for the language \"%1\" (available: %2)")
                          .arg(bcp47, languages().join(u", "_s)));
}

QStringList ClaimSpotter::languages()
{
    QStringList out;
    for (std::size_t i = 0; i < detail::spotterRuleFileCount; ++i)
        out.append(QString::fromLatin1(detail::spotterRuleFiles[i].language));
    out.sort();
    return out;
}

QStringList ClaimSpotter::reasonKeys()
{
    return reasonOrder();
}

QString ClaimSpotter::language() const
{
    return m_rules->language;
}

QList<SpotterSpan> ClaimSpotter::sentences(QStringView text) const
{
    QList<SpotterSpan> spans;
    const Segmenter segmenter(m_rules->language);
    for (const Span &sentence : segmenter.sentences(text))
        spans.append(SpotterSpan{sentence.start, sentence.end});
    return spans;
}

QList<ClaimCandidate> ClaimSpotter::spot(QStringView text) const
{
    return spot(text, nullptr);
}

QList<ClaimCandidate> ClaimSpotter::spot(QStringView text, const std::atomic<bool> *cancel) const
{
    const Rules &rules = *m_rules;
    QList<ClaimCandidate> candidates;
    if (text.isEmpty())
        return candidates;
    const QList<Token> tokens = tokenize(text, rules);
    const NumberParser numbers(rules.icuLocale);
    const QList<SpotterSpan> excluded = excludedRanges(text);
    const core::CodePointIndex index(text);

    for (const SpotterSpan &sentence : sentenceSpans(text, rules, index)) {
        if (cancel && cancel->load(std::memory_order_relaxed))
            break;
        if (rules.skipQuestions &&
            isQuestion(text.mid(sentence.start, sentence.end - sentence.start)))
            continue;
        auto first = std::lower_bound(tokens.cbegin(), tokens.cend(), sentence.start,
                                      [](const Token &t, qsizetype p) { return t.begin < p; });
        auto last = std::lower_bound(first, tokens.cend(), sentence.end,
                                     [](const Token &t, qsizetype p) { return t.begin < p; });
        const QList<Token> sentenceTokens(first, last);
        for (const SpotterSpan &clause : clauseSpans(text, sentence, rules, sentenceTokens)) {
            QList<Token> clauseTokens;
            int words = 0;
            for (const Token &token : sentenceTokens) {
                if (token.begin >= clause.start && token.end <= clause.end) {
                    clauseTokens.append(token);
                    const bool inLink =
                        std::any_of(excluded.cbegin(), excluded.cend(), [&](const auto &x) {
                            return token.begin < x.end && token.end > x.start;
                        });
                    if (!inLink && token.kind != TokenKind::Symbol)
                        ++words;
                }
            }
            if (words < rules.minClauseWords)
                continue;
            ClauseScan scan{rules, text, clauseTokens, numbers, excluded, {}};
            scan.scanCues();
            scan.scanNumbers();
            scan.scanAcronyms();
            scan.dropIdioms();
            scan.dropContained();
            // The same cue repeated ("chaque jour, chaque heure") weighs once; weak cues
            // support a candidate but make one alone only when several reasons agree.
            double score = 0;
            bool strong = false;
            QSet<QString> counted;
            QSet<QString> weakReasons;
            for (const Match &m : std::as_const(scan.matches)) {
                const QString key = m.reason + u'\n' + fold(text.mid(m.begin, m.end - m.begin));
                if (!counted.contains(key))
                    score += m.weight;
                counted.insert(key);
                if (m.weight >= rules.strongWeight)
                    strong = true;
                else
                    weakReasons.insert(m.reason);
            }
            if (scan.matches.isEmpty() || score + 1e-9 < rules.minScore ||
                (!strong && weakReasons.size() < rules.weakReasonsAlone))
                continue;

            ClaimCandidate candidate;
            candidate.start = index.toCodePoint(clause.start);
            candidate.end = index.toCodePoint(clause.end);
            candidate.quote = text.mid(clause.start, clause.end - clause.start).toString();
            candidate.score = score;
            QStringList details;
            for (const Match &m : std::as_const(scan.matches)) {
                SpottedCue cue;
                cue.reason = m.reason;
                cue.start = index.toCodePoint(m.begin);
                cue.end = index.toCodePoint(m.end);
                cue.text = text.mid(m.begin, m.end - m.begin).toString();
                cue.value = m.value;
                candidate.cues.append(cue);
                details.append(m.value ? u"%1 \u201c%2\u201d = %3"_s.arg(cue.reason, cue.text,
                                                                         formatValue(*m.value))
                                       : u"%1 \u201c%2\u201d"_s.arg(cue.reason, cue.text));
            }
            for (const QString &reason : reasonOrder()) {
                if (std::any_of(candidate.cues.cbegin(), candidate.cues.cend(),
                                [&](const SpottedCue &c) { return c.reason == reason; }))
                    candidate.reasons.append(reason);
            }
            candidate.detail = details.join(u"; "_s);
            candidates.append(candidate);
        }
    }
    return candidates;
}

QJsonObject candidateToJson(const ClaimCandidate &candidate)
{
    QJsonArray cues;
    for (const SpottedCue &cue : candidate.cues) {
        QJsonObject object{{u"reason"_s, cue.reason},
                           {u"start"_s, cue.start},
                           {u"end"_s, cue.end},
                           {u"text"_s, cue.text}};
        if (cue.value)
            object.insert(u"value"_s, *cue.value);
        cues.append(object);
    }
    return QJsonObject{{u"start"_s, candidate.start},
                       {u"end"_s, candidate.end},
                       {u"quote"_s, candidate.quote},
                       {u"reasons"_s, QJsonArray::fromStringList(candidate.reasons)},
                       {u"score"_s, candidate.score},
                       {u"detail"_s, candidate.detail},
                       {u"cues"_s, cues}};
}

QJsonArray candidatesToJson(const QList<ClaimCandidate> &candidates)
{
    QJsonArray out;
    for (const ClaimCandidate &candidate : candidates)
        out.append(candidateToJson(candidate));
    return out;
}

core::Result<QJsonArray> suggestionsToJson(const QString &language, QStringView text)
{
    const auto spotter = ClaimSpotter::forLanguage(language);
    if (!spotter)
        return core::fail(spotter.error());
    return candidatesToJson(spotter->spot(text));
}

QString candidatesToText(const QList<ClaimCandidate> &candidates)
{
    QString out;
    for (const ClaimCandidate &candidate : candidates) {
        out += u"[%1, %2) %3\n  \u201c%4\u201d\n  %5\n"_s.arg(
            QString::number(candidate.start), QString::number(candidate.end),
            candidate.reasons.join(u", "_s), candidate.quote, candidate.detail);
    }
    return out;
}

} // namespace crible::text
