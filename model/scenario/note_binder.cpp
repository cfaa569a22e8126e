#include "scenario/note_binder.h"

#include "sim/fault_resolver.h"
#include "trace/event_identity.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

#include <algorithm>

namespace tcplab {

namespace {
// The translation context of messages about scenario files (as in scenario_file.cpp);
// lupdate sees FileMessages::tr("…").
struct FileMessages {
    Q_DECLARE_TR_FUNCTIONS(FileMessages)
};
} // namespace

namespace {

// One "on" field, read. The three forms (docs/scenario-format.md, Notes):
//   "A:FIN#1 delivered"       a segment by position (as on the command line) and what
//                              happened to it: sent, delivered or dropped; "delivered#2"
//                              is its second delivery (a network copy)
//   "B:state TIME-WAIT#2"     the host's second change into TIME-WAIT (#1 when left out)
//   "A:timer 2msl fired"      the host's first 2MSL timer that fired (set, fired, cancelled)
struct Target {
    TraceEventType type = TraceEventType::Send;
    FaultRule position;                   // segments
    QString host;                         // states and timers
    TcpState state = TcpState::Closed;    // State: the state entered
    TimerKind timer = TimerKind::Retransmission;
    TimerAction action = TimerAction::Set;
    int ordinal = 1;
};

const QString expected = QStringLiteral(
    "expected \"SEGMENT sent|delivered|dropped[#N]\" (SEGMENT as on the command line: A#3, "
    "B:FIN#1), \"HOST:state STATE[#N]\" or \"HOST:timer TIMER set|fired|cancelled[#N]\"");

bool timerFromName(const QString &name, TimerKind *kind)
{
    for (TimerKind k : {TimerKind::Retransmission, TimerKind::TimeWait, TimerKind::FinWait2,
                        TimerKind::Keepalive, TimerKind::DelayedAck, TimerKind::Persist}) {
        if (timerKindName(k) == name) {
            *kind = k;
            return true;
        }
    }
    return false;
}

// Reads "…#N" at the end of `text`: the ordinal, and the text without it.
bool splitOrdinal(QString *text, int *ordinal, QString *error)
{
    const int hash = text->lastIndexOf(QLatin1Char('#'));
    if (hash < 0)
        return true;
    bool ok = false;
    const int n = text->mid(hash + 1).toInt(&ok);
    if (!ok || n < 1) {
        *error = FileMessages::tr("'%1' is not an ordinal ≥ 1").arg(text->mid(hash + 1));
        return false;
    }
    *ordinal = n;
    text->truncate(hash);
    return true;
}

bool parse(const QString &on, const Scenario &scenario, Target *t, QString *error)
{
    const QStringList words = on.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    const int colon = on.indexOf(QLatin1Char(':'));
    const QString host = colon > 0 ? on.left(colon) : QString();
    const QString afterHost = colon > 0 ? on.mid(colon + 1).trimmed() : QString();
    if (afterHost.startsWith(QLatin1String("state ")) || afterHost.startsWith(QLatin1String("timer "))) {
        t->host = host;
        if (scenario.hostIndex(host) < 0) {
            *error = FileMessages::tr("unknown host '%1'").arg(host);
            return false;
        }
        const QStringList parts = afterHost.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (parts.first() == QLatin1String("state")) {
            if (parts.size() != 2) {
                *error = expected;
                return false;
            }
            QString name = parts[1];
            if (!splitOrdinal(&name, &t->ordinal, error))
                return false;
            t->type = TraceEventType::State;
            if (!tcpStateFromName(name, &t->state)) {
                *error = FileMessages::tr("unknown state '%1' (expected a name such as SYN-RECEIVED or TIME-WAIT)").arg(name);
                return false;
            }
            return true;
        }
        if (parts.size() != 3) {
            *error = expected;
            return false;
        }
        t->type = TraceEventType::Timer;
        if (!timerFromName(parts[1], &t->timer)) {
            *error = FileMessages::tr("unknown timer '%1' (expected rto, 2msl, fin-wait-2, keepalive, delayed-ack or persist)")
                         .arg(parts[1]);
            return false;
        }
        QString verb = parts[2];
        if (!splitOrdinal(&verb, &t->ordinal, error))
            return false;
        static const QHash<QString, TimerAction> actions{{QStringLiteral("set"), TimerAction::Set},
                                                         {QStringLiteral("fired"), TimerAction::Fire},
                                                         {QStringLiteral("cancelled"), TimerAction::Cancel}};
        if (!actions.contains(verb)) {
            *error = FileMessages::tr("unknown timer event '%1' (expected set, fired or cancelled)").arg(verb);
            return false;
        }
        t->action = actions.value(verb);
        return true;
    }
    if (words.size() != 2) {
        *error = expected;
        return false;
    }
    static const QHash<QString, TraceEventType> verbs{{QStringLiteral("sent"), TraceEventType::Send},
                                                      {QStringLiteral("delivered"), TraceEventType::Deliver},
                                                      {QStringLiteral("dropped"), TraceEventType::Drop}};
    // "delivered#2": the segment's second delivery, a copy the network made (a duplicate).
    QString verb = words[1];
    if (!splitOrdinal(&verb, &t->ordinal, error))
        return false;
    if (!verbs.contains(verb)) {
        *error = FileMessages::tr("unknown segment event '%1' (expected sent, delivered or dropped)").arg(verb);
        return false;
    }
    t->type = verbs.value(verb);
    QString why;
    if (!parseFaultRule(FaultKind::Drop, words[0], &t->position, &why)) {
        *error = FileMessages::tr("%1; %2").arg(why, expected);
        return false;
    }
    if (scenario.hostIndex(t->position.host) < 0) {
        *error = FileMessages::tr("unknown host '%1'").arg(t->position.host);
        return false;
    }
    return true;
}

// The event a note without "on" was written after: the last at or before `at` of `host` (of
// any host when empty), else that host's first. Several hosts often have events at one
// moment (syn-flood at 2 s: A connects while M's forged SYNs arrive at B); a note about A
// must follow A's event through the learner's edits, not whichever host's came last.
int lastEventOf(const Trace &run, SimTime at, const QString &host)
{
    const int after = run.firstEventAtOrAfter(at + 1);
    if (host.isEmpty())
        return std::max(0, after - 1);
    for (int i = after - 1; i >= 0; --i)
        if (run.hostName(run.events[i].host) == host)
            return i;
    for (int i = std::max(0, after); i < run.events.size(); ++i)
        if (run.hostName(run.events[i].host) == host)
            return i;
    return std::max(0, after - 1);
}

// The index of the event `t` names in `run`, or -1 with *error saying why.
int find(const Trace &run, const QString &on, const Target &t, QString *error)
{
    int left = t.ordinal;
    if (t.type == TraceEventType::State || t.type == TraceEventType::Timer) {
        for (int i = 0; i < run.events.size(); ++i) {
            const TraceEvent &e = run.events[i];
            if (e.type != t.type || run.hostName(e.host) != t.host)
                continue;
            const bool same = t.type == TraceEventType::State
                                  ? e.toState == t.state
                                  : e.timer == t.timer && e.timerAction == t.action;
            if (same && --left == 0)
                return i;
        }
        *error = FileMessages::tr("%1 names no event of the scenario's own run").arg(on);
        return -1;
    }
    const std::optional<SegmentIdentity> segment = FaultResolver::identityAt(run, t.position);
    if (!segment) {
        *error = FileMessages::tr("%1 names no segment of the scenario's own run").arg(on);
        return -1;
    }
    const QString verb = on.section(QLatin1Char(' '), -1).section(QLatin1Char('#'), 0, 0);
    for (int i = 0; i < run.events.size(); ++i) {
        const TraceEvent &e = run.events[i];
        if (e.type == t.type && e.segment >= 0 && e.segment < run.segments.size()
            && run.segments[e.segment].identity == *segment && --left == 0)
            return i;
    }
    if (left == t.ordinal)
        *error = FileMessages::tr("%1: that segment is never %2 in the scenario's own run").arg(on, verb);
    else
        *error = FileMessages::tr("%1: that segment is %2 fewer than %3 times in the scenario's own run")
                     .arg(on, verb)
                     .arg(t.ordinal);
    return -1;
}

} // namespace

QString NoteBinder::spellingError(const QString &on, const Scenario &scenario)
{
    Target t;
    QString error;
    return parse(on.trimmed(), scenario, &t, &error) ? QString() : error;
}

QStringList NoteBinder::bind(Scenario *scenario, const Trace &ownRun)
{
    QStringList errors;
    const QList<EventIdentity> identities = EventIdentity::ofTrace(ownRun);
    for (int n = 0; n < scenario->notes.size(); ++n) {
        ScenarioNote &note = scenario->notes[n];
        note.anchor.reset();
        int event = -1;
        if (!note.on.isEmpty()) {
            Target t;
            QString error;
            if (parse(note.on.trimmed(), *scenario, &t, &error))
                event = find(ownRun, note.on.trimmed(), t, &error);
            if (event < 0) {
                errors << FileMessages::tr("notes[%1].on: %2").arg(n).arg(error);
                // Bound to an identity no event has (ordinals count from 1): the note is
                // listed under "In the original story" in every run instead of being shown
                // at a moment its event does not have.
                EventIdentity none;
                none.ordinal = 0;
                note.anchor = NoteAnchor{none, 0};
                continue;
            }
        } else if (!ownRun.events.isEmpty()) {
            event = lastEventOf(ownRun, note.at, note.host);
        }
        if (event >= 0)
            note.anchor = NoteAnchor{identities[event], note.at - ownRun.events[event].time};
    }
    return errors;
}

NoteBinder::Placement NoteBinder::place(const Trace &trace, const Scenario &scenario)
{
    Placement out;
    QHash<EventIdentity, int> eventOf;
    const bool anyAnchor = std::any_of(scenario.notes.cbegin(), scenario.notes.cend(),
                                       [](const ScenarioNote &n) { return n.anchor.has_value(); });
    if (anyAnchor) {
        const QList<EventIdentity> identities = EventIdentity::ofTrace(trace);
        for (int i = 0; i < identities.size(); ++i)
            eventOf.insert(identities[i], i);
    }
    for (int n = 0; n < scenario.notes.size(); ++n) {
        const ScenarioNote &note = scenario.notes[n];
        if (!note.anchor) {
            out.placed.append(Placed{n, note.at, -1});
            continue;
        }
        const auto found = eventOf.constFind(note.anchor->event);
        if (found == eventOf.cend()) {
            out.gone.append(n);
            continue;
        }
        const SimTime time = std::max<SimTime>(0, trace.events[*found].time + note.anchor->offset);
        out.placed.append(Placed{n, time, *found});
    }
    std::stable_sort(out.placed.begin(), out.placed.end(), [](const Placed &a, const Placed &b) {
        return a.time != b.time ? a.time < b.time : a.event < b.event;
    });
    return out;
}

} // namespace tcplab
