// The sequence diagram widget on the offscreen platform: clicks, drags and wheel turns on
// arrows come out as the right signals.
#include "common/host_palette.h"
#include "scenario/scenario_library.h"
#include "sequence/sequence_diagram_view.h"
#include "sequence_test_traces.h"
#include "sim/simulator.h"
#include "scenario/scenario_file.h"
#include "trace/trace.h"

#include <QDir>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTranslator>
#include <QWheelEvent>
#include <QtTest>

using namespace tcplab;
using namespace tcplab::testtraces;

namespace {

class ShoutingTranslator : public QTranslator
{
public:
    QString translate(const char *context, const char *source, const char *, int) const override
    {
        return qstrcmp(context, "SequenceDiagram") == 0 ? QString::fromUtf8(source).toUpper() : QString();
    }
    bool isEmpty() const override { return false; }
};

void sendWheel(QWidget *target, QPoint pos, int delta, Qt::KeyboardModifiers modifiers)
{
    QWheelEvent wheel(QPointF(pos), QPointF(target->mapToGlobal(pos)), QPoint(), QPoint(0, delta),
                      Qt::NoButton, modifiers, Qt::NoScrollPhase, false);
    QApplication::sendEvent(target, &wheel);
}

// Counts pixels close to a colour in a rectangle of an image.
int pixelsNear(const QImage &image, const QRect &rect, const QColor &color)
{
    int count = 0;
    const QRect r = rect.intersected(image.rect());
    for (int y = r.top(); y <= r.bottom(); ++y)
        for (int x = r.left(); x <= r.right(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (std::abs(c.red() - color.red()) + std::abs(c.green() - color.green())
                    + std::abs(c.blue() - color.blue()) < 60)
                ++count;
        }
    return count;
}

} // namespace

class TstSequenceDiagramView : public QObject
{
    Q_OBJECT

    Trace m_trace;
    std::unique_ptr<SequenceDiagramView> m_view;

    QPoint viewportPointOf(QPointF diagramPoint) const { return m_view->toViewport(diagramPoint); }
    const ArrowGeometry &arrow(int id) const { return *m_view->diagramLayout().arrowForSegment(id); }

private Q_SLOTS:
    void init()
    {
        m_trace = lostSynThenCloseWithTimeWait();
        m_view = std::make_unique<SequenceDiagramView>();
        m_view->resize(900, 1000);
        m_view->setTrace(&m_trace);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    }
    void cleanup() { m_view.reset(); }

    void clickOnAnArrowSelectsItsSegment()
    {
        QSignalSpy selected(m_view.get(), &SequenceDiagramView::segmentSelected);
        const ArrowGeometry &a = arrow(2); // SYN,ACK
        const QPointF mid = a.p1 + (a.end - a.p1) * 0.3; // away from the label and the head
        QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, viewportPointOf(mid));
        QCOMPARE(selected.count(), 1);
        QCOMPARE(selected.at(0).at(0).toInt(), 2);
        QCOMPARE(m_view->selectedSegment(), 2);
    }

    void clickOnALabelSelectsItsSegment()
    {
        QSignalSpy selected(m_view.get(), &SequenceDiagramView::segmentSelected);
        QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, viewportPointOf(arrow(3).labelCenter));
        QCOMPARE(selected.count(), 1);
        QCOMPARE(selected.at(0).at(0).toInt(), 3);
    }

    void rightClickOnAnArrowRequestsItsContextMenu()
    {
        QSignalSpy menu(m_view.get(), &SequenceDiagramView::segmentContextMenuRequested);
        const ArrowGeometry &a = arrow(4);
        const QPoint at = viewportPointOf(a.p1 + (a.end - a.p1) * 0.3);
        QTest::mouseClick(m_view->viewport(), Qt::RightButton, {}, at);
        QCOMPARE(menu.count(), 1);
        QCOMPARE(menu.at(0).at(0).toInt(), 4);
        QCOMPARE(menu.at(0).at(1).toPoint(), m_view->viewport()->mapToGlobal(at));
    }

    void rightClickOnNothingRequestsNoMenu()
    {
        QSignalSpy menu(m_view.get(), &SequenceDiagramView::segmentContextMenuRequested);
        QTest::mouseClick(m_view->viewport(), Qt::RightButton, {}, QPoint(3, m_view->viewport()->height() - 3));
        QCOMPARE(menu.count(), 0);
    }

    void draggingAnArrowHeadDownRequestsADelay()
    {
        QSignalSpy delay(m_view.get(), &SequenceDiagramView::segmentDelayRequested);
        QSignalSpy selected(m_view.get(), &SequenceDiagramView::segmentSelected);
        const ArrowGeometry &a = arrow(2);
        const QPoint head = viewportPointOf(a.p2 - QPointF(0, 1));
        const QPoint target = head + QPoint(0, 60);
        QTest::mousePress(m_view->viewport(), Qt::LeftButton, {}, head);
        QTest::mouseMove(m_view->viewport(), head + QPoint(0, 20));
        QTest::mouseMove(m_view->viewport(), target);
        QTest::mouseRelease(m_view->viewport(), Qt::LeftButton, {}, target);
        QCOMPARE(delay.count(), 1);
        QCOMPARE(delay.at(0).at(0).toInt(), 2);
        const SimTime extra = delay.at(0).at(1).value<SimTime>();
        QVERIFY(extra > 0);
        const SimTime expected = m_view->diagramLayout().axis.yToTime(m_view->toDiagram(target).y())
                                 - m_trace.segments[2].arrivesAt;
        QCOMPARE(extra, expected);
        QCOMPARE(selected.count(), 0); // a drag is not a click
    }

    void draggingAnArrowHeadUpRequestsNothing()
    {
        QSignalSpy delay(m_view.get(), &SequenceDiagramView::segmentDelayRequested);
        const QPoint head = viewportPointOf(arrow(2).p2 - QPointF(0, 1));
        QTest::mousePress(m_view->viewport(), Qt::LeftButton, {}, head);
        QTest::mouseMove(m_view->viewport(), head - QPoint(0, 30));
        QTest::mouseRelease(m_view->viewport(), Qt::LeftButton, {}, head - QPoint(0, 30));
        QCOMPARE(delay.count(), 0);
    }

    void ctrlWheelZoomsAndPlainWheelScrolls()
    {
        QSignalSpy zoomed(m_view.get(), &SequenceDiagramView::zoomChanged);
        const double before = m_view->zoom();
        sendWheel(m_view->viewport(), QPoint(400, 300), 120, Qt::ControlModifier);
        QCOMPARE(zoomed.count(), 1);
        QVERIFY(m_view->zoom() > before * 1.1);
        sendWheel(m_view->viewport(), QPoint(400, 300), -240, Qt::ControlModifier);
        QVERIFY(m_view->zoom() < before);
        const double zoomNow = m_view->zoom();
        m_view->setZoom(zoomNow * 20); // tall enough to scroll
        const int scroll = m_view->verticalScrollBar()->value();
        sendWheel(m_view->viewport(), QPoint(400, 300), -120, Qt::NoModifier);
        QCOMPARE(m_view->zoom(), zoomNow * 20);
        QVERIFY(m_view->verticalScrollBar()->value() > scroll);
    }

    void zoomKeepsTheTimeUnderTheMouse()
    {
        m_view->setZoom(m_view->zoom() * 4);
        const QPoint at(400, 500);
        const SimTime before = m_view->diagramLayout().axis.yToTime(m_view->toDiagram(at).y());
        sendWheel(m_view->viewport(), at, 120, Qt::ControlModifier);
        const SimTime after = m_view->diagramLayout().axis.yToTime(m_view->toDiagram(at).y());
        QVERIFY2(std::abs(after - before) < 2 * ms, qPrintable(QStringLiteral("%1 vs %2").arg(before).arg(after)));
    }

    void fitToWindowShowsTheWholeTrace()
    {
        m_view->setZoom(m_view->zoom() * 30);
        QVERIFY(m_view->diagramLayout().size.height() > m_view->viewport()->height());
        m_view->fitToWindow();
        QVERIFY(m_view->diagramLayout().size.height() <= m_view->viewport()->height() + 2);
        QCOMPARE(m_view->verticalScrollBar()->maximum(), 0);
    }

    void fittingTwiceGivesTheSamePicture()
    {
        m_view->setZoom(m_view->zoom() * 30);
        m_view->fitToWindow();
        const double fitted = m_view->zoom();
        const QSizeF size = m_view->diagramLayout().size;
        m_view->fitToWindow();
        QCOMPARE(m_view->zoom(), fitted);
        QCOMPARE(m_view->diagramLayout().size, size);
        // Nor does it depend on the zoom before.
        m_view->setZoom(fitted / 17);
        m_view->fitToWindow();
        QCOMPARE(m_view->zoom(), fitted);
    }

    void aNewScenarioStartsFittedWhateverTheZoomBefore()
    {
        m_view->setZoom(m_view->zoom() * 7);
        QVERIFY(!m_view->isFitted());
        const ScenarioFile::LoadResult loaded = ScenarioLibrary::load(QStringLiteral("handshake-and-close"));
        QVERIFY(loaded.ok);
        const Trace other = Simulator::run(loaded.scenario);
        m_view->setTrace(&other, TraceOrigin::NewScenario);
        QVERIFY(m_view->isFitted());
        SequenceLayoutOptions options;
        options.font = m_view->font();
        options.width = m_view->viewport()->width();
        QCOMPARE(m_view->zoom(), layoutSequenceToFit(other, options, m_view->viewport()->height()).axis.pixelsPerMs());
        QCOMPARE(m_view->verticalScrollBar()->value(), 0);
        m_view->setTrace(&m_trace, TraceOrigin::NewScenario);
    }

    void aResimulationKeepsTheZoomTheLearnerChose()
    {
        const double chosen = m_view->zoom() * 3;
        m_view->setZoom(chosen);
        Trace again = m_trace;
        m_view->setTrace(&again);
        QVERIFY(!m_view->isFitted());
        QCOMPARE(m_view->zoom(), chosen);
        m_view->setTrace(&m_trace);
    }

    void aFittedDiagramFollowsTheWindowsHeight()
    {
        m_view->fitToWindow();
        const double before = m_view->zoom();
        m_view->resize(900, 1600);
        QCoreApplication::processEvents();
        QVERIFY(m_view->isFitted());
        QVERIFY2(m_view->zoom() > before * 1.2, qPrintable(QStringLiteral("%1 -> %2").arg(before).arg(m_view->zoom())));
        QVERIFY(m_view->diagramLayout().size.height() <= m_view->viewport()->height() + 2);
    }

    void theLifelinesComeCloserInANarrowWindow()
    {
        const double wide = m_view->diagramLayout().lifelines[1].x - m_view->diagramLayout().lifelines[0].x;
        m_view->resize(520, 1000);
        QCoreApplication::processEvents();
        const double narrow = m_view->diagramLayout().lifelines[1].x - m_view->diagramLayout().lifelines[0].x;
        QVERIFY2(narrow < wide, qPrintable(QStringLiteral("%1 -> %2").arg(wide).arg(narrow)));
    }

    void theLifelinesSpreadOutWhenTheViewWidens()
    {
        // Closing a dock gives the diagram more width: the lifelines use it, and the whole
        // diagram still fits the view.
        m_view->resize(700, 1000);
        QCoreApplication::processEvents();
        const double narrow = m_view->diagramLayout().lifelines[1].x - m_view->diagramLayout().lifelines[0].x;
        m_view->resize(1100, 1000);
        QCoreApplication::processEvents();
        const double wide = m_view->diagramLayout().lifelines[1].x - m_view->diagramLayout().lifelines[0].x;
        QVERIFY2(wide > narrow + 200, qPrintable(QStringLiteral("%1 -> %2").arg(narrow).arg(wide)));
        QVERIFY(m_view->diagramLayout().size.width() <= m_view->viewport()->width());
    }

    // Issue 9: a story that can fit the view is laid out to exactly the width the view
    // offers (its viewport's, beside the vertical scrollbar): no horizontal scrollbar, not
    // even a pixel's worth. Every shipped lesson, in views as wide and as tall as those of a
    // 1024×768 and a 1366×768 window, in both languages.
    void aStoryThatCanFitTheViewShowsNoHorizontalScrollBar_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QSize>("viewSize");
        for (const char *language : {"en", "zh_CN"}) {
            QTest::addRow("%s, 1024x768's view", language) << QString::fromLatin1(language) << QSize(767, 690);
            QTest::addRow("%s, 1366x768's view", language) << QString::fromLatin1(language) << QSize(748, 690);
        }
    }
    void aStoryThatCanFitTheViewShowsNoHorizontalScrollBar()
    {
        QFETCH(QString, language);
        QFETCH(QSize, viewSize);
        QTranslator zh;
        if (language == QLatin1String("zh_CN")) {
            QVERIFY(zh.load(QStringLiteral(":/i18n/tcplab_zh_CN.qm")));
            QCoreApplication::installTranslator(&zh);
        }
        const auto removeTranslator = qScopeGuard([&] { QCoreApplication::removeTranslator(&zh); });
        m_view->resize(viewSize);
        QCoreApplication::processEvents();
        int fitting = 0;
        for (const QString &id : ScenarioLibrary::ids()) {
            const ScenarioFile::LoadResult loaded = ScenarioLibrary::load(id);
            QVERIFY2(loaded.ok, qPrintable(id));
            const Trace trace = Simulator::run(loaded.scenario);
            m_view->setTrace(&trace, TraceOrigin::NewScenario);
            QCoreApplication::processEvents(); // the scroll bars show or hide
            const SequenceLayout &L = m_view->diagramLayout();
            const int width = m_view->viewport()->width();
            if (id == QLatin1String("syn-flood"))
                QVERIFY2(L.minimumWidth <= width, qPrintable(QStringLiteral("syn-flood needs %1 px of a %2 px view")
                                                                 .arg(L.minimumWidth)
                                                                 .arg(width)));
            if (L.minimumWidth > width)
                continue;
            ++fitting;
            QVERIFY2(L.size.width() <= width && m_view->horizontalScrollBar()->maximum() == 0,
                     qPrintable(QStringLiteral("%1: %2 px wide in a %3 px view (horizontal scroll range %4)")
                                    .arg(id)
                                    .arg(L.size.width())
                                    .arg(width)
                                    .arg(m_view->horizontalScrollBar()->maximum())));
        }
        QVERIFY(fitting > ScenarioLibrary::ids().size() / 2);
        m_view->setTrace(&m_trace, TraceOrigin::NewScenario);
    }

    void clickOnTheFloodBandShowsEverySegmentAndAgainSummarisesIt()
    {
        const ScenarioFile::LoadResult loaded = ScenarioLibrary::load(QStringLiteral("syn-flood"));
        QVERIFY(loaded.ok);
        const Trace flood = Simulator::run(loaded.scenario);
        m_view->setTrace(&flood, TraceOrigin::NewScenario);
        QCOMPARE(m_view->floodDrawing(), FloodDrawing::Summarised);
        QCOMPARE(m_view->diagramLayout().floods.size(), 1);
        QVERIFY(m_view->diagramLayout().arrows.size() < flood.segments.size() / 10);
        auto clickFlood = [&] {
            const QRectF text = m_view->diagramLayout().floods.first().textRect;
            m_view->ensureTimeVisible(m_view->diagramLayout().axis.yToTime(text.center().y()));
            QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, viewportPointOf(text.center()));
        };
        clickFlood();
        QCOMPARE(m_view->floodDrawing(), FloodDrawing::Expanded);
        QCOMPARE(m_view->diagramLayout().arrows.size(), flood.segments.size());
        clickFlood();
        QCOMPARE(m_view->floodDrawing(), FloodDrawing::Summarised);
        m_view->setTrace(&m_trace, TraceOrigin::NewScenario);
    }

    void clickOnEmptySpaceScrubsThePlayhead()
    {
        QSignalSpy scrubbed(m_view.get(), &SequenceDiagramView::playheadScrubbed);
        const SequenceLayout &L = m_view->diagramLayout();
        const QPointF empty(L.timeAxisWidth / 2, L.axis.timeToY(1200 * ms));
        QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, viewportPointOf(empty));
        QCOMPARE(scrubbed.count(), 1);
        const SimTime t = scrubbed.at(0).at(0).value<SimTime>();
        QVERIFY2(std::abs(t - 1200 * ms) < ms, qPrintable(QString::number(t)));
        QCOMPARE(m_view->playhead(), t);
    }

    void setTraceAgainKeepsTheScrollPositionByTime()
    {
        m_view->setZoom(m_view->zoom() * 10);
        m_view->verticalScrollBar()->setValue(m_view->verticalScrollBar()->maximum() / 2);
        const int top = int(m_view->diagramLayout().headerHeight) + 8;
        const SimTime before = m_view->diagramLayout().axis.yToTime(m_view->verticalScrollBar()->value() + top);
        Trace changed = m_trace; // a re-simulation gives a new trace object
        m_view->setTrace(&changed);
        const SimTime after = m_view->diagramLayout().axis.yToTime(m_view->verticalScrollBar()->value() + top);
        QVERIFY(std::abs(after - before) < 2 * ms);
        m_view->setTrace(&m_trace);
    }

    void languageChangeTranslatesTheLabels()
    {
        QVERIFY(arrow(1).badgeLines().join(QLatin1Char(' ')).contains(QStringLiteral("retransmission")));
        ShoutingTranslator translator;
        QCoreApplication::installTranslator(&translator); // posts LanguageChange
        QCoreApplication::processEvents();
        const bool switched = arrow(1).badgeLines().join(QLatin1Char(' ')).contains(QStringLiteral("RETRANSMISSION"));
        QCoreApplication::removeTranslator(&translator);
        QCoreApplication::processEvents();
        QVERIFY(switched);
        QVERIFY(arrow(1).badgeLines().join(QLatin1Char(' ')).contains(QStringLiteral("retransmission")));
    }

    void withoutATraceNothingIsHitAndNothingBreaks()
    {
        QSignalSpy selected(m_view.get(), &SequenceDiagramView::segmentSelected);
        m_view->setTrace(nullptr);
        QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, QPoint(100, 100));
        m_view->zoomIn();
        m_view->fitToWindow();
        QVERIFY(!m_view->viewport()->grab().isNull());
        QCOMPARE(selected.count(), 0);
        QVERIFY(m_view->segmentToolTip(0).isEmpty());
    }

    void toolTipCarriesTheFullHeaderAndTimes()
    {
        const QString tip = m_view->segmentToolTip(0);
        QVERIFY2(tip.contains(m_trace.segments[0].segment.summary()), qPrintable(tip));
        QVERIFY(tip.contains(QStringLiteral("A → B")));
        QVERIFY(tip.contains(formatSimTime(m_trace.segments[0].droppedAt)));
    }

    void hiddenFutureIsNotPaintedAndThePastIs()
    {
        // Playhead halfway through the SYN,ACK's flight.
        const SegmentRecord &synAck = m_trace.segments[2];
        m_view->setFutureMode(FutureMode::Hidden);
        m_view->setPlayhead((synAck.sentAt + synAck.arrivesAt) / 2);
        const QImage image = m_view->viewport()->grab().toImage();
        const QColor bColor = HostPalette::hostColor(1);
        const ArrowGeometry &a = arrow(2);
        auto near = [&](QPointF p) { return pixelsNear(image, QRect(viewportPointOf(p) - QPoint(3, 3), QSize(7, 7)), bColor); };
        QVERIFY(near(a.p1 + (a.p2 - a.p1) * 0.25) > 0);  // travelled part is drawn
        QCOMPARE(near(a.p1 + (a.p2 - a.p1) * 0.8), 0);   // the rest is not yet
        const ArrowGeometry &ack = arrow(3);              // not sent yet: invisible
        QCOMPARE(pixelsNear(image, QRect(viewportPointOf((ack.p1 + ack.p2) / 2) - QPoint(3, 3), QSize(7, 7)),
                            HostPalette::hostColor(0)), 0);
    }

    void snapshotsOfTypicalTraces_data()
    {
        QTest::addColumn<QString>("scenario");
        QTest::newRow("hand-built lost SYN and TIME-WAIT") << QString();
        QTest::newRow("hand-built SYN flood") << QStringLiteral("hand:syn-flood");
        QTest::newRow("lost-syn") << QStringLiteral("lost-syn");
        QTest::newRow("handshake-and-close") << QStringLiteral("handshake-and-close");
        QTest::newRow("lost-final-ack") << QStringLiteral("lost-final-ack");
    }
    void snapshotsOfTypicalTraces()
    {
        // Every arrow's line is painted in its sender's colour. With TCPLAB_SNAPSHOT_DIR set
        // the pictures are saved there for a person to look at.
        QFETCH(QString, scenario);
        Trace trace = m_trace;
        if (scenario == QLatin1String("hand:syn-flood")) {
            trace = synFlood();
        } else if (!scenario.isEmpty()) {
            const ScenarioFile::LoadResult loaded = ScenarioLibrary::load(scenario);
            if (!loaded.ok)
                QSKIP("built-in scenario not available");
            trace = Simulator::run(loaded.scenario);
        }
        m_view->resize(1000, 1400);
        m_view->setTrace(&trace);
        m_view->setPlayhead(std::numeric_limits<SimTime>::max());
        QCoreApplication::processEvents();
        const QImage image = m_view->viewport()->grab().toImage();
        for (const ArrowGeometry &a : m_view->diagramLayout().arrows) {
            const QPointF p = a.p1 + (a.end - a.p1) * 0.15;
            if (p.y() > m_view->viewport()->height() - 10)
                continue;
            const QColor c = m_view->diagramLayout().lifelines[a.fromLane].attacker ? HostPalette::attackerColor()
                                                                                   : HostPalette::hostColor(a.fromLane);
            QVERIFY2(pixelsNear(image, QRect(viewportPointOf(p) - QPoint(3, 3), QSize(7, 7)), c) > 0,
                     qPrintable(QStringLiteral("segment %1").arg(a.segmentId)));
        }
        const QString dir = qEnvironmentVariable("TCPLAB_SNAPSHOT_DIR");
        if (!dir.isEmpty()) {
            QString name = scenario.isEmpty() ? QStringLiteral("hand-built") : scenario;
            name.replace(QLatin1Char(':'), QLatin1Char('-'));
            QVERIFY(m_view->grab().save(QDir(dir).filePath(name + QStringLiteral(".png"))));
            m_view->setPlayhead(trace.segments.size() > 2 ? (trace.segments[2].sentAt + trace.segments[2].arrivesAt) / 2 : 0);
            QVERIFY(m_view->grab().save(QDir(dir).filePath(name + QStringLiteral("-playhead.png"))));
            m_view->setPlayhead(std::numeric_limits<SimTime>::max());
            m_view->fitToWindow();
            QVERIFY(m_view->grab().save(QDir(dir).filePath(name + QStringLiteral("-fit.png"))));
        }
        m_view->setTrace(&m_trace);
    }
};

QTEST_MAIN(TstSequenceDiagramView)
#include "tst_sequence_diagram_view.moc"
