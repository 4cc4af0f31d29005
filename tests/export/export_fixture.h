#pragma once

// The small project every export test starts from: two short articles (French with an emoji
// before its first claim; Chinese with Arabic and hostile text), six published claims over
// two annotators (one overlapping another, one opinion, two with verdicts rated 0), one
// draft that no export may show, and three sources (one with a hostile title).

#include "core/result.h"
#include "store/project.h"

#include <QString>
#include <memory>

namespace crible::testing {

// The hostile strings, each somewhere in a claim's quote, restatement, explanation,
// claimant or a source title.
inline const char *const kHostileFormula = "=HYPERLINK(\"http://x\",\"y\")";
inline const char *const kHostileScript = "<script>alert(1)</script>";

// UUIDs the tests look for.
inline const char *const kEmojiClaimUuid = "00000000-0000-4000-8000-000000000001";
inline const char *const kOpinionClaimUuid = "00000000-0000-4000-8000-000000000005";
inline const char *const kDraftClaimUuid = "00000000-0000-4000-8000-000000000009";
inline const char *const kHostileClaimUuid = "00000000-0000-4000-8000-000000000008";
inline const char *const kArabicClaimUuid = "00000000-0000-4000-8000-000000000007";
inline const char *const kChineseClaimUuid = "00000000-0000-4000-8000-000000000006";

// The French article's text: "😀" (one code point, two UTF-16 units) before the first claim.
QString frenchText();
QString chineseText();

core::Result<std::unique_ptr<store::Project>> buildFixtureProject(const QString &path);

} // namespace crible::testing
