#pragma once

#include <QString>
#include <cstdint>

namespace tcplab {

// Virtual time in integer microseconds since the start of the simulation.
using SimTime = int64_t;

inline constexpr SimTime usPerMs = 1000;
inline constexpr SimTime usPerSecond = 1000 * 1000;
inline constexpr SimTime msToUs(int64_t ms) { return ms * usPerMs; }
inline constexpr SimTime secondsToUs(int64_t s) { return s * usPerSecond; }

// "0.050000": seconds with six decimals, the trace's time format.
QString formatSimTime(SimTime t);
// Parses "300ms", "2s", "1.5s", "90s", "250us", "2min", "1h"; a bare number is milliseconds.
bool parseDuration(const QString &text, SimTime *out);

} // namespace tcplab
