#pragma once

#include "core/result.h"
#include "text/claim_spotter.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <optional>
#include <utility>

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
    core::Result<void> recordDecision(qint64 articleId, qint64 start, qint64 end,
                                      const QString &decision);
    // The store keeps no history of decisions to go back to, so an undone decision is
    // overridden in memory for the rest of the session: the suggestion shows again.
    void forgetDecision(qint64 articleId, qint64 start, qint64 end);

signals:
    void changed();

private:
    using Span = std::pair<qint64, qint64>;
    struct DecidedKey
    {
        qint64 articleId;
        qint64 start;
        qint64 end;
        bool operator==(const DecidedKey &) const = default;
    };
    friend size_t qHash(const DecidedKey &key, size_t seed)
    {
        return qHashMulti(seed, key.articleId, key.start, key.end);
    }

    void articleChanged();
    void loadDecisions();
    void refilter();

    Document *m_document;
    bool m_enabled = false;
    bool m_computing = false;
    quint64 m_generation = 0; // results of an older spotting run are dropped
    qint64 m_articleId = 0;
    std::optional<text::ClaimSpotter> m_spotter;
    QString m_spotterLanguage;
    QList<text::ClaimCandidate> m_all;
    QSet<Span> m_decided; // of the article shown, as stored
    QSet<DecidedKey> m_forgotten;
    QList<text::ClaimCandidate> m_open;
};

} // namespace crible::ui
