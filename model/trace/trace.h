#pragma once

#include <cstdint>

#include "sim/app_action.h"
#include "tcp/endpoint_effects.h"
#include "sim/fault_plan.h"
#include "tcp/segment.h"
#include "sim/sim_time.h"
#include "tcp/tcp_endpoint.h"

#include <QList>
#include <QString>

namespace tcplab {

enum class TraceEventType : uint8_t { App, State, Send, Deliver, Drop, Timer, Notice, Host };
QString traceEventTypeName(TraceEventType t); // "app", "state", "send", ...

enum class DropReason : uint8_t {
    None,
    Fault,        // the fault plan dropped it
    Loss,         // random loss of the network
    HostDown,     // the destination host had crashed
    NoHost,       // nobody has the destination address (forged sources)
    SynQueueFull, // the listener's SYN queue was full
    AcceptQueueFull,
};
QString dropReasonName(DropReason r); // "fault", "loss", "host-down", ...

enum class HostEventKind : uint8_t { Crash, Reboot, Kill };
QString hostEventKindName(HostEventKind k);

// A limit that stopped a run before its end.
enum class RunLimit {
    None,
    Events,    // more events than Simulator::maxEvents
    Cancelled, // stopped from outside (SimulationControl::cancel)
};

struct HostInfo {
    QString name;
    uint32_t address = 0;
    bool attacker = false;
    // The address as a capture showed it, when `address` cannot hold it: an IPv6 end
    // (RFC 5952 text, "2001:db8::1"). Empty for simulated hosts and IPv4 ends.
    QString addressText = {};
};

// An address and port as written together: "10.0.0.1:80", "[2001:db8::1]:80" (an IPv6
// address in brackets, RFC 5952 §6, so the port is not read as one more group).
QString endpointText(const QString &address, int port);

struct SocketInfo {
    int id = -1;
    int host = -1;
    SocketAddress local;
    SocketAddress remote;   // zero for a listener
    bool listener = false;
    int listenerSocket = -1; // for sockets a listener created
    QString label;           // the scenario's label, or "" for unnamed
    int backlog = 0;         // listeners: the effective backlog (listen()'s, else the host's setting)
};

// One segment's whole journey: sent, then delivered or dropped.
struct SegmentRecord {
    int id = -1;
    int fromHost = -1;
    int toHost = -1;        // -1 when nobody has the address
    int fromSocket = -1;    // -1 when a host answered with no socket (RST for a closed port)
    Segment segment;
    SegmentKind kind = SegmentKind::Original;
    SendReason reason = SendReason::None; // why it was sent (RST, SYN cookie, keepalive probe)
    bool dropped = false;
    DropReason dropReason = DropReason::None;
    FaultKind fault = FaultKind::None; // the fault applied to this segment, if any
    int senderOrdinal = 0;  // 1-based among the sender host's segments
    int faultRule = -1;     // index in the scenario's fault list of the first rule that hit it
    SimTime sentAt = 0;
    SimTime arrivesAt = 0;  // when it reaches (or would have reached) the destination
    SimTime droppedAt = 0;  // midway for network drops; at arrival for host-side drops
    SimTime faultDelta = 0;
    // What the segment is (for a network copy: its original's), what a fault rule names.
    SegmentIdentity identity;
    int duplicateOf = -1;   // for a network duplicate: the original's id
    int retransmissionOf = -1; // for a retransmission: the earlier segment with the same seq

    SimTime endsAt() const { return dropped ? droppedAt : arrivesAt; }
};

// One thing that happened. Fields beyond time/type/host/socket depend on the type.
// The one-byte enums sit together so that a long run's million events take 72 bytes each,
// not 104: the kernel zeroes every page a trace grows into, so bytes per event are time.
struct TraceEvent {
    SimTime time = 0;
    // Timer
    SimTime due = 0;
    int host = -1;
    int socket = -1;
    // Send / Deliver / Drop
    int segment = -1;
    // App
    int appBytes = 0;
    int faultRule = -1; // FaultMatchedNothing: the index of the rule in the fault plan
    TraceEventType type = TraceEventType::App;
    AppActionKind appCall = AppActionKind::Connect;
    // State
    TcpState fromState = TcpState::Closed;
    TcpState toState = TcpState::Closed;
    StateCause cause = StateCause::AppConnect;
    DropReason dropReason = DropReason::None;
    TimerKind timer = TimerKind::Retransmission;
    TimerAction timerAction = TimerAction::Set;
    // Notice
    NoticeKind notice = NoticeKind::Established;
    // Host
    HostEventKind hostEvent = HostEventKind::Crash;
    QByteArray data; // Notice
};

} // namespace tcplab

// Both hold only values and implicitly shared Qt containers, so a QList may move them in
// memory as they are: a long run's trace grows by realloc (the kernel remaps its pages)
// instead of copying every record each time the list doubles.
Q_DECLARE_TYPEINFO(tcplab::SegmentRecord, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(tcplab::TraceEvent, Q_RELOCATABLE_TYPE);

namespace tcplab {

// A socket's variables after an event, for the panels.
struct TcbSample {
    SimTime time = 0;
    int eventIndex = 0; // the sample holds from this event on
    TcbSnapshot tcb;
};

// A listener's two queues (the BSD/Linux model, see Listener): half-open connections in the
// SYN queue, established ones not yet accepted in the accept queue.
struct ListenerQueues {
    int synQueue = 0;
    int acceptQueue = 0;
    friend bool operator==(const ListenerQueues &, const ListenerQueues &) = default;
};

// A listener's queue lengths after an event that changed them.
struct ListenerSample {
    SimTime time = 0;
    int eventIndex = 0; // the sample holds from this event on
    ListenerQueues queues;
};

// The ordered record of a run. Answers "what was true at time t" by binary search; nothing
// is ever undone to rewind.
class Trace
{
public:
    QList<HostInfo> hosts;
    // Whether the run stopped early at a limit (then the trace ends there); see Simulator.
    RunLimit stoppedAtLimit = RunLimit::None;
    QList<SocketInfo> sockets;
    QList<SegmentRecord> segments; // indexed by id
    QList<TraceEvent> events;      // ordered by time, then by occurrence
    // For each rule of the run's fault plan: the first segment it hit, or -1 when it
    // matched no segment (then a FaultMatchedNothing notice says so at the end).
    QList<int> faultSegments;
    SimTime endTime = 0;

    // The state of a socket at time t (after all events at exactly t).
    TcpState stateAt(int socket, SimTime t) const;
    // The socket's TCB at time t, or a CLOSED snapshot before it existed.
    TcbSnapshot tcbAt(int socket, SimTime t) const;
    // A listener's queue lengths at time t (after all events at exactly t); empty queues
    // before it existed and for sockets that are no listeners.
    ListenerQueues listenerQueuesAt(int socket, SimTime t) const;
    // Segments sent at or before t that have not yet arrived or been dropped by t.
    QList<int> segmentsInFlight(SimTime t) const;
    // Indexes of the events with t0 <= time < t1.
    QList<int> eventsBetween(SimTime t0, SimTime t1) const;
    // Index of the first event with time >= t (events.size() if none).
    int firstEventAtOrAfter(SimTime t) const;
    // The sockets of one host.
    QList<int> socketsOf(int host) const;
    // Indexes of every event of one socket, in order (empty for an unknown socket).
    const QList<int> &eventsOfSocket(int socket) const;
    // Indexes of the State events of one socket, in order: what stateAt() searches.
    const QList<int> &stateEventsOf(int socket) const;
    // The host's name as the scenario spells it ("A"), or "?" for no such host.
    QString hostName(int host) const;
    // The host's address as every view writes it: the capture's text for an IPv6 end,
    // else the dotted quad ("" for no such host).
    QString hostAddress(int host) const;
    // An address a segment or socket names, written as its host's address when `host` (or,
    // failing that, another host) owns it; the dotted quad for an address nobody owns
    // (forged sources of a SYN flood).
    QString addressText(uint32_t address, int host) const;
    // The remote address of a socket, written as its peer host's address.
    QString remoteAddressText(int socket) const;

    // Called by the simulator as it records.
    void addTcbSample(int socket, const TcbSample &sample);
    void addListenerSample(int socket, const ListenerSample &sample);
    void finish(); // builds the per-socket indexes

private:
    QList<QList<int>> m_stateEventsBySocket; // indexes into events
    QList<QList<int>> m_eventsBySocket;      // indexes into events
    QList<QList<TcbSample>> m_tcbBySocket;
    QList<QList<ListenerSample>> m_listenerBySocket;
};

} // namespace tcplab
