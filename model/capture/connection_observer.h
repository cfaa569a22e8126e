#pragma once

#include "capture/capture_vantage.h"
#include "capture/conversation.h"
#include "capture/decoded_packet.h"
#include "capture/observed_connection.h"

#include <QList>
#include <optional>

namespace tcplab {

// The passive observer: turns the captured segments of one connection into a Trace.
//
// 1. Each segment is classified as its sender's original, a retransmission (it covers
//    sequence space its sender had already sent) or a network duplicate (an identical
//    copy with the same IPv4 identification: the same IP packet seen twice), and marked
//    out-of-order or keepalive the way Wireshark's TCP analysis does.
// 2. The capture point (near A, near B or in the middle) and the one-way delay come from
//    how long each side's segments waited for the other side's acknowledgment: at A's
//    interface A's segments wait a whole round trip and B's are answered at once.
// 3. Send and arrival times follow from the capture time and the delay; a time the point
//    saw is marked Captured, the other Estimated.
// 4. Losses the point could not see happen are inferred from the peer's behaviour.
// 5. Each side's state is inferred by an ObservedEndpoint (RFC 9293 §3.10) fed with its
//    segments sent and received in time order.
// docs/captures.md says what this can and cannot know.
class ConnectionObserver
{
public:
    // Where the capture was taken, when the caller knows; otherwise it is worked out.
    void setVantage(CaptureVantage vantage) { m_vantage = vantage; }

    // `packets` are the conversation's segments with their payload (segment.payload).
    ObservedConnection observe(const Conversation &conversation, QList<DecodedPacket> packets) const;

private:
    std::optional<CaptureVantage> m_vantage;
};

} // namespace tcplab
