#include "text/change_summary.h"

#include "common/duration_text.h"
#include "text/narration.h"
#include "trace/event_identity.h"
#include "trace/trace_comparison.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace tcplab {

namespace {

QString at(SimTime t)
{
    // The narration panel's way of writing a moment.
    return QStringLiteral("%1 s").arg(QString::number(double(t) / usPerSecond, 'f', 3));
}

// One consequence of the change: found in the order of `rank` (what matters most first),
// told in the order of time.
struct Consequence {
    int rank = 0;
    SimTime time = 0;
    QString sentence;
};

// A connection as both runs know it: its host and four addresses (socket ids are
// bookkeeping and may differ between runs).
using ConnectionKey = QString;

ConnectionKey keyOf(const SocketInfo &s)
{
    return QStringLiteral("%1 %2:%3 %4:%5")
        .arg(s.host)
        .arg(s.local.address)
        .arg(s.local.port)
        .arg(s.remote.address)
        .arg(s.remote.port);
}

// The last state of each connection (not listeners) at the end of a run.
QHash<ConnectionKey, TcpState> finalStates(const Trace &trace)
{
    QHash<ConnectionKey, TcpState> out;
    for (const SocketInfo &s : trace.sockets) {
        if (!s.listener && !trace.stateEventsOf(s.id).isEmpty())
            out.insert(keyOf(s), trace.events[trace.stateEventsOf(s.id).last()].toState);
    }
    return out;
}

QString faultSentence(const Trace &run, const Trace &original, const FaultRule &rule, int segmentId)
{
    const SegmentRecord &r = run.segments[segmentId];
    const QString host = run.hostName(r.fromHost);
    const QString label = Narration::segmentLabel(r.segment);
    switch (rule.kind) {
    case FaultKind::Drop:
        return ChangeSummary::tr("You dropped %1's %2 at %3.").arg(host, label, at(r.sentAt));
    case FaultKind::Delay: {
        for (const SegmentRecord &o : original.segments) {
            if (o.duplicateOf < 0 && o.identity == r.identity && !o.dropped && !r.dropped)
                return ChangeSummary::tr("You delayed %1's %2 by %3: it arrives at %4 instead of %5.")
                    .arg(host, label, durationText(rule.delta), at(r.arrivesAt), at(o.arrivesAt));
        }
        return ChangeSummary::tr("You delayed %1's %2 by %3.").arg(host, label, durationText(rule.delta));
    }
    case FaultKind::Duplicate:
        return ChangeSummary::tr("You duplicated %1's %2: an extra copy arrives %3 after it.")
            .arg(host, label, durationText(rule.delta));
    case FaultKind::None:
        break;
    }
    return QString();
}

QList<Consequence> consequences(const Trace &original, const Trace &run)
{
    QList<Consequence> out;

    // Retransmissions the original story did not have: the first of each sender.
    QSet<QString> originalSegments;
    for (const SegmentRecord &r : original.segments)
        originalSegments.insert(r.identity.text());
    QSet<int> retransmitting;
    for (const SegmentRecord &r : run.segments) {
        if (r.kind != SegmentKind::Retransmission || retransmitting.contains(r.fromHost)
            || originalSegments.contains(r.identity.text()))
            continue;
        retransmitting.insert(r.fromHost);
        out.append({0, r.sentAt,
                    ChangeSummary::tr("%1 retransmits its %2 at %3.")
                        .arg(run.hostName(r.fromHost), Narration::segmentLabel(r.segment), at(r.sentAt))});
    }

    // Timers that are set more often than in the original story: restarted. The
    // retransmission and delayed-ACK timers come and go with every segment; the ones
    // that restart a wait (2×MSL, FIN-WAIT-2, keepalive) are what a learner looks for.
    const QList<EventIdentity> before = EventIdentity::ofTrace(original);
    const QList<EventIdentity> after = EventIdentity::ofTrace(run);
    const QSet<EventIdentity> beforeSet(before.cbegin(), before.cend());
    QSet<QString> restarted;
    for (int i = 0; i < after.size(); ++i) {
        const TraceEvent &e = run.events[i];
        if (e.type != TraceEventType::Timer || e.timerAction != TimerAction::Set
            || e.timer == TimerKind::Retransmission || e.timer == TimerKind::DelayedAck
            || after[i].ordinal < 2 || beforeSet.contains(after[i]))
            continue;
        const QString key = after[i].host + QString::number(int(e.timer));
        if (restarted.contains(key))
            continue;
        restarted.insert(key);
        out.append({1, e.time, ChangeSummary::tr("%1 restarts its %2 at %3.")
                                   .arg(after[i].host, Narration::timerName(e.timer), at(e.time))});
    }

    // Connections reset or given up that were not in the original story.
    for (int i = 0; i < after.size(); ++i) {
        const TraceEvent &e = run.events[i];
        if (e.type != TraceEventType::State || beforeSet.contains(after[i]))
            continue;
        QString sentence;
        if (e.cause == StateCause::RstReceived)
            sentence = ChangeSummary::tr("%1's connection is reset at %2.");
        else if (e.cause == StateCause::RetriesExhausted || e.cause == StateCause::KeepaliveExhausted)
            sentence = ChangeSummary::tr("%1 gives up on the connection at %2.");
        if (!sentence.isEmpty())
            out.append({1, e.time, sentence.arg(after[i].host, at(e.time))});
    }

    // Connections that end in another state.
    const QHash<ConnectionKey, TcpState> finalBefore = finalStates(original);
    for (const SocketInfo &s : run.sockets) {
        if (s.listener || run.stateEventsOf(s.id).isEmpty())
            continue;
        const TcpState now = run.events[run.stateEventsOf(s.id).last()].toState;
        const auto was = finalBefore.constFind(keyOf(s));
        if (was == finalBefore.cend() || *was == now)
            continue;
        out.append({2, run.endTime,
                    ChangeSummary::tr("%1 ends in %2 instead of %3.")
                        .arg(run.hostName(s.host), tcpStateName(now), tcpStateName(*was))});
    }

    // States reached at another time: the first of each host.
    QHash<EventIdentity, SimTime> stateTimes;
    for (int i = 0; i < before.size(); ++i) {
        if (original.events[i].type == TraceEventType::State)
            stateTimes.insert(before[i], original.events[i].time);
    }
    QSet<QString> moved;
    for (int i = 0; i < after.size(); ++i) {
        const TraceEvent &e = run.events[i];
        const auto was = stateTimes.constFind(after[i]);
        if (e.type != TraceEventType::State || was == stateTimes.cend() || *was == e.time
            || moved.contains(after[i].host))
            continue;
        moved.insert(after[i].host);
        out.append({3, e.time, ChangeSummary::tr("%1 enters %2 at %3 instead of %4.")
                                   .arg(after[i].host, tcpStateName(e.toState), at(e.time), at(*was))});
    }
    return out;
}

} // namespace

QStringList ChangeSummary::sentences(const Trace &original, const Scenario &originalScenario,
                                     const Trace &run, const Scenario &scenario)
{
    if (!firstDivergence(original, run))
        return {};
    QStringList out;
    // The learner's own faults: those the original scenario does not have.
    for (int i = 0; i < scenario.faults.size(); ++i) {
        if (originalScenario.faults.contains(scenario.faults[i]) || i >= run.faultSegments.size())
            continue;
        const int segment = run.faultSegments[i];
        if (segment >= 0 && segment < run.segments.size())
            out << faultSentence(run, original, scenario.faults[i], segment);
    }
    if (out.isEmpty())
        out << tr("Your change makes the run differ from the original story.");

    QList<Consequence> found = consequences(original, run);
    std::stable_sort(found.begin(), found.end(),
                     [](const Consequence &a, const Consequence &b) { return a.rank < b.rank; });
    found = found.mid(0, maxConsequences);
    std::stable_sort(found.begin(), found.end(),
                     [](const Consequence &a, const Consequence &b) { return a.time < b.time; });
    if (found.isEmpty())
        out << tr("Nothing else in the story changes.");
    for (const Consequence &c : found)
        out << c.sentence;
    out.removeAll(QString());
    return out;
}

QString ChangeSummary::text(const Trace &original, const Scenario &originalScenario, const Trace &run,
                            const Scenario &scenario)
{
    NarrationItem joined;
    joined.sentences = sentences(original, originalScenario, run, scenario);
    return joined.text();
}

} // namespace tcplab
