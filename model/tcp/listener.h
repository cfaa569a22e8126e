#pragma once

#include "tcp/segment.h"
#include "sim/sim_time.h"

#include <QSet>
#include <optional>

namespace tcplab {

// A passive socket's queues (the BSD/Linux model): half-open connections wait in the SYN
// queue (SYN-RECEIVED) until the handshake's last ACK, then in the accept queue until the
// application accepts them. Bounded by the backlog; SYN cookies let a full SYN queue
// answer without keeping state (RFC 4987 §3.6).
class Listener
{
public:
    enum class SynVerdict {
        CreateHalfOpen, // room in the SYN queue: a child socket in SYN-RECEIVED
        SendCookie,     // queue full, cookies on: a stateless SYN,ACK
        Drop,           // queue full, cookies off: the SYN is dropped
    };

    enum class SynCookies { Off, On };

    Listener(int backlog, SynCookies synCookies, uint64_t secret);

    SynVerdict verdictForSyn() const;
    int synQueueLength() const { return int(m_synQueue.size()); }
    int acceptQueueLength() const { return int(m_acceptQueue.size()); }
    int backlog() const { return m_backlog; }
    bool synCookies() const { return m_synCookies; }

    void addHalfOpen(int socket) { m_synQueue.insert(socket); }
    // The handshake completed: from the SYN queue to the accept queue.
    void promote(int socket);
    void accept(int socket) { m_acceptQueue.remove(socket); }
    // The half-open entry died (RST, retries exhausted, crash).
    void forget(int socket);
    bool holds(int socket) const { return m_synQueue.contains(socket) || m_acceptQueue.contains(socket); }

    // The ISN of a cookie SYN,ACK: a keyed hash of the four addresses, the client's ISN and a
    // 64-second counter, with the MSS encoded in the low three bits.
    uint32_t cookieFor(const Segment &syn, SimTime now) const;
    // The stateless answer to `syn` when the SYN queue is full: a SYN,ACK whose ISN is the
    // cookie, announcing our window and MSS.
    Segment cookieSynAck(const Segment &syn, SimTime now, uint16_t window, uint16_t mss) const;
    // Checks the final ACK of a cookie handshake (ack - 1 must be a cookie from this or the
    // previous counter period); returns the MSS the SYN announced.
    std::optional<uint16_t> checkCookie(const Segment &ack, SimTime now) const;

private:
    uint32_t cookieHash(const Segment &s, uint32_t clientIsn, uint64_t counter) const;

    int m_backlog;
    bool m_synCookies;
    uint64_t m_secret;
    // Sets, not lists: a flood keeps tens of thousands of entries, and each one that
    // leaves (promoted, accepted, timed out) must not cost a scan of the whole queue. The
    // model never asks which entry is oldest, only how many there are and whether one is in.
    QSet<int> m_synQueue;
    QSet<int> m_acceptQueue;
};

} // namespace tcplab
