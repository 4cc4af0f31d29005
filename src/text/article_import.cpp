#include "article_import.h"

#include "decoding.h"
#include "markup.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QUuid>

namespace crible::text {

using namespace Qt::StringLiterals;

namespace {

core::Error failFor(const QString &fileName, const QString &reason)
{
    return core::fail(fileName + u": " + reason);
}

// The charset a page declares in its first bytes (<meta charset=...> or the http-equiv
// form), as the HTML prescan finds it. Empty when none is declared.
QByteArray declaredHtmlCharset(const QByteArray &bytes)
{
    const QByteArray head = bytes.left(4096).toLower();
    qsizetype at = 0;
    while ((at = head.indexOf("<meta", at)) >= 0) {
        const qsizetype end = head.indexOf('>', at);
        const QByteArray tag = head.mid(at, end < 0 ? -1 : end - at);
        at += 5;
        const qsizetype cs = tag.indexOf("charset");
        if (cs < 0)
            continue;
        qsizetype k = cs + 7;
        while (k < tag.size() && (tag[k] == ' ' || tag[k] == '\t' || tag[k] == '\n'))
            ++k;
        if (k >= tag.size() || tag[k] != '=')
            continue;
        ++k;
        while (k < tag.size() && (tag[k] == ' ' || tag[k] == '"' || tag[k] == '\''))
            ++k;
        qsizetype stop = k;
        while (stop < tag.size() &&
               (std::isalnum(static_cast<unsigned char>(tag[stop])) || tag[stop] == '-' ||
                tag[stop] == '_' || tag[stop] == ':' || tag[stop] == '.'))
            ++stop;
        if (stop > k)
            return tag.mid(k, stop - k);
    }
    return {};
}

// First non-empty line, trimmed, at most 200 code points.
QString firstLineTitle(const QString &text)
{
    qsizetype pos = 0;
    while (pos < text.size()) {
        qsizetype eol = text.indexOf(u'\n', pos);
        if (eol < 0)
            eol = text.size();
        const QString line = text.mid(pos, eol - pos).trimmed();
        pos = eol + 1;
        if (line.isEmpty())
            continue;
        qsizetype units = 0;
        for (int codePoints = 0; units < line.size() && codePoints < 200; ++codePoints)
            units += line.at(units).isHighSurrogate() && units + 1 < line.size() ? 2 : 1;
        return line.left(units).trimmed();
    }
    return QString();
}

core::Result<DecodedText> decodeHtml(const QByteArray &bytes, const QString &fileName,
                                     const ImportOptions &options)
{
    if (!options.forcedEncoding.isEmpty())
        return decodeText(bytes, fileName, options.forcedEncoding);
    const unsigned char first = bytes.isEmpty() ? 0 : static_cast<unsigned char>(bytes[0]);
    // A byte order mark outranks the declared charset, as in browsers.
    if (first != 0xEF && first != 0xFE && first != 0xFF && first != 0) {
        QByteArray declared = declaredHtmlCharset(bytes);
        // WHATWG: these labels mean windows-1252 on the web.
        if (declared == "iso-8859-1" || declared == "latin1" || declared == "us-ascii" ||
            declared == "ascii" || declared == "l1")
            declared = "windows-1252";
        if (!declared.isEmpty() && declared != "utf-8" && declared != "utf8") {
            // Non-ASCII bytes that are valid UTF-8 are UTF-8, whatever an old <meta> says:
            // legacy-encoded accents essentially never form valid UTF-8 sequences, while
            // pages re-saved as UTF-8 often keep their original declaration.
            bool hasHighBytes = false;
            for (const char byte : bytes) {
                if (static_cast<unsigned char>(byte) >= 0x80) {
                    hasHighBytes = true;
                    break;
                }
            }
            if (hasHighBytes) {
                auto detected = decodeText(bytes, fileName);
                if (detected.ok() && detected->encoding == u"UTF-8")
                    return detected;
            }
        }
        if (!declared.isEmpty()) {
            auto decoded = decodeText(bytes, fileName, QString::fromLatin1(declared));
            // A page that lies about its charset is decoded by detection instead.
            if (decoded.ok())
                return decoded;
        }
    }
    return decodeText(bytes, fileName);
}

} // namespace

DocumentFormat formatForFileName(const QString &fileName)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (suffix == u"html" || suffix == u"htm" || suffix == u"xhtml")
        return DocumentFormat::Html;
    if (suffix == u"md" || suffix == u"markdown")
        return DocumentFormat::Markdown;
    return DocumentFormat::PlainText;
}

QString languageFromFileName(const QString &fileName)
{
    const QStringList parts = QFileInfo(fileName).fileName().split(u'.');
    if (parts.size() < 3)
        return {};
    static const QRegularExpression tag(QStringLiteral("^[a-z]{2}(-[A-Z]{2}|-[A-Z][a-z]{3})?$"));
    const QString candidate = parts.at(parts.size() - 2);
    return tag.match(candidate).hasMatch() ? candidate : QString();
}

core::Result<core::Article> importArticle(const QByteArray &bytes, const QString &fileName,
                                          const ImportOptions &options)
{
    if (bytes.size() > kMaxArticleBytes)
        return failFor(fileName, QCoreApplication::translate("crible::text::ArticleImport",
                                                             "the file is larger than %1 MB")
                                     .arg(kMaxArticleBytes >> 20));

    const DocumentFormat format = formatForFileName(fileName);
    auto decoded = format == DocumentFormat::Html
                       ? decodeHtml(bytes, fileName, options)
                       : decodeText(bytes, fileName, options.forcedEncoding);
    if (!decoded.ok())
        return core::fail(decoded.error());

    core::Article article;
    QString documentLanguage;
    switch (format) {
    case DocumentFormat::Html: {
        HtmlDocument html = htmlToText(decoded->text);
        article.text = normalizeText(html.text);
        article.title = normalizeText(html.title);
        article.url = html.canonicalUrl;
        article.publisher = normalizeText(html.publisher);
        article.publishedDate = html.publishedDate;
        article.author = normalizeText(html.author);
        documentLanguage = html.language;
        break;
    }
    case DocumentFormat::Markdown:
        article.text = normalizeText(markdownToText(decoded->text));
        break;
    case DocumentFormat::PlainText:
        article.text = std::move(decoded->text);
        break;
    }

    bool blank = true;
    for (const QChar c : std::as_const(article.text)) {
        if (!c.isSpace()) {
            blank = false;
            break;
        }
    }
    if (blank)
        return failFor(fileName, QCoreApplication::translate("crible::text::ArticleImport",
                                                             "no text left after conversion"));

    if (article.title.isEmpty())
        article.title = firstLineTitle(article.text);
    article.language = options.language.isEmpty() ? documentLanguage : options.language;
    if (article.language.isEmpty())
        article.language = languageFromFileName(fileName);
    article.originalBytes = bytes;
    article.sourceEncoding = decoded->encoding;
    article.sourceFileName = QFileInfo(fileName).fileName();
    article.importedAt = QDateTime::currentDateTimeUtc();
    article.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    article.updateDigest();
    return article;
}

core::Result<core::Article> importArticleFile(const QString &path, const ImportOptions &options)
{
    const QFileInfo info(path);
    if (!info.exists())
        return failFor(path,
                       QCoreApplication::translate("crible::text::ArticleImport", "no such file"));
    if (info.isDir())
        return failFor(path, QCoreApplication::translate("crible::text::ArticleImport",
                                                         "is a directory, not a file"));
    // Refused before reading: a huge file is never loaded, even in part.
    if (info.size() > kMaxArticleBytes)
        return failFor(path, QCoreApplication::translate("crible::text::ArticleImport",
                                                         "the file is larger than %1 MB (%2 bytes)")
                                 .arg(kMaxArticleBytes >> 20)
                                 .arg(info.size()));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return failFor(
            path, QCoreApplication::translate("crible::text::ArticleImport", "cannot be read: %1")
                      .arg(file.errorString()));
    // Read one byte past the limit so a file that grew since stat() is still refused.
    const QByteArray bytes = file.read(kMaxArticleBytes + 1);
    if (file.error() != QFileDevice::NoError)
        return failFor(
            path, QCoreApplication::translate("crible::text::ArticleImport", "cannot be read: %1")
                      .arg(file.errorString()));
    if (bytes.size() > kMaxArticleBytes)
        return failFor(path, QCoreApplication::translate("crible::text::ArticleImport",
                                                         "the file is larger than %1 MB")
                                 .arg(kMaxArticleBytes >> 20));
    return importArticle(bytes, path, options);
}

} // namespace crible::text
