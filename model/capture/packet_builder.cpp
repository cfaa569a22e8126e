#include "capture/packet_builder.h"

#include "capture/internet_checksum.h"

namespace tcplab {

namespace {

void put16(QByteArray &out, qsizetype at, uint16_t v)
{
    out[at] = char(v >> 8);
    out[at + 1] = char(v);
}

void put32(QByteArray &out, qsizetype at, uint32_t v)
{
    out[at] = char(v >> 24);
    out[at + 1] = char(v >> 16);
    out[at + 2] = char(v >> 8);
    out[at + 3] = char(v);
}

constexpr uint8_t protocolTcp = 6;
constexpr uint8_t optionMss = 2;

} // namespace

MacAddress PacketBuilder::macFor(uint32_t ipv4)
{
    return {0x02, 0x00, uint8_t(ipv4 >> 24), uint8_t(ipv4 >> 16), uint8_t(ipv4 >> 8), uint8_t(ipv4)};
}

QByteArray PacketBuilder::tcpSegment(const Segment &s)
{
    const int headerLength = s.dataOffset() * 4;
    QByteArray out(headerLength, '\0');
    put16(out, 0, s.source.port);
    put16(out, 2, s.destination.port);
    put32(out, 4, s.seq);
    put32(out, 8, s.has(TcpFlag::Ack) ? s.ack : 0); // §3.1: meaningful only with ACK
    out[12] = char(s.dataOffset() << 4);
    out[13] = char(s.flags);
    put16(out, 14, s.window);
    // checksum (16) stays zero while it is computed; urgent pointer (18) is zero: the model
    // never sends urgent data.
    if (s.mss) {
        out[20] = char(optionMss);
        out[21] = 4;
        put16(out, 22, s.mss);
    }
    out += s.payload;

    // RFC 9293 §3.1: the pseudo header is source, destination, zero, protocol, TCP length.
    InternetChecksum sum;
    sum.addWord(uint16_t(s.source.address >> 16));
    sum.addWord(uint16_t(s.source.address));
    sum.addWord(uint16_t(s.destination.address >> 16));
    sum.addWord(uint16_t(s.destination.address));
    sum.addWord(protocolTcp);
    sum.addWord(uint16_t(out.size()));
    sum.add(out);
    put16(out, 16, sum.value());
    return out;
}

QByteArray PacketBuilder::ipv4Packet(const Segment &s, uint16_t identification)
{
    const QByteArray tcp = tcpSegment(s);
    QByteArray out(ipv4HeaderLength, '\0');
    out[0] = char(0x45); // version 4, header length 5 words
    put16(out, 2, uint16_t(ipv4HeaderLength + tcp.size()));
    put16(out, 4, identification);
    put16(out, 6, 0x4000); // Don't Fragment, offset 0
    out[8] = char(timeToLive);
    out[9] = char(protocolTcp);
    put32(out, 12, s.source.address);
    put32(out, 16, s.destination.address);
    InternetChecksum sum;
    sum.add(out);
    put16(out, 10, sum.value());
    return out + tcp;
}

QByteArray PacketBuilder::ethernetFrame(const Segment &s, uint16_t identification,
                                        const MacAddress &source, const MacAddress &destination)
{
    QByteArray out;
    out.reserve(ethernetHeaderLength + ipv4HeaderLength + s.dataOffset() * 4 + s.payload.size());
    out.append(reinterpret_cast<const char *>(destination.data()), 6);
    out.append(reinterpret_cast<const char *>(source.data()), 6);
    out.append(char(0x08));
    out.append(char(0x00));
    out += ipv4Packet(s, identification);
    return out;
}

} // namespace tcplab
