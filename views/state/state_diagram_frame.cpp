#include "state/state_diagram_frame.h"

#include "common/host_palette.h"
#include "trace/trace.h"

#include <algorithm>

namespace tcplab {

namespace {

// Position in `indexes` (a socket's State events, in time order) of the latest one at or
// before t, or -1. Playback asks every frame, so it is a binary search, not a walk through
// a SYN flood's thousands of events.
int lastAtOrBefore(const Trace &trace, const QList<int> &indexes, SimTime t)
{
    auto it = std::upper_bound(indexes.begin(), indexes.end(), t,
                               [&trace](SimTime time, int index) { return time < trace.events[index].time; });
    return int(it - indexes.begin()) - 1;
}

bool isKnownSocket(const Trace &trace, int socket)
{
    return socket >= 0 && socket < trace.sockets.size();
}

StateDiagramEndpoint endpointAt(const Trace &trace, int socket, SimTime t)
{
    const SocketInfo &info = trace.sockets[socket];
    StateDiagramEndpoint ep;
    ep.socket = socket;
    ep.host = info.host;
    ep.hostName = info.host >= 0 && info.host < trace.hosts.size() ? trace.hosts[info.host].name
                                                                    : QString::number(socket);
    ep.color = StateDiagramFrame::hostColor(trace, info.host);
    ep.state = trace.stateAt(socket, t);

    const QList<int> &mine = trace.stateEventsOf(socket);
    const int pos = lastAtOrBefore(trace, mine, t);
    if (pos >= 0) {
        const TraceEvent &e = trace.events[mine[pos]];
        ep.eventIndex = mine[pos];
        ep.leftState = e.fromState;
        ep.edge = edgeFor(e.fromState, e.toState, e.cause);
        if (e.cause == StateCause::NoTimeWait && pos > 0) {
            // The model passes through TIME-WAIT in no time; the variant's edge starts
            // where the closer really was (FIN-WAIT-1 or FIN-WAIT-2).
            const TraceEvent &before = trace.events[mine[pos - 1]];
            const int variantEdge = edgeFor(before.fromState, TcpState::Closed, StateCause::NoTimeWait);
            ep.edge = variantEdge >= 0 ? variantEdge : edgeFor(before.fromState, before.toState, before.cause);
            ep.leftState = before.fromState;
        }
        if (ep.edge >= 0 && stateDiagramEdges()[ep.edge].toBottomClosed && ep.state == TcpState::Closed)
            ep.node = StateNodeRole::BottomClosed;
    }
    // A listener's child stands for the listening server until it exists, and again after
    // its half-open entry is dropped (RFC 9293 §3.10.7.4 and Figure 5 note 1: a connection
    // that came from a passive open returns to LISTEN).
    const bool dropped = ep.edge >= 0 && stateDiagramEdges()[ep.edge].to == TcpState::Listen
                         && ep.state == TcpState::Closed;
    if (info.listenerSocket >= 0 && (ep.eventIndex < 0 || dropped))
        ep.state = trace.stateAt(info.listenerSocket, t);
    return ep;
}

} // namespace

StateDiagramFrame StateDiagramFrame::compute(const Trace &trace, const QList<int> &sockets, SimTime t)
{
    StateDiagramFrame frame;
    frame.time = t;
    for (int socket : sockets) {
        if (isKnownSocket(trace, socket))
            frame.endpoints.append(endpointAt(trace, socket, t));
    }
    return frame;
}

QList<int> StateDiagramFrame::defaultSockets(const Trace &trace)
{
    QList<int> result;
    // Prefer a connection with another real host: under a SYN flood the listener's first
    // children answer forged addresses.
    auto peerIsHost = [&trace](const SocketInfo &s) {
        return std::any_of(trace.hosts.begin(), trace.hosts.end(), [&s](const HostInfo &other) {
            return !other.attacker && other.address == s.remote.address;
        });
    };
    for (int h = 0; h < trace.hosts.size(); ++h) {
        if (trace.hosts[h].attacker)
            continue;
        int chosen = -1;
        int anyConnection = -1;
        int listener = -1;
        for (const SocketInfo &s : trace.sockets) {
            if (s.host != h)
                continue;
            if (s.listener) {
                if (listener < 0)
                    listener = s.id;
            } else if (peerIsHost(s)) {
                chosen = s.id;
                break;
            } else if (anyConnection < 0) {
                anyConnection = s.id;
            }
        }
        if (chosen < 0)
            chosen = anyConnection >= 0 ? anyConnection : listener;
        if (chosen >= 0)
            result.append(chosen);
    }
    return result;
}

QColor StateDiagramFrame::hostColor(const Trace &trace, int host)
{
    // The same lane order as the sequence diagram: one lane per host, attackers share one.
    if (host < 0 || host >= trace.hosts.size())
        return HostPalette::hostColor(0);
    if (trace.hosts[host].attacker)
        return HostPalette::attackerColor();
    int lane = 0;
    bool attackerSeen = false;
    for (int h = 0; h < host; ++h) {
        if (trace.hosts[h].attacker) {
            if (!attackerSeen)
                ++lane;
            attackerSeen = true;
        } else {
            ++lane;
        }
    }
    return HostPalette::hostColor(lane);
}

QMap<QString, TcpState> StateDiagramFrame::statesByHost() const
{
    QMap<QString, TcpState> result;
    for (const StateDiagramEndpoint &ep : endpoints) {
        if (!result.contains(ep.hostName))
            result.insert(ep.hostName, ep.state);
    }
    return result;
}

const StateDiagramEndpoint *StateDiagramFrame::endpointOf(int socket) const
{
    for (const StateDiagramEndpoint &ep : endpoints) {
        if (ep.socket == socket)
            return &ep;
    }
    return nullptr;
}

StateDiagramPaintState StateDiagramFrame::paintState(const StateDiagramLayout &layout,
                                                     ProtocolVariant variant) const
{
    StateDiagramPaintState s;
    s.variant = variant;
    for (const StateDiagramEndpoint &ep : endpoints) {
        StateHighlight h;
        h.node = layout.nodeIndex(ep.state, ep.node);
        h.color = ep.color;
        h.hostName = ep.hostName;
        s.highlights.append(h);
        if (ep.edge >= 0) {
            MarkedEdge m;
            m.edge = ep.edge;
            m.color = ep.color;
            s.marked.append(m);
        }
    }
    return s;
}

} // namespace tcplab
