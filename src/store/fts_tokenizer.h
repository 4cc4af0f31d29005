#pragma once

#include "core/tokenizer.h"

#include <QString>

struct sqlite3;

namespace crible::store {

// The FTS5 tokenizer spec used when no tokenizer is given (accents folded, as in the
// French text "généralisé" found by "generalise").
inline constexpr const char *kDefaultTokenizerSpec = "unicode61 remove_diacritics 2";

// Registers `tokenizer` with the connection's FTS5 under tokenizer->name(). The tokenizer
// must outlive the connection. Returns an empty string on success, else the reason.
QString registerFullTextTokenizer(sqlite3 *db, const core::FullTextTokenizer *tokenizer);

// Registers crible_bm25(fts_table, 'df1 df2 ...'): FTS5's bm25 (k1 1.2, b 0.75, every column
// weighing 1, lower is better) with the number of rows holding each phrase given by the
// caller. FTS5's bm25 counts them by walking each phrase's whole doclist on every query,
// which for a word found in most paragraphs of a large corpus costs more than the rest of
// the search; the caller estimates them from the newest matches instead.
QString registerRankFunction(sqlite3 *db);

} // namespace crible::store
