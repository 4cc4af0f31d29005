#pragma once

#include <functional>
#include <string_view>

namespace crible::core {

// A word tokenizer the store registers with SQLite FTS5. Declared here so the store never
// sees ICU: src/text implements it with ICU word segmentation, the store only calls it.
class FullTextTokenizer
{
public:
    virtual ~FullTextTokenizer() = default;

    // Receives each token, already normalised for matching (case-folded, accents removed),
    // as UTF-8, with the byte range [start, end) it covers in the input. Return false to stop.
    using TokenSink = std::function<bool(std::string_view token, int start, int end)>;

    // Splits UTF-8 text into search tokens.
    virtual void tokenize(std::string_view utf8, const TokenSink &sink) const = 0;

    // The name under which the store registers it with FTS5 (e.g. "crible_icu").
    virtual const char *name() const = 0;
};

} // namespace crible::core
