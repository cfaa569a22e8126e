#pragma once

// The hand-built handshake the panel tests share, so each test reads the same numbers.
#include "scenario/scenario.h"
#include "tcp/segment.h"

namespace tcplab::testing {

inline HostSpec host(const char *name, const char *address)
{
    HostSpec h;
    h.name = QString::fromLatin1(name);
    parseIpv4(QString::fromLatin1(address), &h.address);
    return h;
}

inline AppAction action(int64_t atMs, const char *hostName, AppActionKind kind)
{
    AppAction a;
    a.at = msToUs(atMs);
    a.host = QString::fromLatin1(hostName);
    a.kind = kind;
    return a;
}

// B listens on 80 (ISN 5000); A connects from 40000 (ISN 1000) at 10 ms, sends "hello" at
// 300 ms; B sends "world!" at 500 ms; A closes at 800 ms, B at 1000 ms. With 50 ms each
// way: SYN 10 ms, SYN,ACK 60 ms, ACK 110 ms; A in TIME-WAIT from 1.05 s to 61.05 s.
inline Scenario handshake()
{
    Scenario s;
    s.id = QStringLiteral("test-handshake");
    s.hosts = {host("A", "10.0.0.1"), host("B", "10.0.0.2")};
    AppAction listen = action(0, "B", AppActionKind::Listen);
    listen.port = 80;
    listen.isn = 5000;
    AppAction connect = action(10, "A", AppActionKind::Connect);
    connect.to = QStringLiteral("B");
    connect.remotePort = 80;
    connect.port = 40000;
    connect.isn = 1000;
    AppAction sendA = action(300, "A", AppActionKind::Send);
    sendA.data = "hello";
    AppAction sendB = action(500, "B", AppActionKind::Send);
    sendB.data = "world!";
    s.actions = {listen, connect, sendA, sendB, action(800, "A", AppActionKind::Close), action(1000, "B", AppActionKind::Close)};
    s.duration = secondsToUs(70);
    return s;
}

} // namespace tcplab::testing
