#include "capture/connection_observer.h"

#include "capture/capture_writer.h"
#include "capture/observed_endpoint.h"
#include "tcp/sequence_number.h"

#include <QHash>
#include <QMap>

#include <algorithm>
#include <deque>
#include <limits>

namespace tcplab {

namespace {

constexpr int sideA = 0;
constexpr int sideB = 1;

// The working record of one captured segment.
struct Item {
    DecodedPacket packet;
    int side = sideA; // who sent it
    SegmentKind kind = SegmentKind::Original;
    int duplicateOf = -1;
    int retransmissionOf = -1;
    bool outOfOrder = false;
    bool keepalive = false;
    bool retransmittedLater = false; // Karn: no round-trip sample from it
    bool repeatsSyn = false;         // a simultaneous open's SYN,ACK: its SYN is the earlier one's
    SimTime sinceHighest = 0;        // out-of-order: how long after its sender's highest segment
    int64_t relStart = 0;            // sequence offset from the sender's first number
    int previousCopy = -1;           // the sender's last segment starting at the same place
    SimTime captured = 0;            // capture time, µs since the Unix epoch until rebased
    SimTime sentAt = 0;
    SimTime arrivesAt = 0;
    bool lost = false;

    const Segment &segment() const { return packet.segment; }
    uint32_t end() const { return packet.segment.seq + packet.segment.sequenceLength(); }
    bool occupiesSequence() const { return packet.segment.sequenceLength() > 0; }
};

// What the classifier keeps per sender (RFC 9293 §3.4: sequence numbers are compared
// as offsets from the sender's first one, so wrap-around does not matter).
struct SenderHistory {
    bool haveBase = false;
    uint32_t base = 0;
    int64_t last = 0;
    bool isnKnown = false;
    uint32_t isn = 0;
    bool synAckSent = false;
    int64_t maxEnd = std::numeric_limits<int64_t>::min();
    SimTime maxEndSeenAt = 0;
    QMap<int64_t, int64_t> sent;          // merged [start, end) ranges already sent
    QMap<int64_t, int> originalsByStart;  // originals that occupy sequence space
    QHash<int64_t, int> lastByStart;      // the latest segment starting at an offset
    QHash<uint64_t, int> lastSentKey;     // (seq, SYN|FIN) → latest, as the simulator keys it
    QHash<uint64_t, int> byIpId;          // (IP ID, seq) → latest
};

bool overlapsSent(const QMap<int64_t, int64_t> &sent, int64_t start, int64_t end)
{
    auto it = sent.lowerBound(end); // first range starting at or after `end`
    if (it == sent.begin())
        return false;
    --it;
    return it.value() > start;
}

void addSent(QMap<int64_t, int64_t> &sent, int64_t start, int64_t end)
{
    auto it = sent.upperBound(start);
    if (it != sent.begin()) {
        auto prev = std::prev(it);
        if (prev.value() >= start) {
            start = prev.key();
            end = std::max(end, prev.value());
            it = sent.erase(prev);
        }
    }
    while (it != sent.end() && it.key() <= end) {
        end = std::max(end, it.value());
        it = sent.erase(it);
    }
    sent.insert(start, end);
}

void classify(QList<Item> &items)
{
    SenderHistory history[2];
    for (int i = 0; i < items.size(); ++i) {
        Item &item = items[i];
        SenderHistory &h = history[item.side];
        const Segment &s = item.segment();

        // A network duplicate is the same IP packet again: same identification, same
        // segment. (IP ID 0 is what many stacks put in every DF packet, so it proves
        // nothing; IPv6 has no identification at all.)
        if (item.packet.hasIpIdentification && item.packet.ipIdentification != 0) {
            const uint64_t key = uint64_t(item.packet.ipIdentification) << 32 | s.seq;
            const auto found = h.byIpId.constFind(key);
            if (found != h.byIpId.constEnd() && items[found.value()].segment() == s) {
                item.kind = SegmentKind::Duplicate;
                item.duplicateOf = found.value();
                continue;
            }
            h.byIpId.insert(key, i);
        }

        if (!h.haveBase) {
            h.haveBase = true;
            h.base = s.seq;
        }
        const bool syn = s.has(TcpFlag::Syn);
        // A SYN with another initial sequence number (an old duplicate SYN) lives in a
        // sequence space of its own: it neither extends nor repeats this one.
        const bool foreignSyn = syn && h.isnKnown && s.seq != h.isn;
        if (syn && !h.isnKnown) {
            h.isnKnown = true;
            h.isn = s.seq;
        }
        const int64_t rel = h.last + seqDiff(s.seq, h.base + uint32_t(h.last));
        if (!foreignSyn)
            h.last = rel;
        item.relStart = rel;
        const uint64_t sentKey = uint64_t(s.seq) << 8 | (s.flags & (TcpFlag::Syn | TcpFlag::Fin));
        const int64_t length = s.sequenceLength();

        // In a simultaneous open (RFC 9293 §3.5, Figure 8) a side sends its SYN again with
        // an ACK: a new segment, not a retransmission.
        const bool firstSynAck = syn && s.has(TcpFlag::Ack) && !h.synAckSent;
        if (syn && s.has(TcpFlag::Ack))
            h.synAckSent = true;
        if (length > 0 && !foreignSyn) {
            const int64_t end = rel + length;
            item.repeatsSyn = firstSynAck && overlapsSent(h.sent, rel, end);
            if (overlapsSent(h.sent, rel, end) && !firstSynAck) {
                item.kind = SegmentKind::Retransmission;
                item.retransmissionOf = h.lastSentKey.value(sentKey, -1);
                // Karn's rule needs to know which originals were sent again.
                auto it = h.originalsByStart.lowerBound(rel);
                if (it != h.originalsByStart.begin()) {
                    Item &before = items[std::prev(it).value()];
                    if (before.relStart + before.segment().sequenceLength() > rel)
                        before.retransmittedLater = true;
                }
                for (; it != h.originalsByStart.end() && it.key() < end; ++it)
                    items[it.value()].retransmittedLater = true;
            } else {
                item.outOfOrder = h.maxEnd != std::numeric_limits<int64_t>::min() && rel < h.maxEnd;
                item.sinceHighest = item.captured - h.maxEndSeenAt;
                h.originalsByStart.insert(rel, i);
            }
            addSent(h.sent, rel, end);
            if (end > h.maxEnd) {
                h.maxEnd = end;
                h.maxEndSeenAt = item.captured;
            }
            item.previousCopy = h.lastByStart.value(rel, -1);
            h.lastByStart.insert(rel, i);
        } else if (length == 0 && !s.has(TcpFlag::Rst) && s.has(TcpFlag::Ack)
                   && h.maxEnd != std::numeric_limits<int64_t>::min() && rel == h.maxEnd - 1) {
            // RFC 1122 §4.2.3.6: a keepalive probe carries SEG.SEQ = SND.NXT − 1.
            item.keepalive = true;
        }
        h.lastSentKey.insert(sentKey, i);
    }
}

struct DelayEstimate {
    CaptureVantage vantage = CaptureVantage::Middle;
    SimTime oneWay = 0;
    bool measured = false;
};

// How long each side's segments waited for the other side's acknowledgment, at the
// capture point: the smallest wait over originals never retransmitted (Karn's rule),
// so delayed ACKs and queueing do not inflate it.
// When a side has no such original (its every segment was sent again, as in a lost SYN),
// the last copy before the acknowledgment is timed instead.
std::optional<SimTime> acknowledgmentWait(const QList<Item> &items, int x, bool lastCopies)
{
    std::optional<SimTime> gap;
    // Segments of x not yet acknowledged, oldest first (an acknowledgment covers a prefix),
    // and when each was last sent. Linear in the connection's length.
    std::deque<std::pair<int64_t, uint32_t>> waiting; // (offset, end)
    QHash<int64_t, SimTime> sentAt;
    for (const Item &item : items) {
        if (item.kind == SegmentKind::Duplicate)
            continue;
        if (item.side == x) {
            // The peer acknowledges a simultaneous open's SYN,ACK because of the SYN
            // before it; timing it would halve the delay.
            if (!item.occupiesSequence() || item.repeatsSyn)
                continue;
            const bool eligible = lastCopies || (item.kind == SegmentKind::Original && !item.retransmittedLater);
            if (!eligible)
                continue;
            if (!sentAt.contains(item.relStart))
                waiting.emplace_back(item.relStart, item.end());
            sentAt.insert(item.relStart, item.captured);
            continue;
        }
        if (!item.segment().has(TcpFlag::Ack))
            continue;
        while (!waiting.empty() && seqGreaterEqual(item.segment().ack, waiting.front().second)) {
            const SimTime sample = item.captured - sentAt.take(waiting.front().first);
            gap = gap ? std::min(*gap, sample) : sample;
            waiting.pop_front();
        }
    }
    return gap;
}

DelayEstimate estimateDelay(const QList<Item> &items, std::optional<CaptureVantage> given)
{
    std::optional<SimTime> gap[2];
    for (const int x : {sideA, sideB}) {
        gap[x] = acknowledgmentWait(items, x, false);
        if (!gap[x])
            gap[x] = acknowledgmentWait(items, x, true);
    }

    DelayEstimate e;
    e.measured = gap[sideA] || gap[sideB];
    if (given) {
        e.vantage = *given;
    } else if (gap[sideA].has_value() != gap[sideB].has_value()) {
        // Only one side's segments were acknowledged (a refused connection, a one-way
        // transfer). Answered at once: the capture is at the answering side. Otherwise
        // assume the capture was taken where it usually is, at the waiting side's host.
        const int waited = gap[sideA] ? sideA : sideB;
        const bool atOnce = *gap[waited] < usPerMs;
        e.vantage = (waited == sideA) != atOnce ? CaptureVantage::NearA : CaptureVantage::NearB;
    } else if (gap[sideA] && gap[sideB]) {
        // At A's interface A waits a round trip and B is answered at once; at B's the
        // other way round; in the middle both wait about one one-way delay.
        if (*gap[sideB] * 4 <= *gap[sideA])
            e.vantage = CaptureVantage::NearA;
        else if (*gap[sideA] * 4 <= *gap[sideB])
            e.vantage = CaptureVantage::NearB;
        else
            e.vantage = CaptureVantage::Middle;
    }
    switch (e.vantage) {
    case CaptureVantage::NearA:
        e.oneWay = gap[sideA] ? *gap[sideA] / 2 : 0;
        break;
    case CaptureVantage::NearB:
        e.oneWay = gap[sideB] ? *gap[sideB] / 2 : 0;
        break;
    case CaptureVantage::Middle:
        if (gap[sideA] && gap[sideB])
            e.oneWay = (*gap[sideA] + *gap[sideB]) / 2;
        else if (gap[sideA] || gap[sideB])
            e.oneWay = gap[sideA] ? *gap[sideA] : *gap[sideB];
        break;
    }
    e.measured = e.measured && e.oneWay > 0;
    return e;
}

bool seenOnArrival(CaptureVantage vantage, int sender)
{
    return (vantage == CaptureVantage::NearA && sender == sideB) || (vantage == CaptureVantage::NearB && sender == sideA);
}

bool seenOnSending(CaptureVantage vantage, int sender)
{
    return (vantage == CaptureVantage::NearA && sender == sideA) || (vantage == CaptureVantage::NearB && sender == sideB);
}

void assignTimes(QList<Item> &items, CaptureVantage vantage, SimTime oneWay)
{
    for (Item &item : items) {
        const SimTime t = item.captured;
        if (seenOnSending(vantage, item.side)) {
            item.sentAt = t;
            item.arrivesAt = t + oneWay;
        } else if (seenOnArrival(vantage, item.side)) {
            item.sentAt = t - oneWay;
            item.arrivesAt = t;
        } else {
            item.sentAt = t - oneWay / 2;
            item.arrivesAt = t + (oneWay - oneWay / 2);
        }
    }
    // The network's copy left its sender with the original.
    for (Item &item : items) {
        if (item.kind == SegmentKind::Duplicate && item.duplicateOf >= 0)
            item.sentAt = std::min(item.sentAt, items[item.duplicateOf].sentAt);
    }
}

// Losses the capture point could not see happen, inferred from the receiver's behaviour.
// Only segments that may have been lost after the point passed them are judged: those
// seen as they were sent (at their sender's interface, or in the middle).
void inferLosses(QList<Item> &items, CaptureVantage vantage)
{
    auto mayBeLost = [&](const Item &item) {
        return item.kind != SegmentKind::Duplicate && !seenOnArrival(vantage, item.side);
    };
    // Per side, the ACK-bearing segments in capture order (their send times ascend).
    QList<int> acks[2];
    for (int i = 0; i < items.size(); ++i) {
        if (items[i].kind != SegmentKind::Duplicate && items[i].segment().has(TcpFlag::Ack))
            acks[items[i].side].append(i);
    }
    auto firstSentAtOrAfter = [&](int side, SimTime t) {
        const QList<int> &list = acks[side];
        return int(std::lower_bound(list.begin(), list.end(), t,
                                    [&](int index, SimTime time) { return items[index].sentAt < time; })
                   - list.begin());
    };

    for (int i = 0; i < items.size(); ++i) {
        const Item &again = items[i];
        if (again.kind != SegmentKind::Retransmission || again.previousCopy < 0)
            continue;
        // (1) A copy that the next copy followed, with no acknowledgment of it sent by the
        // receiver in between, never arrived: the receiver would have acknowledged it
        // (RFC 9293 §3.10.7.4: text in order is acknowledged) and the sender would not
        // have needed to send it again.
        // A copy sent again before an acknowledgment of the earlier one could have come
        // back (within a round trip: a retransmission timer and an answer to the peer's
        // retransmitted SYN firing together) proves nothing about the earlier one.
        Item &earlier = items[again.previousCopy];
        const SimTime roundTrip = 2 * (earlier.arrivesAt - earlier.sentAt);
        if (mayBeLost(earlier) && !earlier.lost && again.sentAt - earlier.sentAt >= roundTrip) {
            const int peer = 1 - earlier.side;
            bool acknowledged = false;
            for (int k = firstSentAtOrAfter(peer, earlier.sentAt); k < acks[peer].size(); ++k) {
                const Item &ack = items[acks[peer][k]];
                if (ack.sentAt >= again.arrivesAt)
                    break;
                if (seqGreaterEqual(ack.segment().ack, earlier.end())) {
                    acknowledged = true;
                    break;
                }
            }
            earlier.lost = !acknowledged;
        }
        // (2) A pure acknowledgment covering what its receiver sent again later never
        // arrived: had it, the receiver would have had nothing to retransmit.
        const Item &previous = items[again.previousCopy];
        const int acker = 1 - again.side;
        for (int k = firstSentAtOrAfter(acker, previous.sentAt); k < acks[acker].size(); ++k) {
            Item &ack = items[acks[acker][k]];
            if (ack.sentAt >= again.sentAt)
                break;
            if (mayBeLost(ack) && !ack.occupiesSequence() && ack.arrivesAt < again.sentAt
                && seqGreaterEqual(ack.segment().ack, again.end()))
                ack.lost = true;
        }
    }
}

} // namespace

ObservedConnection ConnectionObserver::observe(const Conversation &conversation, QList<DecodedPacket> packets) const
{
    ObservedConnection result;
    result.a = conversation.a;
    result.b = conversation.b;
    result.vantageGiven = m_vantage.has_value();

    std::stable_sort(packets.begin(), packets.end(),
                     [](const DecodedPacket &x, const DecodedPacket &y) { return x.timestampUs < y.timestampUs; });
    QList<Item> items;
    items.reserve(packets.size());
    bool synFromA = false, synAckFromB = false;
    for (DecodedPacket &p : packets) {
        Item item;
        item.side = p.source == conversation.a ? sideA : sideB;
        item.captured = p.timestampUs;
        p.payloadData = nullptr;
        item.packet = std::move(p);
        const Segment &s = item.segment();
        if (s.has(TcpFlag::Syn) && !s.has(TcpFlag::Ack) && item.side == sideA)
            synFromA = true;
        if (s.has(TcpFlag::Syn) && s.has(TcpFlag::Ack) && item.side == sideB)
            synAckFromB = true;
        items.append(std::move(item));
    }
    result.handshakeSeen = synFromA && synAckFromB;

    classify(items);
    const DelayEstimate delay = estimateDelay(items, m_vantage);
    result.vantage = delay.vantage;
    result.oneWayDelay = delay.oneWay;
    result.delayMeasured = delay.measured;
    // A gap filled only after a round trip was filled by the sender sending again, the
    // first copy having been lost before the capture point; sooner, the segment was merely
    // overtaken (Wireshark's out-of-order test uses the same bound, the initial RTT).
    for (Item &item : items) {
        if (item.outOfOrder && delay.measured && item.sinceHighest > std::max(2 * delay.oneWay, 3 * usPerMs)) {
            item.outOfOrder = false;
            item.kind = SegmentKind::Retransmission;
        }
    }
    assignTimes(items, delay.vantage, delay.oneWay);
    inferLosses(items, delay.vantage);

    // Time zero: tcplab's capture epoch for a capture from the epoch's day (one tcplab
    // wrote gets its run's times back); otherwise the whole second at or before the first
    // send, so times read like the capture's clock within that second.
    SimTime firstSend = std::numeric_limits<SimTime>::max();
    for (const Item &item : items)
        firstSend = std::min(firstSend, item.sentAt);
    int64_t origin = 0;
    if (!items.isEmpty()) {
        const int64_t day = int64_t(24) * 3600 * usPerSecond;
        if (firstSend >= CaptureWriter::captureEpochUs && firstSend < CaptureWriter::captureEpochUs + day)
            origin = CaptureWriter::captureEpochUs;
        else
            origin = (firstSend >= 0 ? firstSend / usPerSecond : (firstSend - usPerSecond + 1) / usPerSecond) * usPerSecond;
    }
    result.timeOriginUs = origin;

    Trace &trace = result.trace;
    const CaptureEndpoint ends[2] = {conversation.a, conversation.b};
    for (const int side : {sideA, sideB}) {
        HostInfo host;
        host.name = side == sideA ? QStringLiteral("A") : QStringLiteral("B");
        host.address = ends[side].address.toV4();
        // The model's address is IPv4 only: an IPv6 end keeps its text for the views.
        if (ends[side].address.isV6())
            host.addressText = ends[side].address.toString();
        trace.hosts.append(host);
        SocketInfo socket;
        socket.id = side;
        socket.host = side;
        socket.local = {ends[side].address.toV4(), ends[side].port};
        socket.remote = {ends[1 - side].address.toV4(), ends[1 - side].port};
        trace.sockets.append(socket);
    }

    // A SYN whose receiver answered it with a SYN,ACK found a listener (§3.10.7.2).
    QHash<uint32_t, int> lastSynAckByAck[2];
    for (int i = 0; i < items.size(); ++i) {
        const Segment &s = items[i].segment();
        if (s.has(TcpFlag::Syn) && s.has(TcpFlag::Ack))
            lastSynAckByAck[items[i].side].insert(s.ack, i);
    }

    int ordinals[2] = {0, 0};
    for (int i = 0; i < items.size(); ++i) {
        const Item &item = items[i];
        SegmentRecord rec;
        rec.id = i;
        rec.fromHost = item.side;
        rec.toHost = 1 - item.side;
        rec.fromSocket = item.side;
        rec.segment = item.segment();
        rec.segment.keepaliveProbe = item.keepalive;
        rec.kind = item.kind;
        rec.senderOrdinal = item.kind == SegmentKind::Duplicate && item.duplicateOf >= 0
            ? trace.segments[item.duplicateOf].senderOrdinal
            : ++ordinals[item.side];
        rec.sentAt = item.sentAt - origin;
        rec.arrivesAt = item.arrivesAt - origin;
        if (item.lost) {
            rec.dropped = true;
            rec.droppedAt = rec.sentAt + (rec.arrivesAt - rec.sentAt) / 2;
            rec.dropReason = DropReason::Loss;
        }
        rec.duplicateOf = item.duplicateOf;
        rec.retransmissionOf = item.retransmissionOf;
        trace.segments.append(rec);

        SegmentObservation o;
        o.frameNumber = item.packet.frameNumber;
        o.capturedAt = item.captured - origin;
        o.sentAtSource = seenOnSending(delay.vantage, item.side) ? TimeSource::Captured : TimeSource::Estimated;
        o.arrivalSource = seenOnArrival(delay.vantage, item.side) ? TimeSource::Captured : TimeSource::Estimated;
        o.lossInferred = item.lost;
        o.outOfOrder = item.outOfOrder;
        o.payloadCaptured = item.packet.payloadCaptured;
        result.observations.append(o);
    }

    // Every send and every arrival (or loss), in time order; at one instant in capture
    // order, a segment's sending before its arrival.
    struct Action {
        SimTime time;
        int item;
        int phase; // 0 send, 1 arrival or loss
    };
    QList<Action> actions;
    actions.reserve(items.size() * 2);
    for (int i = 0; i < items.size(); ++i) {
        const SegmentRecord &rec = trace.segments[i];
        actions.append({rec.sentAt, i, 0});
        actions.append({rec.dropped ? rec.droppedAt : rec.arrivesAt, i, 1});
    }
    std::stable_sort(actions.begin(), actions.end(), [](const Action &x, const Action &y) {
        if (x.time != y.time)
            return x.time < y.time;
        if (x.item != y.item)
            return x.item < y.item;
        return x.phase < y.phase;
    });

    // Each side's own segments (not the network's copies) by send time.
    QList<int> sendsBySide[2];
    for (const SegmentRecord &rec : trace.segments) {
        if (rec.kind != SegmentKind::Duplicate)
            sendsBySide[rec.fromHost].append(rec.id);
    }
    for (QList<int> &list : sendsBySide) {
        std::stable_sort(list.begin(), list.end(),
                         [&](int x, int y) { return trace.segments[x].sentAt < trace.segments[y].sentAt; });
    }

    const ObservedEndpoint::Start start =
        result.handshakeSeen || synFromA ? ObservedEndpoint::Start::Closed : ObservedEndpoint::Start::AlreadySynchronized;
    ObservedEndpoint sides[2] = {ObservedEndpoint(start), ObservedEndpoint(start)};
    auto record = [&](SimTime time, TraceEventType type, int host) -> TraceEvent & {
        TraceEvent e;
        e.time = time;
        e.type = type;
        e.host = host;
        e.socket = host;
        trace.events.append(e);
        return trace.events.last();
    };
    auto sample = [&](SimTime time, int side) {
        TcbSample tcb;
        tcb.time = time;
        tcb.eventIndex = int(trace.events.size());
        tcb.tcb = sides[side].tcb();
        trace.addTcbSample(side, tcb);
    };
    int closeEvent[2] = {-1, -1}; // the state change each side's FIN revealed
    auto apply = [&](SimTime time, int side, const EndpointEffects &effects) {
        for (const StateTransition &t : effects.transitions) {
            if (t.cause == StateCause::AppClose && t.to == TcpState::FinWait1)
                closeEvent[side] = int(trace.events.size());
            TraceEvent &e = record(time, TraceEventType::State, side);
            e.fromState = t.from;
            e.toState = t.to;
            e.cause = t.cause;
        }
        if (sides[side].takeShutdownRevealed() && closeEvent[side] >= 0)
            trace.events[closeEvent[side]].cause = StateCause::AppShutdown;
        for (const Notice &n : effects.notices) {
            TraceEvent &e = record(time, TraceEventType::Notice, side);
            e.notice = n.kind;
        }
    };

    SimTime end = 0;
    for (const Action &a : actions) {
        const SegmentRecord &rec = trace.segments[a.item];
        end = std::max(end, a.time);
        if (a.phase == 0) {
            // The user call a segment reveals (a SYN is an OPEN, a FIN a CLOSE) comes
            // before the segment, as in a simulated trace.
            apply(a.time, rec.fromHost, sides[rec.fromHost].segmentSent(a.time, rec.segment, rec.kind));
            TraceEvent &e = record(a.time, TraceEventType::Send, rec.fromHost);
            e.segment = rec.id;
            sample(a.time, rec.fromHost);
        } else if (rec.dropped) {
            TraceEvent &e = record(a.time, TraceEventType::Drop, rec.toHost);
            e.socket = -1;
            e.segment = rec.id;
            e.dropReason = rec.dropReason;
        } else {
            TraceEvent &e = record(a.time, TraceEventType::Deliver, rec.toHost);
            e.segment = rec.id;
            const Segment &s = rec.segment;
            ObservedEndpoint::Reply reply = ObservedEndpoint::Reply::None;
            if (s.has(TcpFlag::Syn) && !s.has(TcpFlag::Ack)) {
                const int answeredBy = lastSynAckByAck[rec.toHost].value(s.seq + 1, -1);
                if (answeredBy > a.item)
                    reply = ObservedEndpoint::Reply::SynAck;
            } else if (s.has(TcpFlag::Ack) && !s.has(TcpFlag::Rst)) {
                // The receiver's next segment, if it left at once: a RST numbered with this
                // segment's ACK is the answer of a side with no connection (§3.10.7.1).
                const QList<int> &sent = sendsBySide[rec.toHost];
                const auto next = std::lower_bound(sent.begin(), sent.end(), a.time, [&](int index, SimTime t) {
                    return trace.segments[index].sentAt < t;
                });
                if (next != sent.end()) {
                    const SegmentRecord &answer = trace.segments[*next];
                    if (answer.segment.has(TcpFlag::Rst) && answer.segment.seq == s.ack
                        && answer.sentAt - a.time <= usPerMs)
                        reply = ObservedEndpoint::Reply::ResetForNoConnection;
                }
            }
            apply(a.time, rec.toHost, sides[rec.toHost].segmentReceived(a.time, s, reply));
            sample(a.time, rec.toHost);
        }
    }
    trace.endTime = end;
    trace.finish();
    return result;
}

} // namespace tcplab
