#pragma once

#include "sim/sim_time.h"

#include <QList>

namespace tcplab {

// The vertical axis of the sequence diagram: a piecewise-linear, non-decreasing map from
// virtual time to y. Busy stretches are drawn to scale; quiet stretches longer than a
// threshold become fixed-height "break" pieces, so a 100 ms handshake and a 60 s TIME-WAIT
// (or a 2 h keepalive idle) fit on one axis. Where the diagram needs room that the scale
// does not give — labels of segments sent close together — a gap gets extra height
// ("room"), and an instant at which one host sends several segments gets a "hold": a piece
// of height during which time stands still, so those segments are drawn apart. timeToY()
// is strictly increasing (an instant maps to the top of its hold), hence invertible up to
// holds (the playhead scrubs by y).
class TimeAxis
{
public:
    enum class PieceKind { Linear, Break, Hold };
    struct Piece {
        SimTime t0 = 0;
        SimTime t1 = 0;
        double y0 = 0;
        double y1 = 0;
        bool isBreak = false; // kind == Break
        PieceKind kind = PieceKind::Linear;
    };

    // What the axis is built from. roomBefore and hold, when not empty, have one entry per
    // key time: extra pixels for the gap that ends at that key time, and the height held at
    // that instant.
    struct Spec {
        QList<SimTime> keyTimes; // sorted, without duplicates
        double pixelsPerMs = 1;
        SimTime breakThreshold = 0; // <= 0: never compress
        double breakHeight = 44;
        double breakMargin = 0; // pixels kept to scale on either side of a break
        double top = 0;
        QList<double> roomBefore;
        QList<double> hold;
    };

    TimeAxis() = default;

    // keyY, when given, receives the y of each key time (the top of its hold).
    static TimeAxis build(const Spec &spec, QList<double> *keyY = nullptr);
    // The plain axis: key times in any order, duplicates allowed, no room, no holds.
    static TimeAxis build(QList<SimTime> keyTimes, double pixelsPerMs, SimTime breakThreshold,
                          double breakHeight, double breakMargin, double top);

    // The top of the instant t (where what happens first at t is drawn).
    double timeToY(SimTime t) const;
    // Inverse of timeToY(), rounded to the nearest microsecond; inside a hold, its instant.
    SimTime yToTime(double y) const;
    // Height held at the instant t (0 when none).
    double holdAt(SimTime t) const;

    const QList<Piece> &pieces() const { return m_pieces; }
    QList<Piece> breaks() const;
    bool isInBreak(double y) const;
    // The base scale: pixels per millisecond of time drawn to scale, before any room.
    double pixelsPerMs() const { return m_pixelsPerUs * 1000.0; }
    double top() const { return m_top; }
    double bottom() const { return m_pieces.isEmpty() ? m_top : m_pieces.last().y1; }
    SimTime startTime() const { return m_pieces.isEmpty() ? 0 : m_pieces.first().t0; }
    SimTime endTime() const { return m_pieces.isEmpty() ? 0 : m_pieces.last().t1; }
    // Total time drawn to scale (outside breaks): what "fit to window" divides by.
    SimTime linearDuration() const;
    // Total height of the break pieces.
    double breakHeightTotal() const;

    // Labelled ticks closer than this, in pixels as drawn, read as a ruler rather than as
    // times (an A4 page scaled down, a slide, the window all keep them this far apart).
    static constexpr double minimumTickSpacing = 60;
    // The step between labelled ticks: the smallest 1, 2 or 5 × 10^n microseconds that
    // puts ticks at least minPixels apart at pixelsPerMs.
    static SimTime tickStep(double pixelsPerMs, double minPixels);

private:
    int pieceIndexForTime(SimTime t) const;
    int pieceIndexForY(double y) const;

    QList<Piece> m_pieces; // contiguous in time and in y
    double m_pixelsPerUs = 0.002;
    double m_top = 0;
};

} // namespace tcplab
