#include "state/state_diagram_painter.h"

#include "common/host_palette.h"

#include <QFontMetricsF>
#include <QLineF>
#include <QPainter>
#include <QPainterPath>

#include <cmath>

namespace tcplab {

namespace {

constexpr double cornerRadius = 12;
constexpr double arrowLength = 12;
constexpr double arrowHalfWidth = 5.5;

// A polyline with its corners rounded, ending short of the arrow head's tip.
QPainterPath roundedPath(const QPolygonF &points)
{
    QPainterPath path;
    if (points.size() < 2)
        return path;
    path.moveTo(points.first());
    for (int i = 1; i < points.size() - 1; ++i) {
        const QLineF in(points[i], points[i - 1]);
        const QLineF out(points[i], points[i + 1]);
        const double r = std::min({cornerRadius, in.length() / 2, out.length() / 2});
        path.lineTo(in.pointAt(r / in.length()));
        path.quadTo(points[i], out.pointAt(r / out.length()));
    }
    QLineF last(points[points.size() - 2], points.last());
    if (last.length() > arrowLength)
        last.setLength(last.length() - arrowLength * 0.8);
    path.lineTo(last.p2());
    return path;
}

void drawArrowHead(QPainter *p, const QPolygonF &points, const QColor &color, double scale)
{
    if (points.size() < 2)
        return;
    const QPointF tip = points.last();
    const QLineF back(tip, points[points.size() - 2]);
    if (back.length() <= 0)
        return;
    const QPointF dir = (back.p2() - back.p1()) / back.length();
    const QPointF normal(-dir.y(), dir.x());
    const QPointF base = tip + dir * arrowLength * scale;
    QPolygonF head({tip, base + normal * arrowHalfWidth * scale, base - normal * arrowHalfWidth * scale});
    p->setPen(Qt::NoPen);
    p->setBrush(color);
    p->drawPolygon(head);
}

bool isVariantEdge(int edge)
{
    const auto kind = stateDiagramEdges()[edge].kind;
    return kind == StateEdgeKind::TwoWayHandshake || kind == StateEdgeKind::NoTimeWait;
}

void drawEdge(QPainter *p, const StateEdgeGeometry &g, const StateDiagramPaintState &state)
{
    QColor color = state.theme.stateEdge;
    Qt::PenStyle style = Qt::SolidLine;
    if (isVariantEdge(g.edge)) {
        color = StateDiagramPainter::variantColor();
        style = Qt::DashLine;
    } else if (stateDiagramEdgeSuperseded(g.edge, state.variant)) {
        color = StateDiagramPainter::supersededColor();
    } else if (stateDiagramEdges()[g.edge].kind == StateEdgeKind::AnyState) {
        style = Qt::DashLine;
    }
    QPen pen(color, state.theme.stateEdgeWidth, style, Qt::FlatCap, Qt::RoundJoin);
    p->setPen(pen);
    p->setBrush(Qt::NoBrush);
    p->drawPath(roundedPath(g.path));
    drawArrowHead(p, g.path, color, 1.0);
}

void drawMarkedEdge(QPainter *p, const StateEdgeGeometry &g, const MarkedEdge &m, int nth)
{
    // Several endpoints may have taken the same edge: offset each a little so all colours
    // stay visible.
    QPolygonF path = g.path;
    if (nth > 0) {
        const double d = 3.5 * nth;
        path.translate(d, d);
    }
    QColor halo = m.color;
    halo.setAlpha(60);
    p->setPen(QPen(halo, 11, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    p->setBrush(Qt::NoBrush);
    p->drawPath(roundedPath(path));
    p->setPen(QPen(m.color, 4, Qt::SolidLine, Qt::FlatCap, Qt::RoundJoin));
    p->drawPath(roundedPath(path));
    drawArrowHead(p, path, m.color, 1.5);
    if (m.pulse >= 0) {
        const QPointF at = StateDiagramLayout::pointAlong(path, m.pulse);
        const double r = 8 + 4 * std::sin(m.pulse * M_PI);
        p->setPen(QPen(Qt::white, 2));
        p->setBrush(m.color);
        p->drawEllipse(at, r, r);
    }
}

void drawLabel(QPainter *p, const StateDiagramLayout &layout, const StateEdgeGeometry &g,
               const StateDiagramPaintState &state, const QColor &markColor)
{
    const bool variant = isVariantEdge(g.edge);
    const bool superseded = stateDiagramEdgeSuperseded(g.edge, state.variant);
    const bool marked = markColor.isValid();

    QColor text = state.theme.stateLabelText;
    if (superseded)
        text = StateDiagramPainter::supersededColor().darker(130);
    if (variant)
        text = StateDiagramPainter::variantColor().darker(115);
    if (marked)
        text = markColor.darker(115);

    p->setPen(marked ? QPen(markColor, 2) : Qt::NoPen);
    p->setBrush(state.theme.stateLabelBackground);
    p->drawRoundedRect(g.labelRect, 5, 5);

    QFont font = layout.labelFont;
    font.setBold(marked);
    p->setFont(font);
    const QFontMetricsF fm(layout.labelFont);
    const double pad = 4;
    QRectF line(g.labelRect.left(), g.labelRect.top() + pad, g.labelRect.width(), fm.lineSpacing());
    p->setPen(text);
    p->drawText(line, Qt::AlignHCenter | Qt::AlignVCenter, g.event);
    line.translate(0, fm.lineSpacing());
    if (!g.action.isEmpty()) {
        // RFC 793's fraction: event above the rule, action below.
        const double w = std::max(fm.horizontalAdvance(g.event), fm.horizontalAdvance(g.action));
        const double y = line.top() + 1.5;
        const double cx = g.labelRect.center().x();
        p->setPen(QPen(text, 1));
        p->drawLine(QPointF(cx - w / 2, y), QPointF(cx + w / 2, y));
        line.translate(0, 3);
        p->setPen(text);
        p->drawText(line, Qt::AlignHCenter | Qt::AlignVCenter, g.action);
        line.translate(0, fm.lineSpacing());
    }
    if (!g.note.isEmpty()) {
        QFont italic = font;
        italic.setItalic(true);
        p->setFont(italic);
        p->setPen(variant ? StateDiagramPainter::variantColor() : text);
        for (const QString &noteLine : g.note.split(QLatin1Char('\n'))) {
            p->drawText(line, Qt::AlignHCenter | Qt::AlignVCenter, noteLine);
            line.translate(0, fm.lineSpacing());
        }
    }
}

void drawNode(QPainter *p, const StateDiagramLayout &layout, int index,
              const StateDiagramPaintState &state, const QList<const StateHighlight *> &here)
{
    const StateNodeGeometry &n = layout.nodes[index];
    const QRectF r = n.rect;
    const double radius = 12;

    if (n.role == StateNodeRole::AnyState) {
        p->setPen(QPen(state.theme.stateEdge, state.theme.stateBorderWidth, Qt::DashLine));
        p->setBrush(state.theme.background);
        p->drawRoundedRect(r, radius, radius);
        QFont f = layout.labelFont;
        f.setItalic(true);
        p->setFont(f);
        p->setPen(state.theme.stateEdge);
        p->drawText(r, Qt::AlignCenter, n.text);
        return;
    }

    const bool greyed = state.variant == ProtocolVariant::NoTimeWait && n.state == TcpState::TimeWait;
    QColor fill = HostPalette::stateFill(n.state).lighter(125);
    QColor border = HostPalette::stateFill(n.state).darker(150);
    QColor text = HostPalette::stateText(n.state);
    if (greyed) {
        fill = QColor(0xf0, 0xf0, 0xf0);
        border = StateDiagramPainter::supersededColor();
        text = StateDiagramPainter::supersededColor().darker(130);
    }

    QPainterPath box;
    box.addRoundedRect(r, radius, radius);
    p->setPen(Qt::NoPen);
    p->setBrush(fill);
    p->drawPath(box);
    if (!here.isEmpty()) {
        // Split highlight: one vertical stripe of each endpoint's colour.
        p->save();
        p->setClipPath(box);
        const double w = r.width() / here.size();
        for (int i = 0; i < here.size(); ++i) {
            QColor c = here[i]->color;
            c.setAlpha(70);
            p->fillRect(QRectF(r.left() + i * w, r.top(), w, r.height()), c);
        }
        p->restore();
    }

    if (here.isEmpty()) {
        p->setPen(QPen(border, state.theme.stateBorderWidth, greyed ? Qt::DashLine : Qt::SolidLine));
        p->setBrush(Qt::NoBrush);
        p->drawPath(box);
    } else {
        const double w = r.width() / here.size();
        for (int i = 0; i < here.size(); ++i) {
            p->save();
            p->setClipRect(QRectF(r.left() + i * w - (i == 0 ? 4 : 0), r.top() - 4,
                                  w + (i == 0 || i == here.size() - 1 ? 4 : 0), r.height() + 8));
            p->setPen(QPen(here[i]->color, 4));
            p->setBrush(Qt::NoBrush);
            p->drawPath(box);
            p->restore();
        }
    }
    if (state.selectedNode == index) {
        p->setPen(QPen(state.theme.selection, 2, Qt::DotLine));
        p->setBrush(Qt::NoBrush);
        p->drawRoundedRect(r.adjusted(-6, -6, 6, 6), radius + 4, radius + 4);
    }

    QFont f = layout.stateFont;
    f.setStrikeOut(greyed);
    p->setFont(f);
    p->setPen(here.isEmpty() ? text : QColor(0x10, 0x10, 0x10));
    p->drawText(r, Qt::AlignCenter, n.text);

    // Badges with the hosts' names above the box's top edge, right-aligned.
    if (!here.isEmpty()) {
        QFont bf = layout.labelFont;
        bf.setBold(true);
        const QFontMetricsF bfm(bf);
        p->setFont(bf);
        double x = r.right() - 6;
        for (int i = here.size() - 1; i >= 0; --i) {
            const double bw = std::max(22.0, bfm.horizontalAdvance(here[i]->hostName) + 12);
            const double bh = bfm.height() + 2;
            const QRectF badge(x - bw, r.top() - bh / 2 - 2, bw, bh);
            p->setPen(QPen(Qt::white, 1.5));
            p->setBrush(here[i]->color);
            p->drawRoundedRect(badge, bh / 2, bh / 2);
            p->setPen(Qt::white);
            p->drawText(badge, Qt::AlignCenter, here[i]->hostName);
            x -= bw + 3;
        }
    }
}

} // namespace

QTransform StateDiagramPainter::transformFor(const StateDiagramLayout &layout, const QRectF &target)
{
    if (layout.size.isEmpty() || target.isEmpty())
        return {};
    const double s = std::min(target.width() / layout.size.width(),
                              target.height() / layout.size.height());
    const double dx = target.left() + (target.width() - layout.size.width() * s) / 2;
    const double dy = target.top() + (target.height() - layout.size.height() * s) / 2;
    return QTransform(s, 0, 0, s, dx, dy);
}

void StateDiagramPainter::paint(QPainter *painter, const StateDiagramLayout &layout,
                                const StateDiagramPaintState &state, const QRectF &target)
{
    painter->save();
    if (state.fillBackground)
        painter->fillRect(target, state.theme.background);
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setRenderHint(QPainter::TextAntialiasing);
    painter->setTransform(transformFor(layout, target), true);

    for (const StateEdgeGeometry &g : layout.edges)
        drawEdge(painter, g, state);

    // Marked edges over the others; labels over all lines; boxes last.
    QList<int> markCount(stateDiagramEdges().size(), 0);
    QList<QColor> markColor(stateDiagramEdges().size());
    for (const MarkedEdge &m : state.marked) {
        const int i = layout.edgeIndex(m.edge);
        if (i < 0)
            continue;
        drawMarkedEdge(painter, layout.edges[i], m, markCount[m.edge]++);
        if (!markColor[m.edge].isValid())
            markColor[m.edge] = m.color;
    }
    for (const StateEdgeGeometry &g : layout.edges)
        drawLabel(painter, layout, g, state, markColor[g.edge]);

    for (int i = 0; i < layout.nodes.size(); ++i) {
        QList<const StateHighlight *> here;
        for (const StateHighlight &h : state.highlights) {
            if (h.node == i)
                here.append(&h);
        }
        drawNode(painter, layout, i, state, here);
    }
    painter->restore();
}

} // namespace tcplab
