#include "sim/segment_identifier.h"

namespace tcplab {

SegmentIdentity SegmentIdentifier::identify(const QString &host, const Segment &segment)
{
    const Direction out{segment.source, segment.destination};
    const Direction back{segment.destination, segment.source};
    // A SYN chooses its direction's ISN (RFC 9293 §3.4.1); a later SYN on the same four
    // addresses is a new incarnation and counts from its own ISN.
    SegmentIdentity id;
    id.host = host;
    id.flags = segment.flags;
    if (segment.has(TcpFlag::Syn)) {
        m_isn.insert(out, segment.seq);
        id.seq = 0;
    } else {
        const auto ownIsn = m_isn.constFind(out);
        id.seq = ownIsn != m_isn.constEnd() ? segment.seq - *ownIsn : segment.seq;
    }
    if (segment.has(TcpFlag::Ack)) {
        const auto peerIsn = m_isn.constFind(back);
        id.ack = peerIsn != m_isn.constEnd() ? segment.ack - *peerIsn : segment.ack;
    }
    id.transmission = ++m_sent[Numbers{hostNumber(host), id.flags, id.seq, id.ack}];
    return id;
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
