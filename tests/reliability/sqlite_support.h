#pragma once

// Direct SQLite access for the reliability tests only: to craft hostile files and to check a
// project with SQLite's own integrity check, independently of the store under test.

#include <QString>
#include <QStringList>
#include <sqlite3.h>

namespace crible::reliability {

class RawDatabase final
{
public:
    explicit RawDatabase(const QString &path, bool readOnly = false)
    {
        const int flags =
            readOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
        if (sqlite3_open_v2(path.toUtf8().constData(), &m_db, flags, nullptr) != SQLITE_OK) {
            m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
            sqlite3_close(m_db);
            m_db = nullptr;
        }
    }
    ~RawDatabase() { sqlite3_close(m_db); }
    RawDatabase(const RawDatabase &) = delete;
    RawDatabase &operator=(const RawDatabase &) = delete;

    bool isOpen() const { return m_db != nullptr; }
    QString error() const { return m_error; }

    bool exec(const QString &sql)
    {
        char *message = nullptr;
        if (sqlite3_exec(m_db, sql.toUtf8().constData(), nullptr, nullptr, &message) != SQLITE_OK) {
            m_error = QString::fromUtf8(message);
            sqlite3_free(message);
            return false;
        }
        return true;
    }

    // The first column of every row, as text; sets error() and returns nothing on failure.
    QStringList column(const QString &sql)
    {
        QStringList values;
        sqlite3_stmt *stmt = nullptr;
        if (sqlite3_prepare_v2(m_db, sql.toUtf8().constData(), -1, &stmt, nullptr) != SQLITE_OK) {
            m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
            return values;
        }
        int rc = SQLITE_ROW;
        while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
            const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0));
            values.append(text ? QString::fromUtf8(text) : QString());
        }
        if (rc != SQLITE_DONE)
            m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
        sqlite3_finalize(stmt);
        return values;
    }

    // SQLite's own verdict on the whole file: "ok", or the problems it found.
    QString integrityCheck()
    {
        return column(QStringLiteral("PRAGMA integrity_check")).join(u'\n');
    }

private:
    sqlite3 *m_db = nullptr;
    QString m_error;
};

} // namespace crible::reliability
