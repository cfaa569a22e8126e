#include "trace/event_identity.h"

namespace tcplab {

namespace {

// The identity without its ordinal: what the ordinal counts.
EventIdentity detailsOf(const Trace &trace, const TraceEvent &e)
{
    EventIdentity id;
    id.type = e.type;
    id.host = trace.hostName(e.host);
    switch (e.type) {
    case TraceEventType::Send:
    case TraceEventType::Deliver:
    case TraceEventType::Drop:
        if (e.segment >= 0 && e.segment < trace.segments.size())
            id.segment = trace.segments[e.segment].identity;
        break;
    case TraceEventType::State:
        id.fromState = e.fromState;
        id.toState = e.toState;
        break;
    case TraceEventType::Timer:
        id.timer = e.timer;
        id.timerAction = e.timerAction;
        break;
    case TraceEventType::App:
        id.detail = int(e.appCall);
        break;
    case TraceEventType::Notice:
        id.detail = int(e.notice);
        break;
    case TraceEventType::Host:
        id.detail = int(e.hostEvent);
        break;
    }
    return id;
}

} // namespace

QString EventIdentity::text() const
{
    QString t = traceEventTypeName(type) + QLatin1Char(' ');
    switch (type) {
    case TraceEventType::Send:
    case TraceEventType::Deliver:
    case TraceEventType::Drop:
        t += segment.text();
        break;
    case TraceEventType::State:
        t += QStringLiteral("%1 %2>%3").arg(host, tcpStateName(fromState), tcpStateName(toState));
        break;
    case TraceEventType::Timer:
        t += QStringLiteral("%1 %2 %3").arg(host, timerKindName(timer), timerActionName(timerAction));
        break;
    case TraceEventType::App:
    case TraceEventType::Notice:
    case TraceEventType::Host:
        t += QStringLiteral("%1 %2").arg(host).arg(detail);
        break;
    }
    return t + QStringLiteral(" @%1").arg(ordinal);
}

QList<EventIdentity> EventIdentity::ofTrace(const Trace &trace)
{
    QList<EventIdentity> out;
    out.reserve(trace.events.size());
    QHash<EventIdentity, int> seen; // details (ordinal 1) → how often so far
    for (const TraceEvent &e : trace.events) {
        EventIdentity id = detailsOf(trace, e);
        id.ordinal = ++seen[id];
        out.append(id);
    }
    return out;
}

size_t qHash(const EventIdentity &id, size_t seed)
{
    return qHashMulti(seed, int(id.type), id.host, id.segment.host, int(id.segment.flags), id.segment.seq,
                      id.segment.ack, id.segment.transmission, int(id.fromState), int(id.toState),
                      int(id.timer), int(id.timerAction), id.detail, id.ordinal);
}

} // namespace tcplab
