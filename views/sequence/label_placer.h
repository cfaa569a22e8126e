#pragma once

#include <QList>
#include <QPointF>
#include <QPolygonF>
#include <QRectF>
#include <QSizeF>

namespace tcplab {

// Places arrow labels so that none overlaps another, without ever shortening one
// (Wireshark's flow graph elides; we don't). A label sits along its arrow, rotated to the
// arrow's slope while that stays readable (≤ 40°), else horizontal beside the arrow. It
// tries positions along the arrow and both sides of it, then stacks further away.
// Placed labels are filed in rows of fixed height, so a candidate is checked only against
// its neighbours: 100,000 arrows lay out in linear time.
class LabelPlacer
{
public:
    struct Placement {
        QPointF center;
        double angle = 0; // degrees
        QPolygonF polygon;
        QRectF bounds;
    };

    // from → to is the whole arrow; drawnEnd is where its line stops (a dropped segment).
    Placement place(QPointF from, QPointF to, QPointF drawnEnd, QSizeF size);
    // Adds an obstacle no label may cover (e.g. a break band's text).
    void addObstacle(const QRectF &rect);

    static constexpr double maxRotation = 40.0;

private:
    struct Entry {
        QPolygonF polygon;
        QRectF bounds;
    };
    bool collides(const QPolygonF &polygon, const QRectF &bounds) const;
    void insert(const QPolygonF &polygon, const QRectF &bounds);
    int rowOf(double y) const;

    static constexpr double rowHeight = 64;
    QList<Entry> m_entries;
    QList<QList<int>> m_rows; // entry ids per row of rowHeight pixels
};

// True when two convex polygons (here: rectangles, possibly rotated) share interior
// area; separating-axis test.
bool convexPolygonsOverlap(const QPolygonF &a, const QPolygonF &b);

} // namespace tcplab
