#pragma once

#include "sim/sim_time.h"

#include <cstdint>

namespace tcplab {

// Whether a time in an observed trace was read from the capture or worked out.
enum class TimeSource {
    Captured,  // the capture point saw the segment at this moment
    Estimated, // from the capture time and the estimated one-way delay
};

// What the observer knows, and how, about one segment of an observed trace: the facts a
// simulated run has for certain and a capture does not. Parallel to Trace::segments.
struct SegmentObservation {
    int64_t frameNumber = 0;   // in the capture file, 1-based
    SimTime capturedAt = 0;    // trace time at which the capture point saw it
    TimeSource sentAtSource = TimeSource::Estimated;
    TimeSource arrivalSource = TimeSource::Estimated;
    // Inferred from the peer's later behaviour (it retransmitted what this segment
    // acknowledged, or never acknowledged what this segment carried before it came
    // again): the record says dropped, with reason "loss" and a midway time.
    bool lossInferred = false;
    // Sent below the highest sequence number its sender had used, yet never sent before:
    // it arrived later than a segment sent after it (Wireshark's "out-of-order").
    bool outOfOrder = false;
    uint32_t payloadCaptured = 0; // payload bytes the capture holds (the rest are zeros)
};

} // namespace tcplab
