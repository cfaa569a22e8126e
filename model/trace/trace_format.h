#pragma once

#include "scenario/scenario.h"
#include "trace/trace.h"

#include <QByteArray>
#include <QString>

namespace tcplab {

// The two printable forms of a trace, used by tcplab-cli and by the golden-trace tests.
// Both are deterministic byte for byte (integers only, fixed key order), so a trace can be
// compared with `diff` and kept under version control. docs/trace-format.md describes them.

// How sequence and acknowledgment numbers are printed.
enum class SequenceNumbering {
    Absolute, // as on the wire
    Relative, // as Wireshark shows them: seq from the sender's ISN, ack from the receiver's
};

struct TraceFormatOptions {
    SequenceNumbering numbering = SequenceNumbering::Absolute;
};

// JSON Lines: one object per event, keys in a fixed order, '\n' after every line.
// Every object starts with "t_us" (integer microseconds) and "event" (traceEventTypeName,
// or "socket").
//   socket: (before the first event of each socket) host, socket, label ("B:80↔A:40000",
//           "B:80" for a listener), local, remote (dotted address:port; remote absent for a
//           listener), listener (true for one), parent (the listener that created it),
//           name (the scenario's label, when it has one)
//   app:    host, socket (when the call has one), call, bytes (handed to TCP: 0 when the
//           call failed)
//   state:  host, socket, from, to (RFC spelling), cause
//   send / deliver / drop: host (the sender for send; the receiver for deliver; for drop the
//           host it was going to; absent when no host has the address), socket (the socket
//           that sent or received it; -1 when a host answered with no socket, when it was
//           lost on the way, or when none took it),
//           seg (id), from, to (host names; `to` is the dotted address when
//           no host has it), spoofed_src (forged source), sport, dport, seq, ack, flags
//           (array), len, win, mss (when the option is present), kind, keepalive,
//           retransmission_of, duplicate_of (when they apply), key (the sender ordinal the
//           fault options take, "A#3"), reason (drop only), fault and fault_delta_us (when
//           the fault plan touched the segment)
//   timer:  host, socket, timer, action, due_us (set only)
//   notice: host, socket, notice, bytes, error (the errno of a failed call, when it is one);
//           fault_rule (the index in the fault plan) for fault-matched-nothing, recorded at
//           the end of the run for a fault that hit no segment (socket is -1 then)
//   host:   host, what (crash, reboot, kill)
// A run that stopped early at a limit (Trace::stoppedAtLimit) ends with one more line:
//   limit:  limit ("events", or "cancelled" for a run stopped from outside); t_us is where
//           the run stopped
QByteArray traceToJsonLines(const Trace &trace, const Scenario &scenario,
                            const TraceFormatOptions &options = {});

// Readable protocol notation, one line per event, identical in every language:
//   0.050000 A→B SYN seq=1000 win=65535 mss=1460  [A#1]
//   0.100000 B LISTEN → SYN-RECEIVED (rcv-syn)
//   1.000000 A timer rto fire
//   0.075000 A→B ✗ dropped (fault) SYN seq=1000 win=65535 mss=1460
// a line introducing each socket before its first event:
//   0.100000 B socket 2 B:80↔A:40000 (10.0.0.2:80 ↔ 10.0.0.1:40000)
// and, after a run that stopped early at a limit:
//   12.500000 run stopped at the events limit: the trace is partial
QString traceToText(const Trace &trace, const Scenario &scenario, const TraceFormatOptions &options = {});

// One event of the trace in each form (without the line end); the functions above join
// these. Useful for views that show a single event.
QByteArray traceEventToJson(const Trace &trace, int eventIndex);
QString traceEventToText(const Trace &trace, int eventIndex);

} // namespace tcplab
