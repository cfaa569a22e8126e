#pragma once

#include <cstdint>

#include <QString>

namespace tcplab {

// The eleven connection states of RFC 9293 §3.3.2.
enum class TcpState : uint8_t {
    Closed,
    Listen,
    SynSent,
    SynReceived,
    Established,
    FinWait1,
    FinWait2,
    CloseWait,
    Closing,
    LastAck,
    TimeWait,
};

inline constexpr int tcpStateCount = 11;

// The state's name spelled as RFC 9293 does ("SYN-SENT", "TIME-WAIT").
QString tcpStateName(TcpState state);
// Inverse of tcpStateName(); returns false for an unknown name.
bool tcpStateFromName(const QString &name, TcpState *state);

// True in the states where the connection is synchronized (RFC 9293 §3.5.2).
bool isSynchronized(TcpState state);

} // namespace tcplab
