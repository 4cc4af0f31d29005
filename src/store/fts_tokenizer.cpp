#include "fts_tokenizer.h"

#include <QCoreApplication>
#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <sqlite3.h>
#include <vector>

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

fts5_api *fts5Of(sqlite3 *db)
{
    fts5_api *api = nullptr;
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &statement, nullptr) != SQLITE_OK)
        return nullptr;
    sqlite3_bind_pointer(statement, 1, &api, "fts5_api_ptr", nullptr);
    sqlite3_step(statement);
    sqlite3_finalize(statement);
    return api && api->iVersion >= 2 ? api : nullptr;
}

void rankFunction(const Fts5ExtensionApi *api, Fts5Context *fts, sqlite3_context *context,
                  int argumentCount, sqlite3_value **arguments)
{
    constexpr double k1 = 1.2;
    constexpr double b = 0.75;
    const int phrases = api->xPhraseCount(fts);
    std::vector<double> frequency(size_t(std::max(phrases, 0)), 0.0);
    int instances = 0;
    int rc = api->xInstCount(fts, &instances);
    for (int i = 0; rc == SQLITE_OK && i < instances; ++i) {
        int phrase = 0;
        int column = 0;
        int offset = 0;
        rc = api->xInst(fts, i, &phrase, &column, &offset);
        if (rc == SQLITE_OK && phrase >= 0 && phrase < phrases)
            frequency[size_t(phrase)] += 1.0;
    }
    sqlite3_int64 rows = 0;
    sqlite3_int64 totalTokens = 0;
    int rowTokens = 0;
    if (rc == SQLITE_OK)
        rc = api->xRowCount(fts, &rows);
    if (rc == SQLITE_OK)
        rc = api->xColumnTotalSize(fts, -1, &totalTokens);
    if (rc == SQLITE_OK)
        rc = api->xColumnSize(fts, -1, &rowTokens);
    if (rc != SQLITE_OK) {
        sqlite3_result_error_code(context, rc);
        return;
    }
    // Document frequencies, in phrase order; a missing one counts as every row.
    const char *given = argumentCount > 0
                            ? reinterpret_cast<const char *>(sqlite3_value_text(arguments[0]))
                            : nullptr;
    const double n = double(std::max<sqlite3_int64>(rows, 1));
    const double average = double(totalTokens) / n;
    double score = 0;
    for (int p = 0; p < phrases; ++p) {
        double df = n;
        if (given && *given) {
            char *end = nullptr;
            df = std::strtod(given, &end);
            given = end;
        }
        df = std::clamp(df, 0.0, n);
        // As FTS5's bm25: log((N - n + 0.5) / (n + 0.5)), at least 1e-6.
        const double idf = std::max(std::log((n - df + 0.5) / (df + 0.5)), 1e-6);
        const double f = frequency[size_t(p)];
        score += idf * (f * (k1 + 1)) / (f + k1 * (1 - b + b * double(rowTokens) / average));
    }
    sqlite3_result_double(context, -score);
}

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

QString registerRankFunction(sqlite3 *db)
{
    fts5_api *api = fts5Of(db);
    if (!api)
        return QCoreApplication::translate("crible::store", "this SQLite has no usable FTS5");
    if (api->xCreateFunction(api, "crible_bm25", nullptr, rankFunction, nullptr) != SQLITE_OK)
        return QCoreApplication::translate("crible::store", "cannot register the search ranking");
    return {};
}

} // namespace crible::store
