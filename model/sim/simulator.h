#pragma once

#include "scenario/scenario.h"
#include "trace/trace.h"

namespace tcplab {

// Runs a scenario in virtual time and records the trace. Deterministic: the same scenario
// (with its seed and faults) gives the same trace, byte for byte.
class Simulator
{
public:
    // `until` < 0 uses the scenario's duration.
    static Trace run(const Scenario &scenario, SimTime until = -1);
};

} // namespace tcplab
