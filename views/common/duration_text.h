#pragma once

#include "sim/sim_time.h"

#include <QString>

namespace tcplab {

// A duration for a reader, at a precision that fits its size: "250 µs", "40 ms", "1.5 s",
// "58.9 s", "2 min 5 s", "2 h". Units are SI symbols, the same in every language.
QString durationText(SimTime duration);

// A duration down to a chosen resolution, in hours, minutes and seconds once it is two
// minutes or longer, so that hours read as hours: "1 h 59 min 50 s", "2 h 0 min 0.35 s"
// (resolution 10 ms). Shorter durations read as durationText() does.
QString durationText(SimTime duration, SimTime resolution);

// A moment on the time axis, to the given resolution (a power of ten of microseconds, as
// tick steps are): "0.35 s", "63.15 s", and from two minutes on in hours, minutes and
// seconds: "2 min 5 s", "2 h 0 min 0.35 s".
QString timePointText(SimTime t, SimTime resolution);

} // namespace tcplab
