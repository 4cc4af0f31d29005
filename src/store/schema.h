#pragma once

#include <QByteArray>
#include <QList>

namespace crible::store::schema {

// 'CRIB': PRAGMA application_id of every Crible project file, so a file of another
// application that happens to be SQLite is recognised and refused.
inline constexpr int kApplicationId = 0x43524942;

// The statements that create schema version 1, in order. `tokenizerSpec` is the FTS5
// tokenize= option: the registered tokenizer's name, or the unicode61 default.
QList<QByteArray> version1(const QByteArray &tokenizerSpec);

} // namespace crible::store::schema
