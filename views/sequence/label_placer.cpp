#include "sequence/label_placer.h"

#include <QtMath>
#include <algorithm>
#include <cmath>

namespace tcplab {

namespace {

bool separatedOnAxis(const QPolygonF &a, const QPolygonF &b, QPointF axis)
{
    auto project = [&](const QPolygonF &p, double *lo, double *hi) {
        *lo = *hi = QPointF::dotProduct(p[0], axis);
        for (int i = 1; i < p.size(); ++i) {
            const double v = QPointF::dotProduct(p[i], axis);
            *lo = std::min(*lo, v);
            *hi = std::max(*hi, v);
        }
    };
    double aLo, aHi, bLo, bHi;
    project(a, &aLo, &aHi);
    project(b, &bLo, &bHi);
    // Touching edges do not count as overlap.
    return aHi <= bLo + 1e-6 || bHi <= aLo + 1e-6;
}

double cross(QPointF a, QPointF b)
{
    return a.x() * b.y() - a.y() * b.x();
}

bool near(QPointF a, QPointF b)
{
    return std::abs(a.x() - b.x()) < 0.5 && std::abs(a.y() - b.y()) < 0.5;
}

// Whether the closed segments ab and cd have a point in common.
bool segmentsMeet(QPointF a, QPointF b, QPointF c, QPointF d)
{
    const double d1 = cross(b - a, c - a), d2 = cross(b - a, d - a);
    const double d3 = cross(d - c, a - c), d4 = cross(d - c, b - c);
    if (((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0)))
        return true;
    auto onSegment = [](QPointF p, QPointF q, QPointF r) { // r on pq, given collinear
        return std::min(p.x(), q.x()) - 1e-9 <= r.x() && r.x() <= std::max(p.x(), q.x()) + 1e-9
               && std::min(p.y(), q.y()) - 1e-9 <= r.y() && r.y() <= std::max(p.y(), q.y()) + 1e-9;
    };
    constexpr double eps = 1e-9;
    return (std::abs(d1) < eps && onSegment(a, b, c)) || (std::abs(d2) < eps && onSegment(a, b, d))
           || (std::abs(d3) < eps && onSegment(c, d, a)) || (std::abs(d4) < eps && onSegment(c, d, b));
}

// A line crosses the label's own arrow (so it may pass under the label) when the two meet
// anywhere but at an end they share: an arrival and the reply that leaves from it touch
// without crossing, and a label between them must keep clear of both.
bool crossesOwnArrow(QPointF from, QPointF to, QPointF ownFrom, QPointF ownEnd)
{
    if (near(from, ownFrom) || near(from, ownEnd) || near(to, ownFrom) || near(to, ownEnd))
        return false;
    return segmentsMeet(from, to, ownFrom, ownEnd);
}

} // namespace

bool convexPolygonsOverlap(const QPolygonF &a, const QPolygonF &b)
{
    for (const QPolygonF *p : {&a, &b}) {
        for (int i = 0; i < p->size(); ++i) {
            const QPointF e = p->at((i + 1) % p->size()) - p->at(i);
            if (separatedOnAxis(a, b, QPointF(-e.y(), e.x())))
                return false;
        }
    }
    return true;
}

int LabelPlacer::rowOf(double y) const
{
    // max(0, floor(y / rowHeight)) without a call to floor(): rowHeight is a power of two,
    // so the quotient is exact, and from 1 up truncation is the floor; below (and for what
    // an int cannot hold) row 0, as before.
    const double q = y * (1.0 / rowHeight);
    return q >= 1 && q < 2147483648.0 ? int(q) : 0;
}

void LabelPlacer::file(double left, double top, double right, double bottom, int index)
{
    const int id = int(m_entries.size());
    const int firstRow = rowOf(top), lastRow = rowOf(bottom);
    m_entries.push_back({left, top, right, bottom, index, firstRow});
    if (index >= 0 && lastRow - firstRow > tallRows) {
        m_tall.push_back(id);
        return;
    }
    m_rowCount = std::max(m_rowCount, lastRow + 1);
    if (m_sealed)
        fileInRows(id, firstRow, lastRow);
}

void LabelPlacer::fileInRows(int id, int firstRow, int lastRow)
{
    if (int(m_rows.size()) < m_rowCount)
        m_rows.resize(size_t(m_rowCount));
    for (int r = firstRow; r <= lastRow; ++r) {
        Row &row = m_rows[size_t(r)];
        const int slot = row.count % chunkIds;
        if (slot == 0) {
            const int chunk = int(m_chunks.size());
            m_chunks.emplace_back();
            if (row.tail >= 0)
                m_chunks[size_t(row.tail)].next = chunk;
            else
                row.head = chunk;
            row.tail = chunk;
        }
        m_chunks[size_t(row.tail)].ids[slot] = id;
        ++row.count;
    }
}

// Counting sort of what is filed so far by row: one pass to count, one to place.
void LabelPlacer::seal()
{
    m_sealed = true;
    m_rowStart.assign(size_t(m_rowCount) + 1, 0);
    size_t tall = 0;
    auto isTall = [&](int id) {
        if (tall < m_tall.size() && m_tall[tall] == id) {
            ++tall;
            return true;
        }
        return false;
    };
    const int n = int(m_entries.size());
    for (int id = 0; id < n; ++id) {
        if (isTall(id))
            continue;
        const Entry &e = m_entries[size_t(id)];
        for (int r = e.firstRow, last = rowOf(e.bottom); r <= last; ++r)
            ++m_rowStart[size_t(r) + 1];
    }
    for (size_t r = 1; r < m_rowStart.size(); ++r)
        m_rowStart[r] += m_rowStart[r - 1];
    m_sealedIds.resize(size_t(m_rowStart.back()));
    std::vector<int> &next = m_rowFill;
    next.assign(m_rowStart.begin(), m_rowStart.end() - 1);
    tall = 0;
    for (int id = 0; id < n; ++id) {
        if (isTall(id))
            continue;
        const Entry &e = m_entries[size_t(id)];
        for (int r = e.firstRow, last = rowOf(e.bottom); r <= last; ++r)
            m_sealedIds[size_t(next[size_t(r)]++)] = id;
    }
}

// Calls visit(entry id) for the row's ids in the order they were filed, until it returns
// true (then returns true).
template<typename Visit>
bool LabelPlacer::forEachInRow(int row, Visit &&visit) const
{
    if (size_t(row) + 1 < m_rowStart.size()) {
        for (int k = m_rowStart[size_t(row)], end = m_rowStart[size_t(row) + 1]; k < end; ++k)
            if (visit(m_sealedIds[size_t(k)]))
                return true;
    }
    if (size_t(row) < m_rows.size()) {
        const Row &r = m_rows[size_t(row)];
        int remaining = r.count;
        for (int c = r.head; c >= 0; c = m_chunks[size_t(c)].next) {
            const Chunk &chunk = m_chunks[size_t(c)];
            const int n = std::min(remaining, chunkIds);
            for (int k = 0; k < n; ++k)
                if (visit(chunk.ids[k]))
                    return true;
            remaining -= n;
        }
    }
    return false;
}

void LabelPlacer::addObstacle(const QRectF &rect, int key)
{
    const QRectF r = rect.normalized();
    Box box;
    box.key = key;
    box.center = r.center();
    box.halfWidth = r.width() / 2;
    box.halfHeight = r.height() / 2;
    m_boxes.push_back(box);
    file(r.left(), r.top(), r.right(), r.bottom(), int(m_boxes.size()) - 1);
}

void LabelPlacer::addLine(int owner, QPointF from, QPointF to)
{
    m_lines.push_back({from, to, owner});
    file(std::min(from.x(), to.x()), std::min(from.y(), to.y()), std::max(from.x(), to.x()),
         std::max(from.y(), to.y()), -int(m_lines.size()));
}

std::array<QPointF, 4> LabelPlacer::corners(QPointF center, QSizeF size, double angle)
{
    const double a = qDegreesToRadians(angle);
    const QPointF ex(std::cos(a) * size.width() / 2, std::sin(a) * size.width() / 2);
    const QPointF ey(-std::sin(a) * size.height() / 2, std::cos(a) * size.height() / 2);
    return {center - ex - ey, center + ex - ey, center + ex + ey, center - ex + ey};
}

QPolygonF LabelPlacer::polygon(QPointF center, QSizeF size, double angle)
{
    const std::array<QPointF, 4> c = corners(center, size, angle);
    return QPolygonF({c[0], c[1], c[2], c[3]});
}

// Calls visit(candidate) for each place beside the arrow, in order of preference, until it
// returns true. No list is built: most labels take the first place they try.
template<typename Visit>
bool LabelPlacer::forEachCandidate(QPointF from, QPointF to, QPointF drawnEnd, QSizeF size, Visit &&visit)
{
    QPointF dir = to - from;
    double fullLength = std::hypot(dir.x(), dir.y());
    if (fullLength < 1e-6) {
        dir = QPointF(1, 0);
        fullLength = 1;
    }
    const QPointF u = dir / fullLength;
    const double drawnLength = std::hypot(drawnEnd.x() - from.x(), drawnEnd.y() - from.y());

    // Text reads left to right whatever the arrow's direction.
    const double slope = u.x() < 0 ? std::atan2(-u.y(), -u.x()) : std::atan2(u.y(), u.x());
    const double degrees = std::abs(qRadiansToDegrees(slope));
    const double hw = size.width() / 2, hh = size.height() / 2;

    // Along the drawn part, clear of the lifelines at its ends, middle first. A long arrow
    // (a segment delayed across other traffic) is tried all along, a label's length apart.
    constexpr double endMargin = 12;
    static constexpr double fractions[] = {0.5, 0.38, 0.62, 0.26, 0.74, 0.15, 0.85, 0.06, 0.94};
    constexpr int fractionCount = int(std::size(fractions));
    const double stride = std::max(size.width(), 24.0);
    const int extra = drawnLength > 6 * stride ? std::min(55, int(drawnLength / stride)) : 0;
    auto along = [&](double angle, QPointF normal, double offset, double halfAlong) {
        // A label longer than the drawn part of a dropped segment may run on beside the
        // dotted rest of its way, as long as it stays beside the drawn part too.
        const double lo = halfAlong + endMargin;
        const double minOverlap = std::min(2 * halfAlong, std::max(24.0, drawnLength / 2));
        const double hi = std::min(fullLength - halfAlong - endMargin, drawnLength + halfAlong - minOverlap);
        Candidate c;
        c.angle = qRadiansToDegrees(angle);
        c.box.cosA = std::cos(angle);
        c.box.sinA = std::sin(angle);
        c.box.halfWidth = hw;
        c.box.halfHeight = hh;
        double taken[fractionCount + 56];
        int takenCount = 0;
        for (int i = 0; i < fractionCount + extra; ++i) {
            const double f = i < fractionCount ? fractions[i] : (i - fractionCount + 1) * stride / drawnLength;
            const double s = lo <= hi ? std::clamp(f * drawnLength, lo, hi) : drawnLength / 2;
            bool seen = false;
            for (int t = 0; t < takenCount && !seen; ++t)
                seen = std::abs(taken[t] - s) < 1;
            if (seen)
                continue;
            taken[takenCount++] = s;
            const QPointF onLine = from + u * s;
            for (double side : {1.0, -1.0}) {
                c.box.center = onLine + normal * (side * offset);
                if (visit(c))
                    return true;
            }
        }
        return false;
    };
    // Rotated to the slope: the label's long side runs along the arrow, `gap` away.
    auto rotated = [&] { return along(slope, QPointF(std::sin(slope), -std::cos(slope)), gap + hh, hw); };
    if (degrees <= maxRotation)
        return rotated();
    // A steep arrow: level text beside it, its nearest corner `gap` away, or text along the
    // arrow. Up to 75° the text along it comes first (level text would stand far out across
    // the arrows beside it); steeper, only level text.
    QPointF normal(-u.y(), u.x());
    if (normal.y() > 0 || (normal.y() == 0 && normal.x() < 0))
        normal = -normal; // above (or right of) the line first
    auto level = [&] {
        return along(0, normal, gap + std::abs(normal.x()) * hw + std::abs(normal.y()) * hh,
                     std::abs(u.x()) * hw + std::abs(u.y()) * hh);
    };
    if (degrees <= maxSteepRotation && rotated())
        return true;
    return level();
}

// Whether the segment a → b comes within `margin` of the box: in the box's frame, the
// segment meets the box grown by the margin unless one of three axes separates them — the
// box's two and the segment's normal (separating axes; no divisions, unlike clipping).
bool LabelPlacer::segmentComesWithin(const Box &box, QPointF a, QPointF b, double margin)
{
    const double ax = a.x() - box.center.x(), ay = a.y() - box.center.y();
    const double bx = b.x() - box.center.x(), by = b.y() - box.center.y();
    const double x0 = ax * box.cosA + ay * box.sinA, y0 = ay * box.cosA - ax * box.sinA;
    const double x1 = bx * box.cosA + by * box.sinA, y1 = by * box.cosA - bx * box.sinA;
    const double hx = box.halfWidth + margin, hy = box.halfHeight + margin;
    if (std::min(x0, x1) > hx || std::max(x0, x1) < -hx || std::min(y0, y1) > hy || std::max(y0, y1) < -hy)
        return false;
    const double dx = x1 - x0, dy = y1 - y0;
    return std::abs(dx * y0 - dy * x0) <= hx * std::abs(dy) + hy * std::abs(dx);
}

// Whether a filed entry keeps the candidate box from its place (and what it is).
bool LabelPlacer::blocks(const Entry &entry, const Box &box, int owner, QPointF ownFrom, QPointF ownEnd,
                         Blocker *blocker) const
{
    const QPointF e1(box.cosA, box.sinA), e2(-box.sinA, box.cosA);
    if (entry.index >= 0) {
        // Two oriented boxes overlap unless one of their four axes separates them
        // by at least `spacing`.
        const Box &o = m_boxes[entry.index];
        const QPointF f1(o.cosA, o.sinA), f2(-o.sinA, o.cosA);
        const QPointF d = o.center - box.center;
        bool separated = false;
        for (QPointF axis : {e1, e2, f1, f2}) {
            const double ra = box.halfWidth * std::abs(QPointF::dotProduct(e1, axis))
                              + box.halfHeight * std::abs(QPointF::dotProduct(e2, axis));
            const double rb = o.halfWidth * std::abs(QPointF::dotProduct(f1, axis))
                              + o.halfHeight * std::abs(QPointF::dotProduct(f2, axis));
            if (std::abs(QPointF::dotProduct(d, axis)) >= ra + rb + spacing) {
                separated = true;
                break;
            }
        }
        if (!separated) {
            *blocker = {o.owner, o.key};
            return true;
        }
        return false;
    }
    const Line &line = m_lines[-1 - entry.index];
    if (line.owner == owner)
        return false;
    const bool inside = segmentComesWithin(box, line.from, line.to, lineClearance);
    if (inside && !crossesOwnArrow(line.from, line.to, ownFrom, ownEnd)) {
        *blocker = {line.owner, -1};
        return true;
    }
    return false;
}

bool LabelPlacer::isFree(const Box &box, int owner, QPointF ownFrom, QPointF ownEnd, Blocker *blocker,
                         int *blockingEntry) const
{
    const double ex = std::abs(box.cosA) * box.halfWidth + std::abs(box.sinA) * box.halfHeight;
    const double ey = std::abs(box.sinA) * box.halfWidth + std::abs(box.cosA) * box.halfHeight;
    const double reach = std::max(lineClearance, spacing);
    const double qLeft = box.center.x() - ex - reach, qRight = box.center.x() + ex + reach;
    const double qTop = box.center.y() - ey - reach, qBottom = box.center.y() + ey + reach;
    const int last = std::min(m_rowCount - 1, rowOf(qBottom));
    for (int id : m_tall) {
        const Entry &entry = m_entries[size_t(id)];
        if (entry.right < qLeft || entry.left > qRight || entry.bottom < qTop || entry.top > qBottom)
            continue;
        if (blocks(entry, box, owner, ownFrom, ownEnd, blocker)) {
            *blockingEntry = id;
            return false;
        }
    }
    const int first = rowOf(qTop);
    for (int r = first; r <= last; ++r) {
        const bool blocked = forEachInRow(r, [&](int id) {
            const Entry &entry = m_entries[size_t(id)];
            // An entry in several rows is looked at once, in the first row of both.
            if (entry.firstRow < r && r > first)
                return false;
            if (entry.right < qLeft || entry.left > qRight || entry.bottom < qTop || entry.top > qBottom)
                return false;
            if (!blocks(entry, box, owner, ownFrom, ownEnd, blocker))
                return false;
            *blockingEntry = id;
            return true;
        });
        if (blocked)
            return false;
    }
    return true;
}

LabelPlacer::Placement LabelPlacer::fileBox(const Candidate &c, int owner, int choice)
{
    Box b = c.box;
    b.owner = owner;
    const double ex = std::abs(b.cosA) * b.halfWidth + std::abs(b.sinA) * b.halfHeight;
    const double ey = std::abs(b.sinA) * b.halfWidth + std::abs(b.cosA) * b.halfHeight;
    Placement p;
    p.center = b.center;
    p.angle = c.angle;
    p.bounds = QRectF(b.center.x() - ex, b.center.y() - ey, 2 * ex, 2 * ey);
    p.choice = choice;
    p.cosA = b.cosA;
    p.sinA = b.sinA;
    m_boxes.push_back(b);
    file(p.bounds.left(), p.bounds.top(), p.bounds.right(), p.bounds.bottom(), int(m_boxes.size()) - 1);
    return p;
}

bool LabelPlacer::place(int owner, QPointF from, QPointF to, QPointF drawnEnd, QSizeF size, Placement *placement,
                        QList<Blocker> *blockers, int preferred)
{
    if (!m_sealed)
        seal();
    // Most places tried and not free are blocked by what blocked a place tried before (a
    // neighbour's label, a line): that is checked first. The answer, free or not, is the
    // same; only which blocker is named first may differ, so a label that finds no place
    // is tried again the slow way to name them as always.
    constexpr int recentMost = 8;
    int recent[recentMost]; // what blocked the places tried so far, latest first
    int recentCount = 0;
    Blocker blocker;
    auto tryPlace = [&](const Candidate &c, int choice, bool quick) {
        // Beside its own arrow's drawn line, not only beside where the line would go on.
        if (!segmentComesWithin(c.box, from, drawnEnd, gap + 0.5))
            return false;
        if (quick) {
            for (int k = 0; k < recentCount; ++k)
                if (blocks(m_entries[size_t(recent[k])], c.box, owner, from, to, &blocker))
                    return false;
        }
        // Lines that cross its arrow's way — the drawn part, or the dotted rest of a dropped
        // segment's way, beside which its label may run — pass under it.
        int entry = -1;
        if (isFree(c.box, owner, from, to, &blocker, &entry)) {
            *placement = fileBox(c, owner, choice);
            return true;
        }
        if (entry >= 0) {
            recentCount = std::min(recentCount + 1, recentMost);
            std::copy_backward(recent, recent + recentCount - 1, recent + recentCount);
            recent[0] = entry;
        }
        if (!quick && blockers && !blockers->contains(blocker))
            blockers->append(blocker);
        return false;
    };
    auto tryAll = [&](bool quick) {
        // The place it had before first: after a pass that made room elsewhere, most
        // labels keep theirs.
        if (preferred >= 0) {
            int index = 0;
            bool placed = false;
            forEachCandidate(from, to, drawnEnd, size, [&](const Candidate &c) {
                if (index++ != preferred)
                    return false;
                placed = tryPlace(c, preferred, quick);
                return true;
            });
            if (placed)
                return true;
        }
        int index = 0;
        return forEachCandidate(from, to, drawnEnd, size, [&](const Candidate &c) {
            const int choice = index++;
            return choice != preferred && tryPlace(c, choice, quick);
        });
    };
    if (tryAll(true))
        return true;
    if (blockers)
        tryAll(false); // finds no place either
    return false;
}

LabelPlacer::Placement LabelPlacer::placeAnyway(QPointF from, QPointF to, QPointF drawnEnd, QSizeF size)
{
    if (!m_sealed)
        seal();
    Placement placement;
    forEachCandidate(from, to, drawnEnd, size, [&](const Candidate &c) {
        placement = fileBox(c, -1, 0);
        return true;
    });
    return placement;
}

void LabelPlacer::addPlaced(int owner, const Placement &placement, QSizeF size)
{
    if (!m_sealed)
        seal();
    Box b;
    b.center = placement.center;
    b.cosA = placement.cosA;
    b.sinA = placement.sinA;
    b.halfWidth = size.width() / 2;
    b.halfHeight = size.height() / 2;
    b.owner = owner;
    m_boxes.push_back(b);
    const QRectF &r = placement.bounds;
    file(r.left(), r.top(), r.right(), r.bottom(), int(m_boxes.size()) - 1);
}

// Cleared arrays, their capacity kept. Two placers alive at once on a thread (never so in
// a layout) simply do not share: the second starts empty.
struct LabelPlacer::Spare {
    std::vector<Box> boxes;
    std::vector<Line> lines;
    std::vector<Entry> entries;
    std::vector<int> tall, rowStart, sealedIds, rowFill;
    std::vector<Row> rows;
    std::vector<Chunk> chunks;
};

LabelPlacer::Spare &LabelPlacer::spare()
{
    thread_local Spare spare;
    return spare;
}

LabelPlacer::LabelPlacer()
{
    swapArrays(spare());
}

LabelPlacer::~LabelPlacer()
{
    clear();
    if (spare().entries.capacity() < m_entries.capacity()) // the larger set is kept
        swapArrays(spare());
}

void LabelPlacer::swapArrays(Spare &other)
{
    m_boxes.swap(other.boxes);
    m_lines.swap(other.lines);
    m_entries.swap(other.entries);
    m_tall.swap(other.tall);
    m_rowStart.swap(other.rowStart);
    m_sealedIds.swap(other.sealedIds);
    m_rowFill.swap(other.rowFill);
    m_rows.swap(other.rows);
    m_chunks.swap(other.chunks);
}

void LabelPlacer::reserve(int obstacles, int lines, int labels)
{
    m_boxes.reserve(size_t(obstacles) + size_t(labels));
    m_lines.reserve(size_t(lines));
    m_entries.reserve(size_t(obstacles) + size_t(lines) + size_t(labels));
    // A label meets two or three rows, most rows hold a label or two: about a chunk each.
    m_chunks.reserve(3 * size_t(labels));
}

void LabelPlacer::clear()
{
    m_boxes.clear();
    m_lines.clear();
    m_entries.clear();
    m_tall.clear();
    m_sealed = false;
    m_rowStart.clear();
    m_sealedIds.clear();
    for (size_t r = 0, n = std::min(m_rows.size(), size_t(m_rowCount)); r < n; ++r)
        m_rows[r] = Row();
    m_chunks.clear(); // all of these keep their memory for the next pass
    m_rowCount = 0;
}

} // namespace tcplab
