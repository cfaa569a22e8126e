#pragma once

#include "scenario/scenario.h"
#include "sim/event_queue.h"
#include "sim/host_table.h"
#include "sim/host_tcp.h"
#include "sim/random_generator.h"
#include "sim/segment_transmitter.h"
#include "sim/trace_recorder.h"

#include <QHash>
#include <QList>
#include <QSet>

namespace tcplab {

// The scenario's applications and hosts acting at their times: socket calls, crashes and
// reboots, the attacker's SYN flood. Like a real program whose connect() blocks until the
// handshake completes (and whose server gets a socket from accept() only then), calls
// scripted for a socket still in the handshake wait for it, and the rest of that
// application's story runs as late as it had to wait.
class ApplicationScript
{
public:
    ApplicationScript(const Scenario &scenario, const HostTable &hosts, HostTcp &tcp, TraceRecorder &recorder,
                      EventQueue &queue, SegmentTransmitter &transmitter, RandomGenerator &rng);

    // Puts every action into the queue at its scripted time.
    void scheduleActions();
    void runAsScripted(SimTime now, int actionIndex) { run(now, actionIndex, Timing::AsScripted, -1); }
    // An action that waited for the handshake of `socket` (or runs that much later): it is
    // that connection's, even if the connection has ended meanwhile.
    void runResumed(SimTime now, int actionIndex, int socket) { run(now, actionIndex, Timing::Resumed, socket); }
    // The SYN flood's SYN number `ordinal` (0-based); schedules the next one.
    void floodSyn(SimTime now, int actionIndex, int ordinal);

    // From the host's TCP: the socket's connection is open for the application now.
    void connectionSynchronized(SimTime now, int socket);
    // From the host's TCP: the socket is gone; calls waiting for it never come.
    void connectionClosed(int socket);

private:
    enum class Timing { AsScripted, Resumed };
    // What one application waits for: calls held back until its connection is open, and
    // how long it had to wait (its later calls come that much later too).
    struct Waiting {
        QList<int> actions;
        SimTime delay = 0;
    };

    void run(SimTime now, int actionIndex, Timing timing, int resumedSocket);
    void listen(SimTime now, int host, const AppAction &a);
    void connect(SimTime now, int host, const AppAction &a);
    void inject(SimTime now, int host, const AppAction &a);
    // The socket an action means: its labelled socket, else the host's newest open
    // connection the application holds (its own connect()'s, or one accept() returned: a
    // half-open entry of a listener is the kernel's alone), else its newest listener.
    int targetSocket(int host, const AppAction &a) const;
    // Whether a call scripted while its connection is still opening waits for the handshake
    // (and keeps the delay the application had waiting for it).
    static bool waitsForHandshake(const AppAction &a);
    // Whether the application holds this connection: an active open, or accepted.
    bool isHeldByApplication(int socket) const;
    void recordApp(SimTime now, int host, const AppAction &a, int socket, int bytes = 0);
    void recordHost(SimTime now, int host, HostEventKind kind);

    const Scenario &m_scenario;
    const HostTable &m_hosts;
    HostTcp &m_tcp;
    TraceRecorder &m_recorder;
    EventQueue &m_queue;
    SegmentTransmitter &m_transmitter;
    RandomGenerator &m_rng;
    QHash<int, Waiting> m_waiting; // by socket
    // A server's calls made before accept() could return: by listener, they wait for
    // the listener's next established connection.
    QHash<int, QList<int>> m_waitingForAccept;
    // By listener: the connection accept() returned last, alive or not. A call meant for
    // "the connection" after it ended fails on it; it never acts on the listener.
    QHash<int, int> m_lastAccepted;
    QSet<int> m_accepted; // every connection accept() returned
};

} // namespace tcplab
