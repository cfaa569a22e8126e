#include "tcp/listener.h"

#include <array>

namespace tcplab {

namespace {
// The MSS values a cookie can carry (Linux's msstab), indexed by three bits.
constexpr std::array<uint16_t, 8> cookieMss = {536, 1200, 1300, 1400, 1440, 1452, 1460, 8960};
constexpr SimTime cookiePeriod = 64 * usPerSecond;

uint64_t mix(uint64_t h, uint64_t v)
{
    h ^= v + 0x9E3779B97F4A7C15ull + (h << 6) + (h >> 2);
    return h * 0xBF58476D1CE4E5B9ull;
}
} // namespace

Listener::Listener(int backlog, SynCookies synCookies, uint64_t secret)
    : m_backlog(backlog), m_synCookies(synCookies == SynCookies::On), m_secret(secret)
{
}

Listener::SynVerdict Listener::verdictForSyn() const
{
    if (synQueueLength() < m_backlog && acceptQueueLength() < m_backlog)
        return SynVerdict::CreateHalfOpen;
    return m_synCookies ? SynVerdict::SendCookie : SynVerdict::Drop;
}

void Listener::promote(int socket)
{
    m_synQueue.remove(socket);
    m_acceptQueue.insert(socket);
}

void Listener::forget(int socket)
{
    m_synQueue.remove(socket);
    m_acceptQueue.remove(socket);
}

uint32_t Listener::cookieHash(const Segment &s, uint32_t clientIsn, uint64_t counter) const
{
    // s is seen from the client: source = client, destination = us.
    uint64_t h = m_secret;
    h = mix(h, s.source.address);
    h = mix(h, s.source.port);
    h = mix(h, s.destination.address);
    h = mix(h, s.destination.port);
    h = mix(h, clientIsn);
    h = mix(h, counter);
    return static_cast<uint32_t>(h >> 32);
}

uint32_t Listener::cookieFor(const Segment &syn, SimTime now) const
{
    int index = 0;
    for (int i = 0; i < int(cookieMss.size()); ++i) {
        if (cookieMss[i] <= (syn.mss ? syn.mss : 536))
            index = i;
    }
    const uint64_t counter = static_cast<uint64_t>(now / cookiePeriod);
    return (cookieHash(syn, syn.seq, counter) & ~7u) | uint32_t(index);
}

Segment Listener::cookieSynAck(const Segment &syn, SimTime now, uint16_t window, uint16_t mss) const
{
    // No state kept: the ISN itself remembers the connection (RFC 4987 §3.6).
    Segment synAck;
    synAck.source = syn.destination;
    synAck.destination = syn.source;
    synAck.seq = cookieFor(syn, now);
    synAck.ack = syn.seq + 1;
    synAck.flags = TcpFlag::Syn | TcpFlag::Ack;
    synAck.window = window;
    synAck.mss = mss;
    return synAck;
}

std::optional<uint16_t> Listener::checkCookie(const Segment &ack, SimTime now) const
{
    if (!m_synCookies)
        return std::nullopt;
    const uint32_t cookie = ack.ack - 1;
    const uint32_t clientIsn = ack.seq - 1;
    const uint64_t counter = static_cast<uint64_t>(now / cookiePeriod);
    for (uint64_t c : {counter, counter == 0 ? counter : counter - 1}) {
        if ((cookieHash(ack, clientIsn, c) & ~7u) == (cookie & ~7u))
            return cookieMss[cookie & 7u];
    }
    return std::nullopt;
}

} // namespace tcplab
