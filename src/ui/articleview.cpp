#include "articleview.h"

#include <QContextMenuEvent>
#include <QHash>
#include <QHelpEvent>
#include <QImage>
#include <QMenu>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextLayout>
#include <QToolTip>
#include <algorithm>
#include <cmath>
#include <memory>
#include <queue>

namespace crible::ui {

namespace {

// Dashes and dots are drawn as texture fills: the raster engine strokes a dashed pen through
// its general path stroker, which took most of a page's paint when every claim on it was a
// draft. `on` and `off` are in pixels; the pattern is anchored to the viewport, so pieces on
// adjacent lines keep one rhythm.
QBrush dashBrush(const QColor &colour, int on, int off, Qt::Orientation orientation)
{
    // Asked for every piece painted: a number for a key, not a string built each time.
    static QHash<quint64, QBrush> cache;
    const quint64 key = quint64(colour.rgba()) << 32 | quint64(on & 0xff) << 16 |
                        quint64(off & 0xff) << 8 | (orientation == Qt::Horizontal ? 1 : 2);
    if (const auto it = cache.constFind(key); it != cache.constEnd())
        return *it;
    const int period = on + off;
    QImage pattern(orientation == Qt::Horizontal ? QSize(period, 1) : QSize(1, period),
                   QImage::Format_ARGB32_Premultiplied);
    pattern.fill(Qt::transparent);
    for (int i = 0; i < on; ++i)
        pattern.setPixelColor(orientation == Qt::Horizontal ? QPoint(i, 0) : QPoint(0, i), colour);
    QBrush brush(pattern);
    if (cache.size() > 64)
        cache.clear();
    cache.insert(key, brush);
    return brush;
}

// A horizontal mark `thickness` pixels high whose middle row is y.
QRect underline(const QRectF &piece, qreal y, int thickness)
{
    const int left = int(std::floor(piece.left()));
    const int right = int(std::ceil(piece.right()));
    return QRect(left, int(std::floor(y)) - thickness / 2, right - left, thickness);
}

// A one-pixel frame just inside `r`, dashed.
void dashedFrame(QPainter &painter, const QRect &r, const QColor &colour, int on, int off)
{
    const QBrush across = dashBrush(colour, on, off, Qt::Horizontal);
    const QBrush down = dashBrush(colour, on, off, Qt::Vertical);
    painter.fillRect(QRect(r.left(), r.top(), r.width(), 1), across);
    painter.fillRect(QRect(r.left(), r.bottom(), r.width(), 1), across);
    if (r.height() > 2) {
        painter.fillRect(QRect(r.left(), r.top() + 1, 1, r.height() - 2), down);
        painter.fillRect(QRect(r.right(), r.top() + 1, 1, r.height() - 2), down);
    }
}

} // namespace

ArticleView::ArticleView(QWidget *parent) : QPlainTextEdit(parent)
{
    setReadOnly(true);
    // Read-only but navigable and selectable from the keyboard, so tagging needs no mouse.
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    setFrameShape(QFrame::NoFrame);
    setCenterOnScroll(false);
    setTabChangesFocus(true); // Tab moves on to the claim form and the lists
    document()->setDocumentMargin(14);
    setObjectName(QStringLiteral("articleView"));
}

QList<ArticleView::Highlight> ArticleView::highlightsFor(const QList<core::Claim> &claims,
                                                         const core::CodePointIndex &index,
                                                         const core::Taxonomy &taxonomy)
{
    static constexpr LevelMark marks[] = {LevelMark::Thick, LevelMark::Solid, LevelMark::Dashed,
                                          LevelMark::Dotted, LevelMark::Wavy};
    QHash<QString, QColor> scopeColours;
    for (const core::TaxonomyEntry &e : taxonomy.entries(core::TaxonomyAxis::Scope))
        scopeColours.insert(e.key, QColor(e.color));
    QList<Highlight> result;
    result.reserve(claims.size());
    for (const core::Claim &c : claims) {
        Highlight h;
        h.start = index.toUtf16(c.start);
        h.end = index.toUtf16(c.end);
        h.claimId = c.id;
        h.draft = c.isDraft();
        if (!c.scope.isEmpty())
            h.fill = scopeColours.value(c.scope);
        if (!c.evidenceLevel.isEmpty()) {
            const int rank = taxonomy.indexOf(core::TaxonomyAxis::EvidenceLevel, c.evidenceLevel);
            h.mark = rank < 0 ? LevelMark::Solid : marks[std::min(rank, 4)];
        }
        result.append(h);
    }
    return result;
}

void ArticleView::setArticleText(const QString &text)
{
    m_highlights.clear();
    m_maxEnd.clear();
    m_suggestions.clear();
    m_suggestionMaxEnd.clear();
    m_currentSuggestion = {-1, -1};
    m_selectedClaim = 0;
    setPlainText(text);
}

void ArticleView::setHighlights(QList<Highlight> highlights)
{
    std::sort(highlights.begin(), highlights.end(), [](const Highlight &a, const Highlight &b) {
        return a.start != b.start ? a.start < b.start : a.end > b.end;
    });
    // Lanes: the lowest lane free at each start (interval partitioning), so overlapping
    // claims get stacked underlines and stay visible as two.
    std::priority_queue<std::pair<qint64, int>, std::vector<std::pair<qint64, int>>,
                        std::greater<>>
        busy; // (end, lane)
    std::priority_queue<int, std::vector<int>, std::greater<>> freeLanes;
    int lanes = 0;
    m_maxEnd.resize(highlights.size());
    qint64 maxEnd = 0;
    for (qsizetype i = 0; i < highlights.size(); ++i) {
        Highlight &h = highlights[i];
        while (!busy.empty() && busy.top().first <= h.start) {
            freeLanes.push(busy.top().second);
            busy.pop();
        }
        if (freeLanes.empty()) {
            h.lane = lanes++;
        } else {
            h.lane = freeLanes.top();
            freeLanes.pop();
        }
        busy.emplace(h.end, h.lane);
        maxEnd = std::max(maxEnd, h.end);
        m_maxEnd[i] = maxEnd;
    }
    m_highlights = std::move(highlights);
    viewport()->update();
}

void ArticleView::setSelectedClaim(qint64 claimId)
{
    if (m_selectedClaim == claimId)
        return;
    m_selectedClaim = claimId;
    viewport()->update();
}

void ArticleView::revealSpan(qint64 start, qint64 end)
{
    QTextCursor cursor(document());
    const int length = document()->characterCount() - 1;
    cursor.setPosition(int(std::clamp<qint64>(end, 0, length)));
    setTextCursor(cursor);
    centerCursor();
    cursor.setPosition(int(std::clamp<qint64>(start, 0, length)), QTextCursor::KeepAnchor);
    setTextCursor(cursor);
    ensureCursorVisible();
}

void ArticleView::scrollToSpan(qint64 start, qint64 end)
{
    QTextCursor cursor(document());
    const int length = document()->characterCount() - 1;
    cursor.setPosition(int(std::clamp<qint64>(start, 0, length)));
    const QRect startRect = cursorRect(cursor);
    QTextCursor last(document());
    last.setPosition(int(std::clamp<qint64>(end, 0, length)));
    const QRect endRect = cursorRect(last);
    const bool inSight = viewport()->rect().contains(startRect.center()) &&
                         viewport()->rect().contains(endRect.center());
    setTextCursor(cursor);
    if (!inSight)
        centerCursor();
}

qsizetype ArticleView::firstReaching(qint64 position) const
{
    return std::upper_bound(m_maxEnd.begin(), m_maxEnd.end(), position) - m_maxEnd.begin();
}

qint64 ArticleView::claimAt(qint64 position) const
{
    qint64 best = 0;
    qint64 bestLength = std::numeric_limits<qint64>::max();
    for (qsizetype i = firstReaching(position); i < m_highlights.size(); ++i) {
        const Highlight &h = m_highlights[i];
        if (h.start > position)
            break;
        if (h.end > position && h.end - h.start < bestLength) {
            best = h.claimId;
            bestLength = h.end - h.start;
        }
    }
    return best;
}

QList<ArticleView::Segment> ArticleView::visibleSegments(const QRect &area) const
{
    QList<Segment> segments;
    if (m_highlights.isEmpty())
        return segments;
    struct VisibleBlock
    {
        QTextBlock block;
        QRectF rect;
    };
    QList<VisibleBlock> blocks;
    const QPointF offset = contentOffset();
    for (QTextBlock block = firstVisibleBlock(); block.isValid(); block = block.next()) {
        const QRectF r = blockBoundingGeometry(block).translated(offset);
        if (r.top() > area.bottom())
            break;
        if (r.bottom() >= area.top() && block.isVisible())
            blocks.append({block, r});
    }
    if (blocks.isEmpty())
        return segments;
    const qint64 rangeStart = blocks.constFirst().block.position();
    const qint64 rangeEnd = blocks.constLast().block.position() + blocks.constLast().block.length();

    qsizetype firstBlock = 0;
    for (qsizetype i = firstReaching(rangeStart); i < m_highlights.size(); ++i) {
        const Highlight &h = m_highlights[i];
        if (h.start >= rangeEnd)
            break;
        if (h.end <= rangeStart)
            continue;
        // Starts only grow, so blocks ending before this start are done for good.
        while (firstBlock < blocks.size() &&
               blocks[firstBlock].block.position() + blocks[firstBlock].block.length() <= h.start)
            ++firstBlock;
        for (qsizetype b = firstBlock; b < blocks.size(); ++b) {
            const QTextBlock &block = blocks[b].block;
            const qint64 blockStart = block.position();
            if (blockStart >= h.end)
                break;
            const QTextLayout *layout = block.layout();
            for (int l = 0; l < layout->lineCount(); ++l) {
                const QTextLine line = layout->lineAt(l);
                const qint64 lineStart = blockStart + line.textStart();
                const qint64 lineEnd = lineStart + line.textLength();
                const qint64 s = std::max(h.start, lineStart);
                const qint64 e = std::min(h.end, lineEnd);
                if (s >= e)
                    continue;
                qreal x1 = line.cursorToX(int(s - blockStart));
                qreal x2 = line.cursorToX(int(e - blockStart));
                if (x2 < x1)
                    std::swap(x1, x2); // right-to-left runs
                const QRectF r(blocks[b].rect.left() + x1, blocks[b].rect.top() + line.y(), x2 - x1,
                               line.height());
                if (r.bottom() >= area.top() && r.top() <= area.bottom())
                    segments.append({r, &h});
            }
        }
    }
    return segments;
}

void ArticleView::paintEvent(QPaintEvent *event)
{
    const QList<Segment> segments = visibleSegments(event->rect());
    const bool dark = palette().color(QPalette::Base).lightness() < 128;
    {
        // Fills first, under the text.
        QPainter painter(viewport());
        // Opaque tints mixed here: solid fills are several times cheaper than blending.
        // Where claims overlap, the text they share gets a deeper tint of the later claim,
        // and each claim keeps its own underline or overline.
        const QColor base = palette().color(QPalette::Base);
        const qreal strength = dark ? 0.43 : 0.27;
        auto mix = [&base](const QColor &c, qreal amount) {
            return QColor::fromRgbF(base.redF() + (c.redF() - base.redF()) * amount,
                                    base.greenF() + (c.greenF() - base.greenF()) * amount,
                                    base.blueF() + (c.blueF() - base.blueF()) * amount);
        };
        QRgb lastScope = 0;
        QColor tint;
        for (const Segment &s : segments) {
            const Highlight &h = *s.highlight;
            if (h.fill.isValid() && !h.draft) {
                if (h.fill.rgb() != lastScope || !tint.isValid()) {
                    lastScope = h.fill.rgb();
                    tint = mix(h.fill, strength);
                }
                painter.fillRect(s.rect, tint);
            }
        }
        // Shared text: where a piece meets an earlier claim's piece on the same line.
        for (qsizetype i = 0; i < segments.size(); ++i) {
            const Segment &later = segments[i];
            if (later.highlight->lane == 0 || !later.highlight->fill.isValid())
                continue;
            for (qsizetype j = 0; j < i; ++j) {
                const QRectF shared = segments[j].rect.intersected(later.rect);
                if (!shared.isEmpty() && segments[j].highlight != later.highlight)
                    painter.fillRect(shared, mix(later.highlight->fill, 2 * strength));
            }
        }
    }
    QPlainTextEdit::paintEvent(event);

    QPainter painter(viewport());
    // Straight, pixel-aligned strokes: antialiased dashes cost the raster engine dearly.
    painter.setRenderHint(QPainter::Antialiasing, false);
    const QColor ink = palette().color(QPalette::Text);
    QColor draftInk = ink;
    draftInk.setAlpha(150);
    qint64 counted = -1;
    int painted = 0;
    for (const Segment &s : segments) {
        const Highlight &h = *s.highlight;
        if (h.claimId != counted) {
            counted = h.claimId;
            ++painted;
        }
        // The first lane underlines; the others overline from the top of the line down, so
        // no mark runs through the letters.
        const qreal y = h.lane == 0 ? std::floor(s.rect.bottom()) - 1
                                    : std::floor(s.rect.top()) + 1 + 4 * (h.lane - 1);
        if (h.draft) {
            // Drafts: a dashed box, no fill, whatever grades they already carry.
            dashedFrame(painter, s.rect.toAlignedRect(), draftInk, 4, 2);
        }
        QColor lineColour = h.fill.isValid() ? h.fill.darker(dark ? 60 : 150) : ink;
        if (dark && h.fill.isValid())
            lineColour = h.fill.lighter(140);
        switch (h.mark) {
        case LevelMark::None:
            continue;
        case LevelMark::Thick:
            painter.fillRect(underline(s.rect, y, 3), lineColour);
            continue;
        case LevelMark::Solid:
            painter.fillRect(underline(s.rect, y, 2), lineColour);
            continue;
        case LevelMark::Dashed:
            painter.fillRect(underline(s.rect, y, 2), dashBrush(lineColour, 8, 4, Qt::Horizontal));
            continue;
        case LevelMark::Dotted:
            painter.fillRect(underline(s.rect, y, 2), dashBrush(lineColour, 2, 4, Qt::Horizontal));
            continue;
        case LevelMark::Wavy: {
            // Two pixels high, kept inside the line box: above y when underlining.
            const qreal low = h.lane == 0 ? y : y + 2;
            QPainterPath wave;
            wave.moveTo(s.rect.left(), low);
            bool up = true;
            for (qreal x = s.rect.left() + 3; x <= s.rect.right(); x += 3, up = !up)
                wave.lineTo(x, up ? low - 2 : low);
            painter.setPen(QPen(lineColour, 1));
            painter.setBrush(Qt::NoBrush);
            painter.drawPath(wave);
            continue;
        }
        }
    }
    // The selected claim: a solid frame around each of its pieces.
    for (const Segment &s : segments) {
        if (s.highlight->claimId == m_selectedClaim && m_selectedClaim != 0) {
            painter.setPen(QPen(palette().color(QPalette::Highlight), 2.0));
            painter.setBrush(Qt::NoBrush);
            painter.drawRect(s.rect.toAlignedRect().adjusted(-1, -1, 0, 0));
        }
    }
    paintSuggestions(painter, event->rect());
    m_lastPaintedCount = painted;
    emit this->painted();
}

bool ArticleView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip && (m_describe || m_describeSuggestion)) {
        const auto *help = static_cast<QHelpEvent *>(event);
        const qint64 position = cursorForPosition(help->pos()).position();
        const qint64 claim = m_describe ? claimAt(position) : 0;
        QString text = claim ? m_describe(claim) : QString();
        if (text.isEmpty() && m_describeSuggestion) {
            if (const qsizetype i = suggestionAt(position); i >= 0)
                text = m_describeSuggestion(m_suggestions.at(i));
        }
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, viewport());
        return true;
    }
    return QPlainTextEdit::viewportEvent(event);
}

void ArticleView::mousePressEvent(QMouseEvent *event)
{
    m_pressPos = event->position().toPoint();
    QPlainTextEdit::mousePressEvent(event);
}

void ArticleView::mouseReleaseEvent(QMouseEvent *event)
{
    QPlainTextEdit::mouseReleaseEvent(event);
    if (event->button() != Qt::LeftButton ||
        (event->position().toPoint() - m_pressPos).manhattanLength() > 3 ||
        textCursor().hasSelection())
        return;
    const qint64 position = cursorForPosition(event->position().toPoint()).position();
    if (const qint64 claim = claimAt(position)) {
        emit claimClicked(claim);
    } else if (const qsizetype i = suggestionAt(position); i >= 0) {
        const SuggestionMark mark = m_suggestions.at(i);
        emit suggestionClicked(mark.start, mark.end);
    }
}

void ArticleView::contextMenuEvent(QContextMenuEvent *event)
{
    const qsizetype i = suggestionAt(cursorForPosition(event->pos()).position());
    if (i < 0 || m_suggestionActions.isEmpty()) {
        QPlainTextEdit::contextMenuEvent(event);
        return;
    }
    const SuggestionMark mark = m_suggestions.at(i);
    emit suggestionClicked(mark.start, mark.end); // the actions work on the current one
    std::unique_ptr<QMenu> menu(createStandardContextMenu(event->pos()));
    QAction *first = menu->actions().isEmpty() ? nullptr : menu->actions().constFirst();
    menu->insertActions(first, m_suggestionActions);
    menu->insertSeparator(first);
    menu->setObjectName(QStringLiteral("suggestionMenu"));
    menu->exec(event->globalPos());
}

void ArticleView::setSuggestionMarks(QList<SuggestionMark> marks)
{
    std::sort(marks.begin(), marks.end(), [](const SuggestionMark &a, const SuggestionMark &b) {
        return a.start != b.start ? a.start < b.start : a.end > b.end;
    });
    m_suggestionMaxEnd.resize(marks.size());
    qint64 maxEnd = 0;
    for (qsizetype i = 0; i < marks.size(); ++i) {
        maxEnd = std::max(maxEnd, marks[i].end);
        m_suggestionMaxEnd[i] = maxEnd;
    }
    m_suggestions = std::move(marks);
    viewport()->update();
}

void ArticleView::setCurrentSuggestion(qint64 start, qint64 end)
{
    if (m_currentSuggestion.start == start && m_currentSuggestion.end == end)
        return;
    m_currentSuggestion = {start, end};
    viewport()->update();
}

qsizetype ArticleView::suggestionAt(qint64 position) const
{
    qsizetype best = -1;
    const qsizetype first =
        std::upper_bound(m_suggestionMaxEnd.begin(), m_suggestionMaxEnd.end(), position) -
        m_suggestionMaxEnd.begin();
    for (qsizetype i = first; i < m_suggestions.size(); ++i) {
        const SuggestionMark &m = m_suggestions[i];
        if (m.start > position)
            break;
        if (m.end > position &&
            (best < 0 || m.end - m.start < m_suggestions[best].end - m_suggestions[best].start))
            best = i;
    }
    return best;
}

void ArticleView::paintSuggestions(QPainter &painter, const QRect &area)
{
    m_lastPaintedSuggestions = 0;
    if (m_suggestions.isEmpty())
        return;
    const QPointF offset = contentOffset();
    QColor grey = palette().color(QPalette::Text);
    grey.setAlpha(120);
    const QColor currentColour = palette().color(QPalette::Highlight);
    qsizetype i = std::upper_bound(m_suggestionMaxEnd.begin(), m_suggestionMaxEnd.end(),
                                   qint64(firstVisibleBlock().position())) -
                  m_suggestionMaxEnd.begin();
    // Blocks are walked once: suggestions come by start, so a block left behind stays behind.
    QTextBlock block = firstVisibleBlock();
    for (; i < m_suggestions.size() && block.isValid(); ++i) {
        const SuggestionMark &m = m_suggestions[i];
        while (block.isValid() && block.position() + block.length() <= m.start)
            block = block.next();
        bool marked = false; // the margin marker goes beside the first visible line only
        for (QTextBlock b = block; b.isValid() && b.position() < m.end; b = b.next()) {
            const QRectF blockRect = blockBoundingGeometry(b).translated(offset);
            if (blockRect.top() > area.bottom())
                return;
            if (blockRect.bottom() < area.top() || !b.isVisible())
                continue;
            const QTextLayout *layout = b.layout();
            for (int l = 0; l < layout->lineCount(); ++l) {
                const QTextLine line = layout->lineAt(l);
                const qint64 lineStart = b.position() + line.textStart();
                const qint64 s = std::max(m.start, lineStart);
                const qint64 e = std::min(m.end, lineStart + line.textLength());
                if (s >= e)
                    continue;
                qreal x1 = line.cursorToX(int(s - b.position()));
                qreal x2 = line.cursorToX(int(e - b.position()));
                if (x2 < x1)
                    std::swap(x1, x2);
                const QRectF r(blockRect.left() + x1, blockRect.top() + line.y(), x2 - x1,
                               line.height());
                if (r.bottom() < area.top() || r.top() > area.bottom())
                    continue;
                const bool isCurrent =
                    m.start == m_currentSuggestion.start && m.end == m_currentSuggestion.end;
                // Dotted, one pixel outside a draft's dashed box, so both stay visible; the
                // current one twice over in the selection colour.
                const QRect frame = r.toAlignedRect().adjusted(-2, -1, 2, 1);
                dashedFrame(painter, frame, isCurrent ? currentColour : grey, 1, 2);
                if (isCurrent)
                    dashedFrame(painter, frame.adjusted(1, 1, -1, -1), currentColour, 1, 2);
                if (!marked) {
                    // A small open diamond in the left margin: findable while scrolling.
                    const qreal cy = r.center().y();
                    const qreal cx = 6;
                    const QPointF diamond[] = {
                        {cx, cy - 4}, {cx + 4, cy}, {cx, cy + 4}, {cx - 4, cy}};
                    painter.setPen(QPen(isCurrent ? currentColour : grey, 1));
                    painter.drawPolygon(diamond, 4);
                    marked = true;
                }
                ++m_lastPaintedSuggestions;
            }
        }
    }
}

} // namespace crible::ui
