#include "capture/packet_decoder.h"

#include <algorithm>

namespace tcplab {

namespace {

constexpr uint16_t etherTypeIpv4 = 0x0800;
constexpr uint16_t etherTypeIpv6 = 0x86DD;
constexpr uint16_t etherTypeVlan = 0x8100;   // IEEE 802.1Q
constexpr uint16_t etherTypeQinQ = 0x88A8;   // IEEE 802.1ad
constexpr uint16_t etherTypeQinQOld = 0x9100; // pre-standard stacked tags
constexpr int maxVlanTags = 8;
constexpr int maxIpv6Headers = 16;
constexpr uint8_t protocolTcp = 6;

uint16_t read16(const uint8_t *p) { return uint16_t(p[0] << 8 | p[1]); }
uint32_t read32(const uint8_t *p) { return uint32_t(p[0]) << 24 | uint32_t(p[1]) << 16 | uint32_t(p[2]) << 8 | p[3]; }
uint32_t read32le(const uint8_t *p) { return uint32_t(p[3]) << 24 | uint32_t(p[2]) << 16 | uint32_t(p[1]) << 8 | p[0]; }

// A view of the bytes from the network layer on: what was captured and how long the
// packet was on the wire.
struct Bytes {
    const uint8_t *data;
    uint32_t captured;
    uint32_t wire;

    Bytes skip(uint32_t n) const { return {data + n, captured - n, wire >= n ? wire - n : 0}; }
};

PacketVerdict decodeTcp(Bytes tcp, uint32_t tcpLength, DecodedPacket *out)
{
    // RFC 9293 §3.1: 20 bytes of fixed header; the data offset counts 32-bit words of the
    // header and options together.
    if (tcpLength < 20 || tcp.captured < 20)
        return PacketVerdict::Truncated;
    const uint32_t headerLength = uint32_t(tcp.data[12] >> 4) * 4;
    if (headerLength < 20 || headerLength > tcpLength || headerLength > tcp.captured)
        return PacketVerdict::Truncated;

    Segment &s = out->segment;
    s.source.port = read16(tcp.data);
    s.destination.port = read16(tcp.data + 2);
    s.seq = read32(tcp.data + 4);
    s.ack = read32(tcp.data + 8);
    s.flags = tcp.data[13];
    s.window = read16(tcp.data + 14);
    s.mss = 0;
    s.payload.clear();
    s.keepaliveProbe = false;

    // RFC 9293 §3.2: kinds 0 (end of list) and 1 (no-operation) are one byte; every other
    // option has a length byte that counts itself and the kind, so it is at least 2 and
    // must end inside the header.
    for (uint32_t i = 20; i < headerLength;) {
        const uint8_t kind = tcp.data[i];
        if (kind == 0)
            break;
        if (kind == 1) {
            ++i;
            continue;
        }
        if (i + 1 >= headerLength)
            return PacketVerdict::BadTcpOptions;
        const uint8_t length = tcp.data[i + 1];
        if (length < 2 || i + length > headerLength)
            return PacketVerdict::BadTcpOptions;
        if (kind == 2) { // MSS (RFC 9293 §3.7.1): always four bytes
            if (length != 4)
                return PacketVerdict::BadTcpOptions;
            s.mss = read16(tcp.data + i + 2);
        }
        i += length;
    }

    out->payloadLength = tcpLength - headerLength;
    out->payloadCaptured = std::min(out->payloadLength, tcp.captured - headerLength);
    out->payloadData = tcp.data + headerLength;
    return PacketVerdict::Tcp;
}

PacketVerdict decodeIpv4(Bytes ip, DecodedPacket *out)
{
    if (ip.captured < 20)
        return PacketVerdict::Truncated;
    if (ip.data[0] >> 4 != 4)
        return PacketVerdict::Truncated; // the link layer said IPv4; the version does not
    const uint32_t headerLength = uint32_t(ip.data[0] & 0x0f) * 4;
    const uint32_t totalLength = read16(ip.data + 2);
    // RFC 791 §3.1: IHL is at least 5 words; the total length counts the header. A total
    // length beyond the frame's length on the wire is a damaged header (shorter is
    // Ethernet padding after the packet, which is fine).
    if (headerLength < 20 || totalLength < headerLength || headerLength > ip.captured || totalLength > ip.wire)
        return PacketVerdict::Truncated;
    if (ip.data[9] != protocolTcp)
        return PacketVerdict::NotTcp;
    const uint16_t fragment = read16(ip.data + 6);
    if ((fragment & 0x2000) || (fragment & 0x1fff)) // more fragments, or an offset
        return PacketVerdict::Fragment;

    out->source.address = IpAddress::v4(read32(ip.data + 12));
    out->destination.address = IpAddress::v4(read32(ip.data + 16));
    out->hasIpIdentification = true;
    out->ipIdentification = read16(ip.data + 4);
    Bytes tcp = ip.skip(headerLength);
    tcp.captured = std::min(tcp.captured, totalLength - headerLength);
    const PacketVerdict v = decodeTcp(tcp, totalLength - headerLength, out);
    if (v == PacketVerdict::Tcp) {
        out->segment.source.address = out->source.address.toV4();
        out->segment.destination.address = out->destination.address.toV4();
        out->source.port = out->segment.source.port;
        out->destination.port = out->segment.destination.port;
    }
    return v;
}

PacketVerdict decodeIpv6(Bytes ip, DecodedPacket *out)
{
    if (ip.captured < 40)
        return PacketVerdict::Truncated;
    if (ip.data[0] >> 4 != 6)
        return PacketVerdict::Truncated;
    const uint32_t payloadLength = read16(ip.data + 4);
    // Payload length 0 is a jumbogram (RFC 2675); none fits a capture we could use.
    if (payloadLength == 0 || 40 + payloadLength > ip.wire)
        return PacketVerdict::Truncated;
    uint8_t next = ip.data[6];
    uint32_t offset = 40;
    const uint32_t end = 40 + payloadLength;
    // RFC 8200 §4: walk the extension headers to the upper layer.
    for (int n = 0; n < maxIpv6Headers; ++n) {
        if (next == protocolTcp) {
            if (offset > ip.captured)
                return PacketVerdict::Truncated;
            out->source.address = IpAddress::v6(ip.data + 8);
            out->destination.address = IpAddress::v6(ip.data + 24);
            out->hasIpIdentification = false;
            out->ipIdentification = 0;
            Bytes tcp = ip.skip(offset);
            tcp.captured = std::min(tcp.captured, end - offset);
            const PacketVerdict v = decodeTcp(tcp, end - offset, out);
            if (v == PacketVerdict::Tcp) {
                out->segment.source.address = 0; // the model's addresses are IPv4 only
                out->segment.destination.address = 0;
                out->source.port = out->segment.source.port;
                out->destination.port = out->segment.destination.port;
            }
            return v;
        }
        uint32_t length = 0;
        switch (next) {
        case 0:   // hop-by-hop options
        case 43:  // routing
        case 60:  // destination options
            if (offset + 2 > ip.captured || offset + 2 > end)
                return PacketVerdict::Truncated;
            length = (uint32_t(ip.data[offset + 1]) + 1) * 8;
            break;
        case 44: { // fragment (RFC 8200 §4.5)
            if (offset + 8 > ip.captured || offset + 8 > end)
                return PacketVerdict::Truncated;
            const uint16_t field = read16(ip.data + offset + 2);
            if ((field & 0xfff8) || (field & 1))
                return PacketVerdict::Fragment;
            length = 8; // an atomic fragment (RFC 6946): the whole packet is here
            break;
        }
        case 51: // authentication header (RFC 4302 §2.2): length in 4-byte units, minus 2
            if (offset + 2 > ip.captured || offset + 2 > end)
                return PacketVerdict::Truncated;
            length = (uint32_t(ip.data[offset + 1]) + 2) * 4;
            break;
        default: // ESP, no next header, UDP, ICMPv6, ...
            return PacketVerdict::NotTcp;
        }
        if (offset + length > end)
            return PacketVerdict::Truncated;
        next = ip.data[offset];
        offset += length;
    }
    return PacketVerdict::NotTcp; // more extension headers than any real packet has
}

PacketVerdict decodeIp(Bytes ip, DecodedPacket *out)
{
    if (ip.captured < 1)
        return PacketVerdict::Truncated;
    switch (ip.data[0] >> 4) {
    case 4: return decodeIpv4(ip, out);
    case 6: return decodeIpv6(ip, out);
    default: return PacketVerdict::NotTcp;
    }
}

PacketVerdict decodeEtherType(uint16_t type, Bytes rest, DecodedPacket *out)
{
    // 802.1Q tags sit between the addresses and the EtherType: tag control, then the next
    // type. Bounded, so a frame made of tags cannot keep the loop going.
    for (int tags = 0; type == etherTypeVlan || type == etherTypeQinQ || type == etherTypeQinQOld; ++tags) {
        if (tags == maxVlanTags)
            return PacketVerdict::NotTcp;
        if (rest.captured < 4)
            return PacketVerdict::Truncated;
        type = read16(rest.data + 2);
        rest = rest.skip(4);
    }
    switch (type) {
    case etherTypeIpv4: return decodeIpv4(rest, out);
    case etherTypeIpv6: return decodeIpv6(rest, out);
    default: return PacketVerdict::NotTcp; // also 802.3 lengths (< 0x600): LLC frames
    }
}

} // namespace

bool PacketDecoder::supportsLinkType(int linkType)
{
    switch (linkType) {
    case dltNull:
    case dltEthernet:
    case dltRaw:
    case dltRawOpenBsd:
    case linktypeRaw:
    case dltLoop:
    case dltLinuxSll:
    case dltIpv4:
    case dltIpv6:
    case dltLinuxSll2:
        return true;
    default:
        return false;
    }
}

PacketVerdict PacketDecoder::decode(int linkType, const uint8_t *data, uint32_t capturedLength, uint32_t wireLength,
                                    DecodedPacket *out)
{
    out->frameLength = wireLength;
    out->payloadLength = 0;
    out->payloadCaptured = 0;
    out->payloadData = nullptr;
    // A record that claims more captured bytes than the wire carried is damaged; believe
    // the smaller number.
    const Bytes frame{data, capturedLength, std::max(wireLength, capturedLength)};
    switch (linkType) {
    case dltEthernet:
        if (frame.captured < 14)
            return PacketVerdict::Truncated;
        return decodeEtherType(read16(data + 12), frame.skip(14), out);
    case dltLinuxSll: // pkttype, ARPHRD, address length, address (8), protocol
        if (frame.captured < 16)
            return PacketVerdict::Truncated;
        return decodeEtherType(read16(data + 14), frame.skip(16), out);
    case dltLinuxSll2: // protocol, reserved, ifindex, ARPHRD, pkttype, address length, address (8)
        if (frame.captured < 20)
            return PacketVerdict::Truncated;
        return decodeEtherType(read16(data), frame.skip(20), out);
    case dltNull:
    case dltLoop: {
        // The address family in the capturing machine's byte order (NULL) or in network
        // order (LOOP). AF_INET is 2 everywhere; AF_INET6 is 10 on Linux, 24 on the BSDs,
        // 28 on FreeBSD, 30 on macOS.
        if (frame.captured < 4)
            return PacketVerdict::Truncated;
        const uint32_t be = read32(data);
        const uint32_t le = read32le(data);
        auto is = [&](uint32_t family) { return be == family || (linkType == dltNull && le == family); };
        if (is(2))
            return decodeIpv4(frame.skip(4), out);
        if (is(10) || is(24) || is(28) || is(30))
            return decodeIpv6(frame.skip(4), out);
        return PacketVerdict::NotTcp;
    }
    case dltRaw:
    case dltRawOpenBsd:
    case linktypeRaw:
        return decodeIp(frame, out);
    case dltIpv4:
        return decodeIpv4(frame, out);
    case dltIpv6:
        return decodeIpv6(frame, out);
    default:
        return PacketVerdict::UnsupportedLinkType;
    }
}

} // namespace tcplab
