#pragma once

#include "scenario/scenario.h"
#include "trace/trace.h"

#include <QByteArray>
#include <QString>

namespace tcplab {

// The two printable forms of a trace, used by tcplab-cli and by the golden-trace tests.
// Both are deterministic byte for byte (integers only, fixed key order), so a trace can be
// compared with `diff` and kept under version control.

// JSON Lines: one object per event, keys in a fixed order, '\n' after every line.
// Every object starts with "t_us" (integer microseconds) and "event" (traceEventTypeName).
//   app:    host, socket (when the call has one), call, bytes
//   state:  host, socket, from, to (RFC spelling), cause
//   send / deliver / drop: seg (id), from, to (host names; `to` is the dotted address when
//           no host has it), spoofed_src (forged source), sport, dport, seq, ack, flags
//           (array), len, win, mss (when the option is present), kind, keepalive,
//           retransmission_of, duplicate_of (when they apply), key (the sender ordinal the
//           fault options take, "A#3"), reason (drop only), fault and fault_delta_us (when
//           the fault plan touched the segment)
//   timer:  host, socket, timer, action, due_us (set only)
//   notice: host, socket, notice, bytes, error (the errno of a failed call, when it is one)
//   host:   host, what (crash, reboot, kill)
QByteArray traceToJsonLines(const Trace &trace, const Scenario &scenario);

// Readable protocol notation, one line per event, identical in every language:
//   0.050000 A→B SYN seq=1000 win=65535 mss=1460  [A#1]
//   0.100000 B LISTEN → SYN-RECEIVED (rcv-syn)
//   1.000000 A timer rto fire
//   0.075000 A→B ✗ dropped (fault) SYN seq=1000 win=65535 mss=1460
QString traceToText(const Trace &trace, const Scenario &scenario);

// One event of the trace in each form (without the line end); the functions above join
// these. Useful for views that show a single event.
QByteArray traceEventToJson(const Trace &trace, int eventIndex);
QString traceEventToText(const Trace &trace, int eventIndex);

} // namespace tcplab
