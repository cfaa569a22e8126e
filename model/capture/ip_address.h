#pragma once

#include <QString>
#include <array>
#include <cstdint>

namespace tcplab {

// An IPv4 or IPv6 address as read from a capture. The model's SocketAddress is IPv4 only;
// the capture layer keeps both families so a conversation over IPv6 is still listed and
// observed (its trace then has the addresses only here, see docs/captures.md).
class IpAddress
{
public:
    enum class Family : uint8_t { None, V4, V6 };

    IpAddress() = default;
    static IpAddress v4(uint32_t address);
    static IpAddress v6(const uint8_t *bytes16);

    Family family() const { return m_family; }
    bool isV4() const { return m_family == Family::V4; }
    bool isV6() const { return m_family == Family::V6; }
    // The IPv4 address as the model keeps it (0 for IPv6).
    uint32_t toV4() const;
    const std::array<uint8_t, 16> &bytes() const { return m_bytes; }

    // Dotted quad, or RFC 5952 text for IPv6 ("2001:db8::1").
    QString toString() const;

    friend bool operator==(const IpAddress &, const IpAddress &) = default;
    friend auto operator<=>(const IpAddress &, const IpAddress &) = default;

private:
    Family m_family = Family::None;
    std::array<uint8_t, 16> m_bytes{}; // IPv4 in the first four bytes
};

size_t qHash(const IpAddress &address, size_t seed = 0);

} // namespace tcplab
