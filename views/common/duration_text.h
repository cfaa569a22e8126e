#pragma once

#include "sim/sim_time.h"

#include <QString>

namespace tcplab {

// A duration for a reader, at a precision that fits its size: "250 µs", "40 ms", "1.5 s",
// "58.9 s", "2 min 5 s", "2 h". Units are SI symbols, the same in every language.
QString durationText(SimTime duration);

} // namespace tcplab
