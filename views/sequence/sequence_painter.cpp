#include "sequence/sequence_painter.h"

#include "common/diagram_theme.h"
#include "common/host_palette.h"
#include "sequence/label_image_cache.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QMap>
#include <QPaintEngine>
#include <QPainterPath>
#include <array>
#include <cmath>
#include <QScopeGuard>
#include <QtMath>
#include <algorithm>
#include <cmath>

namespace tcplab {

namespace {

constexpr double headLength = 10;
constexpr double headHalfWidth = 4.5;

QColor laneColor(const SequenceLayout &layout, int lane)
{
    if (lane >= 0 && lane < layout.lifelines.size() && layout.lifelines[lane].attacker)
        return HostPalette::attackerColor();
    if (lane >= 0 && lane < layout.lifelines.size() && layout.lifelines[lane].unknownAddresses)
        return QColor(0x70, 0x70, 0x70);
    return HostPalette::hostColor(lane);
}

// The y of the playhead, or +infinity when there is none.
double playheadY(const SequenceLayout &layout, const SequencePaintState &state)
{
    return state.hasPlayhead() ? layout.axis.timeToY(state.playhead) : 1e300;
}

// The blanked fields of one text of the diagram: an arrow's label line, a state's name or
// a timer's text. Empty unless the layout was made for a worksheet.
QList<const BlankField *> blanksOf(const SequenceLayout &L, bool onArrow, BlankField::Kind kind, int item,
                                   int line = 0)
{
    QList<const BlankField *> found;
    for (const BlankField &f : L.blanks) {
        const bool sameKind = onArrow ? f.isOnArrow() : f.kind == kind;
        if (sameKind && f.item == item && f.line == line)
            found.append(&f);
    }
    std::sort(found.begin(), found.end(), [](const BlankField *a, const BlankField *b) { return a->start < b->start; });
    return found;
}

// Draws `text` centred in `rect` as drawText(rect, Qt::AlignCenter, text) would, except
// that each blanked field is its number and a line to write on ("seq=①____"). Every
// character that is drawn stays where the full text has it, so the layout measured for the
// full text fits the blanked one.
void drawTextWithBlanks(QPainter *p, const QRectF &rect, const QString &text,
                        const QList<const BlankField *> &fields)
{
    if (fields.isEmpty()) {
        p->drawText(rect, Qt::AlignCenter, text);
        return;
    }
    const QFontMetricsF fm(p->font());
    // The number in bold, so a student finds ⑫ on the page when the key names it.
    QFont numberFont = p->font();
    numberFont.setBold(true);
    const QFontMetricsF nfm(numberFont);
    const double left = rect.center().x() - fm.horizontalAdvance(text) / 2;
    const double baseline = rect.center().y() + (fm.ascent() - fm.descent()) / 2;
    auto xAt = [&](int index) { return left + fm.horizontalAdvance(text.left(index)); };
    int pos = 0;
    for (const BlankField *f : fields) {
        if (f->start > pos)
            p->drawText(QPointF(xAt(pos), baseline), text.mid(pos, f->start - pos));
        const double x0 = xAt(f->start);
        const double x1 = xAt(f->start + f->length);
        const QString number = blankNumberText(f->number);
        const QFont font = p->font();
        p->setFont(numberFont);
        p->drawText(QPointF(x0, baseline), number);
        p->setFont(font);
        const double lineStart = x0 + nfm.horizontalAdvance(number) + 1;
        const QPen pen = p->pen();
        p->setPen(QPen(pen.color(), 0.8));
        p->drawLine(QPointF(lineStart, baseline + 1.5), QPointF(std::max(x1, lineStart + 8), baseline + 1.5));
        p->setPen(pen);
        pos = f->start + f->length;
    }
    if (pos < text.size())
        p->drawText(QPointF(xAt(pos), baseline), text.mid(pos));
}

void paintZigzag(QPainter *p, double x0, double x1, double y)
{
    QPainterPath path(QPointF(x0, y));
    bool up = true;
    for (double x = x0 + 6; x <= x1; x += 6) {
        path.lineTo(x, y + (up ? -3 : 3));
        up = !up;
    }
    p->drawPath(path);
}

void paintBreaks(QPainter *p, const SequenceLayout &L, const QRectF &visible, const DiagramTheme &T)
{
    for (const BreakGeometry &b : L.breaks) {
        if (b.y1 < visible.top() || b.y0 > visible.bottom())
            continue;
        const QRectF band(visible.left(), b.y0, visible.width(), b.y1 - b.y0);
        p->fillRect(band, T.breakFill);
        p->setPen(QPen(T.breakLine, 1));
        paintZigzag(p, visible.left(), visible.right(), b.y0 + 3);
        paintZigzag(p, visible.left(), visible.right(), b.y1 - 3);
    }
}

void paintBreakTexts(QPainter *p, const SequenceLayout &L, const QRectF &visible, const DiagramTheme &T)
{
    p->setFont(sequenceAnnotationFont(L.options.font));
    for (const BreakGeometry &b : L.breaks) {
        if (b.y1 < visible.top() || b.y0 > visible.bottom())
            continue;
        p->setPen(Qt::NoPen);
        p->setBrush(T.textBackground);
        p->drawRoundedRect(b.textRect, 4, 4);
        p->setPen(T.breakText);
        p->drawText(b.textRect, Qt::AlignCenter, b.text);
    }
    p->setBrush(Qt::NoBrush);
}

void paintTimeAxis(QPainter *p, const SequenceLayout &L, const QRectF &visible, const DiagramTheme &T)
{
    // Axis-aligned lines on pixel centres are crisp without antialiasing, and far cheaper.
    p->setRenderHint(QPainter::Antialiasing, false);
    p->setFont(sequenceAnnotationFont(L.options.font));
    const QFontMetricsF fm(p->font());
    const double right = L.timeAxisWidth - 4;
    QList<QLineF> grid;
    QList<QLineF> ticks;
    p->setPen(QPen(T.gridText, 1));
    for (const AxisTick &tick : L.ticks(visible.top() - 20, visible.bottom() + 20)) {
        const double y = std::round(tick.y) + 0.5;
        grid << QLineF(QPointF(right, y), QPointF(L.size.width(), y));
        ticks << QLineF(QPointF(right - 4, y), QPointF(right, y));
        const QRectF textRect(0, y - fm.height() / 2, right - 6, fm.height());
        // Not clipped to the rectangle: a text longer than the layout measured (a slide's
        // finer ticks: "2 h 11 min 15.35 s") reaches left into the room beside the diagram
        // rather than losing its first letters (and an unclipped text costs no clip
        // region of its own).
        p->drawText(textRect, Qt::AlignRight | Qt::AlignVCenter | Qt::TextDontClip, tick.text);
    }
    p->drawLines(ticks);
    p->setPen(QPen(T.gridLine, 1));
    p->drawLines(grid);
    p->setPen(QPen(T.axisLine, 1));
    const double x = std::round(right) + 0.5;
    p->drawLine(QPointF(x, std::max(visible.top(), L.axis.top())),
                QPointF(x, std::min(visible.bottom(), L.axis.bottom())));
    p->setRenderHint(QPainter::Antialiasing, true);
}

// A flood summarised: a translucent band in the attackers' colour from their lifeline to
// the target's, as wide in time as the flood lasts. Expanded, it stays faintly behind.
void paintFloodBands(QPainter *p, const SequenceLayout &L, const QRectF &visible)
{
    for (const FloodGeometry &f : L.floods) {
        if (!f.band.boundingRect().intersects(visible))
            continue;
        QColor c = HostPalette::attackerColor();
        c.setAlpha(f.expanded ? 14 : 40);
        p->setPen(Qt::NoPen);
        p->setBrush(c);
        p->drawPolygon(f.band);
        c.setAlpha(f.expanded ? 60 : 140);
        p->setPen(QPen(c, 1, Qt::DashLine));
        p->setBrush(Qt::NoBrush);
        p->drawPolygon(f.band);
    }
}

void paintFloodTexts(QPainter *p, const SequenceLayout &L, const QRectF &visible, const DiagramTheme &T)
{
    const QFont font = sequenceAnnotationFont(L.options.font);
    const QFontMetricsF fm(font);
    p->setFont(font);
    for (const FloodGeometry &f : L.floods) {
        if (!f.textRect.intersects(visible))
            continue;
        const QColor c = HostPalette::attackerColor();
        p->setPen(QPen(c, 1));
        p->setBrush(T.stripBackground);
        p->drawRoundedRect(f.textRect, 4, 4);
        p->setPen(c.darker(130));
        double y = f.textRect.top() + 3;
        for (const QString &line : f.textLines) {
            p->drawText(QRectF(f.textRect.left(), y, f.textRect.width(), fm.lineSpacing()), Qt::AlignCenter, line);
            y += fm.lineSpacing();
        }
    }
    p->setBrush(Qt::NoBrush);
}

// The SYN queue of a flooded listener: a filled strip whose width follows the half-open
// entries, and its marks.
void paintSynQueues(QPainter *p, const SequenceLayout &L, const QRectF &visible, const DiagramTheme &T)
{
    p->setFont(sequenceAnnotationFont(L.options.font));
    for (const SynQueueGeometry &q : L.synQueues) {
        if (q.rect.bottom() >= visible.top() && q.rect.top() <= visible.bottom()) {
            const QColor c = HostPalette::stateText(TcpState::SynReceived);
            QColor fill = HostPalette::stateFill(TcpState::SynReceived);
            p->setPen(Qt::NoPen);
            p->setBrush(fill);
            p->drawPolygon(q.shape);
            p->setPen(QPen(c, 1));
            p->setBrush(Qt::NoBrush);
            p->drawPolyline(q.shape);
        }
        for (const SynQueueGeometry::Mark &m : q.marks) {
            if (!m.textRect.intersects(visible))
                continue;
            p->setPen(Qt::NoPen);
            p->setBrush(T.stateTextBackground);
            p->drawRect(m.textRect);
            p->setBrush(Qt::NoBrush);
            p->setPen(HostPalette::stateText(TcpState::SynReceived));
            p->drawText(m.textRect, Qt::AlignCenter, m.text);
        }
    }
}

void paintLifelines(QPainter *p, const SequenceLayout &L, const QRectF &visible, const DiagramTheme &T)
{
    const double y0 = std::max(visible.top(), L.headerHeight);
    const double y1 = std::min(visible.bottom(), L.axis.bottom() + 20);
    if (y1 <= y0)
        return;
    p->setRenderHint(QPainter::Antialiasing, false);
    const auto restoreAntialiasing = qScopeGuard([p] { p->setRenderHint(QPainter::Antialiasing, true); });
    for (const LifelineGeometry &l : L.lifelines) {
        const QColor c = laneColor(L, l.lane);
        double from = y0;
        for (const BreakGeometry &b : L.breaks) {
            if (b.y1 < y0 || b.y0 > y1)
                continue;
            p->setPen(QPen(c, T.lifelineWidth));
            if (b.y0 > from)
                p->drawLine(QPointF(l.x, from), QPointF(l.x, b.y0));
            QPen dotted(c, T.lifelineWidth, Qt::DotLine);
            p->setPen(dotted);
            // From the break's own top even where that is out of view: the dots keep their
            // places whatever part is painted (a scrolled view, a band of a PNG export).
            p->drawLine(QPointF(l.x, b.y0), QPointF(l.x, std::min(y1, b.y1)));
            from = b.y1;
        }
        p->setPen(QPen(c, T.lifelineWidth));
        if (from < y1)
            p->drawLine(QPointF(l.x, from), QPointF(l.x, y1));
    }
}

void paintHeaders(QPainter *p, const SequenceLayout &L, const QRectF &visible, const SequencePaintState &s)
{
    const DiagramTheme &T = s.theme;
    const double dy = s.stickyHeaders ? std::max(0.0, visible.top()) : 0.0;
    if (dy > 0) {
        // A strip keeps the headers readable over what scrolls beneath.
        p->fillRect(QRectF(visible.left(), dy, visible.width(), L.headerHeight + 4), T.stripBackground);
        p->setPen(QPen(T.headerRule, 1));
        p->drawLine(QPointF(visible.left(), dy + L.headerHeight + 4.5), QPointF(visible.right(), dy + L.headerHeight + 4.5));
    }
    const QFont headerFont = sequenceHeaderFont(L.options.font);
    const QFont subFont = sequenceAnnotationFont(L.options.font);
    const QFontMetricsF hfm(headerFont);
    for (const LifelineGeometry &l : L.lifelines) {
        const QRectF r = l.headerRect.translated(0, dy);
        const QColor c = laneColor(L, l.lane);
        SequencePainter::drawFramedBox(p, r, 5, c, 1.5, QColor(c.red(), c.green(), c.blue(), 28),
                                       dy > 0 ? T.stripBackground : T.background);
        p->setFont(headerFont);
        p->setPen(c.darker(130));
        p->drawText(QRectF(r.left(), r.top() + 3, r.width(), hfm.lineSpacing()), Qt::AlignHCenter | Qt::AlignVCenter, l.title);
        if (!l.subtitle.isEmpty()) {
            p->setFont(subFont);
            p->setPen(T.headerSubtitle);
            p->drawText(QRectF(r.left(), r.top() + 3 + hfm.lineSpacing(), r.width(), r.height() - 3 - hfm.lineSpacing()),
                        Qt::AlignHCenter | Qt::AlignTop, l.subtitle);
        }
    }
}

// Paints `draw` with the normal look up to the playhead y and the future look below it.
template<typename Draw>
void paintSplit(QPainter *p, double splitY, const QRectF &visible, const SequencePaintState &s, Draw draw)
{
    if (splitY >= visible.bottom()) {
        draw();
        return;
    }
    if (splitY > visible.top()) {
        p->save();
        p->setClipRect(QRectF(visible.left(), visible.top(), visible.width(), splitY - visible.top()), Qt::IntersectClip);
        draw();
        p->restore();
    }
    if (s.futureMode == FutureMode::Faint) {
        p->save();
        p->setClipRect(QRectF(visible.left(), std::max(splitY, visible.top()), visible.width(),
                              visible.bottom() - std::max(splitY, visible.top())), Qt::IntersectClip);
        p->setOpacity(SequencePainter::futureOpacity(s));
        draw();
        p->restore();
    }
}

void paintStateBands(QPainter *p, const SequenceLayout &L, const QRectF &visible, const SequencePaintState &s)
{
    const QList<int> ids = L.bandIndex.query(visible.top(), visible.bottom());
    if (ids.isEmpty())
        return;
    const double splitY = playheadY(L, s);
    p->setRenderHint(QPainter::Antialiasing, false);
    const auto restoreAntialiasing = qScopeGuard([p] { p->setRenderHint(QPainter::Antialiasing, true); });
    paintSplit(p, splitY, visible, s, [&] {
        p->setPen(Qt::NoPen);
        for (int i : ids) {
            const StateBandGeometry &b = L.stateBands[i];
            p->setBrush(HostPalette::stateFill(b.state));
            p->drawRect(b.rect);
            // A short tick where the state begins.
            p->setBrush(HostPalette::stateText(b.state));
            p->drawRect(QRectF(b.rect.left() - 2, b.rect.top(), b.rect.width() + 4, 1.5));
        }
        p->setBrush(Qt::NoBrush);
    });
    p->setFont(sequenceAnnotationFont(L.options.font));
    for (int i : ids) {
        const StateBandGeometry &b = L.stateBands[i];
        const bool future = b.t0 > s.playhead;
        if (future && s.futureMode == FutureMode::Hidden)
            continue;
        p->setOpacity(future ? SequencePainter::futureOpacity(s) : 1.0);
        p->setPen(Qt::NoPen);
        p->setBrush(s.theme.stateTextBackground);
        p->drawRect(b.textRect);
        p->setBrush(Qt::NoBrush);
        p->setPen(HostPalette::stateText(b.state));
        drawTextWithBlanks(p, b.textRect, b.text, blanksOf(L, false, BlankField::Kind::State, i));
    }
    p->setOpacity(1.0);
}

void paintTimers(QPainter *p, const SequenceLayout &L, const QRectF &visible, const SequencePaintState &s)
{
    const QList<int> ids = L.timerIndex.query(visible.top(), visible.bottom());
    if (ids.isEmpty())
        return;
    const double splitY = playheadY(L, s);
    p->setRenderHint(QPainter::Antialiasing, false);
    const auto restoreAntialiasing = qScopeGuard([p] { p->setRenderHint(QPainter::Antialiasing, true); });
    paintSplit(p, splitY, visible, s, [&] {
        for (int i : ids) {
            const TimerBracketGeometry &t = L.timers[i];
            QPen pen(HostPalette::timerColor(t.kind), 1.5);
            pen.setCapStyle(Qt::FlatCap);
            if (!t.fired)
                pen.setStyle(Qt::DashLine); // cancelled: it never went off
            p->setPen(pen);
            const double tick = 4 * t.tickDirection;
            QPainterPath path(QPointF(t.x + tick, t.y0));
            path.lineTo(t.x, t.y0);
            path.lineTo(t.x, t.y1);
            path.lineTo(t.x + tick, t.y1);
            p->drawPath(path);
        }
    });
    p->setFont(sequenceAnnotationFont(L.options.font));
    for (int i : ids) {
        const TimerBracketGeometry &t = L.timers[i];
        const bool future = t.setAt > s.playhead;
        if (future && s.futureMode == FutureMode::Hidden)
            continue;
        p->setOpacity(future ? SequencePainter::futureOpacity(s) : 1.0);
        p->setPen(HostPalette::timerColor(t.kind));
        drawTextWithBlanks(p, t.textRect, t.text, blanksOf(L, false, BlankField::Kind::Timer, i));
    }
    p->setOpacity(1.0);
}

void paintArrowHead(QPainter *p, QPointF from, QPointF tip, const QColor &c)
{
    QLineF line(from, tip);
    if (line.length() < 1e-6)
        return;
    const QPointF u = (tip - from) / line.length();
    const QPointF n(-u.y(), u.x());
    const QPointF base = tip - u * headLength;
    const QPolygonF head({tip, base + n * headHalfWidth, base - n * headHalfWidth});
    p->setPen(Qt::NoPen);
    p->setBrush(c);
    p->drawPolygon(head);
    p->setBrush(Qt::NoBrush);
}

// The label's box and text, with the box's top left at the origin.
void drawLabelBox(QPainter *p, const SequenceLayout &L, const ArrowGeometry &a, const QColor &c,
                  bool emphasised, const DiagramTheme &T)
{
    const QFont font = sequenceLabelFont(L.options.font);
    const QFont badgeFont = sequenceBadgeFont(L.options.font);
    const QFontMetricsF fm(font);
    const QFontMetricsF bfm(badgeFont);
    const QRectF box(QPointF(0, 0), a.labelSize);
    p->setPen(emphasised ? QPen(T.selection, T.labelSelectionWidth)
                         : QPen(Qt::NoPen));
    p->setBrush(T.labelBackground);
    SequencePainter::drawRoundedBox(p, box.adjusted(0.5, 0.5, -0.5, -0.5), 3);
    p->setBrush(Qt::NoBrush);
    double y = box.top() + 1;
    p->setFont(font);
    p->setPen(c.darker(T.labelTextDarker));
    const int arrow = L.blanks.isEmpty() ? -1 : L.arrowIndexOfSegment.value(a.segmentId, -1);
    const QStringList textLines = a.textLines();
    for (int line = 0; line < textLines.size(); ++line) {
        const QRectF lineRect(box.left(), y, box.width(), fm.lineSpacing());
        drawTextWithBlanks(p, lineRect, textLines[line],
                           arrow < 0 ? QList<const BlankField *>() : blanksOf(L, true, BlankField::Kind::Seq, arrow, line));
        y += fm.lineSpacing();
    }
    if (a.badgeLineCount() > 0) {
        p->setFont(badgeFont);
        p->setPen(a.dropped ? HostPalette::dropColor() : T.badgeText);
        for (const QString &line : a.badgeLines()) {
            p->drawText(QRectF(box.left(), y, box.width(), bfm.lineSpacing()), Qt::AlignHCenter | Qt::AlignVCenter, line);
            y += bfm.lineSpacing();
        }
    }
}

void paintLabel(QPainter *p, const SequenceLayout &L, const ArrowGeometry &a, const QColor &c,
                bool emphasised, LabelImageCache *cache, const DiagramTheme &T)
{
    if (!cache) {
        p->save();
        p->translate(a.labelCenter);
        p->rotate(a.labelAngle);
        p->translate(-a.labelSize.width() / 2, -a.labelSize.height() / 2);
        drawLabelBox(p, L, a, c, emphasised, T);
        p->restore();
        return;
    }
    // The cached image holds the label already rotated, with its text rasterised at that
    // angle (sharper than resampling), so the frame only blits it at a whole pixel.
    const QRectF bounds = a.labelPolygon().boundingRect();
    const quint64 key = (quint64(quint32(a.segmentId)) << 1) | (emphasised ? 1 : 0);
    const QImage *image = cache->find(key);
    if (!image) {
        const qreal dpr = std::max<qreal>(1, p->device()->devicePixelRatioF());
        const QSize pixels(int(std::ceil(bounds.width() * dpr)) + 2, int(std::ceil(bounds.height() * dpr)) + 2);
        QImage img(pixels, QImage::Format_ARGB32_Premultiplied);
        img.setDevicePixelRatio(dpr);
        img.fill(Qt::transparent);
        QPainter ip(&img);
        ip.setRenderHint(QPainter::Antialiasing, true);
        ip.setRenderHint(QPainter::TextAntialiasing, true);
        ip.translate(pixels.width() / dpr / 2, pixels.height() / dpr / 2);
        ip.rotate(a.labelAngle);
        ip.translate(-a.labelSize.width() / 2, -a.labelSize.height() / 2);
        drawLabelBox(&ip, L, a, c, emphasised, T);
        ip.end();
        image = &cache->insert(key, std::move(img));
    }
    const QSizeF size = image->deviceIndependentSize();
    const QPointF topLeft(std::round(a.labelCenter.x() - size.width() / 2),
                          std::round(a.labelCenter.y() - size.height() / 2));
    p->drawImage(topLeft, *image);
}

// Paths of arrow parts grouped by look (lane colour, line style, faint), painted at once.
class ArrowBatches
{
public:
    void line(int lane, int style, bool faint, QPointF a, QPointF b)
    {
        QPainterPath &path = m_lines[key(lane, style, faint)];
        path.moveTo(a);
        path.lineTo(b);
    }
    void ghost(int lane, bool faint, QPointF a, QPointF b)
    {
        QPainterPath &path = m_ghosts[key(lane, 0, faint)];
        path.moveTo(a);
        path.lineTo(b);
    }
    void head(int lane, bool faint, QPointF from, QPointF tip)
    {
        const QLineF line(from, tip);
        if (line.length() < 1e-6)
            return;
        const QPointF u = (tip - from) / line.length();
        const QPointF n(-u.y(), u.x());
        const QPointF base = tip - u * headLength;
        QPainterPath &path = m_heads[key(lane, 0, faint)];
        path.moveTo(tip);
        path.lineTo(base + n * headHalfWidth);
        path.lineTo(base - n * headHalfWidth);
        path.closeSubpath();
    }
    void cross(bool faint, QPointF at)
    {
        QPainterPath &path = faint ? m_faintCrosses : m_crosses;
        const double r = 6;
        path.moveTo(at + QPointF(-r, -r));
        path.lineTo(at + QPointF(r, r));
        path.moveTo(at + QPointF(-r, r));
        path.lineTo(at + QPointF(r, -r));
    }
    void paint(QPainter *p, const SequenceLayout &L, const DiagramTheme &T) const
    {
        // Faint parts use a colour blended with the white background rather than painter
        // opacity: a translucent stroke leaves Qt's fast line drawing (4× slower here).
        auto color = [&](int k) {
            const QColor c = laneColor(L, lane(k));
            return faint(k) ? faded(c, T.futureOpacity) : c;
        };
        for (auto it = m_lines.cbegin(); it != m_lines.cend(); ++it) {
            QPen pen(color(it.key()), T.arrowWidth);
            pen.setCapStyle(Qt::FlatCap);
            if (style(it.key()) == 1)
                pen.setDashPattern({6, 3});
            else if (style(it.key()) == 2)
                pen.setDashPattern({1.5, 2.5});
            p->strokePath(it.value(), pen);
        }
        for (auto it = m_ghosts.cbegin(); it != m_ghosts.cend(); ++it)
            p->strokePath(it.value(), QPen(faded(color(it.key()), 0.5), 1, Qt::DotLine));
        for (auto it = m_heads.cbegin(); it != m_heads.cend(); ++it)
            p->fillPath(it.value(), color(it.key()));
        QPen crossPen(faded(HostPalette::dropColor(), T.futureOpacity), 2.6);
        crossPen.setCapStyle(Qt::RoundCap);
        p->strokePath(m_faintCrosses, crossPen);
        crossPen.setColor(HostPalette::dropColor());
        p->strokePath(m_crosses, crossPen);
    }

    // A colour as it looks at the given opacity over white.
    static QColor faded(const QColor &c, double opacity)
    {
        auto mix = [opacity](int v) { return int(std::lround(v * opacity + 255 * (1 - opacity))); };
        return QColor(mix(c.red()), mix(c.green()), mix(c.blue()));
    }

private:
    static int key(int lane, int style, bool faint) { return (lane << 3) | (style << 1) | (faint ? 1 : 0); }
    static int lane(int key) { return key >> 3; }
    static int style(int key) { return (key >> 1) & 3; }
    static bool faint(int key) { return key & 1; }

    QMap<int, QPainterPath> m_lines;
    QMap<int, QPainterPath> m_ghosts;
    QMap<int, QPainterPath> m_heads;
    QPainterPath m_crosses;
    QPainterPath m_faintCrosses;
};

void paintArrows(QPainter *p, const SequenceLayout &L, const QRectF &visible, const SequencePaintState &s)
{
    QList<int> ids = L.arrowIndex.query(visible.top(), visible.bottom());
    ids.removeIf([&](int i) { return !SequencePainter::showsArrow(s, L.arrows[i]); });
    const bool faint = s.futureMode == FutureMode::Faint;
    // Highlights first, under everything.
    for (int i : ids) {
        const ArrowGeometry &a = L.arrows[i];
        const bool selected = a.segmentId == s.selectedSegment;
        const bool hovered = a.segmentId == s.hoveredSegment;
        if (!selected && !hovered)
            continue;
        QColor hc = s.theme.selection;
        hc.setAlpha(selected ? s.theme.selectionAlpha : s.theme.hoverAlpha);
        QPen pen(hc, selected ? s.theme.selectionWidth : s.theme.hoverWidth);
        pen.setCapStyle(Qt::RoundCap);
        p->setPen(pen);
        p->drawLine(a.p1, a.end);
    }
    // Lines, heads and crosses are batched into one path per look: every separate stroke
    // of a long antialiased line costs a rasterisation (and Qt may hand its spans to
    // worker threads), so 50 strokes cost far more than one path of 50 lines.
    ArrowBatches batches;
    for (int i : ids) {
        const ArrowGeometry &a = L.arrows[i];
        const bool sent = a.sentAt <= s.playhead;
        const bool arrived = a.endsAt <= s.playhead;
        if (!sent && !faint)
            continue;
        const int style = a.retransmission ? 1 : a.duplicate ? 2 : 0;
        if (arrived) {
            batches.line(a.fromLane, style, false, a.p1, a.end);
        } else {
            const QPointF now = sent ? SequencePainter::packetPosition(L, a, s.playhead) : a.p1;
            if (sent)
                batches.line(a.fromLane, style, false, a.p1, now);
            if (faint)
                batches.line(a.fromLane, style, true, now, a.end);
        }
        if (!arrived && !faint)
            continue;
        if (a.dropped) {
            batches.ghost(a.fromLane, !arrived, a.end, a.p2);
            batches.cross(!arrived, a.end);
        } else {
            batches.head(a.fromLane, !arrived, a.p1, a.end);
        }
    }
    batches.paint(p, L, s.theme);
    for (int i : ids) {
        const ArrowGeometry &a = L.arrows[i];
        const bool sent = a.sentAt <= s.playhead;
        if (!sent && !faint)
            continue;
        p->setOpacity(sent ? 1.0 : SequencePainter::futureOpacity(s));
        paintLabel(p, L, a, laneColor(L, a.fromLane), a.segmentId == s.selectedSegment, s.labelCache,
                   s.theme);
    }
    p->setOpacity(1.0);
    // Packets in flight: a small envelope moving along the arrow.
    if (s.hasPlayhead()) {
        for (int i : ids) {
            const ArrowGeometry &a = L.arrows[i];
            if (!(a.sentAt <= s.playhead && a.endsAt > s.playhead))
                continue;
            const QPointF at = SequencePainter::packetPosition(L, a, s.playhead);
            const QColor c = laneColor(L, a.fromLane);
            p->setPen(QPen(Qt::white, 1.5));
            p->setBrush(c);
            p->drawRoundedRect(QRectF(at.x() - 7, at.y() - 5, 14, 10), 2, 2);
            p->setBrush(Qt::NoBrush);
        }
    }
    // A dragged head: where the segment would arrive with the extra delay.
    if (const ArrowGeometry *a = L.arrowForSegment(s.draggedSegment)) {
        const QPointF tip(a->end.x(), std::max(s.dragHeadY, a->end.y()));
        QPen pen(s.theme.selection, 2, Qt::DashLine);
        p->setPen(pen);
        p->drawLine(a->p1, tip);
        paintArrowHead(p, a->p1, tip, s.theme.selection);
    }
}

void paintPlayhead(QPainter *p, const SequenceLayout &L, const QRectF &visible, const SequencePaintState &s)
{
    if (!s.hasPlayhead())
        return;
    const QLineF line = SequencePainter::playheadLine(L, visible, s.playhead);
    if (line.isNull())
        return;
    p->setPen(QPen(s.theme.playhead, s.theme.playheadWidth));
    p->drawLine(line);
    // The marker points into the diagram from the axis, beside the tick labels rather than
    // over them: at the start the playhead sits exactly on the "0" label.
    const double x = line.x1();
    const double y = line.y1();
    const double h = 5 * s.theme.playheadWidth / 1.5;
    QPolygonF marker({QPointF(x, y - h), QPointF(x, y + h), QPointF(x + 1.6 * h, y)});
    p->setPen(Qt::NoPen);
    p->setBrush(s.theme.playhead);
    p->drawPolygon(marker);
    p->setBrush(Qt::NoBrush);
}

} // namespace

bool SequencePainter::showsArrow(const SequencePaintState &state, const ArrowGeometry &arrow)
{
    if (arrow.endsAt <= state.arrowsAfter)
        return false;
    return arrow.sentAt < state.arrowsBefore || arrow.endsAt <= state.arrowsBefore;
}

QPointF SequencePainter::packetPosition(const SequenceLayout &layout, const ArrowGeometry &a, SimTime playhead)
{
    // On the arrow where it meets the playhead line, so the packet rides the line even
    // across a compressed break.
    const double y = layout.axis.timeToY(playhead);
    const double dy = a.end.y() - a.p1.y();
    if (std::abs(dy) < 1e-9) {
        const double span = double(std::max<SimTime>(1, a.endsAt - a.sentAt));
        const double f = std::clamp(double(playhead - a.sentAt) / span, 0.0, 1.0);
        return a.p1 + (a.end - a.p1) * f;
    }
    const double f = std::clamp((y - a.p1.y()) / dy, 0.0, 1.0);
    return a.p1 + (a.end - a.p1) * f;
}

QLineF SequencePainter::playheadLine(const SequenceLayout &layout, const QRectF &visible,
                                     SimTime playhead)
{
    const double y = std::round(layout.axis.timeToY(playhead)) + 0.5;
    if (y < visible.top() || y > visible.bottom())
        return {};
    // From the axis line on (the tick labels are left of it), never across a label.
    const double axisX = std::round(layout.timeAxisWidth - 4) + 0.5;
    return QLineF(QPointF(std::max(axisX, visible.left()), y), QPointF(visible.right(), y));
}

QPolygonF SequencePainter::roundedBox(const QRectF &rect, double radius)
{
    constexpr int pieces = 4;
    // cos and sin of 0°, 22.5°, …, 90°.
    static const std::array<QPointF, pieces + 1> unit = [] {
        std::array<QPointF, pieces + 1> points;
        for (int i = 0; i <= pieces; ++i) {
            const double a = M_PI / 2 * i / pieces;
            points[size_t(i)] = QPointF(std::cos(a), std::sin(a));
        }
        return points;
    }();
    const double r = std::clamp(radius, 0.0, std::min(rect.width(), rect.height()) / 2);
    QPolygonF polygon;
    polygon.reserve(4 * (pieces + 1));
    // Clockwise from the top right corner's upper end (y runs down).
    const QPointF topRight(rect.right() - r, rect.top() + r);
    const QPointF bottomRight(rect.right() - r, rect.bottom() - r);
    const QPointF bottomLeft(rect.left() + r, rect.bottom() - r);
    const QPointF topLeft(rect.left() + r, rect.top() + r);
    for (int i = pieces; i >= 0; --i) // 90° → 0°: from the top edge down to the right edge
        polygon << topRight + QPointF(unit[size_t(i)].x() * r, -unit[size_t(i)].y() * r);
    for (int i = 0; i <= pieces; ++i)
        polygon << bottomRight + QPointF(unit[size_t(i)].x() * r, unit[size_t(i)].y() * r);
    for (int i = pieces; i >= 0; --i)
        polygon << bottomLeft + QPointF(-unit[size_t(i)].x() * r, unit[size_t(i)].y() * r);
    for (int i = 0; i <= pieces; ++i)
        polygon << topLeft + QPointF(-unit[size_t(i)].x() * r, -unit[size_t(i)].y() * r);
    return polygon;
}

void SequencePainter::drawRoundedBox(QPainter *painter, const QRectF &rect, double radius)
{
    // (A painter on an image may report another engine than Raster, one that emulates what
    // the raster engine leaves out: the vector formats are the ones told apart.)
    const QPaintEngine *engine = painter->paintEngine();
    const QPaintEngine::Type type = engine ? engine->type() : QPaintEngine::Raster;
    if (type == QPaintEngine::Pdf || type == QPaintEngine::SVG || type == QPaintEngine::Picture)
        painter->drawRoundedRect(rect, radius, radius);
    else if (painter->pen().style() == Qt::NoPen && painter->transform().type() >= QTransform::TxRotate)
        // A box without an outline, turned along its arrow (a label's): its corners only
        // veil the few lines under them, where square corners look the same. Qt's raster
        // engine fills a turned rectangle with its fast line rasterizer, a turned polygon
        // with its general one: about 15 against 53 µs for a label of a 1920×1080 slide,
        // which made label boxes a sixth of the slide preset's time.
        painter->drawRect(rect);
    else
        painter->drawPolygon(roundedBox(rect, radius));
}

void SequencePainter::drawFramedBox(QPainter *painter, const QRectF &rect, double radius, const QColor &frame,
                                    double frameWidth, const QColor &fill, const QColor &paper)
{
    const QPaintEngine *engine = painter->paintEngine();
    const QPaintEngine::Type type = engine ? engine->type() : QPaintEngine::Raster;
    painter->save();
    if (type == QPaintEngine::Pdf || type == QPaintEngine::SVG || type == QPaintEngine::Picture) {
        painter->setPen(QPen(frame, frameWidth));
        painter->setBrush(fill);
        painter->drawRoundedRect(rect, radius, radius);
    } else {
        // The fill as it looks on the paper, opaque: the frame's box must not show through.
        const double alpha = fill.alphaF();
        const QColor onPaper = QColor::fromRgbF(float(fill.redF() * alpha + paper.redF() * (1 - alpha)),
                                                float(fill.greenF() * alpha + paper.greenF() * (1 - alpha)),
                                                float(fill.blueF() * alpha + paper.blueF() * (1 - alpha)));
        const double half = frameWidth / 2;
        painter->setPen(Qt::NoPen);
        painter->setBrush(frame);
        drawRoundedBox(painter, rect.adjusted(-half, -half, half, half), radius + half);
        painter->setBrush(onPaper);
        drawRoundedBox(painter, rect.adjusted(half, half, -half, -half), std::max(0.0, radius - half));
    }
    painter->restore();
}

void SequencePainter::drawDot(QPainter *painter, const QPointF &center, double radius)
{
    const QPaintEngine *engine = painter->paintEngine();
    const QPaintEngine::Type type = engine ? engine->type() : QPaintEngine::Raster;
    if (type == QPaintEngine::Pdf || type == QPaintEngine::SVG || type == QPaintEngine::Picture) {
        painter->drawEllipse(center, radius, radius);
        return;
    }
    constexpr int sides = 32;
    static const std::array<QPointF, sides> unit = [] {
        std::array<QPointF, sides> points;
        for (int i = 0; i < sides; ++i)
            points[size_t(i)] = QPointF(std::cos(2 * M_PI * i / sides), std::sin(2 * M_PI * i / sides));
        return points;
    }();
    std::array<QPointF, sides> polygon;
    for (int i = 0; i < sides; ++i)
        polygon[size_t(i)] = center + unit[size_t(i)] * radius;
    painter->drawPolygon(polygon.data(), sides);
}

double SequencePainter::futureOpacity(const SequencePaintState &state)
{
    return state.futureMode == FutureMode::Hidden ? 0.0 : state.theme.futureOpacity;
}

void SequencePainter::paint(QPainter *p, const SequenceLayout &L, const QRectF &visibleIn,
                            const SequencePaintState &s)
{
    const QRectF &visible = visibleIn;
    p->save();
    p->setRenderHint(QPainter::Antialiasing, true);
    p->setRenderHint(QPainter::TextAntialiasing, true);
    if (s.paintBackground)
        p->fillRect(visible, s.theme.background);
    paintBreaks(p, L, visible, s.theme);
    paintTimeAxis(p, L, visible, s.theme);
    paintFloodBands(p, L, visible);
    paintLifelines(p, L, visible, s.theme);
    paintStateBands(p, L, visible, s);
    paintSynQueues(p, L, visible, s.theme);
    paintTimers(p, L, visible, s);
    paintBreakTexts(p, L, visible, s.theme);
    paintFloodTexts(p, L, visible, s.theme);
    paintArrows(p, L, visible, s);
    paintPlayhead(p, L, visible, s);
    paintHeaders(p, L, visible, s);
    p->restore();
}

} // namespace tcplab
