// libFuzzer target: text::decodeText on arbitrary bytes, detected or with a forced encoding.

#include "text/decoding.h"

#include <QByteArray>
#include <QString>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <iterator>

namespace {

// What decodeText promises about its result; a broken promise is a crash for libFuzzer.
void requireNormalised(const QString &text)
{
    if (text.contains(u'\r')) {
        std::fputs("decodeText returned a carriage return\n", stderr);
        std::abort();
    }
    if (crible::text::normalizeText(text) != text) {
        std::fputs("decodeText returned text that normalizeText changes again\n", stderr);
        std::abort();
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    // A first byte from 0xF0 up forces one of these encodings; anything else is detected.
    static const char *const forced[] = {
        "UTF-8",       "UTF-16LE",  "UTF-16BE", "UTF-32LE",    "UTF-32BE", "windows-1252",
        "ISO-8859-15", "Shift_JIS", "GB18030",  "ISO-2022-JP", "EUC-KR",   "no-such-charset"};
    QString encoding;
    if (size > 0 && data[0] >= 0xF0 && std::size_t(data[0] - 0xF0) < std::size(forced)) {
        encoding = QString::fromLatin1(forced[data[0] - 0xF0]);
        ++data;
        --size;
    }
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto decoded = crible::text::decodeText(bytes, QStringLiteral("fuzz.txt"), encoding);
    if (decoded.ok()) {
        requireNormalised(decoded->text);
        if (decoded->encoding.isEmpty()) {
            std::fputs("decodeText did not name the encoding it used\n", stderr);
            std::abort();
        }
    } else if (decoded.error().isEmpty()) {
        std::fputs("decodeText failed without a message\n", stderr);
        std::abort();
    }
    return 0;
}
