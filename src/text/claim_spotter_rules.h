#pragma once

#include <cstddef>

namespace crible::text::detail {

// The rule files of src/text/rules/, embedded at build time by rules/embed_rules.cmake into a
// generated source file: a static library cannot carry a Qt resource without every program
// calling Q_INIT_RESOURCE, and rule data must not depend on files found at run time.
struct EmbeddedRuleFile
{
    const char *language; // the file name without ".json"
    const char *json;     // UTF-8
};

extern const EmbeddedRuleFile spotterRuleFiles[];
extern const std::size_t spotterRuleFileCount;

} // namespace crible::text::detail
