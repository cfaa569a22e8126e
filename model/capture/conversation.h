#pragma once

#include "capture/capture_endpoint.h"

#include <QString>
#include <cstdint>

namespace tcplab {

// How a connection looked at the end of the capture, judged from its control bits.
enum class ConversationEnding {
    SynOnly,       // a SYN and nothing back
    Refused,       // the SYN was answered with RST (RFC 9293 §3.10.7.1)
    Reset,         // RST after the connection was open
    Closed,        // FIN both ways
    HalfClosed,    // FIN from one side only
    Open,          // opened in the capture, neither FIN nor RST
    OpenedBefore,  // no handshake in the capture: it began before the capture did
};
QString conversationEndingName(ConversationEnding ending); // "syn-only", "refused", ...
// The sentence the listing shows: "FIN both ways", "RST", "SYN only", ...
QString conversationEndingDescription(ConversationEnding ending);

// One TCP connection in a capture, like a row of Wireshark's Conversations window. A is
// the side that opened it (sent the first SYN), or, when the capture has no SYN, the
// sender of its first packet.
struct Conversation {
    int index = 0; // 1-based, in order of the first packet
    CaptureEndpoint a;
    CaptureEndpoint b;
    int64_t packets = 0;
    int64_t packetsAtoB = 0;
    int64_t bytes = 0;        // frame lengths on the wire, as Wireshark counts them
    int64_t payloadBytes = 0; // TCP payload
    int64_t firstUs = 0;      // capture timestamps (µs since the Unix epoch)
    int64_t lastUs = 0;
    // What was seen, for ending() and for splitting a reused four-tuple.
    bool synFromA = false;
    bool synFromB = false;  // a SYN without ACK from B: simultaneous open
    bool synAckSeen = false;
    bool finFromA = false;
    bool finFromB = false;
    bool rstSeen = false;
    bool rstAnsweredSyn = false; // RST before any SYN,ACK
    uint32_t initialSeqA = 0;    // the seq of A's first SYN

    ConversationEnding ending() const;
    int64_t durationUs() const { return lastUs - firstUs; }
};

} // namespace tcplab
