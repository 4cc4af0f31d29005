#pragma once

#include "core/article.h"
#include "core/result.h"

#include <QByteArray>
#include <QString>

namespace crible::text {

enum class DocumentFormat { PlainText, Html, Markdown };

// By extension: .html/.htm -> Html, .md/.markdown -> Markdown, anything else PlainText.
DocumentFormat formatForFileName(const QString &fileName);

struct ImportOptions
{
    QString forcedEncoding; // empty: detect
    QString language;       // BCP 47; empty: from the document (HTML lang) or left empty
};

// "name.fr.txt" gives "fr" (the corpus layout's naming); empty when the name carries no
// language tag. importArticle() falls back on it when neither the options nor the document
// give a language.
QString languageFromFileName(const QString &fileName);

// Turns a file's bytes into an Article ready to store: text (NFC, '\n'), original bytes,
// encoding, SHA-256, file name, import time, and whatever metadata the format carries.
// Errors name the file and the reason; nothing partial is returned.
core::Result<core::Article> importArticle(const QByteArray &bytes, const QString &fileName,
                                          const ImportOptions &options = {});
// Reads the file first (refusing it before reading when it is larger than kMaxArticleBytes).
core::Result<core::Article> importArticleFile(const QString &path,
                                              const ImportOptions &options = {});

} // namespace crible::text
