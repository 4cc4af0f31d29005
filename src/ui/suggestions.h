#pragma once

#include "core/result.h"
#include "store/project.h"
#include "text/claim_spotter.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <atomic>
#include <memory>
#include <optional>
#include <utility>

class QThreadPool;

namespace crible::ui {

class Document;

// The suggested claims of the article shown (issue 10): what text::ClaimSpotter proposes,
// minus the passages a claim already covers and those the annotator accepted or rejected
// (kept in the project, so a rejected suggestion stays hidden after reopening). Offsets are
// code points. Long articles are spotted on a worker thread; the list follows when ready.
class Suggestions final : public QObject
{
    Q_OBJECT
public:
    // Texts longer than this (UTF-16 units) are spotted off the GUI thread. Measured in
    // tst_suggestions (debug build): the seed article, 4,916 units, 4 ms; 1 MB, 1.4 s, so
    // 50,000 units stay near 70 ms, under what a key press may take.
    static constexpr qsizetype kSynchronousLimit = 50'000;

    explicit Suggestions(Document *document);
    ~Suggestions() override;
    Q_DISABLE_COPY_MOVE(Suggestions)

    void setEnabled(bool enabled);
    bool isEnabled() const { return m_enabled; }
    // True while a worker is spotting the article shown.
    bool isComputing() const { return m_computing; }

    // The suggestions to show, by start.
    const QList<text::ClaimCandidate> &open() const { return m_open; }
    const text::ClaimCandidate *find(qint64 start, qint64 end) const;
    // The innermost open suggestion covering a code point, null when none.
    const text::ClaimCandidate *at(qint64 position) const;
    // Rich text for a tooltip: the translated reasons and the spotter's detail line.
    static QString describe(const text::ClaimCandidate &candidate);
    static QString reasonLabel(const QString &key);

    // --- for the undo commands ---
    // Stores the decision (replacing any earlier one on the span) and hides the suggestion.
    core::Result<void> recordDecision(const store::SuggestionDecision &decision);
    // Forgets the decision on the span, in the project too: the suggestion shows again,
    // also after reopening.
    core::Result<void> clearDecision(qint64 articleId, qint64 start, qint64 end);
    // The decision stored on the span, if any.
    core::Result<std::optional<store::SuggestionDecision>>
    decisionOn(qint64 articleId, qint64 start, qint64 end) const;

signals:
    void changed();

private:
    using Span = std::pair<qint64, qint64>;
    void articleChanged();
    void cancelSpotting();
    void loadDecisions();
    void refilter();

    Document *m_document;
    bool m_enabled = false;
    bool m_computing = false;
    quint64 m_generation = 0; // results of an older spotting run are dropped
    // Spotting runs on a pool of its own: the global pool also serves the raster paint
    // engine, whose fills would wait behind a long article's spotting. The flag of the
    // run under way stops it when the article changes.
    QThreadPool *m_pool;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    qint64 m_articleId = 0;
    std::optional<text::ClaimSpotter> m_spotter;
    QString m_spotterLanguage;
    QList<text::ClaimCandidate> m_all;
    QSet<Span> m_decided; // of the article shown, as stored
    QList<text::ClaimCandidate> m_open;
};

} // namespace crible::ui
