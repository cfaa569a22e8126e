#pragma once

#include <QList>
#include <QPointF>
#include <QPolygonF>
#include <QRectF>
#include <QSizeF>

#include <array>
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
        double cosA = 1;  // the angle's cosine and sine, as place() computed them
        double sinA = 0;
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
    // Files a label place() gave the arrow before (an earlier pass, where nothing near it
    // has changed since), as place() filed it.
    void addPlaced(int owner, const Placement &placement, QSizeF size);
    // A placer starts with the memory of the last one its thread finished with, and hands
    // its own on when done: at 100,000 arrows its arrays hold tens of megabytes, which a
    // fresh placer would fault in page by page — and the window lays out again at every
    // zoom, fit and Drop click. (The largest recent layout's arrays stay with the thread.)
    LabelPlacer();
    ~LabelPlacer();
    LabelPlacer(const LabelPlacer &) = delete;
    LabelPlacer &operator=(const LabelPlacer &) = delete;

    // Forgets everything filed, keeping the memory (the layout places again, pass by pass).
    void clear();
    // Room for what a pass will file, asked once: the arrays do not grow by doubling
    // (copying, and faulting in fresh pages twice over, at 100,000 arrows).
    void reserve(int obstacles, int lines, int labels);

    // The four corners of a label of `size` centred at `center`, turned by `angle` degrees.
    static QPolygonF polygon(QPointF center, QSizeF size, double angle);
    // The same corners without a polygon (allocated) around them.
    static std::array<QPointF, 4> corners(QPointF center, QSizeF size, double angle);

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
    // Against the filed entries in the rows the box meets; else names the first in the way.
    bool isFree(const Box &box, int owner, QPointF ownFrom, QPointF ownEnd, Blocker *blocker, int *blockingEntry) const;
    void file(double left, double top, double right, double bottom, int index);
    Placement fileBox(const Candidate &c, int owner, int choice);
    int rowOf(double y) const;

    static constexpr double rowHeight = 32;
    // Obstacles taller than this many rows (lifelines, long states, the time axis) are
    // kept in a short list of their own instead of in every row.
    static constexpr int tallRows = 24;
    // Labels filed in a row after it was sealed: ids in chunks of one pool, each row a
    // chain of chunks (no allocation per row; the pool's memory is kept from pass to pass).
    static constexpr int chunkIds = 7;
    struct Chunk {
        int ids[chunkIds];
        int next = -1;
    };
    struct Row {
        int head = -1; // first chunk in m_chunks
        int tail = -1; // last chunk
        int count = 0; // ids in the chain
    };
    // What is filed before the first place() — obstacles and lines, most of all — is
    // sealed then into one array sorted by row (a row's ids from m_rowStart[r] to
    // m_rowStart[r + 1]); what is filed after goes to the rows' chains. A row's ids are
    // visited in the order they were filed either way.
    void seal();
    void fileInRows(int id, int firstRow, int lastRow);
    // This thread's spare arrays (see LabelPlacer()), and the swap of ours with them.
    struct Spare;
    static Spare &spare();
    void swapArrays(Spare &other);
    template<typename Visit>
    bool forEachInRow(int row, Visit &&visit) const;

    std::vector<Box> m_boxes;
    std::vector<Line> m_lines;
    std::vector<Entry> m_entries;
    std::vector<int> m_tall;     // entry ids of the tall obstacles
    bool m_sealed = false;
    int m_rowCount = 0;          // rows met by any entry
    std::vector<int> m_rowStart; // sealed: per row, where its ids begin in m_sealedIds
    std::vector<int> m_sealedIds;
    std::vector<Row> m_rows;     // filed after sealing
    std::vector<Chunk> m_chunks;
    std::vector<int> m_rowFill;  // seal()'s cursor per row, kept for its memory
};

// True when two convex polygons (here: rectangles, possibly rotated) share interior
// area; separating-axis test.
bool convexPolygonsOverlap(const QPolygonF &a, const QPolygonF &b);

} // namespace tcplab
