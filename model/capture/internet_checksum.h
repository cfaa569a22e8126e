#pragma once

#include <QByteArray>
#include <cstdint>

namespace tcplab {

// The Internet checksum (RFC 1071): the ones' complement of the ones' complement sum of
// 16-bit big-endian words. IPv4 (RFC 791 §3.1) and TCP (RFC 9293 §3.1, over the pseudo
// header) both use it.
class InternetChecksum
{
public:
    // Adds bytes as if they followed everything added so far (an odd byte left over from
    // one call pairs with the first byte of the next).
    void add(const uint8_t *data, qsizetype size);
    void add(const QByteArray &bytes) { add(reinterpret_cast<const uint8_t *>(bytes.constData()), bytes.size()); }
    void addWord(uint16_t word);
    // The checksum field's value: the complemented, folded sum.
    uint16_t value() const;

private:
    uint64_t m_sum = 0;
    bool m_odd = false; // the last byte added was the high half of a word
};

} // namespace tcplab
