#pragma once

#include <QList>
#include <QPointF>
#include <QPolygonF>
#include <QRectF>
#include <QSizeF>

#include <vector>

namespace tcplab {

// Places arrow labels beside their own arrows, without ever shortening one (Wireshark's
// flow graph elides; we don't) and without ever moving one away from its arrow: a label
// sits along its arrow at a gap of `gap` pixels, rotated to the arrow's slope while that
// stays readable (≤ 40°), else horizontal beside the arrow. It tries places along the arrow
// on both sides; when none is free, place() says so and the layout makes room (more time
// between the arrows) instead of stacking the label far away, where it would name the
// wrong arrow.
//
// A label may cover no other label, no obstacle (host boxes, the time axis, state and
// timer texts, bands, brackets, break texts) and no other arrow's line that stays apart
// from its own — a line that runs beside it would look like the label's arrow. Lines that
// cross its own arrow pass under it (crossing is unavoidable, and not mistakable).
// Everything is filed in rows of fixed height, so a candidate is checked only against its
// neighbours: 100,000 arrows lay out in linear time.
class LabelPlacer
{
public:
    struct Placement {
        QPointF center;
        double angle = 0; // degrees
        QRectF bounds;
        int choice = -1;  // which of the arrow's places it is (see place())
    };

    static constexpr double maxRotation = 40.0;
    // Steeper arrows get level labels, or labels along them up to this angle when level
    // ones do not fit.
    static constexpr double maxSteepRotation = 75.0;
    static constexpr double gap = 2.0;           // from a label to its own arrow
    static constexpr double lineClearance = 3.5; // from a label to any other arrow apart from its own
    static constexpr double spacing = 1.0;       // between two labels, and a label and an obstacle

    // What kept a label from a place: an arrow's line or label (arrow >= 0), or an obstacle
    // that stands at a moment of the caller's (key >= 0) or nowhere in particular.
    struct Blocker {
        int arrow = -1;
        int key = -1;
        friend bool operator==(const Blocker &, const Blocker &) = default;
    };

    // An obstacle no label may cover; `key` is the caller's moment it belongs to, if any.
    void addObstacle(const QRectF &rect, int key = -1);
    // An arrow's drawn line; `owner` is the caller's arrow number, passed again to place().
    void addLine(int owner, QPointF from, QPointF to);
    // Tries the places beside the arrow from → to (drawn as far as drawnEnd) in order of
    // preference — the place `preferred` first, when given (the one it had before) — and
    // files and returns the first free one. Else returns false and, when asked, what stood
    // in the way of each place (once each).
    bool place(int owner, QPointF from, QPointF to, QPointF drawnEnd, QSizeF size, Placement *placement,
               QList<Blocker> *blockers = nullptr, int preferred = -1);
    // The preferred place whatever covers it (used only when the layout has run out of
    // room to make); filed like any other.
    Placement placeAnyway(QPointF from, QPointF to, QPointF drawnEnd, QSizeF size);
    // Forgets everything filed, keeping the memory (the layout places again, pass by pass).
    void clear();

    // The four corners of a label of `size` centred at `center`, turned by `angle` degrees.
    static QPolygonF polygon(QPointF center, QSizeF size, double angle);

private:
    struct Box {
        QPointF center;
        double cosA = 1;
        double sinA = 0;
        double halfWidth = 0;
        double halfHeight = 0;
        int owner = -1; // the arrow whose label it is
        int key = -1;   // an obstacle's moment
    };
    struct Line {
        QPointF from;
        QPointF to;
        int owner = -1;
    };
    struct Entry {
        double left, top, right, bottom;
        int index = 0;    // into m_boxes (>= 0) or m_lines (-1 - index)
        int firstRow = 0; // the first row it is filed in
    };
    struct Candidate {
        Box box;
        double angle = 0;
    };

    template<typename Visit>
    static bool forEachCandidate(QPointF from, QPointF to, QPointF drawnEnd, QSizeF size, Visit &&visit);
    static bool segmentComesWithin(const Box &box, QPointF a, QPointF b, double margin);
    bool blocks(const Entry &entry, const Box &box, int owner, QPointF ownFrom, QPointF ownEnd, Blocker *blocker) const;
    // Against the filed entries in the rows the box meets.
    bool isFree(const Box &box, int owner, QPointF ownFrom, QPointF ownEnd, Blocker *blocker) const;
    void file(double left, double top, double right, double bottom, int index);
    Placement fileBox(const Candidate &c, int owner, int choice);
    int rowOf(double y) const;

    static constexpr double rowHeight = 32;
    // Obstacles taller than this many rows (lifelines, long states, the time axis) are
    // kept in a short list of their own instead of in every row.
    static constexpr int tallRows = 24;
    // Plain vectors: a pass files hundreds of thousands of entries, and clear() keeps their
    // memory for the next.
    std::vector<Box> m_boxes;
    std::vector<Line> m_lines;
    std::vector<Entry> m_entries;
    std::vector<std::vector<int>> m_rows; // entry ids per row of rowHeight pixels
    std::vector<int> m_tall;              // entry ids of the tall obstacles
    size_t m_rowsUsed = 0;
};

// True when two convex polygons (here: rectangles, possibly rotated) share interior
// area; separating-axis test.
bool convexPolygonsOverlap(const QPolygonF &a, const QPolygonF &b);

} // namespace tcplab
