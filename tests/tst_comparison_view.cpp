#include "sequence/comparison_view.h"
#include "scenario/scenario_library.h"
#include "sequence/sequence_diagram_view.h"
#include "sim/simulator.h"

#include <QScrollBar>
#include <QTest>

using namespace tcplab;

class TestComparisonView : public QObject
{
    Q_OBJECT
private slots:
    void realRuleAgainstTwoWayHandshakeNamesTheFirstDifference()
    {
        const auto loaded = ScenarioLibrary::load(QStringLiteral("handshake-and-close"));
        QVERIFY2(loaded.ok, qPrintable(loaded.errors.join(QLatin1Char('\n'))));
        Scenario variant = loaded.scenario;
        variant.protocol.variant = ProtocolVariant::TwoWayHandshake;
        const Trace real = Simulator::run(loaded.scenario);
        const Trace twoWay = Simulator::run(variant);

        ComparisonView view;
        view.resize(1400, 800);
        view.setTraces(&real, QStringLiteral("real"), &twoWay, QStringLiteral("two-way"));
        QVERIFY(view.divergence().has_value());
        const SimTime at = view.divergence()->time;
        QVERIFY(view.bannerText().contains(formatSimTime(at)));
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
};

QTEST_MAIN(TestComparisonView)
#include "tst_comparison_view.moc"
