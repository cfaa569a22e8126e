#pragma once
// Hand-built traces for the sequence diagram tests (layout and view), recorded the way the
// simulator records them, so the views can be tested without the simulator.
#include "trace/trace.h"

#include <algorithm>

namespace tcplab::testtraces {

constexpr SimTime ms = usPerMs;
constexpr SimTime oneWay = 50 * ms;

// Builds traces by hand, the way the simulator records them.
class TraceBuilder
{
public:
    Trace trace;

    int host(const QString &name, uint32_t address, bool attacker = false)
    {
        trace.hosts.append({name, address, attacker});
        return int(trace.hosts.size()) - 1;
    }
    int socket(int host, bool listener = false)
    {
        SocketInfo s;
        s.id = int(trace.sockets.size());
        s.host = host;
        s.listener = listener;
        trace.sockets.append(s);
        return s.id;
    }
    void state(SimTime t, int socket, TcpState from, TcpState to)
    {
        TraceEvent e;
        e.time = t;
        e.type = TraceEventType::State;
        e.host = trace.sockets[socket].host;
        e.socket = socket;
        e.fromState = from;
        e.toState = to;
        trace.events.append(e);
    }
    void timer(SimTime t, int socket, TimerKind kind, TimerAction action, SimTime due = 0)
    {
        TraceEvent e;
        e.time = t;
        e.type = TraceEventType::Timer;
        e.host = trace.sockets[socket].host;
        e.socket = socket;
        e.timer = kind;
        e.timerAction = action;
        e.due = due;
        trace.events.append(e);
    }
    int segment(int from, int to, TcpFlags flags, uint32_t seq, uint32_t ack, SimTime sentAt,
                SimTime delay = oneWay, int payload = 0)
    {
        SegmentRecord r;
        r.id = int(trace.segments.size());
        r.fromHost = from;
        r.toHost = to;
        r.segment.flags = flags;
        r.segment.seq = seq;
        r.segment.ack = ack;
        r.segment.window = 65535;
        r.segment.payload = QByteArray(payload, 'x');
        r.sentAt = sentAt;
        r.arrivesAt = sentAt + delay;
        trace.segments.append(r);
        TraceEvent e;
        e.time = sentAt;
        e.type = TraceEventType::Send;
        e.host = from;
        e.segment = r.id;
        trace.events.append(e);
        return r.id;
    }
    void drop(int segment, SimTime at, DropReason reason)
    {
        SegmentRecord &r = trace.segments[segment];
        r.dropped = true;
        r.droppedAt = at;
        r.dropReason = reason;
        r.fault = reason == DropReason::Fault ? FaultKind::Drop : FaultKind::None;
    }
    Trace finish(SimTime end)
    {
        std::stable_sort(trace.events.begin(), trace.events.end(),
                         [](const TraceEvent &a, const TraceEvent &b) { return a.time < b.time; });
        trace.endTime = end;
        trace.finish();
        return trace;
    }
};

constexpr TcpFlags SYN = TcpFlag::Syn;
constexpr TcpFlags ACK = TcpFlag::Ack;
constexpr TcpFlags FIN = TcpFlag::Fin;

// A's SYN is lost; after the 1 s RTO the retransmission opens the connection; A sends 100
// bytes, B's delayed ACK answers; A closes first and waits 60 s in TIME-WAIT.
inline Trace lostSynThenCloseWithTimeWait()
{
    TraceBuilder b;
    const int A = b.host(QStringLiteral("A"), 0x0a000001);
    const int B = b.host(QStringLiteral("B"), 0x0a000002);
    const int a = b.socket(A);
    const int listener = b.socket(B, true);
    const int s = b.socket(B);
    b.state(0, listener, TcpState::Closed, TcpState::Listen);
    b.state(0, a, TcpState::Closed, TcpState::SynSent);
    const int syn = b.segment(A, B, SYN, 1000, 0, 0);
    b.drop(syn, 25 * ms, DropReason::Fault);
    b.timer(0, a, TimerKind::Retransmission, TimerAction::Set, 1000 * ms);
    b.timer(1000 * ms, a, TimerKind::Retransmission, TimerAction::Fire);
    const int again = b.segment(A, B, SYN, 1000, 0, 1000 * ms);
    b.trace.segments[again].kind = SegmentKind::Retransmission;
    b.trace.segments[again].retransmissionOf = syn;
    b.timer(1000 * ms, a, TimerKind::Retransmission, TimerAction::Set, 3000 * ms);
    b.state(1050 * ms, s, TcpState::Closed, TcpState::SynReceived);
    b.segment(B, A, SYN | ACK, 5000, 1001, 1050 * ms);
    b.state(1100 * ms, a, TcpState::SynSent, TcpState::Established);
    b.timer(1100 * ms, a, TimerKind::Retransmission, TimerAction::Cancel);
    b.segment(A, B, ACK, 1001, 5001, 1100 * ms);
    b.state(1150 * ms, s, TcpState::SynReceived, TcpState::Established);
    b.segment(A, B, ACK, 1001, 5001, 1200 * ms, oneWay, 100);
    b.timer(1250 * ms, s, TimerKind::DelayedAck, TimerAction::Set, 1290 * ms);
    b.timer(1290 * ms, s, TimerKind::DelayedAck, TimerAction::Fire);
    b.segment(B, A, ACK, 5001, 1101, 1290 * ms);
    b.state(1500 * ms, a, TcpState::Established, TcpState::FinWait1);
    b.segment(A, B, FIN | ACK, 1101, 5001, 1500 * ms);
    b.state(1550 * ms, s, TcpState::Established, TcpState::CloseWait);
    b.segment(B, A, ACK, 5001, 1102, 1550 * ms);
    b.state(1600 * ms, a, TcpState::FinWait1, TcpState::FinWait2);
    b.state(1700 * ms, s, TcpState::CloseWait, TcpState::LastAck);
    b.segment(B, A, FIN | ACK, 5001, 1102, 1700 * ms);
    b.state(1750 * ms, a, TcpState::FinWait2, TcpState::TimeWait);
    b.timer(1750 * ms, a, TimerKind::TimeWait, TimerAction::Set, 61750 * ms);
    b.segment(A, B, ACK, 1102, 5002, 1750 * ms);
    b.state(1800 * ms, s, TcpState::LastAck, TcpState::Closed);
    b.timer(61750 * ms, a, TimerKind::TimeWait, TimerAction::Fire);
    b.state(61750 * ms, a, TcpState::TimeWait, TcpState::Closed);
    return b.finish(61750 * ms);
}

// An attacker M floods B with SYNs from forged addresses; B's SYN,ACKs go to nobody and its
// SYN queue (backlog 4) fills, so the client A's SYN is dropped.
inline Trace synFlood()
{
    TraceBuilder b;
    const int A = b.host(QStringLiteral("A"), 0x0a000001);
    const int B = b.host(QStringLiteral("B"), 0x0a000002);
    const int M = b.host(QStringLiteral("M"), 0x0a000066, true);
    const int listener = b.socket(B, true);
    b.state(0, listener, TcpState::Closed, TcpState::Listen);
    for (int i = 0; i < 5; ++i) {
        const SimTime t = i * 20 * ms;
        b.segment(M, B, SYN, 7000 + 100 * i, 0, t);
        if (i < 4) {
            const int half = b.socket(B);
            b.state(t + oneWay, half, TcpState::Closed, TcpState::SynReceived);
            b.segment(B, -1, SYN | ACK, 5000 + 100 * i, 7001 + 100 * i, t + oneWay);
            b.timer(t + oneWay, half, TimerKind::Retransmission, TimerAction::Set, t + oneWay + 1000 * ms);
        } else {
            b.drop(int(b.trace.segments.size()) - 1, t + oneWay, DropReason::SynQueueFull);
        }
    }
    const int a = b.socket(A);
    b.state(120 * ms, a, TcpState::Closed, TcpState::SynSent);
    const int syn = b.segment(A, B, SYN, 1000, 0, 120 * ms);
    b.drop(syn, 120 * ms + oneWay, DropReason::SynQueueFull);
    return b.finish(400 * ms);
}

} // namespace tcplab::testtraces
