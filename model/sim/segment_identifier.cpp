#include "sim/segment_identifier.h"

namespace tcplab {

SegmentIdentity SegmentIdentifier::identify(const QString &host, const Segment &segment)
{
    const Direction out{segment.source, segment.destination};
    const Direction back{segment.destination, segment.source};
    // A SYN chooses its direction's ISN (RFC 9293 §3.4.1); a later SYN on the same four
    // addresses is a new incarnation and counts from its own ISN.
    if (segment.has(TcpFlag::Syn))
        m_isn.insert(out, segment.seq);

    SegmentIdentity id;
    id.host = host;
    id.flags = segment.flags;
    const auto ownIsn = m_isn.constFind(out);
    id.seq = ownIsn != m_isn.constEnd() ? segment.seq - *ownIsn : segment.seq;
    if (segment.has(TcpFlag::Ack)) {
        const auto peerIsn = m_isn.constFind(back);
        id.ack = peerIsn != m_isn.constEnd() ? segment.ack - *peerIsn : segment.ack;
    }
    id.transmission = ++m_sent[Numbers{host, id.flags, id.seq, id.ack}];
    return id;
}

} // namespace tcplab
