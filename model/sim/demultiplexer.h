#pragma once

#include "tcp/segment.h"

#include <QHash>
#include <QList>

#include <vector>

namespace tcplab {

// Which socket an arriving segment belongs to (RFC 9293 §3.10.7): the connection with its
// four addresses, else a listener on its port. A socket stops receiving once retired
// (closed); the connection retired last for four addresses is remembered, so the host
// can tell why it has none. Hash lookups, so a flood of thousands of sockets stays fast.
class Demultiplexer
{
public:
    void addConnection(int socket, int host, SocketAddress local, SocketAddress remote);
    void addListener(int socket, int host, SocketAddress local);
    void retire(int socket);

    // The live connection on `host` that `arriving` is addressed to, or -1.
    int connectionFor(int host, const Segment &arriving) const;
    // The live connection with these four addresses, or -1.
    int connectionWith(int host, SocketAddress local, SocketAddress remote) const;
    // The live listener on `host` bound to `local`, or -1.
    int listenerOn(int host, SocketAddress local) const;
    // The connection for these four addresses that was retired last, or -1.
    int retiredConnectionFor(int host, const Segment &arriving) const;

private:
    static quint64 addressKey(SocketAddress a) { return (quint64(a.address) << 16) | a.port; }
    struct Key {
        int host = -1;
        quint64 local = 0;
        quint64 remote = 0; // 0 for a listener
        friend bool operator==(const Key &, const Key &) = default;
        friend size_t qHash(const Key &k, size_t seed = 0)
        {
            return qHashMulti(seed, k.host, k.local, k.remote);
        }
    };
    struct Binding {
        Key key;
        bool listener = false;
        bool live = false;
    };
    void bind(int socket, const Binding &binding);
    static int newest(const QHash<Key, QList<int>> &table, const Key &key);

    std::vector<Binding> m_bindings;         // by socket id
    QHash<Key, QList<int>> m_connections;   // live, oldest first
    QHash<Key, QList<int>> m_listeners;     // live, oldest first
    QHash<Key, int> m_retiredConnections;   // the newest retired per four addresses
};

} // namespace tcplab
