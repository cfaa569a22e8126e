#pragma once

#include "tcp/endpoint_effects.h"
#include "tcp/tcp_state.h"

#include <QColor>

namespace tcplab {

// Colours chosen for a projector: saturated, dark enough for 1 px lines on white, and
// distinguishable by people with the common colour-vision deficiencies (Okabe–Ito order).
class HostPalette
{
public:
    // The colour of a host's lifeline, arrows and packets. Lane order, wraps around.
    static QColor hostColor(int lane);
    // The colour an attacker lane always has.
    static QColor attackerColor();
    // The fill of a state band on a lifeline; states of one phase share a hue.
    static QColor stateFill(TcpState state);
    // Text colour for a state name: a darker shade of its band.
    static QColor stateText(TcpState state);
    static QColor timerColor(TimerKind kind);
    static QColor dropColor() { return QColor(0xd0, 0x10, 0x10); }
    static QColor selectionColor() { return QColor(0x00, 0x78, 0xd4); }
    static QColor playheadColor() { return QColor(0xe0, 0x20, 0x60); }
    static QColor breakFill() { return QColor(0xee, 0xee, 0xee); }
    static QColor gridText() { return QColor(0x55, 0x55, 0x55); }
};

} // namespace tcplab
