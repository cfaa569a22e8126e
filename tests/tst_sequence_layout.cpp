// Layout of the sequence diagram: trace -> geometry, a pure function (no widget, no paint).
#include "common/duration_text.h"
#include "sequence/flood_summary.h"
#include "sequence/label_placer.h"
#include "sequence/layout_json.h"
#include "scenario/scenario_library.h"
#include "sequence/sequence_layout.h"
#include "sim/simulator.h"
#include "trace/trace.h"
#include "sequence_test_traces.h"
#include "../bench/synthetic_trace.h"

#include <QApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QJsonObject>
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

Trace builtin(const QString &id, const FaultPlan &faults = {})
{
    const ScenarioFile::LoadResult loaded = ScenarioLibrary::load(id);
    Scenario scenario = loaded.scenario;
    scenario.faults += faults;
    return Simulator::run(scenario);
}

FaultRule rule(FaultKind kind, const QString &host, int ordinal, SimTime delta = 0)
{
    FaultRule r;
    r.kind = kind;
    r.host = host;
    r.ordinal = ordinal;
    r.delta = delta;
    return r;
}

// The distance from a label's outline to a line segment (0 when they meet).
double labelDistance(const QPolygonF &label, QPointF a, QPointF b)
{
    auto pointToSegment = [](QPointF p, QPointF q, QPointF r) {
        const QPointF qr = r - q;
        const double len2 = QPointF::dotProduct(qr, qr);
        const double t = len2 > 0 ? std::clamp(QPointF::dotProduct(p - q, qr) / len2, 0.0, 1.0) : 0.0;
        const QPointF d = p - (q + qr * t);
        return std::hypot(d.x(), d.y());
    };
    if (label.containsPoint(a, Qt::OddEvenFill) || label.containsPoint(b, Qt::OddEvenFill))
        return 0;
    double best = 1e300;
    for (int i = 0; i < label.size(); ++i) {
        const QPointF p = label[i], q = label[(i + 1) % label.size()];
        best = std::min({best, pointToSegment(p, a, b), pointToSegment(q, a, b), pointToSegment(a, p, q),
                         pointToSegment(b, p, q)});
    }
    return best;
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
        QCOMPARE(a.textLines().join(QLatin1Char(' ')), expected);
        for (const QString &line : a.labelLines()) {
            QVERIFY2(!line.contains(QChar(0x2026)), qPrintable(line));
            QVERIFY2(fm.horizontalAdvance(line) <= a.labelSize.width(), qPrintable(line));
        }
    }
    for (int i = 0; i < L.arrows.size(); ++i)
        for (int j = i + 1; j < L.arrows.size(); ++j)
            QVERIFY2(!convexPolygonsOverlap(L.arrows[i].labelPolygon(), L.arrows[j].labelPolygon()),
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

    void longIpv6AddressIsNotCutInTheHostBox()
    {
        Trace trace = builtin(QStringLiteral("handshake-and-close"));
        const QString addresses[2] = {QStringLiteral("2001:db8:85a3:1234:5678:8a2e:370:7334"),
                                      QStringLiteral("fd00:1111:2222:3333:4444:5555:6666:7777")};
        for (int h = 0; h < 2; ++h) {
            trace.hosts[h].address = 0;
            trace.hosts[h].addressText = addresses[h];
        }
        const SequenceLayout L = layoutSequence(trace, defaultOptions());
        const QFontMetricsF fm(sequenceAnnotationFont(L.options.font));
        for (int h = 0; h < 2; ++h) {
            const LifelineGeometry &lane = L.lifelines[L.laneOfHost(h)];
            QCOMPARE(lane.subtitle, addresses[h]);
            QVERIFY(lane.headerRect.width() >= fm.horizontalAdvance(addresses[h]));
            QVERIFY(lane.headerRect.left() >= 0);
            QVERIFY(lane.headerRect.right() <= L.size.width());
        }
        const QRectF a = L.lifelines[L.laneOfHost(0)].headerRect, b = L.lifelines[L.laneOfHost(1)].headerRect;
        QVERIFY(!a.intersects(b));
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
        QVERIFY(a->badgeLines().join(QLatin1Char(' ')).contains(QStringLiteral("dropped")));
        QVERIFY(!L.arrowForSegment(1)->dropped);
        QCOMPARE(L.arrowForSegment(1)->end, L.arrowForSegment(1)->p2);
    }

    void retransmissionIsMarked()
    {
        const Trace trace = lostSynThenCloseWithTimeWait();
        const SequenceLayout L = layoutSequence(trace, defaultOptions());
        QVERIFY(L.arrowForSegment(1)->retransmission);
        QVERIFY(L.arrowForSegment(1)->badgeLines().join(QLatin1Char(' ')).contains(QStringLiteral("retransmission")));
        QVERIFY(!L.arrowForSegment(2)->retransmission);
        QVERIFY(L.arrowForSegment(2)->badgeLines().isEmpty());
    }

    // The label keeps its lines in one string and computes its corners when asked: what
    // the painter, the JSON and the hit tests read is what was set.
    void labelLinesAndPolygonReadBackAsSet()
    {
        ArrowGeometry a;
        QVERIFY(a.labelLines().isEmpty());
        QVERIFY(a.labelPolygon().isEmpty());
        a.setLabelLines({QStringLiteral("ACK seq=1"), QStringLiteral(""), QStringLiteral("len=100")},
                        {QStringLiteral("retransmission")});
        QCOMPARE(a.textLines(), QStringList({QStringLiteral("ACK seq=1"), QString(), QStringLiteral("len=100")}));
        QCOMPARE(a.badgeLines(), QStringList{QStringLiteral("retransmission")});
        QCOMPARE(a.labelLineCount(), 4);
        QCOMPARE(a.labelLines().size(), 4);
        a.labelCenter = QPointF(100, 50);
        a.labelSize = QSizeF(60, 20);
        a.labelAngle = 30;
        QCOMPARE(a.labelPolygon(), LabelPlacer::polygon(a.labelCenter, a.labelSize, a.labelAngle));
        a.clearLabel();
        QVERIFY(a.labelLines().isEmpty());
        QVERIFY(a.badgeLines().isEmpty());
        QVERIFY(a.labelPolygon().isEmpty());
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
        QVERIFY(L.arrows[0].textLines().size() > 1);
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
        QVERIFY(l->badgeLines().join(QLatin1Char(' ')).contains(QStringLiteral("+300 ms")));
        // Its slope shows the extra time: steeper than the normal arrow sent at once.
        QVERIFY(l->p2.y() - l->p1.y() > L.arrowForSegment(normal)->p2.y() - L.arrowForSegment(normal)->p1.y());
        QVERIFY(L.arrowForSegment(copy)->duplicate);
        QVERIFY(L.arrowForSegment(copy)->badgeLines().join(QLatin1Char(' ')).contains(QStringLiteral("duplicate")));
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
        QVERIFY(L.arrowForSegment(1)->badgeLines().join(QLatin1Char(' ')).contains(QStringLiteral("RETRANSMISSION")));
        QVERIFY(L.arrowForSegment(0)->badgeLines().join(QLatin1Char(' ')).contains(QStringLiteral("DROPPED")));
        // State names stay as RFC 9293 spells them in every language.
        for (const StateBandGeometry &b : L.stateBands)
            QCOMPARE(b.text, tcpStateName(b.state));
        const SequenceLayout again = layoutSequence(trace, defaultOptions());
        QVERIFY(again.arrowForSegment(1)->badgeLines().join(QLatin1Char(' ')).contains(QStringLiteral("retransmission")));
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

    void segmentsSentAtOneMomentAreDrawnApartWithRoomForALabel()
    {
        // A duplicate leaves with its original; two data segments leave together.
        TraceBuilder b;
        const int A = b.host(QStringLiteral("A"), 1);
        const int B = b.host(QStringLiteral("B"), 2);
        const int first = b.segment(A, B, ACK, 1001, 1, 100 * ms, oneWay, 100);
        const int second = b.segment(A, B, ACK, 1101, 1, 100 * ms, oneWay, 100);
        const int copy = b.segment(A, B, ACK, 1001, 1, 100 * ms, oneWay + 30 * ms, 100);
        b.trace.segments[copy].kind = SegmentKind::Duplicate;
        b.trace.segments[copy].duplicateOf = first;
        const Trace trace = b.finish(300 * ms);
        const SequenceLayout L = layoutSequence(trace, defaultOptions());
        const ArrowGeometry *a1 = L.arrowForSegment(first), *a2 = L.arrowForSegment(second), *a3 = L.arrowForSegment(copy);
        QList<double> starts{a1->p1.y(), a2->p1.y(), a3->p1.y()};
        std::sort(starts.begin(), starts.end());
        const double labelHeight = a1->labelSize.height();
        QVERIFY2(starts[1] - starts[0] > labelHeight && starts[2] - starts[1] > labelHeight,
                 qPrintable(QStringLiteral("%1 %2 %3").arg(starts[0]).arg(starts[1]).arg(starts[2])));
        // Time stands still there: the moment holds that height on the axis.
        QVERIFY(L.axis.holdAt(100 * ms) >= starts[2] - starts[0] - 0.5);
        QCOMPARE(L.axis.yToTime(starts[1]), 100 * ms);
        // The two that also arrive together stay parallel; the later copy ends below both.
        QVERIFY(std::abs((a1->p2.y() - a1->p1.y()) - (a2->p2.y() - a2->p1.y())) < 0.5);
        QVERIFY(a3->p2.y() > std::max(a1->p2.y(), a2->p2.y()));
        verifyLabelsWholeAndApart(trace, L);
    }

    void everyLabelSitsBesideItsOwnArrow_data()
    {
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<double>("pixelsPerMs");
        QTest::newRow("simultaneous close, fitted") << QStringLiteral("simultaneous-close") << 0.0;
        QTest::newRow("simultaneous close, zoomed out") << QStringLiteral("simultaneous-close") << 0.1;
        QTest::newRow("data transfer, zoomed out") << QStringLiteral("data-transfer") << 0.2;
        QTest::newRow("handshake and close, zoomed in") << QStringLiteral("handshake-and-close") << 8.0;
    }
    void everyLabelSitsBesideItsOwnArrow()
    {
        // The defect: stacked away from a crowded arrow, a label ended up beside another one
        // (B's FIN label over B's ACK in a simultaneous close; swapped SYN,ACK and ACK labels
        // when fitted).
        QFETCH(QString, scenario);
        QFETCH(double, pixelsPerMs);
        const Trace trace = builtin(scenario);
        SequenceLayoutOptions options = defaultOptions();
        options.pixelsPerMs = pixelsPerMs;
        const SequenceLayout L = layoutSequence(trace, options);
        for (const ArrowGeometry &a : L.arrows) {
            const double own = labelDistance(a.labelPolygon(), a.p1, a.end);
            QVERIFY2(own <= LabelPlacer::gap + 0.5, qPrintable(a.textLines().join(QLatin1Char(' '))));
            for (const ArrowGeometry &other : L.arrows)
                if (&other != &a && other.fromLane == a.fromLane && other.sentAt != a.sentAt)
                    QVERIFY2(labelDistance(a.labelPolygon(), other.p1, other.end) > own,
                             qPrintable(a.textLines().join(QLatin1Char(' ')) + QStringLiteral(" is nearer to ")
                                        + other.textLines().join(QLatin1Char(' '))));
        }
        verifyLabelsWholeAndApart(trace, L);
    }

    void theDroppedSegmentsLabelNamesTheDroppedSegment()
    {
        const Trace trace = builtin(QStringLiteral("handshake-and-close"),
                                    {rule(FaultKind::Drop, QStringLiteral("A"), 6),
                                     rule(FaultKind::Delay, QStringLiteral("A"), 3, 400 * ms)});
        const SequenceLayout L = layoutSequence(trace, defaultOptions());
        int dropped = 0;
        for (const ArrowGeometry &a : L.arrows) {
            if (!a.dropped)
                continue;
            ++dropped;
            QCOMPARE(a.textLines().join(QLatin1Char(' ')),
                     segmentLabelText(trace.segments[a.segmentId].segment, SegmentLabelContent::Textbook));
            QVERIFY(labelDistance(a.labelPolygon(), a.p1, a.end) <= LabelPlacer::gap + 0.5);
        }
        QCOMPARE(dropped, 1);
    }

    void whereLabelsNeedRoomTheTimeAroundThemGrowsLocally()
    {
        // Zoomed far out, the close of a handshake-and-close is a few pixels tall; its
        // labels get the room they need there, and the quiet TIME-WAIT stays one break.
        const Trace trace = builtin(QStringLiteral("handshake-and-close"));
        SequenceLayoutOptions options = defaultOptions();
        options.pixelsPerMs = 0.05;
        const SequenceLayout L = layoutSequence(trace, options);
        QVERIFY(L.passes > 1);
        bool grown = false;
        for (const TimeAxis::Piece &p : L.axis.pieces())
            if (p.kind == TimeAxis::PieceKind::Linear && p.y1 - p.y0 > 2 * double(p.t1 - p.t0) * 0.05 / usPerMs + 1)
                grown = true;
        QVERIFY(grown);
        verifyLabelsWholeAndApart(trace, L);
        QVERIFY(!L.breaks.isEmpty());
    }

    void labelsCrossedByTrafficBothWaysGetTheirRoomBeforeTheFirstPass_data()
    {
        QTest::addColumn<double>("pixelsPerMs");
        QTest::newRow("auto") << 0.0;
        QTest::newRow("2 px/ms") << 2.0;
    }

    void labelsCrossedByTrafficBothWaysGetTheirRoomBeforeTheFirstPass()
    {
        // Data every 10 ms one way, each acknowledged the other way: every data arrow is
        // crossed by three or four ACKs. The room their labels need is asked for up
        // front, so the layout settles in one pass plus at most one more (it took three
        // or four while that room was only learnt from labels that found no place).
        QFETCH(double, pixelsPerMs);
        const Trace trace = syntheticTrace(600);
        SequenceLayoutOptions options = defaultOptions();
        options.pixelsPerMs = pixelsPerMs;
        const SequenceLayout L = layoutSequence(trace, options);
        QVERIFY2(L.passes <= 2, qPrintable(QString::number(L.passes)));
        QCOMPARE(L.labelsPlacedAnyway, 0);
        verifyLabelsWholeAndApart(trace, L);
    }

    void aLabelFiledAgainAsPlacedBlocksExactlyAsWhenPlaced()
    {
        // A later pass files the labels above the room it made as the last pass placed
        // them, instead of placing them again; what comes after must meet them exactly as
        // it would have met them placed.
        const QSizeF size(120, 16);
        auto withLines = [](LabelPlacer &placer) {
            placer.addLine(0, QPointF(100, 100), QPointF(400, 160));
            placer.addLine(1, QPointF(400, 118), QPointF(100, 178));
        };
        LabelPlacer placing, refiling, without;
        for (LabelPlacer *p : {&placing, &refiling, &without})
            withLines(*p);
        LabelPlacer::Placement first;
        QVERIFY(placing.place(0, QPointF(100, 100), QPointF(400, 160), QPointF(400, 160), size, &first));
        refiling.addPlaced(0, first, size);

        LabelPlacer::Placement placed, refiled, alone;
        QList<LabelPlacer::Blocker> placedBlockers, refiledBlockers;
        QVERIFY(placing.place(1, QPointF(400, 118), QPointF(100, 178), QPointF(100, 178), size, &placed, &placedBlockers));
        QVERIFY(refiling.place(1, QPointF(400, 118), QPointF(100, 178), QPointF(100, 178), size, &refiled, &refiledBlockers));
        QVERIFY(without.place(1, QPointF(400, 118), QPointF(100, 178), QPointF(100, 178), size, &alone));
        QVERIFY2(alone.choice != placed.choice, "the first label should be in the second's way");
        QCOMPARE(refiled.choice, placed.choice);
        QCOMPARE(refiled.center, placed.center);
        QCOMPARE(refiledBlockers, placedBlockers);
    }

    void aSynFloodIsOneBandAndAQueueStripNotHundredsOfLabels()
    {
        const Trace trace = builtin(QStringLiteral("syn-flood"));
        const SequenceLayout L = layoutSequence(trace, defaultOptions());
        QCOMPARE(L.floods.size(), 1);
        const FloodGeometry &f = L.floods.first();
        QCOMPARE(f.forgedSyns, 200);
        QCOMPARE(std::lround(f.synsPerSecond), 10L);
        QVERIFY2(f.textLines.first().contains(QStringLiteral("M → B: 200 forged SYNs, 10/s")), qPrintable(f.textLines.first()));
        QVERIFY(L.lifelines[f.fromLane].attacker);
        QCOMPARE(L.lifelines[f.toLane].title, QStringLiteral("B"));
        // The forged traffic is in the band; the client's story is there in full.
        int clientArrows = 0;
        for (const SegmentRecord &r : trace.segments) {
            const bool client = trace.hostName(r.fromHost) == QLatin1String("A") || trace.hostName(r.toHost) == QLatin1String("A");
            QCOMPARE(L.arrowForSegment(r.id) != nullptr, client);
            clientArrows += client;
        }
        QCOMPARE(L.arrows.size(), clientArrows);
        // Half-open entries: one strip, not a band and a timer each.
        QCOMPARE(L.synQueues.size(), 1);
        QCOMPARE(L.synQueues.first().maxHalfOpen, 16);
        int synReceived = 0;
        for (const StateBandGeometry &b : L.stateBands)
            synReceived += b.state == TcpState::SynReceived;
        QCOMPARE(synReceived, 1); // the client's own connection
        QVERIFY(L.timers.size() < 20);
        bool full = false;
        for (const SynQueueGeometry::Mark &m : L.synQueues.first().marks)
            full = full || (m.halfOpen == 16 && m.text.contains(QStringLiteral("full")));
        QVERIFY(full);
        // And it reads at a readable scale: not the whole flood's 20 s drawn to scale.
        QVERIFY2(L.size.height() < 8000, qPrintable(QString::number(L.size.height())));
    }

    void anExpandedFloodDrawsEveryArrowAndKeepsTheStrip()
    {
        const Trace trace = builtin(QStringLiteral("syn-flood"));
        SequenceLayoutOptions options = defaultOptions();
        options.floods = FloodDrawing::Expanded;
        const SequenceLayout L = layoutSequence(trace, options);
        QCOMPARE(L.arrows.size(), trace.segments.size());
        QVERIFY(L.floods.first().expanded);
        QCOMPARE(L.synQueues.size(), 1);
    }

    void synQueueOccupancyCountsTheListenersHalfOpenChildren()
    {
        Trace trace = synFlood(); // four half-open entries, then a full queue
        for (SocketInfo &socket : trace.sockets)
            if (socket.host == 1 && !socket.listener)
                socket.listenerSocket = 0; // made by the listener, as the simulator records
        const QList<SynQueueSample> samples = synQueueOccupancy(trace, 0);
        QCOMPARE(samples.size(), 4);
        for (int i = 0; i < 4; ++i) {
            QCOMPARE(samples[i].halfOpen, i + 1);
            QCOMPARE(samples[i].time, i * 20 * ms + oneWay);
        }
        QVERIFY(synQueueOccupancy(trace, -1).isEmpty());
    }

    void hoursReadAsHoursOnTheAxisAndInBreaks()
    {
        QCOMPARE(timePointText(7200350 * ms, 10 * ms), QStringLiteral("2 h 0 min 0.35 s"));
        QCOMPARE(timePointText(350 * ms, 50 * ms), QStringLiteral("0.35 s"));
        QCOMPARE(timePointText(125 * usPerSecond, usPerSecond), QStringLiteral("2 min 5 s"));
        QCOMPARE(durationText(7190 * usPerSecond, usPerSecond), QStringLiteral("1 h 59 min 50 s"));
        QCOMPARE(durationText(59900 * ms, usPerSecond), durationText(59900 * ms));

        const Trace trace = builtin(QStringLiteral("keepalive-dead-peer"));
        const SequenceLayout L = layoutSequence(trace, defaultOptions());
        bool hourTick = false;
        for (const AxisTick &t : L.ticks(L.axis.top(), L.axis.bottom())) {
            QVERIFY2(!t.text.startsWith(QStringLiteral("7200")), qPrintable(t.text));
            hourTick = hourTick || t.text.startsWith(QStringLiteral("2 h 0 min 0."));
        }
        QVERIFY(hourTick);
        bool hourBreak = false;
        for (const BreakGeometry &b : L.breaks)
            hourBreak = hourBreak || b.text.contains(QStringLiteral("1 h 59 min"));
        QVERIFY(hourBreak);
        // The axis column is wide enough for its widest tick.
        const QFontMetricsF fm(sequenceAnnotationFont(L.options.font));
        for (const AxisTick &t : L.ticks(L.axis.top(), L.axis.bottom()))
            QVERIFY(fm.horizontalAdvance(t.text) < L.timeAxisWidth - 6);
    }

    void fittingATwoHourRunKeepsItsBusyFirstSecondReadable()
    {
        const Trace trace = builtin(QStringLiteral("keepalive-dead-peer"));
        const SequenceLayout L = layoutSequenceToFit(trace, defaultOptions(), 700);
        QVERIFY(L.axis.pixelsPerMs() >= minimumReadablePixelsPerMs(trace, defaultOptions()) - 1e-9);
        // The handshake (10 ms … 160 ms) spans several lines, not one.
        const double handshake = L.axis.timeToY(160 * ms) - L.axis.timeToY(10 * ms);
        QVERIFY2(handshake > 4 * QFontMetricsF(defaultOptions().font).lineSpacing(), qPrintable(QString::number(handshake)));
        // A short story is fitted exactly, whatever the zoom it had.
        const Trace handshakeOnly = builtin(QStringLiteral("three-way-handshake"));
        const SequenceLayout fitted = layoutSequenceToFit(handshakeOnly, defaultOptions(), 700);
        QVERIFY(fitted.size.height() <= 700);
        QVERIFY(fitted.size.height() > 600);
    }

    void aNarrowWidthBringsTheLifelinesCloserAndTheTimerTextsStayInside()
    {
        const Trace trace = builtin(QStringLiteral("handshake-and-close"));
        SequenceLayoutOptions options = defaultOptions();
        const SequenceLayout wide = layoutSequence(trace, options);
        options.width = wide.size.width() - 15;
        const SequenceLayout narrow = layoutSequence(trace, options);
        QVERIFY(narrow.lifelines[1].x - narrow.lifelines[0].x < wide.lifelines[1].x - wide.lifelines[0].x);
        QVERIFY2(narrow.size.width() <= options.width + 1, qPrintable(QString::number(narrow.size.width()))); // whole pixels
        // Narrower than the labels can bear, the lifelines keep a readable distance (the
        // labels wrap into short lines; the view scrolls sideways).
        options.width = 300;
        const SequenceLayout tooNarrow = layoutSequence(trace, options);
        QVERIFY(tooNarrow.lifelines[1].x - tooNarrow.lifelines[0].x >= 120);
        QVERIFY(tooNarrow.size.width() <= tooNarrow.minimumWidth + 1);
        for (const SequenceLayout *L : {&wide, &narrow}) {
            for (const TimerBracketGeometry &t : L->timers)
                QVERIFY2(t.textRect.right() <= L->size.width(), qPrintable(t.text)); // not cut at the right edge
            for (const StateBandGeometry &b : L->stateBands)
                QVERIFY(b.textRect.right() <= L->size.width());
        }
    }

    void aWiderWidthSpreadsTheLifelinesUpToAReadableSlope()
    {
        const Trace trace = builtin(QStringLiteral("handshake-and-close"));
        SequenceLayoutOptions options = defaultOptions();
        auto spacingAt = [&](double width) {
            options.width = width;
            const SequenceLayout L = layoutSequence(trace, options);
            return L.lifelines[1].x - L.lifelines[0].x;
        };
        const double at900 = spacingAt(900), at1800 = spacingAt(1800), at4000 = spacingAt(4000);
        QVERIFY2(at1800 > at900, qPrintable(QStringLiteral("%1 -> %2").arg(at900).arg(at1800)));
        // Not without end: on a very wide view the arrows would lie flat.
        QVERIFY2(at4000 <= 700, qPrintable(QString::number(at4000)));
        QCOMPARE(at4000, spacingAt(3000));
    }

    void theGeometryAsJsonNamesEachArrowByItsKeyAndLabel()
    {
        const Trace trace = builtin(QStringLiteral("three-way-handshake"));
        const SequenceLayout L = layoutSequence(trace, defaultOptions());
        const QJsonObject json = sequenceLayoutToJson(L, trace);
        const QJsonArray arrows = json.value(QStringLiteral("arrows")).toArray();
        QCOMPARE(arrows.size(), L.arrows.size());
        const QJsonObject first = arrows.first().toObject();
        QCOMPARE(first.value(QStringLiteral("key")).toString(), QStringLiteral("A#1"));
        QCOMPARE(first.value(QStringLiteral("label")).toString(), QStringLiteral("SYN seq=1000"));
        QVERIFY(first.contains(QStringLiteral("label_polygon")) || first.contains(QStringLiteral("label_rect")));
        QCOMPARE(json.value(QStringLiteral("hosts")).toArray().size(), 2);
        QVERIFY(json.value(QStringLiteral("axis")).toObject().value(QStringLiteral("ticks")).toArray().size() > 2);
    }

    void theCommandLinePrintsTheLayoutOfAScenarioWithItsFaults()
    {
        QProcess cli;
        cli.start(QStringLiteral(TCPLAB_CLI_PATH),
                  {QStringLiteral("layout"), QStringLiteral("handshake-and-close"), QStringLiteral("--drop"),
                   QStringLiteral("A#6"), QStringLiteral("--width"), QStringLiteral("700"), QStringLiteral("--zoom"),
                   QStringLiteral("fit"), QStringLiteral("--compact")});
        QVERIFY(cli.waitForFinished(60000));
        QCOMPARE(cli.exitCode(), 0);
        const QJsonObject json = QJsonDocument::fromJson(cli.readAllStandardOutput()).object();
        const QJsonArray arrows = json.value(QStringLiteral("arrows")).toArray();
        QVERIFY(arrows.size() >= 12);
        int dropped = 0;
        for (const QJsonValue &v : arrows) {
            const QJsonObject a = v.toObject();
            const bool isA6 = a.value(QStringLiteral("key")).toString() == QLatin1String("A#6");
            QCOMPARE(a.value(QStringLiteral("dropped")).toBool(), isA6);
            dropped += isA6;
            QVERIFY(a.contains(QStringLiteral("label_polygon")) || a.contains(QStringLiteral("label_rect")));
        }
        QCOMPARE(dropped, 1);
        QVERIFY(json.value(QStringLiteral("size")).toObject().value(QStringLiteral("width")).toDouble() <= 701);
        QCOMPARE(json.value(QStringLiteral("labels_placed_anyway")).toInt(), 0);

        QProcess bad;
        bad.start(QStringLiteral(TCPLAB_CLI_PATH), {QStringLiteral("layout"), QStringLiteral("handshake-and-close"),
                                                    QStringLiteral("--zoom"), QStringLiteral("wide")});
        QVERIFY(bad.waitForFinished(60000));
        QCOMPARE(bad.exitCode(), 2);
        QVERIFY(bad.readAllStandardError().contains("--zoom 'wide'"));
    }

    void timeAxisHoldsAnInstantWithoutLosingItsOrder()
    {
        TimeAxis::Spec spec;
        spec.keyTimes = {0, 10 * ms, 20 * ms};
        spec.pixelsPerMs = 2;
        spec.top = 100;
        spec.hold = {0, 30, 0};
        spec.roomBefore = {0, 0, 12};
        const TimeAxis axis = TimeAxis::build(spec);
        QCOMPARE(axis.timeToY(10 * ms), 120.0);       // the top of the hold
        QCOMPARE(axis.timeToY(10 * ms + 1), 150.0 + 32.0 / 10000); // room spreads over its gap
        QCOMPARE(axis.holdAt(10 * ms), 30.0);
        QCOMPARE(axis.yToTime(135), 10 * ms);          // inside the hold: its instant
        QCOMPARE(axis.timeToY(20 * ms), 150.0 + 20 + 12); // the room before 20 ms
        QCOMPARE(axis.linearDuration(), 20 * ms);
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
