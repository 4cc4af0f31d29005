#pragma once

#include "core/tokenizer.h"

namespace crible::text {

// ICU word segmentation for FTS5: words of any script (Chinese split into words by ICU's
// dictionary), case-folded and with accents removed, so "generalise" finds "généralisé".
class IcuWordTokenizer final : public core::FullTextTokenizer
{
public:
    void tokenize(std::string_view utf8, const TokenSink &sink) const override;
    const char *name() const override { return "crible_icu"; }
};

} // namespace crible::text
