#pragma once

#include "sim/event_queue.h"
#include "sim/flat_table.h"
#include "sim/host_table.h"
#include "sim/network.h"
#include "sim/number_frontier.h"
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
    // Room for a run of `dataSegments` data segments and `floodSyns` forged SYNs
    // (RunProjection's figures, at most `maxEvents`), so the bookkeeping of a long run is
    // not rehashed again and again as it grows.
    void reserve(qint64 dataSegments, qint64 floodSyns, qint64 maxEvents);
    // For each rule of the fault plan, the first segment it hit so far, or -1.
    const QList<int> &faultSegments() const { return m_faultSegments; }

private:
    // A segment's identity for "retransmission of": which socket sent which sequence
    // number, with which of SYN and FIN. (Socket ids are unique across hosts, so the
    // socket names its host too.)
    struct SentKey {
        int socket;
        uint32_t seq;
        TcpFlags synFin;
        friend bool operator==(const SentKey &, const SentKey &) = default;
    };
    struct SentKeyHash {
        uint64_t operator()(const SentKey &k) const
        {
            return flatHashPair((uint64_t(uint32_t(k.socket)) << 32) | k.seq, k.synFin);
        }
    };
    // The value is the segment's id + 1, so 0 is "none".
    struct SentBefore {
        bool operator()(int idPlusOne) const { return idPlusOne != 0; }
    };
    void sendDuplicate(SimTime now, const SegmentRecord &original, SimTime arrivesAt);

    const HostTable &m_hosts;
    Network &m_network;
    TraceRecorder &m_recorder;
    EventQueue &m_queue;
    QList<int> m_hostOrdinals;
    FlatTable<SentKey, int, SentKeyHash, SentBefore> m_lastSent;
    NumberFrontier m_lastSentFrontier; // streams: socket × 4 + SYN and FIN bits; number: seq
    SegmentIdentifier m_identifier;
    QList<int> m_faultSegments;
};

} // namespace tcplab
