#pragma once
// The long synthetic exchange the benchmarks lay out and paint.
#include "trace/trace.h"

#include <algorithm>

namespace tcplab {

// A sends 100-byte segments every 10 ms, B acknowledges each; one in 50 is lost and
// retransmitted 200 ms later; one-way delay 20 ms.
inline Trace syntheticTrace(int segmentCount)
{
    Trace trace;
    trace.hosts = {{QStringLiteral("A"), 0x0a000001, false}, {QStringLiteral("B"), 0x0a000002, false}};
    SocketInfo a;
    a.id = 0;
    a.host = 0;
    SocketInfo b;
    b.id = 1;
    b.host = 1;
    trace.sockets = {a, b};
    auto state = [&](SimTime t, int socket, TcpState from, TcpState to) {
        TraceEvent e;
        e.time = t;
        e.type = TraceEventType::State;
        e.host = socket;
        e.socket = socket;
        e.fromState = from;
        e.toState = to;
        trace.events.append(e);
    };
    state(0, 0, TcpState::Closed, TcpState::Established);
    state(0, 1, TcpState::Closed, TcpState::Established);
    const SimTime delay = 20 * usPerMs;
    uint32_t seq = 1000;
    SimTime t = 0;
    while (trace.segments.size() < segmentCount) {
        const int id = int(trace.segments.size());
        SegmentRecord d;
        d.id = id;
        d.fromHost = 0;
        d.toHost = 1;
        d.segment.flags = TcpFlag::Ack | TcpFlag::Psh;
        d.segment.seq = seq;
        d.segment.ack = 5001;
        d.segment.window = 65535;
        d.segment.payload = QByteArray(100, 'x');
        d.sentAt = t;
        d.arrivesAt = t + delay;
        const bool lost = id % 50 == 49;
        if (lost) {
            d.dropped = true;
            d.droppedAt = t + delay / 2;
            d.dropReason = DropReason::Loss;
        }
        trace.segments.append(d);
        if (lost && trace.segments.size() < segmentCount) {
            SegmentRecord r = d;
            r.id = int(trace.segments.size());
            r.kind = SegmentKind::Retransmission;
            r.retransmissionOf = id;
            r.dropped = false;
            r.sentAt = t + 200 * usPerMs;
            r.arrivesAt = r.sentAt + delay;
            trace.segments.append(r);
        }
        if (trace.segments.size() < segmentCount) {
            SegmentRecord ack;
            ack.id = int(trace.segments.size());
            ack.fromHost = 1;
            ack.toHost = 0;
            ack.segment.flags = TcpFlag::Ack;
            ack.segment.seq = 5001;
            ack.segment.ack = seq + 100;
            ack.segment.window = 65535;
            ack.sentAt = t + delay;
            ack.arrivesAt = t + 2 * delay;
            trace.segments.append(ack);
        }
        seq += 100;
        t += 10 * usPerMs;
    }
    for (const SegmentRecord &r : trace.segments) {
        TraceEvent e;
        e.time = r.sentAt;
        e.type = TraceEventType::Send;
        e.host = r.fromHost;
        e.segment = r.id;
        trace.events.append(e);
    }
    std::stable_sort(trace.events.begin(), trace.events.end(),
                     [](const TraceEvent &x, const TraceEvent &y) { return x.time < y.time; });
    trace.endTime = t + 300 * usPerMs;
    trace.finish();
    return trace;
}

} // namespace tcplab
