// Rules that need hosts and a network: demultiplexing to listeners and connections, the
// host's answer for closed ports, SYN queue and SYN cookies, crash/reboot/kill, the SYN
// flood, the two-way-handshake variant, TIME-WAIT reuse, and the network itself (delay per
// direction, seeded jitter and loss, the fault plan) as recorded in the trace. Each test
// builds a small Scenario in code and runs Simulator::run.
#include "scenario/scenario_library.h"
#include "sim/fault_plan.h"
#include "sim/simulation_control.h"
#include "sim/simulator.h"
#include "trace/trace_format.h"

#include <QSet>
#include <QTest>
#include <limits>

using namespace tcplab;

namespace {

constexpr SimTime ms(int64_t v) { return msToUs(v); }
constexpr SimTime sec(int64_t v) { return secondsToUs(v); }

constexpr uint32_t kAddrA = 0x0A000001u;    // 10.0.0.1
constexpr uint32_t kAddrB = 0x0A000002u;    // 10.0.0.2
constexpr uint32_t kAddrC = 0x0A000042u;    // 10.0.0.66, the attacker
constexpr uint32_t kSpoofNet = 0xC0A84200u; // 192.168.66.0/24

HostSpec host(const QString &name, uint32_t address, HostKind kind = HostKind::Host)
{
    HostSpec h;
    h.name = name;
    h.address = address;
    h.kind = kind;
    if (kind == HostKind::Attacker)
        h.spoofNetwork = kSpoofNet;
    return h;
}

AppAction action(SimTime at, const QString &hostName, AppActionKind kind)
{
    AppAction a;
    a.at = at;
    a.host = hostName;
    a.kind = kind;
    return a;
}

AppAction listenAction(SimTime at, const QString &hostName, int port, int backlog = -1)
{
    AppAction a = action(at, hostName, AppActionKind::Listen);
    a.port = port;
    a.isn = 5000;
    a.backlog = backlog;
    return a;
}

AppAction connectAction(SimTime at, const QString &hostName, const QString &to, int remotePort,
                        uint32_t isn = 1000, const QString &label = QStringLiteral("c"))
{
    AppAction a = action(at, hostName, AppActionKind::Connect);
    a.to = to;
    a.remotePort = remotePort;
    a.port = 40000;
    a.isn = isn;
    a.socket = label;
    return a;
}

AppAction sendAction(SimTime at, const QString &hostName, const QByteArray &data)
{
    AppAction a = action(at, hostName, AppActionKind::Send);
    a.data = data;
    return a;
}

AppAction floodAction(SimTime at, int count, double rate)
{
    AppAction a = action(at, QStringLiteral("C"), AppActionKind::SynFlood);
    a.to = QStringLiteral("B");
    a.remotePort = 80;
    a.count = count;
    a.ratePerSecond = rate;
    return a;
}

// A (10.0.0.1) and B (10.0.0.2), 50 ms one way, B listening on port 80 from t = 0 and A
// connecting from port 40000 at 10 ms (ISNs 1000 and 5000).
Scenario twoHosts(bool withConnect = true)
{
    Scenario s;
    s.id = QStringLiteral("test");
    s.hosts = {host(QStringLiteral("A"), kAddrA), host(QStringLiteral("B"), kAddrB)};
    s.network.delay = ms(50);
    s.duration = sec(200);
    s.actions.append(listenAction(0, QStringLiteral("B"), 80));
    if (withConnect)
        s.actions.append(connectAction(ms(10), QStringLiteral("A"), QStringLiteral("B"), 80));
    return s;
}

int hostIndex(const Trace &t, const QString &name)
{
    for (int i = 0; i < t.hosts.size(); ++i)
        if (t.hosts[i].name == name)
            return i;
    return -1;
}

// Connection sockets (not listeners) of a host, in creation order.
QList<int> connections(const Trace &t, const QString &hostName)
{
    QList<int> out;
    const int h = hostIndex(t, hostName);
    for (const SocketInfo &s : t.sockets)
        if (s.host == h && !s.listener)
            out << s.id;
    return out;
}

int listenerOf(const Trace &t, const QString &hostName)
{
    const int h = hostIndex(t, hostName);
    for (const SocketInfo &s : t.sockets)
        if (s.host == h && s.listener)
            return s.id;
    return -1;
}

QList<NoticeKind> notices(const Trace &t, int socket)
{
    QList<NoticeKind> out;
    for (const TraceEvent &e : t.events)
        if (e.type == TraceEventType::Notice && e.socket == socket)
            out << e.notice;
    return out;
}

QList<const TraceEvent *> stateEvents(const Trace &t, int socket)
{
    QList<const TraceEvent *> out;
    for (const TraceEvent &e : t.events)
        if (e.type == TraceEventType::State && e.socket == socket)
            out << &e;
    return out;
}

bool hasTransition(const Trace &t, int socket, TcpState from, TcpState to, StateCause cause)
{
    for (const TraceEvent *e : stateEvents(t, socket))
        if (e->fromState == from && e->toState == to && e->cause == cause)
            return true;
    return false;
}

// Non-duplicate segments a host sent, in order.
QList<const SegmentRecord *> sentBy(const Trace &t, const QString &hostName)
{
    QList<const SegmentRecord *> out;
    const int h = hostIndex(t, hostName);
    for (const SegmentRecord &r : t.segments)
        if (r.fromHost == h && r.kind != SegmentKind::Duplicate)
            out << &r;
    return out;
}

const SegmentRecord *byOrdinal(const Trace &t, const QString &hostName, int ordinal)
{
    for (const SegmentRecord *r : sentBy(t, hostName))
        if (r->senderOrdinal == ordinal)
            return r;
    return nullptr;
}

bool delivered(const Trace &t, int segmentId)
{
    for (const TraceEvent &e : t.events)
        if (e.type == TraceEventType::Deliver && e.segment == segmentId)
            return true;
    return false;
}

QString dump(const Trace &t, const Scenario &s)
{
    return traceToText(t, s);
}

// The RSTs a host sent (duplicates included), in order.
QList<const SegmentRecord *> resetsFrom(const Trace &t, const QString &hostName)
{
    QList<const SegmentRecord *> out;
    const int h = hostIndex(t, hostName);
    for (const SegmentRecord &r : t.segments)
        if (r.fromHost == h && r.segment.has(TcpFlag::Rst))
            out << &r;
    return out;
}

Scenario builtIn(const char *id)
{
    const auto loaded = ScenarioLibrary::load(QString::fromLatin1(id));
    if (!loaded.ok)
        qFatal("built-in scenario %s does not load", id);
    return loaded.scenario;
}

} // namespace

class TestSimulator : public QObject
{
    Q_OBJECT

private slots:
    void callsScriptedDuringTheHandshakeWaitForItAndKeepTheirSpacing()
    {
        // A blocking connect() returns only when the handshake completes, and accept() only
        // hands out established connections: with the SYN,ACK lost, the client's send and
        // close (scripted at 0.3 s and 0.9 s) wait until 1.11 s and keep their 0.6 s gap.
        const auto loaded = ScenarioLibrary::load(QStringLiteral("handshake-and-close"));
        QVERIFY(loaded.ok);
        Scenario sc = loaded.scenario;
        FaultRule drop;
        drop.kind = FaultKind::Drop;
        drop.host = QStringLiteral("B");
        drop.ordinal = 1;
        sc.faults = {drop};
        const Trace t = Simulator::run(sc);
        SimTime established = -1;
        QList<SimTime> appCalls;
        for (const TraceEvent &e : t.events) {
            if (e.host != 0)
                continue;
            if (e.type == TraceEventType::State && e.toState == TcpState::Established)
                established = e.time;
            if (e.type == TraceEventType::App && e.appCall != AppActionKind::Connect)
                appCalls << e.time;
        }
        QCOMPARE(established, msToUs(1110));
        QCOMPARE(appCalls, (QList<SimTime>{msToUs(1110), msToUs(1710)}));
        // The story keeps its shape: the client still closes first and holds TIME-WAIT.
        bool clientTimeWait = false;
        for (const TraceEvent &e : t.events)
            clientTimeWait |= e.host == 0 && e.type == TraceEventType::State && e.toState == TcpState::TimeWait;
        QVERIFY(clientTimeWait);
    }

    void scriptedCloseInSynSentDeletesTheConnectionAtOnceRfc9293Section3_10_4_data()
    {
        QTest::addColumn<QString>("scenario");
        QTest::newRow("syn-timeout (no answer ever)") << QStringLiteral("syn-timeout");
        QTest::newRow("lost-syn (first SYN lost)") << QStringLiteral("lost-syn");
    }

    void scriptedCloseInSynSentDeletesTheConnectionAtOnceRfc9293Section3_10_4()
    {
        // RFC 9293 §3.10.4, CLOSE call in SYN-SENT: "Delete the TCB and return 'error:
        // closing' responses to any queued SENDs". A close that gives up the pending
        // connect() (wait_for_handshake: false) does not wait for a handshake that has not
        // happened: the client goes SYN-SENT → CLOSED at 0.5 s, sends nothing (no FIN, no
        // RST) and retries no SYN. (Without the key the close waits, as the next call of a
        // blocking application: callsScriptedDuringTheHandshakeWaitForItAndKeepTheirSpacing.)
        QFETCH(QString, scenario);
        const auto loaded = ScenarioLibrary::load(scenario);
        QVERIFY(loaded.ok);
        Scenario sc = loaded.scenario;
        AppAction close;
        close.at = msToUs(500);
        close.host = QStringLiteral("A");
        close.kind = AppActionKind::Close;
        close.waitForHandshake = false;
        sc.actions << close;
        const Trace t = Simulator::run(sc);
        const int a = hostIndex(t, QStringLiteral("A"));
        QList<TraceEvent> states;
        SimTime closeCall = -1;
        for (const TraceEvent &e : t.events) {
            if (e.host != a)
                continue;
            if (e.type == TraceEventType::State)
                states << e;
            if (e.type == TraceEventType::App && e.appCall == AppActionKind::Close)
                closeCall = e.time;
            QVERIFY2(!(e.type == TraceEventType::Timer && e.timerAction == TimerAction::Fire),
                     "no timer of the deleted connection may fire");
            QVERIFY2(!(e.type == TraceEventType::Notice && e.notice == NoticeKind::TimedOut),
                     "a closed connection does not time out");
        }
        QCOMPARE(closeCall, msToUs(500));
        QCOMPARE(states.size(), 2);
        QCOMPARE(states[1].fromState, TcpState::SynSent);
        QCOMPARE(states[1].toState, TcpState::Closed);
        QCOMPARE(states[1].cause, StateCause::AppClose);
        QCOMPARE(states[1].time, msToUs(500));
        int sentByA = 0;
        for (const SegmentRecord &r : t.segments) {
            if (r.fromHost == a) {
                ++sentByA;
                QVERIFY(r.sentAt < msToUs(500));
            }
        }
        QCOMPARE(sentByA, 1); // the first SYN only
    }

    void segmentWithoutControlBitsDrawsRstAckFromAClosedPortAndNothingFromAListener()
    {
        // A NULL scan, made with an `inject` action whose flags are "none". RFC 9293
        // §3.10.7.1 (CLOSED): the ACK bit is off, so <SEQ=0><ACK=SEG.SEQ+SEG.LEN><CTL=RST,ACK>;
        // §3.10.7.2 (LISTEN), fourth: a segment with neither SYN nor RST nor ACK is dropped.
        Scenario sc = twoHosts(false);
        auto inject = [](SimTime at, int port) {
            AppAction a;
            a.at = at;
            a.host = QStringLiteral("A");
            a.kind = AppActionKind::Inject;
            a.segment.source = QStringLiteral("A:5555");
            a.segment.destination = QStringLiteral("B:%1").arg(port);
            a.segment.flags = 0;
            a.segment.seq = 100;
            return a;
        };
        sc.actions << inject(ms(100), 81) << inject(ms(300), 80);
        const Trace t = Simulator::run(sc);
        const int a = hostIndex(t, QStringLiteral("A"));
        const int b = hostIndex(t, QStringLiteral("B"));
        QList<const SegmentRecord *> fromB;
        for (const SegmentRecord &r : t.segments) {
            if (r.fromHost == a) {
                QCOMPARE(r.segment.flags, TcpFlags(0));
                QCOMPARE(r.reason, SendReason::Injected);
            } else if (r.fromHost == b) {
                fromB << &r;
            }
        }
        QCOMPARE(fromB.size(), 1); // the closed port's answer; the listener stays silent
        QCOMPARE(fromB[0]->segment.source.port, uint16_t(81));
        QCOMPARE(fromB[0]->segment.flags, TcpFlags(TcpFlag::Rst | TcpFlag::Ack));
        QCOMPARE(fromB[0]->segment.seq, 0u);
        QCOMPARE(fromB[0]->segment.ack, 100u);
        QCOMPARE(fromB[0]->reason, SendReason::NoConnection);
        QCOMPARE(connections(t, QStringLiteral("B")).size(), 0); // no half-open entry either
        QCOMPARE(t.stateAt(0, t.endTime), TcpState::Listen);
    }

    void serverCallsBeforeAnyConnectionWaitForAcceptInsteadOfHittingTheListener()
    {
        // With the client's first SYN lost, the server's send (0.5 s) and close (1.2 s) come
        // before accept() could return: they wait for the connection instead of landing on
        // the listener, and the reply is really sent.
        Scenario sc = builtIn("handshake-and-close");
        FaultRule drop;
        drop.kind = FaultKind::Drop;
        drop.host = QStringLiteral("A");
        drop.ordinal = 1;
        sc.faults = {drop};
        const Trace t = Simulator::run(sc);
        QList<int> serverCallSockets;
        for (const TraceEvent &e : t.events) {
            if (e.host == 1 && e.type == TraceEventType::App && e.appCall != AppActionKind::Listen)
                serverCallSockets << e.socket;
        }
        QCOMPARE(serverCallSockets.size(), 2);
        for (int socket : serverCallSockets) {
            QVERIFY(socket >= 0);
            QVERIFY(!t.sockets[socket].listener);
        }
        qsizetype serverBytesSent = 0;
        for (const SegmentRecord &r : t.segments)
            if (r.fromHost == 1)
                serverBytesSent += r.segment.payload.size();
        QCOMPARE(serverBytesSent, qsizetype(19));
    }

    void runawayRunStopsAtTheEventLimitAndSaysSo()
    {
        // A keepalive probe after every millisecond of silence, each answered, for a week:
        // the run stops after the event limit, keeps what happened so far and records why.
        Scenario sc = twoHosts();
        sc.protocol.keepalive = true;
        sc.protocol.keepaliveIdle = ms(1);
        sc.protocol.keepaliveInterval = sec(1); // longer than the round trip: every probe is answered
        sc.duration = maxRunTime;
        const qint64 limit = 5000;
        const Trace t = Simulator::run(sc, -1, limit);
        QCOMPARE(t.stoppedAtLimit, RunLimit::Events);
        QVERIFY(!t.events.isEmpty());
        QVERIFY(t.endTime < sc.duration);
    }

    void runWithinTheEventLimitIsNotMarkedStopped()
    {
        const Trace t = Simulator::run(builtIn("handshake-and-close"));
        QCOMPARE(t.stoppedAtLimit, RunLimit::None);
    }

    void cancelFromTheProgressHandlerStopsTheRunThereAndSaysSo()
    {
        // The window's Cancel button, made deterministic: the progress handler cancels when
        // the run has done 3,000 events. The run stops before its next event, says why, and
        // what it ran is the start of the whole run, line for line.
        Scenario sc = twoHosts();
        sc.protocol.keepalive = true;
        sc.protocol.keepaliveIdle = ms(1);
        sc.protocol.keepaliveInterval = sec(1);
        sc.duration = maxRunTime;
        const qint64 limit = 5000;
        const Trace whole = Simulator::run(sc, -1, limit);
        QCOMPARE(whole.stoppedAtLimit, RunLimit::Events);

        SimulationControl control(1000);
        QList<qint64> reportedEvents;
        control.setProgressHandler([&](const SimulationProgress &p) {
            reportedEvents << p.events;
            if (p.events == 3000)
                control.cancel();
        });
        const Trace cut = Simulator::run(sc, -1, limit, &control);
        QCOMPARE(cut.stoppedAtLimit, RunLimit::Cancelled);
        QCOMPARE(reportedEvents, (QList<qint64>{0, 1000, 2000, 3000}));
        QVERIFY(!cut.events.isEmpty());
        QVERIFY(cut.events.size() < whole.events.size());
        QVERIFY(cut.endTime < whole.endTime);

        QString cutText = traceToText(cut, sc);
        const QString lastLine = cutText.section(QLatin1Char('\n'), -2, -2);
        QVERIFY2(lastLine.endsWith(QLatin1String("run cancelled: the trace is partial")), qPrintable(lastLine));
        cutText.chop(lastLine.size() + 1);
        QVERIFY(traceToText(whole, sc).startsWith(cutText));
        QVERIFY(traceToJsonLines(cut, sc).endsWith("\"event\":\"limit\",\"limit\":\"cancelled\"}\n"));
    }

    void progressGrowsWithTheRunAndWatchingDoesNotChangeIt()
    {
        Scenario sc = twoHosts();
        sc.protocol.keepalive = true;
        sc.protocol.keepaliveIdle = ms(1);
        sc.protocol.keepaliveInterval = sec(1);
        sc.duration = maxRunTime;
        const qint64 limit = 4000;
        SimulationControl control(500);
        QList<SimulationProgress> reports;
        control.setProgressHandler([&](const SimulationProgress &p) { reports << p; });
        const Trace watched = Simulator::run(sc, -1, limit, &control);
        QCOMPARE(watched.stoppedAtLimit, RunLimit::Events);
        QCOMPARE(reports.size(), 8); // at 0, 500, ..., 3500 events
        for (int i = 0; i < reports.size(); ++i) {
            QCOMPARE(reports[i].events, qint64(i) * 500);
            QCOMPARE(reports[i].end, sc.duration);
            QCOMPARE(reports[i].maxEvents, limit);
            // A week of virtual time is far off: the event limit decides how far it is.
            QCOMPARE(reports[i].fraction(), double(reports[i].events) / double(limit));
            if (i > 0)
                QVERIFY(reports[i].time >= reports[i - 1].time);
        }
        QCOMPARE(traceToText(watched, sc), traceToText(Simulator::run(sc, -1, limit), sc));
    }

    void progressFractionFollowsVirtualTimeWhenItIsAhead()
    {
        SimulationProgress p;
        p.events = 10;
        p.maxEvents = 1000;
        p.time = sec(30);
        p.end = sec(60);
        QCOMPARE(p.fraction(), 0.5);
        p.time = sec(90); // past the end: never more than all
        QCOMPARE(p.fraction(), 1.0);
    }

    void hugeFaultDelaysSaturateInsteadOfMakingTimeNegative()
    {
        // Eleven delays of a quarter of the largest time each would overflow a signed 64-bit
        // sum; the segment arrives "never" (after the run) instead of before it was sent.
        Scenario sc = twoHosts();
        FaultRule delay;
        delay.kind = FaultKind::Delay;
        delay.host = QStringLiteral("A");
        delay.ordinal = 1;
        delay.delta = std::numeric_limits<SimTime>::max() / 4;
        for (int i = 0; i < 11; ++i)
            sc.faults.append(delay);
        const Trace t = Simulator::run(sc);
        QVERIFY(!t.segments.isEmpty());
        for (const SegmentRecord &r : t.segments) {
            QVERIFY(r.arrivesAt >= r.sentAt);
            QVERIFY(r.faultDelta >= 0);
        }
        QCOMPARE(t.segments.first().arrivesAt, std::numeric_limits<SimTime>::max());
    }

    void faultDelayLongerThanAnyRunIsRejected()
    {
        FaultRule rule;
        QString error;
        QVERIFY(!parseFaultRule(FaultKind::Delay, QStringLiteral("A#2:250000000h"), &rule, &error));
        QVERIFY2(error.contains(QLatin1String("168h")), qPrintable(error));
        QVERIFY(parseFaultRule(FaultKind::Delay, QStringLiteral("A#2:168h"), &rule, &error));
    }

    void synFloodWithATinyRateSendsOneSynWithoutOverflow()
    {
        // 1e-300 SYN/s: the gap to the next SYN is far beyond any run, so only the first is sent.
        Scenario s = twoHosts(false);
        s.hosts.append(host(QStringLiteral("C"), kAddrC, HostKind::Attacker));
        s.actions.append(floodAction(ms(100), 5, 1e-300));
        const Trace t = Simulator::run(s, sec(10));
        int syns = 0;
        for (const SegmentRecord &r : t.segments)
            syns += r.fromHost == 2 ? 1 : 0;
        QCOMPARE(syns, 1);
    }

    void handshakeEstablishesBothSides();
    void announcedMssIsMtuMinus40_data();
    void announcedMssIsMtuMinus40();
    void synToPortWithoutListenerGetsRstAckAndConnectionRefused();
    void unexpectedAckToListenerGetsRst();
    void crashedHostDropsSegmentsAndRebootedHostResetsOldConnection();
    void killMakesTheKernelSendFin();
    void sendAfterShutdownIsNotLoggedAsSentAndFailsWithEpipe();
    void synQueueIsBoundedByBacklog();
    void synFloodFillsSynQueueWithForgedHalfOpenSockets();
    void synCookiesEstablishWithoutHalfOpenState();
    void twoWayHandshakeVariantOpensServerOnSynAlone();
    void oldDuplicateSynIsResetButOpensTwoWayServer_data();
    void oldDuplicateSynIsResetButOpensTwoWayServer();
    void newSynWithHigherSeqReopensTimeWait();
    void connectOnFourAddressesInTimeWaitIsRefusedLocally();
    void lostFinalAckIsRepeatedFromTimeWait();
    void networkDelayIsPerDirection();
    void jitterAndLossFollowTheSeed();
    void faultsAreRecordedInTheTrace();
    void sameScenarioGivesByteIdenticalTrace();
    void traceQueriesAnswerWhatWasTrueAtTimeT();

    // Why each segment was sent, recorded by its sender.
    void ordinarySegmentsRecordNoReason();
    void rstToClosedPortRecordsNoConnectionReason();
    void rstAfterRebootRecordsConnectionLostInCrashReason();
    void rstAfterSkippedTimeWaitRecordsTimeWaitSkippedReason();
    void rstToUnexpectedAckInListenRecordsUnacceptableAckReason();
    void rstToOldSynAckInSynSentRecordsUnacceptableAckReason();
    void abortRecordsAppAbortReason();
    void closeWithUnreadDataRecordsUnreadDataOnCloseReason_data();
    void closeWithUnreadDataRecordsUnreadDataOnCloseReason();
    void unansweredKeepaliveRecordsKeepaliveExhaustedReason();
    void keepaliveProbeRecordsKeepaliveProbeReason();
    void cookieSynAckRecordsSynCookieReason();
    void networkDuplicateKeepsTheOriginalsReason();
    void everyRstOfTheBuiltInScenariosRecordsWhyItWasSent();

    // A listener's backlog and queues, recorded as they are.
    void listenerRecordsItsEffectiveBacklog_data();
    void listenerRecordsItsEffectiveBacklog();
    void listenerQueuesFollowTheHandshake();
    void fullSynQueueIsRecordedAtTheBacklog();
    void listenerQueuesAreEmptyBeforeTheListenerAndForOtherSockets();
};

void TestSimulator::handshakeEstablishesBothSides()
{
    const Scenario s = twoHosts();
    const Trace t = Simulator::run(s, sec(1));
    const QList<int> a = connections(t, QStringLiteral("A"));
    const QList<int> b = connections(t, QStringLiteral("B"));
    QCOMPARE(a.size(), 1);
    QCOMPARE(b.size(), 1);
    QCOMPARE(t.sockets[b.first()].listenerSocket, listenerOf(t, QStringLiteral("B")));
    QVERIFY2(hasTransition(t, a.first(), TcpState::SynSent, TcpState::Established, StateCause::SynAckReceived),
             qPrintable(dump(t, s)));
    QVERIFY(hasTransition(t, b.first(), TcpState::Listen, TcpState::SynReceived, StateCause::SynReceived));
    QVERIFY(hasTransition(t, b.first(), TcpState::SynReceived, TcpState::Established, StateCause::AckOfSynReceived));
    QVERIFY(notices(t, a.first()).contains(NoticeKind::Established));
    QVERIFY(notices(t, b.first()).contains(NoticeKind::Established));
    // Exactly three segments: SYN, SYN,ACK, ACK.
    QCOMPARE(t.segments.size(), 3);
    QCOMPARE(t.segments[0].segment.flags, TcpFlags(TcpFlag::Syn));
    QCOMPARE(t.segments[1].segment.flags, TcpFlags(TcpFlag::Syn | TcpFlag::Ack));
    QCOMPARE(t.segments[1].segment.ack, 1001u);
    QCOMPARE(t.segments[2].segment.flags & ~TcpFlag::Psh, TcpFlags(TcpFlag::Ack));
    QCOMPARE(t.segments[2].segment.seq, 1001u);
    QCOMPARE(t.segments[2].segment.ack, 5001u);
}

void TestSimulator::announcedMssIsMtuMinus40_data()
{
    QTest::addColumn<int>("mtuA");
    QTest::addColumn<int>("mtuB");
    QTest::newRow("Ethernet both") << 1500 << 1500;
    QTest::newRow("PPPoE client") << 1492 << 1500;
    QTest::newRow("PPPoE server") << 1500 << 1492;
}

void TestSimulator::announcedMssIsMtuMinus40()
{
    QFETCH(int, mtuA);
    QFETCH(int, mtuB);
    Scenario s = twoHosts();
    s.hosts[0].mtu = mtuA;
    s.hosts[1].mtu = mtuB;
    s.actions.append(sendAction(ms(300), QStringLiteral("A"), QByteArray(3000, 'm')));
    const Trace t = Simulator::run(s, sec(2));
    QCOMPARE(int(t.segments[0].segment.mss), mtuA - 40); // SYN
    QCOMPARE(int(t.segments[1].segment.mss), mtuB - 40); // SYN,ACK
    // Data segments fit both paths: at most min(MSS_A, MSS_B) bytes each.
    int largest = 0;
    for (const SegmentRecord *r : sentBy(t, QStringLiteral("A")))
        largest = std::max(largest, int(r->segment.payload.size()));
    QCOMPARE(largest, std::min(mtuA, mtuB) - 40);
}

void TestSimulator::synToPortWithoutListenerGetsRstAckAndConnectionRefused()
{
    Scenario s = twoHosts(false);
    s.actions.append(connectAction(ms(10), QStringLiteral("A"), QStringLiteral("B"), 81));
    const Trace t = Simulator::run(s, sec(10));

    const auto fromB = sentBy(t, QStringLiteral("B"));
    QCOMPARE(fromB.size(), 1);
    const SegmentRecord &rst = *fromB.first();
    // RFC 9293 §3.10.7.1: SYN without ACK → <SEQ=0><ACK=SEG.SEQ+SEG.LEN><CTL=RST,ACK>.
    QCOMPARE(rst.segment.flags, TcpFlags(TcpFlag::Rst | TcpFlag::Ack));
    QCOMPARE(rst.segment.seq, 0u);
    QCOMPARE(rst.segment.ack, 1001u);
    QCOMPARE(rst.fromSocket, -1); // the host answers; no socket exists
    QCOMPARE(rst.sentAt, ms(60));
    QCOMPARE(rst.segment.destination.port, uint16_t(40000));

    const int a = connections(t, QStringLiteral("A")).first();
    QVERIFY(notices(t, a).contains(NoticeKind::ConnectionRefused));
    QVERIFY(hasTransition(t, a, TcpState::SynSent, TcpState::Closed, StateCause::RstReceived));
    QCOMPARE(t.stateAt(a, ms(110)), TcpState::Closed);
    QCOMPARE(sentBy(t, QStringLiteral("A")).size(), 1); // no SYN retransmission after a refusal
}

void TestSimulator::unexpectedAckToListenerGetsRst()
{
    // B forgets the connection (crash + reboot), then listens again; A's next data segment
    // reaches the new listener as an ACK nobody expects.
    Scenario s = twoHosts();
    s.actions.append(action(ms(500), QStringLiteral("B"), AppActionKind::Crash));
    s.actions.append(action(ms(600), QStringLiteral("B"), AppActionKind::Reboot));
    s.actions.append(listenAction(ms(700), QStringLiteral("B"), 80));
    s.actions.append(sendAction(ms(800), QStringLiteral("A"), "hello"));
    const Trace t = Simulator::run(s, sec(5));

    const auto fromA = sentBy(t, QStringLiteral("A"));
    const SegmentRecord *data = nullptr;
    for (const SegmentRecord *r : fromA)
        if (!r->segment.payload.isEmpty()) {
            data = r;
            break;
        }
    QVERIFY(data);
    QVERIFY(delivered(t, data->id));

    int newListener = -1;
    for (const SocketInfo &si : t.sockets)
        if (si.listener && si.host == hostIndex(t, QStringLiteral("B")))
            newListener = si.id; // the newest
    const SegmentRecord *rst = nullptr;
    for (const SegmentRecord *r : sentBy(t, QStringLiteral("B")))
        if (r->segment.has(TcpFlag::Rst))
            rst = r;
    QVERIFY2(rst, qPrintable(dump(t, s)));
    // §3.10.7.2 LISTEN, second check: any ACK → <SEQ=SEG.ACK><CTL=RST>; the listener stays.
    QCOMPARE(rst->sentAt, data->arrivesAt);
    QCOMPARE(rst->segment.flags, TcpFlags(TcpFlag::Rst));
    QCOMPARE(rst->segment.seq, data->segment.ack);
    QCOMPARE(rst->fromSocket, newListener);
    QCOMPARE(t.stateAt(newListener, sec(5)), TcpState::Listen);
    const int a = connections(t, QStringLiteral("A")).first();
    QVERIFY(notices(t, a).contains(NoticeKind::ConnectionReset));
    QCOMPARE(t.stateAt(a, sec(5)), TcpState::Closed);
}

void TestSimulator::crashedHostDropsSegmentsAndRebootedHostResetsOldConnection()
{
    Scenario s = twoHosts();
    s.actions.append(action(sec(1), QStringLiteral("B"), AppActionKind::Crash));
    s.actions.append(sendAction(ms(1500), QStringLiteral("A"), "are you there?"));
    s.actions.append(action(sec(2), QStringLiteral("B"), AppActionKind::Reboot));
    const Trace t = Simulator::run(s, sec(30));

    const int b = connections(t, QStringLiteral("B")).first();
    QCOMPARE(t.stateAt(b, ms(999)), TcpState::Established);
    QCOMPARE(t.stateAt(b, sec(1)), TcpState::Closed);
    QVERIFY(hasTransition(t, b, TcpState::Established, TcpState::Closed, StateCause::HostCrash));

    // While B is down, A's segments vanish at B (no answer at all).
    const auto fromA = sentBy(t, QStringLiteral("A"));
    QList<const SegmentRecord *> dataSegments;
    for (const SegmentRecord *r : fromA)
        if (!r->segment.payload.isEmpty())
            dataSegments << r;
    QVERIFY(dataSegments.size() >= 2);
    const SegmentRecord *first = dataSegments.first();
    QVERIFY(first->dropped);
    QCOMPARE(first->dropReason, DropReason::HostDown);
    bool dropEvent = false;
    for (const TraceEvent &e : t.events)
        if (e.type == TraceEventType::Drop && e.segment == first->id && e.dropReason == DropReason::HostDown)
            dropEvent = true;
    QVERIFY(dropEvent);
    for (const SegmentRecord *r : sentBy(t, QStringLiteral("B")))
        QVERIFY2(r->sentAt < sec(1) || r->sentAt >= sec(2), "a crashed host sends nothing");

    // After the reboot B knows nothing: the next retransmission gets RST (half-open
    // connection discovery), seq = SEG.ACK because the segment carried ACK.
    const SegmentRecord *afterReboot = nullptr;
    for (const SegmentRecord *r : dataSegments)
        if (r->sentAt >= sec(2) - ms(50) && !r->dropped) {
            afterReboot = r;
            break;
        }
    QVERIFY2(afterReboot, qPrintable(dump(t, s)));
    QCOMPARE(afterReboot->kind, SegmentKind::Retransmission);
    const SegmentRecord *rst = nullptr;
    for (const SegmentRecord *r : sentBy(t, QStringLiteral("B")))
        if (r->segment.has(TcpFlag::Rst))
            rst = r;
    QVERIFY(rst);
    QCOMPARE(rst->sentAt, afterReboot->arrivesAt);
    QCOMPARE(rst->fromSocket, -1);
    QCOMPARE(rst->segment.seq, afterReboot->segment.ack);
    const int a = connections(t, QStringLiteral("A")).first();
    QVERIFY(notices(t, a).contains(NoticeKind::ConnectionReset));
    QCOMPARE(t.stateAt(a, rst->arrivesAt), TcpState::Closed);
}

void TestSimulator::killMakesTheKernelSendFin()
{
    Scenario s = twoHosts();
    s.actions.append(action(sec(1), QStringLiteral("B"), AppActionKind::Kill));
    const Trace t = Simulator::run(s, sec(3));
    const int b = connections(t, QStringLiteral("B")).first();
    QVERIFY(hasTransition(t, b, TcpState::Established, TcpState::FinWait1, StateCause::ProcessExit));
    const SegmentRecord *fin = nullptr;
    for (const SegmentRecord *r : sentBy(t, QStringLiteral("B")))
        if (r->segment.has(TcpFlag::Fin))
            fin = r;
    QVERIFY2(fin, qPrintable(dump(t, s)));
    QCOMPARE(fin->sentAt, sec(1));
    QVERIFY(fin->segment.has(TcpFlag::Ack));
    QCOMPARE(fin->segment.seq, 5001u);
    const int a = connections(t, QStringLiteral("A")).first();
    QVERIFY(notices(t, a).contains(NoticeKind::EndOfStream));
    QCOMPARE(t.stateAt(a, sec(2)), TcpState::CloseWait);
    // The killed process's listener is gone too: a new SYN to port 80 would be refused.
    QCOMPARE(t.stateAt(listenerOf(t, QStringLiteral("B")), sec(2)), TcpState::Closed);
}

void TestSimulator::sendAfterShutdownIsNotLoggedAsSentAndFailsWithEpipe()
{
    // shutdown(SHUT_WR) ends our sending side: a later send() hands TCP nothing and fails
    // with EPIPE (RFC 9293 §3.10.2 "connection closing"); the trace must not say 14 bytes
    // went to TCP.
    Scenario s = twoHosts();
    s.actions.append(action(ms(300), QStringLiteral("A"), AppActionKind::Shutdown));
    s.actions.append(sendAction(ms(400), QStringLiteral("A"), QByteArray("GET / HTTP/1.0")));
    const Trace t = Simulator::run(s, sec(3));
    const int a = connections(t, QStringLiteral("A")).first();
    bool sendSeen = false;
    for (const TraceEvent &e : t.events) {
        if (e.type == TraceEventType::App && e.appCall == AppActionKind::Send) {
            sendSeen = true;
            QCOMPARE(e.appBytes, 0);
            QCOMPARE(e.socket, a);
        }
    }
    QVERIFY(sendSeen);
    QVERIFY(notices(t, a).contains(NoticeKind::BrokenPipe));
    for (const SegmentRecord *r : sentBy(t, QStringLiteral("A")))
        QCOMPARE(r->segment.payload.size(), 0);
    QVERIFY(traceToJsonLines(t, s).contains(R"("notice":"broken-pipe","bytes":0,"error":"EPIPE")"));
}

void TestSimulator::synQueueIsBoundedByBacklog()
{
    Scenario s = twoHosts(false);
    s.hosts.append(host(QStringLiteral("C"), kAddrC, HostKind::Attacker));
    s.actions[0].backlog = 2;
    s.actions.append(floodAction(ms(100), 5, 1000));
    s.actions.append(connectAction(ms(200), QStringLiteral("A"), QStringLiteral("B"), 80));
    const Trace t = Simulator::run(s, ms(900));

    // Two half-open children; the other three forged SYNs and A's SYN are dropped.
    QCOMPARE(connections(t, QStringLiteral("B")).size(), 2);
    for (int b : connections(t, QStringLiteral("B")))
        QCOMPARE(t.stateAt(b, ms(800)), TcpState::SynReceived);
    int queueFullDrops = 0;
    for (const SegmentRecord &r : t.segments)
        if (r.dropReason == DropReason::SynQueueFull)
            ++queueFullDrops;
    QCOMPARE(queueFullDrops, 4);
    const SegmentRecord *synA = byOrdinal(t, QStringLiteral("A"), 1);
    QVERIFY(synA);
    QVERIFY(synA->dropped);
    QCOMPARE(synA->dropReason, DropReason::SynQueueFull);
    const int listener = listenerOf(t, QStringLiteral("B"));
    QCOMPARE(int(notices(t, listener).count(NoticeKind::SynQueueFull)), 4);
    bool dropEvent = false;
    for (const TraceEvent &e : t.events)
        if (e.type == TraceEventType::Drop && e.segment == synA->id && e.dropReason == DropReason::SynQueueFull)
            dropEvent = true;
    QVERIFY(dropEvent);
    // The legitimate client is left retrying.
    const int a = connections(t, QStringLiteral("A")).first();
    QCOMPARE(t.stateAt(a, ms(900)), TcpState::SynSent);
}

void TestSimulator::synFloodFillsSynQueueWithForgedHalfOpenSockets()
{
    Scenario s = twoHosts(false);
    s.hosts.append(host(QStringLiteral("C"), kAddrC, HostKind::Attacker));
    s.actions.append(floodAction(ms(100), 20, 100));
    const Trace t = Simulator::run(s, sec(5));

    const QList<int> halfOpen = connections(t, QStringLiteral("B"));
    QCOMPARE(halfOpen.size(), 20);
    QSet<uint32_t> remotes;
    for (int b : halfOpen) {
        QCOMPARE(t.stateAt(b, ms(1500)), TcpState::SynReceived);
        const uint32_t remote = t.sockets[b].remote.address;
        QCOMPARE(remote & 0xFFFFFF00u, kSpoofNet); // `ss -tan state syn-recv` shows these
        remotes << remote;
    }
    QVERIFY(remotes.size() > 5);
    // The SYN,ACKs go nowhere, and are retransmitted while the entries wait.
    int synAcks = 0, retransmitted = 0;
    for (const SegmentRecord *r : sentBy(t, QStringLiteral("B"))) {
        QVERIFY(r->segment.has(TcpFlag::Syn | TcpFlag::Ack));
        QVERIFY(r->dropped);
        QCOMPARE(r->dropReason, DropReason::NoHost);
        ++synAcks;
        if (r->kind == SegmentKind::Retransmission)
            ++retransmitted;
    }
    QVERIFY(synAcks >= 40);
    QVERIFY(retransmitted >= 20);
}

void TestSimulator::synCookiesEstablishWithoutHalfOpenState()
{
    Scenario s = twoHosts(false);
    s.protocol.synCookies = true;
    s.hosts.append(host(QStringLiteral("C"), kAddrC, HostKind::Attacker));
    s.actions[0].backlog = 1;
    s.actions.append(floodAction(ms(100), 3, 1000));
    s.actions.append(connectAction(ms(200), QStringLiteral("A"), QStringLiteral("B"), 80));
    const Trace t = Simulator::run(s, sec(2));

    const int a = connections(t, QStringLiteral("A")).first();
    QVERIFY2(notices(t, a).contains(NoticeKind::Established), qPrintable(dump(t, s)));
    QCOMPARE(t.stateAt(a, sec(2)), TcpState::Established);

    // B's connection to A appeared only with the final ACK, never in SYN-RECEIVED.
    int serverSide = -1;
    for (int b : connections(t, QStringLiteral("B")))
        if (t.sockets[b].remote.address == kAddrA)
            serverSide = b;
    QVERIFY(serverSide >= 0);
    const auto states = stateEvents(t, serverSide);
    QVERIFY(!states.isEmpty());
    for (const TraceEvent *e : states)
        QVERIFY(e->toState != TcpState::SynReceived);
    QCOMPARE(states.first()->toState, TcpState::Established);
    // The cookie SYN,ACK came from the listener itself and acknowledged A's SYN.
    const SegmentRecord *synAck = nullptr;
    for (const SegmentRecord *r : sentBy(t, QStringLiteral("B")))
        if (r->segment.destination.address == kAddrA && r->segment.has(TcpFlag::Syn))
            synAck = r;
    QVERIFY(synAck);
    QCOMPARE(synAck->fromSocket, listenerOf(t, QStringLiteral("B")));
    QCOMPARE(synAck->segment.ack, 1001u);
    QVERIFY(states.first()->time >= synAck->arrivesAt + ms(50));
}

void TestSimulator::twoWayHandshakeVariantOpensServerOnSynAlone()
{
    Scenario s = twoHosts();
    s.protocol.variant = ProtocolVariant::TwoWayHandshake;
    const Trace t = Simulator::run(s, sec(1));
    const int b = connections(t, QStringLiteral("B")).first();
    // The SYN arrives at 60 ms; the server counts the connection open right then.
    QCOMPARE(t.stateAt(b, ms(60)), TcpState::Established);
    QVERIFY(hasTransition(t, b, TcpState::Listen, TcpState::Established, StateCause::TwoWayHandshake));
    for (const TraceEvent *e : stateEvents(t, b))
        QVERIFY(e->toState != TcpState::SynReceived);
    QVERIFY(notices(t, b).contains(NoticeKind::Established));
}

void TestSimulator::oldDuplicateSynIsResetButOpensTwoWayServer_data()
{
    QTest::addColumn<bool>("twoWay");
    QTest::newRow("three-way handshake") << false;
    QTest::newRow("two-way handshake variant") << true;
}

void TestSimulator::oldDuplicateSynIsResetButOpensTwoWayServer()
{
    // docs/teaching-notes.md, «Why three segments»: a copy of A's SYN wanders for 70 s and arrives
    // after the connection (and B's TIME-WAIT) is long gone.
    QFETCH(bool, twoWay);
    Scenario s = twoHosts();
    if (twoWay)
        s.protocol.variant = ProtocolVariant::TwoWayHandshake;
    s.actions.append(action(ms(500), QStringLiteral("B"), AppActionKind::Close));
    AppAction closeA = action(ms(700), QStringLiteral("A"), AppActionKind::Close);
    closeA.socket = QStringLiteral("c");
    s.actions.append(closeA);
    FaultRule dup;
    dup.kind = FaultKind::Duplicate;
    dup.host = QStringLiteral("A");
    dup.ordinal = 1;
    dup.delta = sec(70);
    s.faults = {dup};
    const Trace t = Simulator::run(s, sec(100));

    const QList<int> b = connections(t, QStringLiteral("B"));
    QCOMPARE(b.size(), 2); // the real connection, then one made by the old duplicate
    const SimTime arrival = ms(60) + sec(70);
    QCOMPARE(t.stateAt(b[0], arrival), TcpState::Closed);
    QCOMPARE(t.stateAt(connections(t, QStringLiteral("A")).first(), arrival), TcpState::Closed);
    bool rstFromA = false;
    for (const SegmentRecord *r : sentBy(t, QStringLiteral("A")))
        if (r->segment.has(TcpFlag::Rst) && r->sentAt > arrival)
            rstFromA = true;
    if (twoWay) {
        // The server believes in a connection nobody asked for and waits for data in vain.
        QCOMPARE(t.stateAt(b[1], sec(100)), TcpState::Established);
        QVERIFY(!rstFromA);
    } else {
        // A never asked: it answers the SYN,ACK with RST and B's half-open entry returns to
        // LISTEN (RFC 9293 §3.10.7.4: it came from a passive open).
        QVERIFY2(rstFromA, qPrintable(dump(t, s)));
        QCOMPARE(t.stateAt(b[1], arrival), TcpState::SynReceived);
        QCOMPARE(t.stateAt(b[1], arrival + ms(100)), TcpState::Listen);
        QVERIFY(hasTransition(t, b[1], TcpState::SynReceived, TcpState::Listen, StateCause::RstReceived));
    }
}

void TestSimulator::newSynWithHigherSeqReopensTimeWait()
{
    // B closes first, so B (the server) holds TIME-WAIT; A reconnects from the same port.
    Scenario s = twoHosts();
    s.actions.append(action(ms(500), QStringLiteral("B"), AppActionKind::Close));
    AppAction closeA = action(ms(700), QStringLiteral("A"), AppActionKind::Close);
    closeA.socket = QStringLiteral("c");
    s.actions.append(closeA);
    s.actions.append(connectAction(sec(2), QStringLiteral("A"), QStringLiteral("B"), 80, 900000,
                                   QStringLiteral("c2")));
    QVERIFY(s.protocol.timeWaitAcceptsNewSyn);
    const Trace t = Simulator::run(s, sec(5));

    const QList<int> b = connections(t, QStringLiteral("B"));
    QCOMPARE(b.size(), 2);
    QCOMPARE(t.stateAt(b[0], ms(1900)), TcpState::TimeWait);
    QVERIFY2(hasTransition(t, b[0], TcpState::TimeWait, TcpState::Closed, StateCause::SynInTimeWait),
             qPrintable(dump(t, s)));
    const QList<int> a = connections(t, QStringLiteral("A"));
    QCOMPARE(a.size(), 2);
    QCOMPARE(t.stateAt(a[1], sec(3)), TcpState::Established);
    QCOMPARE(t.stateAt(b[1], sec(3)), TcpState::Established);
    QCOMPARE(t.sockets[a[1]].local.port, uint16_t(40000));
}

void TestSimulator::connectOnFourAddressesInTimeWaitIsRefusedLocally()
{
    // A closes first and holds TIME-WAIT for 60 s; a connect() from the same port to the same
    // server meanwhile cannot use the four addresses.
    Scenario s = twoHosts();
    AppAction closeA = action(ms(500), QStringLiteral("A"), AppActionKind::Close);
    closeA.socket = QStringLiteral("c");
    s.actions.append(closeA);
    s.actions.append(action(ms(600), QStringLiteral("B"), AppActionKind::Close));
    s.actions.append(connectAction(sec(2), QStringLiteral("A"), QStringLiteral("B"), 80, 900000,
                                   QStringLiteral("c2")));
    const Trace t = Simulator::run(s, sec(5));
    const int a = connections(t, QStringLiteral("A")).first();
    QCOMPARE(t.stateAt(a, sec(2)), TcpState::TimeWait);
    QVERIFY(notices(t, a).contains(NoticeKind::AddressInUse));
    QCOMPARE(connections(t, QStringLiteral("A")).size(), 1);
}

void TestSimulator::lostFinalAckIsRepeatedFromTimeWait()
{
    Scenario s = twoHosts();
    s.actions.append(sendAction(ms(300), QStringLiteral("A"), "GET / HTTP/1.0\r\n\r\n"));
    AppAction closeA = action(ms(900), QStringLiteral("A"), AppActionKind::Close);
    closeA.socket = QStringLiteral("c");
    s.actions.append(closeA);
    s.actions.append(action(ms(1200), QStringLiteral("B"), AppActionKind::Close));
    const Trace clean = Simulator::run(s, sec(120));
    const SegmentRecord *lastAck = sentBy(clean, QStringLiteral("A")).last();
    QVERIFY(lastAck->segment.has(TcpFlag::Ack) && lastAck->segment.sequenceLength() == 0);

    FaultRule drop;
    drop.kind = FaultKind::Drop;
    drop.host = QStringLiteral("A");
    drop.ordinal = lastAck->senderOrdinal;
    s.faults = {drop};
    const Trace t = Simulator::run(s, sec(120));
    const int a = connections(t, QStringLiteral("A")).first();
    const int b = connections(t, QStringLiteral("B")).first();

    // B, still in LAST-ACK, repeats its FIN after its RTO …
    const SegmentRecord *finAgain = nullptr;
    for (const SegmentRecord *r : sentBy(t, QStringLiteral("B")))
        if (r->segment.has(TcpFlag::Fin) && r->kind == SegmentKind::Retransmission)
            finAgain = r;
    QVERIFY2(finAgain, qPrintable(dump(t, s)));
    QVERIFY(finAgain->retransmissionOf >= 0);
    QCOMPARE(t.stateAt(b, finAgain->sentAt), TcpState::LastAck);
    // … A, in TIME-WAIT, ACKs it again and restarts its 2×MSL timer …
    QCOMPARE(t.stateAt(a, finAgain->arrivesAt - 1), TcpState::TimeWait);
    const SegmentRecord *ackAgain = nullptr;
    for (const SegmentRecord *r : sentBy(t, QStringLiteral("A")))
        if (r->sentAt == finAgain->arrivesAt)
            ackAgain = r;
    QVERIFY(ackAgain);
    QCOMPARE(ackAgain->segment.ack, finAgain->segment.seq + 1);
    bool restarted = false;
    for (const TraceEvent &e : t.events)
        if (e.type == TraceEventType::Timer && e.socket == a && e.timer == TimerKind::TimeWait
            && e.timerAction == TimerAction::Set && e.time == finAgain->arrivesAt) {
            restarted = true;
            QCOMPARE(e.due, finAgain->arrivesAt + sec(60));
        }
    QVERIFY(restarted);
    QCOMPARE(t.stateAt(a, finAgain->arrivesAt + sec(60) - 1), TcpState::TimeWait);
    QCOMPARE(t.stateAt(a, finAgain->arrivesAt + sec(60)), TcpState::Closed);
    // … and B closes normally, with no RST anywhere.
    QVERIFY(hasTransition(t, b, TcpState::LastAck, TcpState::Closed, StateCause::AckOfFinReceived));
    for (const SegmentRecord &r : t.segments)
        QVERIFY(!r.segment.has(TcpFlag::Rst));
}

void TestSimulator::networkDelayIsPerDirection()
{
    Scenario s = twoHosts();
    LinkSettings ab;
    ab.from = QStringLiteral("A");
    ab.to = QStringLiteral("B");
    ab.delay = ms(30);
    LinkSettings ba;
    ba.from = QStringLiteral("B");
    ba.to = QStringLiteral("A");
    ba.delay = ms(120);
    s.network.links = {ab, ba};
    const Trace t = Simulator::run(s, sec(1));
    QVERIFY(t.segments.size() >= 3);
    QCOMPARE(t.segments[0].sentAt, ms(10));
    QCOMPARE(t.segments[0].arrivesAt, ms(40));   // SYN, A→B 30 ms
    QCOMPARE(t.segments[1].sentAt, ms(40));
    QCOMPARE(t.segments[1].arrivesAt, ms(160));  // SYN,ACK, B→A 120 ms
    QCOMPARE(t.segments[2].arrivesAt, ms(190));  // ACK, A→B 30 ms
    const int b = connections(t, QStringLiteral("B")).first();
    QCOMPARE(t.stateAt(b, ms(189)), TcpState::SynReceived);
    QCOMPARE(t.stateAt(b, ms(190)), TcpState::Established);
}

void TestSimulator::jitterAndLossFollowTheSeed()
{
    Scenario s = twoHosts();
    s.network.jitter = ms(20);
    s.network.loss = 0.2;
    for (int i = 0; i < 10; ++i)
        s.actions.append(sendAction(ms(300) + i * ms(200), QStringLiteral("A"), QByteArray(500, 'x')));
    s.network.seed = 7;
    const Trace t1 = Simulator::run(s, sec(60));
    const Trace t1again = Simulator::run(s, sec(60));
    s.network.seed = 8;
    const Trace t2 = Simulator::run(s, sec(60));

    auto fingerprint = [](const Trace &t) {
        QStringList out;
        for (const SegmentRecord &r : t.segments)
            out << QStringLiteral("%1>%2 %3 %4 %5")
                       .arg(r.sentAt)
                       .arg(r.arrivesAt)
                       .arg(r.dropped)
                       .arg(dropReasonName(r.dropReason))
                       .arg(r.segment.summary());
        return out;
    };
    QCOMPARE(fingerprint(t1), fingerprint(t1again));
    QVERIFY(fingerprint(t1) != fingerprint(t2));

    int losses = 0;
    QSet<SimTime> delays;
    for (const SegmentRecord &r : t1.segments) {
        if (r.dropReason == DropReason::Loss) {
            ++losses;
            QCOMPARE(r.fault, FaultKind::None);
            // A network loss is drawn midway along its arrow.
            QVERIFY(r.droppedAt > r.sentAt && r.droppedAt < r.arrivesAt);
        }
        const SimTime d = r.arrivesAt - r.sentAt;
        QVERIFY2(d >= ms(30) && d <= ms(70), qPrintable(QString::number(d)));
        delays << d;
    }
    QVERIFY(losses > 0);
    QVERIFY(delays.size() > 3); // jitter really varies the delay
}

void TestSimulator::faultsAreRecordedInTheTrace()
{
    Scenario s = twoHosts();
    s.actions.append(sendAction(ms(300), QStringLiteral("A"), "GET / HTTP/1.0\r\n\r\n"));
    s.actions.append(sendAction(ms(500), QStringLiteral("B"), "HTTP/1.0 200 OK\r\n\r\n"));
    FaultRule drop;
    drop.kind = FaultKind::Drop;
    drop.host = QStringLiteral("A");
    drop.ordinal = 3;
    FaultRule delay;
    delay.kind = FaultKind::Delay;
    delay.host = QStringLiteral("B");
    delay.ordinal = 2;
    delay.delta = ms(300);
    FaultRule dup;
    dup.kind = FaultKind::Duplicate;
    dup.host = QStringLiteral("A");
    dup.ordinal = 1;
    dup.delta = ms(200);
    s.faults = {drop, delay, dup};
    const Trace t = Simulator::run(s, sec(10));

    // Drop A#3: dropped by the fault plan, with a Drop event, and later retransmitted.
    const SegmentRecord *a3 = byOrdinal(t, QStringLiteral("A"), 3);
    QVERIFY(a3);
    QVERIFY(a3->dropped);
    QCOMPARE(a3->dropReason, DropReason::Fault);
    QCOMPARE(a3->fault, FaultKind::Drop);
    QVERIFY(!delivered(t, a3->id));
    bool dropEvent = false;
    for (const TraceEvent &e : t.events)
        if (e.type == TraceEventType::Drop && e.segment == a3->id) {
            dropEvent = true;
            QCOMPARE(e.dropReason, DropReason::Fault);
            QCOMPARE(e.time, a3->droppedAt);
        }
    QVERIFY(dropEvent);
    if (a3->segment.sequenceLength() > 0) {
        bool retransmitted = false;
        for (const SegmentRecord &r : t.segments)
            if (r.retransmissionOf == a3->id && r.kind == SegmentKind::Retransmission)
                retransmitted = true;
        QVERIFY2(retransmitted, qPrintable(dump(t, s)));
    }

    // Delay B#2 by 300 ms: it arrives Δ later than the link delay.
    const SegmentRecord *b2 = byOrdinal(t, QStringLiteral("B"), 2);
    QVERIFY(b2);
    QCOMPARE(b2->fault, FaultKind::Delay);
    QCOMPARE(b2->faultDelta, ms(300));
    QCOMPARE(b2->arrivesAt, b2->sentAt + ms(50) + ms(300));
    QVERIFY(!b2->dropped);
    QVERIFY(delivered(t, b2->id));

    // Duplicate A#1 (the SYN) 200 ms later: an extra record of kind Duplicate.
    const SegmentRecord *a1 = byOrdinal(t, QStringLiteral("A"), 1);
    QVERIFY(a1);
    QCOMPARE(a1->fault, FaultKind::Duplicate);
    const SegmentRecord *copy = nullptr;
    for (const SegmentRecord &r : t.segments)
        if (r.kind == SegmentKind::Duplicate)
            copy = &r;
    QVERIFY(copy);
    QCOMPARE(copy->duplicateOf, a1->id);
    QCOMPARE(copy->segment, a1->segment);
    QCOMPARE(copy->sentAt, a1->sentAt);
    QCOMPARE(copy->arrivesAt, a1->arrivesAt + ms(200));
    QVERIFY(delivered(t, copy->id));
    QVERIFY(delivered(t, a1->id));

    // Segments the plan did not name are untouched.
    for (const SegmentRecord &r : t.segments)
        if (r.id != a1->id && r.id != a3->id && r.id != b2->id)
            QCOMPARE(r.fault, FaultKind::None);
}

void TestSimulator::sameScenarioGivesByteIdenticalTrace()
{
    Scenario s = twoHosts();
    s.network.jitter = ms(10);
    s.network.loss = 0.1;
    s.actions.append(sendAction(ms(300), QStringLiteral("A"), QByteArray(5000, 'q')));
    s.actions.append(action(sec(2), QStringLiteral("A"), AppActionKind::Close));
    s.actions.append(action(sec(3), QStringLiteral("B"), AppActionKind::Close));
    const QByteArray first = traceToJsonLines(Simulator::run(s), s);
    const QByteArray second = traceToJsonLines(Simulator::run(s), s);
    QVERIFY(!first.isEmpty());
    QCOMPARE(first, second);
}

void TestSimulator::traceQueriesAnswerWhatWasTrueAtTimeT()
{
    const Scenario s = twoHosts();
    const Trace t = Simulator::run(s, sec(1));
    const int a = connections(t, QStringLiteral("A")).first();
    const int b = connections(t, QStringLiteral("B")).first();
    const int l = listenerOf(t, QStringLiteral("B"));

    QCOMPARE(t.stateAt(a, ms(5)), TcpState::Closed);
    QCOMPARE(t.stateAt(a, ms(10)), TcpState::SynSent); // after the events at exactly t
    QCOMPARE(t.stateAt(a, ms(109)), TcpState::SynSent);
    QCOMPARE(t.stateAt(a, ms(110)), TcpState::Established);
    QCOMPARE(t.stateAt(b, ms(60)), TcpState::SynReceived);
    QCOMPARE(t.stateAt(b, ms(160)), TcpState::Established);
    QCOMPARE(t.stateAt(l, ms(500)), TcpState::Listen);

    // In flight: sent at or before t and not yet arrived by t.
    QCOMPARE(t.segmentsInFlight(ms(5)), QList<int>{});
    QCOMPARE(t.segmentsInFlight(ms(10)), QList<int>{0});
    QCOMPARE(t.segmentsInFlight(ms(59)), QList<int>{0});
    QCOMPARE(t.segmentsInFlight(ms(60)), QList<int>{1}); // the SYN arrived, the SYN,ACK left
    QCOMPARE(t.segmentsInFlight(ms(135)), QList<int>{2});
    QCOMPARE(t.segmentsInFlight(ms(500)), QList<int>{});

    // eventsBetween: [t0, t1), in order, agreeing with a linear scan.
    for (SimTime t0 : {SimTime(0), ms(10), ms(60), ms(100)}) {
        for (SimTime t1 : {t0, t0 + ms(1), t0 + ms(55), sec(1)}) {
            QList<int> expected;
            for (int i = 0; i < t.events.size(); ++i)
                if (t.events[i].time >= t0 && t.events[i].time < t1)
                    expected << i;
            QCOMPARE(t.eventsBetween(t0, t1), expected);
        }
    }
    const int i = t.firstEventAtOrAfter(ms(61));
    QVERIFY(i < t.events.size());
    QCOMPARE(t.events[i].time, ms(110));
    QVERIFY(t.events[i - 1].time <= ms(61));
    QCOMPARE(t.firstEventAtOrAfter(sec(100)), int(t.events.size()));
    QCOMPARE(t.socketsOf(hostIndex(t, QStringLiteral("B"))), (QList<int>{l, b}));
    // The TCB panel's view agrees with the state.
    QCOMPARE(t.tcbAt(a, ms(110)).state, TcpState::Established);
    QCOMPARE(t.tcbAt(a, ms(110)).rcvNxt, 5001u);
}

void TestSimulator::ordinarySegmentsRecordNoReason()
{
    Scenario s = twoHosts();
    s.actions.append(sendAction(ms(300), QStringLiteral("A"), "hello"));
    s.actions.append(action(ms(600), QStringLiteral("A"), AppActionKind::Close));
    s.actions.append(action(ms(900), QStringLiteral("B"), AppActionKind::Close));
    const Trace t = Simulator::run(s, sec(2));
    QVERIFY(t.segments.size() >= 7);
    for (const SegmentRecord &r : t.segments)
        QCOMPARE(r.reason, SendReason::None);
}

void TestSimulator::rstToClosedPortRecordsNoConnectionReason()
{
    Scenario s = twoHosts(false);
    s.actions.append(connectAction(ms(10), QStringLiteral("A"), QStringLiteral("B"), 81));
    const Trace t = Simulator::run(s, sec(1));
    const auto rsts = resetsFrom(t, QStringLiteral("B"));
    QCOMPARE(rsts.size(), 1);
    QCOMPARE(rsts.first()->fromSocket, -1);
    QCOMPARE(rsts.first()->reason, SendReason::NoConnection);
}

void TestSimulator::rstAfterRebootRecordsConnectionLostInCrashReason()
{
    // B crashes with the connection open and reboots knowing nothing; A's retransmission
    // finds no connection (half-open discovery).
    Scenario s = twoHosts();
    s.actions.append(action(sec(1), QStringLiteral("B"), AppActionKind::Crash));
    s.actions.append(sendAction(ms(1500), QStringLiteral("A"), "are you there?"));
    s.actions.append(action(sec(2), QStringLiteral("B"), AppActionKind::Reboot));
    const Trace t = Simulator::run(s, sec(30));
    const auto rsts = resetsFrom(t, QStringLiteral("B"));
    QCOMPARE(rsts.size(), 1);
    QCOMPARE(rsts.first()->fromSocket, -1);
    QCOMPARE(rsts.first()->reason, SendReason::ConnectionLostInCrash);
}

void TestSimulator::rstAfterSkippedTimeWaitRecordsTimeWaitSkippedReason()
{
    // The no-time-wait variant: A forgets the connection at once, its last ACK is lost, and
    // B's repeated FIN finds nobody.
    const Scenario s = builtIn("no-time-wait-lost-ack");
    const Trace t = Simulator::run(s);
    const auto rsts = resetsFrom(t, QStringLiteral("A"));
    QCOMPARE(rsts.size(), 1);
    QCOMPARE(rsts.first()->fromSocket, -1);
    QCOMPARE(rsts.first()->reason, SendReason::TimeWaitSkipped);

    // The same story in standard TCP ends in no RST at all.
    Scenario standard = s;
    standard.protocol.variant = ProtocolVariant::Standard;
    QVERIFY(resetsFrom(Simulator::run(standard), QStringLiteral("A")).isEmpty());
}

void TestSimulator::rstToUnexpectedAckInListenRecordsUnacceptableAckReason()
{
    // B crashes, reboots and listens again; A's data reaches the new listener (§3.10.7.2).
    Scenario s = twoHosts();
    s.actions.append(action(ms(500), QStringLiteral("B"), AppActionKind::Crash));
    s.actions.append(action(ms(600), QStringLiteral("B"), AppActionKind::Reboot));
    s.actions.append(listenAction(ms(700), QStringLiteral("B"), 80));
    s.actions.append(sendAction(ms(800), QStringLiteral("A"), "hello"));
    const Trace t = Simulator::run(s, sec(5));
    const auto rsts = resetsFrom(t, QStringLiteral("B"));
    QCOMPARE(rsts.size(), 1);
    QVERIFY(t.sockets[rsts.first()->fromSocket].listener);
    QCOMPARE(rsts.first()->reason, SendReason::UnacceptableAck);
}

void TestSimulator::rstToOldSynAckInSynSentRecordsUnacceptableAckReason()
{
    // RFC 9293 §3.5, Figure 9: an old duplicate of A's first SYN (ISN 1000) reaches B just
    // before A's new SYN (ISN 2000). B's SYN,ACK acknowledges 1001, which A in SYN-SENT never
    // sent: A answers RST with seq=1001.
    Scenario s = twoHosts();
    s.actions.append(action(ms(500), QStringLiteral("A"), AppActionKind::Abort));
    s.actions.append(connectAction(sec(3), QStringLiteral("A"), QStringLiteral("B"), 80, 2000,
                                   QStringLiteral("c2")));
    FaultRule dup;
    dup.kind = FaultKind::Duplicate;
    dup.host = QStringLiteral("A");
    dup.ordinal = 1;
    dup.delta = ms(2960); // the copy arrives at 3.02 s, the new SYN at 3.05 s
    s.faults = {dup};
    const Trace t = Simulator::run(s, sec(4));
    const QList<int> a = connections(t, QStringLiteral("A"));
    QCOMPARE(a.size(), 2);
    const SegmentRecord *rst = nullptr;
    for (const SegmentRecord *r : resetsFrom(t, QStringLiteral("A")))
        if (r->fromSocket == a[1])
            rst = r;
    QVERIFY2(rst, qPrintable(dump(t, s)));
    QCOMPARE(t.stateAt(a[1], rst->sentAt), TcpState::SynSent);
    QCOMPARE(rst->segment.seq, 1001u);
    QCOMPARE(rst->reason, SendReason::UnacceptableAck);
}

void TestSimulator::abortRecordsAppAbortReason()
{
    Scenario s = twoHosts();
    s.actions.append(action(ms(500), QStringLiteral("A"), AppActionKind::Abort));
    const Trace t = Simulator::run(s, sec(2));
    const auto rsts = resetsFrom(t, QStringLiteral("A"));
    QCOMPARE(rsts.size(), 1);
    QCOMPARE(rsts.first()->sentAt, ms(500));
    QCOMPARE(rsts.first()->reason, SendReason::AppAbort);
}

void TestSimulator::closeWithUnreadDataRecordsUnreadDataOnCloseReason_data()
{
    QTest::addColumn<int>("closing");
    QTest::newRow("close()") << int(AppActionKind::Close);
    QTest::newRow("the process is killed") << int(AppActionKind::Kill);
}

void TestSimulator::closeWithUnreadDataRecordsUnreadDataOnCloseReason()
{
    // RFC 2525 §2.17: B's application never read A's request, so closing resets.
    QFETCH(int, closing);
    Scenario s = twoHosts();
    s.actions[0].autoRead = false;
    s.actions.append(sendAction(ms(300), QStringLiteral("A"), "GET / HTTP/1.0\r\n\r\n"));
    s.actions.append(action(ms(600), QStringLiteral("B"), AppActionKind(closing)));
    const Trace t = Simulator::run(s, sec(2));
    const auto rsts = resetsFrom(t, QStringLiteral("B"));
    QCOMPARE(rsts.size(), 1);
    QCOMPARE(rsts.first()->sentAt, ms(600));
    QCOMPARE(rsts.first()->reason, SendReason::UnreadDataOnClose);
}

void TestSimulator::unansweredKeepaliveRecordsKeepaliveExhaustedReason()
{
    const Trace t = Simulator::run(builtIn("keepalive-dead-peer"));
    const auto rsts = resetsFrom(t, QStringLiteral("B"));
    QCOMPARE(rsts.size(), 1);
    QCOMPARE(rsts.first()->reason, SendReason::KeepaliveExhausted);
}

void TestSimulator::keepaliveProbeRecordsKeepaliveProbeReason()
{
    const Trace t = Simulator::run(builtIn("keepalive-dead-peer"));
    int probes = 0;
    for (const SegmentRecord *r : sentBy(t, QStringLiteral("B"))) {
        QCOMPARE(r->reason == SendReason::KeepaliveProbe, r->segment.keepaliveProbe);
        probes += r->reason == SendReason::KeepaliveProbe ? 1 : 0;
    }
    QCOMPARE(probes, 9);
}

void TestSimulator::cookieSynAckRecordsSynCookieReason()
{
    // Backlog 1 and three forged SYNs: A's SYN finds the queue full and gets a cookie.
    Scenario s = twoHosts(false);
    s.protocol.synCookies = true;
    s.hosts.append(host(QStringLiteral("C"), kAddrC, HostKind::Attacker));
    s.actions[0].backlog = 1;
    s.actions.append(floodAction(ms(100), 3, 1000));
    s.actions.append(connectAction(ms(200), QStringLiteral("A"), QStringLiteral("B"), 80));
    const Trace t = Simulator::run(s, sec(2));
    int cookies = 0;
    for (const SegmentRecord *r : sentBy(t, QStringLiteral("B"))) {
        const bool fromListener = r->fromSocket == listenerOf(t, QStringLiteral("B"));
        QCOMPARE(r->reason == SendReason::SynCookie, fromListener);
        if (fromListener) {
            QVERIFY(r->segment.has(TcpFlag::Syn | TcpFlag::Ack));
            ++cookies;
        }
    }
    QVERIFY(cookies >= 1);
}

void TestSimulator::networkDuplicateKeepsTheOriginalsReason()
{
    Scenario s = twoHosts(false);
    s.actions.append(connectAction(ms(10), QStringLiteral("A"), QStringLiteral("B"), 81));
    FaultRule dup;
    dup.kind = FaultKind::Duplicate;
    dup.host = QStringLiteral("B");
    dup.ordinal = 1;
    dup.delta = ms(100);
    s.faults = {dup};
    const Trace t = Simulator::run(s, sec(1));
    const auto rsts = resetsFrom(t, QStringLiteral("B"));
    QCOMPARE(rsts.size(), 2);
    QCOMPARE(rsts[1]->kind, SegmentKind::Duplicate);
    QCOMPARE(rsts[1]->reason, SendReason::NoConnection);
}

void TestSimulator::everyRstOfTheBuiltInScenariosRecordsWhyItWasSent()
{
    const QList<SendReason> rstReasons{SendReason::NoConnection, SendReason::ConnectionLostInCrash,
                                       SendReason::TimeWaitSkipped, SendReason::UnacceptableAck,
                                       SendReason::AppAbort, SendReason::UnreadDataOnClose,
                                       SendReason::KeepaliveExhausted};
    int rsts = 0;
    for (const Scenario &s : ScenarioLibrary::scenarios()) {
        const Trace t = Simulator::run(s);
        for (const SegmentRecord &r : t.segments) {
            const QString where = s.id + QLatin1Char(' ') + r.segment.summary();
            if (r.segment.has(TcpFlag::Rst)) {
                // A hand-made RST is one too: the scenario's `inject` action sent it.
                QVERIFY2(rstReasons.contains(r.reason) || r.reason == SendReason::Injected, qPrintable(where));
                ++rsts;
            } else {
                QVERIFY2(!rstReasons.contains(r.reason), qPrintable(where));
            }
        }
    }
    QVERIFY(rsts > 5);
}

void TestSimulator::listenerRecordsItsEffectiveBacklog_data()
{
    QTest::addColumn<int>("given");
    QTest::addColumn<int>("effective");
    QTest::newRow("given") << 4 << 4;
    QTest::newRow("absent: the host's setting") << -1 << 8;
    QTest::newRow("zero: the host's setting") << 0 << 8;
}

void TestSimulator::listenerRecordsItsEffectiveBacklog()
{
    QFETCH(int, given);
    QFETCH(int, effective);
    Scenario s = twoHosts(false);
    s.protocol.backlog = 8;
    s.actions[0].backlog = given;
    const Trace t = Simulator::run(s, sec(1));
    QCOMPARE(t.sockets[listenerOf(t, QStringLiteral("B"))].backlog, effective);
}

void TestSimulator::listenerQueuesFollowTheHandshake()
{
    // The SYN arrives at 60 ms (a half-open entry), the final ACK at 160 ms; the
    // application accepts at once, so the accept queue never holds it.
    const Trace t = Simulator::run(twoHosts(), sec(1));
    const int l = listenerOf(t, QStringLiteral("B"));
    auto queues = [&](SimTime at) {
        const ListenerQueues q = t.listenerQueuesAt(l, at);
        return QStringLiteral("%1/%2").arg(q.synQueue).arg(q.acceptQueue);
    };
    QCOMPARE(queues(0), QStringLiteral("0/0"));
    QCOMPARE(queues(ms(59)), QStringLiteral("0/0"));
    QCOMPARE(queues(ms(60)), QStringLiteral("1/0"));
    QCOMPARE(queues(ms(159)), QStringLiteral("1/0"));
    QCOMPARE(queues(ms(160)), QStringLiteral("0/0"));
    QCOMPARE(queues(sec(1)), QStringLiteral("0/0"));
}

void TestSimulator::fullSynQueueIsRecordedAtTheBacklog()
{
    Scenario s = twoHosts(false);
    s.hosts.append(host(QStringLiteral("C"), kAddrC, HostKind::Attacker));
    s.actions[0].backlog = 2;
    s.actions.append(floodAction(ms(100), 5, 1000));
    const Trace t = Simulator::run(s, ms(900));
    const int l = listenerOf(t, QStringLiteral("B"));
    QCOMPARE(t.listenerQueuesAt(l, ms(100) + ms(50)).synQueue, 1);
    QCOMPARE(t.listenerQueuesAt(l, ms(800)).synQueue, 2);
    QCOMPARE(t.listenerQueuesAt(l, ms(800)).synQueue, t.sockets[l].backlog);
}

void TestSimulator::listenerQueuesAreEmptyBeforeTheListenerAndForOtherSockets()
{
    Scenario s = twoHosts();
    s.actions[0].at = ms(5);
    const Trace t = Simulator::run(s, sec(1));
    const int l = listenerOf(t, QStringLiteral("B"));
    QCOMPARE(t.listenerQueuesAt(l, ms(4)), ListenerQueues{});
    const int a = connections(t, QStringLiteral("A")).first();
    QCOMPARE(t.listenerQueuesAt(a, ms(500)), ListenerQueues{});
    QCOMPARE(t.listenerQueuesAt(-1, ms(500)), ListenerQueues{});
    QCOMPARE(t.listenerQueuesAt(1000, ms(500)), ListenerQueues{});
}

QTEST_GUILESS_MAIN(TestSimulator)
#include "tst_simulator.moc"
