#pragma once

#include "capture/observed_connection.h"
#include "scenario/scenario.h"

namespace tcplab {

// A captured connection told again as a scenario, so the simulator can run "the same
// story" beside what the capture shows (View ▸ Compare with Model): the same ports and
// initial sequence numbers, the one-way delay the observer measured, the MSS each side
// announced, and the application calls the segments reveal —
// - B listens from time 0 (it answered A's SYN with a SYN,ACK, RFC 9293 §3.10.7.2), with
//   the ISN its SYN,ACK carried; a side that sent a SYN without ACK called OPEN (connect);
// - each side's new data is a SEND at the moment the segment carrying it was sent;
// - a FIN is a CLOSE there, or a SHUTDOWN when the observer saw the side go on reading
//   after it (StateCause::AppShutdown); a RST the observer took for an abort is an ABORT;
// - a segment the observer inferred lost becomes a drop fault, and a network copy a
//   duplicate fault, both keyed by the sender's ordinal as the fault plan counts it.
// Retransmissions, keepalive probes and resets for a missing connection are not calls:
// the simulated stack makes its own, with its own timers (docs/captures.md).
//
// IPv6 ends keep their ports and numbers; the scenario's hosts, which are IPv4 only, get
// the addresses 10.0.0.1 and 10.0.0.2 instead, as do two ends on one address (loopback).
class CaptureStory
{
public:
    enum class Outcome {
        Told,
        // The capture began after the handshake: neither the ISNs nor who opened is known.
        HandshakeMissing,
    };

    // Fills *scenario (id "capture", hosts A and B, no titles: the window words those).
    static Outcome infer(const ObservedConnection &connection, Scenario *scenario);

    // A simulated run as a passive observer's trace would hold it, so the two can be
    // compared event by event (firstDivergence) on what a capture can show: the segments
    // and their fates, the connection's state changes and the notices the observer infers
    // (established, end of stream, reset, refused). Application calls, timers, the
    // listener's own socket and notices no segment reveals are left out; the TCB samples
    // too (the comparison draws sequence diagrams only).
    static Trace observable(const Trace &simulated);
};

} // namespace tcplab
