#include "teach/challenge_goal.h"

#include "trace/trace.h"

namespace tcplab {

namespace {

int hostIndex(const Trace &trace, const QString &name)
{
    for (int i = 0; i < trace.hosts.size(); ++i) {
        if (trace.hosts[i].name == name)
            return i;
    }
    return -1;
}

// The host's connections: its sockets that are no listeners.
QList<int> connectionsOf(const Trace &trace, int host)
{
    QList<int> result;
    for (int socket : trace.socketsOf(host)) {
        if (!trace.sockets[socket].listener)
            result.append(socket);
    }
    return result;
}

TcpState lastStateBeforeClosed(const Trace &trace, int socket)
{
    TcpState last = TcpState::Closed;
    for (int i : trace.stateEventsOf(socket)) {
        const TraceEvent &e = trace.events[i];
        if (e.toState != TcpState::Closed)
            last = e.toState;
    }
    return last;
}

bool countHolds(const Trace &trace, const SegmentCount &c, bool retransmissionsOnly)
{
    const int host = hostIndex(trace, c.host);
    int n = 0;
    for (const SegmentRecord &r : trace.segments) {
        if (r.fromHost != host || r.kind == SegmentKind::Duplicate || (r.segment.flags & c.flags) != c.flags)
            continue;
        if (retransmissionsOnly && r.kind != SegmentKind::Retransmission)
            continue;
        ++n;
    }
    return (c.atLeast < 0 || n >= c.atLeast) && (c.atMost < 0 || n <= c.atMost);
}

} // namespace

bool ChallengeGoal::isMetBy(const Trace &trace) const
{
    if (isEmpty())
        return false;
    if (needsHost()) {
        const int h = hostIndex(trace, host);
        if (h < 0)
            return false;
        const QList<int> connections = connectionsOf(trace, h);
        auto any = [&](auto &&predicate) {
            for (int socket : connections) {
                if (predicate(socket))
                    return true;
            }
            return false;
        };
        if (finalState && !any([&](int s) { return lastStateBeforeClosed(trace, s) == *finalState; }))
            return false;
        if (reachedState && !any([&](int s) {
                for (int i : trace.stateEventsOf(s)) {
                    if (trace.events[i].toState == *reachedState)
                        return true;
                }
                return false;
            }))
            return false;
        if (gaveUpConnecting) {
            // RFC 9293 §3.8.1: the SYN's retransmissions ran out; connect() fails.
            const bool gaveUp = any([&](int s) {
                for (int i : trace.stateEventsOf(s)) {
                    const TraceEvent &e = trace.events[i];
                    if (e.fromState == TcpState::SynSent && e.cause == StateCause::RetriesExhausted)
                        return true;
                }
                return false;
            });
            if (gaveUp != *gaveUpConnecting)
                return false;
        }
        if (notice) {
            bool got = false;
            for (const TraceEvent &e : trace.events)
                got = got || (e.type == TraceEventType::Notice && e.host == h && e.notice == *notice);
            if (!got)
                return false;
        }
    }
    if (retransmissions && !countHolds(trace, *retransmissions, true))
        return false;
    if (segments && !countHolds(trace, *segments, false))
        return false;
    return true;
}

bool noticeKindFromName(const QString &name, NoticeKind *kind)
{
    for (int k = 0; k <= int(NoticeKind::AddressInUse); ++k) {
        if (noticeKindName(NoticeKind(k)) == name) {
            *kind = NoticeKind(k);
            return true;
        }
    }
    return false;
}

} // namespace tcplab
