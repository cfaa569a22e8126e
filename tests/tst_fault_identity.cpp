// Faults belong to a segment, not to a position: a fault names its segment by identity
// (sender, bits, seq/ack from the ISNs, which transmission), positions ("A#6") are resolved
// once against the run as it stands, and a fault whose segment is gone hits nothing and
// says so.
#include "scenario/scenario_file.h"
#include "scenario/scenario_library.h"
#include "sim/fault_resolver.h"
#include "sim/simulator.h"
#include "text/fault_description.h"
#include "trace/trace_format.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QTranslator>

using namespace tcplab;

namespace {

Scenario builtin(const QString &id)
{
    const ScenarioFile::LoadResult r = ScenarioLibrary::load(id);
    return r.scenario;
}

FaultRule position(FaultKind kind, const QString &text)
{
    FaultRule rule;
    QString error;
    if (!parseFaultRule(kind, text, &rule, &error))
        qFatal("bad rule %s: %s", qPrintable(text), qPrintable(error));
    return rule;
}

// The states one host's sockets passed through, in order.
QList<TcpState> statesOf(const Trace &trace, const QString &host)
{
    QList<TcpState> states;
    for (const TraceEvent &e : trace.events) {
        if (e.type == TraceEventType::State && trace.hostName(e.host) == host)
            states << e.toState;
    }
    return states;
}

QList<int> faultNotices(const Trace &trace)
{
    QList<int> rules;
    for (const TraceEvent &e : trace.events) {
        if (e.type == TraceEventType::Notice && e.notice == NoticeKind::FaultMatchedNothing)
            rules << e.faultRule;
    }
    return rules;
}

int droppedByFault(const Trace &trace)
{
    for (const SegmentRecord &r : trace.segments) {
        if (r.dropped && r.dropReason == DropReason::Fault)
            return r.id;
    }
    return -1;
}

// The handshake-and-close story with its final ACK dropped, then A's request delayed:
// what `tcplab-cli run handshake-and-close --drop A#6 --delay A#3:400ms` builds.
Scenario finalAckDroppedThenRequestDelayed()
{
    Scenario s = builtin(QStringLiteral("handshake-and-close"));
    s.faults << position(FaultKind::Drop, QStringLiteral("A#6"))
             << position(FaultKind::Delay, QStringLiteral("A#3:400ms"));
    return FaultResolver::resolveInOrder(s);
}

} // namespace

class TstFaultIdentity : public QObject
{
    Q_OBJECT
private slots:
    void identityCountsFromTheIsnsAndCountsRetransmissions();
    void droppedFinalAckStaysDroppedWhenAnEarlierSegmentIsDelayed();
    void positionsAreResolvedInTheOrderGiven();
    void faultWhoseSegmentDisappearsIsListedAsNotMatchingAndHitsNothing();
    void positionThatNamesNothingIsKeptUnresolved();
    void version1FileGivesTheSameRunAsBefore_data();
    void version1FileGivesTheSameRunAsBefore();
    void savingAndReadingAgainKeepsIdentities();
    void version2FaultNeedsEitherAPositionOrAnIdentity();
    void faultListWordsTheSegmentAsTheLearnerSeesIt();
    void chineseOrdinalReadsAsOnePhrase();
};

void TstFaultIdentity::identityCountsFromTheIsnsAndCountsRetransmissions()
{
    // lost-syn: A's SYN is dropped and sent again. Both are "A SYN seq=+0", 1st and 2nd.
    const Trace trace = Simulator::run(builtin(QStringLiteral("lost-syn")));
    QList<SegmentIdentity> syns;
    for (const SegmentRecord &r : trace.segments) {
        if (trace.hostName(r.fromHost) == QLatin1String("A") && r.segment.has(TcpFlag::Syn))
            syns << r.identity;
    }
    QVERIFY(syns.size() >= 2);
    QCOMPARE(syns[0].seq, 0u);
    QCOMPARE(syns[0].transmission, 1);
    QCOMPARE(syns[1].seq, 0u);
    QCOMPARE(syns[1].transmission, 2);
    // B's SYN,ACK acknowledges A's SYN: ack=+1 (the SYN takes one number, RFC 9293 §3.4).
    for (const SegmentRecord &r : trace.segments) {
        if (r.segment.flags == TcpFlags(TcpFlag::Syn | TcpFlag::Ack)) {
            QCOMPARE(r.identity.seq, 0u);
            QCOMPARE(r.identity.ack, 1u);
        }
    }
}

void TstFaultIdentity::droppedFinalAckStaysDroppedWhenAnEarlierSegmentIsDelayed()
{
    const Scenario s = finalAckDroppedThenRequestDelayed();
    QCOMPARE(s.faults.size(), 2);
    QCOMPARE(s.faults[0].target, FaultTarget::Segment);
    QCOMPARE(s.faults[1].target, FaultTarget::Segment);
    const Trace trace = Simulator::run(s);

    // The dropped segment is still A's final ACK (a bare ACK), not its FIN.
    const int dropped = droppedByFault(trace);
    QVERIFY(dropped >= 0);
    QCOMPARE(trace.segments[dropped].segment.flags, TcpFlags(TcpFlag::Ack));
    QCOMPARE(trace.segments[dropped].identity, s.faults[0].segment);
    QCOMPARE(trace.faultSegments, QList<int>({dropped, trace.faultSegments[1]}));
    QVERIFY(trace.faultSegments[1] >= 0);
    QCOMPARE(trace.segments[trace.faultSegments[1]].fault, FaultKind::Delay);

    // lost-final-ack's story: A waits in TIME-WAIT, B retransmits its FIN and closes.
    const QList<TcpState> a = statesOf(trace, QStringLiteral("A"));
    QVERIFY(a.contains(TcpState::TimeWait));
    QVERIFY(!a.contains(TcpState::Closing));
    QCOMPARE(a.last(), TcpState::Closed);
    const QList<TcpState> b = statesOf(trace, QStringLiteral("B"));
    QVERIFY(!b.contains(TcpState::TimeWait));
    QCOMPARE(b.last(), TcpState::Closed);
    bool finRetransmitted = false;
    for (const SegmentRecord &r : trace.segments)
        finRetransmitted |= r.kind == SegmentKind::Retransmission && r.segment.has(TcpFlag::Fin)
            && trace.hostName(r.fromHost) == QLatin1String("B");
    QVERIFY(finRetransmitted);
    QVERIFY(faultNotices(trace).isEmpty());
}

void TstFaultIdentity::positionsAreResolvedInTheOrderGiven()
{
    // Given the other way round, A#6 is counted in the run with the delay: there, A's
    // request is answered later and A's sixth segment is no longer the final ACK. Each
    // position names what it named when it was given.
    Scenario s = builtin(QStringLiteral("handshake-and-close"));
    const Trace clean = Simulator::run(s);
    Scenario delayed = s;
    delayed.faults << position(FaultKind::Delay, QStringLiteral("A#3:400ms"));
    delayed = FaultResolver::resolveInOrder(delayed);
    const Trace afterDelay = Simulator::run(delayed);
    const auto sixthAfterDelay = FaultResolver::identityAt(
        afterDelay, position(FaultKind::Drop, QStringLiteral("A#6")));
    const auto sixthClean = FaultResolver::identityAt(clean, position(FaultKind::Drop, QStringLiteral("A#6")));
    QVERIFY(sixthAfterDelay && sixthClean);
    QVERIFY(!(*sixthAfterDelay == *sixthClean));

    s.faults << position(FaultKind::Delay, QStringLiteral("A#3:400ms"))
             << position(FaultKind::Drop, QStringLiteral("A#6"));
    s = FaultResolver::resolveInOrder(s);
    QCOMPARE(s.faults[1].segment, *sixthAfterDelay);
    QCOMPARE(finalAckDroppedThenRequestDelayed().faults[0].segment, *sixthClean);
}

void TstFaultIdentity::faultWhoseSegmentDisappearsIsListedAsNotMatchingAndHitsNothing()
{
    // lost-syn drops A's first SYN; the learner delays the retransmitted SYN, then removes
    // the drop: there is no retransmission any more, and the delay must not slide onto
    // another segment.
    Scenario s = builtin(QStringLiteral("lost-syn"));
    QCOMPARE(s.faults.size(), 1);
    s.faults << position(FaultKind::Delay, QStringLiteral("A:SYN#2:300ms"));
    s = FaultResolver::resolveInOrder(s);
    QCOMPARE(s.faults[1].segment.transmission, 2);
    s.faults.removeFirst();

    const Trace trace = Simulator::run(s);
    QCOMPARE(trace.faultSegments, QList<int>({-1}));
    for (const SegmentRecord &r : trace.segments)
        QCOMPARE(r.fault, FaultKind::None);
    QCOMPARE(faultNotices(trace), QList<int>({0}));
    QVERIFY(traceToJsonLines(trace, s).contains(R"("notice":"fault-matched-nothing")"));

    // Apart from that notice, the run is the run without the fault.
    Scenario none = s;
    none.faults.clear();
    const Trace without = Simulator::run(none);
    QCOMPARE(trace.segments.size(), without.segments.size());
    QCOMPARE(trace.events.size(), without.events.size() + 1);

    // The fault list keeps it and says it matches nothing.
    QVERIFY(!FaultDescription::matched(trace, 0));
    const QString words = FaultDescription::describe(trace, s.faults[0], 0);
    QVERIFY2(words.contains(QStringLiteral("matches no segment")), qPrintable(words));
    QVERIFY2(words.contains(QStringLiteral("A's SYN seq=ISN+0")), qPrintable(words));
}

void TstFaultIdentity::positionThatNamesNothingIsKeptUnresolved()
{
    Scenario s = builtin(QStringLiteral("handshake-and-close"));
    s.faults << position(FaultKind::Drop, QStringLiteral("A#99"));
    s = FaultResolver::resolveInOrder(s);
    QCOMPARE(s.faults[0].target, FaultTarget::Unresolved);
    QCOMPARE(s.faults[0].key(), QStringLiteral("A#99"));
    const Trace trace = Simulator::run(s);
    QCOMPARE(faultNotices(trace), QList<int>({0}));
    QCOMPARE(droppedByFault(trace), -1);
}

void TstFaultIdentity::version1FileGivesTheSameRunAsBefore_data()
{
    QTest::addColumn<QString>("faults");
    // The second fault's ordinal counts a segment the first one's retransmission shifts:
    // version 1 counted every ordinal in the run with all faults applied.
    QTest::newRow("drop and later retransmission")
        << R"([{"kind": "drop", "host": "A", "ordinal": 6}, {"kind": "delay", "host": "A", "ordinal": 3, "delay_ms": 400}])";
    QTest::newRow("flags filter")
        << R"([{"kind": "drop", "host": "B", "flags": ["FIN"], "ordinal": 1}, {"kind": "duplicate", "host": "A", "ordinal": 2, "after_ms": 50}])";
    QTest::newRow("names nothing") << R"([{"kind": "drop", "host": "A", "ordinal": 40}])";
}

void TstFaultIdentity::version1FileGivesTheSameRunAsBefore()
{
    QFETCH(QString, faults);
    // The shipped story, written as a version-1 file with position faults.
    Scenario base = builtin(QStringLiteral("handshake-and-close"));
    QByteArray text = ScenarioFile::serialize(base);
    text.replace("\"version\": 2", "\"version\": 1");
    text.chop(2); // "}\n"
    text += ",\n  \"faults\": " + faults.toUtf8() + "\n}\n";
    const ScenarioFile::LoadResult loaded = ScenarioFile::parse(text);
    QVERIFY2(loaded.ok, qPrintable(loaded.errors.join('\n')));

    for (const FaultRule &r : loaded.scenario.faults)
        QVERIFY(r.target != FaultTarget::Position);

    // Before: the same positions matched by the network, as version 1 did.
    Scenario byPosition = base;
    const QJsonArray given = QJsonDocument::fromJson(faults.toUtf8()).array();
    byPosition.faults.clear();
    for (const QJsonValue &v : given) {
        const QJsonObject o = v.toObject();
        const FaultKind kind = o["kind"].toString() == "drop" ? FaultKind::Drop
                             : o["kind"].toString() == "delay" ? FaultKind::Delay
                                                               : FaultKind::Duplicate;
        QString key = o["host"].toString();
        if (o.contains("flags")) {
            QStringList names;
            for (const QJsonValue &f : o["flags"].toArray())
                names << f.toString();
            key += ":" + names.join("+");
        }
        key += "#" + QString::number(o["ordinal"].toInt());
        if (kind == FaultKind::Delay)
            key += ":" + QString::number(o["delay_ms"].toInt()) + "ms";
        if (kind == FaultKind::Duplicate)
            key += ":" + QString::number(o["after_ms"].toInt()) + "ms";
        byPosition.faults << position(kind, key);
    }
    const Trace before = Simulator::run(byPosition);
    const Trace now = Simulator::run(loaded.scenario);
    // The notice of a fault that hits nothing is new; the run itself is the same.
    auto withoutNotices = [](Trace t) {
        t.events.removeIf([](const TraceEvent &e) { return e.notice == NoticeKind::FaultMatchedNothing && e.type == TraceEventType::Notice; });
        return t;
    };
    QCOMPARE(traceToJsonLines(withoutNotices(now), loaded.scenario),
             traceToJsonLines(withoutNotices(before), byPosition));
}

void TstFaultIdentity::savingAndReadingAgainKeepsIdentities()
{
    const Scenario s = finalAckDroppedThenRequestDelayed();
    const QByteArray text = ScenarioFile::serialize(s);
    QVERIFY(text.contains("\"version\": 2"));
    QVERIFY2(text.contains(R"({"kind": "drop", "host": "A", "flags": ["ACK"], "seq": 20, "ack": 21, "transmission": 1})"),
             text.constData());
    const ScenarioFile::LoadResult back = ScenarioFile::parse(text);
    QVERIFY2(back.ok, qPrintable(back.errors.join('\n')));
    QCOMPARE(back.scenario.faults, s.faults);
    QCOMPARE(traceToJsonLines(Simulator::run(back.scenario), back.scenario),
             traceToJsonLines(Simulator::run(s), s));
}

void TstFaultIdentity::version2FaultNeedsEitherAPositionOrAnIdentity()
{
    QByteArray text = ScenarioFile::serialize(builtin(QStringLiteral("handshake-and-close")));
    text.chop(2);
    const QByteArray both = text + R"(, "faults": [{"kind": "drop", "host": "A", "flags": ["ACK"], "ordinal": 2, "seq": 1, "ack": 1}]})";
    ScenarioFile::LoadResult r = ScenarioFile::parse(both);
    QVERIFY(!r.ok);
    QVERIFY2(r.errors.join('\n').contains("faults[0].ordinal: give either ordinal"), qPrintable(r.errors.join('\n')));

    const QByteArray noAck = text + R"(, "faults": [{"kind": "drop", "host": "A", "flags": ["ACK"], "seq": 1}]})";
    r = ScenarioFile::parse(noAck);
    QCOMPARE(r.errors, QStringList({"faults[0].ack: missing (the segment has ACK)"}));

    QByteArray v1 = text + R"(, "faults": [{"kind": "drop", "host": "A", "flags": ["ACK"], "seq": 1, "ack": 1}]})";
    v1.replace("\"version\": 2", "\"version\": 1");
    // Version 1 knows faults by position only.
    r = ScenarioFile::parse(v1);
    QCOMPARE(r.errors, QStringList({"faults[0].ack: unknown key", "faults[0].seq: unknown key",
                                    "faults[0].ordinal: missing"}));
}

void TstFaultIdentity::faultListWordsTheSegmentAsTheLearnerSeesIt()
{
    const Scenario s = finalAckDroppedThenRequestDelayed();
    const Trace trace = Simulator::run(s);
    QCOMPARE(FaultDescription::describe(trace, s.faults[0], 0),
             QStringLiteral("Drop A's ACK seq=1020 ack=5021 (the final ACK)"));
    QCOMPARE(FaultDescription::describe(trace, s.faults[1], 1),
             QStringLiteral("Delay A's PSH,ACK seq=1001 ack=5001 len=18 by 400 ms"));
}

void TstFaultIdentity::chineseOrdinalReadsAsOnePhrase()
{
    // "A 的 第 3 个 ACK" put a space between two Chinese words: an ordinal joins its host
    // without one ("A 的第 3 个 ACK"), a protocol label keeps it ("A 的 ACK seq=…").
    const Scenario s = finalAckDroppedThenRequestDelayed();
    const Trace trace = Simulator::run(s);
    QTranslator chinese;
    QVERIFY(chinese.load(QStringLiteral(":/i18n/tcplab_zh_CN.qm")));
    QCoreApplication::installTranslator(&chinese);
    const QString withoutNumbers = FaultDescription::describeWithoutNumbers(trace, s.faults[0], 0);
    const QString withNumbers = FaultDescription::describe(trace, s.faults[0], 0);
    FaultRule unmatched = position(FaultKind::Drop, QStringLiteral("A#99"));
    const QString position = FaultDescription::segmentText(FaultDescription::wordsForUnmatched(unmatched));
    QCoreApplication::removeTranslator(&chinese);

    QVERIFY2(withoutNumbers.contains(QStringLiteral("A 的第 3 个 ACK")), qPrintable(withoutNumbers));
    QVERIFY2(withNumbers.contains(QStringLiteral("A 的 ACK seq=1020 ack=5021")), qPrintable(withNumbers));
    QVERIFY2(position.startsWith(QStringLiteral("A 的第 99 个")), qPrintable(position));
}

QTEST_GUILESS_MAIN(TstFaultIdentity)
#include "tst_fault_identity.moc"
