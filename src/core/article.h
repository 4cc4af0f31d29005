#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace crible::core {

// One imported article. `text` is the stored text: NFC, '\n' line endings. All claim
// offsets are Unicode code points into it, half-open [start, end).
struct Article
{
    qint64 id = 0;          // row id in the project; 0 until stored
    QString uuid;           // stable identifier across projects and corpus exports
    QString title;
    QString publisher;
    QString author;
    QString url;
    QString publishedDate;  // ISO 8601: YYYY-MM-DD, YYYY-MM or YYYY; empty when unknown
    QString language;       // BCP 47, e.g. "fr"
    QString text;
    QByteArray originalBytes;   // the file as read, for provenance
    QString sourceEncoding;     // the encoding found or forced, e.g. "UTF-8", "windows-1252"
    QString sourceFileName;     // file name it was imported from (no directory)
    QString sha256;             // lowercase hex SHA-256 of `text` encoded as UTF-8
    QDateTime importedAt;       // UTC
    int version = 1;            // a revised import of the same article gets version + 1
    qint64 supersedes = 0;      // id of the older version this one replaces, 0 if none

    // Computes sha256 from text.
    void updateDigest();
};

} // namespace crible::core
