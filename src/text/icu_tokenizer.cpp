#include "icu_tokenizer.h"

#include <algorithm>
#include <limits>
#include <optional>
#include <string>
#include <unicode/ubrk.h>
#include <unicode/uchar.h>
#include <unicode/unorm2.h>
#include <unicode/ustring.h>
#include <unicode/utext.h>
#include <vector>

namespace crible::text {

namespace {

// One break iterator per thread, opened once and re-pointed at each input with
// ubrk_setUText: opening an ICU word iterator loads its rules and costs far more than a
// paragraph's segmentation. thread_local keeps the tokenizer itself free of shared state,
// so SQLite may call it from several connections at once.
class ThreadWordBreaker final
{
public:
    ThreadWordBreaker()
    {
        UErrorCode status = U_ZERO_ERROR;
        // The root rules already split Chinese and Japanese with ICU's dictionary.
        m_iterator = ubrk_open(UBRK_WORD, "", nullptr, 0, &status);
        if (U_FAILURE(status))
            m_iterator = nullptr;
        status = U_ZERO_ERROR;
        m_nfd = unorm2_getNFDInstance(&status);
        if (U_FAILURE(status))
            m_nfd = nullptr;
    }
    ~ThreadWordBreaker()
    {
        if (m_iterator)
            ubrk_close(m_iterator);
    }
    ThreadWordBreaker(const ThreadWordBreaker &) = delete;
    ThreadWordBreaker &operator=(const ThreadWordBreaker &) = delete;

    UBreakIterator *iterator() const { return m_iterator; }
    const UNormalizer2 *nfd() const { return m_nfd; }

    // Scratch buffers reused across tokens and calls: no heap traffic per token once they
    // have grown to the longest word seen.
    std::u16string source;
    std::u16string folded;
    std::u16string decomposed;
    std::string out;
    bool inUse = false; // a sink that tokenizes again gets a breaker of its own

private:
    UBreakIterator *m_iterator = nullptr;
    const UNormalizer2 *m_nfd = nullptr;
};

ThreadWordBreaker &threadBreaker()
{
    thread_local ThreadWordBreaker breaker;
    return breaker;
}

// Case-folds and strips accents from a non-ASCII token. Returns false when nothing
// word-like is left (e.g. a lone combining mark).
bool foldToken(ThreadWordBreaker &tb, std::string_view token)
{
    UErrorCode status = U_ZERO_ERROR;
    const auto length = static_cast<int32_t>(token.size());
    // UTF-16 never needs more units than UTF-8 has bytes.
    tb.source.resize(static_cast<size_t>(length) + 1);
    int32_t sourceLength = 0;
    u_strFromUTF8WithSub(tb.source.data(), length + 1, &sourceLength, token.data(), length, 0xFFFD,
                         nullptr, &status);
    if (U_FAILURE(status))
        return false;

    // Full case folding may lengthen a word (ß -> ss): retry once with the size ICU asks for.
    int32_t foldedLength = 0;
    for (int attempt = 0; attempt < 2; ++attempt) {
        status = U_ZERO_ERROR;
        tb.folded.resize(
            static_cast<size_t>(std::max<int32_t>(foldedLength, sourceLength * 2 + 4)));
        foldedLength = u_strFoldCase(tb.folded.data(), static_cast<int32_t>(tb.folded.size()),
                                     tb.source.data(), sourceLength, U_FOLD_CASE_DEFAULT, &status);
        if (status != U_BUFFER_OVERFLOW_ERROR)
            break;
    }
    if (U_FAILURE(status))
        return false;

    const UChar *decomposed = tb.folded.data();
    int32_t decomposedLength = foldedLength;
    if (tb.nfd()) {
        status = U_ZERO_ERROR;
        const int32_t span =
            unorm2_spanQuickCheckYes(tb.nfd(), tb.folded.data(), foldedLength, &status);
        if (U_SUCCESS(status) && span < foldedLength) {
            int32_t needed = foldedLength * 3 + 4;
            for (int attempt = 0; attempt < 2; ++attempt) {
                status = U_ZERO_ERROR;
                tb.decomposed.resize(static_cast<size_t>(needed));
                needed = unorm2_normalize(tb.nfd(), tb.folded.data(), foldedLength,
                                          tb.decomposed.data(), needed, &status);
                if (status != U_BUFFER_OVERFLOW_ERROR)
                    break;
            }
            if (U_FAILURE(status))
                return false;
            decomposed = tb.decomposed.data();
            decomposedLength = needed;
        }
    }

    // Drop nonspacing marks (the accents NFD split off) and encode as UTF-8.
    tb.out.clear();
    for (int32_t i = 0; i < decomposedLength;) {
        UChar32 c = 0;
        U16_NEXT(decomposed, i, decomposedLength, c);
        if (u_charType(c) == U_NON_SPACING_MARK)
            continue;
        if (c < 0x80) {
            tb.out.push_back(static_cast<char>(c));
        } else if (c < 0x800) {
            tb.out.push_back(static_cast<char>(0xC0 | (c >> 6)));
            tb.out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
        } else if (c < 0x10000) {
            tb.out.push_back(static_cast<char>(0xE0 | (c >> 12)));
            tb.out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
            tb.out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
        } else {
            tb.out.push_back(static_cast<char>(0xF0 | (c >> 18)));
            tb.out.push_back(static_cast<char>(0x80 | ((c >> 12) & 0x3F)));
            tb.out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
            tb.out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
        }
    }
    return !tb.out.empty();
}

// Length in bytes of an apostrophe (' ’ ‘ ʼ) at utf8[pos], or 0.
int apostropheLength(std::string_view utf8, int pos, int end)
{
    const auto byte = [&](int k) {
        return static_cast<unsigned char>(utf8[static_cast<size_t>(k)]);
    };
    const unsigned char c = byte(pos);
    if (c == '\'')
        return 1;
    if (c == 0xE2 && pos + 2 < end && byte(pos + 1) == 0x80 &&
        (byte(pos + 2) == 0x99 || byte(pos + 2) == 0x98))
        return 3;
    if (c == 0xCA && pos + 1 < end && byte(pos + 1) == 0xBC)
        return 2;
    return 0;
}

// Puts the search form of a token in tb.out: ASCII lower-cased in place, anything else
// case-folded and stripped of accents by ICU.
bool normalizeToken(ThreadWordBreaker &tb, std::string_view token)
{
    for (const char ch : token) {
        if (static_cast<unsigned char>(ch) >= 0x80)
            return foldToken(tb, token);
    }
    tb.out.assign(token);
    for (char &ch : tb.out) {
        if (ch >= 'A' && ch <= 'Z')
            ch = static_cast<char>(ch - 'A' + 'a');
    }
    return true;
}

} // namespace

void IcuWordTokenizer::tokenize(std::string_view utf8, const TokenSink &sink) const
{
    // FTS5 reports offsets as int: a longer input cannot be described, and is never a
    // paragraph anyway.
    if (utf8.empty() || utf8.size() > static_cast<size_t>(std::numeric_limits<int32_t>::max()))
        return;
    ThreadWordBreaker &shared = threadBreaker();
    // Re-entry from a sink on the same thread would re-point the shared iterator under the
    // outer loop: such a nested call pays for a private breaker instead.
    std::optional<ThreadWordBreaker> nested;
    if (shared.inUse)
        nested.emplace();
    ThreadWordBreaker &tb = nested ? *nested : shared;
    struct InUse
    {
        ThreadWordBreaker &breaker;
        explicit InUse(ThreadWordBreaker &b) : breaker(b) { breaker.inUse = true; }
        ~InUse() { breaker.inUse = false; }
        InUse(const InUse &) = delete;
        InUse &operator=(const InUse &) = delete;
    } inUse(tb);
    UBreakIterator *iterator = tb.iterator();
    if (!iterator)
        return;

    UErrorCode status = U_ZERO_ERROR;
    UText text = UTEXT_INITIALIZER;
    utext_openUTF8(&text, utf8.data(), static_cast<int64_t>(utf8.size()), &status);
    if (U_FAILURE(status))
        return;
    ubrk_setUText(iterator, &text, &status);
    if (U_FAILURE(status)) {
        utext_close(&text);
        return;
    }

    // With a UTF-8 UText, ICU's boundaries are byte offsets into the input.
    int32_t start = ubrk_first(iterator);
    for (int32_t end = ubrk_next(iterator); end != UBRK_DONE;
         start = end, end = ubrk_next(iterator)) {
        if (ubrk_getRuleStatus(iterator) < UBRK_WORD_NONE_LIMIT)
            continue;
        // ICU keeps French elisions in one word ("l’argent"); split them at the apostrophe
        // so that "argent" finds it. Queries go through the same split, so "l'argent"
        // still matches as the phrase "l argent".
        int partStart = start;
        bool stop = false;
        for (int pos = start; pos <= end && !stop;) {
            const int apostrophe = pos < end ? apostropheLength(utf8, pos, end) : 0;
            if (pos < end && apostrophe == 0) {
                ++pos;
                continue;
            }
            if (pos > partStart) {
                const std::string_view part = utf8.substr(static_cast<size_t>(partStart),
                                                          static_cast<size_t>(pos - partStart));
                // The view points into a per-thread buffer reused for the next token: the
                // sink copies what it keeps (FTS5's xToken does).
                if (normalizeToken(tb, part) && !sink(std::string_view(tb.out), partStart, pos))
                    stop = true;
            }
            pos += pos < end ? apostrophe : 1;
            partStart = pos;
        }
        if (stop)
            break;
    }

    // The iterator keeps a shallow clone of `text`; point it away from the caller's buffer
    // so a stale pointer never outlives this call.
    status = U_ZERO_ERROR;
    ubrk_setText(iterator, u"", 0, &status);
    utext_close(&text);
}

} // namespace crible::text
