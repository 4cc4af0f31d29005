// libFuzzer target: text::importArticle on arbitrary bytes, as a .txt, .html or .md file
// (CRIBLE_FUZZ_FILE_NAME), plus the markup converter of that format on the bytes as UTF-8.

#include "text/article_import.h"
#include "text/markup.h"

#include <QByteArray>
#include <QCryptographicHash>
#include <QString>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {

void require(bool condition, const char *promise)
{
    if (!condition) {
        std::fprintf(stderr, "importArticle broke its promise: %s\n", promise);
        std::abort();
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString fileName = QStringLiteral(CRIBLE_FUZZ_FILE_NAME);

    const auto format = crible::text::formatForFileName(fileName);
    if (format == crible::text::DocumentFormat::Html) {
        (void)crible::text::htmlToText(QString::fromUtf8(bytes));
    } else if (format == crible::text::DocumentFormat::Markdown) {
        (void)crible::text::markdownToText(QString::fromUtf8(bytes));
    }

    const auto article = crible::text::importArticle(bytes, fileName);
    if (!article.ok()) {
        require(!article.error().isEmpty(), "an error has a message");
        return 0;
    }
    require(!article->text.contains(u'\r'), "no carriage return in the stored text");
    require(article->originalBytes == bytes, "the original bytes are kept");
    const QByteArray digest =
        QCryptographicHash::hash(article->text.toUtf8(), QCryptographicHash::Sha256).toHex();
    require(article->sha256 == QString::fromLatin1(digest), "sha256 is the digest of the text");
    return 0;
}
