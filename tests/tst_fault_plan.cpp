// Fault rules: the command-line spelling ("A#3", "B:FIN#1", "A#2:300ms"), its errors,
// which segment a rule matches, and the rule a run records on the segment it hit.
#include "handshake_test_scenario.h"
#include "sim/fault_plan.h"
#include "sim/simulator.h"

#include <QTest>

using namespace tcplab;

class TstFaultPlan : public QObject
{
    Q_OBJECT

private slots:
    void kindNames();
    void goodSpellingParses_data();
    void goodSpellingParses();
    void badSpellingIsRejectedWithReason_data();
    void badSpellingIsRejectedWithReason();
    void keyParsesBackToTheSameRule_data();
    void keyParsesBackToTheSameRule();
    void matchesSenderFlagsAndOrdinal_data();
    void matchesSenderFlagsAndOrdinal();
    void segmentRecordsTheRuleThatHitIt_data();
    void segmentRecordsTheRuleThatHitIt();
    void aSegmentTakesOneFaultTheLaterInTheEarliersPlace();
};

namespace {

// "drop A#1", "delay A#3:100ms", "duplicate B:FIN#1:50ms": a kind and its key.
FaultRule ruleFromText(const QString &text)
{
    const QString kindName = text.section(QLatin1Char(' '), 0, 0);
    FaultKind kind = FaultKind::None;
    for (FaultKind k : {FaultKind::Drop, FaultKind::Delay, FaultKind::Duplicate}) {
        if (faultKindName(k) == kindName)
            kind = k;
    }
    FaultRule rule;
    QString error;
    if (!parseFaultRule(kind, text.section(QLatin1Char(' '), 1), &rule, &error))
        qWarning("%s", qPrintable(error));
    return rule;
}

// The id of the segment a key ("A#3", "B:FIN#1") names in the run: counted here from the
// sender's own segments in sending order, as the fault plan defines the key.
int segmentForKey(const Trace &trace, const QString &key)
{
    FaultRule rule;
    if (!parseFaultRule(FaultKind::Drop, key, &rule, nullptr))
        return -1;
    int ordinal = 0;
    for (const SegmentRecord &r : trace.segments) {
        if (r.duplicateOf >= 0 || trace.hostName(r.fromHost) != rule.host
            || (r.segment.flags & rule.flags) != rule.flags)
            continue;
        if (++ordinal == rule.ordinal)
            return r.id;
    }
    return -1;
}

} // namespace

void TstFaultPlan::kindNames()
{
    QCOMPARE(faultKindName(FaultKind::None), QString("none"));
    QCOMPARE(faultKindName(FaultKind::Drop), QString("drop"));
    QCOMPARE(faultKindName(FaultKind::Delay), QString("delay"));
    QCOMPARE(faultKindName(FaultKind::Duplicate), QString("duplicate"));
}

void TstFaultPlan::goodSpellingParses_data()
{
    QTest::addColumn<FaultKind>("kind");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("ordinal");
    QTest::addColumn<int>("flags");
    QTest::addColumn<qint64>("delta");
    QTest::addColumn<QString>("key");
    QTest::newRow("A#3") << FaultKind::Drop << "A#3" << "A" << 3 << 0 << qint64(0) << "A#3";
    QTest::newRow("B:FIN#1") << FaultKind::Drop << "B:FIN#1" << "B" << 1 << int(TcpFlag::Fin)
                             << qint64(0) << "B:FIN#1";
    QTest::newRow("SYN+ACK") << FaultKind::Drop << "B:SYN+ACK#1" << "B" << 1
                             << int(TcpFlag::Syn | TcpFlag::Ack) << qint64(0) << "B:SYN+ACK#1";
    QTest::newRow("SYN,ACK") << FaultKind::Drop << "B:SYN,ACK#2" << "B" << 2
                             << int(TcpFlag::Syn | TcpFlag::Ack) << qint64(0) << "B:SYN+ACK#2";
    QTest::newRow("ACK+SYN reordered") << FaultKind::Drop << "B:ack+syn#1" << "B" << 1
                                       << int(TcpFlag::Syn | TcpFlag::Ack) << qint64(0)
                                       << "B:SYN+ACK#1";
    QTest::newRow("delay ms") << FaultKind::Delay << "A#2:300ms" << "A" << 2 << 0
                              << qint64(300000) << "A#2:300ms";
    QTest::newRow("duplicate s") << FaultKind::Duplicate << "B#1:2s" << "B" << 1 << 0
                                 << qint64(2000000) << "B#1:2s";
    QTest::newRow("bare number is ms") << FaultKind::Delay << "A#1:1500" << "A" << 1 << 0
                                       << qint64(1500000) << "A#1:1500ms";
    QTest::newRow("fraction of s") << FaultKind::Delay << "A#1:0.25s" << "A" << 1 << 0
                                   << qint64(250000) << "A#1:250ms";
    QTest::newRow("flags and time") << FaultKind::Duplicate << "M:SYN#7:90s" << "M" << 7
                                    << int(TcpFlag::Syn) << qint64(90000000) << "M:SYN#7:90s";
    QTest::newRow("spaces around") << FaultKind::Drop << "  A#1 " << "A" << 1 << 0 << qint64(0)
                                   << "A#1";
    QTest::newRow("long host name") << FaultKind::Drop << "client-2#10" << "client-2" << 10 << 0
                                    << qint64(0) << "client-2#10";
    QTest::newRow("microseconds") << FaultKind::Delay << "A#1:250us" << "A" << 1 << 0
                                  << qint64(250) << "A#1:250us";
}

void TstFaultPlan::goodSpellingParses()
{
    QFETCH(FaultKind, kind);
    QFETCH(QString, text);
    QFETCH(QString, host);
    QFETCH(int, ordinal);
    QFETCH(int, flags);
    QFETCH(qint64, delta);
    QFETCH(QString, key);
    FaultRule rule;
    QString error;
    QVERIFY2(parseFaultRule(kind, text, &rule, &error), qPrintable(error));
    QCOMPARE(rule.kind, kind);
    QCOMPARE(rule.host, host);
    QCOMPARE(rule.ordinal, ordinal);
    QCOMPARE(int(rule.flags), flags);
    QCOMPARE(rule.delta, delta);
    QCOMPARE(rule.key(), key);
}

void TstFaultPlan::badSpellingIsRejectedWithReason_data()
{
    QTest::addColumn<FaultKind>("kind");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("error");
    QTest::newRow("no hash") << FaultKind::Drop << "A3" << "'A3': expected HOST#N, e.g. A#3";
    QTest::newRow("empty") << FaultKind::Drop << "" << "'': expected HOST#N, e.g. A#3";
    QTest::newRow("no host") << FaultKind::Drop << "#3" << "'#3': expected HOST#N, e.g. A#3";
    QTest::newRow("no number") << FaultKind::Drop << "A#" << "'A#': expected HOST#N, e.g. A#3";
    QTest::newRow("negative") << FaultKind::Drop << "A#-1" << "'A#-1': expected HOST#N, e.g. A#3";
    QTest::newRow("zero") << FaultKind::Drop << "A#0" << "'A#0': the number after # counts from 1";
    QTest::newRow("unknown flag") << FaultKind::Drop << "B:FOO#1"
                                  << "'B:FOO#1': unknown flag 'FOO' (expected SYN, FIN, RST, PSH, "
                                     "ACK, URG, ECE or CWR)";
    QTest::newRow("empty flag") << FaultKind::Drop << "B:SYN+#1"
                                << "'B:SYN+#1': expected HOST#N, e.g. A#3";
    QTest::newRow("drop with time") << FaultKind::Drop << "A#2:300ms"
                                    << "'A#2:300ms': drop takes no time";
    QTest::newRow("delay without time") << FaultKind::Delay << "A#2"
                                        << "'A#2': delay needs a time, e.g. A#2:300ms";
    QTest::newRow("duplicate without time") << FaultKind::Duplicate << "B:FIN#1"
                                            << "'B:FIN#1': duplicate needs a time, e.g. "
                                               "B:FIN#1:300ms";
    QTest::newRow("bad time") << FaultKind::Delay << "A#2:soon"
                              << "'A#2:soon': 'soon' is not a duration (e.g. 300ms, 2s)";
    QTest::newRow("negative time") << FaultKind::Delay << "A#2:-5ms"
                                   << "'A#2:-5ms': '-5ms' is not a duration (e.g. 300ms, 2s)";
    QTest::newRow("empty time") << FaultKind::Delay << "A#2:"
                                << "'A#2:': '' is not a duration (e.g. 300ms, 2s)";
    QTest::newRow("kind none") << FaultKind::None << "A#1" << "'A#1': no fault kind given";
}

void TstFaultPlan::badSpellingIsRejectedWithReason()
{
    QFETCH(FaultKind, kind);
    QFETCH(QString, text);
    QFETCH(QString, error);
    FaultRule rule;
    rule.host = "unchanged";
    QString actual;
    QVERIFY(!parseFaultRule(kind, text, &rule, &actual));
    QCOMPARE(actual, error);
    QCOMPARE(rule.host, QString("unchanged"));
}

void TstFaultPlan::keyParsesBackToTheSameRule_data()
{
    QTest::addColumn<FaultRule>("rule");
    auto make = [](FaultKind k, const char *host, int ordinal, TcpFlags flags, SimTime delta) {
        FaultRule r;
        r.kind = k;
        r.host = host;
        r.ordinal = ordinal;
        r.flags = flags;
        r.delta = delta;
        return r;
    };
    QTest::newRow("drop") << make(FaultKind::Drop, "A", 4, 0, 0);
    QTest::newRow("drop flags") << make(FaultKind::Drop, "B", 1, TcpFlag::Fin | TcpFlag::Ack, 0);
    QTest::newRow("delay 1.5s") << make(FaultKind::Delay, "A", 2, 0, msToUs(1500));
    QTest::newRow("delay 0") << make(FaultKind::Delay, "A", 2, 0, 0);
    QTest::newRow("duplicate 1min") << make(FaultKind::Duplicate, "B", 3, TcpFlag::Syn,
                                            secondsToUs(60));
    QTest::newRow("duplicate us") << make(FaultKind::Duplicate, "B", 3, 0, 1234567);
}

void TstFaultPlan::keyParsesBackToTheSameRule()
{
    QFETCH(FaultRule, rule);
    FaultRule back;
    QString error;
    QVERIFY2(parseFaultRule(rule.kind, rule.key(), &back, &error), qPrintable(error));
    QCOMPARE(back, rule);
}

void TstFaultPlan::matchesSenderFlagsAndOrdinal_data()
{
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QString>("sender");
    QTest::addColumn<int>("flags");
    QTest::addColumn<int>("ordinal");
    QTest::addColumn<bool>("matches");
    const int syn = TcpFlag::Syn, ack = TcpFlag::Ack, fin = TcpFlag::Fin;
    QTest::newRow("any segment, right ordinal") << "A#3" << "A" << ack << 3 << true;
    QTest::newRow("wrong ordinal") << "A#3" << "A" << ack << 2 << false;
    QTest::newRow("wrong sender") << "A#3" << "B" << ack << 3 << false;
    QTest::newRow("sender is case-sensitive") << "A#3" << "a" << ack << 3 << false;
    QTest::newRow("flag filter hit") << "B:FIN#1" << "B" << (fin | ack) << 1 << true;
    QTest::newRow("flag filter miss") << "B:FIN#1" << "B" << ack << 1 << false;
    QTest::newRow("all flags needed") << "B:SYN+ACK#1" << "B" << syn << 1 << false;
    QTest::newRow("all flags present") << "B:SYN+ACK#1" << "B" << (syn | ack) << 1 << true;
}

void TstFaultPlan::matchesSenderFlagsAndOrdinal()
{
    QFETCH(QString, rule);
    QFETCH(QString, sender);
    QFETCH(int, flags);
    QFETCH(int, ordinal);
    QFETCH(bool, matches);
    FaultRule r;
    QVERIFY(parseFaultRule(FaultKind::Drop, rule, &r, nullptr));
    QCOMPARE(r.matches(sender, TcpFlags(flags), ordinal), matches);
    r.kind = FaultKind::None; // the absence of a fault matches nothing
    QVERIFY(!r.matches(sender, TcpFlags(flags), ordinal));
}

void TstFaultPlan::segmentRecordsTheRuleThatHitIt_data()
{
    // In the hand-built handshake A sends SYN (A#1), ACK (A#2), "hello" with PSH (A#3);
    // B closes with one FIN. Every row's rules hit the target segment and nothing else.
    QTest::addColumn<QStringList>("faults");
    QTest::addColumn<QString>("target");
    QTest::addColumn<int>("rule");
    QTest::newRow("the only rule") << QStringList{"drop A#1"} << "A#1" << 0;
    QTest::newRow("the second rule, the first hits nothing")
        << QStringList{"drop A#99", "delay A#3:100ms"} << "A#3" << 1;
    QTest::newRow("the second rule, keyed by flags")
        << QStringList{"drop B#99", "drop B:FIN#1"} << "B:FIN#1" << 1;
    QTest::newRow("two rules on one segment: the first in the list")
        << QStringList{"delay A#3:100ms", "drop A:PSH#1"} << "A#3" << 0;
    QTest::newRow("a duplicated segment; its network copy carries none")
        << QStringList{"drop A#99", "duplicate A#2:50ms"} << "A#2" << 1;
    QTest::newRow("no rule hits it") << QStringList{"drop B#99"} << "A#1" << -1;
}

void TstFaultPlan::segmentRecordsTheRuleThatHitIt()
{
    QFETCH(QStringList, faults);
    QFETCH(QString, target);
    QFETCH(int, rule);
    Scenario scenario = testing::handshake();
    for (const QString &text : faults) {
        scenario.faults.append(ruleFromText(text));
        QVERIFY2(scenario.faults.constLast().kind != FaultKind::None, qPrintable(text));
    }
    const Trace trace = Simulator::run(scenario);
    const int id = segmentForKey(trace, target);
    QVERIFY2(id >= 0, qPrintable(target));
    QCOMPARE(trace.segments[id].faultRule, rule);
    QCOMPARE(trace.segments[id].fault != FaultKind::None, rule >= 0);
    for (const SegmentRecord &r : trace.segments) {
        if (r.id != id)
            QCOMPARE(r.faultRule, -1);
    }
}

QTEST_GUILESS_MAIN(TstFaultPlan)
void TstFaultPlan::aSegmentTakesOneFaultTheLaterInTheEarliersPlace()
{
    // One segment is dropped, delayed or duplicated in one way at a time: the window's
    // right-click and the command line's options both put a fault through putFault().
    const SegmentIdentity finalAck{QStringLiteral("A"), TcpFlag::Ack, 20, 21, 1};
    const SegmentIdentity synAck{QStringLiteral("B"), TcpFlags(TcpFlag::Syn | TcpFlag::Ack), 0, 1, 1};
    FaultPlan plan{FaultRule::forSegment(FaultKind::Drop, finalAck),
                   FaultRule::forSegment(FaultKind::Delay, synAck, 300'000)};

    const FaultRule delayAck = FaultRule::forSegment(FaultKind::Delay, finalAck, 1'000'000);
    QCOMPARE(putFault(&plan, delayAck), std::optional(FaultKind::Drop));
    QCOMPARE(plan.size(), 2);
    QCOMPARE(plan[0], delayAck); // in the place of the drop, not added after the others
    QCOMPARE(plan[1].kind, FaultKind::Delay);

    const SegmentIdentity fin{QStringLiteral("A"), TcpFlags(TcpFlag::Fin | TcpFlag::Ack), 19, 21, 1};
    const FaultRule dropFin = FaultRule::forSegment(FaultKind::Drop, fin);
    QCOMPARE(putFault(&plan, dropFin), std::nullopt);
    QCOMPARE(plan.size(), 3);
    QCOMPARE(plan.last(), dropFin);
}

#include "tst_fault_plan.moc"
