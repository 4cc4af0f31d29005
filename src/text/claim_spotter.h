#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>
#include <atomic>
#include <memory>
#include <optional>

namespace crible::text {

// One piece of evidence that made a clause a candidate: the words in the text that matched a
// rule, and, for figures, the value they stand for ("680 millions" -> 680000000).
struct SpottedCue
{
    QString reason;   // one of ClaimSpotter::reasonKeys()
    qint64 start = 0; // code points into the text given to spot(), half-open
    qint64 end = 0;
    QString text;                // the text at [start, end)
    std::optional<double> value; // figures and years only
};

// A clause that probably holds a checkable claim. Offsets are code points (the canonical unit
// of DESIGN.md), half-open; `quote` is exactly the text at [start, end).
struct ClaimCandidate
{
    qint64 start = 0;
    qint64 end = 0;
    QString quote;
    QStringList reasons;    // distinct, in the order of ClaimSpotter::reasonKeys()
    QList<SpottedCue> cues; // in text order
    QString detail;         // one line a reader can check: the cue words and the values found
    double score = 0;       // sum of the cue weights; a candidate has at least the rules' minimum
};

// A code point range of the text (half-open), as the spotter segments it.
struct SpotterSpan
{
    qint64 start = 0;
    qint64 end = 0;
};

// Proposes candidate claims in an article: ICU sentences split into clauses, each clause
// kept when its cue words, figures or dates (rule data, one JSON file per language under
// src/text/rules/, embedded in the library) weigh enough. A pure function of the text: no
// state, no widget, no database, so the editor and crible-cli call the very same thing.
// Copies share the compiled rules; spot() may be called from several threads at once.
class ClaimSpotter final
{
public:
    // The rules for a BCP 47 tag ("fr", "fr-CA", "zh-Hans-CN" all work); an error names the
    // language when no rule file exists for it.
    static core::Result<ClaimSpotter> forLanguage(const QString &bcp47);
    // Rules given as JSON in the format of src/text/rules/*.json (tests, user rule files).
    static core::Result<ClaimSpotter> fromRules(const QByteArray &json);
    // Languages that have an embedded rule file, sorted.
    static QStringList languages();
    // "quantity", "date", "forecast", "absolute", "comparison", "attribution", "named-system".
    static QStringList reasonKeys();

    QString language() const;
    QList<ClaimCandidate> spot(QStringView text) const;
    // The same, giving up between sentences once *cancel is true (the result is then
    // partial and meant to be dropped): the editor stops spotting an article it left.
    QList<ClaimCandidate> spot(QStringView text, const std::atomic<bool> *cancel) const;
    // The ICU sentences of the text in this language, trailing white space left out and
    // white-space-only sentences skipped: the unit that check-worthiness is measured on.
    QList<SpotterSpan> sentences(QStringView text) const;

    struct Rules;

private:
    explicit ClaimSpotter(std::shared_ptr<const Rules> rules);
    std::shared_ptr<const Rules> m_rules;
};

// The JSON of crible-cli suggest: one object per candidate with "start", "end" (code
// points), "quote", "reasons", "score", "detail" and "cues" (reason, start, end, text and,
// for figures, value).
QJsonObject candidateToJson(const ClaimCandidate &candidate);
QJsonArray candidatesToJson(const QList<ClaimCandidate> &candidates);
// The human-readable form of crible-cli suggest without --json: one block per candidate.
QString candidatesToText(const QList<ClaimCandidate> &candidates);
// crible-cli suggest in one call: the candidates of an article's text in its language
// (BCP 47), as candidatesToJson() writes them; an error when the language has no rules.
core::Result<QJsonArray> suggestionsToJson(const QString &language, QStringView text);

} // namespace crible::text
