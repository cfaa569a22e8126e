// Layout of the sequence diagram: trace -> geometry, a pure function (no widget, no paint).
#include "common/duration_text.h"
#include "sequence/label_placer.h"
#include "scenario/scenario_library.h"
#include "sequence/sequence_layout.h"
#include "sim/simulator.h"
#include "trace/trace.h"
#include "sequence_test_traces.h"

#include <QApplication>
#include <QFontMetricsF>
#include <QRandomGenerator>
#include <QTranslator>
#include <QtTest>

using namespace tcplab;
using namespace tcplab::testtraces;

namespace {

SequenceLayoutOptions defaultOptions()
{
    SequenceLayoutOptions o;
    o.font = QApplication::font();
    return o;
}

double laneX(const SequenceLayout &L, int host)
{
    return L.lifelines[L.laneOfHost(host)].x;
}

void verifyLabelsWholeAndApart(const Trace &trace, const SequenceLayout &L)
{
    const QFontMetricsF fm(sequenceLabelFont(L.options.font));
    for (const ArrowGeometry &a : L.arrows) {
        const QString expected = segmentLabelText(trace.segments[a.segmentId].segment, L.options.labelContent);
        QCOMPARE(a.textLines.join(QLatin1Char(' ')), expected);
        for (const QString &line : a.labelLines()) {
            QVERIFY2(!line.contains(QChar(0x2026)), qPrintable(line));
            QVERIFY2(fm.horizontalAdvance(line) <= a.labelSize.width(), qPrintable(line));
        }
    }
    for (int i = 0; i < L.arrows.size(); ++i)
        for (int j = i + 1; j < L.arrows.size(); ++j)
            QVERIFY2(!convexPolygonsOverlap(L.arrows[i].labelPolygon, L.arrows[j].labelPolygon),
                     qPrintable(QStringLiteral("labels of segments %1 and %2 overlap")
                                    .arg(L.arrows[i].segmentId)
                                    .arg(L.arrows[j].segmentId)));
}

// Renames every "SequenceDiagram" string, standing in for a real language switch.
class ShoutingTranslator : public QTranslator
{
public:
    QString translate(const char *context, const char *source, const char *, int) const override
    {
        if (qstrcmp(context, "SequenceDiagram") != 0)
            return QString();
        return QString::fromUtf8(source).toUpper();
    }
    bool isEmpty() const override { return false; }
};

} // namespace

class TstSequenceLayout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void arrowsRunFromSendTimeOnSenderToArrivalOnReceiver()
    {
        const Trace trace = lostSynThenCloseWithTimeWait();
        const SequenceLayout L = layoutSequence(trace, defaultOptions());
        QCOMPARE(L.lifelines.size(), 2);
        QVERIFY(L.lifelines[0].x < L.lifelines[1].x);
        QCOMPARE(L.arrows.size(), trace.segments.size());
        for (const SegmentRecord &r : trace.segments) {
            const ArrowGeometry *a = L.arrowForSegment(r.id);
            QVERIFY(a);
            QCOMPARE(a->p1.y(), L.axis.timeToY(r.sentAt));
            QCOMPARE(a->p2.y(), L.axis.timeToY(r.arrivesAt));
            QCOMPARE(a->p1.x(), laneX(L, r.fromHost));
            QCOMPARE(a->p2.x(), laneX(L, r.toHost));
            QVERIFY(a->p2.y() > a->p1.y()); // time runs down
        }
    }

    void droppedSegmentStopsWithACrossWhereItWasDropped()
    {
        const Trace trace = lostSynThenCloseWithTimeWait();
        const SequenceLayout L = layoutSequence(trace, defaultOptions());
        const ArrowGeometry *a = L.arrowForSegment(0);
        QVERIFY(a->dropped);
        QCOMPARE(a->end.y(), L.axis.timeToY(trace.segments[0].droppedAt));
        QVERIFY(a->end.y() < a->p2.y());
        QVERIFY(a->end.x() > a->p1.x() && a->end.x() < a->p2.x());
        // On the line from send to would-be arrival.
        const QPointF d1 = a->end - a->p1, d2 = a->p2 - a->p1;
        QVERIFY(std::abs(d1.x() * d2.y() - d1.y() * d2.x()) < 1e-6 * QPointF::dotProduct(d2, d2));
        QVERIFY(a->badgeLines.join(QLatin1Char(' ')).contains(QStringLiteral("dropped")));
        QVERIFY(!L.arrowForSegment(1)->dropped);
        QCOMPARE(L.arrowForSegment(1)->end, L.arrowForSegment(1)->p2);
    }

    void retransmissionIsMarked()
    {
        const Trace trace = lostSynThenCloseWithTimeWait();
        const SequenceLayout L = layoutSequence(trace, defaultOptions());
        QVERIFY(L.arrowForSegment(1)->retransmission);
        QVERIFY(L.arrowForSegment(1)->badgeLines.join(QLatin1Char(' ')).contains(QStringLiteral("retransmission")));
        QVERIFY(!L.arrowForSegment(2)->retransmission);
        QVERIFY(L.arrowForSegment(2)->badgeLines.isEmpty());
    }

    void quietTimeWaitBecomesAFixedHeightBreakShowingItsLength()
    {
        const Trace trace = lostSynThenCloseWithTimeWait();
        const SequenceLayoutOptions options = defaultOptions();
        const SequenceLayout L = layoutSequence(trace, options);
        const BreakGeometry *timeWait = nullptr;
        for (const BreakGeometry &b : L.breaks)
            if (b.t0 >= 1800 * ms && b.t1 <= 61750 * ms)
                timeWait = &b;
        QVERIFY(timeWait);
        QCOMPARE(timeWait->y1 - timeWait->y0, options.breakHeight);
        QVERIFY(timeWait->t1 - timeWait->t0 > 59 * usPerSecond);
        QVERIFY2(timeWait->text.contains(durationText(timeWait->t1 - timeWait->t0)), qPrintable(timeWait->text));
        QVERIFY(timeWait->text.contains(QStringLiteral(" s")));
        // The whole 61.75 s fit in far less than its to-scale height.
        QVERIFY(L.size.height() < 0.05 * 61750 * L.axis.pixelsPerMs());
    }

    void timeAxisIsMonotonicAndInvertible()
    {
        const Trace trace = lostSynThenCloseWithTimeWait();
        const SequenceLayout L = layoutSequence(trace, defaultOptions());
        double previous = -1e300;
        for (SimTime t = 0; t <= trace.endTime; t += 7919) { // a prime step hits odd places
            const double y = L.axis.timeToY(t);
            QVERIFY(y > previous);
            previous = y;
            const SimTime back = L.axis.yToTime(y);
            if (L.axis.isInBreak(y)) {
                // Inside a break a pixel stands for a long time; only approximately inverse.
                QVERIFY(std::abs(back - t) <= 2 * usPerSecond);
            } else {
                QVERIFY2(std::abs(back - t) <= 1, qPrintable(QStringLiteral("t=%1 back=%2").arg(t).arg(back)));
            }
        }
    }

    void stateBandsBeginWhereTheStateBegins()
    {
        const Trace trace = lostSynThenCloseWithTimeWait();
        const SequenceLayout L = layoutSequence(trace, defaultOptions());
        int checked = 0;
        for (const TraceEvent &e : trace.events) {
            if (e.type != TraceEventType::State || e.toState == TcpState::Closed)
                continue;
            bool found = false;
            for (const StateBandGeometry &b : L.stateBands) {
                if (b.socket != e.socket || b.t0 != e.time || b.state != e.toState)
                    continue;
                found = true;
                QCOMPARE(b.rect.top(), L.axis.timeToY(e.time));
                QCOMPARE(b.text, tcpStateName(e.toState));
                QVERIFY(std::abs(b.rect.center().x() - laneX(L, e.host)) < 40);
                QVERIFY(b.textRect.top() >= L.axis.timeToY(e.time) - 0.5);
            }
            QVERIFY2(found, qPrintable(tcpStateName(e.toState)));
            ++checked;
        }
        QCOMPARE(checked, 10);
        // A band ends where the next state of its socket begins.
        for (const StateBandGeometry &b : L.stateBands)
            if (b.state == TcpState::SynSent)
                QCOMPARE(b.t1, 1100 * ms);
    }

    void stateAndTimerTextsDoNotOverlapOnALifeline()
    {
        const Trace trace = lostSynThenCloseWithTimeWait();
        const SequenceLayout L = layoutSequence(trace, defaultOptions());
        QList<QRectF> rects;
        for (const StateBandGeometry &b : L.stateBands)
            rects << b.textRect;
        for (const TimerBracketGeometry &t : L.timers)
            rects << t.textRect;
        for (int i = 0; i < rects.size(); ++i)
            for (int j = i + 1; j < rects.size(); ++j)
                QVERIFY(!rects[i].intersects(rects[j]));
    }

    void timerBracketRunsFromSetToFireOrCancel()
    {
        const Trace trace = lostSynThenCloseWithTimeWait();
        const SequenceLayout L = layoutSequence(trace, defaultOptions());
        const TimerBracketGeometry *twoMsl = nullptr;
        const TimerBracketGeometry *cancelledRto = nullptr;
        for (const TimerBracketGeometry &t : L.timers) {
            if (t.kind == TimerKind::TimeWait)
                twoMsl = &t;
            if (t.kind == TimerKind::Retransmission && t.setAt == 1000 * ms)
                cancelledRto = &t;
        }
        QVERIFY(twoMsl && cancelledRto);
        QCOMPARE(twoMsl->y0, L.axis.timeToY(1750 * ms));
        QCOMPARE(twoMsl->y1, L.axis.timeToY(61750 * ms));
        QVERIFY(twoMsl->fired);
        QVERIFY2(twoMsl->text.contains(QStringLiteral("2MSL")) && twoMsl->text.contains(QStringLiteral("60 s")),
                 qPrintable(twoMsl->text));
        QCOMPARE(cancelledRto->y1, L.axis.timeToY(1100 * ms));
        QVERIFY(!cancelledRto->fired);
        QVERIFY(cancelledRto->text.contains(QStringLiteral("2 s"))); // as set: 2 s after doubling
        QCOMPARE(L.timers.size(), 4);
    }

    void labelsAreWholeAndApartInAHandshake_data()
    {
        QTest::addColumn<int>("content");
        QTest::addColumn<double>("pixelsPerMs");
        QTest::newRow("textbook") << int(SegmentLabelContent::Textbook) << 0.0;
        QTest::newRow("full") << int(SegmentLabelContent::Full) << 0.0;
        QTest::newRow("flags") << int(SegmentLabelContent::Flags) << 0.0;
        QTest::newRow("textbook, zoomed far out") << int(SegmentLabelContent::Textbook) << 0.05;
        QTest::newRow("full, zoomed far in") << int(SegmentLabelContent::Full) << 40.0;
    }
    void labelsAreWholeAndApartInAHandshake()
    {
        QFETCH(int, content);
        QFETCH(double, pixelsPerMs);
        const Trace trace = lostSynThenCloseWithTimeWait();
        SequenceLayoutOptions options = defaultOptions();
        options.labelContent = SegmentLabelContent(content);
        options.pixelsPerMs = pixelsPerMs;
        verifyLabelsWholeAndApart(trace, layoutSequence(trace, options));
    }

    void labelTextFollowsTextbookNotation_data()
    {
        QTest::addColumn<int>("flags");
        QTest::addColumn<int>("payload");
        QTest::addColumn<int>("content");
        QTest::addColumn<QString>("expected");
        QTest::newRow("syn") << int(SYN) << 0 << int(SegmentLabelContent::Textbook) << "SYN seq=1000";
        QTest::newRow("syn-ack") << int(SYN | ACK) << 0 << int(SegmentLabelContent::Textbook) << "SYN,ACK seq=1000 ack=5001";
        QTest::newRow("data") << int(ACK) << 100 << int(SegmentLabelContent::Textbook) << "ACK seq=1000 ack=5001 len=100";
        QTest::newRow("flags only") << int(SYN | ACK) << 0 << int(SegmentLabelContent::Flags) << "SYN,ACK";
        QTest::newRow("flags with data") << int(ACK) << 7 << int(SegmentLabelContent::Flags) << "ACK len=7";
        QTest::newRow("full") << int(SYN) << 0 << int(SegmentLabelContent::Full) << "SYN seq=1000 win=65535 mss=1460";
    }
    void labelTextFollowsTextbookNotation()
    {
        QFETCH(int, flags);
        QFETCH(int, payload);
        QFETCH(int, content);
        QFETCH(QString, expected);
        Segment s;
        s.flags = TcpFlags(flags);
        s.seq = 1000;
        s.ack = 5001;
        s.window = 65535;
        s.mss = flags & SYN ? 1460 : 0;
        s.payload = QByteArray(payload, 'x');
        QCOMPARE(segmentLabelText(s, SegmentLabelContent(content)), expected);
    }

    void longLabelsWrapInsteadOfBeingCut()
    {
        TraceBuilder b;
        const int A = b.host(QStringLiteral("A"), 1);
        const int B = b.host(QStringLiteral("B"), 2);
        b.segment(A, B, SYN | ACK, 4000000000u, 4000000001u, 0, oneWay, 1460);
        const Trace trace = b.finish(oneWay);
        SequenceLayoutOptions options = defaultOptions();
        options.lifelineSpacing = 60; // far narrower than the text
        options.labelContent = SegmentLabelContent::Full;
        const SequenceLayout L = layoutSequence(trace, options);
        QVERIFY(L.arrows[0].textLines.size() > 1);
        verifyLabelsWholeAndApart(trace, L);
    }

    void crowdedLabelsAreStackedApart()
    {
        // Ten segments sent within a millisecond: their labels must not be drawn over each other.
        TraceBuilder b;
        const int A = b.host(QStringLiteral("A"), 1);
        const int B = b.host(QStringLiteral("B"), 2);
        for (int i = 0; i < 10; ++i)
            b.segment(A, B, ACK, 1000 + 100 * i, 1, i * 100, oneWay, 100);
        const Trace trace = b.finish(oneWay + ms);
        verifyLabelsWholeAndApart(trace, layoutSequence(trace, defaultOptions()));
    }

    void delayedAndDuplicateSegmentsAreMarked()
    {
        TraceBuilder b;
        const int A = b.host(QStringLiteral("A"), 1);
        const int B = b.host(QStringLiteral("B"), 2);
        const int late = b.segment(A, B, ACK, 1, 1, 0, oneWay + 300 * ms, 10);
        b.trace.segments[late].fault = FaultKind::Delay;
        b.trace.segments[late].faultDelta = 300 * ms;
        const int normal = b.segment(A, B, ACK, 11, 1, 0, oneWay, 10);
        const int copy = b.segment(A, B, ACK, 11, 1, 0, oneWay + 100 * ms, 10);
        b.trace.segments[copy].kind = SegmentKind::Duplicate;
        b.trace.segments[copy].duplicateOf = normal;
        const Trace trace = b.finish(400 * ms);
        const SequenceLayout L = layoutSequence(trace, defaultOptions());
        const ArrowGeometry *l = L.arrowForSegment(late);
        QVERIFY(l->delayed);
        QVERIFY(l->badgeLines.join(QLatin1Char(' ')).contains(QStringLiteral("+300 ms")));
        // Its slope shows the extra time: steeper than the normal arrow sent at once.
        QVERIFY(l->p2.y() - l->p1.y() > L.arrowForSegment(normal)->p2.y() - L.arrowForSegment(normal)->p1.y());
        QVERIFY(L.arrowForSegment(copy)->duplicate);
        QVERIFY(L.arrowForSegment(copy)->badgeLines.join(QLatin1Char(' ')).contains(QStringLiteral("duplicate")));
        verifyLabelsWholeAndApart(trace, L);
    }

    void attackersShareOneLifelineThatAlsoTakesForgedAddresses()
    {
        TraceBuilder b;
        const int client = b.host(QStringLiteral("A"), 1);
        const int server = b.host(QStringLiteral("B"), 2);
        const int m1 = b.host(QStringLiteral("M"), 3, true);
        const int m2 = b.host(QStringLiteral("M2"), 4, true);
        const int forged = b.segment(m1, server, SYN, 10, 0, 0);
        const int answer = b.segment(server, -1, SYN | ACK, 20, 11, oneWay);
        const int other = b.segment(m2, server, SYN, 30, 0, ms);
        b.segment(client, server, SYN, 40, 0, 2 * ms);
        const Trace trace = b.finish(3 * oneWay);
        const SequenceLayout L = layoutSequence(trace, defaultOptions());
        QCOMPARE(L.lifelines.size(), 3);
        const int mLane = L.laneOfHost(m1);
        QCOMPARE(L.laneOfHost(m2), mLane);
        QVERIFY(L.lifelines[mLane].attacker);
        QVERIFY2(L.lifelines[mLane].title.contains(QStringLiteral("forged sources")), qPrintable(L.lifelines[mLane].title));
        QCOMPARE(L.arrowForSegment(forged)->fromLane, mLane);
        QCOMPARE(L.arrowForSegment(other)->fromLane, mLane);
        QCOMPARE(L.arrowForSegment(answer)->toLane, mLane);
        QCOMPARE(L.arrowForSegment(answer)->p2.x(), L.lifelines[mLane].x);
        Q_UNUSED(client);
    }

    void segmentsToNobodyGetALaneWithoutAnAttacker()
    {
        TraceBuilder b;
        const int A = b.host(QStringLiteral("A"), 1);
        b.host(QStringLiteral("B"), 2);
        const int lost = b.segment(A, -1, SYN, 1, 0, 0);
        const Trace trace = b.finish(oneWay);
        const SequenceLayout L = layoutSequence(trace, defaultOptions());
        QCOMPARE(L.lifelines.size(), 3);
        QVERIFY(L.lifelines[2].unknownAddresses);
        QCOMPARE(L.arrowForSegment(lost)->toLane, 2);
    }

    void translatedTextsFollowTheLanguage()
    {
        const Trace trace = lostSynThenCloseWithTimeWait();
        ShoutingTranslator translator;
        QCoreApplication::installTranslator(&translator);
        const SequenceLayout L = layoutSequence(trace, defaultOptions());
        QCoreApplication::removeTranslator(&translator);
        QVERIFY(L.arrowForSegment(1)->badgeLines.join(QLatin1Char(' ')).contains(QStringLiteral("RETRANSMISSION")));
        QVERIFY(L.arrowForSegment(0)->badgeLines.join(QLatin1Char(' ')).contains(QStringLiteral("DROPPED")));
        // State names stay as RFC 9293 spells them in every language.
        for (const StateBandGeometry &b : L.stateBands)
            QCOMPARE(b.text, tcpStateName(b.state));
        const SequenceLayout again = layoutSequence(trace, defaultOptions());
        QVERIFY(again.arrowForSegment(1)->badgeLines.join(QLatin1Char(' ')).contains(QStringLiteral("retransmission")));
    }

    void hitTestFindsTheArrowUnderThePoint()
    {
        const Trace trace = lostSynThenCloseWithTimeWait();
        const SequenceLayout L = layoutSequence(trace, defaultOptions());
        for (const ArrowGeometry &a : L.arrows) {
            const QPointF mid = (a.p1 + a.end) / 2;
            QCOMPARE(L.segmentAt(mid), a.segmentId);
            QCOMPARE(L.segmentAt(a.labelCenter), a.segmentId);
        }
        QCOMPARE(L.segmentAt(QPointF(2, L.size.height() - 2)), -1);
        const ArrowGeometry *a = L.arrowForSegment(2);
        QCOMPARE(L.segmentHeadAt(a->p2 + QPointF(0, 3)), 2);
    }

    void rangeQueryReturnsExactlyTheArrowsMeetingTheRange()
    {
        TraceBuilder b;
        const int A = b.host(QStringLiteral("A"), 1);
        const int B = b.host(QStringLiteral("B"), 2);
        QRandomGenerator rng(7);
        for (int i = 0; i < 400; ++i) {
            const SimTime sent = SimTime(rng.bounded(2000)) * ms;
            const int s = b.segment(i % 2 ? A : B, i % 2 ? B : A, ACK, i, 0, sent, (1 + rng.bounded(300)) * ms);
            if (i % 7 == 0)
                b.drop(s, sent + ms, DropReason::Loss);
        }
        const Trace trace = b.finish(2400 * ms);
        const SequenceLayout L = layoutSequence(trace, defaultOptions());
        for (int q = 0; q < 50; ++q) {
            const double y0 = rng.bounded(L.size.height());
            const double y1 = y0 + rng.bounded(1200.0);
            QList<int> expected;
            for (int i = 0; i < L.arrows.size(); ++i)
                if (L.arrows[i].maxY >= y0 && L.arrows[i].minY <= y1)
                    expected << i;
            QCOMPARE(L.arrowIndex.query(y0, y1), expected);
        }
    }

    void emptyTracesLayOutWithoutArrows()
    {
        const SequenceLayout none = layoutSequence(Trace(), defaultOptions());
        QVERIFY(none.lifelines.isEmpty() && none.arrows.isEmpty());
        QVERIFY(none.size.height() > 0);
        QCOMPARE(none.segmentAt(QPointF(10, 10)), -1);
        TraceBuilder b;
        b.host(QStringLiteral("A"), 1);
        b.host(QStringLiteral("B"), 2);
        const SequenceLayout quiet = layoutSequence(b.finish(0), defaultOptions());
        QCOMPARE(quiet.lifelines.size(), 2);
        QVERIFY(quiet.arrows.isEmpty());
    }

    void simulatedHandshakeAndCloseLaysOutCleanly()
    {
        const ScenarioFile::LoadResult loaded = ScenarioLibrary::load(QStringLiteral("handshake-and-close"));
        QVERIFY2(loaded.ok, qPrintable(loaded.errors.join(QLatin1Char('\n'))));
        const Trace trace = Simulator::run(loaded.scenario);
        QVERIFY(trace.segments.size() >= 7);
        const SequenceLayout L = layoutSequence(trace, defaultOptions());
        QCOMPARE(L.arrows.size(), trace.segments.size());
        verifyLabelsWholeAndApart(trace, L);
        bool sawTimeWait = false;
        for (const StateBandGeometry &b : L.stateBands)
            sawTimeWait = sawTimeWait || b.state == TcpState::TimeWait;
        QVERIFY(sawTimeWait);
        QVERIFY(!L.breaks.isEmpty()); // the 60 s TIME-WAIT is compressed
        QVERIFY(L.size.height() < 3000);
    }
};

QTEST_MAIN(TstSequenceLayout)
#include "tst_sequence_layout.moc"
