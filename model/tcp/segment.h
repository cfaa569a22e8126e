#pragma once

#include "tcp/tcp_flags.h"

#include <QByteArray>
#include <QString>
#include <cstdint>

namespace tcplab {

// An IPv4 address and a port: one end of a connection.
struct SocketAddress {
    uint32_t address = 0;
    uint16_t port = 0;
    friend bool operator==(const SocketAddress &, const SocketAddress &) = default;
};

QString formatIpv4(uint32_t address);
bool parseIpv4(const QString &text, uint32_t *address);

// A TCP segment as it travels (RFC 9293 §3.1). Plain value type.
struct Segment {
    SocketAddress source;
    SocketAddress destination;
    uint32_t seq = 0;
    uint32_t ack = 0;
    TcpFlags flags = 0;
    uint16_t window = 0;
    uint16_t mss = 0;          // MSS option (RFC 9293 §3.7.1); 0 = not present
    QByteArray payload;
    bool keepaliveProbe = false; // sent by the keepalive timer (RFC 1122 §4.2.3.6)

    bool has(TcpFlags f) const { return (flags & f) == f; }
    uint32_t length() const { return static_cast<uint32_t>(payload.size()); }
    // Sequence space the segment occupies: data bytes plus one each for SYN and FIN
    // (RFC 9293 §3.4, SEG.LEN).
    uint32_t sequenceLength() const;
    // Header length in 32-bit words: 5 plus 1 for the MSS option.
    int dataOffset() const { return mss ? 6 : 5; }
    // Textbook notation: "SYN seq=1000 win=65535 mss=1460", "ACK seq=1001 ack=5001 len=100".
    // Protocol notation, identical in every language.
    QString summary() const;

    friend bool operator==(const Segment &, const Segment &) = default;
};

} // namespace tcplab
