// What the trace answers about its own record: every event of a socket, the state changes of
// a socket, and a host's name — kept in the trace so no view has to rebuild them.
#include "handshake_test_scenario.h"
#include "sim/simulator.h"
#include "trace/trace.h"

#include <QTest>

using namespace tcplab;

namespace {

TraceEvent makeEvent(SimTime time, TraceEventType type, int host, int socket)
{
    TraceEvent e;
    e.time = time;
    e.type = type;
    e.host = host;
    e.socket = socket;
    return e;
}

TraceEvent stateChange(SimTime time, int host, int socket, TcpState from, TcpState to)
{
    TraceEvent e = makeEvent(time, TraceEventType::State, host, socket);
    e.fromState = from;
    e.toState = to;
    return e;
}

// Two hosts, two sockets, and events interleaved between them: 0 and 2 and 4 are socket 0's,
// 1 and 5 socket 1's; 3 belongs to no socket and 6 names a socket the trace does not have.
Trace interleavedTrace()
{
    Trace t;
    HostInfo a;
    a.name = QStringLiteral("A");
    HostInfo b;
    b.name = QStringLiteral("B");
    t.hosts = {a, b};
    SocketInfo s0;
    s0.id = 0;
    s0.host = 0;
    SocketInfo s1;
    s1.id = 1;
    s1.host = 1;
    t.sockets = {s0, s1};
    t.events = {
        stateChange(0, 0, 0, TcpState::Closed, TcpState::SynSent),
        makeEvent(10, TraceEventType::App, 1, 1),
        makeEvent(10, TraceEventType::Send, 0, 0),
        makeEvent(20, TraceEventType::Host, 1, -1),
        stateChange(30, 0, 0, TcpState::SynSent, TcpState::Established),
        stateChange(30, 1, 1, TcpState::Listen, TcpState::SynReceived),
        makeEvent(40, TraceEventType::Notice, 0, 7),
    };
    t.endTime = 50;
    t.finish();
    return t;
}

} // namespace

class TestTrace : public QObject
{
    Q_OBJECT

private slots:
    void eventsOfSocketListsItsEventsInOrder_data()
    {
        QTest::addColumn<int>("socket");
        QTest::addColumn<QList<int>>("events");
        QTest::newRow("socket 0") << 0 << QList<int>{0, 2, 4};
        QTest::newRow("socket 1") << 1 << QList<int>{1, 5};
        QTest::newRow("no socket (-1)") << -1 << QList<int>{};
        QTest::newRow("past the last socket") << 2 << QList<int>{};
        QTest::newRow("a socket only an event names") << 7 << QList<int>{};
    }
    void eventsOfSocketListsItsEventsInOrder()
    {
        QFETCH(int, socket);
        QFETCH(QList<int>, events);
        const Trace trace = interleavedTrace();
        QCOMPARE(trace.eventsOfSocket(socket), events);
    }

    void stateEventsOfListsOnlyStateChanges_data()
    {
        QTest::addColumn<int>("socket");
        QTest::addColumn<QList<int>>("events");
        QTest::newRow("socket 0") << 0 << QList<int>{0, 4};
        QTest::newRow("socket 1") << 1 << QList<int>{5};
        QTest::newRow("no socket (-1)") << -1 << QList<int>{};
        QTest::newRow("past the last socket") << 99 << QList<int>{};
    }
    void stateEventsOfListsOnlyStateChanges()
    {
        QFETCH(int, socket);
        QFETCH(QList<int>, events);
        const Trace trace = interleavedTrace();
        QCOMPARE(trace.stateEventsOf(socket), events);
    }

    void hostNameIsTheScenariosNameOrQuestionMark_data()
    {
        QTest::addColumn<int>("host");
        QTest::addColumn<QString>("name");
        QTest::newRow("first host") << 0 << "A";
        QTest::newRow("second host") << 1 << "B";
        QTest::newRow("no host (-1)") << -1 << "?";
        QTest::newRow("past the last host") << 2 << "?";
    }
    void hostNameIsTheScenariosNameOrQuestionMark()
    {
        QFETCH(int, host);
        QFETCH(QString, name);
        QCOMPARE(interleavedTrace().hostName(host), name);
    }

    void hostAddressIsTheDottedQuadUnlessTheCaptureKeptItsText()
    {
        Trace trace;
        trace.hosts = {HostInfo{QStringLiteral("A"), 0x0a000001}, HostInfo{QStringLiteral("B"), 0}};
        trace.hosts[1].addressText = QStringLiteral("2001:db8::2");
        QCOMPARE(trace.hostAddress(0), QStringLiteral("10.0.0.1"));
        QCOMPARE(trace.hostAddress(1), QStringLiteral("2001:db8::2"));
        QCOMPARE(trace.hostAddress(2), QString());
    }

    void anAddressIsWrittenAsTheHostThatOwnsIt()
    {
        Trace trace; // an IPv6 capture: both ends hold 0 in the model's IPv4 field
        trace.hosts = {HostInfo{QStringLiteral("A"), 0}, HostInfo{QStringLiteral("B"), 0}};
        trace.hosts[0].addressText = QStringLiteral("2001:db8::1");
        trace.hosts[1].addressText = QStringLiteral("2001:db8::2");
        SocketInfo a;
        a.id = 0;
        a.host = 0;
        a.local = {0, 50010};
        a.remote = {0, 80};
        SocketInfo b = a;
        b.id = 1;
        b.host = 1;
        trace.sockets = {a, b};
        QCOMPARE(trace.addressText(0, 1), QStringLiteral("2001:db8::2"));
        QCOMPARE(trace.remoteAddressText(0), QStringLiteral("2001:db8::2"));
        QCOMPARE(trace.remoteAddressText(1), QStringLiteral("2001:db8::1"));
        // A forged source nobody owns stays a dotted quad.
        QCOMPARE(trace.addressText(0xc0000205, 0), QStringLiteral("192.0.2.5"));
    }

    void anIpv6EndpointIsBracketedBeforeItsPort()
    {
        QCOMPARE(endpointText(QStringLiteral("10.0.0.1"), 80), QStringLiteral("10.0.0.1:80"));
        QCOMPARE(endpointText(QStringLiteral("2001:db8::1"), 80), QStringLiteral("[2001:db8::1]:80"));
    }

    // The trace keeps only the samples tcbAt() can answer with (a long transfer samples its
    // sockets at nearly every event): the last of several at one time, and a change.
    void tcbAtIsTheLastSampleAtOrBeforeATime()
    {
        Trace t;
        auto sample = [](SimTime time, int eventIndex, uint32_t sndNxt) {
            TcbSample s;
            s.time = time;
            s.eventIndex = eventIndex;
            s.tcb.state = TcpState::Established;
            s.tcb.sndNxt = sndNxt;
            return s;
        };
        t.addTcbSample(0, sample(10, 0, 100));
        t.addTcbSample(0, sample(10, 1, 200)); // same time: only this one is true after 10
        t.addTcbSample(0, sample(20, 2, 200)); // unchanged
        t.addTcbSample(0, sample(30, 3, 300));
        t.addTcbSample(0, sample(30, 4, 100)); // back to an earlier value at the same time
        t.addTcbSample(0, sample(40, 5, 400));
        QCOMPARE(t.tcbAt(0, 9).state, TcpState::Closed);
        QCOMPARE(t.tcbAt(0, 10).sndNxt, 200u);
        QCOMPARE(t.tcbAt(0, 25).sndNxt, 200u);
        QCOMPARE(t.tcbAt(0, 30).sndNxt, 100u);
        QCOMPARE(t.tcbAt(0, 39).sndNxt, 100u);
        QCOMPARE(t.tcbAt(0, 40).sndNxt, 400u);
        QCOMPARE(t.tcbAt(0, 1000).sndNxt, 400u);
    }

    void finishRebuildsTheLists()
    {
        Trace trace = interleavedTrace();
        trace.events.append(makeEvent(45, TraceEventType::App, 0, 0));
        trace.finish();
        QCOMPARE(trace.eventsOfSocket(0), (QList<int>{0, 2, 4, 7}));
        QCOMPARE(Trace().eventsOfSocket(0), QList<int>{});
        QCOMPARE(Trace().stateEventsOf(0), QList<int>{});
    }

    // On a real run the lists agree with the events themselves, and the state changes are
    // the story of the connection.
    void simulatedRunsStateEventsTellEachSocketsStory_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<bool>("listener");
        QTest::addColumn<QList<TcpState>>("states");
        using S = TcpState;
        QTest::newRow("A's connection (active close)")
            << "A" << false
            << QList<S>{S::SynSent, S::Established, S::FinWait1, S::FinWait2, S::TimeWait, S::Closed};
        QTest::newRow("B's listener") << "B" << true << QList<S>{S::Listen};
        QTest::newRow("B's connection (passive close)")
            << "B" << false
            << QList<S>{S::SynReceived, S::Established, S::CloseWait, S::LastAck, S::Closed};
    }
    void simulatedRunsStateEventsTellEachSocketsStory()
    {
        QFETCH(QString, host);
        QFETCH(bool, listener);
        QFETCH(QList<TcpState>, states);
        const Trace trace = Simulator::run(testing::handshake());
        int socket = -1;
        for (const SocketInfo &s : trace.sockets) {
            if (trace.hostName(s.host) == host && s.listener == listener)
                socket = s.id;
        }
        QVERIFY(socket >= 0);

        QList<int> expectedEvents;
        for (int i = 0; i < trace.events.size(); ++i) {
            if (trace.events[i].socket == socket)
                expectedEvents.append(i);
        }
        QCOMPARE(trace.eventsOfSocket(socket), expectedEvents);

        QList<TcpState> told;
        for (int i : trace.stateEventsOf(socket)) {
            QCOMPARE(trace.events[i].type, TraceEventType::State);
            QVERIFY(trace.eventsOfSocket(socket).contains(i));
            QCOMPARE(trace.stateAt(socket, trace.events[i].time), trace.events[i].toState);
            told.append(trace.events[i].toState);
        }
        QCOMPARE(told, states);
    }
};

QTEST_GUILESS_MAIN(TestTrace)
#include "tst_trace.moc"
