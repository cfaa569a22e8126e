#include "capture/internet_checksum.h"

namespace tcplab {

void InternetChecksum::add(const uint8_t *data, qsizetype size)
{
    for (qsizetype i = 0; i < size; ++i) {
        m_sum += m_odd ? data[i] : uint32_t(data[i]) << 8;
        m_odd = !m_odd;
    }
}

void InternetChecksum::addWord(uint16_t word)
{
    const uint8_t bytes[2] = {uint8_t(word >> 8), uint8_t(word)};
    add(bytes, 2);
}

uint16_t InternetChecksum::value() const
{
    uint64_t sum = m_sum;
    while (sum >> 16)
        sum = (sum & 0xffff) + (sum >> 16);
    return static_cast<uint16_t>(~sum & 0xffff);
}

} // namespace tcplab
