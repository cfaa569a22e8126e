#include "capture/connection_key.h"

#include <QHashFunctions>

namespace tcplab {

ConnectionKey::ConnectionKey(const CaptureEndpoint &source, const CaptureEndpoint &destination)
    : m_low(source < destination ? source : destination), m_high(source < destination ? destination : source)
{
}

size_t qHash(const ConnectionKey &key, size_t seed)
{
    return qHashMulti(seed, key.low(), key.high());
}

} // namespace tcplab
