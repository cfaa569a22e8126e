#include "capture/capture_story.h"

#include <algorithm>
#include <limits>
#include <tuple>

namespace tcplab {

namespace {

constexpr uint32_t standInAddresses[2] = {0x0a000001, 0x0a000002}; // 10.0.0.1, 10.0.0.2
const QString hostNames[2] = {QStringLiteral("A"), QStringLiteral("B")};

// Whether the observer put a state change with `cause` on `host` at `time`: the user call
// it read from the segment sent then.
bool callRevealed(const Trace &trace, int host, SimTime time, StateCause cause)
{
    for (const TraceEvent &e : trace.events) {
        if (e.time > time)
            break;
        if (e.time == time && e.host == host && e.type == TraceEventType::State && e.cause == cause)
            return true;
    }
    return false;
}

// The longest a side waited between the arrival of new text or a FIN and the pure ACK that
// acknowledged it (RFC 1122 §4.2.3.2: a receiver may delay an ACK, by at most 0.5 s), or 0
// when every such ACK left at once.
SimTime longestAckDelay(const Trace &trace)
{
    SimTime longest = 0;
    for (const SegmentRecord &ack : trace.segments) {
        const Segment &s = ack.segment;
        if (ack.kind != SegmentKind::Original || !s.has(TcpFlag::Ack) || s.flags != TcpFlags(TcpFlag::Ack)
            || !s.payload.isEmpty() || s.keepaliveProbe)
            continue;
        // The latest copy of the peer's segment whose end this ACK names, delivered before
        // it was sent (a retransmitted FIN is answered again at once).
        SimTime arrived = -1;
        for (const SegmentRecord &text : trace.segments) {
            if (text.fromHost == ack.fromHost || text.dropped || text.arrivesAt > ack.sentAt)
                continue;
            const uint32_t length = uint32_t(text.segment.payload.size()) + (text.segment.has(TcpFlag::Fin) ? 1 : 0);
            if (length > 0 && !text.segment.has(TcpFlag::Syn) && text.segment.seq + length == s.ack)
                arrived = std::max(arrived, text.arrivesAt);
        }
        if (arrived < 0)
            continue;
        // Only a side that sent nothing in between held its ACK back: one that answered at
        // once with a lower number (a gap before the text) acknowledges now because the
        // gap has filled.
        const bool answeredMeanwhile = std::any_of(trace.segments.begin(), trace.segments.end(), [&](const SegmentRecord &r) {
            return r.fromHost == ack.fromHost && r.id != ack.id && r.sentAt >= arrived && r.sentAt < ack.sentAt;
        });
        if (!answeredMeanwhile)
            longest = std::max(longest, ack.sentAt - arrived);
    }
    return longest;
}

// Orders the events of each instant as the observer records them: segment by segment (by
// id), each one's sending — after the state changes it reveals — before its arrival, which
// is followed by the state changes and notices it causes. The simulator records an instant
// in the order it handled things (an arrival, the ACK it sent, the next arrival); within
// one instant that order says nothing a capture could show, and left as it is it would be
// the first difference of every comparison.
void inObserversOrder(QList<TraceEvent> &events)
{
    struct Keyed {
        int segment;
        int phase; // 0 sending, 1 arrival or loss, 2 nothing to do with a segment
        int sub;   // 0 before the segment's own event, 1 the event or after it
        int index;
    };
    for (int begin = 0; begin < events.size();) {
        int end = begin;
        while (end < events.size() && events[end].time == events[begin].time)
            ++end;
        QList<Keyed> keys;
        for (int i = begin; i < end; ++i) {
            const TraceEvent &e = events[i];
            Keyed key{std::numeric_limits<int>::max(), 2, 0, i};
            if (e.type == TraceEventType::Send) {
                key = {e.segment, 0, 1, i};
            } else if (e.type == TraceEventType::Deliver || e.type == TraceEventType::Drop) {
                key = {e.segment, 1, 0, i};
            } else {
                // What an arrival on this host caused, or what this host's next sending
                // reveals.
                bool found = false;
                for (int k = i - 1; k >= begin && !found; --k) {
                    const TraceEvent &before = events[k];
                    if (before.host == e.host && (before.type == TraceEventType::Deliver || before.type == TraceEventType::Drop)) {
                        key = {before.segment, 1, 1, i};
                        found = true;
                    }
                }
                for (int k = i + 1; k < end && !found; ++k) {
                    const TraceEvent &after = events[k];
                    if (after.host == e.host && after.type == TraceEventType::Send) {
                        key = {after.segment, 0, 0, i};
                        found = true;
                    }
                }
            }
            keys.append(key);
        }
        std::stable_sort(keys.begin(), keys.end(), [](const Keyed &x, const Keyed &y) {
            return std::tie(x.segment, x.phase, x.sub, x.index) < std::tie(y.segment, y.phase, y.sub, y.index);
        });
        QList<TraceEvent> ordered;
        for (const Keyed &key : keys)
            ordered.append(events[key.index]);
        for (int i = begin; i < end; ++i)
            events[i] = ordered[i - begin];
        begin = end;
    }
}

AppAction call(SimTime at, int host, AppActionKind kind)
{
    AppAction action;
    action.at = at;
    action.host = hostNames[host];
    action.kind = kind;
    return action;
}

} // namespace

CaptureStory::Outcome CaptureStory::infer(const ObservedConnection &connection, Scenario *scenario)
{
    const Trace &trace = connection.trace;
    QList<const SegmentRecord *> sent;
    for (const SegmentRecord &record : trace.segments)
        sent.append(&record);
    std::stable_sort(sent.begin(), sent.end(),
                     [](const SegmentRecord *x, const SegmentRecord *y) { return x->sentAt < y->sentAt; });

    const SegmentRecord *synOf[2] = {nullptr, nullptr};    // a side's first SYN without ACK
    const SegmentRecord *synAckOf[2] = {nullptr, nullptr}; // a side's first SYN,ACK
    for (const SegmentRecord *r : sent) {
        const int side = r->fromHost;
        if (side < 0 || side > 1 || !r->segment.has(TcpFlag::Syn))
            continue;
        const SegmentRecord **first = r->segment.has(TcpFlag::Ack) ? &synAckOf[side] : &synOf[side];
        if (!*first)
            *first = r;
    }
    if (!synOf[0] || (!synAckOf[1] && !synOf[1]))
        return Outcome::HandshakeMissing;

    Scenario story;
    story.id = QStringLiteral("capture");
    const CaptureEndpoint ends[2] = {connection.a, connection.b};
    for (int side = 0; side < 2; ++side) {
        HostSpec host;
        host.name = hostNames[side];
        // The simulator tells hosts apart by address: both ends on one address (a capture
        // on the loopback interface) get stand-ins like IPv6 ends do.
        const bool ownAddress = ends[side].address.isV4() && ends[0].address != ends[1].address;
        host.address = ownAddress ? ends[side].address.toV4() : standInAddresses[side];
        // The MSS a side announces is its MTU less the IPv4 and TCP headers (RFC 9293 §3.7.1).
        const SegmentRecord *syn = synOf[side] ? synOf[side] : synAckOf[side];
        if (syn && syn->segment.mss > 0)
            host.mtu = std::clamp(int(syn->segment.mss) + 40, 68, 65535);
        story.hosts.append(host);
    }
    story.network.delay = connection.delayMeasured ? connection.oneWayDelay : 0;
    story.network.jitter = 0;
    story.network.loss = 0;
    // ACKs that waited for text of their own to ride on: the stack delays its ACKs. A wait
    // under a millisecond is the capture's clock, not a timer.
    const SimTime ackDelay = longestAckDelay(trace);
    if (ackDelay >= usPerMs) {
        story.protocol.delayedAck = true;
        story.protocol.delayedAckTimeout = std::min<SimTime>(ackDelay, msToUs(500));
    }

    // B was listening unless it opened too (a simultaneous open, §3.10.7.3 of both SYNs).
    const bool simultaneousOpen = synOf[1] != nullptr;
    if (!simultaneousOpen) {
        AppAction listen = call(0, 1, AppActionKind::Listen);
        listen.port = ends[1].port;
        listen.isn = synAckOf[1]->segment.seq;
        story.actions.append(listen);
    }
    // One write may leave in several segments; the stack marks the last one with PSH
    // (RFC 9293 §3.9.1), so text up to a PSH is one SEND, made when its first byte left.
    int openSend[2] = {-1, -1}; // a side's SEND still collecting text, index into actions
    for (const SegmentRecord *r : sent) {
        const int side = r->fromHost;
        if (side < 0 || side > 1)
            continue;
        const Segment &s = r->segment;
        if (r == synOf[side]) {
            AppAction connect = call(r->sentAt, side, AppActionKind::Connect);
            connect.port = ends[side].port;
            connect.to = hostNames[1 - side];
            connect.remotePort = ends[1 - side].port;
            connect.isn = s.seq;
            story.actions.append(connect);
        }
        if (r->kind == SegmentKind::Duplicate) {
            // The network's extra copy of a segment: a duplicate fault on the original.
            if (r->duplicateOf >= 0 && r->duplicateOf < trace.segments.size()) {
                const SegmentRecord &original = trace.segments.at(r->duplicateOf);
                FaultRule copy;
                copy.kind = FaultKind::Duplicate;
                copy.host = hostNames[side];
                copy.ordinal = original.senderOrdinal;
                copy.delta = std::max<SimTime>(usPerMs, r->arrivesAt - original.arrivesAt);
                story.faults.append(copy);
            }
            continue;
        }
        if (r->dropped) {
            FaultRule drop;
            drop.kind = FaultKind::Drop;
            drop.host = hostNames[side];
            drop.ordinal = r->senderOrdinal;
            story.faults.append(drop);
        }
        if (r->kind != SegmentKind::Original || s.keepaliveProbe)
            continue;
        if (!s.payload.isEmpty() && !s.has(TcpFlag::Syn)) {
            if (openSend[side] >= 0) {
                story.actions[openSend[side]].data += s.payload;
            } else {
                AppAction send = call(r->sentAt, side, AppActionKind::Send);
                send.data = s.payload;
                openSend[side] = int(story.actions.size());
                story.actions.append(send);
            }
            if (s.has(TcpFlag::Psh))
                openSend[side] = -1;
        }
        if (s.has(TcpFlag::Fin) || s.has(TcpFlag::Rst))
            openSend[side] = -1;
        if (s.has(TcpFlag::Fin)) {
            const bool shutdown = callRevealed(trace, side, r->sentAt, StateCause::AppShutdown);
            story.actions.append(call(r->sentAt, side, shutdown ? AppActionKind::Shutdown : AppActionKind::Close));
        }
        if (s.has(TcpFlag::Rst) && callRevealed(trace, side, r->sentAt, StateCause::AppAbort))
            story.actions.append(call(r->sentAt, side, AppActionKind::Abort));
    }
    // Long enough for what the capture shows and a TIME-WAIT after it.
    story.duration = std::max(story.duration, trace.endTime + 2 * story.protocol.msl + secondsToUs(1));
    *scenario = story;
    return Outcome::Told;
}

Trace CaptureStory::observable(const Trace &simulated)
{
    Trace trace;
    trace.hosts = simulated.hosts;
    trace.sockets = simulated.sockets;
    trace.segments = simulated.segments;
    // The story's faults stand for what the observer inferred: a loss in the network and a
    // network copy, with no fault plan behind them.
    for (SegmentRecord &r : trace.segments) {
        if (r.dropReason == DropReason::Fault)
            r.dropReason = DropReason::Loss;
        r.fault = FaultKind::None;
        r.faultDelta = 0;
        r.faultRule = -1;
    }
    trace.endTime = simulated.endTime;
    trace.stoppedAtLimit = simulated.stoppedAtLimit;
    auto isListener = [&](int socket) {
        return socket >= 0 && socket < simulated.sockets.size() && simulated.sockets.at(socket).listener;
    };
    for (const TraceEvent &e : simulated.events) {
        switch (e.type) {
        case TraceEventType::App:
        case TraceEventType::Timer:
            continue;
        case TraceEventType::State:
            if (isListener(e.socket))
                continue;
            break;
        case TraceEventType::Notice:
            if (e.notice != NoticeKind::Established && e.notice != NoticeKind::EndOfStream
                && e.notice != NoticeKind::ConnectionReset && e.notice != NoticeKind::ConnectionRefused)
                continue;
            break;
        default:
            break;
        }
        trace.events.append(e);
        if (e.type == TraceEventType::Drop && e.dropReason == DropReason::Fault)
            trace.events.last().dropReason = DropReason::Loss;
    }
    inObserversOrder(trace.events);
    trace.finish();
    return trace;
}

} // namespace tcplab
