#include "tcp/tcp_state.h"

#include <array>

namespace tcplab {

namespace {
constexpr std::array<const char *, tcpStateCount> stateNames = {
    "CLOSED",      "LISTEN",     "SYN-SENT",   "SYN-RECEIVED", "ESTABLISHED", "FIN-WAIT-1",
    "FIN-WAIT-2",  "CLOSE-WAIT", "CLOSING",    "LAST-ACK",     "TIME-WAIT",
};
}

QString tcpStateName(TcpState state)
{
    return QString::fromLatin1(stateNames[static_cast<size_t>(state)]);
}

bool tcpStateFromName(const QString &name, TcpState *state)
{
    for (size_t i = 0; i < stateNames.size(); ++i) {
        if (name == QLatin1String(stateNames[i])) {
            *state = static_cast<TcpState>(i);
            return true;
        }
    }
    return false;
}

bool isSynchronized(TcpState state)
{
    switch (state) {
    case TcpState::Closed:
    case TcpState::Listen:
    case TcpState::SynSent:
    case TcpState::SynReceived:
        return false;
    default:
        return true;
    }
}

} // namespace tcplab
