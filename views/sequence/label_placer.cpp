#include "sequence/label_placer.h"

#include <QLineF>
#include <QtMath>
#include <algorithm>
#include <cmath>

namespace tcplab {

namespace {

QPolygonF orientedRect(QPointF center, QSizeF size, double angleDegrees)
{
    const double a = qDegreesToRadians(angleDegrees);
    const QPointF ex(std::cos(a) * size.width() / 2, std::sin(a) * size.width() / 2);
    const QPointF ey(-std::sin(a) * size.height() / 2, std::cos(a) * size.height() / 2);
    return QPolygonF({center - ex - ey, center + ex - ey, center + ex + ey, center - ex + ey});
}

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

void LabelPlacer::addObstacle(const QRectF &rect)
{
    insert(QPolygonF(rect), rect);
}

int LabelPlacer::rowOf(double y) const
{
    return std::max(0, int(std::floor(y / rowHeight)));
}

void LabelPlacer::insert(const QPolygonF &polygon, const QRectF &bounds)
{
    const int id = int(m_entries.size());
    m_entries.append({polygon, bounds});
    const int last = rowOf(bounds.bottom());
    if (m_rows.size() <= last)
        m_rows.resize(last + 1);
    for (int r = rowOf(bounds.top()); r <= last; ++r)
        m_rows[r].append(id);
}

bool LabelPlacer::collides(const QPolygonF &polygon, const QRectF &bounds) const
{
    const int last = std::min(int(m_rows.size()) - 1, rowOf(bounds.bottom()));
    for (int r = rowOf(bounds.top()); r <= last; ++r) {
        for (int id : m_rows[r]) {
            const Entry &e = m_entries[id];
            if (e.bounds.intersects(bounds) && convexPolygonsOverlap(e.polygon, polygon))
                return true;
        }
    }
    return false;
}

LabelPlacer::Placement LabelPlacer::place(QPointF from, QPointF to, QPointF drawnEnd, QSizeF size)
{
    QLineF whole(from, to);
    if (whole.length() < 1e-6)
        whole.setP2(from + QPointF(1, 0));
    const double fullLength = whole.length();
    const double drawnLength = QLineF(from, drawnEnd).length();
    const QPointF unit = (whole.p2() - whole.p1()) / fullLength;

    // Text reads left to right whatever the arrow's direction.
    double angle = qRadiansToDegrees(std::atan2(unit.y(), unit.x()));
    if (unit.x() < 0)
        angle = qRadiansToDegrees(std::atan2(-unit.y(), -unit.x()));
    const bool rotated = std::abs(angle) <= maxRotation;
    if (!rotated)
        angle = 0;
    const double a = qDegreesToRadians(angle);
    const QPointF up(std::sin(a), -std::cos(a)); // "above" the text baseline direction

    constexpr double gap = 2.0;
    const double w = size.width();
    const double h = size.height();
    static constexpr double fractions[] = {0.5, 0.36, 0.64, 0.24, 0.76, 0.14, 0.86};

    Placement fallback;
    for (int stack = 0; stack < 8; ++stack) {
        for (int side = 0; side < 2; ++side) {
            // Far from the arrow only the middle is worth trying (and cheap to try).
            for (double f : fractions) {
                if (stack >= 3 && f != fractions[0])
                    break;
                // Keep clear of the lifelines' state bands and of the arrow head.
                constexpr double endMargin = 14;
                double s = f * drawnLength;
                if (rotated && fullLength > w + 2 * endMargin)
                    s = std::clamp(s, w / 2 + endMargin, fullLength - w / 2 - endMargin);
                const QPointF onLine = from + unit * s;
                QPointF center;
                if (rotated) {
                    const double offset = gap + h / 2 + stack * (h + 2);
                    center = onLine + up * (side == 0 ? offset : -offset);
                } else {
                    const double dx = gap + w / 2 + 2;
                    center = onLine + QPointF(side == 0 ? dx : -dx, stack * (h + 2));
                }
                Placement p;
                p.center = center;
                p.angle = angle;
                p.polygon = orientedRect(center, size, angle);
                p.bounds = p.polygon.boundingRect();
                if (stack == 0 && side == 0 && f == fractions[0])
                    fallback = p;
                if (!collides(p.polygon, p.bounds)) {
                    insert(p.polygon, p.bounds);
                    return p;
                }
            }
        }
    }
    // Crowded beyond reason (zoomed far out): keep the natural place; the text stays whole.
    insert(fallback.polygon, fallback.bounds);
    return fallback;
}

} // namespace tcplab
