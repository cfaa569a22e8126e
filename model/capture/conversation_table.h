#pragma once

#include "capture/connection_key.h"
#include "capture/conversation.h"
#include "capture/decoded_packet.h"

#include <QHash>
#include <QList>

namespace tcplab {

// Sorts the segments of a capture into connections as they are read, keeping only
// counters, so a capture of any size is listed in memory proportional to its number of
// connections. A four-tuple used again after a close (a new SYN with a new initial
// sequence number after FIN or RST, RFC 9293 §3.4) starts a new conversation, as
// Wireshark's tcp.stream does.
class ConversationTable
{
public:
    // Files the packet; returns the 0-based index of its conversation.
    int add(const DecodedPacket &packet);

    const QList<Conversation> &conversations() const { return m_conversations; }

private:
    QList<Conversation> m_conversations;
    QHash<ConnectionKey, int> m_current; // the latest conversation of each four-tuple
};

} // namespace tcplab
