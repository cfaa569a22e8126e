#pragma once

#include <cstdint>

#include "sim/sim_time.h"
#include "tcp/tcp_flags.h"

#include <QByteArray>
#include <QString>
#include <optional>

namespace tcplab {

// What an application or host does at a moment of the scenario.
enum class AppActionKind : uint8_t {
    Listen,   // passive open on `port`
    Connect,  // active open to `to`:`remotePort`
    Send,     // queue `data`
    Shutdown, // shutdown(SHUT_WR): half-close
    Close,
    Abort,
    Read,     // read everything received so far (for sockets with autoRead off)
    Crash,    // host: stop answering, lose all state
    Reboot,   // host: answer again, knowing nothing
    Kill,     // host: the process exits; the kernel closes its sockets
    SynFlood, // attacker: send `count` SYNs with forged sources at `ratePerSecond`
    Inject,   // host or attacker: send one hand-made segment (`segment`), as a raw socket would
};
QString appActionKindName(AppActionKind k); // "listen", "connect", ..., "syn_flood"
bool appActionKindFromName(const QString &name, AppActionKind *k);

// The segment of an `inject` action, as the scenario wrote it. The addresses are "HOST:PORT"
// or "a.b.c.d:PORT" (Scenario::socketAddress resolves them).
struct InjectedSegment {
    QString source;
    QString destination;
    TcpFlags flags = 0;
    uint32_t seq = 0;
    uint32_t ack = 0;
    int window = 65535;

    friend bool operator==(const InjectedSegment &, const InjectedSegment &) = default;
};

struct AppAction {
    SimTime at = 0;
    QString host;
    AppActionKind kind = AppActionKind::Connect;
    QString socket;            // label of the socket to act on; empty = the host's newest
    int port = 0;              // Listen: local port; Connect: local port (0 = ephemeral)
    QString to;                // Connect / SynFlood: remote host name
    int remotePort = 0;
    // Connect: a fixed ISN, else one from the seeded generator. Listen: the ISN of the
    // connections this listener accepts (readable numbers in lessons).
    std::optional<uint32_t> isn;
    QByteArray data;           // Send; Inject: the segment's payload
    InjectedSegment segment;   // Inject
    int backlog = -1;          // Listen: -1 = protocol default
    std::optional<bool> keepalive;
    std::optional<bool> autoRead;
    // Close: false = the application gives up a connect() still in progress, so the call
    // does not wait for the handshake (RFC 9293 §3.10.4: SYN-SENT deletes the connection).
    bool waitForHandshake = true;
    int count = 0;             // SynFlood
    double ratePerSecond = 0;  // SynFlood

    friend bool operator==(const AppAction &, const AppAction &) = default;
};

} // namespace tcplab
