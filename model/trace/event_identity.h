#pragma once

#include "trace/trace.h"

#include <QHash>
#include <QList>
#include <QString>

namespace tcplab {

// What a trace event is, independent of when it happens: the same event of another run of
// the same story (after the learner dropped, delayed or duplicated a segment) has the same
// identity at another time, or no longer happens at all. A scenario's note is bound to one
// (NoteBinder), so it can follow its event.
//
// - a segment sent, delivered or dropped: the segment's identity (SegmentIdentity: sender,
//   exact flags, seq and ack counted from the ISNs, which transmission);
// - a state change: the host, from → to;
// - a timer set, fired or cancelled: the host, the timer, the action;
// - an application call, a notice, a host event: the host and its kind;
// and in each case `ordinal`: which time this host had an event with exactly these
// details (1 = the first), so "A's second 2MSL timer set" stays itself when an earlier
// unrelated event comes or goes.
struct EventIdentity {
    TraceEventType type = TraceEventType::App;
    QString host;
    SegmentIdentity segment;                  // Send, Deliver, Drop
    TcpState fromState = TcpState::Closed;    // State
    TcpState toState = TcpState::Closed;      // State
    TimerKind timer = TimerKind::Retransmission; // Timer
    TimerAction timerAction = TimerAction::Set;  // Timer
    int detail = 0;                           // App: the call, Notice: the kind, Host: the event
    int ordinal = 1;

    // Readable and unique: "deliver A ACK seq=+20 ack=+21 #1 @1", "state B TIME-WAIT>CLOSED @1".
    QString text() const;

    // The identity of every event of a trace, in event order.
    static QList<EventIdentity> ofTrace(const Trace &trace);

    friend bool operator==(const EventIdentity &, const EventIdentity &) = default;
};

size_t qHash(const EventIdentity &identity, size_t seed = 0);

} // namespace tcplab
