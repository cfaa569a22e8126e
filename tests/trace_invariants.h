#pragma once

// What TCP must keep whatever the network does, checked on a recorded Trace. Each
// invariant is one function returning the violations it found (empty: kept), each a
// sentence naming the socket, the time and the rule, so a failing test says what broke.
// tst_random_fault_plans runs them over thousands of disturbed runs and proves, for each,
// that it reports a trace corrupted in exactly its property; any other test may call them.
#include "scenario/scenario.h"
#include "trace/trace.h"

#include <QList>
#include <QStringList>

namespace tcplab::testing {

// One run to check: the trace, the scenario it came from (settings per host, the actions
// the applications made) and the time limit the simulator was given.
struct CheckedRun {
    const Scenario *scenario = nullptr;
    const Trace *trace = nullptr;
    SimTime limit = 0;
    // Whether every connection had time and reason to end CLOSED (all applications close,
    // no host crashed for good, the limit leaves room for retries and TIME-WAIT).
    bool expectAllClosed = false;
};

namespace TraceInvariants {

using Check = QStringList (*)(const CheckedRun &);

struct Invariant {
    const char *name;
    Check check;
};

// Every invariant below, by name, in the order they are declared.
QList<Invariant> all();
// all() run over one trace: "name: violation" lines.
QStringList checkAll(const CheckedRun &run);

// The application sees end-of-stream only once every byte its peer sent before the FIN
// was handed over (RFC 9293 §3.10.7.4, eighth: the FIN counts only when everything before
// it has arrived).
QStringList endOfStreamOnlyAfterAllPeerBytes(const CheckedRun &run);

// An application's send, shutdown, read, close or abort acts on a connection, never on a
// listening socket — except a close or abort the scenario addressed to that listener by
// its label (RFC 9293 §3.10.2: SEND on a LISTEN socket is not a data transfer).
QStringList noAppCallResolvedToListener(const CheckedRun &run);

// Per socket, each state change starts where the previous one ended, and is an edge of
// RFC 9293's state diagram (Figure 5 and its notes 1–3), an error transition the text
// allows (RST, ABORT, timeouts: §3.10.5, §3.10.7, §3.8.3), or an edge of the teaching
// variant the socket's host runs.
QStringList stateChangesFollowTheDiagram(const CheckedRun &run);

// Once CLOSED, a socket sends nothing more and runs no timer: it ends its closing instant
// with every timer cancelled and changes state no more.
QStringList nothingAfterClosed(const CheckedRun &run);

// TIME-WAIT lasts at least 2×MSL after it began and after the last FIN received; a FIN
// arriving in TIME-WAIT is acknowledged again and restarts the 2×MSL timer (RFC 9293
// §3.10.7.4, eighth check); it ends early only for a reason a setting or the RFC allows.
QStringList timeWaitLastsTwoMsl(const CheckedRun &run);

// The acknowledgment numbers a socket sends never go back and never acknowledge a
// sequence number the peer has not sent yet (RFC 9293 §3.4).
QStringList acksNeverDecreaseNorExceedThePeer(const CheckedRun &run);

// A FIN keeps its sequence number across retransmissions (RFC 9293 §3.10.4: the FIN
// occupies one fixed place in the sequence space).
QStringList finSequenceNumberIsStable(const CheckedRun &run);

// Retransmission timeouts: at most syn_retries / synack_retries / data_retries
// retransmissions before giving up (no fewer when it gives up; a SYN retried in SYN-SENT
// that moves to SYN-RECEIVED keeps its count); the first SYN
// or SYN,ACK timeout is rto_initial; each retransmission doubles the timeout, capped at
// rto_max (RFC 6298 §5.5), except the first syn_linear_timeouts SYN retries; a timer fires
// exactly when it was due; a re-armed timer retransmitted something.
QStringList retransmissionsWithinLimitsAndBackoff(const CheckedRun &run);

// The same scenario and limit, run again, give the same trace text (DESIGN.md: the
// simulation is deterministic).
QStringList determinism(const CheckedRun &run);

// Nothing happens after the run's limit, and events are in time order.
QStringList noEventAfterTheLimit(const CheckedRun &run);

// New data arriving after the application called close() (or its process was killed)
// is answered with RST, not acknowledged: nobody is left to read it (RFC 1122
// §4.2.2.13; Linux tcp_rcv_state_process does the same).
QStringList dataAfterCloseIsAnsweredWithRst(const CheckedRun &run);

// Each application receives a prefix of the bytes its peer's application sent — never
// reordered, repeated or invented; data of two sockets never mixes into one stream.
QStringList receivedDataIsAPrefixOfSentData(const CheckedRun &run);

// A socket's sequence numbers only grow (mod 2^32); a retransmission repeats bytes sent
// before, with the same content; after the handshake every segment carries ACK.
QStringList sequenceNumbersOnlyGrow(const CheckedRun &run);

// A failure notice (timed out, reset, refused) means the connection is CLOSED at that
// instant: the application is told only once the connection is gone.
QStringList failureNoticeMeansClosed(const CheckedRun &run);

// When the run expects it (CheckedRun::expectAllClosed), every connection ends CLOSED.
QStringList connectionsEndClosed(const CheckedRun &run);

} // namespace TraceInvariants
} // namespace tcplab::testing
