// A run whose sends alone need more events than a run may have is refused before it runs
// (`window: 1` and a 10 MB send were ten million segments, tens of gigabytes of trace), with
// a message naming the action, the limit and the settings; the projection is a floor, so
// no scenario that fits is refused.
#include "scenario/scenario_library.h"
#include "sim/run_projection.h"
#include "sim/simulator.h"
#include "trace/trace_format.h"

#include <QElapsedTimer>
#include <QTest>

using namespace tcplab;

namespace {

Scenario withBigSend(int window, qint64 bytes, int *sendIndex)
{
    Scenario s = ScenarioLibrary::load(QStringLiteral("handshake-and-close")).scenario;
    s.protocol.window = window;
    for (int i = 0; i < s.actions.size(); ++i) {
        if (s.actions[i].kind == AppActionKind::Send) {
            s.actions[i].data = QByteArray(bytes, 'x');
            *sendIndex = i;
            break;
        }
    }
    return s;
}

} // namespace

class TestRunProjection : public QObject
{
    Q_OBJECT
private slots:
    void sendThroughAOneByteWindowIsRefusedBeforeRunning()
    {
        int send = -1;
        const Scenario s = withBigSend(1, 10 * 1000 * 1000, &send);
        QVERIFY(send >= 0);
        const RunProjection projection(s);
        QCOMPARE(projection.largestSegment(), qint64(1));
        QVERIFY(projection.minimumEvents() >= 10 * 1000 * 1000);
        const QStringList problems = projection.problems(Simulator::defaultMaxEvents);
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems.first().startsWith(QStringLiteral("actions[%1]: ").arg(send)), qPrintable(problems.first()));
        QVERIFY2(problems.first().contains(QStringLiteral("limit of 2000000 events")), qPrintable(problems.first()));
        QVERIFY2(problems.first().contains(QStringLiteral("window")), qPrintable(problems.first()));

        // The simulator stops before its first event, and both printed forms say so.
        QElapsedTimer timer;
        timer.start();
        const Trace trace = Simulator::run(s);
        QCOMPARE(trace.stoppedAtLimit, RunLimit::Events);
        QVERIFY(trace.events.isEmpty());
        QCOMPARE(trace.endTime, SimTime(0));
        QVERIFY2(timer.elapsed() < 5000, "the refused run ran anyway");
        QCOMPARE(traceToJsonLines(trace, s), QByteArray("{\"t_us\":0,\"event\":\"limit\",\"limit\":\"events\"}\n"));
        QCOMPARE(traceToText(trace, s), QStringLiteral("0.000000 run stopped at the events limit: the trace is partial\n"));
    }

    void sendsTogetherAboveTheLimitAreRefusedAsOne()
    {
        int send = -1;
        Scenario s = withBigSend(1, 1500000, &send);
        AppAction again = s.actions[send];
        s.actions.insert(send + 1, again); // two sends of 1,500,000 bytes, each within the limit
        const QStringList problems = RunProjection(s).problems(Simulator::defaultMaxEvents);
        QCOMPARE(problems.size(), 1);
        // 3,000,000 bytes and the server's 19-byte reply, one byte a segment.
        QVERIFY2(problems.first().startsWith(QStringLiteral("the sends together take at least 3000019 segments")),
                 qPrintable(problems.first()));
    }

    // A floor: never more than the run really takes. Every shipped scenario fits, and its
    // data segments (originals, each carrying at most the largest segment) are at least
    // as many as the projection counts.
    void projectionIsAFloorForEveryShippedScenario_data()
    {
        QTest::addColumn<QString>("id");
        for (const QString &id : ScenarioLibrary::ids())
            QTest::newRow(qPrintable(id)) << id;
    }
    void projectionIsAFloorForEveryShippedScenario()
    {
        QFETCH(QString, id);
        const Scenario s = ScenarioLibrary::load(id).scenario;
        const RunProjection projection(s);
        QVERIFY(projection.problems(Simulator::defaultMaxEvents).isEmpty());
        const Trace trace = Simulator::run(s);
        qint64 dataSegments = 0;
        for (const SegmentRecord &rec : trace.segments) {
            if (!rec.segment.payload.isEmpty() && rec.retransmissionOf < 0 && rec.duplicateOf < 0)
                ++dataSegments;
        }
        QVERIFY2(projection.minimumEvents() <= dataSegments,
                 qPrintable(QStringLiteral("%1 > %2").arg(projection.minimumEvents()).arg(dataSegments)));
    }

    void eachFloodedSynCountsTowardsTheExpectedSize()
    {
        Scenario s = ScenarioLibrary::load(QStringLiteral("syn-flood")).scenario;
        const RunProjection before(s);
        int flood = -1;
        for (int i = 0; i < s.actions.size(); ++i) {
            if (s.actions[i].kind == AppActionKind::SynFlood)
                flood = i;
        }
        QVERIFY(flood >= 0);
        s.actions[flood].count += 100000;
        QCOMPARE(RunProjection(s).expectedEvents(), before.expectedEvents() + 200000);
        QCOMPARE(RunProjection(s).minimumEvents(), before.minimumEvents());
    }

    // The limit is the simulator's own: a smaller one refuses what the default allows.
    void theLimitPassedToTheRunIsTheOneChecked()
    {
        int send = -1;
        const Scenario s = withBigSend(100, 100000, &send); // 1000 segments at least
        QVERIFY(RunProjection(s).problems(Simulator::defaultMaxEvents).isEmpty());
        QVERIFY(!RunProjection(s).problems(999).isEmpty());
        QCOMPARE(Simulator::run(s, -1, 999).stoppedAtLimit, RunLimit::Events);
        QVERIFY(Simulator::run(s, -1, 999).events.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestRunProjection)
#include "tst_run_projection.moc"
