#pragma once

#include "core/claim.h"
#include "core/offsets.h"
#include "core/taxonomy.h"

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

signals:
    void claimClicked(qint64 claimId);
    void painted();

protected:
    void paintEvent(QPaintEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    struct Segment
    {
        QRectF rect;
        const Highlight *highlight;
    };
    QList<Segment> visibleSegments(const QRect &area) const;
    // Index of the first highlight whose running-max end passes `position`.
    qsizetype firstReaching(qint64 position) const;

    QList<Highlight> m_highlights; // by start, then end
    QList<qint64> m_maxEnd;        // m_maxEnd[i] = max end of highlights [0, i]
    qint64 m_selectedClaim = 0;
    int m_lastPaintedCount = 0;
    QPoint m_pressPos;
    std::function<QString(qint64)> m_describe;
};

} // namespace crible::ui
