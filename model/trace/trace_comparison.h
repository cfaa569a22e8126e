#pragma once

#include "trace/trace.h"

#include <optional>

namespace tcplab {

// Where two runs of a story part ways: used by the side-by-side comparison ("real rule
// versus two-way handshake", "my run versus the scenario as shipped").
struct TraceDivergence {
    SimTime time = 0;      // the moment the first differing event happens
    int leftEvent = -1;    // index of the first differing event in the left trace (-1: none)
    int rightEvent = -1;   // the same in the right trace
};

// Compares the two traces event by event, as a learner would: the same kind of event at the
// same time on the same host, with the same segment header or the same state change.
// Socket and segment ids are not compared (they are bookkeeping). Returns nothing when the
// runs are the same.
std::optional<TraceDivergence> firstDivergence(const Trace &left, const Trace &right);

} // namespace tcplab
