#pragma once

#include "trace/trace.h"

#include <QHash>

namespace tcplab {

// Writes the trace as the run goes: events in the order they happen, sockets and segments
// with their ids, and the samples the panels read back by time (a socket's TCB, a
// listener's queue lengths). Appends only; nothing recorded is ever changed, except that a
// segment's record learns its fate (dropped on arrival) when it arrives.
class TraceRecorder
{
public:
    TraceRecorder();

    void addHost(const HostInfo &host) { m_trace.hosts.append(host); }
    // Room for about this many events and segments, so a long run's lists do not grow
    // (and copy themselves) again and again as it goes.
    void reserve(qint64 events, qint64 segments);
    // Gives the socket the next id and returns it.
    int addSocket(SocketInfo info);
    // Gives the segment the next id and returns it.
    int addSegment(SegmentRecord record);
    SegmentRecord &segment(int id) { return m_trace.segments[id]; }
    int segmentCount() const { return int(m_trace.segments.size()); }
    const SocketInfo &socket(int id) const { return m_trace.sockets[id]; }

    TraceEvent &record(SimTime t, TraceEventType type, int host, int socket);
    // A Drop event for a segment whose record already says why it was dropped.
    void recordDrop(SimTime t, int host, int socket, int segment, DropReason reason);
    // The segment goes no further than its destination: its record and a Drop event say so.
    void dropOnArrival(SimTime t, int host, int socket, int segment, DropReason reason);

    void sampleTcb(SimTime t, int socket, const TcbSnapshot &tcb);
    // Records the listener's queue lengths if they differ from the last ones recorded.
    void sampleListenerQueues(SimTime t, int socket, ListenerQueues queues);

    // The finished trace; the recorder is empty afterwards.
    Trace finish(SimTime endTime);

private:
    Trace m_trace;
    QHash<int, ListenerQueues> m_lastListenerQueues;
};

} // namespace tcplab
