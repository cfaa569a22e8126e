#pragma once

#include <QString>
#include <cstdint>
#include <limits>

namespace tcplab {

// Virtual time in integer microseconds since the start of the simulation.
using SimTime = int64_t;

inline constexpr SimTime usPerMs = 1000;
inline constexpr SimTime usPerSecond = 1000 * 1000;
inline constexpr SimTime msToUs(int64_t ms) { return ms * usPerMs; }
inline constexpr SimTime secondsToUs(int64_t s) { return s * usPerSecond; }

// The longest run: a week of virtual time, as for a scenario file's duration. Longer runs
// teach nothing more and only grow the trace.
inline constexpr SimTime maxRunTime = secondsToUs(7 * 24 * 3600);

// a + b for times and durations that are never negative, saturating at the largest time
// instead of overflowing: a segment delayed "forever" arrives after every run's end.
inline constexpr SimTime addSimTime(SimTime a, SimTime b)
{
    SimTime sum = 0;
    if (__builtin_add_overflow(a, b, &sum))
        return b > 0 ? std::numeric_limits<SimTime>::max() : std::numeric_limits<SimTime>::min();
    return sum;
}

// "0.050000": seconds with six decimals, the trace's time format.
QString formatSimTime(SimTime t);
// Parses "300ms", "2s", "1.5s", "90s", "250us", "2min", "1h"; a bare number is milliseconds.
bool parseDuration(const QString &text, SimTime *out);

} // namespace tcplab
