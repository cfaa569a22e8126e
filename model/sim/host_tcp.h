#pragma once

#include "sim/demultiplexer.h"
#include "sim/event_queue.h"
#include "sim/host_table.h"
#include "sim/random_generator.h"
#include "sim/segment_transmitter.h"
#include "sim/trace_recorder.h"
#include "tcp/listener.h"
#include "tcp/tcp_endpoint.h"

#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace tcplab {

// The TCP layer of every host, the kernel's part around the endpoints: the sockets and
// their demultiplexing by four addresses, the host's RST for segments to no connection
// (RFC 9293 §3.10.7.1), listeners with their SYN and accept queues and SYN cookies, the
// teaching variants' host-level quirks, ephemeral ports, crash and process death. Every
// endpoint's effects go through here into the trace, the network and the timers.
class HostTcp
{
public:
    // Options an application sets on a socket (setsockopt); unset ones keep the host's.
    struct SocketOptions {
        std::optional<bool> keepalive;
        std::optional<bool> autoRead;
    };
    struct ListenerOptions {
        int backlog = -1; // listen()'s backlog; 0 or less means the host's setting
        std::optional<uint32_t> childIsn; // a fixed ISN for accepted connections (lessons)
        SocketOptions childOptions;       // inherited by the connections it accepts
    };

    HostTcp(HostTable &hosts, TraceRecorder &recorder, EventQueue &queue,
            SegmentTransmitter &transmitter, RandomGenerator &rng, uint64_t listenerSecretSeed);

    // Called after every input to a socket: `synchronized` when the connection is open for
    // the application (a blocking connect() or accept() would return now), `closed` when a
    // socket is gone.
    void setConnectionHandlers(std::function<void(SimTime, int socket)> synchronized,
                               std::function<void(int socket)> closed);

    // --- the socket API ---
    // socket() + bind() of a server; listen() follows.
    int openListener(int host, uint16_t port, const ListenerOptions &options, const QString &label);
    void listen(SimTime now, int socket);
    // socket() + bind() of a client; connect() follows.
    int openConnection(int host, SocketAddress local, SocketAddress remote,
                       const SocketOptions &options, const QString &label);
    // Active open with `isn`, or an ISN from the seeded generator.
    void connect(SimTime now, int socket, std::optional<uint32_t> isn);
    // A connect() on four addresses `holder` still has fails (EADDRINUSE).
    void refuseAddressInUse(SimTime now, int holder);
    // A free port from Linux's ephemeral range for a connection to `remote`.
    uint16_t ephemeralPort(int host, SocketAddress remote);
    void send(SimTime now, int socket, const QByteArray &data);
    void shutdownWrite(SimTime now, int socket);
    void close(SimTime now, int socket);
    void abort(SimTime now, int socket);
    void read(SimTime now, int socket);

    // --- host events ---
    void crash(SimTime now, int host);   // every connection vanishes without a word
    void reboot(int host);               // up again, knowing nothing
    void killProcesses(SimTime now, int host); // the kernel closes the dead process's sockets

    // --- from the loop ---
    void deliver(SimTime now, int segmentId);
    void timerExpired(SimTime now, int socket, TimerKind timer);

    // --- what the application script may ask ---
    int socketCount() const { return int(m_sockets.size()); }
    int hostOf(int socket) const { return m_sockets[socket].host; }
    bool isOpen(int socket) const { return m_sockets[socket].alive; }
    bool isListener(int socket) const { return m_sockets[socket].listener != nullptr; }
    // The listener that created a connection, or -1 (an active open).
    int listenerOf(int socket) const { return m_sockets[socket].listenerSocket; }
    TcpState state(int socket) const { return m_sockets[socket].endpoint->state(); }
    bool acceptsSend(int socket) const { return m_sockets[socket].endpoint->acceptsSend(); }
    // The live connection with these four addresses, or -1.
    int connectionWith(int host, SocketAddress local, SocketAddress remote) const
    {
        return m_demux.connectionWith(host, local, remote);
    }

private:
    struct Socket {
        int id = -1;
        int host = -1;
        std::unique_ptr<TcpEndpoint> endpoint;
        bool alive = true;
        StateCause closedBy = StateCause::AppClose; // once !alive
        int listenerSocket = -1; // for a connection a listener created
        // A listening socket's own:
        std::unique_ptr<Listener> listener;
        std::optional<uint32_t> childIsn;
        int childrenCreated = 0;
        SocketOptions childOptions;
    };

    std::unique_ptr<TcpEndpoint> newEndpoint(int host, SocketAddress local, const SocketOptions &options) const;
    int addSocket(SocketInfo info, std::unique_ptr<TcpEndpoint> endpoint);
    // A listener's new connection for the segment that opens it (a SYN, or the ACK that
    // proves a SYN cookie), with the listener's options.
    int createChild(int listenerId, const Segment &opening);
    uint32_t nextChildIss(int listenerId);
    void apply(SimTime now, int socket, const EndpointEffects &effects);
    void followListenerQueues(SimTime now, int child, TcpState childState);
    bool returnedToListener(int socket, TcpState state) const;
    void sampleListenerQueues(SimTime now, int listenerId);

    int listenerFor(int host, const Segment &arriving) const;
    // A segment for a listener: shown as delivered unless a full SYN queue refuses it.
    void deliverToListener(SimTime now, int host, int listenerId, const Segment &seg, int segmentId);
    // The listener's answer once the arrival is in the trace.
    // `issFromTimeWait`: the ISN a TIME-WAIT connection chose for its successor.
    void listenerReceives(SimTime now, int host, int listenerId, const Segment &seg, int segmentId,
                          std::optional<uint32_t> issFromTimeWait = std::nullopt);
    // No connection and no listener: RST (RFC 9293 §3.10.7.1), with why there is none.
    void answerNoConnection(SimTime now, int host, const Segment &seg);
    SendReason noConnectionReason(int host, const Segment &seg) const;

    HostTable &m_hosts;
    TraceRecorder &m_recorder;
    EventQueue &m_queue;
    SegmentTransmitter &m_transmitter;
    RandomGenerator &m_rng;
    uint64_t m_listenerSecretSeed;
    std::vector<Socket> m_sockets; // by id
    Demultiplexer m_demux;
    std::function<void(SimTime, int)> m_synchronized;
    std::function<void(int)> m_closed;
};

} // namespace tcplab
