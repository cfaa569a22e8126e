#pragma once

#include "scenario/scenario.h"
#include "trace/trace.h"

namespace tcplab {

class SimulationControl;

// Runs a scenario in virtual time and records the trace. Deterministic: the same scenario
// (with its seed and faults) gives the same trace, byte for byte.
class Simulator
{
public:
    // A run stops after `maxEvents` events (and says so in Trace::stoppedAtLimit): a
    // keepalive ping-pong for a week, or megabytes sent one byte at a time, would
    // otherwise fill the memory before it ends. A run whose sends alone need more events
    // (RunProjection) stops at time 0 without running.
    static constexpr qint64 defaultMaxEvents = 2'000'000;

    // `until` < 0 uses the scenario's duration. `control`, when given, hears the run's
    // progress and can cancel it (then Trace::stoppedAtLimit is RunLimit::Cancelled).
    static Trace run(const Scenario &scenario, SimTime until = -1, qint64 maxEvents = defaultMaxEvents,
                     SimulationControl *control = nullptr);
};

} // namespace tcplab
