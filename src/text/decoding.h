#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QString>
#include <QStringView>

namespace crible::text {

// Larger than any article: a file over this size is refused, never partially read.
inline constexpr qint64 kMaxArticleBytes = 50LL * 1024 * 1024;

struct DecodedText
{
    QString text;      // NFC, '\n' line endings
    QString encoding;  // canonical name of the encoding found or forced: "UTF-8", "UTF-16LE",
                       // "UTF-16BE", "UTF-32LE", "UTF-32BE", "windows-1252", "ISO-8859-15", ...
    bool hadByteOrderMark = false;
    int confidence = 100;  // ICU detector confidence 0-100; 100 for BOM, valid UTF-8 or forced
};

// Decodes the bytes of a plain-text file: BOM (UTF-8, UTF-16 LE/BE, UTF-32 LE/BE), then
// strict UTF-8, then ICU's charset detector with the evidence ICU lacks (ISO-8859-15 vs
// ISO-8859-1/windows-1252: 0xA4 next to digits is "€"). `forcedEncoding` (an ICU converter
// name) skips detection. Empty, binary, undecodable or oversized input is an error whose
// message names `fileName` and the reason. The result is normalised (normalizeText()).
core::Result<DecodedText> decodeText(const QByteArray &bytes, const QString &fileName,
                                     const QString &forcedEncoding = QString());

// NFC normalisation and '\n' line endings (CRLF and lone CR become '\n'); a leading BOM
// character is dropped.
QString normalizeText(QStringView text);

} // namespace crible::text
