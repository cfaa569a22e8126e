#pragma once

#include <cstdint>

#include "tcp/segment.h"
#include "sim/sim_time.h"
#include "tcp/tcp_state.h"

#include <QByteArray>
#include <QList>

namespace tcplab {

// Why a state changed. The model speaks in causes; the views turn them into sentences.
enum class StateCause : uint8_t {
    AppListen,          // passive OPEN
    AppConnect,         // active OPEN
    AppClose,           // CLOSE
    AppShutdown,        // shutdown(SHUT_WR): FIN, keep receiving
    AppAbort,           // ABORT
    ProcessExit,        // the process died; the kernel closes its sockets
    SynReceived,        // LISTEN or SYN-SENT got a SYN
    SynAckReceived,     // SYN-SENT got SYN,ACK acknowledging our SYN
    AckOfSynReceived,   // SYN-RECEIVED got the ACK of its SYN
    AckOfFinReceived,   // FIN-WAIT-1, CLOSING or LAST-ACK got the ACK of our FIN
    FinReceived,        // the peer's FIN
    FinAckReceived,     // FIN-WAIT-1 got FIN with ACK of our FIN together
    RstReceived,
    RetriesExhausted,   // retransmission gave up (connect timed out, data unacknowledged)
    TimeWaitExpired,    // 2×MSL passed
    FinWait2Timeout,    // orphaned FIN-WAIT-2 socket gave up
    KeepaliveExhausted, // unanswered keepalive probes
    TwoWayHandshake,    // variant: the server opened on the SYN alone
    NoTimeWait,         // variant: the active closer skipped TIME-WAIT
    HostCrash,          // the host lost all its state
    SynInTimeWait,      // a new SYN reopened a TIME-WAIT connection
    CookieAckReceived,  // a listener's SYN cookie came back in the final ACK (RFC 4987 §3.6)
};
QString stateCauseName(StateCause c); // "rcv-syn", "app-connect", ...

// Persist: the zero-window probe timer (RFC 9293 §3.8.6.1).
enum class TimerKind : uint8_t { Retransmission, TimeWait, FinWait2, Keepalive, DelayedAck, Persist };
QString timerKindName(TimerKind k); // "rto", "2msl", "fin-wait-2", "keepalive", "delayed-ack", "persist"
inline constexpr int timerKindCount = 6;

enum class TimerAction : uint8_t { Set, Fire, Cancel };
QString timerActionName(TimerAction a);

// Notices to the application (RFC 9293 §3.10 user notifications).
enum class NoticeKind : uint8_t {
    Established,       // connect() or accept() may return
    DataReceived,      // bytes handed to the application
    EndOfStream,       // the peer's FIN: read() returns 0
    ConnectionReset,   // "connection reset"
    ConnectionRefused, // RST answered our SYN
    TimedOut,          // retries exhausted
    Closed,            // the connection is gone
    SynQueueFull,      // a listener dropped a SYN because its SYN queue was full
    AcceptQueueFull,
    AddressInUse,      // connect() on four addresses still held by a connection
    // Not from an endpoint: the simulator's word, at the end of a run, that a rule of the
    // fault plan matched no segment (TraceEvent::faultRule says which).
    FaultMatchedNothing,
    BrokenPipe,        // send() after shutdown(), or on a connection that is gone
};
QString noticeKindName(NoticeKind k);
// The errno a failed call returns for a notice that is an error ("ECONNRESET",
// "ECONNREFUSED", "ETIMEDOUT", "EPIPE", "EADDRINUSE"); empty for the others.
QString noticeErrorName(NoticeKind k);

enum class SegmentKind : uint8_t { Original, Retransmission, Duplicate };
QString segmentKindName(SegmentKind k);

// Why a segment was sent, for the segments whose cause a learner asks about (every RST, a
// SYN,ACK carrying a SYN cookie, a keepalive probe). Recorded once, by whoever sends the
// segment: the endpoint in its effects, the host for the segments it answers itself.
enum class SendReason : uint8_t {
    None,                  // an ordinary segment: its flags and numbers say why
    NoConnection,          // RST: no connection has the four addresses and nobody listens (§3.10.7.1)
    ConnectionLostInCrash, // RST: as NoConnection, because the host crashed and rebooted since
    TimeWaitSkipped,       // RST: as NoConnection, because the no-time-wait variant forgot it
    UnacceptableAck,       // RST: the segment acknowledged something never sent (LISTEN,
                           // SYN-SENT, SYN-RECEIVED; §3.10.7.2 – §3.10.7.4)
    AppAbort,              // RST: the application aborted the connection (§3.10.5)
    UnreadDataOnClose,     // RST: closed with received data unread (RFC 2525 §2.17)
    KeepaliveExhausted,    // RST: the keepalive probes went unanswered (Linux)
    SynCookie,             // SYN,ACK whose ISN is a SYN cookie (RFC 4987 §3.6)
    KeepaliveProbe,        // the keepalive timer's probe (RFC 1122 §4.2.3.6)
    DataAfterClose,        // RST: new data reached a socket the application had closed
                           // (RFC 1122 §4.2.2.13)
    Injected,              // a hand-made segment of an `inject` action: no endpoint chose it
    ZeroWindowProbe,       // the persist timer's probe into a zero window (RFC 9293 §3.8.6.1)
    NewSynInSynReceived,   // RST: a new SYN reached a half-open connection (Linux tcp_check_req)
};
QString sendReasonName(SendReason r); // "none", "no-connection", ..., "keepalive-probe"

struct OutgoingSegment {
    Segment segment;
    SegmentKind kind = SegmentKind::Original;
    SendReason reason = SendReason::None;
};
struct StateTransition {
    TcpState from;
    TcpState to;
    StateCause cause;
};
struct TimerChange {
    TimerKind timer;
    TimerAction action;
    SimTime due = 0; // for Set
};
struct Notice {
    NoticeKind kind;
    QByteArray data; // for DataReceived
};

// What one input to an endpoint produced, in order of occurrence.
struct EndpointEffects {
    QList<OutgoingSegment> segments;
    QList<StateTransition> transitions;
    QList<TimerChange> timers;
    QList<Notice> notices;

    bool isEmpty() const
    {
        return segments.isEmpty() && transitions.isEmpty() && timers.isEmpty() && notices.isEmpty();
    }
    void append(const EndpointEffects &other)
    {
        segments += other.segments;
        transitions += other.transitions;
        timers += other.timers;
        notices += other.notices;
    }
};

} // namespace tcplab
