#include "sim/host_tcp.h"

#include <algorithm>

namespace tcplab {

namespace {
// Linux's default ephemeral port range (ip_local_port_range).
constexpr int ephemeralLow = 32768;
constexpr int ephemeralHigh = 60999;

bool isBareSyn(const Segment &seg)
{
    return seg.has(TcpFlag::Syn) && !seg.has(TcpFlag::Ack);
}
} // namespace

HostTcp::HostTcp(HostTable &hosts, TraceRecorder &recorder, EventQueue &queue,
                 SegmentTransmitter &transmitter, RandomGenerator &rng, uint64_t listenerSecretSeed)
    : m_hosts(hosts), m_recorder(recorder), m_queue(queue), m_transmitter(transmitter), m_rng(rng),
      m_listenerSecretSeed(listenerSecretSeed)
{
}

void HostTcp::setConnectionHandlers(std::function<void(SimTime, int)> synchronized,
                                    std::function<void(int)> closed)
{
    m_synchronized = std::move(synchronized);
    m_closed = std::move(closed);
}

// ---------------------------------------------------------------------------------------
// Sockets
// ---------------------------------------------------------------------------------------

std::unique_ptr<TcpEndpoint> HostTcp::newEndpoint(int host, SocketAddress local,
                                                  const SocketOptions &options) const
{
    auto endpoint = std::make_unique<TcpEndpoint>(m_hosts[host].settings, local, m_hosts[host].mss);
    if (options.keepalive)
        endpoint->setKeepalive(*options.keepalive);
    if (options.autoRead)
        endpoint->setAutoRead(*options.autoRead);
    return endpoint;
}

int HostTcp::addSocket(SocketInfo info, std::unique_ptr<TcpEndpoint> endpoint)
{
    info.local = endpoint->local();
    const int id = m_recorder.addSocket(info);
    if (info.listener)
        m_demux.addListener(id, info.host, info.local);
    else
        m_demux.addConnection(id, info.host, info.local, info.remote);
    Socket s;
    s.id = id;
    s.host = info.host;
    s.endpoint = std::move(endpoint);
    s.listenerSocket = info.listenerSocket;
    m_sockets.push_back(std::move(s));
    return id;
}

int HostTcp::openListener(int host, uint16_t port, const ListenerOptions &options, const QString &label)
{
    const HostTable::Host &h = m_hosts[host];
    SocketInfo info;
    info.host = host;
    info.listener = true;
    info.label = label;
    // The scenario's listen() may leave the backlog to the host (-1, or 0 from code).
    info.backlog = options.backlog > 0 ? options.backlog : h.settings.backlog;
    const int id = addSocket(info, newEndpoint(host, {h.address, port}, {}));
    Socket &s = m_sockets[size_t(id)];
    s.listener = std::make_unique<Listener>(info.backlog,
                                            h.settings.synCookies ? Listener::SynCookies::On
                                                                  : Listener::SynCookies::Off,
                                            m_listenerSecretSeed * 31 + uint64_t(id));
    s.childIsn = options.childIsn;
    s.childOptions = options.childOptions;
    return id;
}

void HostTcp::listen(SimTime now, int socket)
{
    apply(now, socket, m_sockets[size_t(socket)].endpoint->listen(now));
    sampleListenerQueues(now, socket);
}

int HostTcp::openConnection(int host, SocketAddress local, SocketAddress remote,
                            const SocketOptions &options, const QString &label)
{
    SocketInfo info;
    info.host = host;
    info.remote = remote;
    info.label = label;
    return addSocket(info, newEndpoint(host, local, options));
}

void HostTcp::connect(SimTime now, int socket, std::optional<uint32_t> isn)
{
    const uint32_t iss = isn ? *isn : m_rng.next32();
    const SocketAddress remote = m_recorder.socket(socket).remote;
    apply(now, socket, m_sockets[size_t(socket)].endpoint->connect(now, remote, iss));
}

void HostTcp::refuseAddressInUse(SimTime now, int holder)
{
    TraceEvent &n = m_recorder.record(now, TraceEventType::Notice, hostOf(holder), holder);
    n.notice = NoticeKind::AddressInUse;
}

uint16_t HostTcp::ephemeralPort(int host, SocketAddress remote)
{
    const uint32_t address = m_hosts[host].address;
    for (int attempt = 0; attempt < 64; ++attempt) {
        const auto port = static_cast<uint16_t>(m_rng.nextInRange(ephemeralLow, ephemeralHigh));
        const SocketAddress local{address, port};
        if (m_demux.listenerOn(host, local) < 0 && m_demux.connectionWith(host, local, remote) < 0)
            return port;
    }
    return ephemeralLow;
}

int HostTcp::createChild(int listenerId, const Segment &opening)
{
    const Socket &ls = m_sockets[size_t(listenerId)];
    SocketInfo info;
    info.host = ls.host;
    info.remote = opening.source;
    info.listenerSocket = listenerId;
    return addSocket(info, newEndpoint(ls.host, opening.destination, ls.childOptions));
}

uint32_t HostTcp::nextChildIss(int listenerId)
{
    Socket &ls = m_sockets[size_t(listenerId)];
    // A scenario may fix the server's ISN for readable numbers; later connections on the
    // same listener step it on so each incarnation's numbers differ.
    const uint32_t iss = ls.childIsn ? *ls.childIsn + uint32_t(ls.childrenCreated) * 100000u
                                     : m_rng.next32();
    ++ls.childrenCreated;
    return iss;
}

void HostTcp::send(SimTime now, int socket, const QByteArray &data)
{
    apply(now, socket, m_sockets[size_t(socket)].endpoint->send(now, data));
}

void HostTcp::shutdownWrite(SimTime now, int socket)
{
    apply(now, socket, m_sockets[size_t(socket)].endpoint->shutdownWrite(now));
}

void HostTcp::close(SimTime now, int socket)
{
    apply(now, socket, m_sockets[size_t(socket)].endpoint->close(now));
}

void HostTcp::abort(SimTime now, int socket)
{
    apply(now, socket, m_sockets[size_t(socket)].endpoint->abort(now));
}

void HostTcp::read(SimTime now, int socket)
{
    apply(now, socket, m_sockets[size_t(socket)].endpoint->read(now));
}

// ---------------------------------------------------------------------------------------
// Host events
// ---------------------------------------------------------------------------------------

void HostTcp::crash(SimTime now, int host)
{
    m_hosts.markCrashed(host);
    for (size_t i = 0; i < m_sockets.size(); ++i) {
        if (m_sockets[i].host == host && m_sockets[i].alive)
            apply(now, int(i), m_sockets[i].endpoint->discard(StateCause::HostCrash));
    }
}

void HostTcp::reboot(int host)
{
    m_hosts.markRebooted(host);
}

void HostTcp::killProcesses(SimTime now, int host)
{
    for (size_t i = 0; i < m_sockets.size(); ++i) {
        if (m_sockets[i].host == host && m_sockets[i].alive)
            apply(now, int(i), m_sockets[i].endpoint->processExit(now));
    }
}

// ---------------------------------------------------------------------------------------
// Effects: into the trace, onto the network, into the timer queue
// ---------------------------------------------------------------------------------------

void HostTcp::apply(SimTime now, int socketId, const EndpointEffects &effects)
{
    const int host = m_sockets[size_t(socketId)].host;
    for (const TimerChange &t : effects.timers) {
        if (t.action != TimerAction::Fire)
            continue;
        TraceEvent &e = m_recorder.record(now, TraceEventType::Timer, host, socketId);
        e.timer = t.timer;
        e.timerAction = t.action;
    }
    for (const StateTransition &tr : effects.transitions) {
        TraceEvent &e = m_recorder.record(now, TraceEventType::State, host, socketId);
        e.fromState = tr.from;
        e.toState = tr.to;
        e.cause = tr.cause;
    }
    for (const OutgoingSegment &out : effects.segments)
        m_transmitter.send(now, host, socketId, out);
    for (const TimerChange &t : effects.timers) {
        if (t.action == TimerAction::Fire)
            continue;
        TraceEvent &e = m_recorder.record(now, TraceEventType::Timer, host, socketId);
        e.timer = t.timer;
        e.timerAction = t.action;
        e.due = t.due;
        if (t.action == TimerAction::Set)
            m_queue.scheduleTimer(t.due, socketId, t.timer);
    }
    for (const Notice &n : effects.notices) {
        TraceEvent &e = m_recorder.record(now, TraceEventType::Notice, host, socketId);
        e.notice = n.kind;
        e.data = n.data;
    }

    Socket &s = m_sockets[size_t(socketId)];
    const TcpState state = s.endpoint->state();
    followListenerQueues(now, socketId, state);
    if ((state == TcpState::Closed || returnedToListener(socketId, state)) && s.alive
        && !effects.transitions.isEmpty()) {
        s.alive = false;
        s.closedBy = effects.transitions.last().cause;
        m_demux.retire(socketId);
        if (m_closed)
            m_closed(socketId);
    }
    if (isSynchronized(state) && state != TcpState::TimeWait && m_synchronized)
        m_synchronized(now, socketId);
    m_recorder.sampleTcb(now, socketId, s.endpoint->snapshot());
}

void HostTcp::followListenerQueues(SimTime now, int child, TcpState childState)
{
    const int listenerId = m_sockets[size_t(child)].listenerSocket;
    if (listenerId < 0)
        return;
    Listener *l = m_sockets[size_t(listenerId)].listener.get();
    if (!l || !l->holds(child))
        return;
    if (childState == TcpState::Closed || returnedToListener(child, childState)) {
        l->forget(child);
    } else if (childState != TcpState::SynReceived) {
        // Established: it moves to the accept queue, and our applications accept at once,
        // so it leaves the queue in the same instant.
        l->promote(child);
        l->accept(child);
    }
    sampleListenerQueues(now, listenerId);
}

bool HostTcp::returnedToListener(int socket, TcpState state) const
{
    // A half-open connection that "returns to LISTEN" (RFC 9293 §3.10.7.4) is, in a stack
    // with one socket per listener, the listener dropping the entry: the child's record
    // ends in LISTEN and the listener, which never stopped listening, carries on.
    return state == TcpState::Listen && m_sockets[size_t(socket)].listenerSocket >= 0;
}

void HostTcp::sampleListenerQueues(SimTime now, int listenerId)
{
    const Listener &l = *m_sockets[size_t(listenerId)].listener;
    m_recorder.sampleListenerQueues(now, listenerId, {l.synQueueLength(), l.acceptQueueLength()});
}

void HostTcp::timerExpired(SimTime now, int socket, TimerKind timer)
{
    Socket &s = m_sockets[size_t(socket)];
    if (!s.alive || !m_hosts.isUp(s.host))
        return;
    if (s.endpoint->timerDue(timer) != now)
        return; // re-set or cancelled since: stale
    apply(now, socket, s.endpoint->timerExpired(now, timer));
}

// ---------------------------------------------------------------------------------------
// Arrivals
// ---------------------------------------------------------------------------------------

int HostTcp::listenerFor(int host, const Segment &arriving) const
{
    // A listener is bound to its host's address and the port.
    return m_demux.listenerOn(host, {m_hosts[host].address, arriving.destination.port});
}

void HostTcp::deliver(SimTime now, int segmentId)
{
    const SegmentRecord &rec = m_recorder.segment(segmentId);
    const Segment seg = rec.segment;
    const int host = rec.toHost;
    if (host < 0 || m_hosts[host].attacker) {
        m_recorder.dropOnArrival(now, host, -1, segmentId, DropReason::NoHost); // nobody owns a forged address
        return;
    }
    if (!m_hosts.isUp(host)) {
        m_recorder.dropOnArrival(now, host, -1, segmentId, DropReason::HostDown);
        return;
    }
    if (const int socket = m_demux.connectionFor(host, seg); socket >= 0) {
        TcpEndpoint &endpoint = *m_sockets[size_t(socket)].endpoint;
        m_recorder.record(now, TraceEventType::Deliver, host, socket).segment = segmentId;
        if (endpoint.acceptsNewIncarnation(seg)) {
            // Linux: a new SYN with a higher sequence number ends TIME-WAIT early and goes
            // to the listener as a new connection.
            const std::optional<uint32_t> iss = endpoint.newIncarnationIss();
            apply(now, socket, endpoint.discard(StateCause::SynInTimeWait));
            if (const int listener = listenerFor(host, seg); listener >= 0)
                listenerReceives(now, host, listener, seg, segmentId, iss);
            else
                answerNoConnection(now, host, seg);
            return;
        }
        apply(now, socket, endpoint.segmentArrived(now, seg));
        return;
    }
    if (const int listener = listenerFor(host, seg); listener >= 0) {
        deliverToListener(now, host, listener, seg, segmentId);
        return;
    }
    m_recorder.record(now, TraceEventType::Deliver, host, -1).segment = segmentId;
    if (m_hosts[host].settings.variant == ProtocolVariant::TwoWayHandshake && seg.has(TcpFlag::Syn)
        && seg.has(TcpFlag::Ack)) {
        // Teaching variant: in a two-way handshake the server's confirmation needs no
        // answer, so a host that never asked for the connection simply ignores it.
        return;
    }
    answerNoConnection(now, host, seg);
}

void HostTcp::answerNoConnection(SimTime now, int host, const Segment &seg)
{
    if (auto rst = TcpEndpoint::resetForUnknownConnection(seg))
        m_transmitter.send(now, host, -1, {*rst, SegmentKind::Original, noConnectionReason(host, seg)});
}

SendReason HostTcp::noConnectionReason(int host, const Segment &seg) const
{
    // The host answers the same either way; the trace keeps why the connection is missing.
    const int lost = m_demux.retiredConnectionFor(host, seg);
    if (lost >= 0) {
        switch (m_sockets[size_t(lost)].closedBy) {
        case StateCause::HostCrash: return SendReason::ConnectionLostInCrash;
        case StateCause::NoTimeWait: return SendReason::TimeWaitSkipped;
        default: break;
        }
    }
    return SendReason::NoConnection;
}

void HostTcp::deliverToListener(SimTime now, int host, int listenerId, const Segment &seg, int segmentId)
{
    const Listener &listener = *m_sockets[size_t(listenerId)].listener;
    const bool refusedByFullQueue = isBareSyn(seg) && !seg.has(TcpFlag::Rst)
        && listener.verdictForSyn() == Listener::SynVerdict::Drop;
    if (!refusedByFullQueue) // such a SYN is shown as dropped at the listener, not delivered
        m_recorder.record(now, TraceEventType::Deliver, host, listenerId).segment = segmentId;
    listenerReceives(now, host, listenerId, seg, segmentId);
}

void HostTcp::listenerReceives(SimTime now, int host, int listenerId, const Segment &seg, int segmentId,
                               std::optional<uint32_t> issFromTimeWait)
{
    Listener &listener = *m_sockets[size_t(listenerId)].listener;
    if (seg.has(TcpFlag::Rst))
        return; // §3.10.7.2: a RST to a listener is ignored
    if (isBareSyn(seg)) {
        switch (listener.verdictForSyn()) {
        case Listener::SynVerdict::Drop:
            // The SYN queue is full: the SYN is dropped; the client will retry.
            m_recorder.dropOnArrival(now, host, listenerId, segmentId, DropReason::SynQueueFull);
            m_recorder.record(now, TraceEventType::Notice, host, listenerId).notice = NoticeKind::SynQueueFull;
            return;
        case Listener::SynVerdict::SendCookie: {
            const HostTable::Host &h = m_hosts[host];
            const auto window = static_cast<uint16_t>(std::min(h.settings.window, 65535));
            m_transmitter.send(now, host, listenerId,
                               {listener.cookieSynAck(seg, now, window, h.mss), SegmentKind::Original,
                                SendReason::SynCookie});
            return;
        }
        case Listener::SynVerdict::CreateHalfOpen:
            break;
        }
        const uint32_t nextIss = nextChildIss(listenerId);
        const uint32_t iss = issFromTimeWait.value_or(nextIss);
        const int child = createChild(listenerId, seg);
        listener.addHalfOpen(child);
        sampleListenerQueues(now, listenerId);
        apply(now, child, m_sockets[size_t(child)].endpoint->acceptSyn(now, seg, iss));
        return;
    }
    if (seg.has(TcpFlag::Ack) && !seg.has(TcpFlag::Syn)) {
        if (auto mss = listener.checkCookie(seg, now)) {
            const int child = createChild(listenerId, seg);
            apply(now, child, m_sockets[size_t(child)].endpoint->acceptCookie(now, seg, seg.ack - 1, *mss));
            return;
        }
    }
    // Anything else (an ACK nobody expects): the listening endpoint answers RST.
    apply(now, listenerId, m_sockets[size_t(listenerId)].endpoint->segmentArrived(now, seg));
}

} // namespace tcplab
