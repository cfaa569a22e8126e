#include "capture/conversation_table.h"

namespace tcplab {

int ConversationTable::add(const DecodedPacket &p)
{
    const Segment &s = p.segment;
    const bool syn = s.has(TcpFlag::Syn) && !s.has(TcpFlag::Ack) && !s.has(TcpFlag::Rst);
    const ConnectionKey key(p.source, p.destination);
    auto it = m_current.find(key);
    int index = it == m_current.end() ? -1 : it.value();
    if (index >= 0) {
        const Conversation &c = m_conversations[index];
        const bool closing = c.finFromA || c.finFromB || c.rstSeen;
        if (syn && closing && p.source == c.a && c.synFromA && s.seq != c.initialSeqA)
            index = -1; // a new incarnation of the same four addresses
        else if (syn && closing && p.source == c.b)
            index = -1; // the former server opens to the former client
    }
    if (index < 0) {
        Conversation c;
        c.index = int(m_conversations.size()) + 1;
        // A is whoever opened the connection; a lone SYN,ACK names its destination.
        const bool synAck = s.has(TcpFlag::Syn) && s.has(TcpFlag::Ack);
        c.a = synAck ? p.destination : p.source;
        c.b = synAck ? p.source : p.destination;
        c.firstUs = p.timestampUs;
        index = int(m_conversations.size());
        m_conversations.append(c);
        m_current.insert(key, index);
    }

    Conversation &c = m_conversations[index];
    const bool fromA = p.source == c.a;
    ++c.packets;
    if (fromA)
        ++c.packetsAtoB;
    c.bytes += p.frameLength;
    c.payloadBytes += p.payloadLength;
    c.lastUs = p.timestampUs;
    if (syn) {
        if (fromA && !c.synFromA) {
            c.synFromA = true;
            c.initialSeqA = s.seq;
        } else if (!fromA) {
            c.synFromB = true;
        }
    }
    if (s.has(TcpFlag::Syn) && s.has(TcpFlag::Ack))
        c.synAckSeen = true;
    if (s.has(TcpFlag::Fin))
        (fromA ? c.finFromA : c.finFromB) = true;
    if (s.has(TcpFlag::Rst)) {
        if (!c.rstSeen && !c.synAckSeen && (c.synFromA || c.synFromB))
            c.rstAnsweredSyn = true;
        c.rstSeen = true;
    }
    return index;
}

} // namespace tcplab
