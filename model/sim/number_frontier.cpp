#include "sim/number_frontier.h"

namespace tcplab {

bool NumberFrontier::noteIsNew(qsizetype stream, uint32_t a, uint32_t b)
{
    if (size_t(stream) >= m_streams.size())
        m_streams.resize(size_t(stream) + 1);
    Stream &s = m_streams[size_t(stream)];
    if (!s.seen) {
        s = {a, b, 0, 0, true};
        return true;
    }
    const uint32_t fromA = a - s.baseA; // modulo 2^32: one-to-one, so exact
    const uint32_t fromB = b - s.baseB;
    const bool isNew = fromA > s.maxA || fromB > s.maxB;
    if (fromA > s.maxA)
        s.maxA = fromA;
    if (fromB > s.maxB)
        s.maxB = fromB;
    return isNew;
}

} // namespace tcplab
