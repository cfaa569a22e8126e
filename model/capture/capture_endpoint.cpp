#include "capture/capture_endpoint.h"

#include <QHashFunctions>

namespace tcplab {

QString CaptureEndpoint::toString() const
{
    if (address.isV6())
        return QStringLiteral("[%1]:%2").arg(address.toString()).arg(port);
    return QStringLiteral("%1:%2").arg(address.toString()).arg(port);
}

size_t qHash(const CaptureEndpoint &endpoint, size_t seed)
{
    return qHashMulti(seed, endpoint.address, endpoint.port);
}

} // namespace tcplab
