#pragma once

#include "core/anchor.h"
#include "segmentation.h"

#include <QList>
#include <QStringView>

#include <optional>

namespace crible::text {

// Finds a quote typed on a keyboard in the stored text, folding as DESIGN.md says:
// typographic apostrophes and quotes (’ ‘ ʼ « » “ ” „ ‹ ›) match their ASCII forms, no-break
// and ordinary spaces match each other, runs of white space match any run. Offsets are code
// points; the matched text is whatever stands in the stored text.
QList<Span> findQuote(QStringView text, QStringView quote);
// The nth (1-based) occurrence, if there is one.
std::optional<Span> findQuote(QStringView text, QStringView quote, int nth);

// Finds an anchor again in a revised text: the occurrence of its exact quote (folded) whose
// prefix and suffix agree best, nearest to `hint` on ties.
std::optional<Span> reanchor(QStringView text, const core::TextQuoteAnchor &anchor,
                             qint64 hint = 0);

} // namespace crible::text
