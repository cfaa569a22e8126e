#pragma once

#include "capture/capture_endpoint.h"
#include "tcp/segment.h"

#include <QByteArray>
#include <cstdint>

namespace tcplab {

// What the decoder made of one frame: a TCP segment, or why it was skipped.
enum class PacketVerdict {
    Tcp,
    NotTcp,              // ARP, UDP, ICMP, other EtherTypes, ESP, ...
    Truncated,           // headers cut short by the snap length, or lengths and offsets that do not fit
    Fragment,            // an IP fragment: the TCP header may be elsewhere; not reassembled
    BadTcpOptions,       // a TCP option whose length is impossible (RFC 9293 §3.2)
    UnsupportedLinkType, // a link layer the decoder does not know
};

// One TCP segment read from a capture.
struct DecodedPacket {
    int64_t frameNumber = 0;  // 1-based, as Wireshark numbers frames
    int64_t timestampUs = 0;  // since the Unix epoch
    uint32_t frameLength = 0; // the frame's length on the wire
    CaptureEndpoint source;
    CaptureEndpoint destination;
    bool hasIpIdentification = false; // IPv4 only
    uint16_t ipIdentification = 0;
    // Ports, numbers, flags, window, MSS; the addresses for IPv4 (0 for IPv6). The payload
    // is left empty by the decoder (see payloadBytes()).
    Segment segment;
    uint32_t payloadLength = 0;           // from the IP length fields
    uint32_t payloadCaptured = 0;         // how much of it the capture holds (less when the snap length cut it)
    const uint8_t *payloadData = nullptr; // into the frame: valid only while the frame is

    // The payload, with the bytes the capture does not hold as zeros (their number is
    // known from the IP header, their content is not).
    QByteArray payloadBytes() const;
    bool payloadCut() const { return payloadCaptured < payloadLength; }
};

} // namespace tcplab
