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
};

QTEST_GUILESS_MAIN(TestTraceComparison)
#include "tst_trace_comparison.moc"
