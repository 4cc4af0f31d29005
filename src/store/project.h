#pragma once

#include "core/article.h"
#include "core/claim.h"
#include "core/result.h"
#include "core/settings.h"
#include "core/source.h"
#include "core/taxonomy.h"
#include "core/tokenizer.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QtGlobal>
#include <memory>

namespace crible::store {

// One article as listed: no text, no original bytes.
struct ArticleSummary
{
    qint64 id = 0;
    QString uuid;
    QString title;
    QString publisher;
    QString publishedDate;
    QString language;
    int version = 1;
    qint64 supersededBy = 0; // id of the newer version, 0 when current
    qint64 length = 0;       // code points
    int claimCount = 0;
    int draftCount = 0;
};

struct ClaimFilter
{
    qint64 articleId = 0; // 0: all articles
    QString annotator;    // empty: all annotators
    bool includeDrafts = true;
};

struct SearchHit
{
    enum class Kind { ArticleText, Claim };
    Kind kind = Kind::ArticleText;
    qint64 articleId = 0;
    qint64 claimId = 0; // for Kind::Claim
    qint64 start = 0;   // code points into the article text: the matching unit (a paragraph
    qint64 end = 0;     // or sentence of the text, or the claim's span)
    QString snippet;    // matched words wrapped in \x02 ... \x03 (the UI chooses the markup)
    double rank = 0;    // bm25, lower is better
};

struct ChangeRecord
{
    qint64 id = 0;
    QDateTime at;   // UTC
    QString actor;  // annotator who made the change
    QString action; // "insert", "update", "delete"
    QString entity; // "article", "claim", "source", "taxonomy", "settings", "suggestion"
    QString entityUuid;
    QString details; // JSON: the changed fields, old and new values
};

// The editor's answer to a suggested claim (issue 10), kept so a rejected suggestion is not
// offered again. One per span of an article: a later decision replaces the earlier one.
struct SuggestionDecision
{
    qint64 articleId = 0;
    qint64 start = 0; // code points into the article text
    qint64 end = 0;
    QString decision; // "accepted" or "rejected"
    QString actor;    // empty: the project's actor
    QDateTime at;     // UTC; invalid: now
};

enum class OpenMode { ReadWrite, ReadOnly };

// The project file (DESIGN.md): one SQLite file, WAL, foreign keys on, synchronous=FULL.
// Every mutating call is one transaction (a savepoint when inside a Batch): it succeeds
// whole or leaves nothing behind. Only this class and its implementation see SQL.
class Project final
{
public:
    static constexpr int kSchemaVersion = 1;

    ~Project();
    Q_DISABLE_COPY_MOVE(Project)

    // Creates a new project file (refuses an existing file) with the default taxonomy.
    // `tokenizer` (may be null: FTS5's unicode61 with diacritics removed) must outlive it.
    static core::Result<std::unique_ptr<Project>> create(const QString &path,
                                                         const core::FullTextTokenizer *tokenizer);
    // Opens an existing project defensively: not a SQLite file, another application's file,
    // a newer schema version, or a schema that does not match (extra triggers or views) is
    // refused with a message naming the file and the reason, and the file is not modified.
    static core::Result<std::unique_ptr<Project>> open(const QString &path,
                                                       const core::FullTextTokenizer *tokenizer,
                                                       OpenMode mode = OpenMode::ReadWrite);

    QString path() const;
    // Who the change log names for the following changes (defaults to the settings'
    // default annotator, else the system user name).
    void setActor(const QString &annotator);
    QString actor() const;

    // True inside a Batch: what it wrote is not yet visible to other connections.
    bool inTransaction() const;

    // Groups many calls into one transaction (bulk imports): commit() or it rolls back.
    class Batch
    {
    public:
        explicit Batch(Project &project);
        ~Batch();
        Q_DISABLE_COPY_MOVE(Batch)
        core::Result<void> commit();

    private:
        Project *m_project;
        bool m_done = false;
    };

    // Taxonomy and settings
    core::Result<core::Taxonomy> taxonomy() const;
    core::Result<void> setTaxonomy(const core::Taxonomy &taxonomy);
    core::Result<core::ProjectSettings> settings() const;
    core::Result<void> setSettings(const core::ProjectSettings &settings);
    core::Result<QStringList> annotators() const;

    // Articles. addArticle fills id (and uuid when empty) and indexes the text for search.
    core::Result<qint64> addArticle(core::Article &article);
    core::Result<void> updateArticleMetadata(const core::Article &article); // not the text
    core::Result<void> deleteArticle(qint64 id);                            // with its claims
    core::Result<QList<ArticleSummary>> articles() const;
    core::Result<core::Article> article(qint64 id) const;            // with text and original bytes
    core::Result<qint64> articleIdByUuid(const QString &uuid) const; // 0 when absent

    // Claims. The span is checked against the article's text (code points) and the quote,
    // prefix and suffix are taken from the text when empty (a given quote must match).
    // Keys are checked against the taxonomy. addClaim keeps a given id/uuid (undo of a
    // delete), fills created/modified/annotator when empty.
    core::Result<qint64> addClaim(core::Claim &claim);
    core::Result<void> updateClaim(core::Claim &claim); // sets modified
    core::Result<void> deleteClaim(qint64 id);
    core::Result<core::Claim> claim(qint64 id) const;
    core::Result<qint64> claimIdByUuid(const QString &uuid) const; // 0 when absent
    core::Result<QList<core::Claim>>
    claims(const ClaimFilter &filter = {}) const; // by article, start, end

    // Sources (the shared bibliography).
    core::Result<qint64> addSource(core::Source &source);
    core::Result<void> updateSource(const core::Source &source);
    core::Result<void> deleteSource(qint64 id); // refused while a claim links it
    core::Result<core::Source> source(qint64 id) const;
    core::Result<qint64> sourceIdByUuid(const QString &uuid) const; // 0 when absent
    core::Result<qint64> sourceIdByUrl(const QString &url) const;   // 0 when absent
    core::Result<QList<core::Source>> sources() const;

    // Suggested claims the editor accepted or rejected. setSuggestionDecision is one
    // transaction with its change-log row; decisions go with their article when it is deleted.
    core::Result<void> setSuggestionDecision(const SuggestionDecision &decision);
    core::Result<QList<SuggestionDecision>>
    suggestionDecisions(qint64 articleId) const; // by start, end
    // Forgets the decision on one span (undo of an accept or reject): one transaction with
    // its change-log row; no decision there is not an error.
    core::Result<void> clearSuggestionDecision(qint64 articleId, qint64 start, qint64 end);

    // Full-text search over article text (by paragraph) and claims; best first.
    core::Result<QList<SearchHit>> search(const QString &query, int limit = 20) const;

    core::Result<QList<ChangeRecord>> changeLog(int limit = 1000) const;

    // A single consistent file through SQLite's backup API, while this project stays open.
    core::Result<void> saveCopy(const QString &path) const;
    // PRAGMA integrity_check; ok() when the file is sound.
    core::Result<void> checkIntegrity() const;

private:
    struct Private;
    explicit Project(std::unique_ptr<Private> d);
    std::unique_ptr<Private> d;
};

} // namespace crible::store
