#pragma once

#include <QList>
#include <QString>

namespace crible::core {

// The three questions a claim is graded on, never mixed in one field (DESIGN.md).
enum class TaxonomyAxis { Verdict, EvidenceLevel, Scope };

struct TaxonomyEntry
{
    QString key;          // stable identifier stored in claims, e.g. "misleading", "E2"
    QString label;        // English label
    QString labelFr;      // French label
    QString description;  // English meaning
    QString descriptionFr;
    QString color;        // "#rrggbb", used with a text cue, never alone

    // Verdicts only: ClaimsKG normalised value, FEVER label (empty: left out of FEVER),
    // ClaimReview rating 1 (worst) .. 5 (best), 0 when the verdict has none.
    QString normalised;
    QString feverLabel;
    int rating = 0;

    // Scopes only: the group heading of the fact-check table.
    QString group;
    QString groupFr;

    // Label in the given language ("fr" gives the French label when there is one).
    QString displayLabel(const QString &language = QString()) const;
    QString displayGroup(const QString &language = QString()) const;
    QString displayDescription(const QString &language = QString()) const;

    bool operator==(const TaxonomyEntry &) const = default;
};

// The editable lists of verdicts, evidence levels and scopes; order is meaningful
// (the fact-check table is grouped in scope order).
class Taxonomy
{
public:
    static Taxonomy defaults();

    const QList<TaxonomyEntry> &entries(TaxonomyAxis axis) const;
    QList<TaxonomyEntry> &entries(TaxonomyAxis axis);
    const TaxonomyEntry *find(TaxonomyAxis axis, const QString &key) const;
    bool contains(TaxonomyAxis axis, const QString &key) const { return find(axis, key); }
    int indexOf(TaxonomyAxis axis, const QString &key) const;  // -1 when absent

    // "verdict", "evidence", "scope": used in files and messages.
    static QString axisKey(TaxonomyAxis axis);
    static QList<TaxonomyAxis> axes() { return {TaxonomyAxis::Verdict, TaxonomyAxis::EvidenceLevel, TaxonomyAxis::Scope}; }

    bool operator==(const Taxonomy &) const = default;

private:
    QList<TaxonomyEntry> m_verdicts;
    QList<TaxonomyEntry> m_evidenceLevels;
    QList<TaxonomyEntry> m_scopes;
};

// Fixed vocabularies (not user-editable): the claim kinds, statuses, source stances and
// the ways a source was read.
struct VocabularyTerm
{
    QString key;
    QString label;  // English; translate with QCoreApplication::translate("crible::core", ...)
};

QList<VocabularyTerm> claimKinds();     // statistic, date, attribution, causal, comparison,
                                        // definition, opinion, prediction
QList<VocabularyTerm> claimStatuses();  // draft, graded, reviewed
QList<VocabularyTerm> sourceStances();  // supports, refutes, context
QList<VocabularyTerm> readingModes();   // direct, translation, repost
bool vocabularyContains(const QList<VocabularyTerm> &terms, const QString &key);

} // namespace crible::core
