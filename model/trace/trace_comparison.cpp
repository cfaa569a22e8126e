#include "trace/trace_comparison.h"

#include <algorithm>

namespace tcplab {

namespace {

// Everything about an event a learner could see, without internal ids: what differs first,
// or nothing. Hosts are compared by name; Trace::hostName() gives "?" for no host (a segment
// to a forged address), which no scenario host can be called, so "nobody" still only equals
// "nobody".
std::optional<DivergenceAspect> differenceBetween(const Trace &lt, const TraceEvent &l,
                                                  const Trace &rt, const TraceEvent &r)
{
    if (l.type != r.type)
        return DivergenceAspect::EventType;
    if (l.time != r.time)
        return DivergenceAspect::Time;
    if (lt.hostName(l.host) != rt.hostName(r.host))
        return DivergenceAspect::Host;
    auto differs = [](bool same, DivergenceAspect aspect) {
        return same ? std::nullopt : std::optional<DivergenceAspect>(aspect);
    };
    switch (l.type) {
    case TraceEventType::App:
        return differs(l.appCall == r.appCall && l.appBytes == r.appBytes,
                       DivergenceAspect::AppCall);
    case TraceEventType::State:
        return differs(l.fromState == r.fromState && l.toState == r.toState && l.cause == r.cause,
                       DivergenceAspect::StateChange);
    case TraceEventType::Send:
    case TraceEventType::Deliver:
    case TraceEventType::Drop: {
        const SegmentRecord &ls = lt.segments[l.segment];
        const SegmentRecord &rs = rt.segments[r.segment];
        return differs(ls.segment == rs.segment && ls.kind == rs.kind
                           && l.dropReason == r.dropReason
                           && lt.hostName(ls.toHost) == rt.hostName(rs.toHost),
                       DivergenceAspect::Segment);
    }
    case TraceEventType::Timer:
        return differs(l.timer == r.timer && l.timerAction == r.timerAction && l.due == r.due,
                       DivergenceAspect::Timer);
    case TraceEventType::Notice:
        return differs(l.notice == r.notice && l.data == r.data, DivergenceAspect::Notice);
    case TraceEventType::Host:
        return differs(l.hostEvent == r.hostEvent, DivergenceAspect::HostEvent);
    }
    return std::nullopt;
}

} // namespace

std::optional<TraceDivergence> firstDivergence(const Trace &left, const Trace &right)
{
    const int common = int(std::min(left.events.size(), right.events.size()));
    for (int i = 0; i < common; ++i) {
        const TraceEvent &l = left.events[i];
        const TraceEvent &r = right.events[i];
        if (const auto aspect = differenceBetween(left, l, right, r))
            return TraceDivergence{std::min(l.time, r.time), i, i, *aspect};
    }
    if (left.events.size() == right.events.size())
        return std::nullopt;
    // One run goes on after the other has ended.
    if (left.events.size() > common)
        return TraceDivergence{left.events[common].time, common, -1, DivergenceAspect::RunEnded};
    return TraceDivergence{right.events[common].time, -1, common, DivergenceAspect::RunEnded};
}

} // namespace tcplab
