#include "sequence/comparison_view.h"
#include "scenario/scenario_library.h"
#include "sequence/sequence_diagram_view.h"
#include "sim/simulator.h"

#include "trace/trace_format.h"

#include <QLabel>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSplitter>
#include <QTest>
#include <QTranslator>

using namespace tcplab;

namespace {

// A shipped lesson run as shipped and under a teaching variant: the two runs compared.
struct TwoRuns {
    Trace shipped;
    Trace variant;
};

TwoRuns runWithVariant(const QString &id, ProtocolVariant variant)
{
    const auto loaded = ScenarioLibrary::load(id);
    Scenario changed = loaded.scenario;
    changed.protocol.variant = variant;
    return {Simulator::run(loaded.scenario), Simulator::run(changed)};
}

} // namespace

class TestComparisonView : public QObject
{
    Q_OBJECT
private slots:
    void realRuleAgainstTwoWayHandshakeNamesTheFirstDifference()
    {
        const TwoRuns runs = runWithVariant(QStringLiteral("handshake-and-close"), ProtocolVariant::TwoWayHandshake);
        const Trace &real = runs.shipped;
        const Trace &twoWay = runs.variant;
        QVERIFY(!real.events.isEmpty());

        ComparisonView view;
        view.resize(1400, 800);
        view.setTraces(&real, QStringLiteral("real"), &twoWay, QStringLiteral("two-way"));
        QVERIFY(view.divergence().has_value());
        const SimTime at = view.divergence()->time;
        // The moment as a reader says it: "0.15 s", not "0.150000 s".
        QVERIFY2(view.bannerText().contains(QStringLiteral("at %1 s:").arg(double(at) / usPerSecond)),
                 qPrintable(view.bannerText()));
        QVERIFY2(!view.bannerText().contains(formatSimTime(at) + QStringLiteral(" s")), qPrintable(view.bannerText()));
        // The server's state change differs: SYN-RECEIVED on the left, ESTABLISHED on the right.
        QVERIFY(view.bannerText().contains(QStringLiteral("SYN-RECEIVED")));
        QVERIFY(view.bannerText().contains(QStringLiteral("ESTABLISHED")));
    }

    void identicalRunsSayTheyAreTheSame()
    {
        const auto loaded = ScenarioLibrary::load(QStringLiteral("handshake-and-close"));
        QVERIFY(loaded.ok);
        const Trace a = Simulator::run(loaded.scenario);
        const Trace b = Simulator::run(loaded.scenario);
        ComparisonView view;
        view.setTraces(&a, QStringLiteral("a"), &b, QStringLiteral("b"));
        QVERIFY(!view.divergence().has_value());
        QVERIFY(!view.bannerText().contains(QStringLiteral("First difference")));
    }

    void aDroppedSegmentIsSelectedOnTheSideWhereItWasDropped()
    {
        const auto loaded = ScenarioLibrary::load(QStringLiteral("handshake-and-close"));
        QVERIFY(loaded.ok);
        Scenario mine = loaded.scenario;
        FaultRule drop;
        drop.kind = FaultKind::Drop;
        drop.host = QStringLiteral("B");
        drop.ordinal = 1; // the SYN,ACK
        mine.faults.append(drop);
        const Trace shipped = Simulator::run(loaded.scenario);
        const Trace changed = Simulator::run(mine);
        ComparisonView view;
        view.setTraces(&shipped, QStringLiteral("shipped"), &changed, QStringLiteral("mine"));
        QVERIFY(view.divergence().has_value());
        const int selected = view.rightView()->selectedSegment();
        QVERIFY(selected >= 0);
        QVERIFY(changed.segments[selected].dropped);
    }

    void playheadIsSharedByBothDiagrams()
    {
        const auto loaded = ScenarioLibrary::load(QStringLiteral("handshake-and-close"));
        QVERIFY(loaded.ok);
        const Trace a = Simulator::run(loaded.scenario);
        ComparisonView view;
        view.setTraces(&a, QStringLiteral("a"), &a, QStringLiteral("b"));
        view.setPlayhead(msToUs(110));
        QCOMPARE(view.leftView()->playhead(), msToUs(110));
        QCOMPARE(view.rightView()->playhead(), msToUs(110));
    }

    void bannerInChineseWordsTheDifferenceWithoutEnglishTraceText()
    {
        const TwoRuns runs = runWithVariant(QStringLiteral("handshake-and-close"), ProtocolVariant::TwoWayHandshake);
        const Trace &real = runs.shipped;
        const Trace &twoWay = runs.variant;

        QTranslator chinese;
        QVERIFY(chinese.load(QStringLiteral(":/i18n/tcplab_zh_CN.qm")));
        QCoreApplication::installTranslator(&chinese);
        ComparisonView view;
        view.setTraces(&real, QStringLiteral("real"), &twoWay, QStringLiteral("two-way"));
        const QString banner = view.bannerText();
        QCoreApplication::removeTranslator(&chinese);

        const TraceDivergence d = *view.divergence();
        for (const QString &english : {traceEventToText(real, d.leftEvent),
                                       traceEventToText(twoWay, d.rightEvent)}) {
            QVERIFY2(!banner.contains(english.toHtmlEscaped()), qPrintable(banner));
        }
        // No English word but the protocol's own names (states, flags: upper case).
        const QRegularExpression englishWord(QStringLiteral("\\b[a-z]{3,}\\b"));
        QString prose = banner;
        prose.remove(QRegularExpression(QStringLiteral("<[^>]*>")));
        QVERIFY2(!prose.contains(englishWord), qPrintable(prose));
        QVERIFY2(prose.contains(QRegularExpression(QStringLiteral("[\\x{4e00}-\\x{9fff}]"))),
                 qPrintable(prose));
    }

    void segmentsThatDifferOnlyInTheirWindowShowBothHeaders()
    {
        // The words name flags, seq and ack; a capture and its model often differ only in
        // the window or the MSS, so the banner shows both whole headers.
        const auto loaded = ScenarioLibrary::load(QStringLiteral("handshake-and-close"));
        QVERIFY(loaded.ok);
        Scenario smaller = loaded.scenario;
        smaller.protocol.window = 4096;
        const Trace a = Simulator::run(loaded.scenario);
        const Trace b = Simulator::run(smaller);
        ComparisonView view;
        view.setTraces(&a, QStringLiteral("a"), &b, QStringLiteral("b"));
        QVERIFY(view.divergence().has_value());
        QCOMPARE(view.divergence()->aspect, DivergenceAspect::Segment);
        QVERIFY2(view.bannerText().contains(QStringLiteral("win=65535")), qPrintable(view.bannerText()));
        QVERIFY2(view.bannerText().contains(QStringLiteral("win=4096")), qPrintable(view.bannerText()));
    }

    void eachPaneShowsBothHosts_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::addColumn<Qt::Orientation>("orientation");
        // The centre of a window of 1024, 1366 and 1920 pixels with its docks open.
        QTest::newRow("1024-wide window") << QSize(512, 560) << Qt::Vertical;
        QTest::newRow("1366-wide window") << QSize(900, 600) << Qt::Vertical;
        QTest::newRow("1920-wide window") << QSize(1100, 900) << Qt::Horizontal;
    }
    void eachPaneShowsBothHosts()
    {
        QFETCH(QSize, size);
        QFETCH(Qt::Orientation, orientation);
        const auto loaded = ScenarioLibrary::load(QStringLiteral("handshake-and-close"));
        QVERIFY(loaded.ok);
        const Trace a = Simulator::run(loaded.scenario);
        ComparisonView view;
        view.resize(size);
        view.setTraces(&a, QStringLiteral("a"), &a, QStringLiteral("b"));
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QCoreApplication::processEvents();
        // Side by side while each whole diagram fits half the width; else one above the
        // other: both hosts, their boxes and the texts beside them show in every pane.
        QSplitter *splitter = view.findChild<QSplitter *>();
        QVERIFY(splitter);
        QCOMPARE(splitter->orientation(), orientation);
        for (SequenceDiagramView *pane : {view.leftView(), view.rightView()}) {
            const SequenceLayout &layout = pane->diagramLayout();
            QVERIFY(layout.lifelines.size() >= 2);
            QVERIFY2(layout.size.width() <= pane->viewport()->width(),
                     qPrintable(QStringLiteral("%1 > %2").arg(layout.size.width()).arg(pane->viewport()->width())));
            const QPoint first = pane->toViewport(layout.lifelines.first().headerRect.topLeft());
            const QPoint last = pane->toViewport(layout.lifelines.last().headerRect.topRight());
            QVERIFY2(first.x() >= 0 && last.x() < pane->viewport()->width(),
                     qPrintable(QStringLiteral("%1 … %2 in %3").arg(first.x()).arg(last.x()).arg(pane->viewport()->width())));
        }
    }

    void largerTextPutsThePanesOneAboveTheOtherBeforeALabelIsCut_data()
    {
        QTest::addColumn<QSize>("size");
        // Presenter mode on a 1366 × 768 and a 1920 × 1080 projector (the caption strip
        // takes the bottom).
        QTest::newRow("1366 x 768") << QSize(1366, 600);
        QTest::newRow("1920 x 1080") << QSize(1920, 850);
    }
    void largerTextPutsThePanesOneAboveTheOtherBeforeALabelIsCut()
    {
        QFETCH(QSize, size);
        const TwoRuns runs = runWithVariant(QStringLiteral("lost-final-ack"), ProtocolVariant::NoTimeWait);
        const Trace &a = runs.shipped;
        const Trace &b = runs.variant;
        ComparisonView view;
        view.resize(size);
        view.setTraces(&a, QStringLiteral("a"), &b, QStringLiteral("b"));
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        for (double scale : {1.5, 2.0, 2.5, 3.0}) {
            view.setTextScale(scale);
            QCoreApplication::processEvents();
            for (SequenceDiagramView *pane : {view.leftView(), view.rightView()}) {
                const SequenceLayout &layout = pane->diagramLayout();
                QCOMPARE(layout.labelsPlacedAnyway, 0);
                QVERIFY2(layout.size.width() <= pane->viewport()->width(),
                         qPrintable(QStringLiteral("at %1×: diagram %2 wide in a pane of %3")
                                        .arg(scale).arg(layout.size.width()).arg(pane->viewport()->width())));
            }
        }
    }

    // Presenter mode at 1024 × 768 with 200 % text: the banner's full three lines would
    // leave each pane a sliver, so it keeps its headline and the rest goes to its tooltip;
    // with room again (normal text) it shows everything.
    void bannerKeepsOnlyItsHeadlineWhenLargeTextLeavesThePanesNoRoom()
    {
        const TwoRuns runs = runWithVariant(QStringLiteral("lost-final-ack"), ProtocolVariant::NoTimeWait);
        const Trace &a = runs.shipped;
        const Trace &b = runs.variant;
        ComparisonView view;
        view.resize(1024, 580);
        view.setTraces(&a, QStringLiteral("a"), &b, QStringLiteral("b"));
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        auto *banner = view.findChild<QLabel *>(QStringLiteral("differenceBanner"));
        QVERIFY(banner && banner->text().contains(QStringLiteral("First difference")));
        QVERIFY(!view.bannerShowsOnlyItsHeadline());
        const QString full = view.bannerText();

        view.setTextScale(2.0);
        QCoreApplication::processEvents();
        QVERIFY(view.bannerShowsOnlyItsHeadline());
        QVERIFY2(!banner->text().contains(QStringLiteral("left:")), qPrintable(banner->text()));
        QCOMPARE(banner->toolTip(), full);
        QCOMPARE(view.bannerText(), full);
        QVERIFY2(banner->height() < view.height() / 5, qPrintable(QString::number(banner->height())));

        view.setTextScale(1.0);
        QCoreApplication::processEvents();
        QVERIFY(!view.bannerShowsOnlyItsHeadline());
        QCOMPARE(banner->text(), full);
    }
};

QTEST_MAIN(TestComparisonView)
#include "tst_comparison_view.moc"
