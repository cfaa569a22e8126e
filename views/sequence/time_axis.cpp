#include "sequence/time_axis.h"

#include <algorithm>
#include <cmath>

namespace tcplab {

TimeAxis TimeAxis::build(QList<SimTime> keyTimes, double pixelsPerMs, SimTime breakThreshold,
                         double breakHeight, double breakMargin, double top)
{
    std::sort(keyTimes.begin(), keyTimes.end());
    keyTimes.erase(std::unique(keyTimes.begin(), keyTimes.end()), keyTimes.end());
    Spec spec;
    spec.keyTimes = keyTimes;
    spec.pixelsPerMs = pixelsPerMs;
    spec.breakThreshold = breakThreshold;
    spec.breakHeight = breakHeight;
    spec.breakMargin = breakMargin;
    spec.top = top;
    return build(spec);
}

TimeAxis TimeAxis::build(const Spec &spec, QList<double> *keyY)
{
    TimeAxis axis;
    axis.m_pixelsPerUs = std::max(spec.pixelsPerMs, 1e-9) / 1000.0;
    axis.m_top = spec.top;
    QList<SimTime> keyTimes = spec.keyTimes;
    if (keyTimes.isEmpty())
        keyTimes.append(0);
    const double ppu = axis.m_pixelsPerUs;

    double y = spec.top;
    // Pieces of equal density merge, so a long busy run without room stays one piece.
    auto addLinear = [&](SimTime t0, SimTime t1, double extra) {
        if (t1 <= t0)
            return;
        const double y1 = y + double(t1 - t0) * ppu + extra;
        if (!axis.m_pieces.isEmpty()) {
            Piece &last = axis.m_pieces.last();
            if (last.kind == PieceKind::Linear && extra == 0
                && std::abs((last.y1 - last.y0) - double(last.t1 - last.t0) * ppu) < 1e-9 * (last.y1 - last.y0 + 1)) {
                last.t1 = t1;
                last.y1 = y1;
                y = y1;
                return;
            }
        }
        axis.m_pieces.append({t0, t1, y, y1, false, PieceKind::Linear});
        y = y1;
    };
    auto addHold = [&](SimTime t, double height) {
        if (height <= 0)
            return;
        axis.m_pieces.append({t, t, y, y + height, false, PieceKind::Hold});
        y += height;
    };

    // The margin kept to scale on each side of a break, in time.
    const SimTime marginUs = SimTime(std::llround(spec.breakMargin / ppu));
    if (keyY)
        keyY->resize(keyTimes.size());
    for (int i = 0; i < keyTimes.size(); ++i) {
        if (i > 0) {
            const SimTime a = keyTimes[i - 1];
            const SimTime b = keyTimes[i];
            const double extra = i < spec.roomBefore.size() ? spec.roomBefore[i] : 0.0;
            const SimTime gap = b - a;
            const SimTime margin = std::min(marginUs, gap / 4);
            const bool compress = spec.breakThreshold > 0 && gap > spec.breakThreshold
                                  && double(gap - 2 * margin) * ppu > spec.breakHeight;
            if (!compress) {
                addLinear(a, b, extra);
            } else {
                addLinear(a, a + margin, 0);
                axis.m_pieces.append({a + margin, b - margin, y, y + spec.breakHeight, true, PieceKind::Break});
                y += spec.breakHeight;
                addLinear(b - margin, b, extra); // room goes next to what needs it
            }
        }
        if (keyY)
            (*keyY)[i] = y;
        addHold(keyTimes[i], i < spec.hold.size() ? spec.hold[i] : 0.0);
    }
    if (axis.m_pieces.isEmpty()) // a single instant: give it a little room
        axis.m_pieces.append({keyTimes.first(), keyTimes.first() + 1, spec.top, spec.top + ppu, false,
                              PieceKind::Linear});
    return axis;
}

int TimeAxis::pieceIndexForTime(SimTime t) const
{
    // First piece whose end is >= t (a hold at t comes after the piece ending at t); times
    // before the start use the first piece.
    auto it = std::lower_bound(m_pieces.cbegin(), m_pieces.cend(), t,
                               [](const Piece &p, SimTime v) { return p.t1 < v; });
    if (it == m_pieces.cend())
        return int(m_pieces.size()) - 1;
    return int(it - m_pieces.cbegin());
}

int TimeAxis::pieceIndexForY(double y) const
{
    auto it = std::lower_bound(m_pieces.cbegin(), m_pieces.cend(), y,
                               [](const Piece &p, double v) { return p.y1 < v; });
    if (it == m_pieces.cend())
        return int(m_pieces.size()) - 1;
    return int(it - m_pieces.cbegin());
}

double TimeAxis::timeToY(SimTime t) const
{
    if (m_pieces.isEmpty())
        return m_top + double(t) * m_pixelsPerUs;
    const Piece &p = m_pieces[pieceIndexForTime(t)];
    // Outside the axis the scale extends linearly (never through a break).
    if (t <= p.t0 && &p == &m_pieces.first())
        return p.y0 - double(p.t0 - t) * m_pixelsPerUs;
    if (t >= p.t1)
        return p.kind == PieceKind::Hold && t == p.t1 ? p.y0 : p.y1 + double(t - p.t1) * m_pixelsPerUs;
    return p.y0 + (p.y1 - p.y0) * double(t - p.t0) / double(p.t1 - p.t0);
}

SimTime TimeAxis::yToTime(double y) const
{
    if (m_pieces.isEmpty())
        return SimTime(std::llround((y - m_top) / m_pixelsPerUs));
    const Piece &p = m_pieces[pieceIndexForY(y)];
    if (y <= p.y0 && &p == &m_pieces.first())
        return p.t0 - SimTime(std::llround((p.y0 - y) / m_pixelsPerUs));
    if (y >= p.y1 && &p == &m_pieces.last())
        return p.t1 + SimTime(std::llround((y - p.y1) / m_pixelsPerUs));
    if (p.kind == PieceKind::Hold)
        return p.t0;
    if (y >= p.y1)
        return p.t1;
    return p.t0 + SimTime(std::llround(double(p.t1 - p.t0) * (y - p.y0) / (p.y1 - p.y0)));
}

double TimeAxis::holdAt(SimTime t) const
{
    if (m_pieces.isEmpty())
        return 0;
    for (int i = pieceIndexForTime(t); i < m_pieces.size() && m_pieces[i].t0 <= t; ++i)
        if (m_pieces[i].kind == PieceKind::Hold && m_pieces[i].t0 == t)
            return m_pieces[i].y1 - m_pieces[i].y0;
    return 0;
}

QList<TimeAxis::Piece> TimeAxis::breaks() const
{
    QList<Piece> out;
    for (const Piece &p : m_pieces)
        if (p.kind == PieceKind::Break)
            out.append(p);
    return out;
}

bool TimeAxis::isInBreak(double y) const
{
    if (m_pieces.isEmpty())
        return false;
    const Piece &p = m_pieces[pieceIndexForY(y)];
    return p.kind == PieceKind::Break && y >= p.y0 && y <= p.y1;
}

SimTime TimeAxis::linearDuration() const
{
    SimTime d = 0;
    for (const Piece &p : m_pieces)
        if (p.kind == PieceKind::Linear)
            d += p.t1 - p.t0;
    return d;
}

double TimeAxis::breakHeightTotal() const
{
    double h = 0;
    for (const Piece &p : m_pieces)
        if (p.kind == PieceKind::Break)
            h += p.y1 - p.y0;
    return h;
}

SimTime TimeAxis::tickStep(double pixelsPerMs, double minPixels)
{
    const double minStep = minPixels / (std::max(pixelsPerMs, 1e-12) / 1000.0);
    double step = 1;
    while (true) {
        for (double m : {1.0, 2.0, 5.0})
            if (step * m >= minStep)
                return SimTime(step * m);
        step *= 10;
        if (step > 1e15)
            return SimTime(1e15);
    }
}

} // namespace tcplab
