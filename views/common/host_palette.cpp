#include "common/host_palette.h"

#include <array>

namespace tcplab {

QColor HostPalette::hostColor(int lane)
{
    // Okabe–Ito, darkened where needed for contrast on white.
    static const std::array<QColor, 6> colors = {
        QColor(0x00, 0x5f, 0xa8), // blue
        QColor(0xc0, 0x5a, 0x00), // vermillion/orange
        QColor(0x00, 0x80, 0x5a), // bluish green
        QColor(0x8a, 0x3f, 0x8f), // reddish purple
        QColor(0x6b, 0x6b, 0x00), // olive
        QColor(0x33, 0x33, 0x33), // near black
    };
    return colors[size_t(lane < 0 ? 0 : lane) % colors.size()];
}

QColor HostPalette::attackerColor()
{
    return QColor(0xb0, 0x00, 0x20);
}

QColor HostPalette::stateFill(TcpState state)
{
    switch (state) {
    case TcpState::Closed:
        return QColor(0xdd, 0xdd, 0xdd);
    case TcpState::Listen:
        return QColor(0xc6, 0xdb, 0xef);
    case TcpState::SynSent:
    case TcpState::SynReceived:
        return QColor(0xfd, 0xd4, 0x7a);
    case TcpState::Established:
        return QColor(0x8f, 0xd1, 0x8f);
    case TcpState::FinWait1:
    case TcpState::FinWait2:
    case TcpState::Closing:
        return QColor(0xf4, 0xa5, 0x82);
    case TcpState::TimeWait:
        return QColor(0xe0, 0x7b, 0x7b);
    case TcpState::CloseWait:
    case TcpState::LastAck:
        return QColor(0xc9, 0xb3, 0xe6);
    }
    return QColor(0xdd, 0xdd, 0xdd);
}

QColor HostPalette::stateText(TcpState state)
{
    return stateFill(state).darker(260);
}

QColor HostPalette::timerColor(TimerKind kind)
{
    switch (kind) {
    case TimerKind::Retransmission:
        return QColor(0xb3, 0x3c, 0x00);
    case TimerKind::TimeWait:
        return QColor(0x9e, 0x1b, 0x32);
    case TimerKind::FinWait2:
        return QColor(0x7a, 0x4a, 0x00);
    case TimerKind::Keepalive:
        return QColor(0x1b, 0x6e, 0x8a);
    case TimerKind::DelayedAck:
        return QColor(0x4b, 0x5a, 0x6b);
    case TimerKind::Persist:
        return QColor(0x5b, 0x3a, 0x8c);
    }
    return Qt::darkGray;
}

} // namespace tcplab
