#pragma once

#include "capture/capture_endpoint.h"

namespace tcplab {

// The four addresses that name a TCP connection (RFC 9293 §3.4), in an order that does
// not depend on the direction: a packet and its answer have the same key.
class ConnectionKey
{
public:
    ConnectionKey() = default;
    ConnectionKey(const CaptureEndpoint &source, const CaptureEndpoint &destination);

    const CaptureEndpoint &low() const { return m_low; }
    const CaptureEndpoint &high() const { return m_high; }

    friend bool operator==(const ConnectionKey &, const ConnectionKey &) = default;

private:
    CaptureEndpoint m_low;
    CaptureEndpoint m_high;
};

size_t qHash(const ConnectionKey &key, size_t seed = 0);

} // namespace tcplab
