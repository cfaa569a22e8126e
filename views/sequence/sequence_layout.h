#pragma once

#include "tcp/endpoint_effects.h"
#include "tcp/segment.h"
#include "sim/sim_time.h"
#include "tcp/tcp_state.h"
#include "sequence/label_blanks.h"
#include "sequence/time_axis.h"
#include "sequence/y_range_index.h"

#include <QFont>
#include <QList>
#include <QPointF>
#include <QPolygonF>
#include <QRectF>
#include <QStringList>

namespace tcplab {

class Trace;

// What an arrow's label says.
enum class SegmentLabelContent {
    Flags,     // "SYN", "ACK len=100"
    Textbook,  // "SYN seq=1000", "SYN,ACK seq=5000 ack=1001", "ACK seq=1 ack=1 len=100"
    Full,      // Segment::summary(): also win= and mss=
};

// How a SYN flood is drawn: summarised (one band for the forged SYNs and the answers to
// forged addresses, a SYN-queue strip for the half-open entries) or with every arrow.
enum class FloodDrawing { Summarised, Expanded };

struct SequenceLayoutOptions {
    // Vertical scale of the time drawn to scale; 0 = automatic (the typical one-way delay
    // gets about 90 px). Where labels need more room than the scale gives, the layout adds
    // it locally; the scale is the least the diagram gets.
    double pixelsPerMs = 0;
    // Horizontal distance between lifelines when no width is given.
    double lifelineSpacing = 300;
    // The width to fit, in pixels: the lifelines are spaced to use it, closer in a narrow
    // window (down to where labels still fit, wrapped) and further apart in a wide one (up
    // to where arrows would lie nearly flat). 0: lay out at lifelineSpacing.
    double width = 0;
    FloodDrawing floods = FloodDrawing::Summarised;
    // Quiet stretches longer than this become a break; 0 = automatic (8× the typical
    // one-way delay, at most 1 s); negative = never compress.
    SimTime breakThreshold = 0;
    double breakHeight = 44;
    SegmentLabelContent labelContent = SegmentLabelContent::Textbook;
    bool showStateBands = true;
    bool showTimers = true;
    // Worksheets: label parts drawn as numbered blanks to fill in. Only the painting
    // changes; every position is laid out for the real text.
    LabelBlanks blanks;
    // Used to measure every text so that nothing is cut short; the painter uses the same.
    QFont font;
};

struct LifelineGeometry {
    int lane = 0;
    QList<int> hosts;    // trace hosts drawn on this lifeline (attackers share one)
    bool attacker = false;
    bool unknownAddresses = false; // the lane for segments sent to addresses nobody has
    double x = 0;
    QRectF headerRect;
    QString title;       // "A", "M (forged sources)"
    QString subtitle;    // "10.0.0.1"
};

struct ArrowGeometry {
    int segmentId = -1;
    int fromLane = 0;
    int toLane = 0;
    SimTime sentAt = 0;
    SimTime endsAt = 0;       // arrival, or the moment of the drop
    QPointF p1;               // send
    QPointF p2;               // arrival (where a dropped segment would have arrived)
    QPointF end;              // where the drawn line stops: p2, or the cross of a drop
    bool dropped = false;
    bool retransmission = false;
    bool duplicate = false;
    bool delayed = false;
    bool keepalive = false;
    QPointF labelCenter;
    double labelAngle = 0;    // degrees, the label's rotation about labelCenter
    QSizeF labelSize;         // unrotated; invalid (QSizeF()) for an arrow without a label
    double minY = 0;
    double maxY = 0;

    // The label: protocol text lines (wrapped, never elided) then badge lines (translated:
    // "retransmission", "duplicate", "+300 ms delay", "lost").
    QStringList textLines() const;
    QStringList badgeLines() const;
    QStringList labelLines() const;   // textLines() then badgeLines()
    int textLineCount() const { return m_textLineCount; }
    int badgeLineCount() const { return m_badgeLineCount; }
    int labelLineCount() const { return m_textLineCount + m_badgeLineCount; }
    void setLabelLines(const QStringList &text, const QStringList &badges);
    // The lines joined by '\n' (which neither a segment's text nor a badge contains): the
    // layout sets 100,000 labels, most of them one line shared with the text it was made
    // from, without a list and a string per line.
    void setJoinedLabelLines(const QString &joined, int textLineCount, int badgeLineCount);
    // No label (an arrow in flight on an animation frame): no lines, no size, no polygon.
    void clearLabel();

    // The label's four corners in diagram coordinates, from labelCenter, labelSize and
    // labelAngle; empty without a label.
    QPolygonF labelPolygon() const;

private:
    QString m_labelLines;
    quint16 m_textLineCount = 0;
    quint16 m_badgeLineCount = 0;
};

struct StateBandGeometry {
    int lane = 0;
    int host = -1;
    int socket = -1;
    TcpState state = TcpState::Closed;
    SimTime t0 = 0;
    SimTime t1 = 0;
    QRectF rect;         // the band along the lifeline
    QString text;        // tcpStateName(): spelled as RFC 9293 does in every language
    QRectF textRect;     // beside the lifeline where the state begins
};

struct TimerBracketGeometry {
    int lane = 0;
    int host = -1;
    int socket = -1;
    TimerKind kind = TimerKind::Retransmission;
    SimTime setAt = 0;
    SimTime endsAt = 0;
    SimTime duration = 0; // as set: what the text gives ("RTO 1 s": 1 s)
    bool fired = false;  // else cancelled or still running at the end
    double x = 0;        // the bracket's vertical line
    double y0 = 0;
    double y1 = 0;
    double tickDirection = 1; // +1: ticks point right, -1: left
    QString text;        // "RTO 1 s", "2MSL 60 s"
    QRectF textRect;
};

// A SYN flood, summarised: the band from the attackers' lifeline to the target's with what
// it carries ("M → B: 200 forged SYNs, 10/s"). Expanded, the band stays behind the arrows.
struct FloodGeometry {
    int fromLane = 0;     // the attackers'
    int toLane = 0;       // the target's
    SimTime t0 = 0;       // first forged SYN sent
    SimTime t1 = 0;       // last segment of the flood ends
    bool expanded = false;
    QPolygonF band;
    QStringList textLines;
    QRectF textRect;
    int forgedSyns = 0;
    int synsDroppedQueueFull = 0;
    int answers = 0;
    double synsPerSecond = 0;
    QList<int> segments;  // ids of the segments the band stands for
};

// The half-open entries of a listener as a strip beside its lifeline whose width follows
// how many there are, with a text where the queue fills, frees and empties — instead of a
// band and a timer for each entry.
struct SynQueueGeometry {
    struct Mark {
        SimTime time = 0;
        int halfOpen = 0;
        QString text;
        QRectF textRect;
    };
    int lane = 0;
    int listenerSocket = -1;
    int maxHalfOpen = 0;
    QRectF rect;          // the strip's column over the time it is not empty
    QPolygonF shape;      // the filled outline: width ∝ half-open entries
    QList<Mark> marks;
};

// One labelled tick of the time axis.
struct AxisTick {
    SimTime time = 0;
    double y = 0;
    QString text;         // "0.35 s", "2 h 0 min 0.35 s"
};

struct BreakGeometry {
    SimTime t0 = 0;
    SimTime t1 = 0;
    double y0 = 0;
    double y1 = 0;
    QString text;        // "… 58.9 s …"
    QRectF textRect;
};

// The sequence diagram as plain geometry: computed once per trace and zoom, painted many
// times. Coordinates are diagram pixels, origin at the top left.
struct SequenceLayout {
    SequenceLayoutOptions options;
    TimeAxis axis;
    double timeAxisWidth = 0; // the column of time ticks at the left
    double headerHeight = 0;
    QList<LifelineGeometry> lifelines;
    QList<ArrowGeometry> arrows;          // in segment order
    QList<StateBandGeometry> stateBands;
    QList<TimerBracketGeometry> timers;
    QList<BreakGeometry> breaks;
    QList<FloodGeometry> floods;
    QList<SynQueueGeometry> synQueues;
    SimTime tickStep = 0;                 // between labelled ticks of the time axis
    int passes = 0;                       // times the layout made room and laid out again
    // Labels that found no free place even after the layout made what room it could (0
    // unless the story is beyond what the layout can part; see layoutSequence()).
    int labelsPlacedAnyway = 0;
    QSizeF size;
    // The width of this story's diagram with its lifelines as close as labels allow: a
    // narrower view scrolls sideways.
    double minimumWidth = 0;
    double lifelineSpacing = 0;           // between neighbouring lifelines, as laid out
    QList<int> arrowIndexOfSegment;       // segment id -> index into arrows, or -1
    QList<BlankField> blanks;             // options.blanks, numbered (see blankFields())

    YRangeIndex arrowIndex;   // over arrows, by [minY, maxY]
    YRangeIndex bandIndex;    // over stateBands (band and text)
    YRangeIndex timerIndex;   // over timers (bracket and text)

    const ArrowGeometry *arrowForSegment(int segmentId) const;
    // The arrow under a point: within tolerance of its line, or on its label; -1 if none.
    int segmentAt(QPointF p, double tolerance = 5.0) const;
    // The arrow whose head (arrival end) is within tolerance of p, for dragging; -1 if none.
    int segmentHeadAt(QPointF p, double tolerance = 8.0) const;
    int laneOfHost(int host) const;
    // The flood band (or its text) under a point; -1 if none.
    int floodAt(QPointF p) const;
    // The labelled ticks of the time axis between y0 and y1 (none inside breaks and holds).
    QList<AxisTick> ticks(double y0, double y1) const;
};

SequenceLayout layoutSequence(const Trace &trace, const SequenceLayoutOptions &options);

// The layout at the scale that fits `height` (options.pixelsPerMs is ignored; the result's
// options carry the scale found). Computed in one call from the trace, the options and the
// height alone — never from an earlier zoom — so fitting twice gives the same picture.
// The scale never falls below minimumReadablePixelsPerMs(): a run's busy first second is
// not crushed by its quiet hours; such a diagram is taller than `height`.
SequenceLayout layoutSequenceToFit(const Trace &trace, const SequenceLayoutOptions &options, double height);
// The least scale "fit" uses: the typical one-way delay still gets a few text lines.
double minimumReadablePixelsPerMs(const Trace &trace, const SequenceLayoutOptions &options);

// The fonts of the diagram, derived from SequenceLayoutOptions::font; layout measures with
// them and the painter draws with them, so measured text is exactly the drawn text.
QFont sequenceLabelFont(const QFont &base);
QFont sequenceBadgeFont(const QFont &base);
QFont sequenceHeaderFont(const QFont &base);
QFont sequenceAnnotationFont(const QFont &base);

// The label text of a segment for the chosen content (protocol notation, untranslated).
QString segmentLabelText(const Segment &segment, SegmentLabelContent content);

} // namespace tcplab
