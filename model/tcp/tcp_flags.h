#pragma once

#include <QStringList>
#include <cstdint>

namespace tcplab {

// The control bits of the TCP header (RFC 9293 §3.1), with their wire values.
namespace TcpFlag {
inline constexpr uint8_t Fin = 0x01;
inline constexpr uint8_t Syn = 0x02;
inline constexpr uint8_t Rst = 0x04;
inline constexpr uint8_t Psh = 0x08;
inline constexpr uint8_t Ack = 0x10;
inline constexpr uint8_t Urg = 0x20;
inline constexpr uint8_t Ece = 0x40;
inline constexpr uint8_t Cwr = 0x80;
} // namespace TcpFlag

using TcpFlags = uint8_t;

// Names of the set bits in the textbook order SYN, FIN, RST, PSH, ACK, URG ("SYN","ACK").
QStringList tcpFlagNames(TcpFlags flags);
// "SYN,ACK" — the textbook label of a flag set.
QString tcpFlagsLabel(TcpFlags flags);
// Parses one flag name (case-insensitive); returns 0 when unknown.
TcpFlags tcpFlagFromName(const QString &name);

} // namespace tcplab
