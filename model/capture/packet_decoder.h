#pragma once

#include "capture/decoded_packet.h"

#include <cstdint>

namespace tcplab {

// Decodes one captured frame down to its TCP segment, trusting nothing: every length and
// offset is checked against what was captured before it is used, so a damaged or hostile
// file can neither crash the reader nor make it loop. Pure (no libpcap), so tests and the
// fuzz test feed it bytes directly.
//
// Link layers (libpcap DLT numbers): Ethernet (with any number of 802.1Q/802.1ad VLAN
// tags, up to a bound), Linux cooked capture v1 and v2 (SLL, SLL2), BSD loopback (NULL,
// in either byte order, and LOOP), raw IP (DLT_RAW and LINKTYPE_IPV4/IPV6). Network
// layers: IPv4 (fragments skipped) and IPv6 (extension headers walked, fragments skipped).
class PacketDecoder
{
public:
    static constexpr int dltNull = 0;
    static constexpr int dltEthernet = 1;
    static constexpr int dltRaw = 12;
    static constexpr int dltRawOpenBsd = 14;
    static constexpr int linktypeRaw = 101;
    static constexpr int dltLoop = 108;
    static constexpr int dltLinuxSll = 113;
    static constexpr int dltIpv4 = 228;
    static constexpr int dltIpv6 = 229;
    static constexpr int dltLinuxSll2 = 276;

    static bool supportsLinkType(int linkType);

    // Fills *out (all but frameNumber and timestampUs) when the verdict is Tcp.
    static PacketVerdict decode(int linkType, const uint8_t *data, uint32_t capturedLength, uint32_t wireLength,
                                DecodedPacket *out);
};

} // namespace tcplab
