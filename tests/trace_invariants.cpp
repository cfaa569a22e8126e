#include "trace_invariants.h"

#include "sim/simulator.h"
#include "tcp/sequence_number.h"
#include "trace/trace_format.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <array>

namespace tcplab::testing::TraceInvariants {

namespace {

bool isFailureNotice(NoticeKind k)
{
    return k == NoticeKind::TimedOut || k == NoticeKind::ConnectionReset || k == NoticeKind::ConnectionRefused;
}

QString socketName(const Trace &t, int s)
{
    const SocketInfo &info = t.sockets[s];
    QString name = QStringLiteral("%1 socket %2").arg(t.hostName(info.host)).arg(s);
    if (!info.label.isEmpty())
        name += QStringLiteral(" '%1'").arg(info.label);
    if (info.listener)
        name += QStringLiteral(" (listener)");
    return name;
}

QString at(SimTime t)
{
    return QStringLiteral("at ") + formatSimTime(t);
}

QString segmentText(const SegmentRecord &r)
{
    return QStringLiteral("#%1 %2 (%3, sent %4)")
        .arg(r.id)
        .arg(r.segment.summary(), segmentKindName(r.kind), formatSimTime(r.sentAt));
}

ProtocolSettings settingsOf(const CheckedRun &run, int socket)
{
    const int host = run.trace->sockets[socket].host;
    const int index = run.scenario->hostIndex(run.trace->hostName(host));
    return index >= 0 ? run.scenario->protocolFor(index) : run.scenario->protocol;
}

// The events of one socket that belong to the input that produced events[index]: the
// simulator records an input (a delivery, an app call, a timer) and then all its effects
// at the same instant; the next input of the socket starts a new batch.
bool startsNewBatch(const TraceEvent &e, SimTime batchTime)
{
    return e.time != batchTime || e.type == TraceEventType::Deliver || e.type == TraceEventType::App
        || (e.type == TraceEventType::Timer && e.timerAction == TimerAction::Fire);
}

// The data each socket's application handed to send(), in order. An App/send event is
// matched to the earliest unused send action of its host with the same length (and the
// socket's label when the action names one): actions may run late (they wait for the
// handshake) but keep their order.
QHash<int, QByteArray> appSentData(const CheckedRun &run)
{
    const Trace &trace = *run.trace;
    QList<AppAction> actions = run.scenario->actions;
    std::stable_sort(actions.begin(), actions.end(),
                     [](const AppAction &a, const AppAction &b) { return a.at < b.at; });
    QList<bool> used(actions.size(), false);
    QHash<int, QByteArray> sent;
    for (const TraceEvent &e : trace.events) {
        if (e.type != TraceEventType::App || e.appCall != AppActionKind::Send || e.socket < 0)
            continue;
        const QString host = trace.hostName(e.host);
        const QString label = trace.sockets[e.socket].label;
        for (int i = 0; i < actions.size(); ++i) {
            const AppAction &a = actions[i];
            if (used[i] || a.kind != AppActionKind::Send || a.host != host || a.data.size() != e.appBytes)
                continue;
            if (!a.socket.isEmpty() && a.socket != label)
                continue;
            used[i] = true;
            sent[e.socket] += a.data;
            break;
        }
    }
    return sent;
}

// Segments between two addresses, by the pair (source, destination).
quint64 endpointKey(SocketAddress a)
{
    return (quint64(a.address) << 16) | a.port;
}
QPair<quint64, quint64> directionKey(SocketAddress from, SocketAddress to)
{
    return {endpointKey(from), endpointKey(to)};
}

// --- the state diagram ---------------------------------------------------------------

using S = TcpState;
using C = StateCause;

// RFC 9293 Figure 5, with its note 1 (SYN-RECEIVED → LISTEN on RST after a passive OPEN)
// and note 2 (FIN-WAIT-1 → TIME-WAIT when the FIN arrives with the ACK of ours).
bool isFigure5Edge(S from, S to)
{
    static const QSet<QPair<int, int>> edges = [] {
        const std::pair<S, S> list[] = {
            {S::Closed, S::Listen},           // passive OPEN
            {S::Closed, S::SynSent},          // active OPEN, snd SYN
            {S::Listen, S::Closed},           // CLOSE
            {S::Listen, S::SynReceived},      // rcv SYN, snd SYN,ACK
            {S::Listen, S::SynSent},          // SEND, snd SYN
            {S::SynSent, S::SynReceived},     // rcv SYN, snd SYN,ACK (simultaneous open)
            {S::SynSent, S::Established},     // rcv SYN,ACK, snd ACK
            {S::SynSent, S::Closed},          // CLOSE
            {S::SynReceived, S::Established}, // rcv ACK of SYN
            {S::SynReceived, S::FinWait1},    // CLOSE, snd FIN
            {S::SynReceived, S::Listen},      // note 1
            {S::Established, S::FinWait1},    // CLOSE, snd FIN
            {S::Established, S::CloseWait},   // rcv FIN, snd ACK
            {S::FinWait1, S::FinWait2},       // rcv ACK of FIN
            {S::FinWait1, S::Closing},        // rcv FIN, snd ACK
            {S::FinWait1, S::TimeWait},       // note 2
            {S::FinWait2, S::TimeWait},       // rcv FIN, snd ACK
            {S::CloseWait, S::LastAck},       // CLOSE, snd FIN
            {S::Closing, S::TimeWait},        // rcv ACK of FIN
            {S::LastAck, S::Closed},          // rcv ACK of FIN
            {S::TimeWait, S::Closed},         // timeout = 2MSL
        };
        QSet<QPair<int, int>> set;
        for (const auto &[f, t] : list)
            set.insert({int(f), int(t)});
        return set;
    }();
    return edges.contains({int(from), int(to)});
}

// Transitions to CLOSED the figure leaves out for legibility but the text requires.
bool isAllowedErrorTransition(S from, S to, C cause, const ProtocolSettings &settings)
{
    if (to != S::Closed)
        return false;
    switch (cause) {
    case C::RstReceived:        // Figure 5, note 3: a RST from any state → CLOSED
    case C::AppAbort:           // §3.10.5 ABORT, any state
    case C::HostCrash:          // the host lost all state
    case C::RetriesExhausted:   // §3.8.3, R2 / user timeout
    case C::KeepaliveExhausted: // RFC 1122 §4.2.3.6
        return true;
    case C::AppClose:
    case C::ProcessExit:
        // RFC 2525 §2.17, RFC 1122 §4.2.2.13: close() with unread data resets the
        // connection instead of sending FIN.
        return from == S::Established || from == S::CloseWait || from == S::FinWait1
            || from == S::FinWait2 || from == S::SynSent || from == S::Listen;
    case C::FinWait2Timeout: // Linux tcp_fin_timeout for an orphaned FIN-WAIT-2
        return from == S::FinWait2;
    case C::SynInTimeWait: // RFC 9293 §3.10.7.4 / RFC 6191: a new SYN reopens TIME-WAIT
        return from == S::TimeWait && settings.timeWaitAcceptsNewSyn;
    default:
        return false;
    }
}

bool isVariantTransition(S from, S to, C cause, ProtocolVariant variant)
{
    switch (cause) {
    case C::TwoWayHandshake:
        return variant == ProtocolVariant::TwoWayHandshake && from == S::Listen && to == S::Established;
    case C::NoTimeWait:
        return variant == ProtocolVariant::NoTimeWait && from == S::TimeWait && to == S::Closed;
    default:
        return false;
    }
}

bool isVariantCause(C cause)
{
    return cause == C::TwoWayHandshake || cause == C::NoTimeWait;
}

} // namespace

QList<Invariant> all()
{
    return {
        {"end-of-stream only after all the peer's bytes", endOfStreamOnlyAfterAllPeerBytes},
        {"no app call resolved to a listener", noAppCallResolvedToListener},
        {"state changes follow the diagram", stateChangesFollowTheDiagram},
        {"nothing after CLOSED", nothingAfterClosed},
        {"TIME-WAIT lasts 2MSL after the last FIN", timeWaitLastsTwoMsl},
        {"ACKs never decrease nor exceed the peer", acksNeverDecreaseNorExceedThePeer},
        {"FIN sequence number is stable", finSequenceNumberIsStable},
        {"retransmissions within limits and backoff", retransmissionsWithinLimitsAndBackoff},
        {"determinism", determinism},
        {"no event after the limit", noEventAfterTheLimit},
        {"data after close is answered with RST", dataAfterCloseIsAnsweredWithRst},
        {"received data is a prefix of sent data", receivedDataIsAPrefixOfSentData},
        {"sequence numbers only grow", sequenceNumbersOnlyGrow},
        {"failure notice means CLOSED", failureNoticeMeansClosed},
        {"connections end CLOSED", connectionsEndClosed},
    };
}

QStringList checkAll(const CheckedRun &run)
{
    QStringList out;
    for (const Invariant &inv : all()) {
        for (const QString &v : inv.check(run))
            out << QString::fromLatin1(inv.name) + QStringLiteral(": ") + v;
    }
    return out;
}

QStringList endOfStreamOnlyAfterAllPeerBytes(const CheckedRun &run)
{
    const Trace &trace = *run.trace;
    QStringList problems;
    for (const SocketInfo &sock : trace.sockets) {
        qint64 delivered = 0;
        bool haveFin = false;
        uint32_t finSeq = 0;
        for (int index : trace.eventsOfSocket(sock.id)) {
            const TraceEvent &e = trace.events[index];
            if (e.type == TraceEventType::Deliver && e.segment >= 0) {
                const Segment &seg = trace.segments[e.segment].segment;
                if (seg.has(TcpFlag::Fin) && !seg.has(TcpFlag::Rst) && !haveFin) {
                    haveFin = true;
                    finSeq = seg.seq + seg.length(); // the FIN's own place, after its data
                }
            }
            if (e.type != TraceEventType::Notice)
                continue;
            if (e.notice == NoticeKind::DataReceived) {
                delivered += e.data.size();
                continue;
            }
            if (e.notice != NoticeKind::EndOfStream)
                continue;
            if (!haveFin) {
                problems << QStringLiteral("%1 was told end-of-stream %2 without any FIN delivered to it")
                                .arg(socketName(trace, sock.id), at(e.time));
                break;
            }
            // Everything before the FIN: from the peer's first data byte (IRS + 1) to it.
            const TcbSnapshot tcb = trace.tcbAt(sock.id, e.time);
            const qint64 peerBytes = seqDiff(finSeq, tcb.irs + 1);
            const qint64 handedOver = delivered + tcb.unreadBytes;
            if (handedOver != peerBytes)
                problems << QStringLiteral("%1 was told end-of-stream %2 after %3 of the peer's %4 bytes")
                                .arg(socketName(trace, sock.id), at(e.time))
                                .arg(handedOver)
                                .arg(peerBytes);
            break;
        }
    }
    return problems;
}

QStringList noAppCallResolvedToListener(const CheckedRun &run)
{
    const Trace &trace = *run.trace;
    QStringList problems;
    for (const TraceEvent &e : trace.events) {
        if (e.type != TraceEventType::App || e.socket < 0 || !trace.sockets[e.socket].listener)
            continue;
        if (e.appCall == AppActionKind::Listen || e.appCall == AppActionKind::Connect
            || e.appCall == AppActionKind::SynFlood)
            continue;
        const SocketInfo &listener = trace.sockets[e.socket];
        bool addressed = false;
        if ((e.appCall == AppActionKind::Close || e.appCall == AppActionKind::Abort) && !listener.label.isEmpty()) {
            for (const AppAction &a : run.scenario->actions)
                addressed = addressed
                    || (a.kind == e.appCall && a.host == trace.hostName(e.host) && a.socket == listener.label);
        }
        if (!addressed)
            problems << QStringLiteral("%1: the application's %2 %3 went to the listening socket")
                            .arg(socketName(trace, e.socket), appActionKindName(e.appCall), at(e.time));
    }
    return problems;
}

QStringList stateChangesFollowTheDiagram(const CheckedRun &run)
{
    const Trace &trace = *run.trace;
    QStringList problems;
    for (const SocketInfo &sock : trace.sockets) {
        const ProtocolSettings settings = settingsOf(run, sock.id);
        // A listener's connection starts as a copy of the listening socket (RFC 9293
        // §3.10.7.2), so its first change leaves LISTEN.
        TcpState expectedFrom = sock.listenerSocket >= 0 ? TcpState::Listen : TcpState::Closed;
        for (int index : trace.stateEventsOf(sock.id)) {
            const TraceEvent &e = trace.events[index];
            const QString change = QStringLiteral("%1 → %2 (%3) %4")
                                       .arg(tcpStateName(e.fromState), tcpStateName(e.toState),
                                            stateCauseName(e.cause), at(e.time));
            if (e.fromState != expectedFrom)
                problems << QStringLiteral("%1: %2 starts from %3, but the socket was in %4")
                                .arg(socketName(trace, sock.id), change, tcpStateName(e.fromState),
                                     tcpStateName(expectedFrom));
            const bool variantCause = isVariantCause(e.cause);
            const bool allowed = variantCause
                ? isVariantTransition(e.fromState, e.toState, e.cause, settings.variant)
                : isFigure5Edge(e.fromState, e.toState)
                    || isAllowedErrorTransition(e.fromState, e.toState, e.cause, settings)
                    || (e.cause == C::CookieAckReceived && e.fromState == S::Listen
                        && e.toState == S::Established && settings.synCookies); // RFC 4987 §3.6
            if (!allowed)
                problems << QStringLiteral("%1: %2 is not an edge of the state diagram%3")
                                .arg(socketName(trace, sock.id), change,
                                     variantCause ? QStringLiteral(" under variant %1")
                                                        .arg(protocolVariantName(settings.variant))
                                                  : QString());
            expectedFrom = e.toState;
        }
    }
    return problems;
}

QStringList nothingAfterClosed(const CheckedRun &run)
{
    const Trace &trace = *run.trace;
    QStringList problems;
    for (const SocketInfo &sock : trace.sockets) {
        const QString who = socketName(trace, sock.id);
        std::array<bool, timerKindCount> running{};
        bool closed = false, inClosingBatch = false;
        SimTime closedAt = 0;
        auto checkTimersStopped = [&] {
            for (int k = 0; k < timerKindCount; ++k) {
                if (running[k])
                    problems << QStringLiteral("%1 left its %2 timer running when it closed %3")
                                    .arg(who, timerKindName(TimerKind(k)), at(closedAt));
            }
        };
        for (int index : trace.eventsOfSocket(sock.id)) {
            const TraceEvent &e = trace.events[index];
            if (closed && inClosingBatch && startsNewBatch(e, closedAt)) {
                inClosingBatch = false;
                checkTimersStopped();
            }
            if (closed && !inClosingBatch) {
                // A later input may reach the dead socket (an app call on a closed
                // connection is recorded), but it must not act.
                if (e.type == TraceEventType::Send)
                    problems << QStringLiteral("%1 sent %2 %3, after it was CLOSED %4")
                                    .arg(who, trace.segments[e.segment].segment.summary(), at(e.time),
                                         at(closedAt));
                else if (e.type == TraceEventType::Timer && e.timerAction != TimerAction::Cancel)
                    problems << QStringLiteral("%1: timer %2 %3 %4, after it was CLOSED %5")
                                    .arg(who, timerKindName(e.timer), timerActionName(e.timerAction),
                                         at(e.time), at(closedAt));
                else if (e.type == TraceEventType::State)
                    problems << QStringLiteral("%1 went %2 → %3 %4, after it was CLOSED %5")
                                    .arg(who, tcpStateName(e.fromState), tcpStateName(e.toState),
                                         at(e.time), at(closedAt));
                continue;
            }
            if (e.type == TraceEventType::Timer) {
                if (closed && e.timerAction == TimerAction::Fire)
                    problems << QStringLiteral("%1: timer %2 fired %3 as it closed")
                                    .arg(who, timerKindName(e.timer), at(e.time));
                running[size_t(e.timer)] = e.timerAction == TimerAction::Set;
            } else if (e.type == TraceEventType::State) {
                if (closed)
                    problems << QStringLiteral("%1 went %2 → %3 in the instant it closed (%4)")
                                    .arg(who, tcpStateName(e.fromState), tcpStateName(e.toState), at(e.time));
                if (e.toState == TcpState::Closed) {
                    // The closing input's own effects (a last ACK or RST, timer
                    // cancellations) are recorded after the state change: they belong to
                    // the same instant.
                    closed = true;
                    inClosingBatch = true;
                    closedAt = e.time;
                }
            }
        }
        if (closed && inClosingBatch)
            checkTimersStopped();
    }
    return problems;
}

QStringList timeWaitLastsTwoMsl(const CheckedRun &run)
{
    const Trace &trace = *run.trace;
    QStringList problems;
    for (const SocketInfo &sock : trace.sockets) {
        if (sock.listener)
            continue;
        const QString who = socketName(trace, sock.id);
        const ProtocolSettings settings = settingsOf(run, sock.id);
        const SimTime twoMsl = 2 * settings.msl;
        bool inTimeWait = false;
        SimTime entered = 0, lastFin = -1;
        // A FIN delivered in TIME-WAIT must be answered in its own instant.
        int finInTimeWait = -1; // event index of that delivery, until its answer is seen
        bool acked = false, restarted = false;
        auto closeFinCheck = [&] {
            if (finInTimeWait < 0)
                return;
            const SimTime t = trace.events[finInTimeWait].time;
            if (!acked)
                problems << QStringLiteral("%1 did not acknowledge the FIN that reached it in TIME-WAIT %2")
                                .arg(who, at(t));
            if (!restarted)
                problems << QStringLiteral("%1 did not restart its 2MSL timer for the FIN that reached it in TIME-WAIT %2")
                                .arg(who, at(t));
            finInTimeWait = -1;
        };
        for (int index : trace.eventsOfSocket(sock.id)) {
            const TraceEvent &e = trace.events[index];
            if (finInTimeWait >= 0 && startsNewBatch(e, trace.events[finInTimeWait].time))
                closeFinCheck();
            if (e.type == TraceEventType::Deliver && e.segment >= 0) {
                const Segment &seg = trace.segments[e.segment].segment;
                if (seg.has(TcpFlag::Fin) && !seg.has(TcpFlag::Rst) && !seg.has(TcpFlag::Syn)) {
                    lastFin = e.time;
                    if (inTimeWait) {
                        finInTimeWait = index;
                        acked = restarted = false;
                    }
                }
            } else if (finInTimeWait >= 0 && e.type == TraceEventType::Send) {
                acked = acked || trace.segments[e.segment].segment.has(TcpFlag::Ack);
            } else if (finInTimeWait >= 0 && e.type == TraceEventType::Timer && e.timer == TimerKind::TimeWait
                       && e.timerAction == TimerAction::Set) {
                restarted = restarted || e.due - e.time >= twoMsl;
            } else if (finInTimeWait >= 0 && e.type == TraceEventType::State && e.fromState == TcpState::TimeWait) {
                finInTimeWait = -1; // the FIN ended TIME-WAIT some other way; judged below
            }
            if (e.type != TraceEventType::State)
                continue;
            if (e.toState == TcpState::TimeWait) {
                inTimeWait = true;
                entered = e.time;
            } else if (e.fromState == TcpState::TimeWait && inTimeWait) {
                inTimeWait = false;
                const SimTime from = std::max(entered, lastFin);
                switch (e.cause) {
                case C::TimeWaitExpired:
                    if (e.time - from < twoMsl)
                        problems << QStringLiteral("%1 left TIME-WAIT %2, %3 after %4; 2MSL is %5")
                                        .arg(who, at(e.time), formatSimTime(e.time - from),
                                             lastFin > entered ? QStringLiteral("the last FIN it received")
                                                               : QStringLiteral("entering it"),
                                             formatSimTime(twoMsl));
                    break;
                case C::NoTimeWait:
                    if (settings.variant != ProtocolVariant::NoTimeWait)
                        problems << QStringLiteral("%1 skipped TIME-WAIT %2 without the no-time-wait variant")
                                        .arg(who, at(e.time));
                    break;
                case C::RstReceived:
                    if (!settings.timeWaitAssassination) // RFC 1337: ignore RST in TIME-WAIT
                        problems << QStringLiteral("%1 let a RST end TIME-WAIT %2 with time_wait_assassination off")
                                        .arg(who, at(e.time));
                    break;
                case C::SynInTimeWait:
                case C::HostCrash:
                case C::AppAbort: // §3.10.5: ABORT in TIME-WAIT deletes the TCB
                    break;        // (SynInTimeWait is judged by the state diagram check)
                default:
                    problems << QStringLiteral("%1 left TIME-WAIT %2 for %3")
                                    .arg(who, at(e.time), stateCauseName(e.cause));
                    break;
                }
            }
        }
        closeFinCheck();
    }
    return problems;
}

QStringList acksNeverDecreaseNorExceedThePeer(const CheckedRun &run)
{
    const Trace &trace = *run.trace;
    QStringList problems;
    QHash<QPair<quint64, quint64>, QList<int>> byDirection;
    for (const SegmentRecord &r : trace.segments)
        byDirection[directionKey(r.segment.source, r.segment.destination)].append(r.id);
    QHash<int, QList<int>> sentBy;
    for (const SegmentRecord &r : trace.segments) {
        if (r.fromSocket >= 0 && r.kind != SegmentKind::Duplicate)
            sentBy[r.fromSocket].append(r.id);
    }
    for (const SocketInfo &sock : trace.sockets) {
        if (sock.listener) // a listener's SYN cookies answer many peers, statelessly
            continue;
        const QString who = socketName(trace, sock.id);
        const QList<int> fromPeer = byDirection.value(directionKey(sock.remote, sock.local));
        int next = 0;
        bool havePeer = false, haveAck = false;
        uint32_t peerEnd = 0, lastAck = 0;
        for (int id : sentBy.value(sock.id)) {
            const SegmentRecord &r = trace.segments[id];
            // What the peer had sent by then (the segments of any earlier incarnation on the
            // same addresses lie below, so they only loosen the bound).
            while (next < fromPeer.size() && trace.segments[fromPeer[next]].sentAt <= r.sentAt) {
                const Segment &p = trace.segments[fromPeer[next]].segment;
                const uint32_t end = p.seq + p.sequenceLength();
                if (!p.has(TcpFlag::Rst) && (!havePeer || seqGreater(end, peerEnd))) {
                    peerEnd = end;
                    havePeer = true;
                }
                ++next;
            }
            const Segment &seg = r.segment;
            if (!seg.has(TcpFlag::Ack))
                continue;
            if (!havePeer)
                problems << QStringLiteral("%1 sent ACK %2 %3 before its peer sent anything: %4")
                                .arg(who)
                                .arg(seg.ack)
                                .arg(at(r.sentAt), segmentText(r));
            else if (seqGreater(seg.ack, peerEnd))
                problems << QStringLiteral("%1 acknowledged %2, beyond the peer's %3: %4")
                                .arg(who)
                                .arg(seg.ack)
                                .arg(peerEnd)
                                .arg(segmentText(r));
            if (haveAck && seqLess(seg.ack, lastAck))
                problems << QStringLiteral("%1's ACK went back from %2 to %3: %4")
                                .arg(who)
                                .arg(lastAck)
                                .arg(seg.ack)
                                .arg(segmentText(r));
            if (!haveAck || seqGreater(seg.ack, lastAck))
                lastAck = seg.ack;
            haveAck = true;
        }
    }
    return problems;
}

QStringList finSequenceNumberIsStable(const CheckedRun &run)
{
    const Trace &trace = *run.trace;
    QStringList problems;
    QHash<int, const SegmentRecord *> firstFin;
    for (const SegmentRecord &r : trace.segments) {
        if (r.fromSocket < 0 || !r.segment.has(TcpFlag::Fin) || r.segment.has(TcpFlag::Rst))
            continue;
        const SegmentRecord *first = firstFin.value(r.fromSocket);
        if (!first) {
            firstFin.insert(r.fromSocket, &r);
            continue;
        }
        const uint32_t firstPlace = first->segment.seq + first->segment.length();
        const uint32_t place = r.segment.seq + r.segment.length();
        if (place != firstPlace)
            problems << QStringLiteral("%1's FIN moved from seq %2 to %3: %4")
                            .arg(socketName(trace, r.fromSocket))
                            .arg(firstPlace)
                            .arg(place)
                            .arg(segmentText(r));
    }
    return problems;
}

QStringList retransmissionsWithinLimitsAndBackoff(const CheckedRun &run)
{
    const Trace &trace = *run.trace;
    QStringList problems;
    for (const SocketInfo &sock : trace.sockets) {
        if (sock.listener)
            continue;
        const QString who = socketName(trace, sock.id);
        const ProtocolSettings p = settingsOf(run, sock.id);
        auto opening = [](TcpState s) { return s == TcpState::SynSent || s == TcpState::SynReceived; };
        // Linux's linear SYN retries come on top of tcp_syn_retries (tcp_write_timeout).
        auto limitIn = [&p](TcpState s) {
            return s == TcpState::SynSent ? p.synRetries + p.synLinearTimeouts
                   : s == TcpState::SynReceived ? p.synAckRetries : p.dataRetries;
        };
        auto limitName = [](TcpState s) {
            return s == TcpState::SynSent       ? QStringLiteral("syn_retries + syn_linear_timeouts")
                   : s == TcpState::SynReceived ? QStringLiteral("synack_retries")
                                                : QStringLiteral("data_retries");
        };
        TcpState state = sock.listenerSocket >= 0 ? TcpState::Listen : TcpState::Closed;
        int streak = 0;             // retransmissions since the timer was last started afresh
        SimTime interval = 0;       // the timeout of the running timer
        SimTime due = 0;            // 0 = not running
        bool inFire = false, rearmed = false, retransmitted = false;
        SimTime fireTime = 0;
        TcpState fireState = state;
        auto endFire = [&] {
            if (!inFire)
                return;
            inFire = false;
            if (rearmed) {
                if (!retransmitted)
                    problems << QStringLiteral("%1's retransmission timer fired %2 and was re-armed, but nothing was retransmitted")
                                    .arg(who, at(fireTime));
                return;
            }
            if (state != TcpState::Closed)
                problems << QStringLiteral("%1's retransmission timer fired %2 in %3: neither retransmitted nor gave up")
                                .arg(who, at(fireTime), tcpStateName(fireState));
            else if (streak < limitIn(fireState))
                problems << QStringLiteral("%1 gave up %2 in %3 after only %4 retransmissions; %5 is %6")
                                .arg(who, at(fireTime), tcpStateName(fireState))
                                .arg(streak)
                                .arg(limitName(fireState))
                                .arg(limitIn(fireState));
        };
        for (int index : trace.eventsOfSocket(sock.id)) {
            const TraceEvent &e = trace.events[index];
            if (inFire && startsNewBatch(e, fireTime))
                endFire();
            if (e.type == TraceEventType::State) {
                state = e.toState;
                continue;
            }
            if (e.type == TraceEventType::Send && inFire) {
                retransmitted = retransmitted || trace.segments[e.segment].kind == SegmentKind::Retransmission;
                continue;
            }
            if (e.type != TraceEventType::Timer || e.timer != TimerKind::Retransmission)
                continue;
            switch (e.timerAction) {
            case TimerAction::Fire:
                if (e.time != due)
                    problems << QStringLiteral("%1's retransmission timer fired %2, but it was due %3")
                                    .arg(who, at(e.time),
                                         due ? at(due) : QStringLiteral("never (not running)"));
                inFire = true;
                rearmed = retransmitted = false;
                fireTime = e.time;
                fireState = state;
                due = 0;
                break;
            case TimerAction::Set: {
                const SimTime next = e.due - e.time;
                if (inFire) {
                    rearmed = true;
                    ++streak;
                    if (streak > limitIn(fireState))
                        problems << QStringLiteral("%1 retransmitted for the %2th time %3 in %4; %5 is %6")
                                        .arg(who)
                                        .arg(streak)
                                        .arg(at(e.time), tcpStateName(fireState), limitName(fireState))
                                        .arg(limitIn(fireState));
                    // RFC 6298 §5.5 doubles; Linux's tcp_syn_linear_timeouts keeps the first
                    // few SYN retries at the same timeout.
                    const bool linear = fireState == TcpState::SynSent && streak <= p.synLinearTimeouts;
                    const SimTime expected = linear ? interval : std::min(2 * interval, p.rtoMax);
                    if (next != expected)
                        problems << QStringLiteral("%1's retransmission %2 (#%3 in a row) set a timeout of %4 after %5; expected %6")
                                        .arg(who, at(e.time))
                                        .arg(streak)
                                        .arg(formatSimTime(next), formatSimTime(interval), formatSimTime(expected));
                } else {
                    streak = 0;
                    if (opening(state) && next != p.rtoInitial)
                        problems << QStringLiteral("%1's first timeout in %2 %3 is %4, not rto_initial %5")
                                        .arg(who, tcpStateName(state), at(e.time), formatSimTime(next),
                                             formatSimTime(p.rtoInitial));
                    else if (next < std::min(p.rtoMin, p.rtoInitial) || next > p.rtoMax)
                        problems << QStringLiteral("%1 set a retransmission timeout of %2 %3, outside rto_min %4 … rto_max %5")
                                        .arg(who, formatSimTime(next), at(e.time), formatSimTime(p.rtoMin),
                                             formatSimTime(p.rtoMax));
                }
                interval = next;
                due = e.due;
                break;
            }
            case TimerAction::Cancel:
                streak = 0;
                due = 0;
                break;
            }
        }
        endFire();
    }
    return problems;
}

QStringList determinism(const CheckedRun &run)
{
    const Trace again = Simulator::run(*run.scenario, run.limit);
    const QString first = traceToText(*run.trace, *run.scenario);
    const QString second = traceToText(again, *run.scenario);
    if (first == second)
        return {};
    const QStringList a = first.split(QLatin1Char('\n'));
    const QStringList b = second.split(QLatin1Char('\n'));
    int line = 0;
    while (line < a.size() && line < b.size() && a[line] == b[line])
        ++line;
    return {QStringLiteral("running the same scenario again gave a different trace at line %1:\n"
                           "      first:  %2\n      second: %3")
                .arg(line + 1)
                .arg(a.value(line, QStringLiteral("<end>")), b.value(line, QStringLiteral("<end>")))};
}

QStringList noEventAfterTheLimit(const CheckedRun &run)
{
    const Trace &trace = *run.trace;
    QStringList problems;
    SimTime previous = 0;
    for (int i = 0; i < trace.events.size(); ++i) {
        const TraceEvent &e = trace.events[i];
        if (e.time > run.limit)
            problems << QStringLiteral("event %1 (%2) %3 is after the limit %4")
                            .arg(i)
                            .arg(traceEventTypeName(e.type), at(e.time), formatSimTime(run.limit));
        if (e.time < previous)
            problems << QStringLiteral("event %1 (%2) %3 comes after an event at %4")
                            .arg(i)
                            .arg(traceEventTypeName(e.type), at(e.time), formatSimTime(previous));
        previous = std::max(previous, e.time);
    }
    if (trace.endTime > run.limit)
        problems << QStringLiteral("the trace ends at %1, after the limit %2")
                        .arg(formatSimTime(trace.endTime), formatSimTime(run.limit));
    return problems;
}

QStringList dataAfterCloseIsAnsweredWithRst(const CheckedRun &run)
{
    const Trace &trace = *run.trace;
    QStringList problems;
    // A killed process closes every socket its host holds (the scenario format's "kill").
    QHash<int, QList<int>> killsByHost; // event indexes
    for (int i = 0; i < trace.events.size(); ++i) {
        const TraceEvent &e = trace.events[i];
        if (e.type == TraceEventType::Host && e.hostEvent == HostEventKind::Kill)
            killsByHost[e.host].append(i);
    }
    for (const SocketInfo &sock : trace.sockets) {
        if (sock.listener)
            continue;
        const QString who = socketName(trace, sock.id);
        const QList<int> kills = killsByHost.value(sock.host);
        int nextKill = 0;
        TcpState state = sock.listenerSocket >= 0 ? TcpState::Listen : TcpState::Closed;
        bool closedByApp = false, haveEnd = false, seenAny = false;
        uint32_t receivedEnd = 0;
        int pending = -1; // a delivery of new data after close, waiting for its answer
        bool answeredRst = false;
        auto judge = [&] {
            if (pending >= 0 && !answeredRst) {
                const TraceEvent &d = trace.events[pending];
                problems << QStringLiteral("%1 got new data %2 after its application closed, and did not answer RST: %3")
                                .arg(who, at(d.time), segmentText(trace.segments[d.segment]));
            }
            pending = -1;
        };
        for (int index : trace.eventsOfSocket(sock.id)) {
            const TraceEvent &e = trace.events[index];
            if (pending >= 0 && startsNewBatch(e, trace.events[pending].time))
                judge();
            while (nextKill < kills.size() && kills[nextKill] < index) {
                closedByApp = closedByApp || (seenAny && state != TcpState::Closed);
                ++nextKill;
            }
            seenAny = true;
            if (e.type == TraceEventType::App && e.appCall == AppActionKind::Close)
                closedByApp = true;
            if (e.type == TraceEventType::State)
                state = e.toState;
            if (e.type == TraceEventType::Send && pending >= 0)
                answeredRst = answeredRst || trace.segments[e.segment].segment.has(TcpFlag::Rst);
            if (e.type != TraceEventType::Deliver || e.segment < 0)
                continue;
            const Segment &seg = trace.segments[e.segment].segment;
            if (seg.payload.isEmpty() || seg.has(TcpFlag::Rst))
                continue;
            const uint32_t end = seg.seq + seg.length();
            const bool isNew = !haveEnd || seqGreater(end, receivedEnd);
            // Only FIN-WAIT-1 and -2 process text after a close (§3.10.7.4, seventh).
            if (closedByApp && isNew && (state == TcpState::FinWait1 || state == TcpState::FinWait2)) {
                pending = index;
                answeredRst = false;
            }
            if (isNew) {
                receivedEnd = end;
                haveEnd = true;
            }
        }
        judge();
    }
    return problems;
}

QStringList receivedDataIsAPrefixOfSentData(const CheckedRun &run)
{
    const Trace &trace = *run.trace;
    QStringList problems;
    const QHash<int, QByteArray> sent = appSentData(run);
    for (const SocketInfo &sock : trace.sockets) {
        QByteArray received;
        QSet<int> dataSenders;
        for (int index : trace.eventsOfSocket(sock.id)) {
            const TraceEvent &e = trace.events[index];
            if (e.type == TraceEventType::Notice && e.notice == NoticeKind::DataReceived)
                received += e.data;
            // The peer is whoever sent the data segments delivered to this socket; data
            // from two sockets (say, two incarnations) mixed into one stream is itself a
            // violation.
            if (e.type == TraceEventType::Deliver && e.segment >= 0
                && !trace.segments[e.segment].segment.payload.isEmpty())
                dataSenders.insert(trace.segments[e.segment].fromSocket);
        }
        const QString who = socketName(trace, sock.id);
        if (dataSenders.size() > 1)
            problems << QStringLiteral("%1 got data from %2 different sockets").arg(who).arg(dataSenders.size());
        const int peer = dataSenders.isEmpty() ? -1 : *dataSenders.cbegin();
        const QByteArray peerSent = peer >= 0 ? sent.value(peer) : QByteArray();
        if (!peerSent.startsWith(received))
            problems << QStringLiteral("%1 received %2 bytes %3, not a prefix of the peer's %4")
                            .arg(who)
                            .arg(received.size())
                            .arg(QString::fromLatin1(received.left(200).toPercentEncoding()),
                                 QString::fromLatin1(peerSent.left(200).toPercentEncoding()));
    }
    return problems;
}

QStringList sequenceNumbersOnlyGrow(const CheckedRun &run)
{
    const Trace &trace = *run.trace;
    QStringList problems;
    const QHash<int, QByteArray> sent = appSentData(run);
    QHash<int, QList<int>> sentBy;
    for (const SegmentRecord &r : trace.segments) {
        if (r.fromSocket >= 0)
            sentBy[r.fromSocket].append(r.id);
    }
    QHash<QPair<quint64, quint64>, QList<int>> byDirection;
    for (const SegmentRecord &r : trace.segments)
        byDirection[directionKey(r.segment.source, r.segment.destination)].append(r.id);
    for (const SocketInfo &sock : trace.sockets) {
        if (sock.listener) // a listener's SYN cookies answer many peers, statelessly
            continue;
        const QString who = socketName(trace, sock.id);
        QSet<uint32_t> acksReceived; // a RST may borrow SEG.ACK of a segment it answers
        for (int id : byDirection.value(directionKey(sock.remote, sock.local))) {
            if (trace.segments[id].segment.has(TcpFlag::Ack))
                acksReceived.insert(trace.segments[id].segment.ack);
        }
        const QByteArray mySent = sent.value(sock.id);
        bool haveFirst = false;
        uint32_t iss = 0, nextNew = 0;
        QSet<uint32_t> sentSeqs; // where SYNs were sent
        for (int id : sentBy.value(sock.id)) {
            const SegmentRecord &r = trace.segments[id];
            if (r.kind == SegmentKind::Duplicate)
                continue;
            const Segment &seg = r.segment;
            const uint32_t end = seg.seq + seg.sequenceLength();
            if (!haveFirst) {
                haveFirst = true;
                iss = seg.has(TcpFlag::Syn) ? seg.seq : seg.seq - 1;
                nextNew = seg.seq;
            }
            if (seg.keepaliveProbe)
                continue;
            if (r.reason == SendReason::ZeroWindowProbe) {
                // A zero-window probe sends the byte at SND.NXT beyond the window without
                // counting it as sent (RFC 9293 §3.8.6.1): SND.NXT does not move. Its byte
                // must still be the application's.
                const int offset = seqDiff(seg.seq, iss + 1);
                if (seg.seq != nextNew || seg.payload.size() != 1
                    || mySent.mid(offset, 1) != seg.payload)
                    problems << QStringLiteral("%1 sent a zero-window probe that is not the byte at SND.NXT %2: %3")
                                    .arg(who)
                                    .arg(nextNew)
                                    .arg(segmentText(r));
                continue;
            }
            // After the handshake every segment carries ACK; only an opening SYN and a RST
            // answering a segment without ACK may lack it.
            if (!seg.has(TcpFlag::Ack) && !seg.has(TcpFlag::Syn) && !seg.has(TcpFlag::Rst))
                problems << QStringLiteral("%1 sent a segment without ACK: %2").arg(who, segmentText(r));
            if (seg.has(TcpFlag::Rst)) {
                if (seg.seq != nextNew && !acksReceived.contains(seg.seq))
                    problems << QStringLiteral("%1 sent RST with seq %2, neither SND.NXT %3 nor an ack it got: %4")
                                    .arg(who)
                                    .arg(seg.seq)
                                    .arg(nextNew)
                                    .arg(segmentText(r));
                continue;
            }
            // A simultaneous open's SYN,ACK repeats the SYN already sent (RFC 9293 §3.5,
            // Figure 8): the same place in the sequence space, not a step back.
            const bool repeatsSyn = seg.has(TcpFlag::Syn) && seg.seq == iss && sentSeqs.contains(iss);
            if (r.kind == SegmentKind::Retransmission || repeatsSyn) {
                // Only what was sent before, though the bytes may be cut differently
                // (stacks repacketize on retransmission; the content is checked below).
                const bool resent = seg.has(TcpFlag::Syn) ? seg.seq == iss && sentSeqs.contains(iss)
                                                          : seqGreater(seg.seq, iss) && seqLessEqual(end, nextNew);
                if (!resent)
                    problems << QStringLiteral("%1 retransmitted what it never sent: %2 (next new %3)")
                                    .arg(who, segmentText(r))
                                    .arg(nextNew);
            } else if (seg.seq != nextNew) {
                problems << QStringLiteral("%1's sequence went from %2 to %3: %4")
                                .arg(who)
                                .arg(nextNew)
                                .arg(seg.seq)
                                .arg(segmentText(r));
            }
            if (!seg.payload.isEmpty()) {
                const int offset = seqDiff(seg.seq, iss + 1);
                if (offset < 0 || mySent.mid(offset, seg.payload.size()) != seg.payload)
                    problems << QStringLiteral("%1 sent bytes its application never wrote there: %2")
                                    .arg(who, segmentText(r));
            }
            if (seg.has(TcpFlag::Syn))
                sentSeqs.insert(seg.seq);
            if (seqGreater(end, nextNew))
                nextNew = end;
        }
    }
    return problems;
}

QStringList failureNoticeMeansClosed(const CheckedRun &run)
{
    const Trace &trace = *run.trace;
    QStringList problems;
    for (const TraceEvent &e : trace.events) {
        if (e.type != TraceEventType::Notice || !isFailureNotice(e.notice) || e.socket < 0)
            continue;
        const TcpState state = trace.stateAt(e.socket, e.time);
        if (state != TcpState::Closed)
            problems << QStringLiteral("%1 was told %2 %3 but is still %4")
                            .arg(socketName(trace, e.socket), noticeKindName(e.notice), at(e.time),
                                 tcpStateName(state));
    }
    return problems;
}

QStringList connectionsEndClosed(const CheckedRun &run)
{
    const Trace &trace = *run.trace;
    QStringList problems;
    if (!run.expectAllClosed)
        return problems;
    for (const SocketInfo &sock : trace.sockets) {
        if (sock.listener)
            continue;
        const TcpState final = trace.stateAt(sock.id, trace.endTime);
        // A half-open entry a RST (or a different SYN) sent back to LISTEN (RFC 9293
        // §3.10.7.4) is gone from its listener: ended, like CLOSED.
        const bool returnedToListener = final == TcpState::Listen && sock.listenerSocket >= 0;
        if (final != TcpState::Closed && !returnedToListener)
            problems << QStringLiteral("%1 ended in %2 at %3")
                            .arg(socketName(trace, sock.id), tcpStateName(final), formatSimTime(trace.endTime));
    }
    return problems;
}

} // namespace tcplab::testing::TraceInvariants
