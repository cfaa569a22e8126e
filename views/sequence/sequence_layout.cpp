#include "sequence/sequence_layout.h"

#include "common/duration_text.h"
#include "sequence/label_placer.h"
#include "trace/trace.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QHash>
#include <QLineF>
#include <algorithm>
#include <cmath>
#include <numeric>

namespace tcplab {

namespace {

// The translation context of every diagram text; lupdate sees SequenceDiagram::tr("…").
struct SequenceDiagram {
    Q_DECLARE_TR_FUNCTIONS(SequenceDiagram)
};

constexpr double marginTop = 8;
constexpr double bandWidth = 8;
constexpr double bandStep = 10;     // extra band columns for more sockets on one host
constexpr int maxBandColumns = 4;
constexpr double bracketStep = 9;
constexpr int maxBracketColumns = 3;
constexpr double sideGap = 4;
constexpr double bottomMargin = 40;

QString timerName(TimerKind kind)
{
    switch (kind) {
    case TimerKind::Retransmission:
        return SequenceDiagram::tr("RTO");
    case TimerKind::TimeWait:
        return SequenceDiagram::tr("2MSL");
    case TimerKind::FinWait2:
        return SequenceDiagram::tr("FIN-WAIT-2 timer");
    case TimerKind::Keepalive:
        return SequenceDiagram::tr("keepalive");
    case TimerKind::DelayedAck:
        return SequenceDiagram::tr("delayed ACK");
    }
    return QString();
}

QString dropBadge(DropReason reason)
{
    switch (reason) {
    case DropReason::None:
    case DropReason::Fault:
        return SequenceDiagram::tr("dropped");
    case DropReason::Loss:
        return SequenceDiagram::tr("lost");
    case DropReason::HostDown:
        return SequenceDiagram::tr("host down");
    case DropReason::NoHost:
        return SequenceDiagram::tr("no such host");
    case DropReason::SynQueueFull:
        return SequenceDiagram::tr("SYN queue full");
    case DropReason::AcceptQueueFull:
        return SequenceDiagram::tr("accept queue full");
    }
    return SequenceDiagram::tr("dropped");
}

// Text widths for layout, fast: protocol text is ASCII, so a label's width is the sum of
// cached character advances (plus 2% for kerning and rounding); other text (translated
// badges) is measured once per distinct string. 100,000 labels would otherwise spend
// seconds in text shaping.
class TextWidths
{
public:
    explicit TextWidths(const QFont &font) : m_fm(font) { m_ascii.fill(-1, 128); }

    double width(const QString &text)
    {
        double w = 0;
        for (QChar c : text) {
            const ushort u = c.unicode();
            if (u >= 128)
                return measured(text);
            if (m_ascii[u] < 0)
                m_ascii[u] = m_fm.horizontalAdvance(c);
            w += m_ascii[u];
        }
        return std::ceil(w * 1.02);
    }

private:
    double measured(const QString &text)
    {
        auto it = m_measured.constFind(text);
        if (it != m_measured.cend())
            return *it;
        const double w = std::ceil(m_fm.horizontalAdvance(text));
        m_measured.insert(text, w);
        return w;
    }

    QFontMetricsF m_fm;
    QList<double> m_ascii;
    QHash<QString, double> m_measured;
};

// Greedy word wrap to maxWidth; a word wider than that stays whole on its own line.
QStringList wrapText(const QString &text, TextWidths &widths, double maxWidth)
{
    if (widths.width(text) <= maxWidth)
        return {text};
    QStringList lines;
    QString line;
    const QStringList words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &word : words) {
        const QString candidate = line.isEmpty() ? word : line + QLatin1Char(' ') + word;
        if (!line.isEmpty() && widths.width(candidate) > maxWidth) {
            lines.append(line);
            line = word;
        } else {
            line = candidate;
        }
    }
    if (!line.isEmpty())
        lines.append(line);
    return lines;
}

SimTime typicalOneWayDelay(const Trace &trace)
{
    QList<SimTime> delays;
    delays.reserve(trace.segments.size());
    for (const SegmentRecord &r : trace.segments)
        if (!r.dropped && r.fault != FaultKind::Delay && r.arrivesAt > r.sentAt)
            delays.append(r.arrivesAt - r.sentAt);
    if (delays.isEmpty())
        for (const SegmentRecord &r : trace.segments)
            if (r.arrivesAt > r.sentAt)
                delays.append(r.arrivesAt - r.sentAt);
    if (delays.isEmpty())
        return msToUs(50);
    auto mid = delays.begin() + delays.size() / 2;
    std::nth_element(delays.begin(), mid, delays.end());
    return std::max<SimTime>(*mid, 10);
}

// Interval colouring: the first column free at `start`, wrapping when all are taken.
int takeColumn(QList<double> &columnEnds, double start, double end, int maxColumns)
{
    for (int c = 0; c < columnEnds.size(); ++c) {
        if (columnEnds[c] <= start) {
            columnEnds[c] = end;
            return c;
        }
    }
    if (columnEnds.size() < maxColumns) {
        columnEnds.append(end);
        return int(columnEnds.size()) - 1;
    }
    const int c = int(std::min_element(columnEnds.begin(), columnEnds.end()) - columnEnds.begin());
    columnEnds[c] = std::max(columnEnds[c], end);
    return c;
}

struct SideItem {
    double desiredY;
    int order;   // states before timers at equal y
    QSizeF size;
    QRectF *rect;
};

} // namespace

QFont sequenceLabelFont(const QFont &base)
{
    return base;
}

QFont sequenceBadgeFont(const QFont &base)
{
    QFont f = base;
    f.setItalic(true);
    return f;
}

QFont sequenceHeaderFont(const QFont &base)
{
    QFont f = base;
    f.setBold(true);
    if (f.pointSizeF() > 0)
        f.setPointSizeF(f.pointSizeF() * 1.2);
    else if (f.pixelSize() > 0)
        f.setPixelSize(int(f.pixelSize() * 1.2));
    return f;
}

QFont sequenceAnnotationFont(const QFont &base)
{
    QFont f = base;
    if (f.pointSizeF() > 0)
        f.setPointSizeF(f.pointSizeF() * 0.9);
    else if (f.pixelSize() > 0)
        f.setPixelSize(std::max(8, int(f.pixelSize() * 0.9)));
    return f;
}

QString segmentLabelText(const Segment &segment, SegmentLabelContent content)
{
    if (content == SegmentLabelContent::Full)
        return segment.summary();
    QString s = tcpFlagsLabel(segment.flags);
    if (s.isEmpty())
        s = QStringLiteral("<none>");
    if (content == SegmentLabelContent::Textbook) {
        s += QStringLiteral(" seq=%1").arg(segment.seq);
        if (segment.has(TcpFlag::Ack))
            s += QStringLiteral(" ack=%1").arg(segment.ack);
    }
    if (!segment.payload.isEmpty())
        s += QStringLiteral(" len=%1").arg(segment.payload.size());
    return s;
}

const ArrowGeometry *SequenceLayout::arrowForSegment(int segmentId) const
{
    if (segmentId < 0 || segmentId >= arrowIndexOfSegment.size())
        return nullptr;
    const int i = arrowIndexOfSegment[segmentId];
    return i < 0 ? nullptr : &arrows[i];
}

int SequenceLayout::laneOfHost(int host) const
{
    for (const LifelineGeometry &l : lifelines)
        if (l.hosts.contains(host))
            return l.lane;
    return -1;
}

namespace {
double distanceToSegment(QPointF p, QPointF a, QPointF b)
{
    const QPointF ab = b - a;
    const double len2 = QPointF::dotProduct(ab, ab);
    double t = len2 > 0 ? QPointF::dotProduct(p - a, ab) / len2 : 0;
    t = std::clamp(t, 0.0, 1.0);
    const QPointF d = p - (a + ab * t);
    return std::sqrt(QPointF::dotProduct(d, d));
}
} // namespace

int SequenceLayout::segmentAt(QPointF p, double tolerance) const
{
    int best = -1;
    double bestDistance = tolerance;
    for (int i : arrowIndex.query(p.y() - tolerance, p.y() + tolerance)) {
        const ArrowGeometry &a = arrows[i];
        double d = distanceToSegment(p, a.p1, a.end);
        if (a.labelPolygon.containsPoint(p, Qt::OddEvenFill))
            d = std::min(d, tolerance * 0.5); // a click on the words names the arrow too
        if (d <= bestDistance) {
            bestDistance = d;
            best = a.segmentId;
        }
    }
    return best;
}

int SequenceLayout::segmentHeadAt(QPointF p, double tolerance) const
{
    int best = -1;
    double bestDistance = tolerance;
    for (int i : arrowIndex.query(p.y() - tolerance, p.y() + tolerance)) {
        const ArrowGeometry &a = arrows[i];
        const QPointF d = p - a.end;
        const double dist = std::sqrt(QPointF::dotProduct(d, d));
        if (dist <= bestDistance) {
            bestDistance = dist;
            best = a.segmentId;
        }
    }
    return best;
}

SequenceLayout layoutSequence(const Trace &trace, const SequenceLayoutOptions &options)
{
    SequenceLayout L;
    L.options = options;
    const QFontMetricsF fm(sequenceLabelFont(options.font));
    const QFontMetricsF badgeFm(sequenceBadgeFont(options.font));
    const QFontMetricsF headerFm(sequenceHeaderFont(options.font));
    const QFontMetricsF annotationFm(sequenceAnnotationFont(options.font));

    // --- lanes: one per host, attackers share one, unknown addresses get one if needed ---
    QList<int> laneOfHost(trace.hosts.size(), -1);
    int attackerLane = -1;
    for (int h = 0; h < trace.hosts.size(); ++h) {
        const HostInfo &host = trace.hosts[h];
        if (host.attacker && attackerLane >= 0) {
            laneOfHost[h] = attackerLane;
            L.lifelines[attackerLane].hosts.append(h);
            continue;
        }
        LifelineGeometry lane;
        lane.lane = int(L.lifelines.size());
        lane.hosts = {h};
        lane.attacker = host.attacker;
        lane.title = host.attacker ? SequenceDiagram::tr("%1 (forged sources)").arg(host.name) : host.name;
        lane.subtitle = formatIpv4(host.address);
        if (host.attacker)
            attackerLane = lane.lane;
        laneOfHost[h] = lane.lane;
        L.lifelines.append(lane);
    }
    int nobodyLane = attackerLane;
    bool needsNobodyLane = false;
    for (const SegmentRecord &r : trace.segments)
        if (r.toHost < 0 || r.toHost >= trace.hosts.size())
            needsNobodyLane = true;
    if (needsNobodyLane && nobodyLane < 0) {
        LifelineGeometry lane;
        lane.lane = int(L.lifelines.size());
        lane.unknownAddresses = true;
        lane.title = SequenceDiagram::tr("(unknown addresses)");
        nobodyLane = lane.lane;
        L.lifelines.append(lane);
    }
    auto laneFor = [&](int host) {
        if (host < 0 || host >= laneOfHost.size())
            return nobodyLane < 0 ? 0 : nobodyLane;
        return laneOfHost[host];
    };
    const int laneCount = std::max<int>(1, int(L.lifelines.size()));
    // State and timer texts go on the outer side: left of the first lane, right of the last.
    auto sideOf = [&](int lane) { return (laneCount > 1 && lane == laneCount - 1) ? 1.0 : -1.0; };

    // --- the time axis ---
    const SimTime typical = typicalOneWayDelay(trace);
    double pixelsPerMs = options.pixelsPerMs;
    if (pixelsPerMs <= 0)
        pixelsPerMs = std::clamp(90.0 / (double(typical) / usPerMs), 1e-4, 500.0);
    SimTime threshold = options.breakThreshold;
    if (threshold == 0)
        threshold = std::min<SimTime>(8 * typical, usPerSecond);
    QList<SimTime> keyTimes;
    keyTimes.reserve(trace.segments.size() * 2 + trace.events.size() + 2);
    keyTimes.append(0);
    keyTimes.append(trace.endTime);
    for (const SegmentRecord &r : trace.segments) {
        keyTimes.append(r.sentAt);
        keyTimes.append(r.endsAt());
    }
    for (const TraceEvent &e : trace.events)
        keyTimes.append(e.time);
    L.headerHeight = headerFm.lineSpacing() + annotationFm.lineSpacing() + 14;
    L.timeAxisWidth = std::ceil(annotationFm.horizontalAdvance(QStringLiteral("0000.000 s")) + 14);
    L.axis = TimeAxis::build(keyTimes, pixelsPerMs, threshold, options.breakHeight,
                             2.5 * fm.lineSpacing(), L.headerHeight + marginTop + fm.lineSpacing());
    const double axisEndY = L.axis.timeToY(L.axis.endTime());

    // --- state bands (collected first: their texts set the side column's width) ---
    QHash<int, int> openBand; // socket -> index into stateBands
    auto closeBand = [&](int socket, SimTime t) {
        auto it = openBand.find(socket);
        if (it == openBand.end())
            return;
        L.stateBands[*it].t1 = t;
        openBand.erase(it);
    };
    // --- timers: set → fire/cancel pairs per (socket, kind) ---
    QHash<qint64, int> openTimer;
    auto timerKey = [](const TraceEvent &e) {
        return (qint64(e.host) << 40) ^ (qint64(e.socket + 1) << 8) ^ qint64(e.timer);
    };
    QList<SimTime> timerDue;
    for (const TraceEvent &e : trace.events) {
        if (e.type == TraceEventType::State && options.showStateBands) {
            closeBand(e.socket, e.time);
            if (e.toState != TcpState::Closed) {
                StateBandGeometry b;
                b.host = e.socket >= 0 && e.socket < trace.sockets.size() ? trace.sockets[e.socket].host
                                                                          : e.host;
                b.lane = laneFor(b.host);
                b.socket = e.socket;
                b.state = e.toState;
                b.t0 = e.time;
                b.t1 = trace.endTime;
                b.text = tcpStateName(e.toState);
                openBand.insert(e.socket, int(L.stateBands.size()));
                L.stateBands.append(b);
            }
        } else if (e.type == TraceEventType::Timer && options.showTimers) {
            const qint64 key = timerKey(e);
            auto it = openTimer.find(key);
            if (it != openTimer.end()) {
                TimerBracketGeometry &t = L.timers[*it];
                t.endsAt = e.time;
                t.fired = e.timerAction == TimerAction::Fire;
                openTimer.erase(it);
            }
            if (e.timerAction == TimerAction::Set) {
                TimerBracketGeometry t;
                t.host = e.host;
                t.lane = laneFor(e.host);
                t.socket = e.socket;
                t.kind = e.timer;
                t.setAt = e.time;
                t.endsAt = std::min(std::max(e.due, e.time), trace.endTime);
                t.text = QStringLiteral("%1 %2").arg(timerName(e.timer), durationText(e.due - e.time));
                openTimer.insert(key, int(L.timers.size()));
                L.timers.append(t);
            }
        }
    }

    // --- horizontal positions ---
    double sideWidth = 0;
    for (const StateBandGeometry &b : L.stateBands)
        sideWidth = std::max(sideWidth, annotationFm.horizontalAdvance(b.text));
    for (const TimerBracketGeometry &t : L.timers)
        sideWidth = std::max(sideWidth, annotationFm.horizontalAdvance(t.text));
    sideWidth = std::ceil(sideWidth + 8);
    const double bandArea = bandWidth / 2 + bandStep * (maxBandColumns - 1);
    const double bracketArea = 6 + bracketStep * maxBracketColumns;
    const double firstX = L.timeAxisWidth + sideWidth + sideGap + bracketArea + bandArea;
    double minSpacing = 0;
    for (const LifelineGeometry &l : L.lifelines)
        minSpacing = std::max(minSpacing, headerFm.horizontalAdvance(l.title) + 24);
    const double spacing = std::max(options.lifelineSpacing, minSpacing);
    for (LifelineGeometry &l : L.lifelines) {
        l.x = std::round(firstX + l.lane * spacing) + 0.5; // crisp 1 px lines
        const double w = std::max(headerFm.horizontalAdvance(l.title),
                                  annotationFm.horizontalAdvance(l.subtitle)) + 20;
        l.headerRect = QRectF(l.x - w / 2, marginTop, w, L.headerHeight - 4);
    }
    const double lastX = L.lifelines.isEmpty() ? firstX : L.lifelines.last().x;
    const double width = lastX + bandArea + bracketArea + sideGap + sideWidth + 16;

    // --- bands and brackets: columns, rectangles, side texts ---
    QList<QList<SideItem>> sideItems(laneCount);
    {
        // Columns per socket, by the socket's lifetime on its lane.
        QHash<int, int> columnOfSocket;
        QList<QList<double>> columnEnds(laneCount);
        QHash<int, QPair<SimTime, SimTime>> lifetime;
        for (const StateBandGeometry &b : L.stateBands) {
            auto it = lifetime.find(b.socket);
            if (it == lifetime.end())
                lifetime.insert(b.socket, {b.t0, b.t1});
            else
                it->second = std::max(it->second, b.t1);
        }
        for (StateBandGeometry &b : L.stateBands) {
            if (!columnOfSocket.contains(b.socket)) {
                const auto life = lifetime.value(b.socket);
                columnOfSocket.insert(b.socket, takeColumn(columnEnds[b.lane], life.first,
                                                           life.second, maxBandColumns));
            }
            const double side = sideOf(b.lane);
            const double cx = L.lifelines[b.lane].x + side * bandStep * columnOfSocket.value(b.socket);
            const double y0 = L.axis.timeToY(b.t0);
            const double y1 = L.axis.timeToY(b.t1);
            b.rect = QRectF(cx - bandWidth / 2, y0, bandWidth, std::max(1.0, y1 - y0));
            sideItems[b.lane].append({y0, 0, QSizeF(annotationFm.horizontalAdvance(b.text) + 6,
                                                    annotationFm.lineSpacing() + 2), &b.textRect});
        }
    }
    {
        QList<QList<double>> columnEnds(laneCount);
        for (TimerBracketGeometry &t : L.timers) {
            t.y0 = L.axis.timeToY(t.setAt);
            t.y1 = std::max(L.axis.timeToY(t.endsAt), t.y0 + 2);
            const double side = sideOf(t.lane);
            const int col = takeColumn(columnEnds[t.lane], t.y0, t.y1 + 3, maxBracketColumns);
            t.x = std::round(L.lifelines[t.lane].x + side * (bandArea + 6 + bracketStep * col)) + 0.5;
            t.tickDirection = -side; // ticks point back at the lifeline
            sideItems[t.lane].append({t.y0, 1, QSizeF(annotationFm.horizontalAdvance(t.text) + 6,
                                                      annotationFm.lineSpacing() + 2), &t.textRect});
        }
    }
    for (int lane = 0; lane < laneCount && lane < L.lifelines.size(); ++lane) {
        QList<SideItem> &items = sideItems[lane];
        std::stable_sort(items.begin(), items.end(), [](const SideItem &a, const SideItem &b) {
            return a.desiredY != b.desiredY ? a.desiredY < b.desiredY : a.order < b.order;
        });
        const double side = sideOf(lane);
        const double edge = L.lifelines[lane].x + side * (bandArea + bracketArea + sideGap);
        double nextFree = -1e300;
        for (const SideItem &item : items) {
            const double y = std::max(item.desiredY, nextFree);
            const double x = side < 0 ? edge - item.size.width() : edge;
            *item.rect = QRectF(QPointF(x, y), item.size);
            nextFree = y + item.size.height() + 1;
        }
    }

    // --- breaks ---
    LabelPlacer placer;
    for (const TimeAxis::Piece &p : L.axis.breaks()) {
        BreakGeometry b;
        b.t0 = p.t0;
        b.t1 = p.t1;
        b.y0 = p.y0;
        b.y1 = p.y1;
        b.text = SequenceDiagram::tr("… %1 …").arg(durationText(p.t1 - p.t0));
        const QSizeF size(annotationFm.horizontalAdvance(b.text) + 12, annotationFm.lineSpacing() + 4);
        const double cx = L.lifelines.size() > 1 ? (L.lifelines[0].x + L.lifelines[1].x) / 2 : firstX + 60;
        b.textRect = QRectF(QPointF(cx - size.width() / 2, (b.y0 + b.y1 - size.height()) / 2), size);
        placer.addObstacle(b.textRect);
        L.breaks.append(b);
    }

    // --- arrows ---
    const double lineHeight = fm.lineSpacing();
    const double badgeLineHeight = badgeFm.lineSpacing();
    TextWidths labelWidths(sequenceLabelFont(options.font));
    TextWidths badgeWidths(sequenceBadgeFont(options.font));
    L.arrows.reserve(trace.segments.size());
    L.arrowIndexOfSegment.fill(-1, trace.segments.size());
    for (int i = 0; i < trace.segments.size(); ++i) {
        const SegmentRecord &r = trace.segments[i];
        ArrowGeometry a;
        a.segmentId = r.id;
        a.fromLane = laneFor(r.fromHost);
        a.toLane = laneFor(r.toHost);
        a.sentAt = r.sentAt;
        a.endsAt = r.endsAt();
        a.dropped = r.dropped;
        a.retransmission = r.kind == SegmentKind::Retransmission;
        a.duplicate = r.kind == SegmentKind::Duplicate;
        a.delayed = r.fault == FaultKind::Delay && r.faultDelta > 0;
        a.keepalive = r.segment.keepaliveProbe;
        const double x1 = L.lifelines.isEmpty() ? firstX : L.lifelines[a.fromLane].x;
        double x2 = L.lifelines.isEmpty() ? firstX : L.lifelines[a.toLane].x;
        if (a.toLane == a.fromLane) // to itself (e.g. an attacker's forged peer): a stub
            x2 = x1 + (sideOf(a.fromLane) < 0 ? 1 : -1) * spacing * 0.4;
        a.p1 = QPointF(x1, L.axis.timeToY(r.sentAt));
        a.p2 = QPointF(x2, L.axis.timeToY(std::max(r.arrivesAt, r.sentAt)));
        a.end = a.p2;
        if (r.dropped) {
            const double yDrop = L.axis.timeToY(std::clamp(r.droppedAt, r.sentAt, std::max(r.arrivesAt, r.sentAt)));
            const double span = a.p2.y() - a.p1.y();
            const double f = span > 1e-9 ? (yDrop - a.p1.y()) / span : 1.0;
            a.end = a.p1 + (a.p2 - a.p1) * f;
        }

        // The label: whole words, wrapped to the arrow's length, never elided.
        const double arrowLength = QLineF(a.p1, a.p2).length();
        const double wrapWidth = std::max(110.0, arrowLength * 0.85);
        a.textLines = wrapText(segmentLabelText(r.segment, options.labelContent), labelWidths, wrapWidth);
        QStringList badges;
        if (a.retransmission)
            badges << SequenceDiagram::tr("retransmission");
        if (a.duplicate)
            badges << SequenceDiagram::tr("duplicate");
        if (a.delayed)
            badges << SequenceDiagram::tr("+%1 delay").arg(durationText(r.faultDelta));
        if (a.keepalive)
            badges << SequenceDiagram::tr("keepalive probe");
        if (r.dropped)
            badges << dropBadge(r.dropReason);
        if (!badges.isEmpty())
            a.badgeLines = wrapText(badges.join(QStringLiteral(" · ")), badgeWidths, wrapWidth);
        double w = 0;
        for (const QString &line : a.textLines)
            w = std::max(w, labelWidths.width(line));
        for (const QString &line : a.badgeLines)
            w = std::max(w, badgeWidths.width(line));
        a.labelSize = QSizeF(std::ceil(w + 6), std::ceil(a.textLines.size() * lineHeight
                                                          + a.badgeLines.size() * badgeLineHeight + 2));
        L.arrowIndexOfSegment[r.id >= 0 && r.id < trace.segments.size() ? r.id : i] = int(L.arrows.size());
        L.arrows.append(a);
    }
    // Labels in order of their arrow's top: earlier arrows get the natural places.
    QList<int> order(L.arrows.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int x, int y) {
        return std::min(L.arrows[x].p1.y(), L.arrows[x].end.y())
               < std::min(L.arrows[y].p1.y(), L.arrows[y].end.y());
    });
    for (int i : order) {
        ArrowGeometry &a = L.arrows[i];
        const LabelPlacer::Placement p = placer.place(a.p1, a.p2, a.end, a.labelSize);
        a.labelCenter = p.center;
        a.labelAngle = p.angle;
        a.labelPolygon = p.polygon;
        a.minY = std::min({a.p1.y(), a.end.y(), p.bounds.top()}) - 6;
        a.maxY = std::max({a.p1.y(), a.end.y(), p.bounds.bottom()}) + 6;
    }

    // --- spatial indexes for painting and hit tests ---
    for (const ArrowGeometry &a : L.arrows)
        L.arrowIndex.add(a.minY, a.maxY);
    for (const StateBandGeometry &b : L.stateBands)
        L.bandIndex.add(std::min(b.rect.top(), b.textRect.top()), std::max(b.rect.bottom(), b.textRect.bottom()));
    for (const TimerBracketGeometry &t : L.timers)
        L.timerIndex.add(std::min(t.y0, t.textRect.top()), std::max(t.y1, t.textRect.bottom()));

    double bottom = std::max(L.axis.bottom(), axisEndY);
    for (const StateBandGeometry &b : L.stateBands)
        bottom = std::max(bottom, b.textRect.bottom());
    for (const TimerBracketGeometry &t : L.timers)
        bottom = std::max(bottom, t.textRect.bottom());
    for (const ArrowGeometry &a : L.arrows)
        bottom = std::max(bottom, a.maxY);
    L.size = QSizeF(std::ceil(width), std::ceil(bottom + bottomMargin));
    return L;
}

} // namespace tcplab
