#include "sim/simulator.h"
#include "trace/trace_comparison.h"

#include <QTest>

using namespace tcplab;

namespace {
Scenario handshake()
{
    Scenario sc;
    HostSpec a;
    a.name = QStringLiteral("A");
    parseIpv4(QStringLiteral("10.0.0.1"), &a.address);
    HostSpec b;
    b.name = QStringLiteral("B");
    parseIpv4(QStringLiteral("10.0.0.2"), &b.address);
    sc.hosts = {a, b};
    AppAction listen;
    listen.host = QStringLiteral("B");
    listen.kind = AppActionKind::Listen;
    listen.port = 80;
    listen.isn = 5000;
    AppAction connect;
    connect.at = msToUs(10);
    connect.host = QStringLiteral("A");
    connect.kind = AppActionKind::Connect;
    connect.to = QStringLiteral("B");
    connect.remotePort = 80;
    connect.port = 40000;
    connect.isn = 1000;
    sc.actions = {listen, connect};
    sc.duration = secondsToUs(10);
    return sc;
}
} // namespace

class TestTraceComparison : public QObject
{
    Q_OBJECT
private slots:
    void identicalRunsDoNotDiverge()
    {
        const Scenario sc = handshake();
        QVERIFY(!firstDivergence(Simulator::run(sc), Simulator::run(sc)).has_value());
    }

    void droppedSynDivergesWhereTheDropHappens()
    {
        const Scenario shipped = handshake();
        Scenario mine = shipped;
        FaultRule drop;
        drop.kind = FaultKind::Drop;
        drop.host = QStringLiteral("A");
        drop.ordinal = 1;
        mine.faults = {drop};
        const Trace left = Simulator::run(shipped);
        const Trace right = Simulator::run(mine);
        const auto d = firstDivergence(left, right);
        QVERIFY(d.has_value());
        // Shipped: the SYN arrives at 60 ms; dropped: the drop is recorded midway, at 35 ms.
        QCOMPARE(d->time, msToUs(35));
        QCOMPARE(right.events[d->rightEvent].type, TraceEventType::Drop);
    }

    void twoWayHandshakeVariantDivergesAtTheServersStateChange()
    {
        const Scenario real = handshake();
        Scenario variant = real;
        variant.protocol.variant = ProtocolVariant::TwoWayHandshake;
        const Trace left = Simulator::run(real);
        const Trace right = Simulator::run(variant);
        const auto d = firstDivergence(left, right);
        QVERIFY(d.has_value());
        QCOMPARE(d->time, msToUs(60));
        QCOMPARE(left.events[d->leftEvent].toState, TcpState::SynReceived);
        QCOMPARE(right.events[d->rightEvent].toState, TcpState::Established);
    }

    void aRunThatGoesOnLongerDivergesWhereTheShorterEnds()
    {
        Scenario shortRun = handshake();
        Scenario longRun = shortRun;
        AppAction close;
        close.at = secondsToUs(1);
        close.host = QStringLiteral("A");
        close.kind = AppActionKind::Close;
        longRun.actions.append(close);
        const auto d = firstDivergence(Simulator::run(shortRun), Simulator::run(longRun));
        QVERIFY(d.has_value());
        QCOMPARE(d->time, secondsToUs(1));
        QCOMPARE(d->leftEvent, -1);
    }

    void theDifferenceIsNamed()
    {
        const Scenario shipped = handshake();
        // A dropped SYN: a drop where the other run delivers, another kind of event.
        Scenario dropped = shipped;
        FaultRule drop;
        drop.kind = FaultKind::Drop;
        drop.host = QStringLiteral("A");
        drop.ordinal = 1;
        dropped.faults = {drop};
        QCOMPARE(firstDivergence(Simulator::run(shipped), Simulator::run(dropped))->aspect,
                 DivergenceAspect::EventType);
        // A delayed SYN: the same delivery, later.
        Scenario delayed = shipped;
        FaultRule delay = drop;
        delay.kind = FaultKind::Delay;
        delay.delta = msToUs(10);
        delayed.faults = {delay};
        QCOMPARE(firstDivergence(Simulator::run(shipped), Simulator::run(delayed))->aspect,
                 DivergenceAspect::Time);
        // The two-way handshake: the same moment, the server enters another state.
        Scenario twoWay = shipped;
        twoWay.protocol.variant = ProtocolVariant::TwoWayHandshake;
        QCOMPARE(firstDivergence(Simulator::run(shipped), Simulator::run(twoWay))->aspect,
                 DivergenceAspect::StateChange);
        // One run goes on after the other.
        Scenario longer = shipped;
        AppAction close;
        close.at = secondsToUs(1);
        close.host = QStringLiteral("A");
        close.kind = AppActionKind::Close;
        longer.actions.append(close);
        QCOMPARE(firstDivergence(Simulator::run(shipped), Simulator::run(longer))->aspect,
                 DivergenceAspect::RunEnded);
    }

    // Hosts are compared by name, and "no host" (a segment to a forged address) is a name of
    // its own: equal to itself, different from every real host.
    void segmentsToNobodyMatchOnlyEachOther_data()
    {
        QTest::addColumn<int>("leftTo");
        QTest::addColumn<int>("rightTo");
        QTest::addColumn<bool>("diverges");
        QTest::newRow("both to B") << 1 << 1 << false;
        QTest::newRow("both to nobody") << -1 << -1 << false;
        QTest::newRow("nobody, and a host index past the list") << -1 << 5 << false;
        QTest::newRow("to nobody, and to B") << -1 << 1 << true;
        QTest::newRow("to A, and to B") << 0 << 1 << true;
    }
    void segmentsToNobodyMatchOnlyEachOther()
    {
        QFETCH(int, leftTo);
        QFETCH(int, rightTo);
        QFETCH(bool, diverges);
        auto oneSend = [](int toHost) {
            Trace t;
            HostInfo a;
            a.name = QStringLiteral("A");
            HostInfo b;
            b.name = QStringLiteral("B");
            t.hosts = {a, b};
            SegmentRecord r;
            r.id = 0;
            r.fromHost = 0;
            r.toHost = toHost;
            r.segment.flags = TcpFlag::Syn;
            t.segments = {r};
            TraceEvent e;
            e.time = msToUs(10);
            e.type = TraceEventType::Send;
            e.host = 0;
            e.segment = 0;
            t.events = {e};
            t.finish();
            return t;
        };
        QCOMPARE(firstDivergence(oneSend(leftTo), oneSend(rightTo)).has_value(), diverges);
    }
};

QTEST_GUILESS_MAIN(TestTraceComparison)
#include "tst_trace_comparison.moc"
