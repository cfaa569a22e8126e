#include "sim/simulator.h"

#include "tcp/listener.h"
#include "sim/network.h"
#include "sim/random_generator.h"
#include "tcp/tcp_endpoint.h"

#include <QHash>

#include <memory>
#include <queue>
#include <vector>

namespace tcplab {

namespace {

// Linux's default ephemeral port range (ip_local_port_range).
constexpr int ephemeralLow = 32768;
constexpr int ephemeralHigh = 60999;

// Lookup keys, so a flood of thousands of sockets and segments stays fast.
quint64 addressKey(SocketAddress a) { return (quint64(a.address) << 16) | a.port; }
struct ConnectionKey {
    int host;
    quint64 local;
    quint64 remote;
    friend bool operator==(const ConnectionKey &, const ConnectionKey &) = default;
};
size_t qHash(const ConnectionKey &k, size_t seed = 0)
{
    return qHashMulti(seed, k.host, k.local, k.remote);
}
struct SentKey {
    int host;
    int socket;
    uint32_t seq;
    TcpFlags synFin;
    friend bool operator==(const SentKey &, const SentKey &) = default;
};
size_t qHash(const SentKey &k, size_t seed = 0)
{
    return qHashMulti(seed, k.host, k.socket, k.seq, k.synFin);
}

struct HostRuntime {
    QString name;
    uint32_t address = 0;
    bool attacker = false;
    uint32_t spoofNetwork = 0;
    bool up = true;
    int mss = 1460;
    ProtocolSettings settings;
};

struct SocketRuntime {
    int id = -1;
    int host = -1;
    std::unique_ptr<TcpEndpoint> endpoint;
    std::unique_ptr<Listener> listener;  // for a listening socket
    int listenerSocket = -1;             // for a socket a listener created
    std::optional<uint32_t> childIsn;    // a listener's fixed ISN for accepted connections
    int childrenCreated = 0;
    std::optional<bool> childKeepalive;
    std::optional<bool> childAutoRead;
    bool alive = true;
    // Calls the application made while connect() or accept() had not returned yet; they
    // run once the connection is established, keeping their spacing (see runAction).
    QList<int> waitingActions;
    SimTime actionDelay = 0; // how long the application waited; its later calls come as late
};

enum class QueueKind { Action, Deliver, Drop, TimerFire, FloodSyn };

struct QueueItem {
    SimTime time;
    uint64_t order; // insertion order: ties resolve first-come, first-served
    QueueKind kind;
    int a = -1; // action index / segment id / socket id
    int b = 0;  // timer kind / flood ordinal
    bool operator>(const QueueItem &o) const
    {
        return time != o.time ? time > o.time : order > o.order;
    }
};

class SimulationRun
{
public:
    SimulationRun(const Scenario &scenario, SimTime until)
        : m_scenario(scenario), m_until(until), m_network(scenario.network, scenario.faults),
          m_rng(scenario.network.seed ^ 0x7463706C6162ull) // "tcplab": ISNs apart from the network's draws
    {
    }

    Trace run();

private:
    // --- scheduling ---
    void schedule(SimTime t, QueueKind kind, int a = -1, int b = 0)
    {
        m_queue.push({t, m_order++, kind, a, b});
    }

    // --- recording ---
    TraceEvent &record(SimTime t, TraceEventType type, int host, int socket)
    {
        TraceEvent e;
        e.time = t;
        e.type = type;
        e.host = host;
        e.socket = socket;
        m_trace.events.append(e);
        return m_trace.events.last();
    }
    void apply(SimTime now, int socket, const EndpointEffects &effects);
    void sample(SimTime now, int socket);

    // --- sockets ---
    int createSocket(int host, std::unique_ptr<TcpEndpoint> endpoint, bool listener, int parent,
                     const QString &label, SocketAddress remote = {});
    int findConnection(int host, const Segment &seg) const;
    int findListener(int host, uint16_t port) const;
    int targetSocket(const AppAction &action) const;
    int hostByAddress(uint32_t address) const;
    int allocateEphemeralPort(int host, SocketAddress remote);

    // --- segments ---
    void sendSegment(SimTime now, int fromHost, int fromSocket, const Segment &seg, SegmentKind kind);
    void deliver(SimTime now, int segmentId);
    // `delivered`: the arrival is already in the trace (a SYN that ended TIME-WAIT).
    void deliverToListener(SimTime now, int host, int listenerId, const Segment &seg, int segmentId,
                           bool delivered = false);

    // --- actions ---
    // `resumed`: the action waited for its connection and runs now.
    void runAction(SimTime now, int index, bool resumed = false);
    void resumeWaitingActions(SimTime now, SocketRuntime &socket);
    void floodSyn(SimTime now, int actionIndex, int ordinal);

    const Scenario &m_scenario;
    SimTime m_until;
    Network m_network;
    RandomGenerator m_rng;
    Trace m_trace;
    std::vector<HostRuntime> m_hosts;
    std::vector<SocketRuntime> m_sockets;
    std::priority_queue<QueueItem, std::vector<QueueItem>, std::greater<QueueItem>> m_queue;
    uint64_t m_order = 0;
    QList<int> m_hostOrdinals;
    // Every socket ever created per four addresses / listening port, oldest first; the
    // newest live one is the match.
    QHash<ConnectionKey, QList<int>> m_connections;
    QHash<ConnectionKey, QList<int>> m_listeners; // remote = 0
    QHash<SentKey, int> m_lastSent;               // for "retransmission of"
};

Trace SimulationRun::run()
{
    for (int i = 0; i < m_scenario.hosts.size(); ++i) {
        const HostSpec &spec = m_scenario.hosts[i];
        HostRuntime h;
        h.name = spec.name;
        h.address = spec.address;
        h.attacker = spec.kind == HostKind::Attacker;
        h.spoofNetwork = spec.spoofNetwork;
        h.mss = std::max(spec.mtu - 40, 88); // MSS = MTU − IPv4 and TCP headers
        h.settings = m_scenario.protocolFor(i);
        m_hosts.push_back(h);
        m_trace.hosts.append({spec.name, spec.address, h.attacker});
        m_hostOrdinals.append(0);
    }
    for (int i = 0; i < m_scenario.actions.size(); ++i)
        schedule(m_scenario.actions[i].at, QueueKind::Action, i);
    m_trace.events.reserve(256);

    SimTime lastTime = 0;
    while (!m_queue.empty()) {
        const QueueItem item = m_queue.top();
        if (item.time > m_until)
            break;
        m_queue.pop();
        lastTime = item.time;
        switch (item.kind) {
        case QueueKind::Action:
            runAction(item.time, item.a, item.b != 0);
            break;
        case QueueKind::FloodSyn:
            floodSyn(item.time, item.a, item.b);
            break;
        case QueueKind::Deliver:
            deliver(item.time, item.a);
            break;
        case QueueKind::Drop: {
            const SegmentRecord &rec = m_trace.segments[item.a];
            TraceEvent &e = record(item.time, TraceEventType::Drop, rec.toHost, -1);
            e.segment = rec.id;
            e.dropReason = rec.dropReason;
            break;
        }
        case QueueKind::TimerFire: {
            SocketRuntime &s = m_sockets[item.a];
            if (!s.alive || !m_hosts[s.host].up)
                break;
            const auto timer = static_cast<TimerKind>(item.b);
            if (s.endpoint->timerDue(timer) != item.time)
                break; // re-set or cancelled since: stale
            apply(item.time, s.id, s.endpoint->timerExpired(item.time, timer));
            break;
        }
        }
    }
    m_trace.endTime = m_queue.empty() ? lastTime : m_until;
    m_trace.finish();
    return std::move(m_trace);
}

void SimulationRun::sample(SimTime now, int socket)
{
    TcbSample s;
    s.time = now;
    s.eventIndex = int(m_trace.events.size());
    s.tcb = m_sockets[socket].endpoint->snapshot();
    m_trace.addTcbSample(socket, s);
}

void SimulationRun::apply(SimTime now, int socketId, const EndpointEffects &effects)
{
    SocketRuntime &s = m_sockets[socketId];
    const int host = s.host;
    for (const TimerChange &t : effects.timers) {
        if (t.action != TimerAction::Fire)
            continue;
        TraceEvent &e = record(now, TraceEventType::Timer, host, socketId);
        e.timer = t.timer;
        e.timerAction = t.action;
    }
    for (const StateTransition &tr : effects.transitions) {
        TraceEvent &e = record(now, TraceEventType::State, host, socketId);
        e.fromState = tr.from;
        e.toState = tr.to;
        e.cause = tr.cause;
    }
    for (const OutgoingSegment &out : effects.segments)
        sendSegment(now, host, socketId, out.segment, out.kind);
    for (const TimerChange &t : effects.timers) {
        if (t.action == TimerAction::Fire)
            continue;
        TraceEvent &e = record(now, TraceEventType::Timer, host, socketId);
        e.timer = t.timer;
        e.timerAction = t.action;
        e.due = t.due;
        if (t.action == TimerAction::Set)
            schedule(t.due, QueueKind::TimerFire, socketId, static_cast<int>(t.timer));
    }
    for (const Notice &n : effects.notices) {
        TraceEvent &e = record(now, TraceEventType::Notice, host, socketId);
        e.notice = n.kind;
        e.data = n.data;
    }

    // Listener bookkeeping follows the child's state.
    const TcpState state = s.endpoint->state();
    if (s.listenerSocket >= 0) {
        Listener *l = m_sockets[s.listenerSocket].listener.get();
        if (l && l->holds(socketId)) {
            if (state == TcpState::Closed) {
                l->forget(socketId);
            } else if (state != TcpState::SynReceived) {
                // Established: it moves to the accept queue, and our applications accept at
                // once, so it leaves the queue in the same instant.
                l->promote(socketId);
                l->accept(socketId);
            }
        }
    }
    if (state == TcpState::Closed && s.alive && !effects.transitions.isEmpty()) {
        s.alive = false;
        s.waitingActions.clear(); // connect() failed: the application's later calls never come
    }
    if (isSynchronized(state) && state != TcpState::TimeWait)
        resumeWaitingActions(now, s);
    sample(now, socketId);
}

int SimulationRun::createSocket(int host, std::unique_ptr<TcpEndpoint> endpoint, bool listener,
                                int parent, const QString &label, SocketAddress remote)
{
    SocketRuntime s;
    s.id = int(m_sockets.size());
    s.host = host;
    SocketInfo info;
    info.id = s.id;
    info.host = host;
    info.local = endpoint->local();
    info.remote = remote;
    info.listener = listener;
    info.listenerSocket = parent;
    info.label = label;
    const ConnectionKey key{host, addressKey(info.local), listener ? 0 : addressKey(remote)};
    (listener ? m_listeners : m_connections)[key].append(s.id);
    s.endpoint = std::move(endpoint);
    s.listenerSocket = parent;
    m_sockets.push_back(std::move(s));
    m_trace.sockets.append(info);
    return info.id;
}

int SimulationRun::hostByAddress(uint32_t address) const
{
    for (int i = 0; i < int(m_hosts.size()); ++i) {
        if (m_hosts[i].address == address)
            return i;
    }
    // Forged source addresses are drawn on their attacker's lifeline.
    for (int i = 0; i < int(m_hosts.size()); ++i) {
        if (m_hosts[i].attacker && (address & 0xFFFFFF00u) == (m_hosts[i].spoofNetwork & 0xFFFFFF00u))
            return i;
    }
    return -1;
}

int SimulationRun::findConnection(int host, const Segment &seg) const
{
    const auto it = m_connections.constFind({host, addressKey(seg.destination), addressKey(seg.source)});
    if (it == m_connections.constEnd())
        return -1;
    for (auto id = it->crbegin(); id != it->crend(); ++id) {
        if (m_sockets[*id].alive)
            return *id;
    }
    return -1;
}

int SimulationRun::findListener(int host, uint16_t port) const
{
    // A listener is bound to its host's address and the port.
    const auto it = m_listeners.constFind({host, addressKey({m_hosts[host].address, port}), 0});
    if (it == m_listeners.constEnd())
        return -1;
    for (auto id = it->crbegin(); id != it->crend(); ++id) {
        if (m_sockets[*id].alive)
            return *id;
    }
    return -1;
}

int SimulationRun::targetSocket(const AppAction &action) const
{
    const int host = m_scenario.hostIndex(action.host);
    if (!action.socket.isEmpty()) {
        for (int i = int(m_sockets.size()) - 1; i >= 0; --i) {
            if (m_sockets[i].host == host && m_trace.sockets[i].label == action.socket)
                return i;
        }
        return -1;
    }
    // The host's newest open connection; else its newest listener.
    for (int i = int(m_sockets.size()) - 1; i >= 0; --i) {
        if (m_sockets[i].host == host && m_sockets[i].alive && !m_sockets[i].listener)
            return i;
    }
    for (int i = int(m_sockets.size()) - 1; i >= 0; --i) {
        if (m_sockets[i].host == host && m_sockets[i].alive)
            return i;
    }
    return -1;
}

int SimulationRun::allocateEphemeralPort(int host, SocketAddress remote)
{
    for (int attempt = 0; attempt < 64; ++attempt) {
        const auto port = static_cast<uint16_t>(m_rng.nextInRange(ephemeralLow, ephemeralHigh));
        bool used = false;
        for (const SocketRuntime &s : m_sockets) {
            if (s.host == host && s.alive && s.endpoint->local().port == port
                && (s.listener || s.endpoint->remote() == remote))
                used = true;
        }
        if (!used)
            return port;
    }
    return ephemeralLow;
}

void SimulationRun::sendSegment(SimTime now, int fromHost, int fromSocket, const Segment &seg,
                                SegmentKind kind)
{
    SegmentRecord rec;
    rec.id = int(m_trace.segments.size());
    rec.fromHost = fromHost;
    rec.toHost = hostByAddress(seg.destination.address);
    rec.fromSocket = fromSocket;
    rec.segment = seg;
    rec.kind = kind;
    rec.senderOrdinal = ++m_hostOrdinals[fromHost];
    rec.sentAt = now;
    const SentKey sentKey{fromHost, fromSocket, seg.seq, TcpFlags(seg.flags & (TcpFlag::Syn | TcpFlag::Fin))};
    if (kind == SegmentKind::Retransmission)
        rec.retransmissionOf = m_lastSent.value(sentKey, -1);
    m_lastSent.insert(sentKey, rec.id);
    const QString toName = rec.toHost >= 0 ? m_hosts[rec.toHost].name : formatIpv4(seg.destination.address);
    const TransmitOutcome out = m_network.transmit(now, m_hosts[fromHost].name, toName, seg.flags);
    rec.arrivesAt = out.arrivesAt;
    rec.fault = out.fault;
    rec.faultDelta = out.faultDelta;
    rec.faultRule = out.faultRule;
    if (out.dropped) {
        rec.dropped = true;
        rec.droppedAt = out.droppedAt;
        rec.dropReason = out.dropReason;
    }
    m_trace.segments.append(rec);
    TraceEvent &e = record(now, TraceEventType::Send, fromHost, fromSocket);
    e.segment = rec.id;
    if (rec.dropped)
        schedule(rec.droppedAt, QueueKind::Drop, rec.id);
    else
        schedule(rec.arrivesAt, QueueKind::Deliver, rec.id);

    if (out.duplicated) {
        // The network delivers an extra copy later (a duplicate, not a retransmission).
        SegmentRecord copy = rec;
        copy.id = int(m_trace.segments.size());
        copy.kind = SegmentKind::Duplicate;
        copy.duplicateOf = rec.id;
        copy.retransmissionOf = -1;
        copy.arrivesAt = out.duplicateArrivesAt;
        copy.dropped = false;
        copy.droppedAt = 0;
        copy.dropReason = DropReason::None;
        copy.fault = FaultKind::None;
        copy.faultDelta = 0;
        copy.faultRule = -1;
        m_trace.segments.append(copy);
        TraceEvent &d = record(now, TraceEventType::Send, fromHost, fromSocket);
        d.segment = copy.id;
        schedule(copy.arrivesAt, QueueKind::Deliver, copy.id);
    }
}

void SimulationRun::deliver(SimTime now, int segmentId)
{
    SegmentRecord &rec = m_trace.segments[segmentId];
    const Segment seg = rec.segment;
    const int host = rec.toHost;
    auto dropHere = [&](DropReason reason) {
        rec.dropped = true;
        rec.droppedAt = now;
        rec.dropReason = reason;
        TraceEvent &e = record(now, TraceEventType::Drop, host, -1);
        e.segment = segmentId;
        e.dropReason = reason;
    };
    if (host < 0 || m_hosts[host].attacker) {
        dropHere(DropReason::NoHost); // nobody owns a forged address
        return;
    }
    if (!m_hosts[host].up) {
        dropHere(DropReason::HostDown);
        return;
    }
    int socket = findConnection(host, seg);
    if (socket >= 0) {
        SocketRuntime &s = m_sockets[socket];
        if (s.endpoint->acceptsNewIncarnation(seg)) {
            // Linux: a new SYN with a higher sequence number ends TIME-WAIT early and goes
            // to the listener as a new connection.
            TraceEvent &e = record(now, TraceEventType::Deliver, host, socket);
            e.segment = segmentId;
            apply(now, socket, s.endpoint->discard(StateCause::SynInTimeWait));
            const int listener = findListener(host, seg.destination.port);
            if (listener >= 0)
                deliverToListener(now, host, listener, seg, segmentId, true);
            else if (auto rst = TcpEndpoint::resetForUnknownConnection(seg))
                sendSegment(now, host, -1, *rst, SegmentKind::Original);
            return;
        }
        TraceEvent &e = record(now, TraceEventType::Deliver, host, socket);
        e.segment = segmentId;
        apply(now, socket, s.endpoint->segmentArrived(now, seg));
        return;
    }
    const int listener = findListener(host, seg.destination.port);
    if (listener >= 0) {
        deliverToListener(now, host, listener, seg, segmentId);
        return;
    }
    TraceEvent &e = record(now, TraceEventType::Deliver, host, listener);
    e.segment = segmentId;
    // No connection and no listener (RFC 9293 §3.10.7.1, CLOSED).
    if (m_hosts[host].settings.variant == ProtocolVariant::TwoWayHandshake
        && seg.has(TcpFlag::Syn) && seg.has(TcpFlag::Ack)) {
        // Teaching variant: in a two-way handshake the server's confirmation needs no
        // answer, so a host that never asked for the connection simply ignores it.
        return;
    }
    if (auto rst = TcpEndpoint::resetForUnknownConnection(seg))
        sendSegment(now, host, -1, *rst, SegmentKind::Original);
}

void SimulationRun::deliverToListener(SimTime now, int host, int listenerId, const Segment &seg,
                                      int segmentId, bool delivered)
{
    SocketRuntime &ls = m_sockets[listenerId];
    Listener &listener = *ls.listener;
    const HostRuntime &h = m_hosts[host];
    const bool synQueueDrop = seg.has(TcpFlag::Syn) && !seg.has(TcpFlag::Ack) && !seg.has(TcpFlag::Rst)
        && listener.verdictForSyn() == Listener::SynVerdict::Drop;
    if (!synQueueDrop && !delivered) {
        // A SYN the full queue refuses is shown as dropped at the listener, not delivered.
        TraceEvent &e = record(now, TraceEventType::Deliver, host, listenerId);
        e.segment = segmentId;
    }
    if (seg.has(TcpFlag::Rst))
        return; // §3.10.7.2: a RST to a listener is ignored
    if (seg.has(TcpFlag::Syn) && !seg.has(TcpFlag::Ack)) {
        switch (listener.verdictForSyn()) {
        case Listener::SynVerdict::Drop: {
            // The SYN queue is full: the SYN is dropped; the client will retry.
            SegmentRecord &rec = m_trace.segments[segmentId];
            rec.dropped = true;
            rec.droppedAt = now;
            rec.dropReason = DropReason::SynQueueFull;
            TraceEvent &d = record(now, TraceEventType::Drop, host, listenerId);
            d.segment = segmentId;
            d.dropReason = DropReason::SynQueueFull;
            TraceEvent &n = record(now, TraceEventType::Notice, host, listenerId);
            n.notice = NoticeKind::SynQueueFull;
            return;
        }
        case Listener::SynVerdict::SendCookie: {
            // No state kept: the ISN itself remembers the connection (RFC 4987 §3.6).
            Segment synAck;
            synAck.source = seg.destination;
            synAck.destination = seg.source;
            synAck.seq = listener.cookieFor(seg, now);
            synAck.ack = seg.seq + 1;
            synAck.flags = TcpFlag::Syn | TcpFlag::Ack;
            synAck.window = static_cast<uint16_t>(std::min(h.settings.window, 65535));
            synAck.mss = static_cast<uint16_t>(h.mss);
            sendSegment(now, host, listenerId, synAck, SegmentKind::Original);
            return;
        }
        case Listener::SynVerdict::CreateHalfOpen:
            break;
        }
        auto child = std::make_unique<TcpEndpoint>(h.settings, seg.destination, uint16_t(h.mss));
        if (ls.childKeepalive)
            child->setKeepalive(*ls.childKeepalive);
        if (ls.childAutoRead)
            child->setAutoRead(*ls.childAutoRead);
        // A scenario may fix the server's ISN for readable numbers; later connections on the
        // same listener step it on so each incarnation's numbers differ.
        const uint32_t iss = ls.childIsn ? *ls.childIsn + uint32_t(ls.childrenCreated) * 100000u
                                         : m_rng.next32();
        ++ls.childrenCreated;
        const int id = createSocket(host, std::move(child), false, listenerId, QString(), seg.source);
        listener.addHalfOpen(id);
        apply(now, id, m_sockets[id].endpoint->acceptSyn(now, seg, iss));
        return;
    }
    if (seg.has(TcpFlag::Ack) && !seg.has(TcpFlag::Syn)) {
        if (auto mss = listener.checkCookie(seg, now)) {
            auto child = std::make_unique<TcpEndpoint>(h.settings, seg.destination, uint16_t(h.mss));
            if (ls.childKeepalive)
                child->setKeepalive(*ls.childKeepalive);
            if (ls.childAutoRead)
                child->setAutoRead(*ls.childAutoRead);
            const int id = createSocket(host, std::move(child), false, listenerId, QString(), seg.source);
            apply(now, id, m_sockets[id].endpoint->acceptCookie(now, seg, seg.ack - 1, *mss));
            return;
        }
    }
    // Anything else (an ACK nobody expects): the listening endpoint answers RST.
    apply(now, listenerId, ls.endpoint->segmentArrived(now, seg));
}

void SimulationRun::resumeWaitingActions(SimTime now, SocketRuntime &socket)
{
    if (socket.waitingActions.isEmpty())
        return;
    const SimTime first = m_scenario.actions[socket.waitingActions.first()].at;
    socket.actionDelay = now - first;
    for (int index : std::as_const(socket.waitingActions))
        schedule(m_scenario.actions[index].at + socket.actionDelay, QueueKind::Action, index, 1);
    socket.waitingActions.clear();
}

void SimulationRun::runAction(SimTime now, int index, bool resumed)
{
    const AppAction &a = m_scenario.actions[index];
    const int host = m_scenario.hostIndex(a.host);
    if (host < 0)
        return;
    HostRuntime &h = m_hosts[host];
    auto recordApp = [&](int socket, int bytes = 0) {
        TraceEvent &e = record(now, TraceEventType::App, host, socket);
        e.appCall = a.kind;
        e.appBytes = bytes;
    };
    auto recordHost = [&](HostEventKind kind) {
        TraceEvent &e = record(now, TraceEventType::Host, host, -1);
        e.hostEvent = kind;
    };

    switch (a.kind) {
    case AppActionKind::Crash:
        if (!h.up)
            return;
        recordHost(HostEventKind::Crash);
        h.up = false;
        for (SocketRuntime &s : m_sockets) {
            if (s.host == host && s.alive)
                apply(now, s.id, s.endpoint->discard(StateCause::HostCrash));
        }
        return;
    case AppActionKind::Reboot:
        recordHost(HostEventKind::Reboot);
        h.up = true;
        return;
    case AppActionKind::Kill:
        recordHost(HostEventKind::Kill);
        for (SocketRuntime &s : m_sockets) {
            if (s.host == host && s.alive)
                apply(now, s.id, s.endpoint->processExit(now));
        }
        return;
    case AppActionKind::SynFlood:
        recordApp(-1, 0);
        if (a.count > 0)
            floodSyn(now, index, 0);
        return;
    default:
        break;
    }
    if (!h.up)
        return; // a crashed host runs no applications

    switch (a.kind) {
    case AppActionKind::Listen: {
        auto ep = std::make_unique<TcpEndpoint>(h.settings, SocketAddress{h.address, uint16_t(a.port)},
                                                uint16_t(h.mss));
        const int id = createSocket(host, std::move(ep), true, -1, a.socket);
        SocketRuntime &s = m_sockets[id];
        const int backlog = a.backlog > 0 ? a.backlog : h.settings.backlog;
        s.listener = std::make_unique<Listener>(backlog, h.settings.synCookies,
                                                m_scenario.network.seed * 31 + uint64_t(id));
        s.childIsn = a.isn;
        s.childKeepalive = a.keepalive;
        s.childAutoRead = a.autoRead;
        recordApp(id);
        apply(now, id, s.endpoint->listen(now));
        return;
    }
    case AppActionKind::Connect: {
        const int remoteHost = m_scenario.hostIndex(a.to);
        if (remoteHost < 0)
            return;
        const SocketAddress remote{m_hosts[remoteHost].address, uint16_t(a.remotePort)};
        const uint16_t port = a.port > 0 ? uint16_t(a.port) : uint16_t(allocateEphemeralPort(host, remote));
        const SocketAddress local{h.address, port};
        // Four addresses still held (e.g. by TIME-WAIT) cannot start a new connection.
        Segment fromPeer;
        fromPeer.source = remote;
        fromPeer.destination = local;
        if (const int holder = findConnection(host, fromPeer); holder >= 0) {
            recordApp(holder);
            TraceEvent &n = record(now, TraceEventType::Notice, host, holder);
            n.notice = NoticeKind::AddressInUse;
            return;
        }
        auto ep = std::make_unique<TcpEndpoint>(h.settings, local, uint16_t(h.mss));
        if (a.keepalive)
            ep->setKeepalive(*a.keepalive);
        if (a.autoRead)
            ep->setAutoRead(*a.autoRead);
        const int id = createSocket(host, std::move(ep), false, -1, a.socket, remote);
        const uint32_t iss = a.isn ? *a.isn : m_rng.next32();
        recordApp(id);
        apply(now, id, m_sockets[id].endpoint->connect(now, remote, iss));
        return;
    }
    default:
        break;
    }

    const int socket = targetSocket(a);
    if (socket >= 0 && m_sockets[socket].alive && !resumed && a.kind != AppActionKind::Abort) {
        // A real application's connect() blocks until the handshake completes, and a server
        // only gets the socket from accept() once it is established. Calls scripted for
        // earlier wait for that moment, so a lost SYN or SYN,ACK delays the whole story
        // instead of closing a connection that never opened.
        SocketRuntime &target = m_sockets[socket];
        const TcpState state = target.endpoint->state();
        if (state == TcpState::SynSent || state == TcpState::SynReceived) {
            target.waitingActions.append(index);
            return;
        }
        if (target.actionDelay > 0) {
            // The application is running late by the time it waited for the handshake.
            schedule(now + target.actionDelay, QueueKind::Action, index, 1);
            return;
        }
    }
    recordApp(socket, a.kind == AppActionKind::Send ? int(a.data.size()) : 0);
    if (socket < 0 || !m_sockets[socket].alive)
        return;
    TcpEndpoint &ep = *m_sockets[socket].endpoint;
    switch (a.kind) {
    case AppActionKind::Send: apply(now, socket, ep.send(now, a.data)); break;
    case AppActionKind::Shutdown: apply(now, socket, ep.shutdownWrite(now)); break;
    case AppActionKind::Close: apply(now, socket, ep.close(now)); break;
    case AppActionKind::Abort: apply(now, socket, ep.abort(now)); break;
    case AppActionKind::Read: apply(now, socket, ep.read(now)); break;
    default: break;
    }
}

void SimulationRun::floodSyn(SimTime now, int actionIndex, int ordinal)
{
    const AppAction &a = m_scenario.actions[actionIndex];
    const int host = m_scenario.hostIndex(a.host);
    const int target = m_scenario.hostIndex(a.to);
    if (host < 0 || target < 0 || !m_hosts[host].up)
        return;
    // A forged source: a random address of the attacker's spoofed /24 and a random port.
    Segment syn;
    syn.source.address = (m_hosts[host].spoofNetwork & 0xFFFFFF00u) | uint32_t(m_rng.nextInRange(1, 254));
    syn.source.port = static_cast<uint16_t>(m_rng.nextInRange(1024, 65535));
    syn.destination = {m_hosts[target].address, uint16_t(a.remotePort)};
    syn.seq = m_rng.next32();
    syn.flags = TcpFlag::Syn;
    syn.window = 64240;
    syn.mss = 1460;
    sendSegment(now, host, -1, syn, SegmentKind::Original);
    if (ordinal + 1 < a.count && a.ratePerSecond > 0) {
        const SimTime gap = std::max<SimTime>(1, SimTime(double(usPerSecond) / a.ratePerSecond));
        schedule(a.at + SimTime(ordinal + 1) * gap, QueueKind::FloodSyn, actionIndex, ordinal + 1);
    }
}

} // namespace

Trace Simulator::run(const Scenario &scenario, SimTime until)
{
    SimulationRun run(scenario, until < 0 ? scenario.duration : until);
    return run.run();
}

} // namespace tcplab
