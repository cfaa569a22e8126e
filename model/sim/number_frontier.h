#pragma once

#include <QtGlobal>

#include <cstdint>
#include <vector>

namespace tcplab {

// Tells when a key is certainly new without looking it up. Keys fall into streams (a
// sender's segments with one set of flags, a socket's segments), and along a stream two
// 32-bit numbers (sequence and acknowledgment numbers) mostly grow: a key with a number
// above every one its stream has shown is one the stream has never shown. Then a table far
// beyond the caches need not be searched for it (FlatTable::insertAbsent). Numbers are
// measured from the stream's first, so a stream that starts anywhere in the 32-bit space
// counts up from 0; the answer is exact whatever the order (a number at or below the
// frontier only means "look it up").
class NumberFrontier
{
public:
    // Notes (a, b) in `stream` (a small number, 0 …) and says whether that stream has
    // never shown this pair before, as far as the frontier can tell.
    bool noteIsNew(qsizetype stream, uint32_t a, uint32_t b);

private:
    struct Stream {
        uint32_t baseA = 0;
        uint32_t baseB = 0;
        uint32_t maxA = 0; // from baseA
        uint32_t maxB = 0; // from baseB
        bool seen = false;
    };
    std::vector<Stream> m_streams;
};

} // namespace tcplab
