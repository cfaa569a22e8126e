#include "sequence/sequence_layout_builder.h"

#include "common/duration_text.h"
#include "sequence/label_placer.h"
#include "sequence/text_widths.h"
#include "trace/trace.h"

#include <QCoreApplication>
#include <QTextLayout>
#include <QVarLengthArray>
#include <QtMath>
#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace tcplab {

namespace {

// The translation context of every diagram text; lupdate sees SequenceDiagram::tr("…").
struct SequenceDiagram {
    Q_DECLARE_TR_FUNCTIONS(SequenceDiagram)
};

// Lines of at most maxWidth at the text's line-break opportunities (UAX #14: spaces, and
// between CJK characters too); a piece wider than that stays whole on its own line.
QStringList wrappedLines(const QString &text, const QFont &font, double maxWidth)
{
    QTextLayout layout(text, font);
    QTextOption option;
    option.setWrapMode(QTextOption::WordWrap);
    layout.setTextOption(option);
    QStringList lines;
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(maxWidth);
        const QString part = text.mid(line.textStart(), line.textLength()).trimmed();
        if (!part.isEmpty())
            lines << part;
    }
    layout.endLayout();
    return lines;
}

constexpr double marginTop = 8;
constexpr double bandWidth = 8;
constexpr double bandStep = 10;     // extra band columns for more sockets on one host
constexpr int maxBandColumns = 4;
constexpr double bracketStep = 9;
constexpr int maxBracketColumns = 3;
constexpr double stripWidth = 22;   // a full SYN queue
constexpr double stripArea = stripWidth + 6;
constexpr double sideGap = 4;
constexpr double innerExtent = bandWidth / 2 + 6;
constexpr double leftMargin = 8;
constexpr double rightMargin = 16;
constexpr double bottomMargin = 40;
constexpr double minimumWrapWidth = 60;
constexpr int maxPasses = 16;
// How much more than its bare height a crossed label's gap is asked for up front: it
// stands slanted between slanted lines, so it needs more than its height (see
// estimateRoomForCrossedLabels()).
constexpr double crossedRoomFactor = 3.0;
// A flood's words are never wrapped narrower than this (a line or two of a few words).
constexpr double minimumFloodTextWidth = 140;
// A typical one-way delay is drawn this tall when the scale is automatic.
constexpr double autoPixelsPerDelay = 90;

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
    case TimerKind::Persist:
        return SequenceDiagram::tr("persist");
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

// Exactly the same point (QPointF's == forgives a little).
bool samePoint(QPointF a, QPointF b)
{
    return a.x() == b.x() && a.y() == b.y();
}

// Merges sorted lists into one sorted list without duplicates.
QList<SimTime> mergeUnique(QList<QList<SimTime>> lists)
{
    for (QList<SimTime> &l : lists)
        if (!std::is_sorted(l.cbegin(), l.cend()))
            std::sort(l.begin(), l.end());
    // Written through pointers, not appended: a long run has millions of times here, and
    // QList's append is a call per element.
    while (lists.size() > 1) {
        QList<SimTime> merged(lists[0].size() + lists[1].size());
        std::merge(lists[0].cbegin(), lists[0].cend(), lists[1].cbegin(), lists[1].cend(), merged.data());
        lists.removeFirst();
        lists[0] = std::move(merged);
    }
    if (lists.isEmpty())
        return {};
    QList<SimTime> out = std::move(lists[0]);
    out.resize(std::unique(out.data(), out.data() + out.size()) - out.data());
    return out;
}

// The first position in the sorted v whose element is not `before` (the partition point),
// searched outwards from `hint`: a few steps when the answer is near it.
template<typename Before>
size_t boundNear(const std::vector<SimTime> &v, size_t hint, Before before)
{
    const size_t n = v.size();
    hint = std::min(hint, n);
    size_t lo = 0, hi = n;
    if (hint < n && before(v[hint])) { // beyond hint: gallop up
        lo = hint + 1;
        size_t step = 1;
        while (lo + step - 1 < n && before(v[lo + step - 1])) {
            lo += step;
            step *= 2;
        }
        hi = std::min(n, lo + step - 1);
    } else { // at or before hint: gallop down
        hi = hint;
        size_t step = 1;
        while (hi >= step && !before(v[hi - step])) {
            hi -= step;
            step *= 2;
        }
        lo = hi >= step ? hi - step + 1 : 0;
    }
    return size_t(std::partition_point(v.cbegin() + lo, v.cbegin() + hi, before) - v.cbegin());
}

// QPolygonF::boundingRect() of a label's four corners, the same numbers without the call
// (100,000 labels).
QRectF cornersBounds(const std::array<QPointF, 4> &corners)
{
    const QPointF *p = corners.data();
    const double minX = std::min({p[0].x(), p[1].x(), p[2].x(), p[3].x()});
    const double maxX = std::max({p[0].x(), p[1].x(), p[2].x(), p[3].x()});
    const double minY = std::min({p[0].y(), p[1].y(), p[2].y(), p[3].y()});
    const double maxY = std::max({p[0].y(), p[1].y(), p[2].y(), p[3].y()});
    return QRectF(minX, minY, maxX - minX, maxY - minY);
}

QString rateText(double perSecond)
{
    return perSecond >= 10 ? QString::number(std::lround(perSecond)) : QString::number(perSecond, 'f', 1);
}

} // namespace

SimTime SequenceLayoutBuilder::typicalOneWayDelay(const Trace &trace)
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

SequenceLayoutBuilder::SequenceLayoutBuilder(const Trace &trace, const SequenceLayoutOptions &options,
                                             double leastSpacing)
    : m_trace(trace),
      m_labelFm(sequenceLabelFont(options.font)),
      m_badgeFm(sequenceBadgeFont(options.font)),
      m_headerFm(sequenceHeaderFont(options.font)),
      m_annotationFm(sequenceAnnotationFont(options.font)),
      m_labelWidths(sequenceLabelFont(options.font)),
      m_badgeWidths(sequenceBadgeFont(options.font))
{
    swapWorkingArrays(spare());
    L.options = options;
    m_leastSpacing = leastSpacing;
    m_labelLineSpacing = m_labelFm.lineSpacing();
    m_badgeLineSpacing = m_badgeFm.lineSpacing();
}

bool SequenceLayoutBuilder::summarised() const
{
    return m_flood.isFlood() && L.options.floods == FloodDrawing::Summarised;
}

double SequenceLayoutBuilder::sideOf(int lane) const
{
    // State and timer texts go on the outer side: left of the first lane, right of the
    // last. A lane between others puts them towards the attackers' lane if that is its
    // neighbour (the client's story keeps its room), else to the left.
    const int lanes = int(L.lifelines.size());
    if (lanes < 2 || lane == 0)
        return -1;
    if (lane == lanes - 1)
        return 1;
    return lane + 1 == m_attackerLane ? 1 : -1;
}

double SequenceLayoutBuilder::outerExtent(int lane) const
{
    return m_bandExtent.value(lane) + (m_hasQueue.value(lane) ? stripArea : 0) + m_bracketExtent.value(lane) + sideGap
           + m_sideWidth.value(lane);
}

bool SequenceLayoutBuilder::floodTextBesideTarget(const FloodGeometry &f) const
{
    return f.toLane < f.fromLane ? sideOf(f.toLane) > 0 : sideOf(f.toLane) < 0;
}

bool SequenceLayoutBuilder::floodGapIsEmpty(const FloodGeometry &f) const
{
    // Every segment to or from the attackers' lane is the flood's; with the attackers
    // outermost and next to the target, no other arrow crosses the gap either.
    const int lanes = int(L.lifelines.size());
    return summarised() && floodTextBesideTarget(f) && std::abs(f.fromLane - f.toLane) == 1
           && (f.fromLane == 0 || f.fromLane == lanes - 1);
}

double SequenceLayoutBuilder::laneEdge(int lane) const
{
    return L.lifelines[lane].x
           + sideOf(lane) * (m_bandExtent.value(lane) + (m_hasQueue.value(lane) ? stripArea : 0) + m_bracketExtent.value(lane) + sideGap);
}

// keyOf(t), searched for from `hint` onwards when t comes after the key there: in steps
// that double until they pass t, then by halves.
int SequenceLayoutBuilder::keyNear(SimTime t, int hint) const
{
    const int n = int(m_keys.size());
    if (hint < 0 || hint >= n || m_keys[hint] >= t)
        return keyOf(t);
    int step = 1;
    while (hint + step < n && m_keys[hint + step] < t)
        step *= 2;
    const auto it = std::lower_bound(m_keys.cbegin() + hint + step / 2, m_keys.cbegin() + std::min(n, hint + step + 1), t);
    if (it == m_keys.cend())
        return n - 1;
    return int(it - m_keys.cbegin());
}

int SequenceLayoutBuilder::keyOf(SimTime t) const
{
    auto it = std::lower_bound(m_keys.cbegin(), m_keys.cend(), t);
    if (it == m_keys.cend())
        return int(m_keys.size()) - 1;
    return int(it - m_keys.cbegin());
}

struct SequenceLayoutBuilder::Spare {
    QStringList labelText, badgeText;
    std::vector<SimTime> arrives;
    QList<int> sendKey, endKey, labelOrder, sendOrder, choice, lastOrder;
    QList<double> offset, endOffset, hold, room, roomAsked, top, length;
    std::vector<char> inMoment, placed;
    std::vector<MomentArrow> momentArrows;
    std::vector<QSizeF> labelSize;
    std::vector<double> maxY;
    QList<LabelPlacer::Placement> placement;
};

SequenceLayoutBuilder::Spare &SequenceLayoutBuilder::spare()
{
    thread_local Spare spare;
    return spare;
}

SequenceLayoutBuilder::~SequenceLayoutBuilder()
{
    if (spare().placement.capacity() < m_placement.capacity()) // the larger set is kept
        swapWorkingArrays(spare());
}

void SequenceLayoutBuilder::swapWorkingArrays(Spare &other)
{
    auto take = [](auto &mine, auto &spares) {
        mine.clear(); // keeps the capacity (a QList's too, unless shared)
        mine.swap(spares);
    };
    take(m_labelText, other.labelText);
    take(m_badgeText, other.badgeText);
    take(m_arrives, other.arrives);
    take(m_sendKey, other.sendKey);
    take(m_endKey, other.endKey);
    take(m_labelOrder, other.labelOrder);
    take(m_sendOrder, other.sendOrder);
    take(m_choice, other.choice);
    take(m_lastOrder, other.lastOrder);
    take(m_offset, other.offset);
    take(m_endOffset, other.endOffset);
    take(m_hold, other.hold);
    take(m_room, other.room);
    take(m_roomAsked, other.roomAsked);
    take(m_top, other.top);
    take(m_length, other.length);
    take(m_inMoment, other.inMoment);
    take(m_placed, other.placed);
    take(m_momentArrows, other.momentArrows);
    take(m_labelSize, other.labelSize);
    take(m_maxY, other.maxY);
    take(m_placement, other.placement);
}

SequenceLayout SequenceLayoutBuilder::build()
{
    makeLanes();
    summariseFlood();
    collectBandsAndTimers();
    collectQueueAndFloodTexts();
    assignColumns();
    placeHorizontally();
    makeArrows();
    collectKeyTimes();
    collectSideItems();
    m_room.fill(0, m_keys.size());
    estimateRoomForCrossedLabels();
    m_choice.fill(-1, L.arrows.size());
    for (int pass = 0; pass < maxPasses; ++pass) {
        L.passes = pass + 1;
        if (layOutVertically(pass + 1 == maxPasses))
            break;
    }
    finish();
    return std::move(L);
}

// --- lanes ----------------------------------------------------------------------------------

void SequenceLayoutBuilder::makeLanes()
{
    m_laneOfHost.fill(-1, m_trace.hosts.size());
    for (int h = 0; h < m_trace.hosts.size(); ++h) {
        const HostInfo &host = m_trace.hosts[h];
        if (host.attacker && m_attackerLane >= 0) {
            m_laneOfHost[h] = m_attackerLane;
            L.lifelines[m_attackerLane].hosts.append(h);
            continue;
        }
        LifelineGeometry lane;
        lane.lane = int(L.lifelines.size());
        lane.hosts = {h};
        lane.attacker = host.attacker;
        lane.title = host.attacker ? SequenceDiagram::tr("%1 (forged sources)").arg(host.name) : host.name;
        lane.subtitle = m_trace.hostAddress(h);
        if (host.attacker)
            m_attackerLane = lane.lane;
        m_laneOfHost[h] = lane.lane;
        L.lifelines.append(lane);
    }
    m_nobodyLane = m_attackerLane;
    bool needsNobodyLane = false;
    for (const SegmentRecord &r : m_trace.segments)
        if (r.toHost < 0 || r.toHost >= m_trace.hosts.size())
            needsNobodyLane = true;
    if (needsNobodyLane && m_nobodyLane < 0) {
        LifelineGeometry lane;
        lane.lane = int(L.lifelines.size());
        lane.unknownAddresses = true;
        lane.title = SequenceDiagram::tr("(unknown addresses)");
        m_nobodyLane = lane.lane;
        L.lifelines.append(lane);
    }
    m_sideWidth.fill(0, L.lifelines.size());
    m_hasQueue.fill(false, L.lifelines.size());
}

void SequenceLayoutBuilder::summariseFlood()
{
    QList<int> lanes = m_laneOfHost;
    m_flood = FloodSummary::analyse(m_trace, lanes, m_attackerLane);
}

// --- states, timers, the SYN queue and the flood's words ------------------------------------

void SequenceLayoutBuilder::collectBandsAndTimers()
{
    const SequenceLayoutOptions &o = L.options;
    const bool skipEntries = m_flood.isFlood();
    auto laneFor = [&](int host) {
        if (host < 0 || host >= m_laneOfHost.size())
            return m_nobodyLane < 0 ? 0 : m_nobodyLane;
        return m_laneOfHost[host];
    };
    QHash<int, int> openBand; // socket -> index into stateBands
    QHash<qint64, int> openTimer;
    auto timerKey = [](const TraceEvent &e) {
        return (qint64(e.host) << 40) ^ (qint64(e.socket + 1) << 8) ^ qint64(e.timer);
    };
    for (const TraceEvent &e : m_trace.events) {
        if (e.type != TraceEventType::State && e.type != TraceEventType::Timer)
            continue;
        // The half-open entries of a flood are the SYN-queue strip, not a band each.
        if (skipEntries && e.socket >= 0 && e.socket < m_flood.halfOpenEntry.size() && m_flood.halfOpenEntry[e.socket])
            continue;
        if (e.type == TraceEventType::State && o.showStateBands) {
            auto it = openBand.find(e.socket);
            if (it != openBand.end()) {
                L.stateBands[*it].t1 = e.time;
                openBand.erase(it);
            }
            if (e.toState != TcpState::Closed) {
                StateBandGeometry b;
                b.host = e.socket >= 0 && e.socket < m_trace.sockets.size() ? m_trace.sockets[e.socket].host : e.host;
                b.lane = laneFor(b.host);
                b.socket = e.socket;
                b.state = e.toState;
                b.t0 = e.time;
                b.t1 = m_trace.endTime;
                b.text = tcpStateName(e.toState);
                openBand.insert(e.socket, int(L.stateBands.size()));
                L.stateBands.append(b);
            }
        } else if (e.type == TraceEventType::Timer && o.showTimers) {
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
                t.endsAt = std::min(std::max(e.due, e.time), m_trace.endTime);
                t.duration = e.due - e.time;
                t.text = QStringLiteral("%1 %2").arg(timerName(e.timer), durationText(t.duration));
                openTimer.insert(key, int(L.timers.size()));
                L.timers.append(t);
            }
        }
    }
    for (const StateBandGeometry &b : L.stateBands)
        m_sideWidth[b.lane] = std::max(m_sideWidth[b.lane], m_annotationFm.horizontalAdvance(b.text) + 6);
    for (const TimerBracketGeometry &t : L.timers)
        m_sideWidth[t.lane] = std::max(m_sideWidth[t.lane], m_annotationFm.horizontalAdvance(t.text) + 6);
}

void SequenceLayoutBuilder::collectQueueAndFloodTexts()
{
    if (!m_flood.isFlood())
        return;
    const QString target = m_trace.hostName(m_flood.targetHost);
    const int targetLane = m_flood.targetHost >= 0 ? m_laneOfHost.value(m_flood.targetHost, 0) : 0;

    FloodGeometry f;
    f.fromLane = m_attackerLane;
    f.toLane = targetLane;
    f.t0 = m_flood.firstSent;
    f.t1 = std::max(m_flood.lastEnd, m_flood.lastSent);
    f.expanded = !summarised();
    f.forgedSyns = m_flood.forgedSyns;
    f.synsDroppedQueueFull = m_flood.synsDroppedQueueFull;
    f.answers = m_flood.answers;
    f.synsPerSecond = m_flood.synsPerSecond();
    f.segments = m_flood.segments;
    QStringList attackers;
    for (int h : L.lifelines[m_attackerLane].hosts)
        attackers << m_trace.hosts[h].name;
    f.textLines << SequenceDiagram::tr("%1 → %2: %3 forged SYNs, %4/s")
                       .arg(attackers.join(QStringLiteral(", ")), target)
                       .arg(f.forgedSyns)
                       .arg(rateText(f.synsPerSecond));
    if (f.synsDroppedQueueFull > 0)
        f.textLines << SequenceDiagram::tr("%1 of them dropped: SYN queue full").arg(f.synsDroppedQueueFull);
    if (f.answers > 0) {
        bool allSynAck = true;
        for (int id : f.segments) {
            const SegmentRecord &r = m_trace.segments[id];
            if (r.fromHost == m_flood.targetHost && !(r.segment.has(TcpFlag::Syn) && r.segment.has(TcpFlag::Ack)))
                allSynAck = false;
        }
        f.textLines << (allSynAck ? SequenceDiagram::tr("%1 → forged addresses: %2 SYN,ACKs")
                                  : SequenceDiagram::tr("%1 → forged addresses: %2 segments"))
                           .arg(target)
                           .arg(f.answers);
    }
    for (const QString &line : f.textLines)
        m_floodTextWidth = std::max(m_floodTextWidth, m_annotationFm.horizontalAdvance(line) + 12);
    m_floodText.append(f.textLines);
    L.floods.append(f);

    if (m_flood.synQueue.isEmpty())
        return;
    SynQueueGeometry q;
    q.lane = targetLane;
    q.listenerSocket = m_flood.listenerSocket;
    q.maxHalfOpen = m_flood.maxHalfOpen();
    // Marks where the story of the queue turns: the first entry, full, room again, empty.
    const QList<SynQueueSample> &samples = m_flood.synQueue;
    int fullAt = -1;
    for (int i = 0; i < samples.size() && fullAt < 0; ++i)
        if (samples[i].halfOpen == q.maxHalfOpen)
            fullAt = i;
    auto mark = [&](int i, const QString &text) {
        SynQueueGeometry::Mark m;
        m.time = samples[i].time;
        m.halfOpen = samples[i].halfOpen;
        m.text = text;
        q.marks.append(m);
    };
    const bool full = m_flood.synsDroppedQueueFull > 0;
    if (fullAt > 0)
        mark(0, SequenceDiagram::tr("SYN queue: %1 half-open").arg(samples[0].halfOpen));
    mark(fullAt, full ? SequenceDiagram::tr("SYN queue full: %1 half-open").arg(q.maxHalfOpen)
                      : SequenceDiagram::tr("SYN queue: %1 half-open").arg(q.maxHalfOpen));
    int freedAt = -1;
    for (int i = fullAt + 1; i < samples.size() && freedAt < 0; ++i)
        if (samples[i].halfOpen < q.maxHalfOpen)
            freedAt = i;
    if (freedAt >= 0 && samples[freedAt].halfOpen > 0)
        mark(freedAt, SequenceDiagram::tr("SYN queue: %1 half-open").arg(samples[freedAt].halfOpen));
    for (int i = std::max(fullAt, freedAt) + 1; i < samples.size(); ++i)
        if (samples[i].halfOpen == 0) {
            mark(i, SequenceDiagram::tr("SYN queue empty"));
            break;
        }
    if (freedAt >= 0 && samples[freedAt].halfOpen == 0)
        mark(freedAt, SequenceDiagram::tr("SYN queue empty"));
    for (const SynQueueGeometry::Mark &m : q.marks)
        m_sideWidth[q.lane] = std::max(m_sideWidth[q.lane], m_annotationFm.horizontalAdvance(m.text) + 6);
    m_hasQueue[q.lane] = true;
    L.synQueues.append(q);
}

// Sockets of one host side by side in band columns, timers in bracket columns, by when they
// live (so the columns, and how much width a lane needs, do not depend on the scale).
void SequenceLayoutBuilder::assignColumns()
{
    const int laneCount = std::max<int>(1, int(L.lifelines.size()));
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
    m_bandExtent.fill(bandWidth / 2, laneCount);
    m_bracketExtent.fill(0, laneCount);
    m_bandColumn.clear();
    for (const StateBandGeometry &b : L.stateBands) {
        if (!columnOfSocket.contains(b.socket)) {
            const auto life = lifetime.value(b.socket);
            columnOfSocket.insert(b.socket, takeColumn(columnEnds[b.lane], double(life.first), double(life.second),
                                                       maxBandColumns));
        }
        const int column = columnOfSocket.value(b.socket);
        m_bandColumn.append(column);
        m_bandExtent[b.lane] = std::max(m_bandExtent[b.lane], bandWidth / 2 + bandStep * column);
    }
    QList<QList<double>> bracketEnds(laneCount);
    m_bracketColumn.clear();
    for (const TimerBracketGeometry &t : L.timers) {
        // A timer set again the moment it ends takes the next column: its bracket starts
        // where the other's ends, and the ticks would merge.
        const int column = takeColumn(bracketEnds[t.lane], double(t.setAt), double(t.endsAt) + 1, maxBracketColumns);
        m_bracketColumn.append(column);
        m_bracketExtent[t.lane] = std::max(m_bracketExtent[t.lane], 6 + bracketStep * (column + 1));
    }
}

// --- horizontal -----------------------------------------------------------------------------

void SequenceLayoutBuilder::placeHorizontally()
{
    const SequenceLayoutOptions &o = L.options;
    // The scale and the time axis's column (its widest tick text) come first.
    const SimTime typical = typicalOneWayDelay(m_trace);
    m_pixelsPerMs = o.pixelsPerMs > 0 ? o.pixelsPerMs
                                      : std::clamp(autoPixelsPerDelay / (double(typical) / usPerMs), 1e-4, 500.0);
    m_breakThreshold = o.breakThreshold;
    if (m_breakThreshold == 0)
        m_breakThreshold = std::min<SimTime>(8 * typical, usPerSecond);
    // Ticks far enough apart to read as times, and for their texts: three lines.
    L.tickStep = TimeAxis::tickStep(m_pixelsPerMs, std::max(TimeAxis::minimumTickSpacing,
                                                            m_annotationFm.lineSpacing() * 3));
    double axisText = m_annotationFm.horizontalAdvance(QStringLiteral("0.000 s"));
    for (SimTime t : {m_trace.endTime, std::min<SimTime>(m_trace.endTime, 120 * usPerSecond - 1)})
        axisText = std::max(axisText, m_annotationFm.horizontalAdvance(timePointText(t / L.tickStep * L.tickStep, L.tickStep)));
    L.timeAxisWidth = std::ceil(axisText + 14);
    L.headerHeight = m_headerFm.lineSpacing() + m_annotationFm.lineSpacing() + 14;

    const int lanes = int(L.lifelines.size());
    for (int i = 0; i < lanes; ++i)
        m_sideWidth[i] = std::ceil(m_sideWidth[i] + 2);
    // A host box is as wide as its title or its address, whichever is wider: a long IPv6
    // address ("2001:db8:85a3::8a2e:370:7334") must not be cut, so neighbours make room.
    auto boxWidth = [&](const LifelineGeometry &l) {
        return std::max(m_headerFm.horizontalAdvance(l.title), m_annotationFm.horizontalAdvance(l.subtitle)) + 20;
    };
    // Lane positions for a spacing: x of lane 0, then each gap = spacing plus the side
    // columns that face into it (only lanes between others have such).
    auto positions = [&](double spacing) {
        QList<double> xs;
        double x = L.timeAxisWidth + leftMargin + (sideOf(0) < 0 ? outerExtent(0) : innerExtent);
        for (int i = 0; i < lanes; ++i) {
            if (i > 0) {
                x += spacing;
                if (sideOf(i - 1) > 0 && i - 1 > 0)
                    x += outerExtent(i - 1) - innerExtent;
                if (sideOf(i) < 0)
                    x += outerExtent(i) - innerExtent;
                // The flood's words fit between the target's lifeline and the attackers'.
                // Where the target's side texts face the attackers, the words share their
                // column (placeFloodAndQueue puts them clear of those texts, above or
                // below), so the gap needs the wider of the two, not both side by side.
                for (const FloodGeometry &f : L.floods) {
                    if (std::minmax(f.fromLane, f.toLane) != std::minmax(i - 1, i))
                        continue;
                    double left = sideOf(i - 1) > 0 ? outerExtent(i - 1) : innerExtent;
                    double right = sideOf(i) < 0 ? outerExtent(i) : innerExtent;
                    if (floodTextBesideTarget(f)) {
                        const double wider = std::max(0.0, m_floodTextWidth - m_sideWidth.value(f.toLane));
                        (f.toLane == i - 1 ? left : right) += wider;
                        // Summarised, no arrow runs in this gap: the column and the boxes
                        // are all it needs, not the spacing arrows' labels need.
                        const double boxes = (boxWidth(L.lifelines[i - 1]) + boxWidth(L.lifelines[i])) / 2 + 4;
                        x = floodGapIsEmpty(f) ? xs.last() + std::max(left + 4 + right, boxes)
                                               : std::max(x, xs.last() + left + 4 + right);
                    } else {
                        x = std::max(x, xs.last() + left + m_floodTextWidth + 16 + right);
                    }
                }
            }
            xs.append(x);
        }
        return xs;
    };
    auto rightEdge = [&](const QList<double> &xs) {
        return xs.isEmpty() ? L.timeAxisWidth + leftMargin
                            : xs.last() + (sideOf(lanes - 1) > 0 ? outerExtent(lanes - 1) : innerExtent) + rightMargin;
    };
    double minSpacing = m_leastSpacing;
    for (int i = 0; i < lanes; ++i) {
        // The attackers' box beside an empty gap (placed in positions()) asks nothing of the
        // spacing between the other lifelines.
        const bool besideEmptyGap = std::any_of(L.floods.cbegin(), L.floods.cend(), [&](const FloodGeometry &f) {
            return f.fromLane == i && floodGapIsEmpty(f);
        });
        if (!besideEmptyGap)
            minSpacing = std::max(minSpacing, boxWidth(L.lifelines[i]) + 4);
    }
    // The canvas for a spacing: the outer boxes stay on it (the first moves right, the
    // canvas grows right).
    auto extent = [&](const QList<double> &xs) {
        return lanes > 0 ? std::max(rightEdge(xs), xs.last() + boxWidth(L.lifelines.last()) / 2 + rightMargin)
                         : rightEdge(xs);
    };
    auto canvasWidth = [&](QList<double> *xs) {
        if (lanes > 0) {
            const double shift = std::max(0.0, leftMargin + boxWidth(L.lifelines.first()) / 2 - xs->first());
            for (double &x : *xs)
                x += shift;
        }
        return extent(*xs);
    };
    auto widthAt = [&](double spacing) {
        QList<double> xs = positions(spacing);
        return canvasWidth(&xs);
    };
    // The lifelines are drawn on whole pixels plus a half (crisp 1 px lines), and the
    // canvas is whole pixels: rounded so, a width found to fit can come out a pixel wider
    // than the view, and the view scrolls for it.
    // Where rounding to the nearest pixel adds one the view lacks, the lifelines round
    // down instead; only where that is not enough does the spacing give the pixel back.
    enum class Rounding { Nearest, Down };
    Rounding rounding = Rounding::Nearest;
    auto onPixels = [&](QList<double> *xs) {
        for (double &x : *xs)
            x = (rounding == Rounding::Nearest ? std::round(x) : std::floor(x)) + 0.5;
    };
    auto drawnWidthAt = [&](double spacing) {
        QList<double> xs = positions(spacing);
        canvasWidth(&xs);
        onPixels(&xs);
        return std::ceil(extent(xs));
    };
    m_spacing = std::max(o.lifelineSpacing, minSpacing);
    if (o.width > 0 && !L.floods.isEmpty() && widthAt(minSpacing) > o.width) {
        // A flood's words on one line hold the target and the attackers further apart than
        // a small window has room for (issue 9): they take two or three lines instead, as
        // wide as still lets the story fit, found by halving.
        const double whole = m_floodTextWidth;
        // Words in the target's column gain nothing from lines narrower than its texts.
        double narrowest = minimumFloodTextWidth;
        for (const FloodGeometry &f : L.floods)
            if (floodTextBesideTarget(f))
                narrowest = std::max(narrowest, m_sideWidth.value(f.toLane));
        double lo = std::min(narrowest, whole), hi = whole;
        const double unwrapped = widthAt(minSpacing);
        QList<QStringList> lines;
        for (const FloodGeometry &f : L.floods)
            lines << f.textLines;
        for (int round = 0; round < 16 && hi - lo > 2; ++round) {
            const double mid = (lo + hi) / 2;
            wrapFloodText(mid);
            (widthAt(minSpacing) <= o.width ? lo : hi) = mid;
        }
        m_floodTextWidth = wrapFloodText(lo);
        // Lines that make the story no narrower only make the words taller.
        if (widthAt(minSpacing) >= unwrapped - 0.5) {
            for (int i = 0; i < L.floods.size(); ++i)
                L.floods[i].textLines = lines[i];
            m_floodTextWidth = whole;
        }
    }
    L.minimumWidth = drawnWidthAt(minSpacing);
    if (o.width > 0 && lanes > 1) {
        // The lifelines use the width there is: the widest spacing that fits (not every
        // gap grows with it: one may be held open by a flood's words), found by halving.
        const double most = std::max(widestSpacing, minSpacing);
        if (widthAt(most) <= o.width) {
            m_spacing = most;
        } else {
            double lo = minSpacing, hi = most;
            for (int round = 0; round < 24 && hi - lo > 0.5; ++round) {
                const double mid = (lo + hi) / 2;
                (widthAt(mid) <= o.width ? lo : hi) = mid;
            }
            m_spacing = lo;
        }
        // A width of whole pixels (a view's) is filled to the pixel; a fractional one (a
        // slide's, divided by its text scale) by the pixels that cover it.
        const double pixels = std::ceil(o.width);
        if (drawnWidthAt(m_spacing) > pixels)
            rounding = Rounding::Down;
        if (drawnWidthAt(m_spacing) > pixels && L.minimumWidth <= pixels) {
            double lo = minSpacing, hi = m_spacing;
            for (int round = 0; round < 24 && hi - lo > 0.05; ++round) {
                const double mid = (lo + hi) / 2;
                (drawnWidthAt(mid) <= pixels ? lo : hi) = mid;
            }
            m_spacing = lo;
        }
    }
    QList<double> xs = positions(m_spacing);
    const double width = canvasWidth(&xs);
    onPixels(&xs);
    L.lifelineSpacing = m_spacing;
    for (int i = 0; i < lanes; ++i) {
        LifelineGeometry &l = L.lifelines[i];
        l.x = xs[i];
        const double w = boxWidth(l);
        l.headerRect = QRectF(l.x - w / 2, marginTop, w, L.headerHeight - 4);
    }
    L.size.setWidth(std::ceil(width));
}

double SequenceLayoutBuilder::wrapFloodText(double maxWidth)
{
    const QFont font = sequenceAnnotationFont(L.options.font);
    m_floodTextWidth = 0;
    for (int i = 0; i < L.floods.size(); ++i) {
        QStringList &lines = L.floods[i].textLines;
        lines.clear();
        for (const QString &line : m_floodText.value(i))
            lines << wrappedLines(line, font, maxWidth - 12);
        for (const QString &line : lines)
            m_floodTextWidth = std::max(m_floodTextWidth, m_annotationFm.horizontalAdvance(line) + 12);
    }
    return m_floodTextWidth;
}

// --- arrows: what they say and how big that is -----------------------------------------------

void SequenceLayoutBuilder::makeArrows()
{
    const SequenceLayoutOptions &o = L.options;
    const QString retransmission = SequenceDiagram::tr("retransmission");
    const QString duplicate = SequenceDiagram::tr("duplicate");
    const QString keepalive = SequenceDiagram::tr("keepalive probe");
    const QString separator = QStringLiteral(" · ");
    const bool hideFlood = summarised();
    auto laneFor = [&](int host) {
        if (host < 0 || host >= m_laneOfHost.size())
            return m_nobodyLane < 0 ? 0 : m_nobodyLane;
        return m_laneOfHost[host];
    };

    L.arrows.reserve(m_trace.segments.size());
    m_arrives.reserve(size_t(m_trace.segments.size()));
    m_labelText.reserve(m_trace.segments.size());
    m_badgeText.reserve(m_trace.segments.size());
    L.arrowIndexOfSegment.fill(-1, m_trace.segments.size());
    for (int i = 0; i < m_trace.segments.size(); ++i) {
        const SegmentRecord &r = m_trace.segments[i];
        if (hideFlood && r.id >= 0 && r.id < m_flood.segmentInFlood.size() && m_flood.segmentInFlood[r.id])
            continue;
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
        const double x1 = L.lifelines.isEmpty() ? 0 : L.lifelines[a.fromLane].x;
        double x2 = L.lifelines.isEmpty() ? 0 : L.lifelines[a.toLane].x;
        if (a.toLane == a.fromLane) // to itself (e.g. an attacker's forged peer): a stub
            x2 = x1 + (sideOf(a.fromLane) < 0 ? 1 : -1) * m_spacing * 0.4;
        a.p1.setX(x1);
        a.p2.setX(x2);

        QString badges;
        if (a.retransmission || a.duplicate || a.delayed || a.keepalive || r.dropped) {
            auto add = [&](const QString &b) {
                if (!badges.isEmpty())
                    badges += separator;
                badges += b;
            };
            if (a.retransmission)
                add(retransmission);
            if (a.duplicate)
                add(duplicate);
            if (a.delayed)
                add(SequenceDiagram::tr("+%1 delay").arg(durationText(r.faultDelta)));
            if (a.keepalive)
                add(keepalive);
            if (r.dropped)
                add(dropBadge(r.dropReason));
        }
        m_arrives.push_back(std::max(r.arrivesAt, r.sentAt));
        m_labelText.append(segmentLabelText(r.segment, o.labelContent));
        m_badgeText.append(badges);
        L.arrowIndexOfSegment[r.id >= 0 && r.id < m_trace.segments.size() ? r.id : i] = int(L.arrows.size());
        L.arrows.append(std::move(a));
    }
    // The label: whole words, wrapped to the arrow's width, never elided — and to half of
    // it where other arrows cross this one twice or more (busy traffic both ways), so that
    // it has room to slide clear of their labels.
    m_crossings = crossingCounts();
    for (int i = 0; i < L.arrows.size(); ++i) {
        const double dx = std::abs(L.arrows[i].p2.x() - L.arrows[i].p1.x());
        wrapLabel(i, std::max(minimumWrapWidth, m_crossings[i] >= 2 ? std::max(dx / 2, std::min(150.0, dx - 34)) : dx - 34));
    }
}

// How many arrows cross each arrow: those between the same two lifelines the other way
// whose flight overlaps its own (on a time axis that only ever grows downwards, two such
// arrows cross exactly when each is sent before the other arrives).
QList<int> SequenceLayoutBuilder::crossingCounts() const
{
    const int n = int(L.arrows.size());
    QList<int> counts(n, 0);
    // The arrows' times and lanes side by side (one pass over the large ArrowGeometry),
    // then per direction (from lane, to lane) its arrows' sends and ends, each sorted.
    struct Flight {
        SimTime sentAt, endsAt;
        int fromLane, toLane;
    };
    std::vector<Flight> flights;
    flights.reserve(size_t(n));
    int lanes = 1;
    for (const ArrowGeometry &a : L.arrows) {
        flights.push_back({a.sentAt, a.endsAt, a.fromLane, a.toLane});
        lanes = std::max({lanes, a.fromLane + 1, a.toLane + 1});
    }
    const size_t directions = size_t(lanes) * size_t(lanes);
    auto direction = [&](int from, int to) { return size_t(from) * size_t(lanes) + size_t(to); };
    std::vector<int> perDirection(directions, 0);
    for (const Flight &f : flights)
        ++perDirection[direction(f.fromLane, f.toLane)];
    std::vector<std::vector<SimTime>> sends(directions), ends(directions);
    for (size_t d = 0; d < directions; ++d) {
        sends[d].reserve(size_t(perDirection[d]));
        ends[d].reserve(size_t(perDirection[d]));
    }
    for (const Flight &f : flights) {
        const size_t d = direction(f.fromLane, f.toLane);
        sends[d].push_back(f.sentAt);
        ends[d].push_back(f.endsAt);
    }
    for (size_t d = 0; d < directions; ++d) {
        if (!std::is_sorted(sends[d].cbegin(), sends[d].cend()))
            std::sort(sends[d].begin(), sends[d].end());
        if (!std::is_sorted(ends[d].cbegin(), ends[d].cend()))
            std::sort(ends[d].begin(), ends[d].end());
    }
    // Arrows come mostly in time order: each search starts from where the direction's
    // last one ended (the same positions as lower_bound and upper_bound over the whole).
    std::vector<size_t> sentHint(directions, 0), endedHint(directions, 0);
    for (int i = 0; i < n; ++i) {
        const Flight &a = flights[size_t(i)];
        if (a.fromLane == a.toLane)
            continue;
        const size_t other = direction(a.toLane, a.fromLane);
        const std::vector<SimTime> &s = sends[other], &e = ends[other];
        const size_t sentBefore = boundNear(s, sentHint[other], [&](SimTime t) { return t < a.endsAt; });
        const size_t endedBefore = boundNear(e, endedHint[other], [&](SimTime t) { return t <= a.sentAt; });
        sentHint[other] = sentBefore;
        endedHint[other] = endedBefore;
        counts[i] = int(sentBefore) - int(endedBefore);
    }
    return counts;
}

void SequenceLayoutBuilder::wrapLabel(int arrow, double width)
{
    if (!m_offsetsComputed || m_inMoment[size_t(arrow)])
        m_offsetsCurrent = false;
    ArrowGeometry &a = L.arrows[arrow];
    double w = 0, badgeWidth = 0;
    QString lines;
    const int textLines = m_labelWidths.wrapJoined(m_labelText[arrow], width, &lines, &w);
    int badgeLines = 0;
    if (!m_badgeText[arrow].isEmpty()) {
        QString badges;
        badgeLines = m_badgeWidths.wrapJoined(m_badgeText[arrow], width, &badges, &badgeWidth);
        lines = lines + QLatin1Char('\n') + badges;
    }
    a.setJoinedLabelLines(lines, textLines, badgeLines);
    w = std::max(w, badgeWidth);
    a.labelSize = QSizeF(std::ceil(w + 6), std::ceil(textLines * m_labelLineSpacing
                                                      + badgeLines * m_badgeLineSpacing + 2));
    if (m_labelSize.size() <= size_t(arrow))
        m_labelSize.resize(size_t(L.arrows.size()));
    m_labelSize[size_t(arrow)] = a.labelSize;
}

// Whether an arrow running alongside (nearly parallel, not sharing an end) is in the way:
// then more lines would not help, more room between the two would.
bool SequenceLayoutBuilder::blockedAlongside(int arrow, const QList<LabelPlacer::Blocker> &blockers) const
{
    const ArrowGeometry &a = L.arrows[arrow];
    const double angle = std::atan2(a.p2.y() - a.p1.y(), a.p2.x() - a.p1.x());
    for (const LabelPlacer::Blocker &b : blockers) {
        if (b.arrow < 0 || b.arrow == arrow)
            continue;
        const ArrowGeometry &o = L.arrows[b.arrow];
        const double other = std::atan2(o.p2.y() - o.p1.y(), o.p2.x() - o.p1.x());
        if (std::abs(std::remainder(angle - other, 2 * M_PI)) < qDegreesToRadians(12.0))
            return true;
    }
    return false;
}

// A label too long for the room beside its arrow (between the lifelines, or beside a
// steep arrow close to others) is wrapped into more, shorter lines — whole words still.
bool SequenceLayoutBuilder::narrowLabel(int arrow)
{
    ArrowGeometry &a = L.arrows[arrow];
    const double dx = std::abs(a.p2.x() - a.p1.x());
    if (a.labelSize.width() <= std::max(minimumWrapWidth + 8, 0.55 * dx) || a.labelLineCount() >= 5)
        return false;
    const QSizeF before = a.labelSize;
    wrapLabel(arrow, std::max(minimumWrapWidth, (before.width() - 6) * 0.7));
    return a.labelSize.width() < before.width() - 1;
}

// --- the moments on the axis ------------------------------------------------------------------

void SequenceLayoutBuilder::collectKeyTimes()
{
    const bool hideFlood = summarised();
    const bool skipEntries = m_flood.isFlood();
    QList<SimTime> fromEvents(m_trace.events.size()), sends(L.arrows.size()), ends(L.arrows.size()), other;
    SimTime *eventTime = fromEvents.data(); // not appended: a call per element
    for (const TraceEvent &e : m_trace.events) {
        if (hideFlood && e.segment >= 0 && e.segment < m_flood.segmentInFlood.size()
            && (e.type == TraceEventType::Send || e.type == TraceEventType::Deliver || e.type == TraceEventType::Drop)
            && m_flood.segmentInFlood[e.segment])
            continue;
        if (skipEntries && e.socket >= 0 && e.socket < m_flood.halfOpenEntry.size() && m_flood.halfOpenEntry[e.socket])
            continue;
        // The listener's "SYN queue full" each time a forged SYN is turned away: the band
        // and the queue's strip tell that.
        if (hideFlood && e.type == TraceEventType::Notice && e.socket == m_flood.listenerSocket
            && (e.notice == NoticeKind::SynQueueFull || e.notice == NoticeKind::AcceptQueueFull))
            continue;
        *eventTime++ = e.time;
    }
    fromEvents.resize(eventTime - fromEvents.data());
    SimTime *sent = sends.data(), *ended = ends.data();
    for (const ArrowGeometry &a : L.arrows) {
        *sent++ = a.sentAt;
        *ended++ = a.endsAt;
    }
    other << 0 << m_trace.endTime;
    for (const FloodGeometry &f : L.floods)
        other << f.t0 << f.t1;
    for (const SynQueueGeometry &q : L.synQueues)
        for (const SynQueueGeometry::Mark &m : q.marks)
            other << m.time;
    std::sort(other.begin(), other.end());
    m_keys = mergeUnique({fromEvents, sends, ends, other});

    m_sendKey.resize(L.arrows.size());
    m_endKey.resize(L.arrows.size());
    int send = 0, end = 0; // arrows come mostly in time order: search from the last one's
    for (int i = 0; i < L.arrows.size(); ++i) {
        send = m_sendKey[i] = keyNear(L.arrows[i].sentAt, send);
        end = m_endKey[i] = keyNear(L.arrows[i].endsAt, end);
    }
}

// Segments one host sends at the same moment are drawn apart: each a little below the one
// before, far enough for a label to fit between them, and the moment holds that height on
// the axis (time stands still while the page moves on).
void SequenceLayoutBuilder::computeOffsets()
{
    const int n = int(L.arrows.size());
    m_offset.fill(0, n);
    m_endOffset.fill(0, n);
    m_hold.fill(0, m_keys.size());
    QList<int> &order = m_sendOrder; // by when sent, once; a moment's arrows as drawn
    if (order.size() != n) {
        // Sorted by (time, arrow): what a stable sort by time gives.
        std::vector<std::pair<SimTime, int>> byTime;
        byTime.reserve(size_t(n));
        for (int i = 0; i < n; ++i)
            byTime.push_back({L.arrows[i].sentAt, i});
        if (!std::is_sorted(byTime.cbegin(), byTime.cend()))
            std::sort(byTime.begin(), byTime.end());
        order.resize(n);
        m_moments.clear();
        for (int i = 0; i < n; ++i)
            order[i] = byTime[size_t(i)].second;
        for (int i = 0; i < n;) {
            int j = i;
            while (j < n && byTime[size_t(j)].first == byTime[size_t(i)].first)
                ++j;
            if (j - i > 1) { // alone at its moment, an arrow has nothing to part from
                // One host's arrows of the moment top to bottom in the order they end, so
                // that they do not cross (a delayed copy ends below the original).
                std::stable_sort(order.begin() + i, order.begin() + j, [&](int x, int y) {
                    const ArrowGeometry &a = L.arrows[x], &b = L.arrows[y];
                    return a.fromLane != b.fromLane ? a.fromLane < b.fromLane : a.endsAt < b.endsAt;
                });
                m_moments.push_back({i, j});
            }
            i = j;
        }
        // What the offsets read of the moments' arrows, side by side (reading it from the
        // large ArrowGeometry, in send order, was most of this function's time).
        m_momentArrows.clear();
        m_inMoment.assign(size_t(n), 0);
        for (const auto &[i, j] : m_moments) {
            for (int k = i; k < j; ++k) {
                const int a = order[k];
                const ArrowGeometry &arrow = L.arrows[a];
                m_inMoment[size_t(a)] = 1;
                m_momentArrows.push_back({arrow.endsAt, std::max(1.0, std::abs(arrow.p2.x() - arrow.p1.x())),
                                          m_pixelsPerMs * double(arrow.endsAt - arrow.sentAt) / usPerMs, a,
                                          arrow.fromLane, arrow.toLane});
            }
        }
    }
    const double clearance = LabelPlacer::gap + LabelPlacer::lineClearance + 2;
    // Per lane, for the moment at hand: the previous arrow, and how many.
    const int lanes = std::max<int>(1, int(L.lifelines.size()));
    QVarLengthArray<int, 8> lastOfLane(lanes), countOfLane(lanes);
    size_t base = 0; // the moment's first entry in m_momentArrows
    for (const auto &[i, j] : m_moments) {
        const MomentArrow *m = m_momentArrows.data() + base;
        const int count = j - i;
        base += size_t(count);
        std::fill(lastOfLane.begin(), lastOfLane.end(), -1);
        std::fill(countOfLane.begin(), countOfLane.end(), 0);
        for (int k = 0; k < count; ++k)
            ++countOfLane[m[k].fromLane];
        for (int k = 0; k < count; ++k) {
            const MomentArrow &arrow = m[k];
            const int a = arrow.arrow;
            const int prev = lastOfLane[arrow.fromLane];
            if (prev < 0) {
                m_offset[a] = 0;
            } else {
                // A label fits between two of the parallel arrows: their distance across
                // is the step times the cosine of their slope — and the steps, which the
                // moment holds, steepen them. Solve for the step (a few rounds converge).
                const double need = std::max(m_labelSize[size_t(prev)].height(), m_labelSize[size_t(a)].height()) + clearance;
                const double dx = arrow.dx;
                const double dy0 = arrow.dy0;
                const int steps = countOfLane[arrow.fromLane] - 1;
                double step = need * 1.31;
                for (int round = 0; round < 6; ++round)
                    step = std::min(4 * need, need * std::hypot(dx, dy0 + steps * step) / dx);
                m_offset[a] = m_offset[prev] + std::ceil(step + m_stepBoost.value(m_sendKey[a]));
            }
            lastOfLane[arrow.fromLane] = a;
            if (m_offset[a] > 0)
                m_hold[m_sendKey[a]] = std::max(m_hold[m_sendKey[a]], m_offset[a]);
        }
        // Arrows of the moment that also end together (arrive, or are dropped, at one
        // moment) stay parallel: each ends as far below that moment as it starts below its
        // own, and that moment holds the height too. (In the trace, the second arrival and
        // what answers it come after the first arrival and its answer, as drawn.)
        for (int k = 0; k < count; ++k) {
            const MomentArrow &arrow = m[k];
            const int a = arrow.arrow;
            if (m_offset[a] <= 0)
                continue;
            for (int other = 0; other < count; ++other) {
                const MomentArrow &o = m[other];
                if (other != k && o.fromLane == arrow.fromLane && o.toLane == arrow.toLane && o.endsAt == arrow.endsAt) {
                    m_endOffset[a] = m_offset[a];
                    m_hold[m_endKey[a]] = std::max(m_hold[m_endKey[a]], m_endOffset[a]);
                    break;
                }
            }
        }
    }
    m_offsetsCurrent = true;
    m_offsetsComputed = true;
}

void SequenceLayoutBuilder::collectSideItems()
{
    const double lineHeight = m_annotationFm.lineSpacing() + 2;
    for (int i = 0; i < L.stateBands.size(); ++i) {
        const StateBandGeometry &b = L.stateBands[i];
        m_sideItems.append({SideKind::State, i, b.lane, keyOf(b.t0), 0,
                            QSizeF(m_annotationFm.horizontalAdvance(b.text) + 6, lineHeight)});
    }
    for (int i = 0; i < L.timers.size(); ++i) {
        const TimerBracketGeometry &t = L.timers[i];
        m_sideItems.append({SideKind::Timer, i, t.lane, keyOf(t.setAt), 1,
                            QSizeF(m_annotationFm.horizontalAdvance(t.text) + 6, lineHeight)});
    }
    for (const SynQueueGeometry &q : L.synQueues)
        for (int i = 0; i < q.marks.size(); ++i)
            m_sideItems.append({SideKind::QueueMark, i, q.lane, keyOf(q.marks[i].time), 2,
                                QSizeF(m_annotationFm.horizontalAdvance(q.marks[i].text) + 6, lineHeight)});
    std::stable_sort(m_sideItems.begin(), m_sideItems.end(), [](const SideItem &a, const SideItem &b) {
        if (a.lane != b.lane)
            return a.lane < b.lane;
        return a.key != b.key ? a.key < b.key : a.order < b.order;
    });
}

// A label whose arrow two or more arrows the other way cross finds its place only between
// two of them (busy traffic both ways: data one way, the acknowledgments back). Those
// crossing arrows are spread over about two flights (sent while it flies, or flying when
// it is sent), so the time between two of them is about 2 × flight / crossings; the scale
// there has to be large enough for the label and its clearance to both lines to fit
// between them. Asking for that room now, rather than learning it from labels that find no
// place, lets such a run settle in one or two passes instead of three or four; the passes
// still check every label and ask for more where this was not enough.
void SequenceLayoutBuilder::estimateRoomForCrossedLabels()
{
    const double clearance = LabelPlacer::gap + LabelPlacer::lineClearance + 2;
    const double most = 8 * (2 * m_labelFm.lineSpacing() + LabelPlacer::lineClearance + LabelPlacer::gap);
    QList<double> scale(m_keys.size(), 0); // per gap (ending at the key): pixels per µs
    bool any = false;
    for (int i = 0; i < L.arrows.size(); ++i) {
        if (m_crossings[i] < 2)
            continue;
        const ArrowGeometry &a = L.arrows[i];
        const double flight = double(a.endsAt - a.sentAt);
        if (flight <= 0)
            continue;
        const double between = 2 * flight / m_crossings[i];
        const double need = crossedRoomFactor * (a.labelSize.height() + 2 * clearance) / between;
        for (int k = m_sendKey[i] + 1; k <= m_endKey[i]; ++k)
            scale[k] = std::max(scale[k], need);
        any = true;
    }
    if (!any)
        return;
    const double bare = m_pixelsPerMs / usPerMs;
    for (int k = 1; k < m_keys.size(); ++k) {
        const double extra = (scale[k] - bare) * double(m_keys[k] - m_keys[k - 1]);
        if (extra > 0.01)
            m_room[k] = std::min(extra, most);
    }
}

// --- one vertical pass ------------------------------------------------------------------------

bool SequenceLayoutBuilder::addRoom(int key, double pixels)
{
    if (key <= 0 || key >= m_keys.size())
        return false;
    // Room that has not helped by this much will not: the place is taken for another
    // reason (the lanes are too close for the words). Leave it, rather than stretch the
    // diagram without end.
    const double most = 8 * (2 * m_labelFm.lineSpacing() + LabelPlacer::lineClearance + LabelPlacer::gap);
    pixels = std::min(pixels, most - m_room[key]);
    if (pixels <= 0.01)
        return false;
    if (m_roomAsked[key] < pixels) // one request per gap and pass: the next pass re-checks
        m_roomAsked[key] = pixels;
    m_roomNeeded = true;
    return true;
}

bool SequenceLayoutBuilder::layOutVertically(bool lastPass)
{
    m_roomNeeded = false;
    m_roomAsked.fill(0, m_keys.size());
    L.labelsPlacedAnyway = 0;
    if (!m_offsetsCurrent) // labels may have been wrapped anew, moments parted further
        computeOffsets();
    TimeAxis::Spec spec;
    spec.keyTimes = m_keys;
    spec.pixelsPerMs = m_pixelsPerMs;
    spec.breakThreshold = m_breakThreshold;
    spec.breakHeight = L.options.breakHeight;
    spec.breakMargin = 2.5 * m_labelFm.lineSpacing();
    spec.top = L.headerHeight + marginTop + m_labelFm.lineSpacing();
    spec.roomBefore = m_room;
    spec.hold = m_hold;
    L.axis = TimeAxis::build(spec, &m_keyY);

    placeArrowGeometry();
    placeBandsAndTimers();
    placeSideTexts();
    placeBreaks();
    placeFloodAndQueue();
    m_placer.clear();
    addObstacles(m_placer);
    placeLabels(m_placer, lastPass);

    if (!m_roomNeeded)
        return true;
    for (int k = 0; k < m_keys.size(); ++k)
        m_room[k] += m_roomAsked[k];
    return false;
}

void SequenceLayoutBuilder::placeArrowGeometry()
{
    double changedFrom = std::numeric_limits<double>::infinity();
    // What placeLabels() orders the labels by, found while the arrow is at hand.
    m_top.resize(L.arrows.size());
    m_length.resize(L.arrows.size());
    m_maxY.resize(size_t(L.arrows.size()));
    double *top = m_top.data(), *length = m_length.data();
    for (int i = 0; i < L.arrows.size(); ++i) {
        ArrowGeometry &a = L.arrows[i];
        const double o = m_endOffset[i];
        const QPointF was1 = a.p1, was2 = a.p2, wasEnd = a.end;
        a.p1.setY(m_keyY[m_sendKey[i]] + m_offset[i]);
        const SimTime arrives = m_arrives[size_t(i)];
        a.p2.setY((arrives == a.endsAt ? m_keyY[m_endKey[i]] : L.axis.timeToY(arrives)) + o);
        a.end = a.p2;
        if (a.dropped) {
            const double yDrop = m_keyY[m_endKey[i]] + o;
            const double span = a.p2.y() - a.p1.y();
            const double f = span > 1e-9 ? std::clamp((yDrop - a.p1.y()) / span, 0.0, 1.0) : 1.0;
            a.end = a.p1 + (a.p2 - a.p1) * f;
        }
        top[i] = std::min(a.p1.y(), a.end.y());
        length[i] = std::hypot(a.end.x() - a.p1.x(), a.end.y() - a.p1.y());
        if (!samePoint(a.p1, was1) || !samePoint(a.p2, was2) || !samePoint(a.end, wasEnd))
            changedFrom = std::min({changedFrom, was1.y(), was2.y(), wasEnd.y(), a.p1.y(), a.p2.y(), a.end.y()});
    }
    m_changedFrom = changedFrom;
}

void SequenceLayoutBuilder::placeBandsAndTimers()
{
    for (int i = 0; i < L.stateBands.size(); ++i) {
        StateBandGeometry &b = L.stateBands[i];
        const double cx = L.lifelines[b.lane].x + sideOf(b.lane) * bandStep * m_bandColumn[i];
        const double y0 = L.axis.timeToY(b.t0);
        const double y1 = L.axis.timeToY(b.t1);
        b.rect = QRectF(cx - bandWidth / 2, y0, bandWidth, std::max(1.0, y1 - y0));
    }
    for (int i = 0; i < L.timers.size(); ++i) {
        TimerBracketGeometry &t = L.timers[i];
        t.y0 = L.axis.timeToY(t.setAt);
        t.y1 = std::max(L.axis.timeToY(t.endsAt), t.y0 + 2);
        const double side = sideOf(t.lane);
        const double strip = m_hasQueue.value(t.lane) ? stripArea : 0;
        t.x = std::round(L.lifelines[t.lane].x + side * (m_bandExtent[t.lane] + strip + 6 + bracketStep * m_bracketColumn[i])) + 0.5;
        t.tickDirection = -side; // ticks point back at the lifeline
    }
}

// State and timer texts stand beside the lifeline where what they name begins. Texts of
// one moment stack; a text that the texts of an earlier moment would push down asks for
// room before its moment instead, so that no text ever stands beside a later time than
// its own.
void SequenceLayoutBuilder::placeSideTexts()
{
    int lane = -1;
    double nextFree = -1e300;
    int stackKey = -1;
    for (const SideItem &item : m_sideItems) {
        if (item.lane != lane) {
            lane = item.lane;
            nextFree = -1e300;
            stackKey = -1;
        }
        const double desired = m_keyY[item.key];
        if (item.key != stackKey && nextFree > desired + 0.5)
            addRoom(item.key, nextFree - desired);
        const double y = std::max(desired, nextFree);
        stackKey = item.key;
        const double side = sideOf(lane);
        const double edge = laneEdge(lane);
        const double x = side < 0 ? edge - item.size.width() : edge;
        const QRectF rect(QPointF(x, y), item.size);
        switch (item.kind) {
        case SideKind::State:
            L.stateBands[item.index].textRect = rect;
            break;
        case SideKind::Timer:
            L.timers[item.index].textRect = rect;
            break;
        case SideKind::QueueMark:
            for (SynQueueGeometry &q : L.synQueues)
                if (q.lane == lane)
                    q.marks[item.index].textRect = rect;
            break;
        }
        nextFree = y + item.size.height() + 1;
    }
}

// A break's length is read where times are read: at the left, over the time axis (which
// has no ticks inside a break), clear of the arrows that may cross the break. Only when the
// text does not fit there does it go between the first two lifelines.
void SequenceLayoutBuilder::placeBreaks()
{
    L.breaks.clear();
    double leftRoom = L.size.width();
    if (!L.lifelines.isEmpty()) {
        const bool textsLeft = sideOf(0) < 0;
        leftRoom = L.lifelines[0].x
                   - (textsLeft ? m_bandExtent[0] + (m_hasQueue.value(0) ? stripArea : 0) + m_bracketExtent[0] + sideGap
                                : innerExtent)
                   - 4;
    }
    for (const TimeAxis::Piece &p : L.axis.breaks()) {
        BreakGeometry b;
        b.t0 = p.t0;
        b.t1 = p.t1;
        b.y0 = p.y0;
        b.y1 = p.y1;
        b.text = SequenceDiagram::tr("… %1 …").arg(durationText(p.t1 - p.t0, usPerSecond));
        const QSizeF size(m_annotationFm.horizontalAdvance(b.text) + 12, m_annotationFm.lineSpacing() + 4);
        double left = 4;
        if (left + size.width() > leftRoom) {
            const double cx = L.lifelines.size() > 1 ? (L.lifelines[0].x + L.lifelines[1].x) / 2
                                                     : L.timeAxisWidth + 60;
            left = cx - size.width() / 2;
        }
        b.textRect = QRectF(QPointF(left, (b.y0 + b.y1 - size.height()) / 2), size);
        L.breaks.append(b);
    }
}

double SequenceLayoutBuilder::belowSideTexts(int lane, const QRectF &rect) const
{
    QList<QRectF> texts;
    for (const StateBandGeometry &b : L.stateBands)
        if (b.lane == lane)
            texts << b.textRect;
    for (const TimerBracketGeometry &t : L.timers)
        if (t.lane == lane)
            texts << t.textRect;
    for (const SynQueueGeometry &q : L.synQueues)
        if (q.lane == lane)
            for (const SynQueueGeometry::Mark &m : q.marks)
                texts << m.textRect;
    std::sort(texts.begin(), texts.end(), [](const QRectF &a, const QRectF &b) { return a.top() < b.top(); });
    constexpr double clearance = 2;
    QRectF r = rect;
    for (bool moved = true; moved;) {
        moved = false;
        for (const QRectF &t : texts) {
            if (t.isNull() || t.right() <= r.left() || t.left() >= r.right())
                continue;
            if (t.bottom() + clearance > r.top() && t.top() < r.bottom() + clearance) {
                r.moveTop(t.bottom() + clearance);
                moved = true;
            }
        }
    }
    return r.top();
}

void SequenceLayoutBuilder::placeFloodAndQueue()
{
    // A break's zigzag crosses the whole width: the flood's words never stand over one (they
    // would read as if the fold were part of the flood), but below it. placeBreaks() ran.
    constexpr double breakClearance = 3;
    auto belowBreaks = [&](const QRectF &rect) {
        double top = rect.top();
        for (const BreakGeometry &b : L.breaks)
            if (top + rect.height() > b.y0 - breakClearance && top < b.y1 + breakClearance)
                top = b.y1 + breakClearance;
        return top;
    };
    for (FloodGeometry &f : L.floods) {
        const double xFrom = L.lifelines[f.fromLane].x;
        const double xTo = L.lifelines[f.toLane].x;
        const double y0 = L.axis.timeToY(f.t0);
        const double y1 = std::max(L.axis.timeToY(f.t1), y0 + 4);
        const double delay = L.axis.timeToY(f.t0 + typicalOneWayDelay(m_trace)) - y0;
        f.band = QPolygonF({QPointF(xFrom, y0), QPointF(xTo, y0 + delay), QPointF(xTo, y1),
                            QPointF(xFrom, std::max(y0, y1 - delay))});
        // The words between the target's side texts and the attackers' lifeline.
        double w = 0;
        for (const QString &line : f.textLines)
            w = std::max(w, m_annotationFm.horizontalAdvance(line));
        const QSizeF size(w + 12, f.textLines.size() * m_annotationFm.lineSpacing() + 6);
        const double top = y0 + delay / 2 + 4;
        if (floodTextBesideTarget(f)) {
            // In the target's column of side texts, at the band's top or, where a text of
            // the target stands there, below it (placeHorizontally made the column as
            // wide as the wider of the two).
            const double edge = laneEdge(f.toLane);
            f.textRect = QRectF(QPointF(f.toLane < f.fromLane ? edge : edge - size.width(), top), size);
            // Clear of the target's texts and of the breaks, each move checked against both.
            for (double moved = f.textRect.top() - 1; moved != f.textRect.top();) {
                moved = f.textRect.top();
                f.textRect.moveTop(belowSideTexts(f.toLane, f.textRect));
                f.textRect.moveTop(belowBreaks(f.textRect));
            }
            continue;
        }
        const double left = std::min(xFrom, xTo), right = std::max(xFrom, xTo);
        const double lo = left + innerExtent + 4, hi = right - innerExtent - 4;
        const double cx = std::max(lo + size.width() / 2, (lo + hi) / 2);
        f.textRect = QRectF(QPointF(cx - size.width() / 2, top), size);
        f.textRect.moveTop(belowBreaks(f.textRect));
    }
    for (SynQueueGeometry &q : L.synQueues) {
        const QList<SynQueueSample> &samples = m_flood.synQueue;
        const double side = sideOf(q.lane);
        const double x0 = L.lifelines[q.lane].x + side * (m_bandExtent[q.lane] + 3);
        auto xAt = [&](int halfOpen) { return x0 + side * stripWidth * halfOpen / std::max(1, q.maxHalfOpen); };
        QPolygonF shape;
        double top = 1e300, bottom = -1e300;
        for (int i = 0; i < samples.size(); ++i) {
            const double y = L.axis.timeToY(samples[i].time);
            const int before = i > 0 ? samples[i - 1].halfOpen : 0;
            if (shape.isEmpty())
                shape << QPointF(x0, y);
            shape << QPointF(xAt(before), y) << QPointF(xAt(samples[i].halfOpen), y);
            top = std::min(top, y);
            bottom = std::max(bottom, y);
        }
        const double end = samples.last().halfOpen > 0 ? L.axis.timeToY(m_trace.endTime) : bottom;
        shape << QPointF(xAt(samples.last().halfOpen), end) << QPointF(x0, end);
        bottom = std::max(bottom, end);
        q.shape = shape;
        q.rect = QRectF(QPointF(std::min(x0, xAt(q.maxHalfOpen)), top), QPointF(std::max(x0, xAt(q.maxHalfOpen)), bottom));
    }
}

void SequenceLayoutBuilder::addObstacles(LabelPlacer &placer)
{
    std::swap(m_obstacles, m_lastObstacles);
    m_obstacles.clear();
    auto obstacle = [&](const QRectF &rect, int key = -1) { m_obstacles.push_back({rect, key}); };
    const double zeroY = L.axis.timeToY(std::min<SimTime>(0, L.axis.startTime()));
    const double bottom = L.axis.bottom() + 20;
    // Above the 0 s line is the headers' (and before time began); left is the time axis.
    obstacle(QRectF(QPointF(-1e5, -1e5), QPointF(1e6, zeroY)));
    obstacle(QRectF(QPointF(-1e5, zeroY), QPointF(L.timeAxisWidth, bottom + 1e4)));
    for (const LifelineGeometry &l : L.lifelines) {
        obstacle(l.headerRect.adjusted(-2, -2, 2, 2));
        obstacle(QRectF(QPointF(l.x - 1.5, L.headerHeight), QPointF(l.x + 1.5, bottom)));
    }
    for (const StateBandGeometry &b : L.stateBands) {
        obstacle(b.rect.adjusted(-2, -1.5, 2, 0));
        obstacle(b.textRect, keyOf(b.t0));
    }
    for (const TimerBracketGeometry &t : L.timers) {
        obstacle(QRectF(QPointF(std::min(t.x, t.x + 4 * t.tickDirection) - 1, t.y0 - 1),
                        QPointF(std::max(t.x, t.x + 4 * t.tickDirection) + 1, t.y1 + 1)));
        obstacle(t.textRect, keyOf(t.setAt));
    }
    for (const BreakGeometry &b : L.breaks)
        obstacle(b.textRect);
    for (const FloodGeometry &f : L.floods)
        obstacle(f.textRect);
    for (const SynQueueGeometry &q : L.synQueues) {
        obstacle(q.rect);
        for (const SynQueueGeometry::Mark &m : q.marks)
            obstacle(m.textRect, keyOf(m.time));
    }

    placer.reserve(int(m_obstacles.size()), int(L.arrows.size()), int(L.arrows.size()));
    for (const Obstacle &o : m_obstacles)
        placer.addObstacle(o.rect, o.key);
    for (int i = 0; i < L.arrows.size(); ++i)
        placer.addLine(i, L.arrows[i].p1, L.arrows[i].end);

    // Where an obstacle differs from last pass's: from its top, or from its bottom where
    // only that moved (a lifeline, the time axis, a state band reaching further down).
    const size_t common = std::min(m_obstacles.size(), m_lastObstacles.size());
    for (size_t k = 0; k < common; ++k) {
        const Obstacle &now = m_obstacles[k], &was = m_lastObstacles[k];
        const QRectF n = now.rect.normalized(), w = was.rect.normalized();
        const bool sameAbove = now.key == was.key && n.left() == w.left() && n.right() == w.right() && n.top() == w.top();
        if (sameAbove && n.bottom() == w.bottom())
            continue;
        const bool onlyBottom = sameAbove;
        m_changedFrom = std::min(m_changedFrom, onlyBottom ? std::min(n.bottom(), w.bottom()) : std::min(n.top(), w.top()));
    }
    for (size_t k = common; k < m_obstacles.size(); ++k)
        m_changedFrom = std::min(m_changedFrom, m_obstacles[k].rect.normalized().top());
    for (size_t k = common; k < m_lastObstacles.size(); ++k)
        m_changedFrom = std::min(m_changedFrom, m_lastObstacles[k].rect.normalized().top());
}

void SequenceLayoutBuilder::placeLabels(LabelPlacer &placer, bool lastPass)
{
    // Labels in order of their arrow's top: earlier arrows get the natural places. Arrows
    // far longer than most (a segment delayed across the traffic that follows) come last:
    // they have places all along their way, the short arrows they cross have few.
    const int n = int(L.arrows.size());
    const QList<double> &top = m_top; // placeArrowGeometry() found them
    const QList<double> &length = m_length;
    double longArrow = 1e300;
    if (n > 2) {
        m_sorted = length;
        auto mid = m_sorted.begin() + n / 2;
        std::nth_element(m_sorted.begin(), mid, m_sorted.end());
        longArrow = 1.6 * *mid;
    }
    auto before = [&](int x, int y) {
        const bool lx = length[x] > longArrow, ly = length[y] > longArrow;
        return lx != ly ? ly : top[x] < top[y];
    };
    // The order of the last pass is nearly right (room moves everything below it alike).
    if (m_labelOrder.size() != n) {
        m_labelOrder.resize(n);
        std::iota(m_labelOrder.begin(), m_labelOrder.end(), 0);
        m_placed.assign(size_t(n), 0);
        m_placement.resize(n);
    }
    m_lastOrder = m_labelOrder;
    if (!std::is_sorted(m_labelOrder.cbegin(), m_labelOrder.cend(), before)) {
        // A stable sort by `before`, on packed keys: ties keep the last pass's order.
        struct Key {
            bool isLong;
            double top;
            int rank;
            int arrow;
        };
        std::vector<Key> keys;
        keys.reserve(size_t(n));
        for (int r = 0; r < n; ++r) {
            const int i = m_labelOrder[r];
            keys.push_back({length[i] > longArrow, top[i], r, i});
        }
        std::sort(keys.begin(), keys.end(), [](const Key &x, const Key &y) {
            if (x.isLong != y.isLong)
                return y.isLong;
            if (x.top != y.top)
                return x.top < y.top;
            return x.rank < y.rank;
        });
        for (int r = 0; r < n; ++r)
            m_labelOrder[r] = keys[size_t(r)].arrow;
    }

    // The labels this pass would place exactly as the last did: the first ones, in the
    // same order as then, that place() placed then, and whose arrows, labels and whatever
    // they were checked against lie above everything that has moved since (the check
    // looks a few pixels around a label, less than the 6 of minY/maxY). Each of them
    // would meet the same neighbours and take the same place again; they are filed as
    // they are.
    int kept = 0;
    while (kept < n) {
        const int i = m_labelOrder[kept];
        if (i != m_lastOrder[kept] || !m_placed[size_t(i)] || m_maxY[size_t(i)] >= m_changedFrom)
            break;
        placer.addPlaced(i, m_placement[i], m_labelSize[size_t(i)]);
        ++kept;
    }
    const double clearance = LabelPlacer::gap + LabelPlacer::lineClearance + 2;
    QList<LabelPlacer::Blocker> blockers; // one list, its memory kept from label to label
    for (int k = kept; k < n; ++k) {
        const int i = m_labelOrder[k];
        m_placed[size_t(i)] = 0;
        ArrowGeometry &a = L.arrows[i];
        LabelPlacer::Placement p;
        blockers.clear();
        if (!placer.place(i, a.p1, a.p2, a.end, a.labelSize, &p, &blockers, m_choice[i])) {
            // Shorter lines where the label is long for its place, and room around it too:
            // one more pass then settles most.
            const bool narrowed = !lastPass && !blockedAlongside(i, blockers) && narrowLabel(i);
            const double room = 2 * (a.labelSize.height() + clearance);
            bool more = addRoom(m_sendKey[i], room / 2) || narrowed;
            if (narrowed)
                m_roomNeeded = true;
            // A shallow arrow flies at a larger scale next pass; a steep one would only get
            // steeper, and its level label wider across it.
            const QPointF d = a.p2 - a.p1;
            if (std::abs(d.y()) < std::abs(d.x()) * std::tan(qDegreesToRadians(LabelPlacer::maxRotation - 5)))
                more = spreadOverFlight(i, room) || more;
            for (const LabelPlacer::Blocker &b : blockers)
                more = makeRoomFor(i, b, room / 2) || more;
            if (!more && !lastPass && narrowLabel(i)) { // no room left to make: shorter lines
                m_roomNeeded = true;
                continue;
            }
            if (more && !lastPass)
                continue;
            p = placer.placeAnyway(a.p1, a.p2, a.end, a.labelSize);
            ++L.labelsPlacedAnyway;
        } else {
            m_placed[size_t(i)] = 1;
            m_placement[i] = p;
        }
        a.labelCenter = p.center;
        a.labelAngle = p.angle;
        m_choice[i] = p.choice;
        a.minY = std::min({a.p1.y(), a.end.y(), p.bounds.top()}) - 6;
        a.maxY = std::max({a.p1.y(), a.end.y(), p.bounds.bottom()}) + 6;
        m_maxY[size_t(i)] = a.maxY;
    }
}

// Next pass, what kept a label from its arrow is moved away in time:
//  - an arrow that shares an end with it (an arrival and the reply that leaves from it)
//    forms a wedge: the label's arrow flies at a larger scale, which opens the wedge;
//  - another arrow (or its label) alongside: more time between the two sends and between
//    the two ends, so the two stay alike in slope and move apart;
//  - a text of a later moment: more time before that moment; anything else (an earlier
//    text, a band, a box): more time before the arrow is sent.
bool SequenceLayoutBuilder::spreadOverFlight(int arrow, double room)
{
    const int send = m_sendKey[arrow], end = m_endKey[arrow];
    bool more = false;
    const SimTime flight = std::max<SimTime>(1, m_keys[end] - m_keys[send]);
    for (int k = send + 1; k <= end; ++k)
        more = addRoom(k, room * double(m_keys[k] - m_keys[k - 1]) / double(flight)) || more;
    return more;
}

bool SequenceLayoutBuilder::makeRoomFor(int arrow, const LabelPlacer::Blocker &blocker, double room)
{
    const int send = m_sendKey[arrow], end = m_endKey[arrow];
    auto spreadOverFlight = [&] { return this->spreadOverFlight(arrow, room); };
    if (blocker.arrow >= 0 && blocker.arrow != arrow) {
        const ArrowGeometry &a = L.arrows[arrow];
        const ArrowGeometry &o = L.arrows[blocker.arrow];
        auto same = [](QPointF p, QPointF q) { return std::abs(p.x() - q.x()) < 0.5 && std::abs(p.y() - q.y()) < 0.5; };
        const bool wedge = same(a.p1, o.end) || same(a.end, o.p1) || same(a.p1, o.p1) || same(a.end, o.end);
        const int otherSend = m_sendKey[blocker.arrow], otherEnd = m_endKey[blocker.arrow];
        if (send == otherSend && a.fromLane == o.fromLane) {
            // Sent together: draw the moment's arrows further apart — while that leaves them
            // at a slope their labels can follow (apart, they steepen; near upright, no
            // step is far enough across for a label).
            const QPointF d = a.p2 - a.p1;
            if (std::abs(d.y()) > std::abs(d.x()) * std::tan(qDegreesToRadians(LabelPlacer::maxSteepRotation - 8)))
                return false;
            const double most = 6 * room;
            double &boost = m_stepBoost[send];
            if (boost >= most)
                return false;
            boost = std::min(most, boost + room / 2);
            m_offsetsCurrent = false;
            m_roomNeeded = true;
            return true;
        }
        if (wedge || (send == otherSend && end == otherEnd))
            return spreadOverFlight();
        bool more = addRoom(std::max(send, otherSend), room);
        if (std::max(end, otherEnd) != std::max(send, otherSend))
            more = addRoom(std::max(end, otherEnd), room) || more;
        return more;
    }
    if (blocker.key > send)
        return addRoom(blocker.key, room);
    return addRoom(send, room) || (send == 0 && spreadOverFlight());
}

// --- indexes and size ---------------------------------------------------------------------------

void SequenceLayoutBuilder::finish()
{
    L.arrowIndex.clear();
    L.bandIndex.clear();
    L.timerIndex.clear();
    L.arrowIndex.reserve(int(L.arrows.size()));
    for (const ArrowGeometry &a : L.arrows)
        L.arrowIndex.add(a.minY, a.maxY);
    for (const StateBandGeometry &b : L.stateBands)
        L.bandIndex.add(std::min(b.rect.top(), b.textRect.top()), std::max(b.rect.bottom(), b.textRect.bottom()));
    for (const TimerBracketGeometry &t : L.timers)
        L.timerIndex.add(std::min(t.y0, t.textRect.top()), std::max(t.y1, t.textRect.bottom()));

    double bottom = std::max(L.axis.bottom(), L.axis.timeToY(L.axis.endTime()));
    double right = L.size.width();
    auto extend = [&](const QRectF &r) {
        if (r.isNull())
            return;
        bottom = std::max(bottom, r.bottom());
        right = std::max(right, r.right() + rightMargin);
    };
    for (const StateBandGeometry &b : L.stateBands)
        extend(b.textRect);
    for (const TimerBracketGeometry &t : L.timers)
        extend(t.textRect);
    for (const ArrowGeometry &a : L.arrows) {
        bottom = std::max(bottom, a.maxY);
        extend(cornersBounds(LabelPlacer::corners(a.labelCenter, a.labelSize, a.labelAngle)));
    }
    for (const LifelineGeometry &l : L.lifelines)
        extend(l.headerRect);
    for (const FloodGeometry &f : L.floods) {
        extend(f.textRect);
        extend(f.band.boundingRect());
    }
    for (const SynQueueGeometry &q : L.synQueues)
        for (const SynQueueGeometry::Mark &m : q.marks)
            extend(m.textRect);
    L.size = QSizeF(std::ceil(right), std::ceil(bottom + bottomMargin));
}

} // namespace tcplab
