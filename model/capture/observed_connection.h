#pragma once

#include "capture/capture_endpoint.h"
#include "capture/capture_vantage.h"
#include "capture/segment_observation.h"
#include "trace/trace.h"

#include <QList>

namespace tcplab {

// One connection read from a capture, as a Trace the views show like a simulated run
// (hosts A and B, one socket each, every captured segment, both sides' inferred states),
// and beside it what the trace cannot say for itself: which times were seen and which
// worked out, which losses were inferred, the real addresses (also IPv6), and how the
// capture point and the delay were found.
struct ObservedConnection {
    Trace trace;
    QList<SegmentObservation> observations; // parallel to trace.segments
    CaptureEndpoint a;                      // the side that opened the connection
    CaptureEndpoint b;
    CaptureVantage vantage = CaptureVantage::Middle;
    bool vantageGiven = false;  // the caller said where the capture was taken
    bool delayMeasured = false; // false: no segment was acknowledged, oneWayDelay is 0
    SimTime oneWayDelay = 0;    // estimated, the same both ways
    bool handshakeSeen = false; // false: the connection began before the capture
    int64_t timeOriginUs = 0;   // Unix time (µs) of the trace's time 0
};

} // namespace tcplab
