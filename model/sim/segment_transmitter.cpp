#include "sim/segment_transmitter.h"

#include <algorithm>

namespace tcplab {

SegmentTransmitter::SegmentTransmitter(const HostTable &hosts, Network &network,
                                       TraceRecorder &recorder, EventQueue &queue,
                                       int faultRuleCount)
    : m_hosts(hosts), m_network(network), m_recorder(recorder), m_queue(queue)
{
    m_hostOrdinals.fill(0, hosts.count());
    m_faultSegments.fill(-1, faultRuleCount);
}

void SegmentTransmitter::reserve(qint64 dataSegments, qint64 floodSyns, qint64 maxEvents)
{
    // Each data segment is answered by an ACK with numbers of its own, and every segment
    // is at least one event; a forged SYN opens a connection and is two events (sent,
    // then delivered or lost).
    const qint64 numbers = std::min(2 * dataSegments, maxEvents);
    m_lastSent.reserve(std::min(dataSegments, maxEvents));
    m_identifier.reserve(std::min(floodSyns, maxEvents / 2), numbers);
}

void SegmentTransmitter::send(SimTime now, int fromHost, int fromSocket, const OutgoingSegment &out)
{
    const Segment &seg = out.segment;
    SegmentRecord rec;
    rec.id = m_recorder.segmentCount();
    rec.fromHost = fromHost;
    rec.toHost = m_hosts.byAddress(seg.destination.address);
    rec.fromSocket = fromSocket;
    rec.segment = seg;
    rec.kind = out.kind;
    rec.reason = out.reason;
    rec.senderOrdinal = ++m_hostOrdinals[fromHost];
    rec.sentAt = now;
    const bool remembered = fromSocket >= 0 && out.reason != SendReason::SynCookie;
    const SentKey sentKey{fromSocket, seg.seq, TcpFlags(seg.flags & (TcpFlag::Syn | TcpFlag::Fin))};
    // A socket's sequence numbers grow: a segment beyond all it sent before (with the same
    // SYN and FIN bits) is no retransmission of any, and needs no search.
    const bool firstWithSeq = remembered
        && m_lastSentFrontier.noteIsNew(qsizetype(fromSocket) * 4 + sentKey.synFin, seg.seq, 0);
    if (remembered && !firstWithSeq)
        m_lastSent.prefetch(sentKey); // used after the identity's lookups, loaded meanwhile
    // A destination no host has (a flood's forged sources) is named by its address only for
    // per-link settings, the one thing that looks at the name.
    const QString toName = rec.toHost >= 0          ? m_hosts[rec.toHost].name
        : m_network.hasLinkSettings() ? formatIpv4(seg.destination.address)
                                      : QString();
    rec.identity = m_identifier.identify(m_hosts[fromHost].name, seg);
    const TransmitOutcome fate = m_network.transmit(now, m_hosts[fromHost].name, toName, rec.identity);
    for (int rule : fate.rulesMatched) {
        if (rule < m_faultSegments.size() && m_faultSegments[rule] < 0)
            m_faultSegments[rule] = rec.id;
    }
    rec.arrivesAt = fate.arrivesAt;
    rec.fault = fate.fault;
    rec.faultDelta = fate.faultDelta;
    rec.faultRule = fate.faultRule;
    if (fate.dropped) {
        rec.dropped = true;
        rec.droppedAt = fate.droppedAt;
        rec.dropReason = fate.dropReason;
    }
    // Only an endpoint's own segments are ever sent again. A host's answers, forged and
    // injected segments and a listener's SYN cookies are not, so they are not remembered:
    // a long flood would otherwise fill the table with keys nobody looks up, and every
    // send would get slower as the run grows (bench/bench_scaling.cpp).
    if (firstWithSeq) {
        m_lastSent.insertAbsent(sentKey, rec.id + 1); // 0 is "none"
    } else if (remembered) {
        int &last = m_lastSent[sentKey];
        if (out.kind == SegmentKind::Retransmission)
            rec.retransmissionOf = last - 1;
        last = rec.id + 1; // 0, a new entry's value, is "none"
    }
    m_recorder.addSegment(rec);
    TraceEvent &e = m_recorder.record(now, TraceEventType::Send, fromHost, fromSocket);
    e.segment = rec.id;
    if (rec.dropped)
        m_queue.scheduleDrop(rec.droppedAt, rec.id);
    else
        m_queue.scheduleDelivery(rec.arrivesAt, rec.id);
    if (fate.duplicated)
        sendDuplicate(now, rec, fate.duplicateArrivesAt);
}

void SegmentTransmitter::sendDuplicate(SimTime now, const SegmentRecord &original, SimTime arrivesAt)
{
    // The network delivers an extra copy later (a duplicate, not a retransmission). It is
    // sent for the same reason as the original.
    SegmentRecord copy = original;
    copy.kind = SegmentKind::Duplicate;
    copy.duplicateOf = original.id;
    copy.retransmissionOf = -1;
    copy.arrivesAt = arrivesAt;
    copy.dropped = false;
    copy.droppedAt = 0;
    copy.dropReason = DropReason::None;
    copy.fault = FaultKind::None;
    copy.faultDelta = 0;
    copy.faultRule = -1;
    copy.id = m_recorder.addSegment(copy);
    TraceEvent &d = m_recorder.record(now, TraceEventType::Send, original.fromHost, original.fromSocket);
    d.segment = copy.id;
    m_queue.scheduleDelivery(copy.arrivesAt, copy.id);
}

} // namespace tcplab
