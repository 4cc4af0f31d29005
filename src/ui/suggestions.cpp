#include "suggestions.h"

#include "claimlistmodel.h"
#include "document.h"
#include "store/project.h"

#include <QFutureWatcher>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>
#include <algorithm>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <unistd.h>
#endif

namespace crible::ui {

namespace {

// Spotting yields to the editor's own threads: the worker runs at nice 5, about a quarter of
// a core against a busy thread, so opening, painting and typing hardly wait for it. Not
// nice 10 or SCHED_IDLE (QThread::IdlePriority): on a busy machine those left a long
// article's suggestions minutes late, or never.
void lowerThisThreadPriority()
{
#ifdef Q_OS_LINUX
    thread_local bool lowered = false;
    if (!lowered) {
        lowered = true;
        setpriority(PRIO_PROCESS, id_t(gettid()), 5);
    }
#endif
}

// A claim covers a suggestion when they share at least half of the shorter of the two: a
// claim tagged on a clause of the sentence, or on the sentence around the clause.
bool covers(std::pair<qint64, qint64> claim, const text::ClaimCandidate &candidate)
{
    const auto [start, end] = claim;
    const qint64 shared = std::min(end, candidate.end) - std::max(start, candidate.start);
    if (shared <= 0)
        return false;
    const qint64 shorter = std::min(end - start, candidate.end - candidate.start);
    return 2 * shared >= shorter;
}

} // namespace

Suggestions::Suggestions(Document *document)
    : QObject(document), m_document(document), m_pool(new QThreadPool(this))
{
    m_pool->setMaxThreadCount(1);
    connect(document, &Document::currentArticleChanged, this, &Suggestions::articleChanged);
    ClaimListModel *claims = document->claimModel();
    connect(claims, &QAbstractItemModel::rowsInserted, this, &Suggestions::refilter);
    connect(claims, &QAbstractItemModel::rowsRemoved, this, &Suggestions::refilter);
    connect(claims, &QAbstractItemModel::modelReset, this, &Suggestions::refilter);
    connect(claims, &QAbstractItemModel::dataChanged, this, &Suggestions::refilter);
}

Suggestions::~Suggestions()
{
    cancelSpotting();
    m_pool->waitForDone();
}

void Suggestions::cancelSpotting()
{
    if (m_cancel)
        m_cancel->store(true);
    m_cancel.reset();
    m_pool->clear(); // runs not started yet are dropped
}

void Suggestions::setEnabled(bool enabled)
{
    if (m_enabled == enabled)
        return;
    m_enabled = enabled;
    articleChanged();
}

void Suggestions::articleChanged()
{
    ++m_generation;
    cancelSpotting();
    m_articleId = m_document->currentArticleId();
    m_all.clear();
    m_computing = false;
    loadDecisions();
    if (!m_enabled || m_articleId == 0) {
        refilter();
        return;
    }
    const core::Article &article = m_document->currentArticle();
    const QString language = article.language.isEmpty() ? QStringLiteral("fr") : article.language;
    if (!m_spotter || m_spotterLanguage != language) {
        m_spotter.reset();
        m_spotterLanguage = language;
        // No rules for the language: no suggestions, which is what the count shows.
        if (auto spotter = text::ClaimSpotter::forLanguage(language); spotter.ok())
            m_spotter = std::move(spotter).value();
    }
    if (!m_spotter) {
        refilter();
        return;
    }
    if (article.text.size() <= kSynchronousLimit) {
        m_all = m_spotter->spot(article.text);
        refilter();
        return;
    }
    m_computing = true;
    refilter(); // the old article's marks go now
    const quint64 generation = m_generation;
    auto *watcher = new QFutureWatcher<QList<text::ClaimCandidate>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_generation)
            return;
        m_computing = false;
        m_all = watcher->result();
        refilter();
    });
    // The worker gets its own copies: the article may change while it runs.
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    watcher->setFuture(
        QtConcurrent::run(m_pool, [spotter = *m_spotter, text = article.text, cancel = m_cancel] {
            lowerThisThreadPriority();
            return spotter.spot(text, cancel.get());
        }));
}

void Suggestions::loadDecisions()
{
    m_decided.clear();
    if (m_articleId == 0)
        return;
    auto decisions = m_document->project().suggestionDecisions(m_articleId);
    if (!decisions)
        return; // shown again rather than lost: the annotator can reject once more
    for (const store::SuggestionDecision &d : decisions.value())
        m_decided.insert({d.start, d.end});
}

void Suggestions::refilter()
{
    m_open.clear();
    if (m_enabled && m_document->currentArticleId() == m_articleId) {
        // Claims by start with a running maximum of ends: each candidate looks only at the
        // claims that can reach it (a long article has thousands of both).
        QList<Span> claims;
        for (const core::Claim &c : m_document->claimModel()->claims())
            claims.append({c.start, c.end});
        std::sort(claims.begin(), claims.end());
        QList<qint64> maxEnd(claims.size());
        for (qsizetype i = 0; i < claims.size(); ++i)
            maxEnd[i] = std::max(i > 0 ? maxEnd[i - 1] : 0, claims[i].second);
        for (const text::ClaimCandidate &c : std::as_const(m_all)) {
            if (m_decided.contains({c.start, c.end}))
                continue;
            bool covered = false;
            for (qsizetype i =
                     std::upper_bound(maxEnd.begin(), maxEnd.end(), c.start) - maxEnd.begin();
                 i < claims.size() && claims[i].first < c.end && !covered; ++i)
                covered = covers(claims[i], c);
            if (!covered)
                m_open.append(c);
        }
    }
    emit changed();
}

const text::ClaimCandidate *Suggestions::find(qint64 start, qint64 end) const
{
    for (const text::ClaimCandidate &c : m_open) {
        if (c.start == start && c.end == end)
            return &c;
    }
    return nullptr;
}

const text::ClaimCandidate *Suggestions::at(qint64 position) const
{
    const text::ClaimCandidate *best = nullptr;
    for (const text::ClaimCandidate &c : m_open) {
        if (c.start <= position && position < c.end &&
            (!best || c.end - c.start < best->end - best->start))
            best = &c;
    }
    return best;
}

core::Result<void> Suggestions::recordDecision(const store::SuggestionDecision &decision)
{
    if (auto stored = m_document->project().setSuggestionDecision(decision); !stored)
        return stored;
    if (decision.articleId == m_articleId) {
        m_decided.insert({decision.start, decision.end});
        refilter();
    }
    return {};
}

core::Result<void> Suggestions::clearDecision(qint64 articleId, qint64 start, qint64 end)
{
    if (auto cleared = m_document->project().clearSuggestionDecision(articleId, start, end);
        !cleared)
        return cleared;
    if (articleId == m_articleId) {
        m_decided.remove({start, end});
        refilter();
    }
    return {};
}

core::Result<std::optional<store::SuggestionDecision>>
Suggestions::decisionOn(qint64 articleId, qint64 start, qint64 end) const
{
    auto decisions = m_document->project().suggestionDecisions(articleId);
    if (!decisions)
        return core::fail(decisions.error());
    for (const store::SuggestionDecision &d : decisions.value()) {
        if (d.start == start && d.end == end)
            return std::optional<store::SuggestionDecision>(d);
    }
    return std::optional<store::SuggestionDecision>();
}

QString Suggestions::reasonLabel(const QString &key)
{
    if (key == QLatin1String("quantity"))
        return tr("figure");
    if (key == QLatin1String("date"))
        return tr("date");
    if (key == QLatin1String("forecast"))
        return tr("forecast");
    if (key == QLatin1String("absolute"))
        return tr("absolute wording");
    if (key == QLatin1String("comparison"))
        return tr("comparison");
    if (key == QLatin1String("attribution"))
        return tr("attribution");
    if (key == QLatin1String("named-system"))
        return tr("named system");
    return key;
}

QString Suggestions::describe(const text::ClaimCandidate &candidate)
{
    QStringList reasons;
    for (const QString &key : candidate.reasons)
        reasons << reasonLabel(key);
    return tr("<b>Suggested claim</b> (not a claim yet)<br>Why: %1<br>%2<br><i>A: accept as a "
              "draft claim, R: reject</i>")
        .arg(reasons.join(QStringLiteral(", ")).toHtmlEscaped(), candidate.detail.toHtmlEscaped());
}

} // namespace crible::ui
