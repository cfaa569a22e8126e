#pragma once

#include "tcp/segment.h"

#include <QByteArray>
#include <array>
#include <cstdint>

namespace tcplab {

using MacAddress = std::array<uint8_t, 6>;

// Builds the bytes of one segment as it would cross an Ethernet link: Ethernet II header,
// IPv4 header (RFC 791) and TCP header (RFC 9293 §3.1) with correct checksums, the MSS
// option when the segment carries one (RFC 9293 §3.2, §3.7.1) and the payload.
class PacketBuilder
{
public:
    static constexpr int ethernetHeaderLength = 14;
    static constexpr int ipv4HeaderLength = 20;
    static constexpr uint8_t timeToLive = 64;

    // A made-up, locally administered unicast address (02:00 followed by the IPv4 address),
    // so a reader of the capture can tell from the MAC which host a frame came from and no
    // vendor's real address is ever borrowed.
    static MacAddress macFor(uint32_t ipv4);

    // The TCP header and payload with the checksum over the RFC 9293 §3.1 pseudo header.
    static QByteArray tcpSegment(const Segment &segment);
    // The IPv4 packet: Don't Fragment set (as every modern stack sends TCP), protocol 6.
    // `identification` lets a reader tell a network copy (same IP ID) from a
    // retransmission (a new IP packet, a new ID).
    static QByteArray ipv4Packet(const Segment &segment, uint16_t identification);
    // The whole frame: Ethernet II with EtherType 0x0800, then the IPv4 packet.
    static QByteArray ethernetFrame(const Segment &segment, uint16_t identification,
                                    const MacAddress &source, const MacAddress &destination);
};

} // namespace tcplab
