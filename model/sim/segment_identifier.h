#pragma once

#include "sim/fault_plan.h"
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

private:
    // The two ends of a connection in a fixed order (the lower address and port first),
    // so that both directions share one table entry: a flood's run keeps hundreds of
    // thousands of connections, far beyond the caches, and one entry per connection
    // instead of one per direction halves both the table and the lookups that miss.
    struct Connection {
        SocketAddress low;
        SocketAddress high;
        friend bool operator==(const Connection &, const Connection &) = default;
        friend size_t qHash(const Connection &c, size_t seed = 0)
        {
            return qHashMulti(seed, c.low.address, c.low.port, c.high.address, c.high.port);
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
        int host;
        TcpFlags flags;
        uint32_t seq;
        uint32_t ack;
        friend bool operator==(const Numbers &, const Numbers &) = default;
        friend size_t qHash(const Numbers &n, size_t seed = 0)
        {
            return qHashMulti(seed, n.host, n.flags, n.seq, n.ack);
        }
    };
    int hostNumber(const QString &host);

    QHash<Connection, Isns> m_isn;
    QHash<Numbers, int> m_sent;
    QHash<QString, int> m_hostNumbers;
};

} // namespace tcplab
