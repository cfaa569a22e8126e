// The passive observer: one side's RFC 9293 §3.10 inference fed segment by segment, the
// classification of segments, and round trips — a simulated run saved as a capture and
// read back gives the run's segments and, where the capture point can know them, the
// run's states.
#include "capture/capture_importer.h"
#include "capture/capture_reader.h"
#include "capture/connection_observer.h"
#include "capture/conversation_table.h"
#include "capture/observed_endpoint.h"
#include "capture_test_support.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace tcplab;
using namespace tcplab::testing;

namespace {

Segment seg(TcpFlags flags, uint32_t seq, uint32_t ack = 0, QByteArray payload = {})
{
    Segment s;
    s.flags = flags;
    s.seq = seq;
    s.ack = ack;
    s.payload = std::move(payload);
    s.window = 65535;
    return s;
}

constexpr TcpFlags Syn = TcpFlag::Syn;
constexpr TcpFlags SynAck = TcpFlag::Syn | TcpFlag::Ack;
constexpr TcpFlags Ack = TcpFlag::Ack;
constexpr TcpFlags FinAck = TcpFlag::Fin | TcpFlag::Ack;
constexpr TcpFlags RstAck = TcpFlag::Rst | TcpFlag::Ack;

// An endpoint that sent SYN 1000 and got SYN,ACK 5000: ESTABLISHED, SND.NXT 1001, RCV.NXT 5001.
ObservedEndpoint established()
{
    ObservedEndpoint e;
    e.segmentSent(0, seg(Syn, 1000), SegmentKind::Original);
    e.segmentReceived(1, seg(SynAck, 5000, 1001), ObservedEndpoint::Reply::None);
    return e;
}

TcpState lastState(const EndpointEffects &effects, TcpState otherwise)
{
    return effects.transitions.isEmpty() ? otherwise : effects.transitions.last().to;
}

// The simulated run's socket of a host that is a connection (not a listener).
int connectionSocket(const Trace &trace, const QString &host)
{
    for (const SocketInfo &s : trace.sockets) {
        if (trace.hostName(s.host) == host && !s.listener)
            return s.id;
    }
    return -1;
}

ObservedConnection importFile(const QString &path, int index = 1)
{
    ObservedConnection c;
    CaptureImporter::Listing listing;
    QString error;
    if (!CaptureImporter::observe(path, index, std::nullopt, &c, &listing, &error))
        qFatal("%s", qPrintable(error));
    return c;
}

QList<SimTime> stateChangeTimes(const Trace &trace)
{
    QList<SimTime> times;
    for (const TraceEvent &e : trace.events) {
        if (e.type == TraceEventType::State && !times.contains(e.time))
            times << e.time;
    }
    return times;
}

} // namespace

class TestCaptureObserver : public QObject
{
    Q_OBJECT

private slots:
    // --- one side, segment by segment (RFC 9293 §3.10) ---

    void activeOpenIsSynSentThenEstablished()
    {
        ObservedEndpoint e;
        auto fx = e.segmentSent(0, seg(Syn, 1000), SegmentKind::Original);
        QCOMPARE(fx.transitions.value(0).cause, StateCause::AppConnect);
        QCOMPARE(e.state(), TcpState::SynSent);
        fx = e.segmentReceived(1, seg(SynAck, 5000, 1001), ObservedEndpoint::Reply::None);
        QCOMPARE(fx.transitions.value(0).cause, StateCause::SynAckReceived);
        QCOMPARE(e.state(), TcpState::Established);
        QCOMPARE(e.tcb().rcvNxt, 5001u);
    }

    void synAnsweredWithSynAckMeansTheSideWasListening()
    {
        ObservedEndpoint e;
        const auto fx = e.segmentReceived(0, seg(Syn, 1000), ObservedEndpoint::Reply::SynAck);
        QCOMPARE(fx.transitions.value(0).from, TcpState::Listen);
        QCOMPARE(e.state(), TcpState::SynReceived);
        e.segmentSent(0, seg(SynAck, 5000, 1001), SegmentKind::Original);
        QCOMPARE(lastState(e.segmentReceived(1, seg(Ack, 1001, 5001), ObservedEndpoint::Reply::None), e.state()),
                 TcpState::Established);
    }

    void synNotAnsweredLeavesTheSideClosed()
    {
        ObservedEndpoint e;
        QVERIFY(e.segmentReceived(0, seg(Syn, 1000), ObservedEndpoint::Reply::None).transitions.isEmpty());
        QCOMPARE(e.state(), TcpState::Closed);
    }

    void rstAcceptableInSynSentIsRefusal()
    {
        ObservedEndpoint e;
        e.segmentSent(0, seg(Syn, 1000), SegmentKind::Original);
        const auto fx = e.segmentReceived(1, seg(RstAck, 0, 1001), ObservedEndpoint::Reply::None);
        QCOMPARE(e.state(), TcpState::Closed);
        QCOMPARE(fx.notices.value(0).kind, NoticeKind::ConnectionRefused);
    }

    void synAckWithWrongAckInSynSentChangesNothing()
    {
        ObservedEndpoint e;
        e.segmentSent(0, seg(Syn, 1000), SegmentKind::Original);
        QVERIFY(e.segmentReceived(1, seg(SynAck, 5000, 777), ObservedEndpoint::Reply::None).transitions.isEmpty());
        QCOMPARE(e.state(), TcpState::SynSent);
    }

    void finInFinWait1WithAckOfOurFinGoesToTimeWait()
    {
        ObservedEndpoint e = established();
        e.segmentSent(2, seg(FinAck, 1001, 5001), SegmentKind::Original);
        QCOMPARE(e.state(), TcpState::FinWait1);
        const auto fx = e.segmentReceived(3, seg(FinAck, 5001, 1002), ObservedEndpoint::Reply::None);
        QCOMPARE(fx.transitions.size(), 1);
        QCOMPARE(fx.transitions.first().cause, StateCause::FinAckReceived);
        QCOMPARE(e.state(), TcpState::TimeWait);
    }

    // The simulator tells an application of the peer's FIN only while it still reads: after
    // its CLOSE (our FIN, nothing read after it) there is no one to tell.
    void finAfterOurCloseNotifiesNoEndOfStream()
    {
        ObservedEndpoint e = established();
        e.segmentSent(2, seg(FinAck, 1001, 5001), SegmentKind::Original);
        e.segmentReceived(3, seg(Ack, 5001, 1002), ObservedEndpoint::Reply::None);
        QCOMPARE(e.state(), TcpState::FinWait2);
        const auto fx = e.segmentReceived(4, seg(FinAck, 5001, 1002), ObservedEndpoint::Reply::None);
        QCOMPARE(e.state(), TcpState::TimeWait);
        QVERIFY(fx.notices.isEmpty());

        ObservedEndpoint passive = established();
        const auto first = passive.segmentReceived(2, seg(FinAck, 5001, 1001), ObservedEndpoint::Reply::None);
        QCOMPARE(first.notices.value(0).kind, NoticeKind::EndOfStream);
    }

    void finWithoutAckOfOursInFinWait1IsClosing()
    {
        ObservedEndpoint e = established();
        e.segmentSent(2, seg(FinAck, 1001, 5001), SegmentKind::Original);
        e.segmentReceived(3, seg(FinAck, 5001, 1001), ObservedEndpoint::Reply::None);
        QCOMPARE(e.state(), TcpState::Closing);
        e.segmentReceived(4, seg(Ack, 5002, 1002), ObservedEndpoint::Reply::None);
        QCOMPARE(e.state(), TcpState::TimeWait);
    }

    void passiveCloseGoesThroughCloseWaitAndLastAck()
    {
        ObservedEndpoint e = established();
        e.segmentReceived(2, seg(FinAck, 5001, 1001), ObservedEndpoint::Reply::None);
        QCOMPARE(e.state(), TcpState::CloseWait);
        e.segmentSent(3, seg(FinAck, 1001, 5002), SegmentKind::Original);
        QCOMPARE(e.state(), TcpState::LastAck);
        e.segmentReceived(4, seg(Ack, 5002, 1002), ObservedEndpoint::Reply::None);
        QCOMPARE(e.state(), TcpState::Closed);
    }

    void finBeyondAGapWaitsForTheGapToFill()
    {
        ObservedEndpoint e = established();
        e.segmentReceived(2, seg(FinAck, 5011, 1001), ObservedEndpoint::Reply::None); // 10 bytes missing
        QCOMPARE(e.state(), TcpState::Established);
        QCOMPARE(e.tcb().outOfOrderBytes, 0);
        e.segmentReceived(3, seg(Ack, 5001, 1001, QByteArray(10, 'x')), ObservedEndpoint::Reply::None);
        QCOMPARE(e.state(), TcpState::CloseWait);
        QCOMPARE(e.tcb().rcvNxt, 5012u);
    }

    void oldRetransmittedFinInTimeWaitChangesNothing()
    {
        ObservedEndpoint e = established();
        e.segmentSent(2, seg(FinAck, 1001, 5001), SegmentKind::Original);
        e.segmentReceived(3, seg(Ack, 5001, 1002), ObservedEndpoint::Reply::None);
        e.segmentReceived(4, seg(FinAck, 5001, 1002), ObservedEndpoint::Reply::None);
        QCOMPARE(e.state(), TcpState::TimeWait);
        QVERIFY(e.segmentReceived(5, seg(FinAck, 5001, 1002), ObservedEndpoint::Reply::None).transitions.isEmpty());
    }

    void rstInWindowResetsAnEstablishedSide()
    {
        ObservedEndpoint e = established();
        const auto fx = e.segmentReceived(2, seg(TcpFlag::Rst, 5001), ObservedEndpoint::Reply::None);
        QCOMPARE(e.state(), TcpState::Closed);
        QCOMPARE(fx.transitions.first().cause, StateCause::RstReceived);
        QCOMPARE(fx.notices.value(0).kind, NoticeKind::ConnectionReset);
    }

    void rstSentAfterUnansweredKeepaliveIsGivingUp()
    {
        ObservedEndpoint e = established();
        Segment probe = seg(Ack, 1000, 5001);
        probe.keepaliveProbe = true;
        e.segmentSent(2, probe, SegmentKind::Original);
        e.segmentSent(3, probe, SegmentKind::Original);
        const auto fx = e.segmentSent(4, seg(RstAck, 1001, 5001), SegmentKind::Original);
        QCOMPARE(fx.transitions.value(0).cause, StateCause::KeepaliveExhausted);
        ObservedEndpoint user = established();
        QCOMPARE(user.segmentSent(2, seg(RstAck, 1001, 5001), SegmentKind::Original).transitions.value(0).cause,
                 StateCause::AppAbort);
    }

    void resetForNoConnectionRevealsAnUnseenEnd_data()
    {
        QTest::addColumn<int>("closeSteps");
        QTest::addColumn<StateCause>("cause");
        QTest::newRow("FIN-WAIT-2 timed out") << 1 << StateCause::FinWait2Timeout;
        QTest::newRow("TIME-WAIT skipped") << 2 << StateCause::NoTimeWait;
    }

    void resetForNoConnectionRevealsAnUnseenEnd()
    {
        QFETCH(int, closeSteps);
        QFETCH(StateCause, cause);
        ObservedEndpoint e = established();
        e.segmentSent(2, seg(FinAck, 1001, 5001), SegmentKind::Original);
        e.segmentReceived(3, seg(Ack, 5001, 1002), ObservedEndpoint::Reply::None); // FIN-WAIT-2
        if (closeSteps == 2)
            e.segmentReceived(4, seg(FinAck, 5001, 1002), ObservedEndpoint::Reply::None); // TIME-WAIT
        const auto fx = e.segmentReceived(secondsToUs(5), seg(FinAck, 5001, 1002),
                                          ObservedEndpoint::Reply::ResetForNoConnection);
        QCOMPARE(e.state(), TcpState::Closed);
        QCOMPARE(fx.transitions.value(0).cause, cause);
    }

    void acknowledgingTextAfterOurFinRevealsAShutdown()
    {
        ObservedEndpoint e = established();
        e.segmentSent(2, seg(FinAck, 1001, 5001), SegmentKind::Original);
        e.segmentReceived(3, seg(Ack, 5001, 1002, "more"), ObservedEndpoint::Reply::None);
        QVERIFY(!e.takeShutdownRevealed());
        e.segmentSent(4, seg(Ack, 1002, 5005), SegmentKind::Original);
        QVERIFY(e.takeShutdownRevealed());
        QVERIFY(!e.takeShutdownRevealed()); // said once
    }

    // --- classification, on simulated runs whose kinds are known ---

    void segmentKindsMatchTheSimulation_data()
    {
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<QStringList>("faults");
        QTest::addColumn<QString>("point");
        QTest::newRow("retransmitted FIN") << "lost-final-ack" << QStringList() << "wire";
        QTest::newRow("retransmitted data") << "data-transfer" << QStringList() << "A";
        QTest::newRow("retransmitted SYN") << "lost-syn" << QStringList() << "A";
        QTest::newRow("network copy at the receiver") << "data-transfer" << QStringList{"dup:A#3:20ms"} << "B";
        QTest::newRow("keepalive probes") << "keepalive-dead-peer" << QStringList() << "B";
    }

    void segmentKindsMatchTheSimulation()
    {
        QFETCH(QString, scenario);
        QFETCH(QStringList, faults);
        QFETCH(QString, point);
        QTemporaryDir dir;
        const Run run = runScenario(scenario, faults);
        const QString file = writeCaptureFile(run, point, dir.filePath(QStringLiteral("run.pcapng")));
        CaptureWriter writer(run.trace);
        writer.setPoint(pointNamed(run.trace, point));
        const QList<int> visible = writer.visibleSegments();
        const ObservedConnection c = importFile(file);
        QCOMPARE(c.trace.segments.size(), visible.size());
        for (int i = 0; i < visible.size(); ++i) {
            const SegmentRecord &sim = run.trace.segments[visible[i]];
            const SegmentRecord &seen = c.trace.segments[i];
            QCOMPARE(seen.kind, sim.kind);
            QCOMPARE(seen.segment.keepaliveProbe, sim.segment.keepaliveProbe);
        }
    }

    void delayedSegmentArrivesOutOfOrder()
    {
        QTemporaryDir dir;
        // A's first data segment (A#3) is held 30 ms: B gets A#4 first, well within a
        // round trip, so A#3 was overtaken, not sent again.
        const Run run = runScenario(QStringLiteral("data-transfer"), {QStringLiteral("delay:A#3:30ms")});
        const ObservedConnection c = importFile(writeCaptureFile(run, QStringLiteral("B"), dir.filePath(QStringLiteral("b.pcapng"))));
        int outOfOrder = 0;
        for (int i = 0; i < c.trace.segments.size(); ++i) {
            if (c.observations[i].outOfOrder) {
                ++outOfOrder;
                QCOMPARE(c.trace.segments[i].segment.seq, 1001u);
                QCOMPARE(c.trace.segments[i].kind, SegmentKind::Original);
            }
        }
        QCOMPARE(outOfOrder, 1);
    }

    // --- round trips ---

    void roundTripGivesTheSameSegments_data()
    {
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<QString>("point");
        QTest::addColumn<QString>("suffix");
        for (const char *scenario : {"handshake-and-close", "simultaneous-close", "lost-final-ack", "half-close",
                                     "data-transfer", "abort-rst", "three-segment-close"}) {
            for (const char *point : {"A", "B", "wire"}) {
                for (const char *suffix : {".pcap", ".pcapng"})
                    QTest::addRow("%s at %s%s", scenario, point, suffix) << scenario << point << suffix;
            }
        }
    }

    void roundTripGivesTheSameSegments()
    {
        QFETCH(QString, scenario);
        QFETCH(QString, point);
        QFETCH(QString, suffix);
        QTemporaryDir dir;
        const Run run = runScenario(scenario);
        const ObservedConnection c = importFile(writeCaptureFile(run, point, dir.filePath(QStringLiteral("run") + suffix)));
        CaptureWriter writer(run.trace);
        writer.setPoint(pointNamed(run.trace, point));
        const QList<int> visible = writer.visibleSegments();
        QCOMPARE(c.trace.segments.size(), visible.size());
        for (int i = 0; i < visible.size(); ++i) {
            const Segment &sim = run.trace.segments[visible[i]].segment;
            const Segment &seen = c.trace.segments[i].segment;
            QCOMPARE(seen.flags, sim.flags);
            QCOMPARE(seen.seq, sim.seq);
            if (sim.has(TcpFlag::Ack))
                QCOMPARE(seen.ack, sim.ack);
            QCOMPARE(seen.payload, sim.payload);
            QCOMPARE(seen.mss, sim.mss);
            QCOMPARE(seen.window, sim.window);
            QCOMPARE(c.trace.hostName(c.trace.segments[i].fromHost), run.trace.hostName(run.trace.segments[visible[i]].fromHost));
        }
    }

    // Where the capture point can know them, the inferred states are the run's: at every
    // moment a state changed in the run (up to the end of the capture) and at the end.
    // The pcap files carry no comments, so there the capture point is worked out from
    // the timing alone.
    void roundTripGivesTheRunsStates_data()
    {
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<QString>("point");
        QTest::addColumn<QString>("suffix");
        const QList<std::pair<const char *, QList<const char *>>> cases = {
            {"handshake-and-close", {"A", "B", "wire"}},
            {"simultaneous-close", {"A", "B", "wire"}},
            {"lost-final-ack", {"A", "wire"}}, // at B the lost ACK is never seen (docs/captures.md)
            {"half-close", {"A", "B", "wire"}},
            {"three-segment-close", {"A", "B", "wire"}},
            {"server-closes-first", {"A", "B", "wire"}},
            {"data-transfer", {"A", "B", "wire"}},
            {"abort-rst", {"A", "B", "wire"}},
            {"lost-syn", {"A", "wire"}},
            {"simultaneous-open", {"A"}},
        };
        for (const auto &[scenario, points] : cases) {
            for (const char *point : points) {
                for (const char *suffix : {".pcap", ".pcapng"})
                    QTest::addRow("%s at %s%s", scenario, point, suffix) << scenario << point << suffix;
            }
        }
    }

    void roundTripGivesTheRunsStates()
    {
        QFETCH(QString, scenario);
        QFETCH(QString, point);
        QFETCH(QString, suffix);
        QTemporaryDir dir;
        const Run run = runScenario(scenario);
        const ObservedConnection c = importFile(writeCaptureFile(run, point, dir.filePath(QStringLiteral("run") + suffix)));
        QCOMPARE(captureVantageName(c.vantage), point);
        QCOMPARE(c.oneWayDelay, msToUs(50));

        const int simA = connectionSocket(run.trace, QStringLiteral("A"));
        const int simB = connectionSocket(run.trace, QStringLiteral("B"));
        SimTime captureEnd = 0;
        for (const SegmentRecord &rec : c.trace.segments)
            captureEnd = std::max(captureEnd, rec.endsAt());
        QList<SimTime> moments = stateChangeTimes(run.trace);
        moments.removeIf([&](SimTime t) { return t > captureEnd; });
        moments << captureEnd;
        for (const SimTime t : moments) {
            QVERIFY2(c.trace.stateAt(0, t) == run.trace.stateAt(simA, t),
                     qPrintable(QStringLiteral("A at %1: %2, the run: %3")
                                    .arg(formatSimTime(t), tcpStateName(c.trace.stateAt(0, t)),
                                         tcpStateName(run.trace.stateAt(simA, t)))));
            QVERIFY2(c.trace.stateAt(1, t) == run.trace.stateAt(simB, t),
                     qPrintable(QStringLiteral("B at %1: %2, the run: %3")
                                    .arg(formatSimTime(t), tcpStateName(c.trace.stateAt(1, t)),
                                         tcpStateName(run.trace.stateAt(simB, t)))));
        }
    }

    void timesSeenAtThePointAreCapturedTheOthersEstimated()
    {
        QTemporaryDir dir;
        const Run run = runScenario(QStringLiteral("handshake-and-close"));
        const ObservedConnection c = importFile(writeCaptureFile(run, QStringLiteral("A"), dir.filePath(QStringLiteral("a.pcapng"))));
        QCOMPARE(c.timeOriginUs, CaptureWriter::captureEpochUs);
        const SegmentRecord &syn = c.trace.segments[0];
        const SegmentRecord &synAck = c.trace.segments[1];
        QCOMPARE(syn.sentAt, msToUs(10));
        QCOMPARE(c.observations[0].sentAtSource, TimeSource::Captured);
        QCOMPARE(c.observations[0].arrivalSource, TimeSource::Estimated);
        QCOMPARE(synAck.arrivesAt, msToUs(110));
        QCOMPARE(c.observations[1].arrivalSource, TimeSource::Captured);
        QCOMPARE(c.observations[1].sentAtSource, TimeSource::Estimated);
        QCOMPARE(synAck.sentAt, msToUs(60));
    }

    void lostSegmentIsInferredWhereThePointSawItSent()
    {
        QTemporaryDir dir;
        const Run run = runScenario(QStringLiteral("lost-final-ack"));
        for (const char *point : {"A", "wire"}) {
            const ObservedConnection c = importFile(writeCaptureFile(run, QString::fromLatin1(point),
                                                                     dir.filePath(QStringLiteral("run.pcapng"))));
            int lost = -1;
            for (int i = 0; i < c.observations.size(); ++i) {
                if (c.observations[i].lossInferred)
                    lost = i;
            }
            QVERIFY2(lost >= 0, point);
            const SegmentRecord &rec = c.trace.segments[lost];
            QVERIFY(rec.dropped);
            QCOMPARE(rec.dropReason, DropReason::Loss);
            QCOMPARE(rec.segment.flags, Ack);
            QCOMPARE(rec.droppedAt, msToUs(875)); // midway, as the run dropped it
        }
    }

    // lost-syn-ack: B's retransmission timer and its answer to A's retransmitted SYN send
    // two SYN,ACKs at one instant; the second proves nothing about the first.
    void copySentAgainWithinARoundTripIsNotInferredLost()
    {
        QTemporaryDir dir;
        const Run run = runScenario(QStringLiteral("lost-syn-ack"));
        const ObservedConnection c = importFile(writeCaptureFile(run, QStringLiteral("wire"),
                                                                 dir.filePath(QStringLiteral("run.pcapng"))));
        QList<int> lost;
        for (int i = 0; i < c.observations.size(); ++i) {
            if (c.observations[i].lossInferred)
                lost << i;
        }
        QCOMPARE(lost.size(), 1);
        QCOMPARE(c.trace.segments[lost.first()].senderOrdinal, 1);
        QCOMPARE(c.trace.hostName(c.trace.segments[lost.first()].fromHost), QStringLiteral("B"));
    }

    void ipv6ConnectionIsObservedWithItsAddressesInTheCaptureLayer()
    {
        const ObservedConnection c = importFile(QStringLiteral(TCPLAB_TEST_DATA "/captures/ipv6_connections.pcapng"));
        QCOMPARE(c.a.toString(), QStringLiteral("[2001:db8::1]:50010"));
        QCOMPARE(c.trace.hosts[0].address, 0u); // the model's addresses are IPv4 only
        QCOMPARE(c.trace.hosts[0].addressText, QStringLiteral("2001:db8::1")); // kept for the views
        QCOMPARE(c.trace.hostAddress(0), QStringLiteral("2001:db8::1"));
        QCOMPARE(c.vantage, CaptureVantage::NearA);
        QCOMPARE(c.oneWayDelay, SimTime(10000));
        QVERIFY(c.handshakeSeen);
        const SimTime end = c.trace.endTime;
        QCOMPARE(c.trace.stateAt(0, end), TcpState::TimeWait);
        QCOMPARE(c.trace.stateAt(1, end), TcpState::Closed);
        // A went on reading after its FIN: a shutdown, not a close.
        bool shutdown = false;
        for (const TraceEvent &e : c.trace.events) {
            if (e.type == TraceEventType::State && e.host == 0 && e.toState == TcpState::FinWait1)
                shutdown = e.cause == StateCause::AppShutdown;
        }
        QVERIFY(shutdown);
    }

    void connectionStartedBeforeTheCaptureIsTakenAsSynchronized()
    {
        // truncated.pcap's one usable segment is data in a connection opened earlier.
        const ObservedConnection c = importFile(QStringLiteral(TCPLAB_TEST_DATA "/captures/truncated.pcap"));
        QVERIFY(!c.handshakeSeen);
        QVERIFY(!c.delayMeasured);
        QCOMPARE(c.trace.segments.size(), 1);
        QCOMPARE(c.observations[0].payloadCaptured, 6u);
        // No state change is claimed for what the capture did not show.
        for (const TraceEvent &e : c.trace.events)
            QVERIFY(e.type != TraceEventType::State);
    }
};

QTEST_GUILESS_MAIN(TestCaptureObserver)
#include "tst_capture_observer.moc"
