#include "decoding.h"

#include <QCoreApplication>
#include <algorithm>
#include <cstring>
#include <limits>
#include <memory>
#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>
#include <unicode/unorm2.h>

namespace crible::text {

namespace {

core::Error failFor(const QString &fileName, const QString &reason)
{
    return core::fail(fileName + u": " + reason);
}

struct ConverterCloser
{
    void operator()(UConverter *converter) const { ucnv_close(converter); }
};
using ConverterPtr = std::unique_ptr<UConverter, ConverterCloser>;

struct DetectorCloser
{
    void operator()(UCharsetDetector *detector) const { ucsdet_close(detector); }
};
using DetectorPtr = std::unique_ptr<UCharsetDetector, DetectorCloser>;

// The name an encoding goes by in provenance records: the IANA (or MIME) name where there
// is one, so a record says "windows-1252" rather than ICU's internal "ibm-5348_P100-1997".
QString canonicalName(UConverter *converter)
{
    UErrorCode status = U_ZERO_ERROR;
    const char *internal = ucnv_getName(converter, &status);
    if (U_FAILURE(status) || !internal)
        return QString();
    for (const char *standard : {"MIME", "IANA"}) {
        status = U_ZERO_ERROR;
        const char *name = ucnv_getStandardName(internal, standard, &status);
        if (U_SUCCESS(status) && name)
            return QString::fromLatin1(name);
    }
    return QString::fromLatin1(internal);
}

// Converts the whole buffer in one call; any byte the encoding does not define makes the
// conversion fail instead of being replaced, so nothing partial or garbled comes back.
bool convertStrict(UConverter *converter, const char *data, qsizetype size, QString &out)
{
    UErrorCode status = U_ZERO_ERROR;
    ucnv_setToUCallBack(converter, UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
    if (U_FAILURE(status))
        return false;
    // Encodings yield at most one UTF-16 unit per byte (a 4-byte sequence gives a pair).
    const qsizetype capacity = size + 16;
    if (capacity > std::numeric_limits<int32_t>::max())
        return false;
    out.resize(capacity);
    status = U_ZERO_ERROR;
    int32_t length =
        ucnv_toUChars(converter, reinterpret_cast<UChar *>(out.data()),
                      static_cast<int32_t>(capacity), data, static_cast<int32_t>(size), &status);
    if (status == U_BUFFER_OVERFLOW_ERROR) {
        // An encoding that expands (none we know of, but converters are many): ICU said how
        // much it needs.
        out.resize(length);
        status = U_ZERO_ERROR;
        length = ucnv_toUChars(converter, reinterpret_cast<UChar *>(out.data()), length, data,
                               static_cast<int32_t>(size), &status);
    }
    if (U_FAILURE(status)) {
        out.clear();
        return false;
    }
    out.resize(length);
    return true;
}

// Strict UTF-8: no overlong forms, no surrogates, nothing above U+10FFFF.
bool isValidUtf8(const unsigned char *p, qsizetype size)
{
    qsizetype i = 0;
    while (i < size) {
        // ASCII runs dominate French text: skip them eight bytes at a time.
        while (i + 8 <= size) {
            quint64 chunk;
            std::memcpy(&chunk, p + i, 8);
            if (chunk & 0x8080808080808080ULL)
                break;
            i += 8;
        }
        if (i >= size)
            break;
        const unsigned char c = p[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int extra = 0;
        unsigned char low = 0x80;
        unsigned char high = 0xBF;
        if (c >= 0xC2 && c <= 0xDF) {
            extra = 1;
        } else if (c >= 0xE0 && c <= 0xEF) {
            extra = 2;
            if (c == 0xE0)
                low = 0xA0;
            else if (c == 0xED)
                high = 0x9F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            extra = 3;
            if (c == 0xF0)
                low = 0x90;
            else if (c == 0xF4)
                high = 0x8F;
        } else {
            return false;
        }
        if (i + extra >= size)
            return false;
        if (p[i + 1] < low || p[i + 1] > high)
            return false;
        for (int k = 2; k <= extra; ++k) {
            if (p[i + k] < 0x80 || p[i + k] > 0xBF)
                return false;
        }
        i += extra + 1;
    }
    return true;
}

struct Utf8Census
{
    qsizetype validSequences = 0; // well-formed multi-byte sequences
    qsizetype invalidBytes = 0;   // high bytes that start or continue nothing valid
    qsizetype firstInvalid = -1;
};

// Counts what in a not-quite-UTF-8 buffer is UTF-8. Legacy French text has almost no valid
// multi-byte sequences ("é" is one byte followed by ASCII); a UTF-8 file with a stray byte
// has many. Decoding the latter as Latin-1 would turn every accent into mojibake.
Utf8Census utf8Census(const unsigned char *p, qsizetype size)
{
    Utf8Census census;
    for (qsizetype i = 0; i < size;) {
        const unsigned char c = p[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        const int extra = (c >= 0xC2 && c <= 0xDF)   ? 1
                          : (c >= 0xE0 && c <= 0xEF) ? 2
                          : (c >= 0xF0 && c <= 0xF4) ? 3
                                                     : -1;
        bool ok = extra > 0 && i + extra < size;
        for (int k = 1; ok && k <= extra; ++k)
            ok = p[i + k] >= 0x80 && p[i + k] <= 0xBF;
        if (ok) {
            ++census.validSequences;
            i += extra + 1;
        } else {
            if (census.firstInvalid < 0)
                census.firstInvalid = i;
            ++census.invalidBytes;
            ++i;
        }
    }
    return census;
}

bool isAsciiDigit(unsigned char c)
{
    return c >= '0' && c <= '9';
}

bool isLatinLetter(unsigned char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
           (c >= 0xC0 && c != 0xD7 && c != 0xF7);
}

// ICU has no ISO-8859-15 recogniser and calls such text ISO-8859-1. Two bytes tell them
// apart in French: 0xA4 next to a number is "€" (a currency sign "¤" is never written so),
// and 0xBD/0xBC between letters is "œ"/"Œ" ("c\xBDur"), not "½"/"¼".
bool looksLikeIso885915(const unsigned char *p, qsizetype size)
{
    int evidence = 0;
    for (qsizetype i = 0; i < size; ++i) {
        const unsigned char c = p[i];
        if (c >= 0x80 && c <= 0x9F)
            return false; // C1 controls: windows-1252, whose € is 0x80
        if (c == 0xA4) {
            // "20 €", "20€", "€20", "€ 20" (the space may be a no-break space, 0xA0).
            const auto at = [&](qsizetype k) { return k >= 0 && k < size ? p[k] : 0; };
            const bool before =
                isAsciiDigit(at(i - 1)) ||
                ((at(i - 1) == ' ' || at(i - 1) == 0xA0) && isAsciiDigit(at(i - 2)));
            const bool after = isAsciiDigit(at(i + 1)) ||
                               ((at(i + 1) == ' ' || at(i + 1) == 0xA0) && isAsciiDigit(at(i + 2)));
            if (before || after)
                ++evidence;
        } else if ((c == 0xBD || c == 0xBC) && i > 0 && i + 1 < size && isLatinLetter(p[i - 1]) &&
                   isLatinLetter(p[i + 1])) {
            ++evidence;
        }
    }
    return evidence > 0;
}

// For a short text ICU's statistics say nothing (a lone "café" gets no Latin candidate).
// Western European prose still has a shape: a few accented letters among ASCII words, never
// long runs of high bytes, and none of the five bytes windows-1252 leaves undefined.
bool looksLikeWesternText(const unsigned char *p, qsizetype size)
{
    qsizetype high = 0;
    qsizetype asciiLetters = 0;
    int run = 0;
    for (qsizetype i = 0; i < size; ++i) {
        const unsigned char c = p[i];
        if (c >= 0x80) {
            if (c == 0x81 || c == 0x8D || c == 0x8F || c == 0x90 || c == 0x9D)
                return false;
            ++high;
            if (++run > 3)
                return false;
        } else {
            run = 0;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))
                ++asciiLetters;
        }
    }
    return high > 0 && high * 2 <= asciiLetters;
}

bool hasC1Bytes(const unsigned char *p, qsizetype size)
{
    for (qsizetype i = 0; i < size; ++i) {
        if (p[i] >= 0x80 && p[i] <= 0x9F)
            return true;
    }
    return false;
}

// Bytes that no text file carries: NUL, or a high share of C0 controls other than
// tab, line feed, form feed and carriage return (and ESC, which ISO-2022 needs).
bool looksBinary(const unsigned char *p, qsizetype size)
{
    qsizetype controls = 0;
    for (qsizetype i = 0; i < size; ++i) {
        const unsigned char c = p[i];
        if (c == 0)
            return true;
        if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x1B) ||
            c == 0x7F)
            ++controls;
    }
    return controls > 8 && controls * 100 > size;
}

struct Bom
{
    const char *encoding;
    int length;
};

Bom detectBom(const QByteArray &bytes)
{
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qsizetype n = bytes.size();
    // UTF-32LE's BOM starts like UTF-16LE's: test the longer one first.
    if (n >= 4 && p[0] == 0xFF && p[1] == 0xFE && p[2] == 0 && p[3] == 0)
        return {"UTF-32LE", 4};
    if (n >= 4 && p[0] == 0 && p[1] == 0 && p[2] == 0xFE && p[3] == 0xFF)
        return {"UTF-32BE", 4};
    if (n >= 3 && p[0] == 0xEF && p[1] == 0xBB && p[2] == 0xBF)
        return {"UTF-8", 3};
    if (n >= 2 && p[0] == 0xFF && p[1] == 0xFE)
        return {"UTF-16LE", 2};
    if (n >= 2 && p[0] == 0xFE && p[1] == 0xFF)
        return {"UTF-16BE", 2};
    return {nullptr, 0};
}

// Below this ICU confidence a legacy-charset guess for bytes that are not UTF-8 is not
// trusted. French windows-1252 prose scores far above it; random high bytes score below.
constexpr int kMinimumConfidence = 15;

} // namespace

QString normalizeText(QStringView text)
{
    // Every leading BOM goes, not only the first: normalising twice must change nothing, or
    // offsets computed on a stored text would shift when it is normalised again.
    while (!text.isEmpty() && text.front() == QChar(0xFEFF))
        text = text.mid(1);

    // Line endings first: CRLF and lone CR become '\n'. Copy only when there is a CR.
    QString unixText;
    QStringView lines = text;
    if (text.contains(u'\r')) {
        unixText.reserve(text.size());
        const QChar *p = text.data();
        const qsizetype n = text.size();
        for (qsizetype i = 0; i < n; ++i) {
            if (p[i] == u'\r') {
                unixText.append(u'\n');
                if (i + 1 < n && p[i + 1] == u'\n')
                    ++i;
            } else {
                unixText.append(p[i]);
            }
        }
        lines = unixText;
    }

    UErrorCode status = U_ZERO_ERROR;
    const UNormalizer2 *nfc = unorm2_getNFCInstance(&status);
    if (U_FAILURE(status) || lines.size() > std::numeric_limits<int32_t>::max() / 3)
        return lines.toString();
    const auto *source = reinterpret_cast<const UChar *>(lines.utf16());
    const auto length = static_cast<int32_t>(lines.size());
    // Nearly all stored text is NFC already: a quick check spares a second copy.
    const int32_t span = unorm2_spanQuickCheckYes(nfc, source, length, &status);
    if (U_FAILURE(status) || span == length)
        return unixText.isNull() ? lines.toString() : unixText;

    // Keep the part that is known NFC, normalise the rest after it.
    QString result;
    int32_t capacity = length + length / 2 + 16;
    for (int attempt = 0; attempt < 2; ++attempt) {
        result.resize(capacity);
        auto *dest = reinterpret_cast<UChar *>(result.data());
        std::copy(source, source + span, dest);
        status = U_ZERO_ERROR;
        const int32_t written = unorm2_normalizeSecondAndAppend(
            nfc, dest, span, capacity, source + span, length - span, &status);
        if (status == U_BUFFER_OVERFLOW_ERROR) {
            capacity = written + 16;
            continue;
        }
        if (U_FAILURE(status))
            return lines.toString();
        result.resize(written);
        return result;
    }
    return lines.toString();
}

core::Result<DecodedText> decodeText(const QByteArray &bytes, const QString &fileName,
                                     const QString &forcedEncoding)
{
    if (bytes.isEmpty())
        return failFor(fileName,
                       QCoreApplication::translate("crible::text::Decoding", "the file is empty"));
    if (bytes.size() > kMaxArticleBytes)
        return failFor(fileName, QCoreApplication::translate("crible::text::Decoding",
                                                             "the file is larger than %1 MB")
                                     .arg(kMaxArticleBytes >> 20));

    const auto *p = reinterpret_cast<const unsigned char *>(bytes.constData());
    DecodedText decoded;
    QString raw;

    if (!forcedEncoding.isEmpty()) {
        const QByteArray name = forcedEncoding.toLatin1();
        UErrorCode status = U_ZERO_ERROR;
        ConverterPtr converter(ucnv_open(name.constData(), &status));
        if (U_FAILURE(status) || !converter)
            return failFor(fileName, QCoreApplication::translate("crible::text::Decoding",
                                                                 "unknown encoding \"%1\"")
                                         .arg(forcedEncoding));
        if (!convertStrict(converter.get(), bytes.constData(), bytes.size(), raw))
            return failFor(fileName, QCoreApplication::translate("crible::text::Decoding",
                                                                 "the bytes are not valid %1")
                                         .arg(canonicalName(converter.get())));
        decoded.encoding = canonicalName(converter.get());
        decoded.hadByteOrderMark = !raw.isEmpty() && raw.front() == QChar(0xFEFF);
    } else if (const Bom bom = detectBom(bytes); bom.encoding) {
        decoded.hadByteOrderMark = true;
        decoded.encoding = QString::fromLatin1(bom.encoding);
        UErrorCode status = U_ZERO_ERROR;
        ConverterPtr converter(ucnv_open(bom.encoding, &status));
        if (U_FAILURE(status) || !converter ||
            !convertStrict(converter.get(), bytes.constData() + bom.length,
                           bytes.size() - bom.length, raw))
            return failFor(fileName, QCoreApplication::translate(
                                         "crible::text::Decoding",
                                         "the bytes are not valid %1 despite its byte order mark")
                                         .arg(decoded.encoding));
    } else {
        if (looksBinary(p, bytes.size()))
            return failFor(fileName, QCoreApplication::translate("crible::text::Decoding",
                                                                 "binary data, not text"));
        if (isValidUtf8(p, bytes.size())) {
            decoded.encoding = QStringLiteral("UTF-8");
            raw = QString::fromUtf8(bytes);
        } else {
            const Utf8Census census = utf8Census(p, bytes.size());
            if (census.validSequences >= 2 && census.validSequences > census.invalidBytes)
                return failFor(fileName, QCoreApplication::translate(
                                             "crible::text::Decoding",
                                             "not valid UTF-8 at byte %1, though the rest reads "
                                             "as UTF-8; repair the file or force an encoding")
                                             .arg(census.firstInvalid));
            UErrorCode status = U_ZERO_ERROR;
            DetectorPtr detector(ucsdet_open(&status));
            if (U_FAILURE(status))
                return failFor(fileName, QCoreApplication::translate("crible::text::Decoding",
                                                                     "cannot detect the encoding"));
            ucsdet_setText(detector.get(), bytes.constData(), static_cast<int32_t>(bytes.size()),
                           &status);
            int32_t count = 0;
            const UCharsetMatch **matches = ucsdet_detectAll(detector.get(), &count, &status);
            if (U_FAILURE(status) || !matches)
                count = 0;
            bool found = false;
            int bestConfidence = 0;
            for (int32_t m = 0; m < count && !found; ++m) {
                status = U_ZERO_ERROR;
                const char *name = ucsdet_getName(matches[m], &status);
                const int confidence = ucsdet_getConfidence(matches[m], &status);
                if (U_FAILURE(status) || !name)
                    continue;
                bestConfidence = std::max(bestConfidence, confidence);
                if (confidence < kMinimumConfidence)
                    break; // matches come best first
                if (qstrcmp(name, "UTF-8") == 0)
                    continue; // already known not to be valid UTF-8
                QByteArray converterName(name);
                const bool latin1Family =
                    converterName == "ISO-8859-1" || converterName == "windows-1252";
                if (latin1Family && looksLikeIso885915(p, bytes.size()))
                    converterName = "ISO-8859-15";
                ConverterPtr converter(ucnv_open(converterName.constData(), &status));
                if (U_FAILURE(status) || !converter)
                    continue;
                if (!convertStrict(converter.get(), bytes.constData(), bytes.size(), raw))
                    continue;
                decoded.encoding = QString::fromLatin1(converterName);
                decoded.confidence = confidence;
                found = true;
            }
            if (!found && looksLikeWesternText(p, bytes.size())) {
                const char *name = hasC1Bytes(p, bytes.size())           ? "windows-1252"
                                   : looksLikeIso885915(p, bytes.size()) ? "ISO-8859-15"
                                                                         : "ISO-8859-1";
                status = U_ZERO_ERROR;
                ConverterPtr converter(ucnv_open(name, &status));
                if (U_SUCCESS(status) && converter &&
                    convertStrict(converter.get(), bytes.constData(), bytes.size(), raw)) {
                    decoded.encoding = QString::fromLatin1(name);
                    decoded.confidence = std::max(bestConfidence, 10);
                    found = true;
                }
            }
            if (!found)
                return failFor(fileName,
                               QCoreApplication::translate(
                                   "crible::text::Decoding",
                                   "the bytes are not valid UTF-8 and no known encoding explains "
                                   "them (best guess confidence %1%)")
                                   .arg(bestConfidence));
        }
    }

    decoded.text = normalizeText(raw);
    if (decoded.text.isEmpty())
        return failFor(fileName, QCoreApplication::translate("crible::text::Decoding",
                                                             "the file holds no text"));
    return decoded;
}

} // namespace crible::text
