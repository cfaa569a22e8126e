#include "capture/ip_address.h"

#include "tcp/segment.h"

#include <QHashFunctions>
#include <cstring>

namespace tcplab {

IpAddress IpAddress::v4(uint32_t address)
{
    IpAddress a;
    a.m_family = Family::V4;
    a.m_bytes[0] = uint8_t(address >> 24);
    a.m_bytes[1] = uint8_t(address >> 16);
    a.m_bytes[2] = uint8_t(address >> 8);
    a.m_bytes[3] = uint8_t(address);
    return a;
}

IpAddress IpAddress::v6(const uint8_t *bytes16)
{
    IpAddress a;
    a.m_family = Family::V6;
    std::memcpy(a.m_bytes.data(), bytes16, 16);
    return a;
}

uint32_t IpAddress::toV4() const
{
    if (!isV4())
        return 0;
    return uint32_t(m_bytes[0]) << 24 | uint32_t(m_bytes[1]) << 16 | uint32_t(m_bytes[2]) << 8 | m_bytes[3];
}

QString IpAddress::toString() const
{
    if (isV4())
        return formatIpv4(toV4());
    if (!isV6())
        return QStringLiteral("?");
    uint16_t words[8];
    for (int i = 0; i < 8; ++i)
        words[i] = uint16_t(m_bytes[2 * i] << 8 | m_bytes[2 * i + 1]);
    // RFC 5952 §4.2: "::" replaces the longest run of two or more zero words, the first
    // one when two runs are equally long.
    int bestStart = -1, bestLength = 1;
    for (int i = 0; i < 8;) {
        if (words[i] != 0) {
            ++i;
            continue;
        }
        int j = i;
        while (j < 8 && words[j] == 0)
            ++j;
        if (j - i > bestLength) {
            bestStart = i;
            bestLength = j - i;
        }
        i = j;
    }
    QString s;
    for (int i = 0; i < 8; ++i) {
        if (i == bestStart) {
            s += QStringLiteral("::");
            i += bestLength - 1;
            continue;
        }
        if (!s.isEmpty() && !s.endsWith(QLatin1Char(':')))
            s += QLatin1Char(':');
        s += QString::number(words[i], 16);
    }
    return s;
}

size_t qHash(const IpAddress &address, size_t seed)
{
    return qHashBits(address.bytes().data(), address.bytes().size(), seed) ^ size_t(address.family());
}

} // namespace tcplab
