#include "sim/segment_identifier.h"

#include <tuple>

namespace tcplab {

namespace {

bool lowerThan(const SocketAddress &a, const SocketAddress &b)
{
    return std::tie(a.address, a.port) < std::tie(b.address, b.port);
}

} // namespace

SegmentIdentity SegmentIdentifier::identify(const QString &host, const Segment &segment)
{
    // Which slot of the connection's entry is this segment's direction, and which is the
    // way back. A segment sent to its own address and port is both ways at once.
    const bool fromLow = !lowerThan(segment.destination, segment.source);
    const Connection connection = fromLow ? Connection{segment.source, segment.destination}
                                          : Connection{segment.destination, segment.source};
    const int out = fromLow ? 0 : 1;
    const int back = segment.source == segment.destination ? out : 1 - out;

    // A SYN chooses its direction's ISN (RFC 9293 §3.4.1); a later SYN on the same four
    // addresses is a new incarnation and counts from its own ISN.
    SegmentIdentity id;
    id.host = host;
    id.flags = segment.flags;
    const Isns *isns = nullptr;
    if (segment.has(TcpFlag::Syn)) {
        Isns &entry = m_isn[connection];
        entry.isn[out] = segment.seq;
        entry.known[out] = true;
        isns = &entry;
        id.seq = 0;
    } else {
        isns = m_isn.find(connection);
        id.seq = isns && isns->known[out] ? segment.seq - isns->isn[out] : segment.seq;
    }
    if (segment.has(TcpFlag::Ack))
        id.ack = isns && isns->known[back] ? segment.ack - isns->isn[back] : segment.ack;
    // A sender's numbers grow as it goes: most segments of a long run are the first with
    // theirs, and the frontier says so without a search through a table of hundreds of
    // thousands of entries.
    const Numbers numbers{id.seq, id.ack, hostNumber(host), id.flags};
    if (m_frontier.noteIsNew(qsizetype(numbers.host) * 256 + numbers.flags, id.seq, id.ack)) {
        m_sent.insertAbsent(numbers, 1);
        id.transmission = 1;
    } else {
        id.transmission = ++m_sent[numbers];
    }
    return id;
}

void SegmentIdentifier::reserve(qsizetype connections, qsizetype numbers)
{
    m_isn.reserve(connections);
    m_sent.reserve(numbers);
}

int SegmentIdentifier::hostNumber(const QString &host)
{
    const auto it = m_hostNumbers.constFind(host);
    if (it != m_hostNumbers.constEnd())
        return *it;
    const int number = int(m_hostNumbers.size());
    m_hostNumbers.insert(host, number);
    return number;
}

} // namespace tcplab
