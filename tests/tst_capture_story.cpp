// A captured connection told again as a scenario (CaptureStory): a shipped scenario saved
// as a capture, read back, told as a story and simulated, gives the run's segments again —
// the same senders, control bits, sequence and acknowledgment numbers, in the same order.
#include "capture/capture_importer.h"
#include "capture/capture_story.h"
#include "capture_test_support.h"
#include "trace/trace_comparison.h"
#include "trace/trace_format.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace tcplab;
using namespace tcplab::testing;

namespace {

ObservedConnection importFile(const QString &path)
{
    ObservedConnection c;
    CaptureImporter::Listing listing;
    QString error;
    if (!CaptureImporter::observe(path, 1, std::nullopt, &c, &listing, &error))
        qFatal("%s", qPrintable(error));
    return c;
}

// "A SYN seq=1000", "B SYN,ACK seq=5000 ack=1001", ... in the order the segments were sent.
QStringList segmentScript(const Trace &trace, const QList<int> &ids)
{
    QList<const SegmentRecord *> records;
    for (int id : ids)
        records.append(&trace.segments[id]);
    std::stable_sort(records.begin(), records.end(),
                     [](const SegmentRecord *x, const SegmentRecord *y) { return x->sentAt < y->sentAt; });
    QStringList script;
    for (const SegmentRecord *r : records) {
        QString line = trace.hostName(r->fromHost) + QLatin1Char(' ') + tcpFlagNames(r->segment.flags).join(QLatin1Char(','))
            + QStringLiteral(" seq=%1").arg(r->segment.seq);
        if (r->segment.has(TcpFlag::Ack))
            line += QStringLiteral(" ack=%1").arg(r->segment.ack);
        if (!r->segment.payload.isEmpty())
            line += QStringLiteral(" len=%1").arg(r->segment.payload.size());
        script << line;
    }
    return script;
}

QList<int> allSegments(const Trace &trace)
{
    QList<int> ids;
    for (const SegmentRecord &r : trace.segments)
        ids << r.id;
    return ids;
}

} // namespace

class TestCaptureStory : public QObject
{
    Q_OBJECT

private slots:
    // On the wire every segment is seen once, so the story's run must send exactly the
    // segments the shipped run sent.
    void storyOfAWireCaptureSendsTheRunsSegmentsAgain_data()
    {
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<QString>("suffix");
        for (const char *scenario : {"handshake-and-close", "simultaneous-close", "lost-final-ack", "half-close",
                                     "data-transfer", "abort-rst", "three-segment-close", "server-closes-first",
                                     "lost-syn-ack", "simultaneous-open"}) {
            for (const char *suffix : {".pcap", ".pcapng"})
                QTest::addRow("%s%s", scenario, suffix) << scenario << suffix;
        }
    }

    void storyOfAWireCaptureSendsTheRunsSegmentsAgain()
    {
        QFETCH(QString, scenario);
        QFETCH(QString, suffix);
        QTemporaryDir dir;
        const Run run = runScenario(scenario);
        const ObservedConnection c =
            importFile(writeCaptureFile(run, QStringLiteral("wire"), dir.filePath(QStringLiteral("run") + suffix)));
        Scenario story;
        QCOMPARE(CaptureStory::infer(c, &story), CaptureStory::Outcome::Told);
        const Trace retold = Simulator::run(story);
        CaptureWriter wire(run.trace);
        const QStringList expected = segmentScript(run.trace, wire.visibleSegments());
        QCOMPARE(segmentScript(retold, allSegments(retold)), expected);
    }

    void storyKeepsTheCapturesPortsIsnsDelayAndMss()
    {
        QTemporaryDir dir;
        const Run run = runScenario(QStringLiteral("lost-final-ack"));
        const ObservedConnection c =
            importFile(writeCaptureFile(run, QStringLiteral("wire"), dir.filePath(QStringLiteral("run.pcapng"))));
        Scenario story;
        QCOMPARE(CaptureStory::infer(c, &story), CaptureStory::Outcome::Told);
        QCOMPARE(story.hosts.size(), 2);
        QCOMPARE(story.hosts[0].address, run.scenario.hosts[0].address);
        QCOMPARE(story.hosts[1].mtu, 1500);
        QCOMPARE(story.network.delay, msToUs(50));
        QCOMPARE(story.actions.size(), 4);
        const AppAction &listen = story.actions[0];
        QCOMPARE(listen.kind, AppActionKind::Listen);
        QCOMPARE(listen.host, QStringLiteral("B"));
        QCOMPARE(listen.port, 80);
        QCOMPARE(listen.isn, std::optional<uint32_t>(5000));
        const AppAction &connect = story.actions[1];
        QCOMPARE(connect.kind, AppActionKind::Connect);
        QCOMPARE(connect.at, msToUs(10));
        QCOMPARE(connect.port, 40000);
        QCOMPARE(connect.remotePort, 80);
        QCOMPARE(connect.isn, std::optional<uint32_t>(1000));
        QCOMPARE(story.actions[2].kind, AppActionKind::Close);
        QCOMPARE(story.actions[2].at, msToUs(500));
        QCOMPARE(story.actions[3].kind, AppActionKind::Close);
        QCOMPARE(story.actions[3].host, QStringLiteral("B"));
        // The final ACK the observer inferred lost is the fault of the lesson.
        QCOMPARE(story.faults.size(), 1);
        QCOMPARE(story.faults[0].kind, FaultKind::Drop);
        QCOMPARE(story.faults[0].host, QStringLiteral("A"));
        QCOMPARE(story.faults[0].ordinal, 4); // SYN, ACK, FIN, then the lost ACK
    }

    void halfCloseIsToldAsAShutdown()
    {
        QTemporaryDir dir;
        const Run run = runScenario(QStringLiteral("half-close"));
        const ObservedConnection c =
            importFile(writeCaptureFile(run, QStringLiteral("wire"), dir.filePath(QStringLiteral("run.pcapng"))));
        Scenario story;
        QCOMPARE(CaptureStory::infer(c, &story), CaptureStory::Outcome::Told);
        QList<AppActionKind> kinds;
        for (const AppAction &a : story.actions)
            kinds << a.kind;
        QVERIFY(kinds.contains(AppActionKind::Shutdown));
    }

    void ackHeldBackIsToldAsDelayedAck()
    {
        QTemporaryDir dir;
        for (const char *scenario : {"three-segment-close", "handshake-and-close"}) {
            const Run run = runScenario(QString::fromLatin1(scenario));
            const ObservedConnection c =
                importFile(writeCaptureFile(run, QStringLiteral("wire"), dir.filePath(QStringLiteral("run.pcapng"))));
            Scenario story;
            QCOMPARE(CaptureStory::infer(c, &story), CaptureStory::Outcome::Told);
            QCOMPARE(story.protocol.delayedAck, run.scenario.protocol.delayedAck);
            if (story.protocol.delayedAck)
                QCOMPARE(story.protocol.delayedAckTimeout, run.scenario.protocol.delayedAckTimeout);
        }
    }

    // The capture and the model of its story differ only where the observer cannot know:
    // after the capture's last segment (the timers that end TIME-WAIT).
    void observableModelOfAWireCaptureDiffersOnlyAfterTheCapture_data()
    {
        QTest::addColumn<QString>("scenario");
        for (const char *scenario : {"handshake-and-close", "lost-final-ack", "data-transfer", "half-close"})
            QTest::newRow(scenario) << scenario;
    }

    void observableModelOfAWireCaptureDiffersOnlyAfterTheCapture()
    {
        QFETCH(QString, scenario);
        QTemporaryDir dir;
        const Run run = runScenario(scenario);
        const ObservedConnection c =
            importFile(writeCaptureFile(run, QStringLiteral("wire"), dir.filePath(QStringLiteral("run.pcapng"))));
        Scenario story;
        QCOMPARE(CaptureStory::infer(c, &story), CaptureStory::Outcome::Told);
        const Trace model = CaptureStory::observable(Simulator::run(story));
        for (const TraceEvent &e : model.events) {
            QVERIFY(e.type != TraceEventType::App && e.type != TraceEventType::Timer);
            if (e.type == TraceEventType::State)
                QVERIFY(!model.sockets.at(e.socket).listener);
        }
        SimTime lastSegment = 0;
        for (const SegmentRecord &r : c.trace.segments)
            lastSegment = std::max(lastSegment, r.endsAt());
        const std::optional<TraceDivergence> d = firstDivergence(c.trace, model);
        if (d) {
            QVERIFY2(d->time > lastSegment,
                     qPrintable(QStringLiteral("first difference at %1 (aspect %2), the capture ends at %3")
                                    .arg(formatSimTime(d->time)).arg(int(d->aspect)).arg(formatSimTime(lastSegment))));
        }
    }

    void captureWithoutTheHandshakeCannotBeTold()
    {
        const ObservedConnection c = importFile(QStringLiteral(TCPLAB_TEST_DATA "/captures/truncated.pcap"));
        Scenario story;
        story.id = QStringLiteral("untouched");
        QCOMPARE(CaptureStory::infer(c, &story), CaptureStory::Outcome::HandshakeMissing);
        QCOMPARE(story.id, QStringLiteral("untouched"));
    }

    // A capture on the loopback interface: both ends are 127.0.0.1, which the simulator
    // cannot tell apart.
    void endsOnOneAddressAreToldWithStandInAddresses()
    {
        QTemporaryDir dir;
        const Run run = runScenario(QStringLiteral("handshake-and-close"));
        ObservedConnection c =
            importFile(writeCaptureFile(run, QStringLiteral("wire"), dir.filePath(QStringLiteral("run.pcapng"))));
        c.a.address = IpAddress::v4(0x7f000001);
        c.b.address = IpAddress::v4(0x7f000001);
        Scenario story;
        QCOMPARE(CaptureStory::infer(c, &story), CaptureStory::Outcome::Told);
        QVERIFY(story.hosts[0].address != story.hosts[1].address);
        const Trace retold = Simulator::run(story);
        CaptureWriter wire(run.trace);
        QCOMPARE(segmentScript(retold, allSegments(retold)), segmentScript(run.trace, wire.visibleSegments()));
    }

    void ipv6EndsAreToldWithStandInAddresses()
    {
        const ObservedConnection c = importFile(QStringLiteral(TCPLAB_TEST_DATA "/captures/ipv6_connections.pcapng"));
        Scenario story;
        QCOMPARE(CaptureStory::infer(c, &story), CaptureStory::Outcome::Told);
        QCOMPARE(story.hosts[0].address, 0x0a000001u);
        QCOMPARE(story.hosts[1].address, 0x0a000002u);
        const Trace retold = Simulator::run(story);
        QCOMPARE(segmentScript(retold, allSegments(retold)).first(),
                 QStringLiteral("A SYN seq=%1").arg(c.trace.segments[0].segment.seq));
    }
};

QTEST_GUILESS_MAIN(TestCaptureStory)
#include "tst_capture_story.moc"
