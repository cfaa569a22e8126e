#include "sim/application_script.h"

#include <algorithm>
#include <cmath>

namespace tcplab {

ApplicationScript::ApplicationScript(const Scenario &scenario, const HostTable &hosts, HostTcp &tcp,
                                     TraceRecorder &recorder, EventQueue &queue,
                                     SegmentTransmitter &transmitter, RandomGenerator &rng)
    : m_scenario(scenario), m_hosts(hosts), m_tcp(tcp), m_recorder(recorder), m_queue(queue),
      m_transmitter(transmitter), m_rng(rng)
{
}

void ApplicationScript::scheduleActions()
{
    for (int i = 0; i < m_scenario.actions.size(); ++i)
        m_queue.scheduleAction(m_scenario.actions[i].at, i);
}

void ApplicationScript::recordApp(SimTime now, int host, const AppAction &a, int socket, int bytes)
{
    TraceEvent &e = m_recorder.record(now, TraceEventType::App, host, socket);
    e.appCall = a.kind;
    e.appBytes = bytes;
}

void ApplicationScript::recordHost(SimTime now, int host, HostEventKind kind)
{
    m_recorder.record(now, TraceEventType::Host, host, -1).hostEvent = kind;
}

namespace {
// Calls on a connection (as opposed to listen(), connect() and the host's events).
bool isConnectionCall(AppActionKind kind)
{
    switch (kind) {
    case AppActionKind::Send:
    case AppActionKind::Shutdown:
    case AppActionKind::Close:
    case AppActionKind::Abort:
    case AppActionKind::Read:
        return true;
    default:
        return false;
    }
}
} // namespace

void ApplicationScript::run(SimTime now, int index, Timing timing, int resumedSocket)
{
    const AppAction &a = m_scenario.actions[index];
    const int host = m_scenario.hostIndex(a.host);
    if (host < 0)
        return;

    switch (a.kind) {
    case AppActionKind::Crash:
        if (!m_hosts.isUp(host))
            return;
        recordHost(now, host, HostEventKind::Crash);
        m_tcp.crash(now, host);
        return;
    case AppActionKind::Reboot:
        recordHost(now, host, HostEventKind::Reboot);
        m_tcp.reboot(host);
        return;
    case AppActionKind::Kill:
        recordHost(now, host, HostEventKind::Kill);
        m_tcp.killProcesses(now, host);
        return;
    case AppActionKind::SynFlood:
        recordApp(now, host, a, -1);
        if (a.count > 0)
            floodSyn(now, index, 0);
        return;
    case AppActionKind::Inject:
        if (!m_hosts.isUp(host))
            return;
        recordApp(now, host, a, -1, int(a.data.size()));
        inject(now, host, a);
        return;
    default:
        break;
    }
    if (!m_hosts.isUp(host))
        return; // a crashed host runs no applications

    switch (a.kind) {
    case AppActionKind::Listen:
        listen(now, host, a);
        return;
    case AppActionKind::Connect:
        connect(now, host, a);
        return;
    default:
        break;
    }

    int socket = resumedSocket >= 0 ? resumedSocket : targetSocket(host, a);
    if (socket >= 0 && m_tcp.isOpen(socket) && m_tcp.isListener(socket) && a.socket.isEmpty()
        && isConnectionCall(a.kind)) {
        // An unlabelled call on "the connection" when the server holds none: it is never
        // the listening socket's (close() of a listener names it by its label).
        const int accepted = m_lastAccepted.value(socket, -1);
        if (accepted < 0 || !m_waitingForAccept.value(socket).isEmpty()) {
            // No connection yet: the server is still blocked in accept(), so its call comes
            // once there is one (after the calls already waiting, in their order).
            m_waitingForAccept[socket].append(index);
            return;
        }
        // The connection it accepted has ended (reset, timed out): the call is made on it
        // and fails there, as send() or close() on a dead socket does.
        socket = accepted;
    }
    if (socket >= 0 && m_tcp.isOpen(socket) && timing == Timing::AsScripted && waitsForHandshake(a)) {
        // A real application's connect() blocks until the handshake completes, and a server
        // only gets the socket from accept() once it is established. Calls scripted for
        // earlier wait for that moment, so a lost SYN or SYN,ACK delays the whole story
        // instead of closing a connection that never opened.
        const TcpState state = m_tcp.state(socket);
        if (state == TcpState::SynSent || state == TcpState::SynReceived) {
            m_waiting[socket].actions.append(index);
            return;
        }
        if (const SimTime delay = m_waiting.value(socket).delay; delay > 0) {
            // The application is running late by the time it waited for the handshake.
            m_queue.scheduleResumedAction(now + delay, index, socket);
            return;
        }
    }
    // A send() that fails (EPIPE after shutdown, or on a connection that is gone) hands
    // TCP no bytes; the notice that follows says why.
    const bool sendTaken = a.kind == AppActionKind::Send && socket >= 0 && m_tcp.acceptsSend(socket);
    recordApp(now, host, a, socket, sendTaken ? int(a.data.size()) : 0);
    if (a.kind == AppActionKind::Send && socket >= 0 && !m_tcp.isOpen(socket)
        && !m_tcp.isListener(socket)) {
        m_tcp.send(now, socket, a.data); // a connection that is gone: EPIPE
        return;
    }
    if (socket < 0 || !m_tcp.isOpen(socket))
        return;
    switch (a.kind) {
    case AppActionKind::Send: m_tcp.send(now, socket, a.data); break;
    case AppActionKind::Shutdown: m_tcp.shutdownWrite(now, socket); break;
    case AppActionKind::Close: m_tcp.close(now, socket); break;
    case AppActionKind::Abort: m_tcp.abort(now, socket); break;
    case AppActionKind::Read: m_tcp.read(now, socket); break;
    default: break;
    }
}

void ApplicationScript::listen(SimTime now, int host, const AppAction &a)
{
    HostTcp::ListenerOptions options;
    options.backlog = a.backlog;
    options.childIsn = a.isn;
    options.childOptions = {a.keepalive, a.autoRead};
    const int socket = m_tcp.openListener(host, uint16_t(a.port), options, a.socket);
    recordApp(now, host, a, socket);
    m_tcp.listen(now, socket);
}

void ApplicationScript::connect(SimTime now, int host, const AppAction &a)
{
    const int remoteHost = m_scenario.hostIndex(a.to);
    if (remoteHost < 0)
        return;
    const SocketAddress remote{m_hosts[remoteHost].address, uint16_t(a.remotePort)};
    const uint16_t port = a.port > 0 ? uint16_t(a.port) : m_tcp.ephemeralPort(host, remote);
    const SocketAddress local{m_hosts[host].address, port};
    // Four addresses still held (e.g. by TIME-WAIT) cannot start a new connection.
    if (const int holder = m_tcp.connectionWith(host, local, remote); holder >= 0) {
        recordApp(now, host, a, holder);
        m_tcp.refuseAddressInUse(now, holder);
        return;
    }
    const int socket = m_tcp.openConnection(host, local, remote, {a.keepalive, a.autoRead}, a.socket);
    recordApp(now, host, a, socket);
    m_tcp.connect(now, socket, a.isn);
}

bool ApplicationScript::waitsForHandshake(const AppAction &a)
{
    // An abort never waits. A close marked wait_for_handshake: false is an application
    // giving up a connect() still in progress (a connect timeout, a non-blocking connect):
    // the connection exists, so RFC 9293 §3.10.4 (CLOSE call, SYN-SENT STATE: "Delete the
    // TCB") applies at once instead of after a handshake that may never come.
    if (a.kind == AppActionKind::Abort)
        return false;
    return a.kind != AppActionKind::Close || a.waitForHandshake;
}

int ApplicationScript::targetSocket(int host, const AppAction &a) const
{
    const int count = m_tcp.socketCount();
    if (!a.socket.isEmpty()) {
        for (int i = count - 1; i >= 0; --i) {
            if (m_tcp.hostOf(i) == host && m_recorder.socket(i).label == a.socket)
                return i;
        }
        return -1;
    }
    for (int i = count - 1; i >= 0; --i) {
        if (m_tcp.hostOf(i) == host && m_tcp.isOpen(i) && !m_tcp.isListener(i) && isHeldByApplication(i))
            return i;
    }
    for (int i = count - 1; i >= 0; --i) {
        if (m_tcp.hostOf(i) == host && m_tcp.isOpen(i) && m_tcp.isListener(i))
            return i;
    }
    return -1;
}

bool ApplicationScript::isHeldByApplication(int socket) const
{
    return m_tcp.listenerOf(socket) < 0 || m_accepted.contains(socket);
}

void ApplicationScript::connectionSynchronized(SimTime now, int socket)
{
    const int listener = m_tcp.listenerOf(socket);
    if (listener >= 0 && !m_accepted.contains(socket)) {
        // Called after every input while the connection is open: accepted the first time.
        m_lastAccepted[listener] = socket;
        m_accepted.insert(socket);
    }
    if (const auto accepted = m_waitingForAccept.find(listener);
        listener >= 0 && accepted != m_waitingForAccept.end() && !accepted->isEmpty()) {
        // Scripted before the connection existed, so before any call waiting for it.
        QList<int> &actions = m_waiting[socket].actions;
        actions = *accepted + actions;
        accepted->clear();
    }
    const auto it = m_waiting.find(socket);
    if (it == m_waiting.end() || it->actions.isEmpty())
        return;
    const SimTime first = m_scenario.actions[it->actions.first()].at;
    it->delay = now - first;
    for (int index : std::as_const(it->actions))
        m_queue.scheduleResumedAction(m_scenario.actions[index].at + it->delay, index, socket);
    it->actions.clear();
}

void ApplicationScript::connectionClosed(int socket)
{
    // connect() failed: the application's later calls never come.
    if (const auto it = m_waiting.find(socket); it != m_waiting.end())
        it->actions.clear();
    m_waitingForAccept.remove(socket);
}

void ApplicationScript::inject(SimTime now, int host, const AppAction &a)
{
    // A raw socket's segment: whatever the scenario wrote, chosen by no endpoint, so no
    // connection of the sending host knows about it (its own TCP answers any reply).
    const std::optional<SocketAddress> source = m_scenario.socketAddress(a.segment.source);
    const std::optional<SocketAddress> destination = m_scenario.socketAddress(a.segment.destination);
    if (!source || !destination)
        return; // the file reader refuses such a scenario
    Segment seg;
    seg.source = *source;
    seg.destination = *destination;
    seg.flags = a.segment.flags;
    seg.seq = a.segment.seq;
    seg.ack = (a.segment.flags & TcpFlag::Ack) ? a.segment.ack : 0;
    seg.window = uint16_t(a.segment.window);
    seg.payload = a.data;
    m_transmitter.send(now, host, -1, {seg, SegmentKind::Original, SendReason::Injected});
}

void ApplicationScript::floodSyn(SimTime now, int actionIndex, int ordinal)
{
    const AppAction &a = m_scenario.actions[actionIndex];
    const int host = m_scenario.hostIndex(a.host);
    const int target = m_scenario.hostIndex(a.to);
    if (host < 0 || target < 0 || !m_hosts.isUp(host))
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
    m_transmitter.send(now, host, -1, {syn});
    if (ordinal + 1 < a.count && a.ratePerSecond > 0) {
        // Worked out in floating point first: a tiny rate's gap (1e-300 SYN/s) is no integer.
        const double gapUs = std::max(1.0, std::floor(double(usPerSecond) / a.ratePerSecond));
        const double nextAt = double(a.at) + double(ordinal + 1) * gapUs;
        if (nextAt > double(maxRunTime))
            return; // after the end of any run
        m_queue.scheduleFloodSyn(SimTime(nextAt), actionIndex, ordinal + 1);
    }
}

} // namespace tcplab
