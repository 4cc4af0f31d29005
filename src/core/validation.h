#pragma once

#include "claim.h"
#include "result.h"
#include "source.h"
#include "taxonomy.h"

#include <QString>

namespace crible::core {

// True for ISO 8601 calendar dates as Crible stores them: YYYY-MM-DD, YYYY-MM or YYYY,
// and a real date (no 2021-02-30).
bool isValidIsoDate(const QString &date);
// True for an absolute http(s) URL.
bool isAbsoluteUrl(const QString &url);

// Checks a claim's fields against the taxonomy and the fixed vocabularies: every key known,
// dates valid, restatement short enough, span ordered. Offsets against the text are checked
// by the store, grapheme boundaries by src/text. The message names the field and the value.
Result<void> validateClaimFields(const Claim &claim, const Taxonomy &taxonomy);
Result<void> validateSource(const Source &source);

// Checks [start, end) against a text of `length` code points.
Result<void> validateSpan(qint64 start, qint64 end, qint64 length);

} // namespace crible::core
