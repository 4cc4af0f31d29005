#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QtGlobal>
#include <memory>
#include <string_view>
#include <unordered_map>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace crible::store {

// Decodes each distinct short text once: columns that repeat a few values over many rows
// (taxonomy keys, statuses, annotators) share one QString per value instead of one
// allocation and one UTF-8 conversion per row.
class TextPool final
{
public:
    QString get(QByteArrayView utf8);

private:
    static constexpr int kMaxEntries = 32;
    static constexpr int kMaxBytes = 64;
    struct Entry
    {
        QByteArray utf8;
        QString text;
    };
    std::vector<Entry> m_entries;
};

// One prepared statement (Zeal's statement.h idea): parameters are always bound, never
// spliced into the SQL, and a string holding more than one statement is refused, so a
// value can never smuggle a second statement in.
class Statement final
{
public:
    enum class Step { Row, Done, Error };

    Statement(sqlite3 *db, std::string_view sql);
    ~Statement();
    Q_DISABLE_COPY_MOVE(Statement)

    bool isValid() const { return m_stmt != nullptr; }
    QString lastError() const;

    // Parameters are 1-based as in SQLite. An empty QString is bound as '' (not NULL), so
    // NOT NULL text columns accept it.
    void bind(int index, const QString &value);
    void bind(int index, qint64 value);
    void bind(int index, int value) { bind(index, qint64(value)); }
    void bind(int index, double value);
    void bindBlob(int index, const QByteArray &value);
    void bindNull(int index);
    // Text already in UTF-8 (an empty array binds ''): kept alive by implicit sharing until
    // the next bind of the same parameter, so SQLite need not copy it.
    void bindUtf8(int index, const QByteArray &utf8);
    // A string literal (static storage, ASCII): bound without a copy.
    void bindStatic(int index, const char *literal);
    // Binds column `column` of the current row of `other`, as UTF-8 text without a copy
    // through QString.
    void bindText(int index, const Statement &other, int column);
    // NULL for 0: optional references (supersedes, ...) are NULL in the file.
    void bindId(int index, qint64 id);

    Step step();
    // Runs a statement that returns no rows; false on error.
    bool exec();
    // Ready for the next use: resets and clears the bindings.
    void reset();

    qint64 int64(int column) const;
    double real(int column) const;
    QString text(int column) const;
    QString text(int column, TextPool &pool) const; // for columns of few distinct values
    QByteArray utf8(int column) const;              // text as stored, no conversion
    // The same without a copy: valid until the next step or reset.
    QByteArrayView utf8View(int column) const;
    QByteArray blob(int column) const;
    bool isNull(int column) const;

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    // UTF-8 of the bound strings, kept until the next bind of the same parameter so SQLite
    // need not copy them.
    std::vector<QByteArray> m_buffers;
    QString m_error;
};

// Owns one connection, plus a cache of prepared statements keyed by their (static) SQL text
// so hot paths such as addClaim in a bulk import never re-prepare.
class Database final
{
public:
    enum class Mode { ReadOnly, ReadWrite, Create };

    Database() = default;
    ~Database();
    Q_DISABLE_COPY_MOVE(Database)

    // Opens `path`; the message names the file on failure. `immutable` (read-only only)
    // tells SQLite the file cannot change, so it creates no -wal or -shm file beside it.
    bool open(const QString &path, Mode mode, bool immutable = false);
    void close();
    bool isOpen() const { return m_db != nullptr; }
    sqlite3 *handle() const { return m_db; }

    QString lastError() const { return m_error; }
    void setError(const QString &message) { m_error = message; }

    // Runs one statement with no parameters and no result rows (pragmas, DDL).
    bool exec(std::string_view sql);
    // A statement kept for the connection's lifetime. `sql` must have static storage:
    // the pointer is the cache key.
    Statement *cached(const char *sql);

    // The SQLite message of the last failure on this connection.
    QString sqliteMessage() const;

private:
    sqlite3 *m_db = nullptr;
    std::unordered_map<const char *, std::unique_ptr<Statement>> m_cache;
    std::unique_ptr<Statement> m_failed;
    QString m_error;
};

} // namespace crible::store
