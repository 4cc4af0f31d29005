// lupdate does not preprocess: it reads the block below, which the compiler never sees, and
// files every bare tr() of this file under "crible::store", the context of the local tr() helper
// (otherwise each call would be filed under its enclosing class). It must come before the
// includes, or lupdate attaches it to the namespace as the headers declare it.
#ifdef CRIBLE_LUPDATE_ONLY
namespace crible::store {
Q_DECLARE_TR_FUNCTIONS(crible::store)
}
#endif

#include "project.h"

#include "core/anchor.h"
#include "core/offsets.h"
#include "core/validation.h"
#include "database.h"
#include "fts_tokenizer.h"
#include "schema.h"
#include "text_units.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryFile>
#include <QUuid>
#include <algorithm>
#include <filesystem>
#include <limits>
#include <optional>
#include <sqlite3.h>
#include <vector>

namespace crible::store {

using core::fail;
using core::Result;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("crible::store", text);
}

// Times are stored as "YYYY-MM-DDTHH:MM:SSZ" (UTC, second precision), as the corpus does.
QString isoTime(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    // Bulk imports format the same second thousands of times.
    thread_local qint64 lastSeconds = std::numeric_limits<qint64>::min();
    thread_local QString lastText;
    const qint64 seconds = time.toSecsSinceEpoch();
    if (seconds != lastSeconds) {
        lastText = time.toUTC().toString(Qt::ISODate);
        lastSeconds = seconds;
    }
    return lastText;
}

QDateTime parseTime(const QString &text)
{
    if (text.isEmpty())
        return {};
    QDateTime time = QDateTime::fromString(text, Qt::ISODate);
    return time.toUTC();
}

// The stored form read without the general ISO 8601 parser (which costs more than the rest
// of a claim row); anything else goes to parseTime.
QDateTime parseStoredTime(const char *utf8, int size)
{
    const auto digits = [utf8](int at, int count) {
        int value = 0;
        for (int i = at; i < at + count; ++i) {
            if (utf8[i] < '0' || utf8[i] > '9')
                return -1;
            value = value * 10 + (utf8[i] - '0');
        }
        return value;
    };
    if (size == 20 && utf8[4] == '-' && utf8[7] == '-' && utf8[10] == 'T' && utf8[13] == ':' &&
        utf8[16] == ':' && utf8[19] == 'Z') {
        const QDate date(digits(0, 4), digits(5, 2), digits(8, 2));
        const QTime time(digits(11, 2), digits(14, 2), digits(17, 2));
        if (date.isValid() && time.isValid())
            return QDateTime(date, time, Qt::UTC);
    }
    return parseTime(QString::fromUtf8(utf8, size));
}

// The current second, UTC. Bulk imports ask thousands of times a second: the clock is read
// cheaply and the QDateTime and its text are built once per second.
struct Now
{
    qint64 seconds = std::numeric_limits<qint64>::min();
    QDateTime time;
    QString text;
    QByteArray utf8;
};

const Now &now()
{
    thread_local Now cached;
    const qint64 seconds = QDateTime::currentSecsSinceEpoch();
    if (seconds != cached.seconds) {
        cached.seconds = seconds;
        cached.time = QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC);
        cached.text = cached.time.toString(Qt::ISODate);
        cached.utf8 = cached.text.toUtf8();
    }
    return cached;
}

QDateTime nowUtc()
{
    return now().time;
}

// Messages are one line: quoted text keeps its line breaks visible as "\n".
QString oneLine(QString text)
{
    return text.replace(u'\n', QStringLiteral("\\n"));
}

// A random (version 4) UUID. QUuid::createUuid() asks the kernel for entropy on every call,
// which shows in bulk imports; the global generator is seeded from it once.
QString newUuid()
{
    quint32 words[4];
    QRandomGenerator::global()->fillRange(words);
    QByteArray bytes(reinterpret_cast<const char *>(words), sizeof words);
    bytes[6] = char((bytes[6] & 0x0f) | 0x40); // version 4
    bytes[8] = char((bytes[8] & 0x3f) | 0x80); // RFC 4122 variant
    return QUuid::fromRfc4122(bytes).toString(QUuid::WithoutBraces);
}

// Bytes of the UTF-8 encoding of text[i] (a surrogate pair counts 4 on its first half).
int utf8Length(const QString &text, qsizetype i)
{
    const char16_t c = text.at(i).unicode();
    if (c < 0x80)
        return 1;
    if (c < 0x800)
        return 2;
    if (QChar::isHighSurrogate(c) && i + 1 < text.size() && text.at(i + 1).isLowSurrogate())
        return 4;
    if (QChar::isLowSurrogate(c) && i > 0 && text.at(i - 1).isHighSurrogate())
        return 0;
    return 3; // a lone surrogate is written as U+FFFD
}

QString systemUserName()
{
    QString name = qEnvironmentVariable("USER");
    if (name.isEmpty())
        name = qEnvironmentVariable("USERNAME");
    if (name.isEmpty())
        name = QStringLiteral("unknown");
    return name;
}

void noteChange(QJsonObject &details, const char *field, const QString &before,
                const QString &after)
{
    if (before != after)
        details.insert(QLatin1String(field), QJsonArray{before, after});
}

void noteChange(QJsonObject &details, const char *field, qint64 before, qint64 after)
{
    if (before != after)
        details.insert(QLatin1String(field), QJsonArray{before, after});
}

// A stand-in registered under the file's tokenizer name while the expected schema is built
// in memory: creating the FTS tables needs the name to exist, never to tokenize.
class NamedNullTokenizer final : public core::FullTextTokenizer
{
public:
    explicit NamedNullTokenizer(QByteArray name) : m_name(std::move(name)) {}
    void tokenize(std::string_view, const TokenSink &) const override {}
    const char *name() const override { return m_name.constData(); }

private:
    QByteArray m_name;
};

struct SchemaObject
{
    QString type;
    QString name;
    QString table;
    QString sql;
};

QList<SchemaObject> readSchema(Database &db, QString *error)
{
    QList<SchemaObject> objects;
    Statement statement(db.handle(),
                        "SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY name");
    if (!statement.isValid()) {
        *error = statement.lastError();
        return {};
    }
    while (true) {
        const Statement::Step step = statement.step();
        if (step == Statement::Step::Done)
            break;
        if (step == Statement::Step::Error) {
            *error = statement.lastError();
            return {};
        }
        objects.append(
            {statement.text(0), statement.text(1), statement.text(2), statement.text(3)});
    }
    return objects;
}

bool isShadowTable(const QString &name)
{
    return name.startsWith(QLatin1String("article_fts_")) ||
           name.startsWith(QLatin1String("claim_fts_"));
}

constexpr qint64 kHeaderSize = 100;

qint64 readBigEndian32(const QByteArray &bytes, int offset)
{
    quint32 value = 0;
    for (int i = 0; i < 4; ++i)
        value = (value << 8) | quint8(bytes.at(offset + i));
    return qint32(value);
}

} // namespace

struct Project::Private
{
    QString path;
    Database db;
    const core::FullTextTokenizer *tokenizer = nullptr;
    OpenMode mode = OpenMode::ReadWrite;
    QString actor;
    QByteArray actorUtf8; // actor in UTF-8, for the change log of bulk imports
    QString actorUtf8Of;
    QString tokenizerProblem; // why search and indexing cannot run, empty when they can
    int depth = 0;            // open transactions (Batch and actions nest as savepoints)
    QString batchError;       // a Batch that could not begin reports it on commit()
    // Set when a write inside a batch failed halfway and could not be undone: the batch then
    // refuses to commit, so a half-written action never reaches the file.
    QString brokenBatch;
    qint64 dataVersion = -1;

    // Claims whose search entries wait for the outermost commit (see indexClaim), with the
    // savepoint level that wrote them, and those written early inside a savepoint.
    struct PendingClaim
    {
        qint64 id;
        int level;
    };
    struct FlushedClaim
    {
        qint64 id;
        int level;
        int flushLevel;
    };
    QList<PendingClaim> pendingClaims;
    QList<FlushedClaim> flushedClaims;

    // Caches for bulk imports; cleared on rollback and when another connection commits.
    std::optional<core::Taxonomy> taxonomy;
    std::optional<QSet<QString>> annotators;
    QString lastAnnotator;
    // The texts of the articles claims were last added to, most recent first: a bulk
    // import adds many claims to one article, and converting 100 KB of text for each
    // would dominate. Article texts never change once stored.
    struct CachedText
    {
        qint64 articleId = 0;
        QString text;
        core::CodePointIndex index;
    };
    static constexpr qsizetype kCachedTexts = 8;
    QList<CachedText> texts;

    core::Error error(const QString &reason) const
    {
        return fail(QDir::toNativeSeparators(path) + u": " + reason);
    }
    core::Error sqlError(const Statement *statement) const
    {
        return error(statement ? statement->lastError() : db.sqliteMessage());
    }
    core::Error dbError() const { return error(db.lastError()); }

    void clearCaches()
    {
        taxonomy.reset();
        annotators.reset();
        lastAnnotator.clear();
        texts.clear();
    }

    Statement *prepare(const char *sql) { return db.cached(sql); }

    // The id of the row `sql` (one text parameter, one id column) finds; 0 when none.
    Result<qint64> lookupId(const char *sql, const QString &value)
    {
        Statement *s = prepare(sql);
        if (!s->isValid())
            return sqlError(s);
        s->bind(1, value);
        const Statement::Step step = s->step();
        if (step == Statement::Step::Error)
            return sqlError(s);
        const qint64 id = step == Statement::Step::Row ? s->int64(0) : 0;
        s->reset();
        return id;
    }

    // The uuid and length (code points) of an article, for rows that refer to its text;
    // an unknown id is named.
    Result<std::pair<QString, qint64>> articleUuidAndLength(qint64 id)
    {
        Statement *s = prepare("SELECT uuid, length FROM articles WHERE id = ?1");
        if (!s->isValid())
            return sqlError(s);
        s->bind(1, id);
        if (s->step() != Statement::Step::Row) {
            s->reset();
            return error(tr("no article with id %1").arg(id));
        }
        std::pair<QString, qint64> found(s->text(0), s->int64(1));
        s->reset();
        return found;
    }

    Result<void> begin();
    Result<void> commit();
    void rollback();

    Result<void> logChange(const char *action, const char *entity, const QString &uuid,
                           const QJsonObject &details);
    Result<void> logChange(const char *action, const char *entity, const QString &uuid,
                           const QString &detailsJson);
    Result<void> logChangeUtf8(const char *action, const char *entity, const QByteArray &uuid,
                               const QByteArray &detailsJson);
    bool knowsAnnotator(const QString &name);
    Result<core::Taxonomy> loadTaxonomy();
    Result<void> ensureAnnotator(const QString &name);
    Result<const CachedText *> loadText(qint64 articleId);
    void cacheText(qint64 articleId, const QString &text, const core::CodePointIndex &index);
    Result<void> completeClaim(core::Claim &claim, const core::Claim *before);
    Result<void> writeLinks(core::Claim &claim);
    Result<void> indexClaim(const core::Claim &claim, bool remove);
    Result<void> flushPendingClaims();
    Result<core::Claim> readClaim(qint64 id);
    bool readTextBytes(qint64 articleId, qint64 from, qint64 to, QByteArray *out);
    Result<core::Source> readSource(qint64 id);

    // One user action: a transaction at top level, a savepoint inside a Batch. Rolls back in
    // its destructor unless committed, so an early return leaves nothing behind.
    class Action final
    {
    public:
        explicit Action(Private &d) : m_d(d) {}
        ~Action()
        {
            if (m_open)
                m_d.rollback();
        }
        Q_DISABLE_COPY_MOVE(Action)

        Result<void> begin()
        {
            auto r = m_d.begin();
            m_open = r.ok();
            return r;
        }
        Result<void> commit()
        {
            m_open = false;
            return m_d.commit();
        }

    private:
        Private &m_d;
        bool m_open = false;
    };
};

Result<void> Project::Private::begin()
{
    if (mode == OpenMode::ReadOnly)
        return error(tr("the project is open read-only"));
    if (depth == 0) {
        // IMMEDIATE takes the write lock now, so a second process waits (busy timeout)
        // instead of failing on a lock upgrade halfway through the action.
        Statement *s = prepare("BEGIN IMMEDIATE");
        if (!s->exec())
            return sqlError(s);
        Statement *version = prepare("PRAGMA data_version");
        if (version->step() == Statement::Step::Row) {
            const qint64 current = version->int64(0);
            if (current != dataVersion)
                clearCaches();
            dataVersion = current;
        }
        version->reset();
    } else {
        Statement *s = prepare("SAVEPOINT crible_action");
        if (!s->exec())
            return sqlError(s);
    }
    ++depth;
    return {};
}

Result<void> Project::Private::commit()
{
    const int level = depth;
    if (level == 1) {
        if (!brokenBatch.isEmpty()) {
            const core::Error e = error(brokenBatch);
            rollback();
            return e;
        }
        // The claims of the whole transaction go into the search index now, in one run.
        if (auto r = flushPendingClaims(); !r) {
            rollback();
            return r;
        }
        Statement *s = prepare("COMMIT");
        if (!s->exec()) {
            const core::Error e = sqlError(s);
            rollback();
            return e;
        }
        depth = 0;
        pendingClaims.clear();
        flushedClaims.clear();
        return {};
    }
    Statement *s = prepare("RELEASE crible_action");
    if (!s->exec()) {
        const core::Error e = sqlError(s);
        rollback();
        return e;
    }
    depth = level - 1;
    // What this savepoint did now belongs to the enclosing one.
    for (qsizetype i = pendingClaims.size() - 1; i >= 0 && pendingClaims[i].level == level; --i)
        pendingClaims[i].level = level - 1;
    for (qsizetype i = flushedClaims.size() - 1; i >= 0 && flushedClaims[i].flushLevel == level;
         --i)
        flushedClaims[i].flushLevel = level - 1;
    return {};
}

void Project::Private::rollback()
{
    const int level = depth;
    depth = level - 1;
    if (level == 1) {
        prepare("ROLLBACK")->exec();
        pendingClaims.clear();
        flushedClaims.clear();
        brokenBatch.clear();
    } else {
        prepare("ROLLBACK TO crible_action")->exec();
        prepare("RELEASE crible_action")->exec();
        while (!pendingClaims.isEmpty() && pendingClaims.constLast().level >= level)
            pendingClaims.removeLast();
        // Index entries written inside the savepoint are gone: claims that outlive it
        // are pending again.
        bool restored = false;
        while (!flushedClaims.isEmpty() && flushedClaims.constLast().flushLevel >= level) {
            const FlushedClaim f = flushedClaims.takeLast();
            if (f.level < level) {
                pendingClaims.append({f.id, f.level});
                restored = true;
            }
        }
        if (restored) {
            std::stable_sort(
                pendingClaims.begin(), pendingClaims.end(),
                [](const PendingClaim &a, const PendingClaim &b) { return a.level < b.level; });
        }
    }
    clearCaches();
}

Result<void> Project::Private::flushPendingClaims()
{
    if (pendingClaims.isEmpty())
        return {};
    if (!tokenizerProblem.isEmpty())
        return error(tokenizerProblem);
    // INSERT ... VALUES, not INSERT ... SELECT: a statement that may write several rows
    // opens a statement savepoint, and FTS5 flushes its pending terms at every savepoint.
    Statement *read = prepare("SELECT restatement, explanation, claimant FROM claims"
                              " WHERE id = ?1");
    Statement *s = prepare("INSERT INTO claim_fts (rowid, restatement, explanation,"
                           " claimant) VALUES (?1, ?2, ?3, ?4)");
    if (!read->isValid())
        return sqlError(read);
    if (!s->isValid())
        return sqlError(s);
    for (const PendingClaim &p : std::as_const(pendingClaims)) {
        read->reset();
        read->bind(1, p.id);
        if (read->step() != Statement::Step::Row)
            return error(tr("claim %1 vanished before it was indexed").arg(p.id));
        s->reset();
        s->bind(1, p.id);
        s->bindText(2, *read, 0);
        s->bindText(3, *read, 1);
        s->bindText(4, *read, 2);
        const bool done = s->exec();
        read->reset();
        if (!done)
            return sqlError(s);
        flushedClaims.append({p.id, p.level, depth});
    }
    pendingClaims.clear();
    return {};
}

Result<void> Project::Private::logChange(const char *action, const char *entity,
                                         const QString &uuid, const QJsonObject &details)
{
    return logChange(action, entity, uuid,
                     QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact)));
}

Result<void> Project::Private::logChange(const char *action, const char *entity,
                                         const QString &uuid, const QString &detailsJson)
{
    Statement *s = prepare("INSERT INTO change_log (at, actor, action, entity, entity_uuid,"
                           " details) VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    if (!s->isValid())
        return sqlError(s);
    s->bindUtf8(1, now().utf8);
    s->bind(2, actor);
    s->bindStatic(3, action);
    s->bindStatic(4, entity);
    s->bind(5, uuid);
    s->bind(6, detailsJson);
    if (!s->exec())
        return sqlError(s);
    return {};
}

Result<void> Project::Private::logChangeUtf8(const char *action, const char *entity,
                                             const QByteArray &uuid, const QByteArray &detailsJson)
{
    Statement *s = prepare("INSERT INTO change_log (at, actor, action, entity, entity_uuid,"
                           " details) VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    if (!s->isValid())
        return sqlError(s);
    if (actorUtf8Of != actor) {
        actorUtf8 = actor.toUtf8();
        actorUtf8Of = actor;
    }
    s->bindUtf8(1, now().utf8);
    s->bindUtf8(2, actorUtf8);
    s->bindStatic(3, action);
    s->bindStatic(4, entity);
    s->bindUtf8(5, uuid);
    s->bindUtf8(6, detailsJson);
    if (!s->exec())
        return sqlError(s);
    return {};
}

Result<core::Taxonomy> Project::Private::loadTaxonomy()
{
    if (taxonomy)
        return *taxonomy;
    Statement *s = prepare("SELECT axis, key, label, label_fr, description, description_fr,"
                           " color, normalised, fever_label, rating, group_label, group_label_fr"
                           " FROM taxonomy ORDER BY axis, position");
    if (!s->isValid())
        return sqlError(s);
    core::Taxonomy result;
    for (const core::TaxonomyAxis axis : core::Taxonomy::axes())
        result.entries(axis).clear();
    Statement::Step step;
    while ((step = s->step()) == Statement::Step::Row) {
        const QString axisKey = s->text(0);
        std::optional<core::TaxonomyAxis> axis;
        for (const core::TaxonomyAxis a : core::Taxonomy::axes()) {
            if (core::Taxonomy::axisKey(a) == axisKey)
                axis = a;
        }
        if (!axis)
            return error(tr("unknown taxonomy axis \"%1\"").arg(axisKey));
        core::TaxonomyEntry e;
        e.key = s->text(1);
        e.label = s->text(2);
        e.labelFr = s->text(3);
        e.description = s->text(4);
        e.descriptionFr = s->text(5);
        e.color = s->text(6);
        e.normalised = s->text(7);
        e.feverLabel = s->text(8);
        e.rating = int(s->int64(9));
        e.group = s->text(10);
        e.groupFr = s->text(11);
        result.entries(*axis).append(e);
    }
    if (step == Statement::Step::Error)
        return sqlError(s);
    taxonomy = result;
    return result;
}

bool Project::Private::knowsAnnotator(const QString &name)
{
    if (name.isEmpty() || name == lastAnnotator)
        return true;
    if (!annotators) {
        QSet<QString> names;
        Statement *s = prepare("SELECT name FROM annotators");
        while (s->step() == Statement::Step::Row)
            names.insert(s->text(0));
        s->reset();
        annotators = names;
    }
    if (annotators->contains(name)) {
        lastAnnotator = name;
        return true;
    }
    return false;
}

Result<void> Project::Private::ensureAnnotator(const QString &name)
{
    if (knowsAnnotator(name))
        return {};
    Statement *s = prepare("INSERT INTO annotators (name, first_seen) VALUES (?1, ?2)"
                           " ON CONFLICT (name) DO NOTHING");
    if (!s->isValid())
        return sqlError(s);
    s->bind(1, name);
    s->bind(2, isoTime(nowUtc()));
    if (!s->exec())
        return sqlError(s);
    annotators->insert(name);
    return {};
}

Result<const Project::Private::CachedText *> Project::Private::loadText(qint64 articleId)
{
    for (qsizetype i = 0; i < texts.size(); ++i) {
        if (texts[i].articleId == articleId) {
            if (i != 0)
                texts.move(i, 0);
            return &texts.first();
        }
    }
    Statement *s = prepare("SELECT text FROM articles WHERE id = ?1");
    if (!s->isValid())
        return sqlError(s);
    s->bind(1, articleId);
    const Statement::Step step = s->step();
    if (step == Statement::Step::Error)
        return sqlError(s);
    if (step == Statement::Step::Done)
        return error(tr("no article with id %1").arg(articleId));
    const QString text = s->text(0);
    s->reset();
    cacheText(articleId, text, core::CodePointIndex(text));
    return &texts.first();
}

void Project::Private::cacheText(qint64 articleId, const QString &text,
                                 const core::CodePointIndex &index)
{
    texts.prepend({articleId, text, index});
    if (texts.size() > kCachedTexts)
        texts.removeLast();
}

// Checks a claim against the taxonomy and its article's text and fills what the store
// derives: anchor, uuid, times, annotator, status. `before` is the stored claim on update.
Result<void> Project::Private::completeClaim(core::Claim &claim, const core::Claim *before)
{
    auto taxonomyResult = loadTaxonomy();
    if (!taxonomyResult)
        return core::Error{taxonomyResult.error()};
    if (auto r = core::validateClaimFields(claim, *taxonomyResult); !r)
        return error(tr("claim %1:%2: %3").arg(claim.start).arg(claim.end).arg(r.error()));
    const Result<const CachedText *> cached = loadText(claim.articleId);
    if (!cached)
        return core::Error{cached.error()};
    const QString &text = (*cached)->text;
    const core::CodePointIndex &textIndex = (*cached)->index;
    if (auto r = core::validateSpan(claim.start, claim.end, textIndex.codePointLength()); !r)
        return error(tr("claim in article %1: %2").arg(claim.articleId).arg(r.error()));
    const core::TextQuoteAnchor anchor = core::TextQuoteAnchor::at(
        text, textIndex, claim.start, claim.end, core::kAnchorContextLength);
    if (claim.quote.isEmpty()) {
        claim.quote = anchor.exact;
    } else if (claim.quote != anchor.exact) {
        return error(tr("claim %1:%2: the quote \"%3\" is not the article text there (\"%4\")")
                         .arg(claim.start)
                         .arg(claim.end)
                         .arg(oneLine(claim.quote), oneLine(anchor.exact)));
    }
    const bool moved = before && (before->start != claim.start || before->end != claim.end ||
                                  before->articleId != claim.articleId);
    if (claim.prefix.isEmpty() || moved)
        claim.prefix = anchor.prefix;
    if (claim.suffix.isEmpty() || moved)
        claim.suffix = anchor.suffix;
    if (claim.uuid.isEmpty())
        claim.uuid = before ? before->uuid : newUuid();
    if (!claim.created.isValid())
        claim.created = before ? before->created : nowUtc();
    if (before)
        claim.modified = nowUtc();
    else if (!claim.modified.isValid())
        claim.modified = claim.created;
    if (claim.annotator.isEmpty())
        claim.annotator = before ? before->annotator : actor;
    if (claim.isDraft() && claim.hasGrades() && !claim.verdict.isEmpty())
        claim.status = QStringLiteral("graded");
    return ensureAnnotator(claim.annotator);
}

Result<void> Project::Private::writeLinks(core::Claim &claim)
{
    Statement *del = prepare("DELETE FROM claim_sources WHERE claim_id = ?1");
    del->bind(1, claim.id);
    if (!del->exec())
        return sqlError(del);
    for (int i = 0; i < claim.sources.size(); ++i) {
        core::ClaimSourceLink &link = claim.sources[i];
        if (link.sourceId != 0) {
            Statement *s = prepare("SELECT uuid FROM sources WHERE id = ?1");
            s->bind(1, link.sourceId);
            if (s->step() != Statement::Step::Row)
                return error(tr("claim %1:%2: no source with id %3")
                                 .arg(claim.start)
                                 .arg(claim.end)
                                 .arg(link.sourceId));
            link.sourceUuid = s->text(0);
            s->reset();
        } else {
            Statement *s = prepare("SELECT id FROM sources WHERE uuid = ?1");
            s->bind(1, link.sourceUuid);
            if (s->step() != Statement::Step::Row)
                return error(tr("claim %1:%2: no source \"%3\"")
                                 .arg(claim.start)
                                 .arg(claim.end)
                                 .arg(link.sourceUuid));
            link.sourceId = s->int64(0);
            s->reset();
        }
        Statement *s = prepare("INSERT INTO claim_sources (claim_id, position, source_id, stance,"
                               " passage) VALUES (?1, ?2, ?3, ?4, ?5)");
        if (!s->isValid())
            return sqlError(s);
        s->bind(1, claim.id);
        s->bind(2, i);
        s->bind(3, link.sourceId);
        s->bind(4, link.stance);
        s->bind(5, link.passage);
        if (!s->exec())
            return sqlError(s);
    }
    return {};
}

// FTS5 (3.40) writes its pending terms to disk at every savepoint, which would cost one
// index segment per claim in a bulk import. So new index entries wait until the outermost
// transaction commits; a removal first writes what waits, so the index always holds exactly
// the values it is told to delete.
Result<void> Project::Private::indexClaim(const core::Claim &claim, bool remove)
{
    if (!tokenizerProblem.isEmpty())
        return error(tokenizerProblem);
    if (!remove) {
        pendingClaims.append({claim.id, depth});
        return {};
    }
    if (auto r = flushPendingClaims(); !r)
        return r;
    Statement *s = prepare("INSERT INTO claim_fts (claim_fts, rowid, restatement, explanation,"
                           " claimant) VALUES ('delete', ?1, ?2, ?3, ?4)");
    if (!s->isValid())
        return sqlError(s);
    s->bind(1, claim.id);
    s->bind(2, claim.restatement);
    s->bind(3, claim.explanation);
    s->bind(4, claim.claimant);
    if (!s->exec())
        return sqlError(s);
    return {};
}

namespace {

// Decodes claim rows; the columns that repeat a handful of values across an article's
// claims (keys, statuses, annotators, dates) are decoded once per value.
class ClaimRowReader
{
public:
    core::Claim read(const Statement &s)
    {
        core::Claim c;
        c.id = s.int64(0);
        c.uuid = s.text(1);
        c.articleId = s.int64(2);
        c.start = s.int64(3);
        c.end = s.int64(4);
        c.quote = s.text(5);
        c.prefix = s.text(6);
        c.suffix = s.text(7);
        c.claimant = s.text(8, m_claimant);
        c.restatement = s.text(9);
        c.kind = s.text(10, m_kind);
        c.status = s.text(11, m_status);
        c.verdict = s.text(12, m_verdict);
        c.evidenceLevel = s.text(13, m_level);
        c.presentedAs = s.text(14, m_presentedAs);
        c.scope = s.text(15, m_scope);
        c.explanation = s.text(16);
        c.statusAsOf = s.text(17, m_statusAsOf);
        c.annotator = s.text(18, m_annotator);
        c.created = time(s, 19);
        c.modified = time(s, 20);
        return c;
    }

private:
    static QDateTime time(const Statement &s, int column)
    {
        const QByteArrayView utf8 = s.utf8View(column);
        return utf8.isEmpty() ? QDateTime() : parseStoredTime(utf8.data(), int(utf8.size()));
    }

    TextPool m_claimant, m_kind, m_status, m_verdict, m_level, m_presentedAs, m_scope, m_statusAsOf,
        m_annotator;
};

core::Claim claimFromRow(const Statement &s)
{
    return ClaimRowReader().read(s);
}

void bindClaim(Statement &s, const core::Claim &c)
{
    s.bindId(1, c.id);
    s.bind(2, c.uuid);
    s.bind(3, c.articleId);
    s.bind(4, c.start);
    s.bind(5, c.end);
    s.bind(6, c.quote);
    s.bind(7, c.prefix);
    s.bind(8, c.suffix);
    s.bind(9, c.claimant);
    s.bind(10, c.restatement);
    s.bind(11, c.kind);
    s.bind(12, c.status);
    s.bind(13, c.verdict);
    s.bind(14, c.evidenceLevel);
    s.bind(15, c.presentedAs);
    s.bind(16, c.scope);
    s.bind(17, c.explanation);
    s.bind(18, c.statusAsOf);
    s.bind(19, c.annotator);
    s.bind(20, isoTime(c.created));
    s.bind(21, isoTime(c.modified));
}

core::Source sourceFromRow(const Statement &s)
{
    core::Source r;
    r.id = s.int64(0);
    r.uuid = s.text(1);
    r.title = s.text(2);
    r.originalTitle = s.text(3);
    r.publisher = s.text(4);
    r.url = s.text(5);
    r.archiveUrl = s.text(6);
    r.date = s.text(7);
    r.accessedDate = s.text(8);
    r.language = s.text(9);
    r.documentNumber = s.text(10);
    r.translator = s.text(11);
    r.primary = s.int64(12) != 0;
    r.readVia = s.text(13);
    r.reliability = s.text(14);
    r.notes = s.text(15);
    return r;
}

void bindSource(Statement &s, const core::Source &r)
{
    s.bindId(1, r.id);
    s.bind(2, r.uuid);
    s.bind(3, r.title);
    s.bind(4, r.originalTitle);
    s.bind(5, r.publisher);
    s.bind(6, r.url);
    s.bind(7, r.archiveUrl);
    s.bind(8, r.date);
    s.bind(9, r.accessedDate);
    s.bind(10, r.language);
    s.bind(11, r.documentNumber);
    s.bind(12, r.translator);
    s.bind(13, qint64(r.primary ? 1 : 0));
    s.bind(14, r.readVia);
    s.bind(15, r.reliability);
    s.bind(16, r.notes);
}

QJsonObject sourceDiff(const core::Source &a, const core::Source &b)
{
    QJsonObject d;
    noteChange(d, "uuid", a.uuid, b.uuid);
    noteChange(d, "title", a.title, b.title);
    noteChange(d, "originalTitle", a.originalTitle, b.originalTitle);
    noteChange(d, "publisher", a.publisher, b.publisher);
    noteChange(d, "url", a.url, b.url);
    noteChange(d, "archiveUrl", a.archiveUrl, b.archiveUrl);
    noteChange(d, "date", a.date, b.date);
    noteChange(d, "accessedDate", a.accessedDate, b.accessedDate);
    noteChange(d, "language", a.language, b.language);
    noteChange(d, "documentNumber", a.documentNumber, b.documentNumber);
    noteChange(d, "translator", a.translator, b.translator);
    noteChange(d, "primary", qint64(a.primary), qint64(b.primary));
    noteChange(d, "readVia", a.readVia, b.readVia);
    noteChange(d, "reliability", a.reliability, b.reliability);
    noteChange(d, "notes", a.notes, b.notes);
    return d;
}

QJsonObject claimDiff(const core::Claim &a, const core::Claim &b)
{
    QJsonObject d;
    noteChange(d, "article", a.articleId, b.articleId);
    noteChange(d, "start", a.start, b.start);
    noteChange(d, "end", a.end, b.end);
    noteChange(d, "quote", a.quote, b.quote);
    noteChange(d, "claimant", a.claimant, b.claimant);
    noteChange(d, "restatement", a.restatement, b.restatement);
    noteChange(d, "kind", a.kind, b.kind);
    noteChange(d, "status", a.status, b.status);
    noteChange(d, "verdict", a.verdict, b.verdict);
    noteChange(d, "evidenceLevel", a.evidenceLevel, b.evidenceLevel);
    noteChange(d, "presentedAs", a.presentedAs, b.presentedAs);
    noteChange(d, "scope", a.scope, b.scope);
    noteChange(d, "explanation", a.explanation, b.explanation);
    noteChange(d, "statusAsOf", a.statusAsOf, b.statusAsOf);
    noteChange(d, "annotator", a.annotator, b.annotator);
    auto links = [](const core::Claim &c) {
        QStringList out;
        for (const core::ClaimSourceLink &l : c.sources)
            out.append(l.sourceUuid + u' ' + l.stance + u' ' + l.passage);
        return out.join(u'\n');
    };
    noteChange(d, "sources", links(a), links(b));
    return d;
}

} // namespace

Result<core::Claim> Project::Private::readClaim(qint64 id)
{
    Statement *s = prepare("SELECT id, uuid, article_id, start_offset, end_offset, quote, prefix,"
                           " suffix, claimant, restatement, kind, status, verdict, evidence_level,"
                           " presented_as, scope, explanation, status_as_of, annotator, created_at,"
                           " modified_at FROM claims WHERE id = ?1");
    if (!s->isValid())
        return sqlError(s);
    s->bind(1, id);
    const Statement::Step step = s->step();
    if (step == Statement::Step::Error)
        return sqlError(s);
    if (step == Statement::Step::Done)
        return error(tr("no claim with id %1").arg(id));
    core::Claim c = claimFromRow(*s);
    s->reset();
    Statement *l = prepare("SELECT cs.source_id, s.uuid, cs.stance, cs.passage FROM claim_sources"
                           " cs JOIN sources s ON s.id = cs.source_id WHERE cs.claim_id = ?1"
                           " ORDER BY cs.position");
    if (!l->isValid())
        return sqlError(l);
    l->bind(1, id);
    Statement::Step linkStep;
    while ((linkStep = l->step()) == Statement::Step::Row)
        c.sources.append({l->int64(0), l->text(1), l->text(2), l->text(3)});
    if (linkStep == Statement::Step::Error)
        return sqlError(l);
    return c;
}

// Bytes [from, to) of an article's UTF-8 text, read alone: SQLite's incremental blob I/O
// fetches only the pages that hold them, not the whole 100 KB value.
bool Project::Private::readTextBytes(qint64 articleId, qint64 from, qint64 to, QByteArray *out)
{
    sqlite3_blob *blob = nullptr;
    if (sqlite3_blob_open(db.handle(), "main", "articles", "text", articleId, 0, &blob) !=
        SQLITE_OK) {
        sqlite3_blob_close(blob);
        return false;
    }
    const qint64 size = sqlite3_blob_bytes(blob);
    from = std::clamp<qint64>(from, 0, size);
    to = std::clamp<qint64>(to, from, size);
    out->resize(to - from);
    const int rc = out->isEmpty() ? SQLITE_OK
                                  : sqlite3_blob_read(blob, out->data(), int(to - from), int(from));
    sqlite3_blob_close(blob);
    return rc == SQLITE_OK;
}

Result<core::Source> Project::Private::readSource(qint64 id)
{
    Statement *s = prepare("SELECT id, uuid, title, original_title, publisher, url, archive_url,"
                           " date, accessed_date, language, document_number, translator,"
                           " is_primary, read_via, reliability, notes FROM sources WHERE id = ?1");
    if (!s->isValid())
        return sqlError(s);
    s->bind(1, id);
    const Statement::Step step = s->step();
    if (step == Statement::Step::Error)
        return sqlError(s);
    if (step == Statement::Step::Done)
        return error(tr("no source with id %1").arg(id));
    core::Source r = sourceFromRow(*s);
    s->reset();
    return r;
}

// ---------------------------------------------------------------------------------------------
// Opening and creating

namespace {

// Reads the 100-byte SQLite header without SQLite, so a file that is not a Crible project is
// refused before any library code parses it, and is certainly not modified.
Result<void> checkHeader(const QString &path)
{
    const QString name = QDir::toNativeSeparators(path);
    const QFileInfo info(path);
    if (!info.exists())
        return fail(name + u": " + tr("no such file"));
    if (!info.isFile())
        return fail(name + u": " + tr("not a file"));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(name + u": " + file.errorString());
    const QByteArray header = file.read(kHeaderSize);
    static const QByteArray magic("SQLite format 3\0", 16);
    if (header.size() < kHeaderSize || !header.startsWith(magic))
        return fail(name + u": " + tr("not a Crible project (not an SQLite database)"));
    const qint64 applicationId = readBigEndian32(header, 68);
    if (applicationId != schema::kApplicationId) {
        return fail(name + u": " +
                    tr("not a Crible project (an SQLite database of another application)"));
    }
    const qint64 version = readBigEndian32(header, 60);
    if (version > Project::kSchemaVersion) {
        return fail(name + u": " +
                    tr("schema version %1 is newer than this Crible (%2); open it with a newer "
                       "version")
                        .arg(version)
                        .arg(Project::kSchemaVersion));
    }
    return {};
}

QByteArray tokenizerSpecOf(const QList<SchemaObject> &objects)
{
    static const QRegularExpression option(QStringLiteral("tokenize='([^']*)'"));
    for (const SchemaObject &o : objects) {
        if (o.name == QLatin1String("article_fts")) {
            const QRegularExpressionMatch m = option.match(o.sql);
            if (m.hasMatch())
                return m.captured(1).toUtf8();
        }
    }
    return {};
}

bool isAcceptableSpec(const QByteArray &spec)
{
    if (spec == kDefaultTokenizerSpec)
        return true;
    static const QRegularExpression identifier(QStringLiteral("^[a-z][a-z0-9_]{0,40}$"));
    return identifier.match(QString::fromLatin1(spec)).hasMatch();
}

// Compares the file's schema with the one this version creates; returns the first
// difference, empty when they match.
QString compareSchema(const QList<SchemaObject> &actual, const QByteArray &spec)
{
    Database reference;
    if (!reference.open(QStringLiteral(":memory:"), Database::Mode::Create))
        return reference.lastError();
    NamedNullTokenizer stand(spec);
    if (spec != kDefaultTokenizerSpec) {
        const QString problem = registerFullTextTokenizer(reference.handle(), &stand);
        if (!problem.isEmpty())
            return problem;
    }
    for (const QByteArray &sql : schema::version1(spec)) {
        if (!reference.exec(std::string_view(sql.constData(), size_t(sql.size()))))
            return reference.lastError();
    }
    QString error;
    const QList<SchemaObject> expected = readSchema(reference, &error);
    if (!error.isEmpty())
        return error;
    auto find = [](const QList<SchemaObject> &list, const QString &name) -> const SchemaObject * {
        for (const SchemaObject &o : list) {
            if (o.name == name)
                return &o;
        }
        return nullptr;
    };
    for (const SchemaObject &o : actual) {
        // Statistics that ANALYZE or PRAGMA optimize may leave: they only steer query plans.
        if (o.type == QLatin1String("table") && o.name == QLatin1String("sqlite_stat1"))
            continue;
        const SchemaObject *e = find(expected, o.name);
        if (!e)
            return tr("unexpected %1 \"%2\" in the schema").arg(o.type, o.name);
        // FTS5 shadow tables are its own business (their layout varies between SQLite versions).
        if (e->type != o.type || e->table != o.table || (e->sql != o.sql && !isShadowTable(o.name)))
            return tr("%1 \"%2\" differs from the expected schema").arg(o.type, o.name);
    }
    for (const SchemaObject &e : expected) {
        if (!find(actual, e.name))
            return tr("missing %1 \"%2\"").arg(e.type, e.name);
    }
    return {};
}

} // namespace

Project::Project(std::unique_ptr<Private> p) : d(std::move(p)) {}

Project::~Project()
{
    if (!d->db.isOpen())
        return;
    while (d->depth > 0)
        d->rollback();
    if (d->mode == OpenMode::ReadWrite) {
        // Fold the WAL into the file so the project is one file to share.
        d->db.exec("PRAGMA wal_checkpoint(TRUNCATE)");
    }
    d->db.close();
}

Result<std::unique_ptr<Project>> Project::create(const QString &path,
                                                 const core::FullTextTokenizer *tokenizer)
{
    const QString name = QDir::toNativeSeparators(path);
    if (QFileInfo(path).exists() || QFileInfo(path).isSymLink())
        return fail(name + u": " +
                    tr("the file already exists; a new project is never "
                       "written over an existing file"));
    {
        // Created exclusively, so a file appearing meanwhile is not overwritten either.
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly))
            return fail(name + u": " + file.errorString());
    }
    auto failed = [&](const QString &reason) -> Result<std::unique_ptr<Project>> {
        QFile::remove(path);
        QFile::remove(path + u"-journal");
        return fail(name + u": " + reason);
    };
    {
        Database db;
        if (!db.open(path, Database::Mode::ReadWrite))
            return failed(db.lastError());
        if (const QString problem = registerFullTextTokenizer(db.handle(), tokenizer);
            !problem.isEmpty())
            return failed(problem);
        const QByteArray spec =
            tokenizer ? QByteArray(tokenizer->name()) : QByteArray(kDefaultTokenizerSpec);
        if (!isAcceptableSpec(spec))
            return failed(tr("unusable tokenizer name \"%1\"").arg(QString::fromUtf8(spec)));
        if (!db.exec("BEGIN"))
            return failed(db.lastError());
        bool ok = true;
        for (const QByteArray &sql : schema::version1(spec)) {
            if (!db.exec(std::string_view(sql.constData(), size_t(sql.size())))) {
                ok = false;
                break;
            }
        }
        // Pragmas take no parameters; the values are constants of this program.
        const QByteArray pragmas[] = {
            "PRAGMA application_id = " + QByteArray::number(schema::kApplicationId),
            "PRAGMA user_version = " + QByteArray::number(kSchemaVersion)};
        for (const QByteArray &sql : pragmas) {
            if (ok && !db.exec(std::string_view(sql.constData(), size_t(sql.size()))))
                ok = false;
        }
        if (ok) {
            Statement s(db.handle(), "INSERT INTO taxonomy (axis, position, key, label, label_fr,"
                                     " description, description_fr, color, normalised,"
                                     " fever_label, rating, group_label, group_label_fr)"
                                     " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12,"
                                     " ?13)");
            const core::Taxonomy defaults = core::Taxonomy::defaults();
            for (const core::TaxonomyAxis axis : core::Taxonomy::axes()) {
                const QList<core::TaxonomyEntry> &entries = defaults.entries(axis);
                for (int i = 0; ok && i < entries.size(); ++i) {
                    const core::TaxonomyEntry &e = entries[i];
                    s.reset();
                    s.bind(1, core::Taxonomy::axisKey(axis));
                    s.bind(2, i);
                    s.bind(3, e.key);
                    s.bind(4, e.label);
                    s.bind(5, e.labelFr);
                    s.bind(6, e.description);
                    s.bind(7, e.descriptionFr);
                    s.bind(8, e.color);
                    s.bind(9, e.normalised);
                    s.bind(10, e.feverLabel);
                    s.bind(11, e.rating);
                    s.bind(12, e.group);
                    s.bind(13, e.groupFr);
                    if (!s.exec()) {
                        db.setError(s.lastError());
                        ok = false;
                    }
                }
            }
        }
        if (!ok) {
            const QString reason = db.lastError();
            db.exec("ROLLBACK");
            db.close();
            return failed(reason);
        }
        if (!db.exec("COMMIT") || !db.exec("PRAGMA journal_mode = WAL")) {
            const QString reason = db.lastError();
            db.close();
            return failed(reason);
        }
    }
    // Reopen through the same checks as any other file.
    return open(path, tokenizer, OpenMode::ReadWrite);
}

Result<std::unique_ptr<Project>>
Project::open(const QString &path, const core::FullTextTokenizer *tokenizer, OpenMode mode)
{
    const QString name = QDir::toNativeSeparators(path);
    if (auto r = checkHeader(path); !r)
        return core::Error{r.error()};

    // Read-only inspection first: nothing is written until the file is accepted.
    QByteArray spec;
    {
        // A read-only connection to a WAL file leaves -wal and -shm files behind. When no
        // WAL content exists there is nothing SQLite would read from them: look at the file
        // as immutable and create nothing at all.
        const QFileInfo wal(path + u"-wal");
        const bool immutable = !wal.exists() || wal.size() == 0;
        Database check;
        if (!check.open(path, Database::Mode::ReadOnly, immutable))
            return fail(check.lastError());
        sqlite3_busy_timeout(check.handle(), 10000);
        Statement app(check.handle(), "PRAGMA application_id");
        if (app.step() != Statement::Step::Row)
            return fail(name + u": " + tr("not a Crible project: %1").arg(app.lastError()));
        if (app.int64(0) != schema::kApplicationId) {
            return fail(name + u": " +
                        tr("not a Crible project (an SQLite database of another application)"));
        }
        Statement version(check.handle(), "PRAGMA user_version");
        if (version.step() != Statement::Step::Row)
            return fail(name + u": " + version.lastError());
        const qint64 v = version.int64(0);
        if (v > kSchemaVersion) {
            return fail(name + u": " +
                        tr("schema version %1 is newer than this Crible (%2); open it with a "
                           "newer version")
                            .arg(v)
                            .arg(kSchemaVersion));
        }
        if (v < 1)
            return fail(name + u": " + tr("an unfinished project (schema version %1)").arg(v));
        QString error;
        const QList<SchemaObject> objects = readSchema(check, &error);
        if (!error.isEmpty())
            return fail(name + u": " + tr("unreadable schema: %1").arg(error));
        spec = tokenizerSpecOf(objects);
        if (!isAcceptableSpec(spec)) {
            return fail(name + u": " +
                        tr("unexpected search tokenizer \"%1\"").arg(QString::fromUtf8(spec)));
        }
        if (const QString difference = compareSchema(objects, spec); !difference.isEmpty())
            return fail(name + u": " + tr("not a valid Crible project: %1").arg(difference));
    }

    auto d = std::make_unique<Private>();
    d->path = path;
    d->tokenizer = tokenizer;
    d->mode = mode;
    // Read-only projects are opened read-write with query_only on when the file allows it:
    // a truly read-only connection cannot remove the -wal and -shm files it creates.
    if (!d->db.open(path, Database::Mode::ReadWrite))
        return fail(d->db.lastError());
    if (sqlite3_db_readonly(d->db.handle(), "main") == 1 && mode == OpenMode::ReadWrite)
        return d->error(tr("the file is read-only; open the project read-only"));
    sqlite3_busy_timeout(d->db.handle(), 10000);
    if (!d->db.exec("PRAGMA trusted_schema = OFF") || !d->db.exec("PRAGMA foreign_keys = ON"))
        return d->dbError();
    if (mode == OpenMode::ReadOnly && !d->db.exec("PRAGMA query_only = ON"))
        return d->dbError();
    if (mode == OpenMode::ReadWrite) {
        if (!d->db.exec("PRAGMA journal_mode = WAL") || !d->db.exec("PRAGMA synchronous = FULL"))
            return d->dbError();
        // Bulk imports write far more than the 2 MB default cache before they commit.
        d->db.exec("PRAGMA cache_size = -32768");
    }
    // Searches read scattered index and text pages of a file far larger than the page cache:
    // mapped, a page not in the cache costs a page fault the first time instead of a read()
    // each time. Writes still go through the WAL.
    d->db.exec("PRAGMA mmap_size = 1073741824");
    if (const QString problem = registerFullTextTokenizer(d->db.handle(), tokenizer);
        !problem.isEmpty())
        return d->error(problem);
    if (const QString problem = registerRankFunction(d->db.handle()); !problem.isEmpty())
        return d->error(problem);
    if (spec != kDefaultTokenizerSpec && (!tokenizer || spec != tokenizer->name())) {
        d->tokenizerProblem =
            tr("its search index uses the tokenizer \"%1\", which this program did not provide; "
               "search and indexing are unavailable")
                .arg(QString::fromUtf8(spec));
    }
    std::unique_ptr<Project> project(new Project(std::move(d)));
    auto settings = project->settings();
    if (!settings)
        return core::Error{settings.error()};
    project->d->actor =
        settings->defaultAnnotator.isEmpty() ? systemUserName() : settings->defaultAnnotator;
    return project;
}

QString Project::path() const
{
    return d->path;
}

void Project::setActor(const QString &annotator)
{
    d->actor = annotator;
}

QString Project::actor() const
{
    return d->actor;
}

bool Project::inTransaction() const
{
    return d->depth > 0;
}

Project::Batch::Batch(Project &project) : m_project(&project)
{
    auto r = m_project->d->begin();
    if (!r) {
        m_project->d->batchError = r.error();
        m_done = true;
    }
}

Project::Batch::~Batch()
{
    if (!m_done)
        m_project->d->rollback();
}

Result<void> Project::Batch::commit()
{
    if (m_done) {
        QString e = m_project->d->batchError;
        if (e.isEmpty())
            e = m_project->d->error(tr("the batch was already committed")).message;
        m_project->d->batchError.clear();
        return fail(e);
    }
    m_done = true;
    return m_project->d->commit();
}

// ---------------------------------------------------------------------------------------------
// Taxonomy, settings, annotators

Result<core::Taxonomy> Project::taxonomy() const
{
    if (d->depth == 0)
        d->taxonomy.reset(); // another process may have changed it
    return d->loadTaxonomy();
}

Result<void> Project::setTaxonomy(const core::Taxonomy &taxonomy)
{
    for (const core::TaxonomyAxis axis : core::Taxonomy::axes()) {
        QSet<QString> seen;
        for (const core::TaxonomyEntry &e : taxonomy.entries(axis)) {
            if (e.key.trimmed().isEmpty())
                return d->error(tr("a %1 entry has no key").arg(core::Taxonomy::axisKey(axis)));
            if (seen.contains(e.key))
                return d->error(
                    tr("%1 key \"%2\" appears twice").arg(core::Taxonomy::axisKey(axis), e.key));
            seen.insert(e.key);
        }
    }
    Private::Action action(*d);
    if (auto r = action.begin(); !r)
        return r;
    // A key still used by a claim cannot disappear: the claim would point at nothing.
    struct Use
    {
        const char *sql;
        core::TaxonomyAxis axis;
        const char *field;
    };
    static const Use uses[] = {
        {"SELECT DISTINCT verdict FROM claims WHERE verdict <> ''", core::TaxonomyAxis::Verdict,
         "verdict"},
        {"SELECT DISTINCT evidence_level FROM claims WHERE evidence_level <> ''",
         core::TaxonomyAxis::EvidenceLevel, "evidence level"},
        {"SELECT DISTINCT scope FROM claims WHERE scope <> ''", core::TaxonomyAxis::Scope, "scope"},
        {"SELECT DISTINCT presented_as FROM claims WHERE presented_as <> ''",
         core::TaxonomyAxis::Scope, "presented as"},
    };
    for (const Use &use : uses) {
        Statement *s = d->prepare(use.sql);
        while (s->step() == Statement::Step::Row) {
            const QString key = s->text(0);
            if (!taxonomy.contains(use.axis, key)) {
                s->reset();
                return d->error(tr("%1 \"%2\" is used by claims and cannot be removed")
                                    .arg(QLatin1String(use.field), key));
            }
        }
    }
    const Result<core::Taxonomy> before = d->loadTaxonomy();
    if (!d->db.exec("DELETE FROM taxonomy"))
        return d->dbError();
    Statement *s = d->prepare("INSERT INTO taxonomy (axis, position, key, label, label_fr,"
                              " description, description_fr, color, normalised, fever_label,"
                              " rating, group_label, group_label_fr) VALUES (?1, ?2, ?3, ?4, ?5,"
                              " ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)");
    if (!s->isValid())
        return d->sqlError(s);
    for (const core::TaxonomyAxis axis : core::Taxonomy::axes()) {
        const QList<core::TaxonomyEntry> &entries = taxonomy.entries(axis);
        for (int i = 0; i < entries.size(); ++i) {
            const core::TaxonomyEntry &e = entries[i];
            s->reset();
            s->bind(1, core::Taxonomy::axisKey(axis));
            s->bind(2, i);
            s->bind(3, e.key);
            s->bind(4, e.label);
            s->bind(5, e.labelFr);
            s->bind(6, e.description);
            s->bind(7, e.descriptionFr);
            s->bind(8, e.color);
            s->bind(9, e.normalised);
            s->bind(10, e.feverLabel);
            s->bind(11, e.rating);
            s->bind(12, e.group);
            s->bind(13, e.groupFr);
            if (!s->exec())
                return d->sqlError(s);
        }
    }
    QJsonObject details;
    for (const core::TaxonomyAxis axis : core::Taxonomy::axes()) {
        auto keys = [axis](const core::Taxonomy &t) {
            QStringList out;
            for (const core::TaxonomyEntry &e : t.entries(axis))
                out.append(e.key);
            return out.join(u',');
        };
        noteChange(details, core::Taxonomy::axisKey(axis).toLatin1().constData(),
                   before ? keys(*before) : QString(), keys(taxonomy));
    }
    if (auto r = d->logChange("update", "taxonomy", QString(), details); !r)
        return r;
    d->taxonomy = taxonomy;
    return action.commit();
}

Result<core::ProjectSettings> Project::settings() const
{
    Statement *s = d->prepare("SELECT key, value FROM settings");
    if (!s->isValid())
        return d->sqlError(s);
    core::ProjectSettings settings;
    Statement::Step step;
    while ((step = s->step()) == Statement::Step::Row) {
        const QString key = s->text(0);
        if (key == QLatin1String("organisation_name"))
            settings.organisationName = s->text(1);
        else if (key == QLatin1String("organisation_url"))
            settings.organisationUrl = s->text(1);
        else if (key == QLatin1String("default_annotator"))
            settings.defaultAnnotator = s->text(1);
    }
    if (step == Statement::Step::Error)
        return d->sqlError(s);
    return settings;
}

Result<void> Project::setSettings(const core::ProjectSettings &settings)
{
    Private::Action action(*d);
    if (auto r = action.begin(); !r)
        return r;
    const Result<core::ProjectSettings> before = this->settings();
    if (!before)
        return core::Error{before.error()};
    const std::pair<const char *, QString> values[] = {
        {"organisation_name", settings.organisationName},
        {"organisation_url", settings.organisationUrl},
        {"default_annotator", settings.defaultAnnotator},
    };
    Statement *s = d->prepare("INSERT INTO settings (key, value) VALUES (?1, ?2)"
                              " ON CONFLICT (key) DO UPDATE SET value = excluded.value");
    if (!s->isValid())
        return d->sqlError(s);
    for (const auto &[key, value] : values) {
        s->reset();
        s->bind(1, QString::fromLatin1(key));
        s->bind(2, value);
        if (!s->exec())
            return d->sqlError(s);
    }
    QJsonObject details;
    noteChange(details, "organisationName", before->organisationName, settings.organisationName);
    noteChange(details, "organisationUrl", before->organisationUrl, settings.organisationUrl);
    noteChange(details, "defaultAnnotator", before->defaultAnnotator, settings.defaultAnnotator);
    if (auto r = d->logChange("update", "settings", QString(), details); !r)
        return r;
    return action.commit();
}

Result<QStringList> Project::annotators() const
{
    Statement *s = d->prepare("SELECT name FROM annotators ORDER BY name");
    if (!s->isValid())
        return d->sqlError(s);
    QStringList names;
    Statement::Step step;
    while ((step = s->step()) == Statement::Step::Row)
        names.append(s->text(0));
    if (step == Statement::Step::Error)
        return d->sqlError(s);
    return names;
}

// ---------------------------------------------------------------------------------------------
// Articles

Result<qint64> Project::addArticle(core::Article &article)
{
    if (!d->tokenizerProblem.isEmpty())
        return d->error(d->tokenizerProblem);
    core::Article a = article;
    if (a.uuid.isEmpty())
        a.uuid = newUuid();
    a.updateDigest();
    if (!a.importedAt.isValid())
        a.importedAt = nowUtc();
    if (a.version < 1)
        return d->error(
            tr("article \"%1\": version %2 is not positive").arg(a.title).arg(a.version));
    Private::Action action(*d);
    if (auto r = action.begin(); !r)
        return core::Error{r.error()};
    if (a.supersedes != 0) {
        Statement *s = d->prepare("SELECT 1 FROM articles WHERE id = ?1");
        s->bind(1, a.supersedes);
        if (s->step() != Statement::Step::Row)
            return d->error(tr("article \"%1\" supersedes article %2, which does not exist")
                                .arg(a.title)
                                .arg(a.supersedes));
        s->reset();
    }
    const core::CodePointIndex index(a.text);
    Statement *s = d->prepare(
        "INSERT INTO articles (id, uuid, title, publisher, author, url, published_date, language,"
        " source_encoding, source_file_name, sha256, imported_at, version, supersedes, length,"
        " text, original_bytes) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13,"
        " ?14, ?15, ?16, ?17)");
    if (!s->isValid())
        return d->sqlError(s);
    s->bindId(1, a.id);
    s->bind(2, a.uuid);
    s->bind(3, a.title);
    s->bind(4, a.publisher);
    s->bind(5, a.author);
    s->bind(6, a.url);
    s->bind(7, a.publishedDate);
    s->bind(8, a.language);
    s->bind(9, a.sourceEncoding);
    s->bind(10, a.sourceFileName);
    s->bind(11, a.sha256);
    s->bind(12, isoTime(a.importedAt));
    s->bind(13, a.version);
    s->bindId(14, a.supersedes);
    s->bind(15, index.codePointLength());
    s->bind(16, a.text);
    s->bindBlob(17, a.originalBytes);
    if (!s->exec()) {
        if (sqlite3_extended_errcode(d->db.handle()) == SQLITE_CONSTRAINT_UNIQUE)
            return d->error(
                tr("article \"%1\": uuid %2 is already in the project").arg(a.title, a.uuid));
        return d->sqlError(s);
    }
    a.id = sqlite3_last_insert_rowid(d->db.handle());

    Statement *unit = d->prepare("INSERT INTO text_units (article_id, start_offset, end_offset,"
                                 " start_byte, end_byte) VALUES (?1, ?2, ?3, ?4, ?5)");
    Statement *fts = d->prepare("INSERT INTO article_fts (rowid, body) VALUES (?1, ?2)");
    if (!unit->isValid())
        return d->sqlError(unit);
    if (!fts->isValid())
        return d->sqlError(fts);
    // UTF-8 offsets, counted forward once: units come in text order.
    qsizetype utf16At = 0;
    qint64 byteAt = 0;
    auto byteOffset = [&](qsizetype utf16) {
        for (; utf16At < utf16; ++utf16At)
            byteAt += utf8Length(a.text, utf16At);
        return byteAt;
    };
    for (const TextUnit &u : splitTextUnits(a.text)) {
        unit->reset();
        unit->bind(1, a.id);
        unit->bind(2, index.toCodePoint(u.begin));
        unit->bind(3, index.toCodePoint(u.end));
        unit->bind(4, byteOffset(u.begin));
        unit->bind(5, byteOffset(u.end));
        if (!unit->exec())
            return d->sqlError(unit);
        fts->reset();
        fts->bind(1, qint64(sqlite3_last_insert_rowid(d->db.handle())));
        fts->bind(2, a.text.mid(u.begin, u.end - u.begin));
        if (!fts->exec())
            return d->sqlError(fts);
    }
    QJsonObject details{{QStringLiteral("title"), a.title},
                        {QStringLiteral("version"), a.version},
                        {QStringLiteral("sha256"), a.sha256}};
    if (auto r = d->logChange("insert", "article", a.uuid, details); !r)
        return core::Error{r.error()};
    if (auto r = action.commit(); !r)
        return core::Error{r.error()};
    // Claims of a new article usually follow at once: keep its text at hand.
    d->cacheText(a.id, a.text, index);
    article = a;
    return a.id;
}

Result<void> Project::updateArticleMetadata(const core::Article &article)
{
    auto before = this->article(article.id);
    if (!before)
        return core::Error{before.error()};
    Private::Action action(*d);
    if (auto r = action.begin(); !r)
        return r;
    if (article.supersedes == article.id && article.id != 0)
        return d->error(tr("article %1 cannot supersede itself").arg(article.id));
    Statement *s = d->prepare(
        "UPDATE articles SET uuid = ?2, title = ?3, publisher = ?4, author = ?5, url = ?6,"
        " published_date = ?7, language = ?8, source_file_name = ?9, version = ?10,"
        " supersedes = ?11 WHERE id = ?1");
    if (!s->isValid())
        return d->sqlError(s);
    s->bind(1, article.id);
    s->bind(2, article.uuid.isEmpty() ? before->uuid : article.uuid);
    s->bind(3, article.title);
    s->bind(4, article.publisher);
    s->bind(5, article.author);
    s->bind(6, article.url);
    s->bind(7, article.publishedDate);
    s->bind(8, article.language);
    s->bind(9, article.sourceFileName);
    s->bind(10, article.version);
    s->bindId(11, article.supersedes);
    if (!s->exec())
        return d->sqlError(s);
    QJsonObject details;
    noteChange(details, "uuid", before->uuid, article.uuid.isEmpty() ? before->uuid : article.uuid);
    noteChange(details, "title", before->title, article.title);
    noteChange(details, "publisher", before->publisher, article.publisher);
    noteChange(details, "author", before->author, article.author);
    noteChange(details, "url", before->url, article.url);
    noteChange(details, "publishedDate", before->publishedDate, article.publishedDate);
    noteChange(details, "language", before->language, article.language);
    noteChange(details, "sourceFileName", before->sourceFileName, article.sourceFileName);
    noteChange(details, "version", before->version, article.version);
    noteChange(details, "supersedes", before->supersedes, article.supersedes);
    if (auto r = d->logChange("update", "article", before->uuid, details); !r)
        return r;
    return action.commit();
}

Result<void> Project::deleteArticle(qint64 id)
{
    if (!d->tokenizerProblem.isEmpty())
        return d->error(d->tokenizerProblem);
    Private::Action action(*d);
    if (auto r = action.begin(); !r)
        return r;
    Statement *s = d->prepare("SELECT uuid, title, text FROM articles WHERE id = ?1");
    s->bind(1, id);
    if (s->step() != Statement::Step::Row)
        return d->error(tr("no article with id %1").arg(id));
    const QString uuid = s->text(0);
    const QString title = s->text(1);
    const QString text = s->text(2);
    s->reset();
    const core::CodePointIndex index(text);

    // External-content indexes forget a row only when told its old values.
    Statement *units =
        d->prepare("SELECT id, start_offset, end_offset FROM text_units WHERE article_id = ?1");
    Statement *forget =
        d->prepare("INSERT INTO article_fts (article_fts, rowid, body) VALUES ('delete', ?1, ?2)");
    if (!forget->isValid())
        return d->sqlError(forget);
    units->bind(1, id);
    while (units->step() == Statement::Step::Row) {
        forget->reset();
        forget->bind(1, units->int64(0));
        forget->bind(2, core::codePointSlice(text, index, units->int64(1), units->int64(2)));
        if (!forget->exec())
            return d->sqlError(forget);
    }
    units->reset();
    if (auto r = d->flushPendingClaims(); !r)
        return r;
    Statement *claimsForget =
        d->prepare("INSERT INTO claim_fts (claim_fts, rowid, restatement, explanation, claimant)"
                   " SELECT 'delete', id, restatement, explanation, claimant FROM claims"
                   " WHERE article_id = ?1");
    claimsForget->bind(1, id);
    if (!claimsForget->exec())
        return d->sqlError(claimsForget);
    Statement *count = d->prepare("SELECT count(*) FROM claims WHERE article_id = ?1");
    count->bind(1, id);
    count->step();
    const qint64 claimCount = count->int64(0);
    count->reset();
    const char *deletes[] = {"DELETE FROM claims WHERE article_id = ?1",
                             "DELETE FROM text_units WHERE article_id = ?1",
                             "DELETE FROM articles WHERE id = ?1"};
    for (const char *sql : deletes) {
        Statement *del = d->prepare(sql);
        del->bind(1, id);
        if (!del->exec())
            return d->sqlError(del);
    }
    QJsonObject details{{QStringLiteral("title"), title}, {QStringLiteral("claims"), claimCount}};
    if (auto r = d->logChange("delete", "article", uuid, details); !r)
        return r;
    d->clearCaches();
    return action.commit();
}

Result<QList<ArticleSummary>> Project::articles() const
{
    Statement *s = d->prepare(
        "SELECT a.id, a.uuid, a.title, a.publisher, a.published_date, a.language, a.version,"
        " (SELECT max(b.id) FROM articles b WHERE b.supersedes = a.id), a.length,"
        " (SELECT count(*) FROM claims c WHERE c.article_id = a.id),"
        " (SELECT count(*) FROM claims c WHERE c.article_id = a.id AND c.status = 'draft')"
        " FROM articles a ORDER BY a.id");
    if (!s->isValid())
        return d->sqlError(s);
    QList<ArticleSummary> list;
    Statement::Step step;
    while ((step = s->step()) == Statement::Step::Row) {
        ArticleSummary a;
        a.id = s->int64(0);
        a.uuid = s->text(1);
        a.title = s->text(2);
        a.publisher = s->text(3);
        a.publishedDate = s->text(4);
        a.language = s->text(5);
        a.version = int(s->int64(6));
        a.supersededBy = s->int64(7);
        a.length = s->int64(8);
        a.claimCount = int(s->int64(9));
        a.draftCount = int(s->int64(10));
        list.append(a);
    }
    if (step == Statement::Step::Error)
        return d->sqlError(s);
    return list;
}

Result<core::Article> Project::article(qint64 id) const
{
    Statement *s = d->prepare(
        "SELECT id, uuid, title, publisher, author, url, published_date, language,"
        " source_encoding, source_file_name, sha256, imported_at, version, supersedes, text,"
        " original_bytes FROM articles WHERE id = ?1");
    if (!s->isValid())
        return d->sqlError(s);
    s->bind(1, id);
    const Statement::Step step = s->step();
    if (step == Statement::Step::Error)
        return d->sqlError(s);
    if (step == Statement::Step::Done)
        return d->error(tr("no article with id %1").arg(id));
    core::Article a;
    a.id = s->int64(0);
    a.uuid = s->text(1);
    a.title = s->text(2);
    a.publisher = s->text(3);
    a.author = s->text(4);
    a.url = s->text(5);
    a.publishedDate = s->text(6);
    a.language = s->text(7);
    a.sourceEncoding = s->text(8);
    a.sourceFileName = s->text(9);
    a.sha256 = s->text(10);
    a.importedAt = parseTime(s->text(11));
    a.version = int(s->int64(12));
    a.supersedes = s->int64(13);
    a.text = s->text(14);
    a.originalBytes = s->blob(15);
    s->reset();
    return a;
}

Result<qint64> Project::articleIdByUuid(const QString &uuid) const
{
    return d->lookupId("SELECT id FROM articles WHERE uuid = ?1", uuid);
}

// ---------------------------------------------------------------------------------------------
// Claims

namespace {

constexpr const char *kInsertClaim =
    "INSERT INTO claims (id, uuid, article_id, start_offset, end_offset, quote, prefix, suffix,"
    " claimant, restatement, kind, status, verdict, evidence_level, presented_as, scope,"
    " explanation, status_as_of, annotator, created_at, modified_at) VALUES (?1, ?2, ?3, ?4,"
    " ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21)";

// The change-log details of a new claim, built by hand: bulk imports write one per claim.
QByteArray insertedClaimDetails(const core::Claim &c)
{
    QByteArray details;
    details.reserve(64);
    details.append("{\"article\":")
        .append(QByteArray::number(c.articleId))
        .append(",\"start\":")
        .append(QByteArray::number(c.start))
        .append(",\"end\":")
        .append(QByteArray::number(c.end))
        .append('}');
    return details;
}

} // namespace

Result<qint64> Project::addClaim(core::Claim &claim)
{
    if (!d->tokenizerProblem.isEmpty())
        return d->error(d->tokenizerProblem);
    // Inside a Batch, a claim without source links is one row and one change-log row: it is
    // checked whole before anything is written, a refused INSERT leaves nothing (SQLite undoes
    // the statement), and a change-log failure is undone by hand. So it needs no savepoint of
    // its own, which would cost a sub-journal copy of every page it touches. Claims with links,
    // a new annotator, or outside a batch take the general path.
    const QString &annotator = claim.annotator.isEmpty() ? d->actor : claim.annotator;
    const bool light = d->depth > 0 && claim.sources.isEmpty() && d->knowsAnnotator(annotator);
    std::optional<Private::Action> action;
    if (!light) {
        action.emplace(*d);
        if (auto r = action->begin(); !r)
            return core::Error{r.error()};
    }
    core::Claim c = claim;
    if (auto r = d->completeClaim(c, nullptr); !r)
        return core::Error{r.error()};
    Statement *s = d->prepare(kInsertClaim);
    if (!s->isValid())
        return d->sqlError(s);
    bindClaim(*s, c);
    if (!s->exec()) {
        const int code = sqlite3_extended_errcode(d->db.handle());
        if (code == SQLITE_CONSTRAINT_UNIQUE || code == SQLITE_CONSTRAINT_PRIMARYKEY)
            return d->error(tr("claim %1:%2: id %3 or uuid %4 is already in the project")
                                .arg(c.start)
                                .arg(c.end)
                                .arg(c.id)
                                .arg(c.uuid));
        return d->sqlError(s);
    }
    c.id = sqlite3_last_insert_rowid(d->db.handle());
    if (!c.sources.isEmpty()) {
        if (auto r = d->writeLinks(c); !r)
            return core::Error{r.error()};
    }
    if (auto r = d->indexClaim(c, false); !r)
        return core::Error{r.error()};
    if (auto r = d->logChangeUtf8("insert", "claim", c.uuid.toUtf8(), insertedClaimDetails(c));
        !r) {
        if (light) {
            d->pendingClaims.removeLast();
            Statement *undo = d->prepare("DELETE FROM claims WHERE id = ?1");
            undo->bind(1, c.id);
            if (!undo->exec())
                d->brokenBatch = r.error();
        }
        return core::Error{r.error()};
    }
    if (action) {
        if (auto r = action->commit(); !r)
            return core::Error{r.error()};
    }
    claim = c;
    return c.id;
}

Result<void> Project::updateClaim(core::Claim &claim)
{
    Private::Action action(*d);
    if (auto r = action.begin(); !r)
        return r;
    auto before = d->readClaim(claim.id);
    if (!before)
        return core::Error{before.error()};
    core::Claim c = claim;
    if (c.articleId == 0)
        c.articleId = before->articleId;
    if (auto r = d->completeClaim(c, &*before); !r)
        return r;
    if (auto r = d->indexClaim(*before, true); !r)
        return r;
    Statement *s = d->prepare(
        "UPDATE claims SET uuid = ?2, article_id = ?3, start_offset = ?4, end_offset = ?5,"
        " quote = ?6, prefix = ?7, suffix = ?8, claimant = ?9, restatement = ?10, kind = ?11,"
        " status = ?12, verdict = ?13, evidence_level = ?14, presented_as = ?15, scope = ?16,"
        " explanation = ?17, status_as_of = ?18, annotator = ?19, created_at = ?20,"
        " modified_at = ?21 WHERE id = ?1");
    if (!s->isValid())
        return d->sqlError(s);
    bindClaim(*s, c);
    if (!s->exec())
        return d->sqlError(s);
    if (auto r = d->writeLinks(c); !r)
        return r;
    if (auto r = d->indexClaim(c, false); !r)
        return r;
    if (auto r = d->logChange("update", "claim", c.uuid, claimDiff(*before, c)); !r)
        return r;
    if (auto r = action.commit(); !r)
        return r;
    claim = c;
    return {};
}

Result<void> Project::deleteClaim(qint64 id)
{
    Private::Action action(*d);
    if (auto r = action.begin(); !r)
        return r;
    auto before = d->readClaim(id);
    if (!before)
        return core::Error{before.error()};
    if (auto r = d->indexClaim(*before, true); !r)
        return r;
    Statement *s = d->prepare("DELETE FROM claims WHERE id = ?1");
    s->bind(1, id);
    if (!s->exec())
        return d->sqlError(s);
    QJsonObject details{{QStringLiteral("article"), before->articleId},
                        {QStringLiteral("start"), before->start},
                        {QStringLiteral("end"), before->end},
                        {QStringLiteral("quote"), before->quote}};
    if (auto r = d->logChange("delete", "claim", before->uuid, details); !r)
        return r;
    return action.commit();
}

Result<core::Claim> Project::claim(qint64 id) const
{
    return d->readClaim(id);
}

Result<qint64> Project::claimIdByUuid(const QString &uuid) const
{
    return d->lookupId("SELECT id FROM claims WHERE uuid = ?1", uuid);
}

Result<QList<core::Claim>> Project::claims(const ClaimFilter &filter) const
{
    // Ranges instead of "?1 = 0 OR ..." keep the article index usable.
    const qint64 low = filter.articleId ? filter.articleId : std::numeric_limits<qint64>::min();
    const qint64 high = filter.articleId ? filter.articleId : std::numeric_limits<qint64>::max();
    Statement *s = d->prepare(
        "SELECT id, uuid, article_id, start_offset, end_offset, quote, prefix, suffix, claimant,"
        " restatement, kind, status, verdict, evidence_level, presented_as, scope, explanation,"
        " status_as_of, annotator, created_at, modified_at FROM claims"
        " WHERE article_id BETWEEN ?1 AND ?2 AND (?3 = '' OR annotator = ?3)"
        " AND (?4 = 1 OR status <> 'draft') ORDER BY article_id, start_offset, end_offset, id");
    if (!s->isValid())
        return d->sqlError(s);
    s->bind(1, low);
    s->bind(2, high);
    s->bind(3, filter.annotator);
    s->bind(4, qint64(filter.includeDrafts ? 1 : 0));
    QList<core::Claim> list;
    ClaimRowReader reader;
    Statement::Step step;
    while ((step = s->step()) == Statement::Step::Row)
        list.append(reader.read(*s));
    if (step == Statement::Step::Error)
        return d->sqlError(s);
    s->reset();
    Statement *l = d->prepare(
        "SELECT cs.claim_id, cs.source_id, s.uuid, cs.stance, cs.passage FROM claim_sources cs"
        " JOIN claims c ON c.id = cs.claim_id JOIN sources s ON s.id = cs.source_id"
        " WHERE c.article_id BETWEEN ?1 AND ?2 ORDER BY cs.claim_id, cs.position");
    if (!l->isValid())
        return d->sqlError(l);
    l->bind(1, low);
    l->bind(2, high);
    // Links come by claim id; the claims by position: an index sorted by id joins them.
    std::vector<std::pair<qint64, qsizetype>> byId;
    byId.reserve(size_t(list.size()));
    for (qsizetype i = 0; i < list.size(); ++i)
        byId.emplace_back(list.at(i).id, i);
    std::sort(byId.begin(), byId.end());
    while ((step = l->step()) == Statement::Step::Row) {
        const qint64 claimId = l->int64(0);
        const auto it =
            std::lower_bound(byId.cbegin(), byId.cend(), std::pair<qint64, qsizetype>(claimId, 0));
        if (it != byId.cend() && it->first == claimId)
            list[it->second].sources.append({l->int64(1), l->text(2), l->text(3), l->text(4)});
    }
    if (step == Statement::Step::Error)
        return d->sqlError(l);
    return list;
}

// ---------------------------------------------------------------------------------------------
// Decisions on suggested claims

Result<void> Project::setSuggestionDecision(const SuggestionDecision &decision)
{
    if (decision.decision != QLatin1String("accepted") &&
        decision.decision != QLatin1String("rejected")) {
        return d->error(tr("suggestion %1:%2: the decision \"%3\" is neither \"accepted\" nor "
                           "\"rejected\"")
                            .arg(decision.start)
                            .arg(decision.end)
                            .arg(decision.decision));
    }
    Private::Action action(*d);
    if (auto r = action.begin(); !r)
        return r;
    auto article = d->articleUuidAndLength(decision.articleId);
    if (!article)
        return core::Error{article.error()};
    const auto &[uuid, length] = article.value();
    if (auto r = core::validateSpan(decision.start, decision.end, length); !r)
        return d->error(tr("suggestion in article %1: %2").arg(decision.articleId).arg(r.error()));

    Statement *previous = d->prepare("SELECT decision FROM suggestion_decisions"
                                     " WHERE article_id = ?1 AND start_offset = ?2"
                                     " AND end_offset = ?3");
    previous->bind(1, decision.articleId);
    previous->bind(2, decision.start);
    previous->bind(3, decision.end);
    const Statement::Step found = previous->step();
    if (found == Statement::Step::Error)
        return d->sqlError(previous);
    const QString before = found == Statement::Step::Row ? previous->text(0) : QString();
    previous->reset();

    const QString actor = decision.actor.isEmpty() ? d->actor : decision.actor;
    Statement *s = d->prepare(
        "INSERT INTO suggestion_decisions (article_id, start_offset, end_offset, decision, actor,"
        " decided_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT (article_id, start_offset,"
        " end_offset) DO UPDATE SET decision = excluded.decision, actor = excluded.actor,"
        " decided_at = excluded.decided_at");
    if (!s->isValid())
        return d->sqlError(s);
    s->bind(1, decision.articleId);
    s->bind(2, decision.start);
    s->bind(3, decision.end);
    s->bind(4, decision.decision);
    s->bind(5, actor);
    s->bind(6, isoTime(decision.at.isValid() ? decision.at : nowUtc()));
    if (!s->exec())
        return d->sqlError(s);
    if (auto r = d->ensureAnnotator(actor); !r)
        return r;
    QJsonObject details{{QStringLiteral("start"), decision.start},
                        {QStringLiteral("end"), decision.end}};
    noteChange(details, "decision", before, decision.decision);
    if (auto r = d->logChange(before.isEmpty() ? "insert" : "update", "suggestion", uuid, details);
        !r)
        return r;
    return action.commit();
}

Result<void> Project::clearSuggestionDecision(qint64 articleId, qint64 start, qint64 end)
{
    Private::Action action(*d);
    if (auto r = action.begin(); !r)
        return r;
    auto article = d->articleUuidAndLength(articleId);
    if (!article)
        return core::Error{article.error()};
    const QString uuid = article->first;
    Statement *s = d->prepare("DELETE FROM suggestion_decisions WHERE article_id = ?1"
                              " AND start_offset = ?2 AND end_offset = ?3 RETURNING decision");
    if (!s->isValid())
        return d->sqlError(s);
    s->bind(1, articleId);
    s->bind(2, start);
    s->bind(3, end);
    const Statement::Step step = s->step();
    if (step == Statement::Step::Error)
        return d->sqlError(s);
    const QString before = step == Statement::Step::Row ? s->text(0) : QString();
    s->reset();
    if (before.isEmpty())
        return action.commit();
    QJsonObject details{{QStringLiteral("start"), start}, {QStringLiteral("end"), end}};
    noteChange(details, "decision", before, QString());
    if (auto r = d->logChange("delete", "suggestion", uuid, details); !r)
        return r;
    return action.commit();
}

Result<QList<SuggestionDecision>> Project::suggestionDecisions(qint64 articleId) const
{
    Statement *s = d->prepare("SELECT start_offset, end_offset, decision, actor, decided_at"
                              " FROM suggestion_decisions WHERE article_id = ?1"
                              " ORDER BY start_offset, end_offset");
    if (!s->isValid())
        return d->sqlError(s);
    s->bind(1, articleId);
    QList<SuggestionDecision> list;
    Statement::Step step;
    while ((step = s->step()) == Statement::Step::Row) {
        list.append(
            {articleId, s->int64(0), s->int64(1), s->text(2), s->text(3), parseTime(s->text(4))});
    }
    if (step == Statement::Step::Error)
        return d->sqlError(s);
    return list;
}

// ---------------------------------------------------------------------------------------------
// Sources

Result<qint64> Project::addSource(core::Source &source)
{
    if (auto r = core::validateSource(source); !r)
        return d->error(tr("source \"%1\": %2").arg(source.title, r.error()));
    core::Source r = source;
    if (r.uuid.isEmpty())
        r.uuid = newUuid();
    Private::Action action(*d);
    if (auto b = action.begin(); !b)
        return core::Error{b.error()};
    Statement *s = d->prepare(
        "INSERT INTO sources (id, uuid, title, original_title, publisher, url, archive_url, date,"
        " accessed_date, language, document_number, translator, is_primary, read_via,"
        " reliability, notes) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13,"
        " ?14, ?15, ?16)");
    if (!s->isValid())
        return d->sqlError(s);
    bindSource(*s, r);
    if (!s->exec()) {
        if (sqlite3_extended_errcode(d->db.handle()) == SQLITE_CONSTRAINT_UNIQUE)
            return d->error(
                tr("source \"%1\": uuid %2 is already in the project").arg(r.title, r.uuid));
        return d->sqlError(s);
    }
    r.id = sqlite3_last_insert_rowid(d->db.handle());
    QJsonObject details{{QStringLiteral("title"), r.title}, {QStringLiteral("url"), r.url}};
    if (auto l = d->logChange("insert", "source", r.uuid, details); !l)
        return core::Error{l.error()};
    if (auto c = action.commit(); !c)
        return core::Error{c.error()};
    source = r;
    return r.id;
}

Result<void> Project::updateSource(const core::Source &source)
{
    if (auto r = core::validateSource(source); !r)
        return d->error(tr("source \"%1\": %2").arg(source.title, r.error()));
    Private::Action action(*d);
    if (auto b = action.begin(); !b)
        return b;
    auto before = d->readSource(source.id);
    if (!before)
        return core::Error{before.error()};
    core::Source r = source;
    if (r.uuid.isEmpty())
        r.uuid = before->uuid;
    Statement *s = d->prepare(
        "UPDATE sources SET uuid = ?2, title = ?3, original_title = ?4, publisher = ?5, url = ?6,"
        " archive_url = ?7, date = ?8, accessed_date = ?9, language = ?10, document_number = ?11,"
        " translator = ?12, is_primary = ?13, read_via = ?14, reliability = ?15, notes = ?16"
        " WHERE id = ?1");
    if (!s->isValid())
        return d->sqlError(s);
    bindSource(*s, r);
    if (!s->exec())
        return d->sqlError(s);
    if (auto l = d->logChange("update", "source", r.uuid, sourceDiff(*before, r)); !l)
        return l;
    return action.commit();
}

Result<void> Project::deleteSource(qint64 id)
{
    Private::Action action(*d);
    if (auto b = action.begin(); !b)
        return b;
    auto before = d->readSource(id);
    if (!before)
        return core::Error{before.error()};
    Statement *count = d->prepare("SELECT count(*) FROM claim_sources WHERE source_id = ?1");
    count->bind(1, id);
    count->step();
    const qint64 uses = count->int64(0);
    count->reset();
    if (uses > 0)
        return d->error(tr("source \"%1\" is cited by %2 claim links; remove them first")
                            .arg(before->title)
                            .arg(uses));
    Statement *s = d->prepare("DELETE FROM sources WHERE id = ?1");
    s->bind(1, id);
    if (!s->exec())
        return d->sqlError(s);
    QJsonObject details{{QStringLiteral("title"), before->title},
                        {QStringLiteral("url"), before->url}};
    if (auto l = d->logChange("delete", "source", before->uuid, details); !l)
        return l;
    return action.commit();
}

Result<core::Source> Project::source(qint64 id) const
{
    return d->readSource(id);
}

Result<qint64> Project::sourceIdByUuid(const QString &uuid) const
{
    return d->lookupId("SELECT id FROM sources WHERE uuid = ?1", uuid);
}

Result<qint64> Project::sourceIdByUrl(const QString &url) const
{
    if (url.isEmpty())
        return qint64(0);
    return d->lookupId("SELECT id FROM sources WHERE url = ?1 ORDER BY id LIMIT 1", url);
}

Result<QList<core::Source>> Project::sources() const
{
    Statement *s = d->prepare("SELECT id, uuid, title, original_title, publisher, url, archive_url,"
                              " date, accessed_date, language, document_number, translator,"
                              " is_primary, read_via, reliability, notes FROM sources ORDER BY id");
    if (!s->isValid())
        return d->sqlError(s);
    QList<core::Source> list;
    Statement::Step step;
    while ((step = s->step()) == Statement::Step::Row)
        list.append(sourceFromRow(*s));
    if (step == Statement::Step::Error)
        return d->sqlError(s);
    return list;
}

// ---------------------------------------------------------------------------------------------
// Search, change log, copies

namespace {

// A snippet made here rather than by FTS5's snippet(), which tokenizes a unit several times
// and reads the whole article back through the content view: the unit's bytes are read
// alone and tokenized once. Same shape: the window of kSnippetTokens words holding the most
// distinct query terms, matches wrapped in \x02 ... \x03, "…" where text was cut.
constexpr int kSnippetTokens = 16;

struct SnippetToken
{
    int start;
    int end;
    int term; // index of the query term it matches, -1 for none
};

// `score` grows with the distinct terms, then with the matches, in the chosen window.
QString snippetOf(const core::FullTextTokenizer &tokenizer, const QByteArray &utf8,
                  const std::vector<std::string> &terms, qint64 *score)
{
    // Tokenizing is most of a snippet's cost, so it stops as soon as a window holding every
    // term is found (common words appear early in a unit): that window, starting a little
    // before its first match, is taken, and only its tokens (and one more) are made. Failing
    // that, it stops a window's length after every term has been seen somewhere, and the
    // best window so far is taken.
    const quint64 all = terms.size() >= 64 ? ~quint64(0) : (quint64(1) << terms.size()) - 1;
    std::vector<SnippetToken> tokens;
    int chosen = -1;
    int stopAt = -1;
    quint64 seenAnywhere = 0;
    bool stopped = false; // the text goes on past the last token made
    auto goOn = [&](int index) {
        stopped = index >= stopAt;
        return !stopped;
    };
    tokenizer.tokenize(std::string_view(utf8.constData(), size_t(utf8.size())),
                       [&](std::string_view token, int start, int end) {
                           int term = -1;
                           for (size_t t = 0; t < terms.size() && term < 0; ++t) {
                               if (token == terms[t])
                                   term = int(t);
                           }
                           tokens.push_back({start, end, term});
                           const int index = int(tokens.size()) - 1;
                           if (stopAt >= 0)
                               return goOn(index);
                           if (term < 0)
                               return true;
                           seenAnywhere |= quint64(1) << (term % 64);
                           quint64 seen = 0;
                           int firstMatch = index;
                           for (int i = std::max(0, index - kSnippetTokens + 1); i <= index; ++i) {
                               if (tokens[size_t(i)].term >= 0) {
                                   seen |= quint64(1) << (tokens[size_t(i)].term % 64);
                                   firstMatch = std::min(firstMatch, i);
                               }
                           }
                           if ((seen & all) != all) {
                               if ((seenAnywhere & all) == all)
                                   stopAt = index + kSnippetTokens;
                               return true;
                           }
                           chosen = std::max({0, index - kSnippetTokens + 1, firstMatch - 2});
                           stopAt = chosen + kSnippetTokens;
                           return goOn(index);
                       });
    const int count = int(tokens.size());
    const int width = std::min(count, kSnippetTokens);
    int best = 0;
    qint64 bestScore = -1;
    for (int first = chosen >= 0 ? chosen : 0; first + width <= count || first == chosen; ++first) {
        quint64 seen = 0;
        int matches = 0;
        for (int i = first; i < std::min(count, first + width); ++i) {
            if (tokens[size_t(i)].term >= 0) {
                seen |= quint64(1) << (tokens[size_t(i)].term % 64);
                ++matches;
            }
        }
        const qint64 value = qint64(qPopulationCount(seen)) * 1000 + matches;
        if (value > bestScore) {
            bestScore = value;
            best = first;
        }
        if (width == 0 || first == chosen)
            break;
    }
    *score = std::max<qint64>(bestScore, 0);
    if (count == 0)
        return QString::fromUtf8(utf8);
    const int last = std::min(count, best + width) - 1;
    const int from = best == 0 ? 0 : tokens[size_t(best)].start;
    const bool atEnd = last == count - 1 && !stopped;
    const int to = atEnd ? int(utf8.size()) : tokens[size_t(last)].end;
    QString out;
    out.reserve(to - from + 8);
    if (best > 0)
        out += u'…';
    int at = from;
    for (int i = best; i <= last; ++i) {
        const SnippetToken &t = tokens[size_t(i)];
        if (t.term < 0)
            continue;
        out += QString::fromUtf8(utf8.constData() + at, t.start - at);
        out += QChar(0x02);
        out += QString::fromUtf8(utf8.constData() + t.start, t.end - t.start);
        out += QChar(0x03);
        at = t.end;
    }
    out += QString::fromUtf8(utf8.constData() + at, to - at);
    if (!atEnd)
        out += u'…';
    return out;
}

// The user's words as FTS5 strings: every word double-quoted (inner quotes doubled), so
// operators, parentheses, stars or a lone quote in a query are searched for, never parsed.
constexpr int kRankedMatches = 500;
// Newest matches of each word walked to estimate how many rows hold it (see crible_bm25).
constexpr int kSampledMatches = 100;

QString quotedQuery(const QString &query)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    QStringList phrases;
    for (const QString &word : query.split(space, Qt::SkipEmptyParts)) {
        const bool hasWordCharacter =
            std::any_of(word.cbegin(), word.cend(), [](QChar c) { return c.isLetterOrNumber(); });
        if (!hasWordCharacter)
            continue; // nothing a tokenizer would keep
        QString quoted = word;
        quoted.replace(u'"', QStringLiteral("\"\""));
        phrases.append(u'"' + quoted + u'"');
    }
    return phrases.join(u' ');
}

} // namespace

Result<QList<SearchHit>> Project::search(const QString &query, int limit) const
{
    if (!d->tokenizerProblem.isEmpty())
        return d->error(d->tokenizerProblem);
    const QString match = quotedQuery(query);
    QList<SearchHit> hits;
    // Inside an open batch, what it added is searchable too.
    if (auto r = d->flushPendingClaims(); !r)
        return core::Error{r.error()};
    if (match.isEmpty() || limit <= 0)
        return hits;
    auto failed = [&](const Statement *s) {
        return d->error(tr("search for \"%1\" failed: %2").arg(query, s->lastError()));
    };

    // bm25 is computed for every match before the best come out: for a word found in tens
    // of thousands of units that takes seconds. Past kRankedMatches matches only the most
    // recent ones are ranked (rowid order is cheap to walk, and rowid bounds are honoured
    // by FTS5): at corpus size (170,000 units) 1000 gave a 4.3 ms median, 500 about 3 ms.
    auto rankingFloor = [&](Statement *s) -> qint64 {
        s->bind(1, match);
        s->bind(2, kRankedMatches);
        const qint64 floor =
            s->step() == Statement::Step::Row ? s->int64(0) : std::numeric_limits<qint64>::min();
        s->reset();
        return floor;
    };
    const qint64 textFloor =
        rankingFloor(d->prepare("SELECT rowid FROM article_fts WHERE article_fts MATCH ?1"
                                " ORDER BY rowid DESC LIMIT 1 OFFSET ?2"));
    const qint64 claimFloor =
        rankingFloor(d->prepare("SELECT rowid FROM claim_fts WHERE claim_fts MATCH ?1"
                                " ORDER BY rowid DESC LIMIT 1 OFFSET ?2"));

    // The best of each index by bm25 alone (ORDER BY rank LIMIT: FTS5's own top-N sort),
    // merged; snippets are made afterwards for the hits that are returned only, since a
    // text snippet reads its article back and tokenizes the unit again.
    struct Ranked
    {
        SearchHit::Kind kind;
        qint64 rowid;
        double rank;
    };
    std::vector<Ranked> ranked;
    auto collect = [&](Statement *s, SearchHit::Kind kind, qint64 floor) -> bool {
        if (!s->isValid())
            return false;
        s->bind(1, match);
        s->bind(2, limit);
        s->bind(3, floor);
        Statement::Step step;
        while ((step = s->step()) == Statement::Step::Row)
            ranked.push_back({kind, s->int64(0), s->real(1)});
        s->reset();
        return step != Statement::Step::Error;
    };
    // bm25's document frequencies: exact for a word with few matches, else estimated from
    // the rowid span of its newest kSampledMatches (rowids grow with the file, so the newest
    // matches are a fair sample). "df1 df2 ..." in the order of the query's phrases.
    const QStringList phrases = match.split(u' ', Qt::SkipEmptyParts);
    auto frequencies = [&](Statement *walk, Statement *bounds) -> QString {
        bounds->reset();
        if (bounds->step() != Statement::Step::Row)
            return {};
        const qint64 lowest = bounds->int64(0);
        const qint64 highest = bounds->int64(1);
        bounds->reset();
        QString out;
        for (const QString &phrase : phrases) {
            walk->reset();
            walk->bind(1, phrase);
            walk->bind(2, kSampledMatches);
            qint64 count = 0;
            qint64 last = highest;
            while (walk->step() == Statement::Step::Row) {
                ++count;
                last = walk->int64(0);
            }
            walk->reset();
            double df = double(count);
            if (count >= kSampledMatches && highest >= last)
                df = double(count) * double(highest - lowest + 1) / double(highest - last + 1);
            out += QString::number(df, 'f', 1) + u' ';
        }
        return out;
    };
    const QString textFrequencies = frequencies(
        d->prepare("SELECT rowid FROM article_fts WHERE article_fts MATCH ?1"
                   " ORDER BY rowid DESC LIMIT ?2"),
        d->prepare("SELECT (SELECT min(id) FROM text_units), (SELECT max(id) FROM text_units)"));
    const QString claimFrequencies = frequencies(
        d->prepare("SELECT rowid FROM claim_fts WHERE claim_fts MATCH ?1"
                   " ORDER BY rowid DESC LIMIT ?2"),
        d->prepare("SELECT (SELECT min(id) FROM claims), (SELECT max(id) FROM claims)"));
    auto collectScored = [&](Statement *s, SearchHit::Kind kind, qint64 floor,
                             const QString &dfs) -> bool {
        if (!s->isValid())
            return false;
        s->bind(4, dfs);
        return collect(s, kind, floor);
    };
    Statement *texts =
        d->prepare("SELECT rowid, crible_bm25(article_fts, ?4) AS score FROM article_fts"
                   " WHERE article_fts MATCH ?1 AND rowid >= ?3 ORDER BY score LIMIT ?2");
    if (!collectScored(texts, SearchHit::Kind::ArticleText, textFloor, textFrequencies))
        return failed(texts);
    Statement *claims =
        d->prepare("SELECT rowid, crible_bm25(claim_fts, ?4) AS score FROM claim_fts"
                   " WHERE claim_fts MATCH ?1 AND rowid >= ?3 ORDER BY score LIMIT ?2");
    if (!collectScored(claims, SearchHit::Kind::Claim, claimFloor, claimFrequencies))
        return failed(claims);
    std::stable_sort(ranked.begin(), ranked.end(),
                     [](const Ranked &a, const Ranked &b) { return a.rank < b.rank; });
    if (ranked.size() > size_t(limit))
        ranked.resize(size_t(limit));

    if (!d->tokenizer) {
        // FTS5's own tokenizer (unicode61): only FTS5 can make its snippets.
        Statement *textSnippet = d->prepare(
            "SELECT snippet(article_fts, 0, char(2), char(3), '…', 16), u.article_id,"
            " u.start_offset, u.end_offset FROM article_fts JOIN text_units u"
            " ON u.id = article_fts.rowid WHERE article_fts MATCH ?1 AND article_fts.rowid = ?2");
        Statement *claimSnippet = d->prepare(
            "SELECT snippet(claim_fts, -1, char(2), char(3), '…', 16), c.article_id,"
            " c.start_offset, c.end_offset FROM claim_fts JOIN claims c ON c.id = claim_fts.rowid"
            " WHERE claim_fts MATCH ?1 AND claim_fts.rowid = ?2");
        for (const Ranked &r : ranked) {
            const bool isText = r.kind == SearchHit::Kind::ArticleText;
            Statement *s = isText ? textSnippet : claimSnippet;
            if (!s->isValid())
                return failed(s);
            s->reset();
            s->bind(1, match);
            s->bind(2, r.rowid);
            const Statement::Step step = s->step();
            if (step == Statement::Step::Error)
                return failed(s);
            if (step != Statement::Step::Row)
                continue;
            SearchHit hit;
            hit.kind = r.kind;
            hit.claimId = isText ? 0 : r.rowid;
            hit.snippet = s->text(0);
            hit.rank = r.rank;
            hit.articleId = s->int64(1);
            hit.start = s->int64(2);
            hit.end = s->int64(3);
            s->reset();
            hits.append(hit);
        }
        return hits;
    }

    // The query's terms as the index has them.
    std::vector<std::string> terms;
    for (const QString &phrase : match.split(u' ', Qt::SkipEmptyParts)) {
        QString word = phrase.mid(1, phrase.size() - 2);
        word.replace(QStringLiteral("\"\""), QStringLiteral("\""));
        const QByteArray utf8 = word.toUtf8();
        d->tokenizer->tokenize(std::string_view(utf8.constData(), size_t(utf8.size())),
                               [&](std::string_view token, int, int) {
                                   if (std::find(terms.begin(), terms.end(), token) == terms.end())
                                       terms.emplace_back(token);
                                   return true;
                               });
    }
    Statement *unit = d->prepare("SELECT article_id, start_offset, end_offset, start_byte,"
                                 " end_byte FROM text_units WHERE id = ?1");
    Statement *claim = d->prepare("SELECT article_id, start_offset, end_offset, restatement,"
                                  " explanation, claimant FROM claims WHERE id = ?1");
    if (!unit->isValid())
        return failed(unit);
    if (!claim->isValid())
        return failed(claim);
    for (const Ranked &r : ranked) {
        SearchHit hit;
        hit.kind = r.kind;
        hit.rank = r.rank;
        qint64 score = 0;
        if (r.kind == SearchHit::Kind::ArticleText) {
            unit->reset();
            unit->bind(1, r.rowid);
            if (unit->step() != Statement::Step::Row)
                continue;
            hit.articleId = unit->int64(0);
            hit.start = unit->int64(1);
            hit.end = unit->int64(2);
            const qint64 startByte = unit->int64(3);
            const qint64 endByte = unit->int64(4);
            unit->reset();
            QByteArray bytes;
            if (!d->readTextBytes(hit.articleId, startByte, endByte, &bytes)) {
                return d->error(
                    tr("search for \"%1\" failed: %2").arg(query, d->db.sqliteMessage()));
            }
            hit.snippet = snippetOf(*d->tokenizer, bytes, terms, &score);
        } else {
            claim->reset();
            claim->bind(1, r.rowid);
            if (claim->step() != Statement::Step::Row)
                continue;
            hit.claimId = r.rowid;
            hit.articleId = claim->int64(0);
            hit.start = claim->int64(1);
            hit.end = claim->int64(2);
            qint64 bestScore = -1;
            for (int column = 3; column <= 5; ++column) {
                QString snippet = snippetOf(*d->tokenizer, claim->utf8(column), terms, &score);
                if (score > bestScore) {
                    bestScore = score;
                    hit.snippet = std::move(snippet);
                }
            }
            claim->reset();
        }
        hits.append(hit);
    }
    return hits;
}

Result<QList<ChangeRecord>> Project::changeLog(int limit) const
{
    Statement *s = d->prepare("SELECT id, at, actor, action, entity, entity_uuid, details"
                              " FROM change_log ORDER BY id DESC LIMIT ?1");
    if (!s->isValid())
        return d->sqlError(s);
    s->bind(1, limit);
    QList<ChangeRecord> list;
    Statement::Step step;
    while ((step = s->step()) == Statement::Step::Row) {
        ChangeRecord r;
        r.id = s->int64(0);
        r.at = parseTime(s->text(1));
        r.actor = s->text(2);
        r.action = s->text(3);
        r.entity = s->text(4);
        r.entityUuid = s->text(5);
        r.details = s->text(6);
        list.append(r);
    }
    if (step == Statement::Step::Error)
        return d->sqlError(s);
    return list;
}

Result<void> Project::saveCopy(const QString &path) const
{
    const QString name = QDir::toNativeSeparators(path);
    if (QFileInfo(path).absoluteFilePath() == QFileInfo(d->path).absoluteFilePath())
        return fail(name + u": " + tr("a copy cannot replace the open project itself"));
    const QFileInfo target(path);
    QTemporaryFile temporary(target.absolutePath() + u"/." + target.fileName() + u".XXXXXX.part");
    if (!temporary.open())
        return fail(name + u": " + temporary.errorString());
    const QString temporaryPath = temporary.fileName();
    temporary.close();

    QString problem;
    {
        Database copy;
        if (!copy.open(temporaryPath, Database::Mode::ReadWrite))
            return fail(name + u": " + copy.lastError());
        sqlite3_backup *backup = sqlite3_backup_init(copy.handle(), "main", d->db.handle(), "main");
        if (!backup) {
            problem = copy.sqliteMessage();
        } else {
            int rc;
            do {
                rc = sqlite3_backup_step(backup, -1);
                if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
                    sqlite3_sleep(50);
            } while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
            sqlite3_backup_finish(backup);
            if (rc != SQLITE_DONE)
                problem = QString::fromUtf8(sqlite3_errstr(rc));
        }
        // A rollback journal, not WAL: the copy is one self-contained file.
        if (problem.isEmpty() && !copy.exec("PRAGMA journal_mode = DELETE"))
            problem = copy.lastError();
    }
    if (!problem.isEmpty())
        return fail(name + u": " + tr("cannot write the copy: %1").arg(problem));
    std::error_code error;
    std::filesystem::rename(QFile::encodeName(temporaryPath).toStdString(),
                            QFile::encodeName(path).toStdString(), error);
    if (error) {
        return fail(
            name + u": " +
            tr("cannot move the copy into place: %1").arg(QString::fromLocal8Bit(error.message())));
    }
    temporary.setAutoRemove(false);
    return {};
}

Result<void> Project::checkIntegrity() const
{
    Statement *s = d->prepare("PRAGMA integrity_check");
    if (!s->isValid())
        return d->sqlError(s);
    QStringList problems;
    Statement::Step step;
    while ((step = s->step()) == Statement::Step::Row) {
        const QString line = s->text(0);
        if (line != QLatin1String("ok"))
            problems.append(line);
    }
    if (step == Statement::Step::Error)
        return d->sqlError(s);
    if (!problems.isEmpty())
        return d->error(tr("damaged: %1").arg(problems.mid(0, 5).join(QStringLiteral("; "))));
    // The search indexes against the text and claims they were built from (rank 1 asks FTS5
    // to compare with the external content). It is an INSERT in form, so not read-only.
    if (d->mode == OpenMode::ReadWrite && d->depth == 0 && d->tokenizerProblem.isEmpty()) {
        const char *checks[] = {
            "INSERT INTO article_fts (article_fts, rank) VALUES ('integrity-check', 1)",
            "INSERT INTO claim_fts (claim_fts, rank) VALUES ('integrity-check', 1)"};
        for (const char *sql : checks) {
            Statement *check = d->prepare(sql);
            if (!check->exec())
                return d->error(tr("damaged search index: %1").arg(check->lastError()));
        }
    }
    return {};
}

} // namespace crible::store
