#include "sim/trace_recorder.h"

#include "sim/huge_page_list.h"

#include <utility>

namespace tcplab {

TraceRecorder::TraceRecorder()
{
    m_trace.events.reserve(256);
}

void TraceRecorder::reserve(qint64 events, qint64 segments)
{
    // A list below glibc's mmap threshold grows by realloc within the heap, which copies
    // it each time it doubles; reserved, it is placed once.
    reserveInHugePages(m_trace.events, events);
    reserveInHugePages(m_trace.segments, segments);
}

int TraceRecorder::addSocket(SocketInfo info)
{
    info.id = int(m_trace.sockets.size());
    m_trace.sockets.append(info);
    return info.id;
}

int TraceRecorder::addSegment(SegmentRecord record)
{
    record.id = int(m_trace.segments.size());
    appendInHugePages(m_trace.segments, record);
    return record.id;
}

TraceEvent &TraceRecorder::record(SimTime t, TraceEventType type, int host, int socket)
{
    TraceEvent e;
    e.time = t;
    e.type = type;
    e.host = host;
    e.socket = socket;
    appendInHugePages(m_trace.events, e);
    return m_trace.events.last();
}

void TraceRecorder::recordDrop(SimTime t, int host, int socket, int segment, DropReason reason)
{
    TraceEvent &e = record(t, TraceEventType::Drop, host, socket);
    e.segment = segment;
    e.dropReason = reason;
}

void TraceRecorder::dropOnArrival(SimTime t, int host, int socket, int segment, DropReason reason)
{
    SegmentRecord &rec = m_trace.segments[segment];
    rec.dropped = true;
    rec.droppedAt = t;
    rec.dropReason = reason;
    recordDrop(t, host, socket, segment, reason);
}

void TraceRecorder::sampleTcb(SimTime t, int socket, const TcbSnapshot &tcb)
{
    TcbSample s;
    s.time = t;
    s.eventIndex = int(m_trace.events.size());
    s.tcb = tcb;
    m_trace.addTcbSample(socket, s);
}

void TraceRecorder::sampleListenerQueues(SimTime t, int socket, ListenerQueues queues)
{
    const auto last = m_lastListenerQueues.constFind(socket);
    if (last != m_lastListenerQueues.constEnd() && *last == queues)
        return;
    m_lastListenerQueues.insert(socket, queues);
    ListenerSample s;
    s.time = t;
    s.eventIndex = int(m_trace.events.size());
    s.queues = queues;
    m_trace.addListenerSample(socket, s);
}

Trace TraceRecorder::finish(SimTime endTime)
{
    m_trace.endTime = endTime;
    m_trace.finish();
    m_lastListenerQueues.clear();
    return std::exchange(m_trace, Trace());
}

} // namespace tcplab
