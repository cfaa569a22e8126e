#pragma once

#include "sequence/flood_summary.h"
#include "sequence/label_placer.h"
#include "sequence/sequence_layout.h"
#include "sequence/text_widths.h"

#include <QFontMetricsF>
#include <QHash>

namespace tcplab {

class Trace;

// Computes a SequenceLayout (see layoutSequence()). The horizontal layout, the texts and
// the sizes of the labels are worked out once; then the vertical layout is done in passes:
// the time axis is built, everything is placed along it, and wherever a label or a state
// or timer text found no free place beside what it belongs to, that gap of the axis gets
// more room and the next pass places everything again. A pass is linear in the size of the
// trace; most stories need one or two.
class SequenceLayoutBuilder
{
public:
    // With a width to fit, the lifelines are as far apart as it allows, at least
    // `leastSpacing` and at most widestSpacing.
    SequenceLayoutBuilder(const Trace &trace, const SequenceLayoutOptions &options,
                          double leastSpacing = narrowestSpacing);

    // At the narrowest, labels wrap into a few short lines and the layout makes the height
    // they need; in a crowded story a label may then find no free place at all.
    static constexpr double narrowestSpacing = 120;
    // Where every label of the shipped stories under random faults has found its place.
    static constexpr double roomySpacing = 280;
    // Wider, a typical arrow would lie nearly flat and the eye loses which end is which.
    static constexpr double widestSpacing = 640;

    // The per-arrow working arrays start with the memory of the last builder this thread
    // finished with and hand theirs on (see Spare).
    ~SequenceLayoutBuilder();
    SequenceLayoutBuilder(const SequenceLayoutBuilder &) = delete;
    SequenceLayoutBuilder &operator=(const SequenceLayoutBuilder &) = delete;
    SequenceLayout build();

    // The one-way delay most segments take (the median), at least 10 µs.
    static SimTime typicalOneWayDelay(const Trace &trace);

private:
    // A text beside a lifeline (a state's name, a timer's, a SYN-queue mark), placed where
    // what it names begins.
    enum class SideKind { State, Timer, QueueMark };
    struct SideItem {
        SideKind kind = SideKind::State;
        int index = 0;  // into stateBands, timers, or the queue's marks
        int lane = 0;
        int key = 0;    // key time where it begins
        int order = 0;  // states, then timers, then queue marks at one moment
        QSizeF size;
    };

    void makeLanes();
    void summariseFlood();
    void collectBandsAndTimers();
    void collectQueueAndFloodTexts();
    void assignColumns();
    void placeHorizontally();
    // Wraps the flood's words to lines of at most maxWidth (whole words; CJK text between
    // its characters) and returns the gap's text width they then need.
    double wrapFloodText(double maxWidth);
    void makeArrows();
    void wrapLabel(int arrow, double width);
    QList<int> crossingCounts() const;
    bool narrowLabel(int arrow);
    bool blockedAlongside(int arrow, const QList<LabelPlacer::Blocker> &blockers) const;
    void collectKeyTimes();
    void computeOffsets();
    void collectSideItems();
    // Room the labels of arrows crossed by traffic the other way will need, asked for
    // before the first pass instead of learnt from it.
    void estimateRoomForCrossedLabels();
    // One vertical pass; true when everything found its place without more room.
    bool layOutVertically(bool lastPass);
    void placeArrowGeometry();
    void placeBandsAndTimers();
    void placeSideTexts();
    void placeBreaks();
    void placeFloodAndQueue();
    // Files the obstacles, and lowers m_changedFrom to where they differ from last pass's.
    void addObstacles(LabelPlacer &placer);
    void placeLabels(LabelPlacer &placer, bool lastPass);
    // Asks for more room before the key time next pass; false when no more can help.
    bool addRoom(int key, double pixels);
    bool makeRoomFor(int arrow, const LabelPlacer::Blocker &blocker, double room);
    // Room over the arrow's flight, spread by duration: a larger scale where it flies.
    bool spreadOverFlight(int arrow, double room);
    void finish();
    // This thread's spare working arrays: the large per-arrow and per-key ones, emptied
    // but with their capacity. At 100,000 arrows they hold tens of MB that a fresh builder
    // would fault in page by page, at every zoom, fit and Drop click. A builder takes them
    // when made and hands its own back when done (the larger set is kept).
    struct Spare;
    static Spare &spare();
    void swapWorkingArrays(Spare &other);

    int keyOf(SimTime t) const;
    int keyNear(SimTime t, int hint) const;
    double sideOf(int lane) const;
    double outerExtent(int lane) const;
    double laneEdge(int lane) const; // where the side texts begin
    // Whether a flood's words stand in the target's column of side texts: true when that
    // column faces the attackers' lifeline.
    bool floodTextBesideTarget(const FloodGeometry &f) const;
    // Whether no arrow is drawn between a summarised flood's target and attackers.
    bool floodGapIsEmpty(const FloodGeometry &f) const;
    // The top at or below rect's where it overlaps none of the lane's side texts.
    double belowSideTexts(int lane, const QRectF &rect) const;
    bool summarised() const;

    const Trace &m_trace;
    SequenceLayout L;
    QFontMetricsF m_labelFm;
    QFontMetricsF m_badgeFm;
    QFontMetricsF m_headerFm;
    QFontMetricsF m_annotationFm;
    double m_labelLineSpacing = 0;
    double m_badgeLineSpacing = 0;
    TextWidths m_labelWidths;
    TextWidths m_badgeWidths;

    QList<int> m_laneOfHost;
    int m_attackerLane = -1;
    int m_nobodyLane = -1;
    FloodSummary m_flood;
    double m_pixelsPerMs = 1;
    SimTime m_breakThreshold = 0;
    double m_spacing = 300;
    double m_leastSpacing = narrowestSpacing;
    QList<double> m_sideWidth;  // per lane
    QList<bool> m_hasQueue;     // per lane
    QList<double> m_bandExtent;    // per lane: how far its band columns reach
    QList<double> m_bracketExtent; // per lane: how far its timer brackets reach
    QList<int> m_bandColumn;       // per state band
    QList<int> m_bracketColumn;    // per timer
    double m_floodTextWidth = 0;
    QList<QStringList> m_floodText; // per flood, unwrapped

    QStringList m_labelText;    // per arrow, unwrapped
    QStringList m_badgeText;    // per arrow
    std::vector<SimTime> m_arrives; // per arrow: when it arrives (where it would have, if dropped)
    QList<int> m_crossings;     // per arrow: arrows the other way that cross it
    QList<SimTime> m_keys;      // every moment something is drawn at, sorted
    QList<double> m_keyY;       // this pass: y of each key time
    QList<int> m_sendKey;       // per arrow
    QList<int> m_endKey;        // per arrow
    QList<double> m_offset;     // per arrow: sent this far below its moment
    QList<double> m_endOffset;  // per arrow: ends this far below the moment it ends
    QList<double> m_hold;       // per key
    QHash<int, double> m_stepBoost; // per key: more between the arrows one host sends then
    bool m_offsetsCurrent = false; // m_offset, m_endOffset and m_hold follow the labels and boosts
    // Offsets depend on a label only where its arrow shares its moment with another arrow
    // of its host (the step between them fits the taller label). A label wrapped anew
    // whose arrow is alone at its moment leaves them as they are: m_offsetsCurrent stays.
    bool m_offsetsComputed = false;
    std::vector<char> m_inMoment; // per arrow: sent at a moment with other arrows
    QList<double> m_room;       // per key: extra height of the gap ending there
    QList<double> m_roomAsked;  // per key, this pass
    QList<SideItem> m_sideItems;
    QList<int> m_labelOrder;    // arrows by their top, this pass
    QList<int> m_sendOrder;     // arrows by when they are sent
    std::vector<std::pair<int, int>> m_moments; // ranges of m_sendOrder: moments of several arrows
    struct MomentArrow {
        SimTime endsAt;
        double dx;  // across, at least 1
        double dy0; // down, at the bare scale
        int arrow;
        int fromLane;
        int toLane;
    };
    std::vector<MomentArrow> m_momentArrows; // the moments' arrows, in m_sendOrder's order
    std::vector<QSizeF> m_labelSize;         // per arrow: its label's size
    QList<int> m_choice;        // per arrow: the place its label took last pass
    QList<double> m_top;        // this pass, per arrow: the top of its line
    std::vector<double> m_maxY; // per arrow: ArrowGeometry::maxY as last placed
    QList<double> m_length;
    QList<double> m_sorted;
    LabelPlacer m_placer;       // cleared each pass, its memory kept
    // A pass after the first keeps the labels of the last one that it would place again
    // exactly where they are: those placed first (in label order), above everything that
    // moved. Room is made below where it was asked, so in a long run that is most labels.
    struct Obstacle {
        QRectF rect;
        int key = -1;
    };
    std::vector<Obstacle> m_obstacles;     // this pass's, as filed
    std::vector<Obstacle> m_lastObstacles; // last pass's
    double m_changedFrom = 0;   // this pass: the top of what a label avoids and has moved
    QList<LabelPlacer::Placement> m_placement; // per arrow: where place() put its label last
    std::vector<char> m_placed; // per arrow: whether place() placed its label last pass
    QList<int> m_lastOrder;     // m_labelOrder of the last pass
    bool m_roomNeeded = false;
};

} // namespace tcplab
