#include "sequence/time_axis.h"

#include <algorithm>
#include <cmath>

namespace tcplab {

TimeAxis TimeAxis::build(QList<SimTime> keyTimes, double pixelsPerMs, SimTime breakThreshold,
                         double breakHeight, double breakMargin, double top)
{
    TimeAxis axis;
    axis.m_pixelsPerUs = std::max(pixelsPerMs, 1e-9) / 1000.0;
    axis.m_top = top;
    std::sort(keyTimes.begin(), keyTimes.end());
    keyTimes.erase(std::unique(keyTimes.begin(), keyTimes.end()), keyTimes.end());
    if (keyTimes.isEmpty())
        keyTimes.append(0);

    double y = top;
    auto addLinear = [&](SimTime t0, SimTime t1) {
        if (t1 <= t0)
            return;
        const double y1 = y + double(t1 - t0) * axis.m_pixelsPerUs;
        if (!axis.m_pieces.isEmpty() && !axis.m_pieces.last().isBreak) {
            axis.m_pieces.last().t1 = t1; // merge adjacent linear pieces
            axis.m_pieces.last().y1 = y1;
        } else {
            axis.m_pieces.append({t0, t1, y, y1, false});
        }
        y = y1;
    };

    // The margin kept to scale on each side of a break, in time.
    const SimTime marginUs = SimTime(std::llround(breakMargin / axis.m_pixelsPerUs));
    for (int i = 0; i + 1 < keyTimes.size(); ++i) {
        const SimTime a = keyTimes[i];
        const SimTime b = keyTimes[i + 1];
        const SimTime gap = b - a;
        const SimTime margin = std::min(marginUs, gap / 4);
        const bool compress = breakThreshold > 0 && gap > breakThreshold
                              && (gap - 2 * margin) * axis.m_pixelsPerUs > breakHeight;
        if (!compress) {
            addLinear(a, b);
            continue;
        }
        addLinear(a, a + margin);
        axis.m_pieces.append({a + margin, b - margin, y, y + breakHeight, true});
        y += breakHeight;
        addLinear(b - margin, b);
    }
    if (axis.m_pieces.isEmpty()) // a single instant: give it a little room
        axis.m_pieces.append({keyTimes.first(), keyTimes.first() + 1, top,
                              top + axis.m_pixelsPerUs, false});
    return axis;
}

int TimeAxis::pieceIndexForTime(SimTime t) const
{
    // First piece whose end is >= t; times before the start use the first piece.
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
        return p.y1 + double(t - p.t1) * m_pixelsPerUs;
    return p.y0 + (p.y1 - p.y0) * double(t - p.t0) / double(p.t1 - p.t0);
}

SimTime TimeAxis::yToTime(double y) const
{
    if (m_pieces.isEmpty())
        return SimTime(std::llround((y - m_top) / m_pixelsPerUs));
    const Piece &p = m_pieces[pieceIndexForY(y)];
    if (y <= p.y0 && &p == &m_pieces.first())
        return p.t0 - SimTime(std::llround((p.y0 - y) / m_pixelsPerUs));
    if (y >= p.y1)
        return p.t1 + SimTime(std::llround((y - p.y1) / m_pixelsPerUs));
    return p.t0 + SimTime(std::llround(double(p.t1 - p.t0) * (y - p.y0) / (p.y1 - p.y0)));
}

QList<TimeAxis::Piece> TimeAxis::breaks() const
{
    QList<Piece> out;
    for (const Piece &p : m_pieces)
        if (p.isBreak)
            out.append(p);
    return out;
}

bool TimeAxis::isInBreak(double y) const
{
    if (m_pieces.isEmpty())
        return false;
    const Piece &p = m_pieces[pieceIndexForY(y)];
    return p.isBreak && y >= p.y0 && y <= p.y1;
}

SimTime TimeAxis::linearDuration() const
{
    SimTime d = 0;
    for (const Piece &p : m_pieces)
        if (!p.isBreak)
            d += p.t1 - p.t0;
    return d;
}

double TimeAxis::breakHeightTotal() const
{
    double h = 0;
    for (const Piece &p : m_pieces)
        if (p.isBreak)
            h += p.y1 - p.y0;
    return h;
}

} // namespace tcplab
