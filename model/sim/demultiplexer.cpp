#include "sim/demultiplexer.h"

namespace tcplab {

void Demultiplexer::addConnection(int socket, int host, SocketAddress local, SocketAddress remote)
{
    const Key key{host, addressKey(local), addressKey(remote)};
    bind(socket, {.key = key, .listener = false, .live = true});
    m_connections[key].append(socket);
}

void Demultiplexer::addListener(int socket, int host, SocketAddress local)
{
    const Key key{host, addressKey(local), 0};
    bind(socket, {.key = key, .listener = true, .live = true});
    m_listeners[key].append(socket);
}

void Demultiplexer::bind(int socket, const Binding &binding)
{
    if (int(m_bindings.size()) <= socket)
        m_bindings.resize(size_t(socket) + 1);
    m_bindings[size_t(socket)] = binding;
}

void Demultiplexer::retire(int socket)
{
    if (socket < 0 || socket >= int(m_bindings.size()) || !m_bindings[size_t(socket)].live)
        return;
    Binding &b = m_bindings[size_t(socket)];
    b.live = false;
    QHash<Key, QList<int>> &table = b.listener ? m_listeners : m_connections;
    auto it = table.find(b.key);
    if (it != table.end()) {
        it->removeOne(socket);
        if (it->isEmpty())
            table.erase(it);
    }
    if (!b.listener)
        m_retiredConnections.insert(b.key, socket);
}

int Demultiplexer::newest(const QHash<Key, QList<int>> &table, const Key &key)
{
    const auto it = table.constFind(key);
    return it == table.constEnd() || it->isEmpty() ? -1 : it->last();
}

int Demultiplexer::connectionFor(int host, const Segment &arriving) const
{
    return connectionWith(host, arriving.destination, arriving.source);
}

int Demultiplexer::connectionWith(int host, SocketAddress local, SocketAddress remote) const
{
    return newest(m_connections, {host, addressKey(local), addressKey(remote)});
}

int Demultiplexer::listenerOn(int host, SocketAddress local) const
{
    return newest(m_listeners, {host, addressKey(local), 0});
}

int Demultiplexer::retiredConnectionFor(int host, const Segment &arriving) const
{
    return m_retiredConnections.value({host, addressKey(arriving.destination), addressKey(arriving.source)}, -1);
}

} // namespace tcplab
