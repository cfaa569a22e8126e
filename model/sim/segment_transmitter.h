#pragma once

#include "sim/event_queue.h"
#include "sim/host_table.h"
#include "sim/network.h"
#include "sim/segment_identifier.h"
#include "sim/trace_recorder.h"
#include "tcp/endpoint_effects.h"

#include <QHash>
#include <QList>

namespace tcplab {

// Puts segments on the network. Each one is recorded once, as it leaves, with everything
// known about it then: why it was sent, its ordinal among its host's segments (how the
// learner points at it), its identity (what a fault rule keeps), the earlier segment it
// retransmits, and the fate the network gives it; then its arrival (or its drop on the way)
// is scheduled. A network duplicate becomes a second record.
class SegmentTransmitter
{
public:
    SegmentTransmitter(const HostTable &hosts, Network &network, TraceRecorder &recorder,
                       EventQueue &queue, int faultRuleCount);

    // `fromSocket` is -1 when the host answers with no socket (a RST for a closed port) or
    // an attacker forges the segment.
    void send(SimTime now, int fromHost, int fromSocket, const OutgoingSegment &out);
    // For each rule of the fault plan, the first segment it hit so far, or -1.
    const QList<int> &faultSegments() const { return m_faultSegments; }

private:
    // A segment's identity for "retransmission of": who sent which sequence number, with
    // which of SYN and FIN.
    struct SentKey {
        int host;
        int socket;
        uint32_t seq;
        TcpFlags synFin;
        friend bool operator==(const SentKey &, const SentKey &) = default;
        friend size_t qHash(const SentKey &k, size_t seed = 0)
        {
            return qHashMulti(seed, k.host, k.socket, k.seq, k.synFin);
        }
    };
    void sendDuplicate(SimTime now, const SegmentRecord &original, SimTime arrivesAt);

    const HostTable &m_hosts;
    Network &m_network;
    TraceRecorder &m_recorder;
    EventQueue &m_queue;
    QList<int> m_hostOrdinals;
    QHash<SentKey, int> m_lastSent;
    SegmentIdentifier m_identifier;
    QList<int> m_faultSegments;
};

} // namespace tcplab
