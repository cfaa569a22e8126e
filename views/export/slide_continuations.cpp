// How a slide shows the arrows it cuts: each arrow drawn to the torn edge and ending there in
// a dot of its sender's colour, the edge drawn as a dashed tear, and one tag per torn edge
// ("continues on slide 8 ↓", "from slide 7 ↑") where it covers no words. One tag per edge,
// not one per arrow: a busy exchange has four or five arrows in flight at any moment, and
// a tag each piled them onto each other and onto the labels.
#include "export/diagram_export.h"

#include "common/host_palette.h"
#include "sequence/sequence_painter.h"

#include <QPolygonF>

#include <QFontMetricsF>
#include <QPainter>
#include <algorithm>
#include <cmath>
#include <limits>
#include <tuple>

namespace tcplab {

namespace {
constexpr double tagPadding = 4;
constexpr double markerRadius = 3.5;
// The arrowhead that ends a timer bracket going on past a slide's edge.
constexpr double timerArrowLength = 6;
constexpr double timerArrowHalfWidth = 3.5;
// Where a tag may go: up to this many half-tag-heights in from its edge, every this many
// diagram units across.
constexpr int tagRowsInward = 6;
constexpr double tagColumnStep = 16;

// Whether two convex polygons share more than an edge (the separating axis test: the
// labels are rotated boxes, the texts and tags upright ones; QPolygonF::intersects goes
// through QPainterPath and costs a hundred times as much).
bool convexOverlap(const QPolygonF &a, const QPolygonF &b)
{
    auto separated = [](const QPolygonF &edges, const QPolygonF &other, const QPolygonF &self) {
        for (qsizetype i = 0; i < edges.size(); ++i) {
            const QPointF p = edges[i];
            const QPointF q = edges[(i + 1) % edges.size()];
            const QPointF normal(q.y() - p.y(), p.x() - q.x());
            if (normal.isNull())
                continue;
            auto range = [&normal](const QPolygonF &poly) {
                double lo = std::numeric_limits<double>::max();
                double hi = std::numeric_limits<double>::lowest();
                for (const QPointF &v : poly) {
                    const double d = QPointF::dotProduct(v, normal);
                    lo = std::min(lo, d);
                    hi = std::max(hi, d);
                }
                return std::make_pair(lo, hi);
            };
            const auto [lo1, hi1] = range(self);
            const auto [lo2, hi2] = range(other);
            if (hi1 <= lo2 || hi2 <= lo1)
                return true;
        }
        return false;
    };
    if (a.size() < 3 || b.size() < 3)
        return false;
    return !separated(a, b, a) && !separated(b, a, b);
}

bool lineCrossesRect(const QLineF &line, const QRectF &r)
{
    // Liang–Barsky: clip the segment to the rectangle; it crosses if anything is left.
    double t0 = 0, t1 = 1;
    const double dx = line.dx(), dy = line.dy();
    const double p[4] = {-dx, dx, -dy, dy};
    const double q[4] = {line.x1() - r.left(), r.right() - line.x1(), line.y1() - r.top(), r.bottom() - line.y1()};
    for (int i = 0; i < 4; ++i) {
        if (p[i] == 0) {
            if (q[i] < 0)
                return false;
            continue;
        }
        const double t = q[i] / p[i];
        if (p[i] < 0)
            t0 = std::max(t0, t);
        else
            t1 = std::min(t1, t);
        if (t0 > t1)
            return false;
    }
    return true;
}

// What lies on a slide that a tag must keep clear of: words (never covered where any other
// place is free) and lines (covered as little as may be).
struct SlideObstacles {
    QList<QPolygonF> words;
    QList<QRectF> wordBounds;
    QList<QLineF> lines;
    QList<QRectF> bands; // lifeline state bands: lines too, only wide

    void addWords(const QPolygonF &shape)
    {
        if (shape.isEmpty())
            return;
        words.append(shape);
        wordBounds.append(shape.boundingRect());
    }
    void addWords(const QRectF &rect)
    {
        if (!rect.isEmpty())
            addWords(QPolygonF(rect));
    }
    qsizetype wordsCovered(const QRectF &box) const
    {
        // Half a unit around the box counts: a tag does not even touch a word.
        const QRectF margin = box.adjusted(-0.5, -0.5, 0.5, 0.5);
        QPolygonF shape; // made only when some word's bounds meet the box: most do not
        qsizetype n = 0;
        for (qsizetype i = 0; i < words.size(); ++i) {
            if (!wordBounds[i].intersects(margin))
                continue;
            if (shape.isEmpty())
                shape = QPolygonF(margin);
            if (convexOverlap(words[i], shape))
                ++n;
        }
        return n;
    }
    qsizetype linesCrossed(const QRectF &box) const
    {
        qsizetype n = std::count_if(lines.cbegin(), lines.cend(), [&box](const QLineF &l) { return lineCrossesRect(l, box); });
        n += std::count_if(bands.cbegin(), bands.cend(), [&box](const QRectF &b) { return b.intersects(box); });
        return n;
    }
};
} // namespace

QList<DiagramExporter::Continuation> DiagramExporter::slideContinuations(int index) const
{
    QList<Continuation> marks;
    if (index < 0 || index >= slideCount())
        return marks;
    const SlidePage &page = m_slides.pages[index];
    const SequenceLayout &layout = slideLayout(index);
    auto crossing = [&](double edge, Qt::Edge side, int other) {
        // A step of a step series shows the run up to its moment: an arrow meets the edge
        // only once it has got that far.
        if (layout.axis.yToTime(edge) > m_options.playhead)
            return;
        for (int i : layout.arrowIndex.query(edge, edge)) {
            const ArrowGeometry &a = layout.arrows[i];
            // The line as drawn: to the cross of a dropped segment (its dotted rest
            // stays on the slide of the drop).
            const double top = std::min(a.p1.y(), a.end.y());
            const double bottom = std::max(a.p1.y(), a.end.y());
            if (!(top < edge && bottom > edge) || !slideShowsArrow(index, a))
                continue;
            const double f = (edge - a.p1.y()) / (a.end.y() - a.p1.y());
            marks.append({a.segmentId, QPointF(a.p1.x() + f * (a.end.x() - a.p1.x()), edge), side, other});
        }
    };
    if (page.cutAbove)
        crossing(page.y0, Qt::TopEdge, index - 1);
    if (page.cutBelow)
        crossing(page.y1, Qt::BottomEdge, index + 1);
    return marks;
}

QList<DiagramExporter::TimerContinuation> DiagramExporter::slideTimerContinuations(int index) const
{
    QList<TimerContinuation> marks;
    if (index < 0 || index >= slideCount())
        return marks;
    const SlidePage &page = m_slides.pages[index];
    const SequenceLayout &layout = slideLayout(index);
    // Half a row of slack: a bracket that ends on the slide's edge row does not go on.
    constexpr double slack = 0.5;
    // (A step of a step series: only what has happened by its moment.)
    const SimTime playhead = m_options.playhead;
    for (int i : layout.timerIndex.query(page.y0, page.y1)) {
        const TimerBracketGeometry &t = layout.timers[i];
        if (t.y1 <= page.y0 + slack || t.y0 >= page.y1 - slack || t.setAt > playhead)
            continue; // only its text reaches onto this slide, or it is not set yet
        if (index > 0 && t.y0 < page.y0 - slack)
            marks.append({i, QPointF(t.x, page.y0), Qt::TopEdge});
        if (index + 1 < slideCount() && t.y1 > page.y1 + slack && layout.axis.yToTime(page.y1) <= playhead)
            marks.append({i, QPointF(t.x, page.y1), Qt::BottomEdge});
    }
    return marks;
}

QFont DiagramExporter::continuationTagFont(int index) const
{
    return sequenceAnnotationFont(slideLayout(index).options.font);
}

QList<DiagramExporter::ContinuationTag> DiagramExporter::slideContinuationTags(int index) const
{
    return continuationTags(index, slideContinuations(index));
}

QList<DiagramExporter::ContinuationTag> DiagramExporter::continuationTags(int index, const QList<Continuation> &marks) const
{
    QList<ContinuationTag> tags;
    if (marks.isEmpty())
        return tags;
    const SequenceLayout &layout = slideLayout(index);
    const SlidePage &page = m_slides.pages[index];
    const QFontMetricsF fm(continuationTagFont(index));
    const double height = fm.height() + 2 * tagPadding;

    // What a tag may cover lies in the rows a tag may take at a torn edge (the indexes
    // know each arrow's rows with its label's, each band's and timer's with their texts):
    // the rest of a busy slide is not looked at.
    const double reach = height * (1 + tagRowsInward / 2.0) + 1;
    QList<std::pair<double, double>> rows;
    for (const Qt::Edge edge : {Qt::TopEdge, Qt::BottomEdge}) {
        if (std::any_of(marks.cbegin(), marks.cend(), [edge](const Continuation &m) { return m.edge == edge; }))
            rows.append(edge == Qt::TopEdge ? std::pair{page.y0, std::min(page.y1, page.y0 + reach)}
                                            : std::pair{std::max(page.y0, page.y1 - reach), page.y1});
    }
    if (rows.size() == 2 && rows[0].second >= rows[1].first)
        rows = {{page.y0, page.y1}};
    auto near = [&rows](const YRangeIndex &index) {
        QList<int> found;
        for (const auto &[y0, y1] : std::as_const(rows))
            found.append(index.query(y0, y1));
        std::sort(found.begin(), found.end());
        found.erase(std::unique(found.begin(), found.end()), found.end());
        return found;
    };
    SlideObstacles obstacles;
    for (int i : near(layout.arrowIndex)) {
        const ArrowGeometry &a = layout.arrows[i];
        if (!slideShowsArrow(index, a))
            continue;
        obstacles.addWords(a.labelPolygon());
        obstacles.lines.append(QLineF(a.p1, a.end));
    }
    for (int i : near(layout.bandIndex)) {
        obstacles.addWords(layout.stateBands[i].textRect);
        obstacles.bands.append(layout.stateBands[i].rect);
    }
    for (int i : near(layout.timerIndex)) {
        const TimerBracketGeometry &t = layout.timers[i];
        obstacles.addWords(t.textRect);
        obstacles.lines.append(QLineF(t.x, t.y0, t.x, t.y1));
    }
    for (const BreakGeometry &b : layout.breaks)
        obstacles.addWords(b.textRect);
    for (const FloodGeometry &f : layout.floods)
        obstacles.addWords(f.textRect);
    for (const SynQueueGeometry &q : layout.synQueues) {
        for (const SynQueueGeometry::Mark &m : q.marks)
            obstacles.addWords(m.textRect);
    }
    // The dots where the arrows leave the slide stay in sight.
    for (const Continuation &mark : marks) {
        obstacles.addWords(QRectF(mark.at - QPointF(markerRadius + 2, markerRadius + 2),
                                  QSizeF(2 * markerRadius + 4, 2 * markerRadius + 4)));
    }

    // Across the diagram right of the time axis' ticks; centred on the lifelines by choice.
    const double left = layout.timeAxisWidth + tagPadding;
    const double right = layout.size.width() - tagPadding;
    const double middle = layout.lifelines.isEmpty()
                              ? (left + right) / 2
                              : (layout.lifelines.first().x + layout.lifelines.last().x) / 2;
    for (const Qt::Edge edge : {Qt::TopEdge, Qt::BottomEdge}) {
        const auto other = std::find_if(marks.cbegin(), marks.cend(), [edge](const Continuation &m) { return m.edge == edge; });
        if (other == marks.cend())
            continue;
        const bool bottom = edge == Qt::BottomEdge;
        const QString text = bottom ? tr("continues on slide %1 ↓").arg(other->otherSlide + 1)
                                    : tr("from slide %1 ↑").arg(other->otherSlide + 1);
        const double width = std::min(fm.horizontalAdvance(text) + 2 * tagPadding, right - left);
        const double edgeTop = bottom ? page.y1 - height - 1 : page.y0 + 1;
        // The place covering the fewest words, then crossing the fewest lines, then nearest
        // the edge, then nearest the middle.
        using Cost = std::tuple<qsizetype, qsizetype, int, double>;
        Cost best{std::numeric_limits<qsizetype>::max(), 0, 0, 0};
        QRectF bestBox;
        const int columns = std::max(1, int((right - left - width) / tagColumnStep) + 1);
        for (int row = 0; row <= tagRowsInward; ++row) {
            const double top = edgeTop + (bottom ? -1 : 1) * row * height / 2;
            if (top < page.y0 || top + height > page.y1)
                break;
            for (int column = 0; column < columns; ++column) {
                const double x = std::clamp(left + column * tagColumnStep, left, right - width);
                const QRectF box(x, top, width, height);
                const qsizetype words = obstacles.wordsCovered(box);
                if (words > std::get<0>(best))
                    continue; // worse whatever else it does
                const Cost cost{words, obstacles.linesCrossed(box), row, std::abs(box.center().x() - middle)};
                if (cost < best) {
                    best = cost;
                    bestBox = box;
                }
            }
        }
        if (bestBox.isNull())
            continue; // a slide too short for a tag: the dots and the tear still say it
        obstacles.addWords(bestBox);
        tags.append({bestBox, text, edge});
    }
    return tags;
}

void DiagramExporter::paintContinuations(QPainter *p, int index) const
{
    const QList<Continuation> marks = slideContinuations(index);
    const QList<TimerContinuation> timerMarks = slideTimerContinuations(index);
    if (marks.isEmpty() && timerMarks.isEmpty())
        return;
    const SequenceLayout &layout = slideLayout(index);
    const SlidePage &page = m_slides.pages[index];
    p->save();
    p->translate(0, layout.headerHeight - page.y0);
    // A timer bracket going on past the edge: an arrowhead on its line, its tip at the edge.
    p->setPen(Qt::NoPen);
    for (const TimerContinuation &mark : timerMarks) {
        const double inward = mark.edge == Qt::TopEdge ? 1 : -1;
        const QPointF tip = mark.at;
        p->setBrush(HostPalette::timerColor(layout.timers[mark.timer].kind));
        const QPointF base = tip + QPointF(0, inward * timerArrowLength);
        const QPointF polygon[] = {tip, base + QPointF(timerArrowHalfWidth, 0), base - QPointF(timerArrowHalfWidth, 0)};
        p->drawPolygon(polygon, 3);
    }
    if (marks.isEmpty()) {
        p->restore();
        return;
    }
    // The tear: a dashed line across the diagram at each cut edge, just inside the slide.
    QPen tear(HostPalette::gridText(), 1, Qt::DashLine);
    p->setPen(tear);
    for (const Qt::Edge edge : {Qt::TopEdge, Qt::BottomEdge}) {
        if (std::none_of(marks.cbegin(), marks.cend(), [edge](const Continuation &m) { return m.edge == edge; }))
            continue;
        const double y = edge == Qt::BottomEdge ? page.y1 - 0.5 : page.y0 + 0.5;
        p->drawLine(QPointF(layout.timeAxisWidth, y), QPointF(layout.size.width(), y));
    }
    // A dot where each arrow leaves the slide, in its sender's colour.
    p->setPen(Qt::NoPen);
    for (const Continuation &mark : marks) {
        const ArrowGeometry *arrow = layout.arrowForSegment(mark.segmentId);
        p->setBrush(arrow ? HostPalette::hostColor(arrow->fromLane) : HostPalette::gridText());
        const double y = std::clamp(mark.at.y(), page.y0 + markerRadius, page.y1 - markerRadius);
        SequencePainter::drawDot(p, QPointF(mark.at.x(), y), markerRadius);
    }
    p->setFont(continuationTagFont(index));
    for (const ContinuationTag &tag : continuationTags(index, marks)) {
        SequencePainter::drawFramedBox(p, tag.box, 3, HostPalette::gridText(), 1.2, Qt::white, Qt::white);
        p->setPen(HostPalette::gridText());
        p->setBrush(Qt::NoBrush);
        p->drawText(tag.box, Qt::AlignCenter, tag.text);
    }
    p->restore();
}

} // namespace tcplab
