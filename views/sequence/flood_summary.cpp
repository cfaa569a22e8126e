#include "sequence/flood_summary.h"

#include "trace/trace.h"

#include <QHash>
#include <QSet>
#include <algorithm>

namespace tcplab {

QList<SynQueueSample> synQueueOccupancy(const Trace &trace, int listenerSocket)
{
    QList<SynQueueSample> samples;
    if (listenerSocket < 0)
        return samples;
    int halfOpen = 0;
    for (const TraceEvent &e : trace.events) {
        if (e.type != TraceEventType::State || e.socket < 0 || e.socket >= trace.sockets.size()
            || trace.sockets[e.socket].listenerSocket != listenerSocket)
            continue;
        const bool was = e.fromState == TcpState::SynReceived;
        const bool is = e.toState == TcpState::SynReceived;
        if (was == is)
            continue;
        halfOpen += is ? 1 : -1;
        if (!samples.isEmpty() && samples.last().time == e.time)
            samples.last().halfOpen = halfOpen;
        else
            samples.append({e.time, halfOpen});
    }
    return samples;
}

int FloodSummary::maxHalfOpen() const
{
    int most = 0;
    for (const SynQueueSample &s : synQueue)
        most = std::max(most, s.halfOpen);
    return most;
}

double FloodSummary::synsPerSecond() const
{
    if (forgedSyns < 2 || lastSent <= firstSent)
        return forgedSyns;
    return double(forgedSyns - 1) * usPerSecond / double(lastSent - firstSent);
}

FloodSummary FloodSummary::analyse(const Trace &trace, const QList<int> &laneOfHost, int attackerLane)
{
    FloodSummary f;
    f.attackerLane = attackerLane;
    f.segmentInFlood.fill(false, trace.segments.size());
    f.halfOpenEntry.fill(false, trace.sockets.size());
    if (attackerLane < 0)
        return f;
    auto lane = [&](int host) { return host >= 0 && host < laneOfHost.size() ? laneOfHost[host] : attackerLane; };

    QHash<int, int> synsTo; // target host -> forged SYNs
    for (const SegmentRecord &r : trace.segments) {
        const bool fromAttacker = lane(r.fromHost) == attackerLane;
        const bool toForged = lane(r.toHost) == attackerLane;
        if (!fromAttacker && !toForged)
            continue;
        if (r.id >= 0 && r.id < f.segmentInFlood.size())
            f.segmentInFlood[r.id] = true;
        f.segments.append(r.id);
        f.lastEnd = std::max(f.lastEnd, r.endsAt());
        if (fromAttacker && r.segment.has(TcpFlag::Syn) && !r.segment.has(TcpFlag::Ack)) {
            if (f.forgedSyns == 0)
                f.firstSent = f.lastSent = r.sentAt;
            f.firstSent = std::min(f.firstSent, r.sentAt);
            f.lastSent = std::max(f.lastSent, r.sentAt);
            ++f.forgedSyns;
            ++synsTo[r.toHost];
            if (r.dropped && r.dropReason == DropReason::SynQueueFull)
                ++f.synsDroppedQueueFull;
        } else if (toForged && !fromAttacker) {
            ++f.answers;
        }
    }
    for (auto it = synsTo.cbegin(); it != synsTo.cend(); ++it)
        if (f.targetHost < 0 || it.value() > synsTo.value(f.targetHost))
            f.targetHost = it.key();

    // The entries the forged SYNs made: children of a listener whose peer is no real host.
    QSet<uint32_t> realAddresses;
    for (const HostInfo &h : trace.hosts)
        if (!h.attacker)
            realAddresses.insert(h.address);
    QHash<int, int> entriesOf; // listener -> forged entries
    for (const SocketInfo &s : trace.sockets) {
        if (s.listenerSocket < 0 || s.host != f.targetHost || realAddresses.contains(s.remote.address))
            continue;
        if (s.id >= 0 && s.id < f.halfOpenEntry.size())
            f.halfOpenEntry[s.id] = true;
        ++entriesOf[s.listenerSocket];
    }
    for (auto it = entriesOf.cbegin(); it != entriesOf.cend(); ++it)
        if (f.listenerSocket < 0 || it.value() > entriesOf.value(f.listenerSocket))
            f.listenerSocket = it.key();
    f.synQueue = synQueueOccupancy(trace, f.listenerSocket);
    if (f.maxHalfOpen() == 0)
        f.synQueue.clear();
    return f;
}

} // namespace tcplab
