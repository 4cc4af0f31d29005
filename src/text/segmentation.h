#pragma once

#include <QList>
#include <QString>
#include <QStringView>

#include <memory>

namespace crible::text {

// A half-open range of code points.
struct Span
{
    qint64 start = 0;
    qint64 end = 0;
    bool operator==(const Span &) const = default;
};

// ICU sentence, word and grapheme segmentation in one language. All positions are code
// points into the text given. Not thread-safe: use one Segmenter per thread.
class Segmenter final
{
public:
    explicit Segmenter(const QString &language);  // BCP 47, e.g. "fr", "zh", "ar"
    ~Segmenter();
    Segmenter(const Segmenter &) = delete;
    Segmenter &operator=(const Segmenter &) = delete;

    // ICU sentences, with trailing white space left out; sentences that are only white
    // space are skipped.
    QList<Span> sentences(QStringView text) const;
    // Word-like segments only (letters, numbers, ideographs), punctuation and spaces left out.
    QList<Span> words(QStringView text) const;
    // True when a code point offset does not split a grapheme cluster.
    bool isGraphemeBoundary(QStringView text, qint64 codePoint) const;
    // Widens a sloppy selection to whole words (and so to whole graphemes); trims white space
    // at its ends. Returns the input unchanged when it covers no word.
    Span snapToWords(QStringView text, Span selection) const;
    // The sentence containing the code point (trailing white space left out).
    Span sentenceAt(QStringView text, qint64 codePoint) const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace crible::text
