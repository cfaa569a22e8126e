#include "trace/trace_comparison.h"

#include <algorithm>

namespace tcplab {

namespace {

// Everything about an event a learner could see, without internal ids. Hosts are compared
// by name; Trace::hostName() gives "?" for no host (a segment to a forged address), which no
// scenario host can be called, so "nobody" still only equals "nobody".
bool sameEvent(const Trace &lt, const TraceEvent &l, const Trace &rt, const TraceEvent &r)
{
    if (l.time != r.time || l.type != r.type || lt.hostName(l.host) != rt.hostName(r.host))
        return false;
    switch (l.type) {
    case TraceEventType::App:
        return l.appCall == r.appCall && l.appBytes == r.appBytes;
    case TraceEventType::State:
        return l.fromState == r.fromState && l.toState == r.toState && l.cause == r.cause;
    case TraceEventType::Send:
    case TraceEventType::Deliver:
    case TraceEventType::Drop: {
        const SegmentRecord &ls = lt.segments[l.segment];
        const SegmentRecord &rs = rt.segments[r.segment];
        return ls.segment == rs.segment && ls.kind == rs.kind && l.dropReason == r.dropReason
            && lt.hostName(ls.toHost) == rt.hostName(rs.toHost);
    }
    case TraceEventType::Timer:
        return l.timer == r.timer && l.timerAction == r.timerAction && l.due == r.due;
    case TraceEventType::Notice:
        return l.notice == r.notice && l.data == r.data;
    case TraceEventType::Host:
        return l.hostEvent == r.hostEvent;
    }
    return true;
}

} // namespace

std::optional<TraceDivergence> firstDivergence(const Trace &left, const Trace &right)
{
    const int common = int(std::min(left.events.size(), right.events.size()));
    for (int i = 0; i < common; ++i) {
        const TraceEvent &l = left.events[i];
        const TraceEvent &r = right.events[i];
        if (!sameEvent(left, l, right, r))
            return TraceDivergence{std::min(l.time, r.time), i, i};
    }
    if (left.events.size() == right.events.size())
        return std::nullopt;
    // One run goes on after the other has ended.
    if (left.events.size() > common)
        return TraceDivergence{left.events[common].time, common, -1};
    return TraceDivergence{right.events[common].time, -1, common};
}

} // namespace tcplab
