#pragma once

#include <QString>

namespace crible::core {

// A document a claim is checked against; reused across claims (the bibliography).
struct Source
{
    qint64 id = 0;
    QString uuid;            // stable identifier; may be a readable slug in the corpus
    QString title;
    QString originalTitle;   // title in the original language (e.g. Chinese)
    QString publisher;
    QString url;
    QString archiveUrl;
    QString date;            // ISO 8601 (YYYY-MM-DD, YYYY-MM or YYYY)
    QString accessedDate;    // ISO 8601
    QString language;        // BCP 47
    QString documentNumber;  // e.g. "Guofa [2014] No. 21"
    QString translator;
    bool primary = false;    // primary document (law, notice, dataset) or secondary report
    QString readVia;         // "direct", "translation" or "repost"
    QString reliability;     // Admiralty code letter A-F, or empty
    QString notes;
};

// How a source bears on one claim.
struct ClaimSourceLink
{
    qint64 sourceId = 0;
    QString sourceUuid;
    QString stance;   // "supports", "refutes" or "context"
    QString passage;  // the quoted passage of the source, may be empty
};

} // namespace crible::core
