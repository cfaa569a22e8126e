#pragma once

#include "settings/protocol_settings.h"
#include "sim/sim_time.h"
#include "state/state_diagram_layout.h"
#include "state/state_diagram_painter.h"
#include "tcp/tcp_state.h"

#include <QColor>
#include <QList>
#include <QMap>
#include <QString>

namespace tcplab {

class Trace;

// One shown endpoint at a moment: the box it is in and the transition it took last.
struct StateDiagramEndpoint {
    int socket = -1;
    int host = -1;
    QString hostName;
    QColor color;                      // its host's colour, in the sequence diagram's lane order
    TcpState state = TcpState::Closed; // as drawn (a listener's child shows LISTEN before it
                                       // exists and after its half-open entry is dropped)
    StateNodeRole node = StateNodeRole::Primary;
    int edge = -1;                     // the marked edge (stateDiagramEdges()), or -1
    int eventIndex = -1;               // the State event behind the mark, or -1
    TcpState leftState = TcpState::Closed; // the state that transition left (for the
                                           // no-TIME-WAIT variant: the one before TIME-WAIT)
};

// What the RFC 9293 state diagram shows at one moment: a pure function of the trace, the
// sockets shown and the time, as layoutSequence() is for the sequence diagram. The widget
// (which adds the caption, clicks and the pulse) and the export both draw from it, so the
// screen and every file agree, and tests check it without a widget.
struct StateDiagramFrame {
    SimTime time = 0;
    QList<StateDiagramEndpoint> endpoints; // in the order the sockets were asked for

    // Unknown socket ids are left out; a socket that does not exist yet at t is CLOSED (or
    // its listener's state) with nothing marked.
    static StateDiagramFrame compute(const Trace &trace, const QList<int> &sockets, SimTime t);

    // The first connection socket of each host that is not an attacker (its listener when
    // it has none), in host order: what the diagram shows unless told otherwise.
    static QList<int> defaultSockets(const Trace &trace);
    // The colour of a host: its lane's in the sequence diagram (attackers share one lane).
    static QColor hostColor(const Trace &trace, int host);

    // Host name → state drawn for it (the first shown socket of each host).
    QMap<QString, TcpState> statesByHost() const;
    // The endpoint of a socket, or nullptr when it is not shown.
    const StateDiagramEndpoint *endpointOf(int socket) const;

    // What the painter draws for this frame on a layout of the variant: every endpoint's box
    // in its colour and its last edge marked; no selection, no pulse (the widget adds those).
    // The marked edges follow the endpoints' order, those with no edge left out.
    StateDiagramPaintState paintState(const StateDiagramLayout &layout, ProtocolVariant variant) const;
};

} // namespace tcplab
