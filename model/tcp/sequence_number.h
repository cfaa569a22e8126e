#pragma once

#include <cstdint>

namespace tcplab {

// Sequence number arithmetic modulo 2^32 (RFC 9293 §3.4): a is "less than" b when the
// signed 32-bit distance from a to b is positive. Use these everywhere; never compare
// sequence numbers with < directly.
inline constexpr bool seqLess(uint32_t a, uint32_t b) { return static_cast<int32_t>(a - b) < 0; }
inline constexpr bool seqLessEqual(uint32_t a, uint32_t b) { return static_cast<int32_t>(a - b) <= 0; }
inline constexpr bool seqGreater(uint32_t a, uint32_t b) { return seqLess(b, a); }
inline constexpr bool seqGreaterEqual(uint32_t a, uint32_t b) { return seqLessEqual(b, a); }
// low <= x < high, modulo 2^32.
inline constexpr bool seqInRange(uint32_t low, uint32_t x, uint32_t high)
{
    return seqLessEqual(low, x) && seqLess(x, high);
}
inline constexpr int32_t seqDiff(uint32_t a, uint32_t b) { return static_cast<int32_t>(a - b); }

} // namespace tcplab
