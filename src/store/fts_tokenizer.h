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

} // namespace crible::store
