#pragma once

#include <QString>
#include <QStringView>

namespace crible::text::detail {

// Decodes the character reference that starts at `html[at]` (an '&') and appends what it
// stands for to `out`. Returns how many UTF-16 units it consumed; 0 when `&` starts no
// reference (the caller then keeps the '&' as text). Named references follow HTML5: the
// HTML 4 set plus common HTML 5 names, and the legacy names that may omit the ';'.
qsizetype decodeCharacterReference(QStringView html, qsizetype at, QString &out);

// Decodes every character reference in `text`.
QString decodeCharacterReferences(QStringView text);

} // namespace crible::text::detail
