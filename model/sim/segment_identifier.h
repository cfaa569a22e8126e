#pragma once

#include "sim/fault_plan.h"
#include "sim/flat_table.h"
#include "sim/number_frontier.h"
#include "tcp/segment.h"

#include <QHash>

namespace tcplab {

// Works out each sent segment's identity (SegmentIdentity) as the run goes: it remembers
// the ISN of each direction of each four-address connection (the latest SYN sent that way)
// and how often each sender has sent the same bits and numbers. One per run, fed every
// segment in the order they are sent; network copies are not fed (they are the same
// segment as their original).
class SegmentIdentifier
{
public:
    SegmentIdentity identify(const QString &host, const Segment &segment);
    // Room for the run RunProjection foresees (`connections` four-address pairs, `numbers`
    // different bits and numbers), so a long run's tables are not rehashed again and again
    // as it grows.
    void reserve(qsizetype connections, qsizetype numbers);

private:
    // The two ends of a connection in a fixed order (the lower address and port first),
    // so that both directions share one table entry: a flood's run keeps hundreds of
    // thousands of connections, far beyond the caches, and one entry per connection
    // instead of one per direction halves both the table and the lookups that miss.
    struct Connection {
        SocketAddress low;
        SocketAddress high;
        friend bool operator==(const Connection &, const Connection &) = default;
    };
    struct ConnectionHash {
        uint64_t operator()(const Connection &c) const
        {
            return flatHashPair((uint64_t(c.low.address) << 16) | c.low.port,
                                (uint64_t(c.high.address) << 16) | c.high.port);
        }
    };
    // The ISN each direction chose with its latest SYN; index 0 is the direction from
    // `low` to `high`.
    struct Isns {
        uint32_t isn[2] = {0, 0};
        bool known[2] = {false, false};
    };
    // The sender by its number among the hosts seen (there are a handful), not its name:
    // a flood's run keeps hundreds of thousands of these keys, and plain numbers hash and
    // compare without touching a string.
    struct Numbers {
        uint32_t seq;
        uint32_t ack;
        int host;
        TcpFlags flags;
        friend bool operator==(const Numbers &, const Numbers &) = default;
    };
    struct NumbersHash {
        uint64_t operator()(const Numbers &n) const
        {
            return flatHashPair((uint64_t(n.seq) << 32) | n.ack, (uint64_t(uint32_t(n.host)) << 8) | n.flags);
        }
    };
    // A count is at least 1 once the segment is counted.
    struct Counted {
        bool operator()(int count) const { return count != 0; }
    };
    // An entry exists once a SYN has set one of its ISNs.
    struct AnyIsnKnown {
        bool operator()(const Isns &isns) const { return isns.known[0] || isns.known[1]; }
    };
    int hostNumber(const QString &host);

    FlatTable<Connection, Isns, ConnectionHash, AnyIsnKnown> m_isn;
    FlatTable<Numbers, int, NumbersHash, Counted> m_sent;
    NumberFrontier m_frontier; // streams: host number × 256 + flags; numbers: seq, ack
    QHash<QString, int> m_hostNumbers;
};

} // namespace tcplab
