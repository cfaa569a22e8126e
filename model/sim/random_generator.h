#pragma once

#include <cstdint>

namespace tcplab {

// SplitMix64: tiny, fast, and identical on every platform and standard library, which
// std::uniform_*_distribution is not. All randomness of a run comes from one of these,
// seeded from the scenario, so runs are reproducible byte for byte.
class RandomGenerator
{
public:
    explicit RandomGenerator(uint64_t seed) : m_state(seed) {}

    uint64_t next()
    {
        uint64_t z = (m_state += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    uint32_t next32() { return static_cast<uint32_t>(next() >> 32); }
    // Uniform in [0, 1).
    double nextUnit() { return static_cast<double>(next() >> 11) * (1.0 / 9007199254740992.0); }
    // Uniform integer in [low, high].
    int64_t nextInRange(int64_t low, int64_t high)
    {
        if (high <= low)
            return low;
        const uint64_t span = static_cast<uint64_t>(high - low) + 1;
        return low + static_cast<int64_t>(next() % span);
    }

private:
    uint64_t m_state;
};

} // namespace tcplab
