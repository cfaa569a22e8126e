#pragma once

#include "trace/trace.h"

#include <optional>

namespace tcplab {

// Where two runs of a story part ways: used by the side-by-side comparison ("real rule
// versus two-way handshake", "my run versus the scenario as shipped").
// What differs between the two first differing events, checked in this order: a different
// kind of event says more than its time, and its time more than its details. The views word
// it in the learner's language; the model only names it.
enum class DivergenceAspect {
    EventType, // a different kind of event (a state change where the other run sends)
    Time,      // the same event, at another time
    Host,      // the same event on another host
    AppCall,   // another application call, or another byte count
    StateChange, // another state left or entered, or for another reason
    Segment,   // another header, destination, kind (retransmission, copy) or fate
    Timer,     // another timer, timer action or due time
    Notice,    // another notice to the application
    HostEvent, // another crash, reboot or kill
    RunEnded,  // one run has ended while the other goes on
};

struct TraceDivergence {
    SimTime time = 0;      // the moment the first differing event happens
    int leftEvent = -1;    // index of the first differing event in the left trace (-1: none)
    int rightEvent = -1;   // the same in the right trace
    DivergenceAspect aspect = DivergenceAspect::EventType;
};

// Compares the two traces event by event, as a learner would: the same kind of event at the
// same time on the same host, with the same segment header or the same state change.
// Socket and segment ids are not compared (they are bookkeeping). Returns nothing when the
// runs are the same.
std::optional<TraceDivergence> firstDivergence(const Trace &left, const Trace &right);

} // namespace tcplab
