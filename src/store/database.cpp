// lupdate does not preprocess: it reads the block below, which the compiler never sees, and
// files every bare tr() of this file under "crible::store", the context of the local tr() helper
// (otherwise each call would be filed under its enclosing class). It must come before the
// includes, or lupdate attaches it to the namespace as the headers declare it.
#ifdef CRIBLE_LUPDATE_ONLY
namespace crible::store {
Q_DECLARE_TR_FUNCTIONS(crible::store)
}
#endif

#include "database.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QStringEncoder>
#include <QUrl>
#include <sqlite3.h>

namespace crible::store {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("crible::store", text);
}

QString messageOf(sqlite3 *db)
{
    if (!db)
        return tr("out of memory");
    return QString::fromUtf8(sqlite3_errmsg(db)) + u" (SQLite code " +
           QString::number(sqlite3_extended_errcode(db)) + u')';
}

} // namespace

Statement::Statement(sqlite3 *db, std::string_view sql) : m_db(db)
{
    const char *tail = nullptr;
    const int rc = sqlite3_prepare_v3(db, sql.data(), int(sql.size()), SQLITE_PREPARE_PERSISTENT,
                                      &m_stmt, &tail);
    if (rc != SQLITE_OK) {
        m_error = messageOf(db);
        sqlite3_finalize(m_stmt);
        m_stmt = nullptr;
        return;
    }
    const char *end = sql.data() + sql.size();
    for (; tail && tail < end; ++tail) {
        if (*tail != ' ' && *tail != '\n' && *tail != '\t' && *tail != '\r' && *tail != ';') {
            m_error = tr("refused: more than one SQL statement in one call");
            sqlite3_finalize(m_stmt);
            m_stmt = nullptr;
            return;
        }
    }
    if (!m_stmt)
        m_error = tr("empty SQL statement");
    else
        m_buffers.resize(size_t(sqlite3_bind_parameter_count(m_stmt)));
}

Statement::~Statement()
{
    sqlite3_finalize(m_stmt);
}

QString Statement::lastError() const
{
    return m_error;
}

void Statement::bind(int index, const QString &value)
{
    // A null pointer would bind NULL: empty text is '' so NOT NULL columns accept it.
    if (value.isEmpty() || index < 1 || size_t(index) > m_buffers.size()) {
        const QByteArray utf8 = value.toUtf8();
        sqlite3_bind_text(m_stmt, index, utf8.isEmpty() ? "" : utf8.constData(), int(utf8.size()),
                          SQLITE_TRANSIENT);
        return;
    }
    // Encoded into the parameter's own buffer, whose capacity is reused from one row to
    // the next: no allocation per value in a bulk import.
    QByteArray &buffer = m_buffers[size_t(index - 1)];
    QStringEncoder encoder(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
    buffer.resize(encoder.requiredSpace(value.size()));
    char *end = encoder.appendToBuffer(buffer.data(), value);
    buffer.resize(end - buffer.constData());
    sqlite3_bind_text(m_stmt, index, buffer.constData(), int(buffer.size()), SQLITE_STATIC);
}

void Statement::bindUtf8(int index, const QByteArray &utf8)
{
    if (utf8.isEmpty() || index < 1 || size_t(index) > m_buffers.size()) {
        sqlite3_bind_text(m_stmt, index, utf8.isEmpty() ? "" : utf8.constData(), int(utf8.size()),
                          SQLITE_TRANSIENT);
        return;
    }
    m_buffers[size_t(index - 1)] = utf8;
    sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_STATIC);
}

void Statement::bindStatic(int index, const char *literal)
{
    sqlite3_bind_text(m_stmt, index, literal, -1, SQLITE_STATIC);
}

void Statement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_stmt, index, value);
}

void Statement::bind(int index, double value)
{
    sqlite3_bind_double(m_stmt, index, value);
}

void Statement::bindBlob(int index, const QByteArray &value)
{
    if (value.isEmpty())
        sqlite3_bind_zeroblob(m_stmt, index, 0);
    else
        sqlite3_bind_blob(m_stmt, index, value.constData(), int(value.size()), SQLITE_TRANSIENT);
}

void Statement::bindText(int index, const Statement &other, int column)
{
    const auto *data = sqlite3_column_text(other.m_stmt, column);
    const int size = sqlite3_column_bytes(other.m_stmt, column);
    sqlite3_bind_text(m_stmt, index, data ? reinterpret_cast<const char *>(data) : "", size,
                      SQLITE_TRANSIENT);
}

void Statement::bindNull(int index)
{
    sqlite3_bind_null(m_stmt, index);
}

void Statement::bindId(int index, qint64 id)
{
    if (id == 0)
        bindNull(index);
    else
        bind(index, id);
}

Statement::Step Statement::step()
{
    if (!m_stmt)
        return Step::Error;
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return Step::Row;
    if (rc == SQLITE_DONE)
        return Step::Done;
    m_error = messageOf(m_db);
    // Keep the statement reusable after an error (a constraint failure in a batch).
    sqlite3_reset(m_stmt);
    return Step::Error;
}

bool Statement::exec()
{
    const Step s = step();
    if (s == Step::Error)
        return false;
    sqlite3_reset(m_stmt);
    return true;
}

void Statement::reset()
{
    if (!m_stmt)
        return;
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

qint64 Statement::int64(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

double Statement::real(int column) const
{
    return sqlite3_column_double(m_stmt, column);
}

QString Statement::text(int column) const
{
    const QByteArrayView utf8 = utf8View(column);
    return utf8.isEmpty() ? QString() : QString::fromUtf8(utf8);
}

QString Statement::text(int column, TextPool &pool) const
{
    return pool.get(utf8View(column));
}

QByteArrayView Statement::utf8View(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    return QByteArrayView(data, sqlite3_column_bytes(m_stmt, column));
}

QString TextPool::get(QByteArrayView bytes)
{
    if (bytes.isEmpty())
        return {};
    for (const Entry &e : m_entries) {
        if (e.utf8 == bytes)
            return e.text;
    }
    QString text = QString::fromUtf8(bytes);
    if (bytes.size() <= kMaxBytes && int(m_entries.size()) < kMaxEntries)
        m_entries.push_back({bytes.toByteArray(), text});
    return text;
}

QByteArray Statement::utf8(int column) const
{
    return utf8View(column).toByteArray();
}

QByteArray Statement::blob(int column) const
{
    const auto *data = static_cast<const char *>(sqlite3_column_blob(m_stmt, column));
    const int size = sqlite3_column_bytes(m_stmt, column);
    return QByteArray(data, size);
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

Database::~Database()
{
    close();
}

bool Database::open(const QString &path, Mode mode, bool immutable)
{
    close();
    // One connection per thread (the folder import's workers decode; one thread writes), so
    // SQLite's per-call connection mutex is not needed: NOMUTEX drops two locks per column read.
    int flags = SQLITE_OPEN_EXRESCODE | SQLITE_OPEN_NOFOLLOW | SQLITE_OPEN_NOMUTEX;
    switch (mode) {
    case Mode::ReadOnly:
        flags |= SQLITE_OPEN_READONLY;
        break;
    case Mode::ReadWrite:
        flags |= SQLITE_OPEN_READWRITE;
        break;
    case Mode::Create:
        flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
        break;
    }
    QByteArray name = QFile::encodeName(path);
    if (immutable && mode == Mode::ReadOnly) {
        flags |= SQLITE_OPEN_URI;
        name = QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()).toEncoded() + "?immutable=1";
    }
    const int rc = sqlite3_open_v2(name.constData(), &m_db, flags, nullptr);
    if (rc != SQLITE_OK) {
        m_error = path + u": " + messageOf(m_db);
        sqlite3_close_v2(m_db);
        m_db = nullptr;
        return false;
    }
    // Refuse what a hostile schema could do to this process: writes to sqlite_master,
    // functions with side effects in views and defaults.
    sqlite3_db_config(m_db, SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
    sqlite3_db_config(m_db, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, nullptr);
    sqlite3_db_config(m_db, SQLITE_DBCONFIG_ENABLE_TRIGGER, 0, nullptr);
    sqlite3_db_config(m_db, SQLITE_DBCONFIG_ENABLE_VIEW, 1, nullptr);
    sqlite3_db_config(m_db, SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, 0, nullptr);
    return true;
}

void Database::close()
{
    m_cache.clear();
    m_failed.reset();
    if (m_db) {
        sqlite3_close_v2(m_db);
        m_db = nullptr;
    }
}

bool Database::exec(std::string_view sql)
{
    Statement statement(m_db, sql);
    if (!statement.isValid()) {
        m_error = statement.lastError();
        return false;
    }
    while (true) {
        const Statement::Step s = statement.step();
        if (s == Statement::Step::Done)
            return true;
        if (s == Statement::Step::Error) {
            m_error = statement.lastError();
            return false;
        }
    }
}

Statement *Database::cached(const char *sql)
{
    auto it = m_cache.find(sql);
    if (it != m_cache.end()) {
        it->second->reset();
        return it->second.get();
    }
    auto statement = std::make_unique<Statement>(m_db, std::string_view(sql));
    Statement *raw = statement.get();
    if (!raw->isValid()) {
        // Not cached: a failed prepare (a busy schema, a missing tokenizer) may succeed later.
        m_failed = std::move(statement);
        return raw;
    }
    m_cache.emplace(sql, std::move(statement));
    return raw;
}

QString Database::sqliteMessage() const
{
    return messageOf(m_db);
}

} // namespace crible::store
