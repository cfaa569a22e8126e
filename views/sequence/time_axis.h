#pragma once

#include "sim/sim_time.h"

#include <QList>

namespace tcplab {

// The vertical axis of the sequence diagram: a piecewise-linear, strictly increasing map
// from virtual time to y. Busy stretches are drawn to scale; quiet stretches longer than a
// threshold become fixed-height "break" pieces, so a 100 ms handshake and a 60 s TIME-WAIT
// fit on one axis. Strictly increasing, hence invertible (the playhead scrubs by y).
class TimeAxis
{
public:
    struct Piece {
        SimTime t0 = 0;
        SimTime t1 = 0;
        double y0 = 0;
        double y1 = 0;
        bool isBreak = false;
    };

    TimeAxis() = default;

    // Builds the map over the key times (any order, duplicates allowed). Gaps between
    // consecutive key times longer than breakThreshold are compressed to breakHeight pixels,
    // keeping breakMargin pixels of real scale on either side so that the events beside a
    // break do not touch it. breakThreshold <= 0 disables compression.
    static TimeAxis build(QList<SimTime> keyTimes, double pixelsPerMs, SimTime breakThreshold,
                          double breakHeight, double breakMargin, double top);

    double timeToY(SimTime t) const;
    // Inverse of timeToY(), rounded to the nearest microsecond.
    SimTime yToTime(double y) const;

    const QList<Piece> &pieces() const { return m_pieces; }
    QList<Piece> breaks() const;
    bool isInBreak(double y) const;
    double pixelsPerMs() const { return m_pixelsPerUs * 1000.0; }
    double top() const { return m_top; }
    double bottom() const { return m_pieces.isEmpty() ? m_top : m_pieces.last().y1; }
    SimTime startTime() const { return m_pieces.isEmpty() ? 0 : m_pieces.first().t0; }
    SimTime endTime() const { return m_pieces.isEmpty() ? 0 : m_pieces.last().t1; }
    // Total time drawn to scale (outside breaks): what "fit to window" divides by.
    SimTime linearDuration() const;
    // Total height of the break pieces.
    double breakHeightTotal() const;

private:
    int pieceIndexForTime(SimTime t) const;
    int pieceIndexForY(double y) const;

    QList<Piece> m_pieces; // contiguous in time and in y
    double m_pixelsPerUs = 0.002;
    double m_top = 0;
};

} // namespace tcplab
