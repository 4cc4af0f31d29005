#pragma once

#include <QString>
#include <QStringView>

namespace crible::text {

// What a saved web page gives: the article's text with its paragraph breaks (blank lines),
// script/style/nav/header/footer/aside dropped, entities decoded; metadata from the head.
struct HtmlDocument
{
    QString text;   // not yet NFC-normalised
    QString title;  // og:title, else <title>
    QString canonicalUrl;  // <link rel=canonical>, else og:url
    QString publisher;     // og:site_name
    QString publishedDate; // article:published_time (date part, YYYY-MM-DD)
    QString language;      // <html lang>
    QString author;        // <meta name=author> or article:author
};

HtmlDocument htmlToText(QStringView html);

// Markdown to plain text: paragraphs separated by a blank line, emphasis, links, code
// marks and heading hashes removed, list items kept one per line.
QString markdownToText(QStringView markdown);

} // namespace crible::text
