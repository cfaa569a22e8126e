#pragma once

#include "capture/ip_address.h"

#include <QString>

namespace tcplab {

// One end of a TCP connection as a capture shows it: address (either family) and port.
struct CaptureEndpoint {
    IpAddress address;
    uint16_t port = 0;

    // "10.0.0.1:40000", "[2001:db8::1]:443" (RFC 5952 §6).
    QString toString() const;

    friend bool operator==(const CaptureEndpoint &, const CaptureEndpoint &) = default;
    friend auto operator<=>(const CaptureEndpoint &, const CaptureEndpoint &) = default;
};

size_t qHash(const CaptureEndpoint &endpoint, size_t seed = 0);

} // namespace tcplab
