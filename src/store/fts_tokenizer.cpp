#include "fts_tokenizer.h"

#include <QCoreApplication>
#include <sqlite3.h>

// sqlite3.h carries the FTS5 extension API (fts5_api, fts5_tokenizer).

namespace crible::store {

namespace {

using TokenCallback = int (*)(void *, int, const char *, int, int, int);

int createTokenizer(void *userData, const char **, int, Fts5Tokenizer **out)
{
    // The tokenizer object is stateless and shared: the FTS5 handle is the object itself.
    *out = static_cast<Fts5Tokenizer *>(userData);
    return SQLITE_OK;
}

void deleteTokenizer(Fts5Tokenizer *)
{
    // Owned by the caller of Project::create/open, not by SQLite.
}

int tokenize(Fts5Tokenizer *handle, void *context, int, const char *text, int size,
             TokenCallback pushToken)
{
    const auto *tokenizer = reinterpret_cast<const core::FullTextTokenizer *>(handle);
    int rc = SQLITE_OK;
    tokenizer->tokenize(std::string_view(text, size_t(size > 0 ? size : 0)),
                        [&](std::string_view token, int start, int end) {
                            if (token.empty())
                                return true;
                            rc = pushToken(context, 0, token.data(), int(token.size()), start, end);
                            return rc == SQLITE_OK;
                        });
    return rc;
}

fts5_tokenizer tokenizerFunctions = {createTokenizer, deleteTokenizer, tokenize};

} // namespace

QString registerFullTextTokenizer(sqlite3 *db, const core::FullTextTokenizer *tokenizer)
{
    if (!tokenizer)
        return {};
    fts5_api *api = nullptr;
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &statement, nullptr) != SQLITE_OK) {
        return QCoreApplication::translate("crible::store", "this SQLite has no FTS5: %1")
            .arg(QString::fromUtf8(sqlite3_errmsg(db)));
    }
    sqlite3_bind_pointer(statement, 1, &api, "fts5_api_ptr", nullptr);
    sqlite3_step(statement);
    sqlite3_finalize(statement);
    if (!api || api->iVersion < 2)
        return QCoreApplication::translate("crible::store", "this SQLite has no usable FTS5");
    auto *handle =
        reinterpret_cast<Fts5Tokenizer *>(const_cast<core::FullTextTokenizer *>(tokenizer));
    const int rc =
        api->xCreateTokenizer(api, tokenizer->name(), handle, &tokenizerFunctions, nullptr);
    if (rc != SQLITE_OK) {
        return QCoreApplication::translate("crible::store", "cannot register tokenizer %1: %2")
            .arg(QString::fromUtf8(tokenizer->name()), QString::fromUtf8(sqlite3_errstr(rc)));
    }
    return {};
}

} // namespace crible::store
