#pragma once

#include "core/claim.h"
#include "core/offsets.h"
#include "core/taxonomy.h"

#include <QAction>
#include <QColor>
#include <QList>
#include <QPlainTextEdit>
#include <functional>

namespace crible::ui {

// The article text, read-only, with every claim highlighted. Highlights are painted by
// the view itself for the visible blocks only, from a list sorted by start with a running
// maximum of ends: one QTextEdit::ExtraSelection per claim costs many times the plain text
// on a long article. Positions here are UTF-16 (the editor boundary).
class ArticleView final : public QPlainTextEdit
{
    Q_OBJECT
public:
    // How the evidence level shows without colour: the underline's style.
    enum class LevelMark { None, Thick, Solid, Dashed, Dotted, Wavy };

    struct Highlight
    {
        qint64 start = 0; // UTF-16, half-open
        qint64 end = 0;
        qint64 claimId = 0;
        QColor fill; // the scope's colour; invalid for drafts and unscoped claims
        LevelMark mark = LevelMark::None;
        bool draft = true;
        int lane = 0; // overlapping claims get different lanes (stacked underlines)
    };

    // A suggested claim (not a claim): a dotted grey frame and a marker in the margin.
    struct SuggestionMark
    {
        qint64 start = 0; // UTF-16, half-open
        qint64 end = 0;
    };

    explicit ArticleView(QWidget *parent = nullptr);

    // The highlights of claims (code points) in a text indexed by `index`: fill by scope,
    // underline style by evidence level (its rank in the taxonomy), drafts apart.
    static QList<Highlight> highlightsFor(const QList<core::Claim> &claims,
                                          const core::CodePointIndex &index,
                                          const core::Taxonomy &taxonomy);

    void setArticleText(const QString &text);
    // Any order; sorted here, lanes assigned here.
    void setHighlights(QList<Highlight> highlights);
    const QList<Highlight> &highlights() const { return m_highlights; }
    void setSelectedClaim(qint64 claimId);
    qint64 selectedClaim() const { return m_selectedClaim; }
    // Selects [start, end) and scrolls it into the middle of the view.
    void revealSpan(qint64 start, qint64 end);
    // Puts the cursor at `start` (no selection, so the highlight stays visible) and scrolls
    // it into the middle of the view unless it is already in sight.
    void scrollToSpan(qint64 start, qint64 end);

    // The innermost claim covering a position, 0 when none.
    qint64 claimAt(qint64 position) const;
    // Text of the tooltip over a claim (its grades), asked for only when the mouse rests.
    void setClaimDescriber(std::function<QString(qint64 claimId)> describer)
    {
        m_describe = std::move(describer);
    }
    // The claims painted by the last paint (for tests and the benchmark).
    int lastPaintedCount() const { return m_lastPaintedCount; }

    // Suggested claims, any order (sorted here); the current one gets a stronger frame.
    void setSuggestionMarks(QList<SuggestionMark> marks);
    const QList<SuggestionMark> &suggestionMarks() const { return m_suggestions; }
    void setCurrentSuggestion(qint64 start, qint64 end); // -1, -1: none
    // The innermost suggestion covering a position, -1 when none.
    qsizetype suggestionAt(qint64 position) const;
    void setSuggestionDescriber(std::function<QString(const SuggestionMark &)> describer)
    {
        m_describeSuggestion = std::move(describer);
    }
    // Offered first in the context menu over a suggestion (accept, reject).
    void setSuggestionActions(const QList<QAction *> &actions) { m_suggestionActions = actions; }
    // The suggestion pieces painted by the last paint (for tests).
    int lastPaintedSuggestions() const { return m_lastPaintedSuggestions; }

signals:
    void claimClicked(qint64 claimId);
    // A click (or a context menu) on a suggestion: its UTF-16 span.
    void suggestionClicked(qint64 start, qint64 end);
    void painted();

protected:
    void paintEvent(QPaintEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    struct Segment
    {
        QRectF rect;
        const Highlight *highlight;
    };
    QList<Segment> visibleSegments(const QRect &area) const;
    void paintSuggestions(QPainter &painter, const QRect &area);
    // Index of the first highlight whose running-max end passes `position`.
    qsizetype firstReaching(qint64 position) const;

    QList<Highlight> m_highlights; // by start, then end
    QList<qint64> m_maxEnd;        // m_maxEnd[i] = max end of highlights [0, i]
    qint64 m_selectedClaim = 0;
    int m_lastPaintedCount = 0;
    QPoint m_pressPos;
    std::function<QString(qint64)> m_describe;
    QList<SuggestionMark> m_suggestions; // by start
    QList<qint64> m_suggestionMaxEnd;    // running maximum of ends, as for highlights
    SuggestionMark m_currentSuggestion{-1, -1};
    int m_lastPaintedSuggestions = 0;
    std::function<QString(const SuggestionMark &)> m_describeSuggestion;
    QList<QAction *> m_suggestionActions;
};

} // namespace crible::ui
