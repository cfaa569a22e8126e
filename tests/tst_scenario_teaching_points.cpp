// Teaching points of the built-in scenario library: each lesson of docs/teaching-notes.md is a shipped
// scenario, and each test here runs one built-in scenario through the simulator and checks,
// from the trace alone, that the run shows exactly what its notes explain (the numbers, the
// order of segments, the states and the notices). A golden trace pins every byte; these tests
// pin the *meaning*, so that a model change that keeps a scenario running but loses its
// lesson fails with a message that names the lesson.
#include "scenario/scenario_library.h"
#include "sim/simulator.h"

#include <QRegularExpression>
#include <QtTest>
#include <algorithm>

using namespace tcplab;

namespace {

struct Run {
    Scenario scenario;
    Trace trace;

    int host(const QString &name) const
    {
        for (int i = 0; i < trace.hosts.size(); ++i) {
            if (trace.hosts[i].name == name)
                return i;
        }
        qFatal("no host %s", qPrintable(name));
        return -1;
    }

    // Segments a host sent, in order, carrying at least `flags` (network duplicates left
    // out unless asked for: they are copies, not sends).
    QList<SegmentRecord> sent(const QString &from, TcpFlags flags = 0, bool duplicates = false) const
    {
        const int h = host(from);
        QList<SegmentRecord> out;
        for (const SegmentRecord &r : trace.segments) {
            if (r.fromHost != h || (r.segment.flags & flags) != flags)
                continue;
            if (!duplicates && r.kind == SegmentKind::Duplicate)
                continue;
            out << r;
        }
        return out;
    }

    // Segments with exactly these flags (PSH ignored, it is advisory).
    QList<SegmentRecord> sentExactly(const QString &from, TcpFlags flags) const
    {
        QList<SegmentRecord> out;
        for (const SegmentRecord &r : sent(from)) {
            if ((r.segment.flags & ~TcpFlag::Psh) == flags)
                out << r;
        }
        return out;
    }

    QList<SegmentRecord> dataSegments(const QString &from) const
    {
        QList<SegmentRecord> out;
        for (const SegmentRecord &r : sent(from)) {
            if (r.segment.length() > 0)
                out << r;
        }
        return out;
    }

    // State changes (events) of one host's connection sockets, in order.
    QList<TraceEvent> states(const QString &on, int socket = -1) const
    {
        const int h = host(on);
        QList<TraceEvent> out;
        for (const TraceEvent &e : trace.events) {
            if (e.type == TraceEventType::State && e.host == h && (socket < 0 || e.socket == socket)
                && !trace.sockets[e.socket].listener)
                out << e;
        }
        return out;
    }

    bool reached(const QString &on, TcpState state) const
    {
        for (const TraceEvent &e : states(on)) {
            if (e.toState == state)
                return true;
        }
        return false;
    }

    std::optional<TraceEvent> firstState(const QString &on, TcpState to) const
    {
        for (const TraceEvent &e : states(on)) {
            if (e.toState == to)
                return e;
        }
        return std::nullopt;
    }

    QList<TraceEvent> notices(const QString &on, NoticeKind kind) const
    {
        const int h = host(on);
        QList<TraceEvent> out;
        for (const TraceEvent &e : trace.events) {
            if (e.type == TraceEventType::Notice && e.host == h && e.notice == kind)
                out << e;
        }
        return out;
    }

    // Connection sockets (not listeners) of a host, in creation order.
    QList<int> connections(const QString &on) const
    {
        QList<int> out;
        for (int s : trace.socketsOf(host(on))) {
            if (!trace.sockets[s].listener)
                out << s;
        }
        return out;
    }

    // The socket's state at the end of the run.
    TcpState finalState(int socket) const { return trace.stateAt(socket, trace.endTime); }

    // The segments on the wire in sending order, written the way textbooks draw them but
    // with sequence numbers relative to each side's ISN (Wireshark's "relative sequence
    // numbers"): "A>B SYN seq=0", "B>A SYN,ACK seq=0 ack=1", "A>B PSH,ACK seq=1 ack=1
    // len=18"; a lost one ends in " lost", a retransmission in " again". Network
    // duplicates are left out: they are copies, not sends.
    QStringList wire() const
    {
        QHash<int, uint32_t> isn; // host → ISN, from its first segment
        for (const SegmentRecord &r : trace.segments) {
            if (!isn.contains(r.fromHost))
                isn.insert(r.fromHost, r.segment.seq);
        }
        QStringList out;
        for (const SegmentRecord &r : trace.segments) {
            if (r.kind == SegmentKind::Duplicate)
                continue;
            const int peer = r.toHost;
            QString line = QStringLiteral("%1>%2 %3 seq=%4")
                               .arg(trace.hosts[r.fromHost].name, trace.hosts[peer].name,
                                    tcpFlagsLabel(r.segment.flags))
                               .arg(r.segment.seq - isn.value(r.fromHost));
            if (r.segment.has(TcpFlag::Ack))
                line += QStringLiteral(" ack=%1").arg(r.segment.ack - isn.value(peer));
            if (r.segment.length())
                line += QStringLiteral(" len=%1").arg(r.segment.length());
            if (r.kind == SegmentKind::Retransmission)
                line += QStringLiteral(" again");
            if (r.dropped)
                line += QStringLiteral(" lost");
            out << line;
        }
        return out;
    }

    // The states one socket passes through, in order, starting with the first one it left.
    QList<TcpState> path(int socket) const
    {
        QList<TcpState> out;
        for (int index : trace.stateEventsOf(socket)) {
            const TraceEvent &e = trace.events[index];
            if (out.isEmpty())
                out << e.fromState;
            out << e.toState;
        }
        return out;
    }

    // When a socket entered a state (the first time), or -1.
    SimTime entered(int socket, TcpState state) const
    {
        for (int index : trace.stateEventsOf(socket)) {
            if (trace.events[index].toState == state)
                return trace.events[index].time;
        }
        return -1;
    }
};

Run run(const QString &id, const QString &variant = QString())
{
    const ScenarioFile::LoadResult r = ScenarioLibrary::load(id);
    if (!r.ok)
        qFatal("built-in scenario %s: %s", qPrintable(id), qPrintable(r.errors.join(QLatin1String("; "))));
    Run result{r.scenario, Trace()};
    if (!variant.isEmpty()) {
        QString error;
        if (!result.scenario.protocol.set(QStringLiteral("variant"), variant, &error))
            qFatal("%s", qPrintable(error));
    }
    result.trace = Simulator::run(result.scenario);
    return result;
}

// Every "seq=N" and "ack=N" the notes quote, in both languages, that no segment of the run
// carries (an ack counts only on a segment with the ACK flag).
QStringList quotedNumbersMissingFromTheTrace(const Run &r, int *checked = nullptr)
{
    QSet<uint32_t> seqs, acks;
    for (const SegmentRecord &s : r.trace.segments) {
        seqs.insert(s.segment.seq);
        if (s.segment.has(TcpFlag::Ack))
            acks.insert(s.segment.ack);
    }
    static const QRegularExpression quoted(QStringLiteral("\\b(seq|ack)=(\\d+)"));
    QStringList missing;
    int count = 0;
    for (int i = 0; i < r.scenario.notes.size(); ++i) {
        const ScenarioNote &note = r.scenario.notes[i];
        for (const auto &[language, text] : {std::pair{"en", note.text.en}, std::pair{"zh", note.text.zh}}) {
            auto it = quoted.globalMatch(text);
            while (it.hasNext()) {
                const auto m = it.next();
                bool ok = false;
                const uint32_t value = m.captured(2).toUInt(&ok);
                const bool isSeq = m.captured(1) == QLatin1String("seq");
                ++count;
                if (!ok || !(isSeq ? seqs : acks).contains(value))
                    missing << QStringLiteral("notes[%1] (%2) quotes %3, which no segment of the run carries")
                                   .arg(i)
                                   .arg(QLatin1String(language), m.captured(0));
            }
        }
    }
    if (checked)
        *checked = count;
    return missing;
}

constexpr TcpFlags SynAck = TcpFlag::Syn | TcpFlag::Ack;
constexpr TcpFlags FinAck = TcpFlag::Fin | TcpFlag::Ack;
constexpr TcpFlags RstAck = TcpFlag::Rst | TcpFlag::Ack;

// The ids this library ships (docs/teaching-notes.md, one lesson each).
const QStringList libraryIds = {
    QStringLiteral("handshake-and-close"), QStringLiteral("lost-syn"),
    QStringLiteral("simultaneous-open"), QStringLiteral("simultaneous-close"),
    QStringLiteral("lost-final-ack"),
    QStringLiteral("three-way-handshake"), QStringLiteral("lost-syn-ack"),
    QStringLiteral("syn-timeout"), QStringLiteral("connection-refused"),
    QStringLiteral("old-duplicate-syn"), QStringLiteral("two-way-handshake-problem"),
    QStringLiteral("data-transfer"), QStringLiteral("mss-pppoe"), QStringLiteral("half-close"),
    QStringLiteral("server-closes-first"), QStringLiteral("three-segment-close"),
    QStringLiteral("fin-wait-2-timeout"), QStringLiteral("no-time-wait-lost-ack"),
    QStringLiteral("old-segment-new-incarnation"), QStringLiteral("syn-flood"),
    QStringLiteral("syn-flood-cookies"), QStringLiteral("keepalive-dead-peer"),
    QStringLiteral("half-open-discovery"), QStringLiteral("abort-rst"),
    QStringLiteral("close-with-unread-data"), QStringLiteral("process-killed"),
    QStringLiteral("time-wait-new-syn"), QStringLiteral("time-wait-assassination"),
};

} // namespace

class TestScenarioTeachingPoints : public QObject
{
    Q_OBJECT

private slots:
    // The library as a whole.
    void everyLessonIsBuiltIn();
    void builtInScenarioHasCompleteBilingualTexts_data();
    void builtInScenarioHasCompleteBilingualTexts();
    void lessonOrderIsUniqueWithinEachGroup();
    void threeWayHandshakeIsTheFirstLesson();
    void everySeqAndAckQuotedInTheNotesAppearsInTheTrace_data();
    void everySeqAndAckQuotedInTheNotesAppearsInTheTrace();
    void aNoteQuotingANumberTheRunLacksIsCaught();

    // Opening.
    void handshakeTakesThreeSegmentsAndAcksIsnPlusOne();
    void handshakeAndCloseOpensWithThreeSegmentsAndClosesWithFour();
    void lostSynIsSentAgainAfterOneSecondWithTheSameSeq();
    void simultaneousOpenTakesFourSegmentsThroughSynReceived();
    void lostSynAckIsRetransmittedAndRepeatedSynIsAnsweredAgain();
    void unansweredSynBacksOffOneToThirtyTwoSecondsAndTimesOutAfter127();
    void synToClosedPortIsRefusedWithRstAck();
    void oldDuplicateSynIsResetByClientAndServerDropsHalfOpenEntry();
    void twoWayHandshakeLeavesServerHoldingAnUnusedConnection();

    // Data.
    void dataIsCutByMssAndAcknowledgedWithSeqPlusLength();
    void zeroWindowIsProbedWithGrowingGapsUntilTheReaderOpensIt();
    void pppoeSideAnnouncesMss1452AndNoSegmentExceedsIt();

    // Closing.
    void simultaneousCloseGoesThroughClosingToTimeWaitOnBothSides();
    void serverThatClosesFirstHoldsTimeWait();
    void halfClosedClientKeepsReceivingData();
    void delayedAckRidesOnFinGivingThreeSegmentClose();
    void orphanedFinWait2TimesOutAfter60Seconds();

    // TIME-WAIT.
    void lostFinalAckIsRepeatedFromTimeWaitWhichStartsOver();
    void withoutTimeWaitRetransmittedFinMeetsRst();
    void withoutTimeWaitOldSegmentIsTakenAsNewIncarnationData();
    void higherSequenceSynEndsTimeWaitOnLinuxButNotUnderTheStrictRule();
    void rstInTimeWaitEndsItOnLinuxButIsIgnoredUnderRfc1337();
    void newIncarnationAfterTimeWaitStartsBeyondOldSndNxtOnLinux();

    // Failures.
    void killedProcessStillClosesWithFin();
    void closeWithUnreadDataSendsRstNotFin();
    void abortSendsRstAndNobodyEntersTimeWait();
    void rstNotAtRcvNxtDrawsChallengeAckAndOnlyTheExactRstResets();
    void blindInWindowRstGuessDrawsChallengeAckUnderRfc5961AndResetsUnderTheOldRule();
    void rebootedPeerAnswersDataWithRst();
    void keepaliveSendsNineProbes75SecondsApartThenTimesOut();

    // Attacks.
    void synFloodFillsSynQueueAndLocksClientOut();
    void synCookiesLetClientInDuringFlood();
    void forgedRstFromMiddleboxResetsBothEndsThatNeverReset();
    void dataOnAHandMadeSynIsNotAcknowledgedAndTheToolsOwnTcpResets();
};

// ---- the library -------------------------------------------------------------------------

void TestScenarioTeachingPoints::everyLessonIsBuiltIn()
{
    const QStringList ids = ScenarioLibrary::ids();
    for (const QString &id : libraryIds)
        QVERIFY2(ids.contains(id), qPrintable(QStringLiteral("built-in scenario '%1' is missing").arg(id)));
}

void TestScenarioTeachingPoints::builtInScenarioHasCompleteBilingualTexts_data()
{
    QTest::addColumn<QString>("id");
    for (const QString &id : ScenarioLibrary::ids())
        QTest::newRow(qPrintable(id)) << id;
}

void TestScenarioTeachingPoints::builtInScenarioHasCompleteBilingualTexts()
{
    QFETCH(QString, id);
    const Scenario s = ScenarioLibrary::load(id).scenario;
    QCOMPARE(s.id, id);
    QVERIFY2(!s.title.en.trimmed().isEmpty(), "English title missing");
    QVERIFY2(!s.title.zh.trimmed().isEmpty(), "Chinese title missing");
    QVERIFY2(!s.summary.en.trimmed().isEmpty(), "English summary missing");
    QVERIFY2(!s.summary.zh.trimmed().isEmpty(), "Chinese summary missing");
    QVERIFY2(ScenarioLibrary::lessons().contains(s.lesson),
             qPrintable(QStringLiteral("lesson '%1' is not a lesson group").arg(s.lesson)));
    QVERIFY2(!s.notes.isEmpty(), "a lesson without notes teaches nothing");
    SimTime previous = -1;
    for (int i = 0; i < s.notes.size(); ++i) {
        const ScenarioNote &n = s.notes[i];
        QVERIFY2(!n.text.en.trimmed().isEmpty(), qPrintable(QStringLiteral("notes[%1]: English text missing").arg(i)));
        QVERIFY2(!n.text.zh.trimmed().isEmpty(), qPrintable(QStringLiteral("notes[%1]: Chinese text missing").arg(i)));
        QVERIFY2(n.at >= previous, qPrintable(QStringLiteral("notes[%1] is earlier than the note before it").arg(i)));
        QVERIFY2(n.at <= s.duration, qPrintable(QStringLiteral("notes[%1] is after the end of the run").arg(i)));
        previous = n.at;
    }
    for (const HostSpec &h : s.hosts) {
        if (!h.label.isEmpty()) {
            QVERIFY2(!h.label.en.isEmpty() && !h.label.zh.isEmpty(),
                     qPrintable(QStringLiteral("host %1: label needs both languages").arg(h.name)));
        }
    }
}

// "Next" walks the library in order; two scenarios with the same place would be ordered by
// their id, which is an accident, not a teaching order.
void TestScenarioTeachingPoints::lessonOrderIsUniqueWithinEachGroup()
{
    QSet<QString> seen;
    for (const Scenario &s : ScenarioLibrary::scenarios()) {
        const QString place = s.lesson + QLatin1Char('#') + QString::number(s.lessonOrder);
        QVERIFY2(!seen.contains(place), qPrintable(QStringLiteral("%1 shares its place %2").arg(s.id, place)));
        seen.insert(place);
    }
}

void TestScenarioTeachingPoints::threeWayHandshakeIsTheFirstLesson()
{
    QCOMPARE(ScenarioLibrary::ids().value(0), QStringLiteral("three-way-handshake"));
}

// The notes quote sequence and acknowledgment numbers ("SYN,ACK seq=5000 ack=1001"): each
// must be one the run really shows, in both languages, or the learner reads numbers the
// diagram does not have.
void TestScenarioTeachingPoints::everySeqAndAckQuotedInTheNotesAppearsInTheTrace_data()
{
    QTest::addColumn<QString>("id");
    for (const QString &id : ScenarioLibrary::ids())
        QTest::newRow(qPrintable(id)) << id;
}

void TestScenarioTeachingPoints::everySeqAndAckQuotedInTheNotesAppearsInTheTrace()
{
    QFETCH(QString, id);
    int checked = 0;
    const QStringList missing = quotedNumbersMissingFromTheTrace(run(id), &checked);
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QLatin1Char('\n'))));
    qInfo("%d quoted numbers checked", checked);
}

// The check above can fail: a note quoting a number the run never shows is caught, in
// either language.
void TestScenarioTeachingPoints::aNoteQuotingANumberTheRunLacksIsCaught()
{
    Run r = run(QStringLiteral("handshake-and-close"));
    QCOMPARE(quotedNumbersMissingFromTheTrace(r), QStringList());
    r.scenario.notes[2].text.zh.replace(QStringLiteral("ack=1001"), QStringLiteral("ack=1000"));
    QCOMPARE(quotedNumbersMissingFromTheTrace(r).size(), 1);
    // seq=1001 is in the run too (A's ACK carries it): still only the zh one above.
    r.scenario.notes[1].text.en.replace(QStringLiteral("seq=1000"), QStringLiteral("seq=1001"));
    QCOMPARE(quotedNumbersMissingFromTheTrace(r).size(), 1);
    r.scenario.notes[1].text.en.replace(QStringLiteral("seq=1001"), QStringLiteral("seq=999"));
    QCOMPARE(quotedNumbersMissingFromTheTrace(r).size(), 2);
}

// ---- opening -----------------------------------------------------------------------------

void TestScenarioTeachingPoints::handshakeAndCloseOpensWithThreeSegmentsAndClosesWithFour()
{
    const Run r = run(QStringLiteral("handshake-and-close"));
    // Relative numbers: SYN and FIN take one each, data one per byte (18 and 19 bytes).
    const QStringList expected = {
        QStringLiteral("A>B SYN seq=0"),
        QStringLiteral("B>A SYN,ACK seq=0 ack=1"),
        QStringLiteral("A>B ACK seq=1 ack=1"),
        QStringLiteral("A>B PSH,ACK seq=1 ack=1 len=18"),
        QStringLiteral("B>A ACK seq=1 ack=19"),
        QStringLiteral("B>A PSH,ACK seq=1 ack=19 len=19"),
        QStringLiteral("A>B ACK seq=19 ack=20"),
        QStringLiteral("A>B FIN,ACK seq=19 ack=20"), // the active close
        QStringLiteral("B>A ACK seq=20 ack=20"),     // ACK at once: four segments, not three
        QStringLiteral("B>A FIN,ACK seq=20 ack=20"),
        QStringLiteral("A>B ACK seq=20 ack=21"),
    };
    QCOMPARE(r.wire(), expected);
    QCOMPARE(r.trace.segments[0].segment.seq, 1000u); // the ISNs the lesson fixes
    QCOMPARE(r.trace.segments[1].segment.seq, 5000u);

    const int client = r.connections(QStringLiteral("A")).value(0, -1);
    const int server = r.connections(QStringLiteral("B")).value(0, -1);
    QCOMPARE(r.path(client), (QList<TcpState>{TcpState::Closed, TcpState::SynSent, TcpState::Established,
                                               TcpState::FinWait1, TcpState::FinWait2, TcpState::TimeWait,
                                               TcpState::Closed}));
    QCOMPARE(r.path(server), (QList<TcpState>{TcpState::Listen, TcpState::SynReceived, TcpState::Established,
                                               TcpState::CloseWait, TcpState::LastAck, TcpState::Closed}));
    // One-way delay 50 ms: the handshake ends 100 ms after the SYN on the client, 150 ms on
    // the server; the client holds TIME-WAIT 2×MSL = 60 s from B's FIN; B never does.
    QCOMPARE(r.entered(client, TcpState::SynSent), msToUs(10));
    QCOMPARE(r.entered(client, TcpState::Established), msToUs(110));
    QCOMPARE(r.entered(server, TcpState::Established), msToUs(160));
    QCOMPARE(r.entered(client, TcpState::TimeWait), msToUs(1250));
    QCOMPARE(r.states(QStringLiteral("A")).last().time - r.entered(client, TcpState::TimeWait), secondsToUs(60));
    QCOMPARE(r.states(QStringLiteral("A")).last().cause, StateCause::TimeWaitExpired);
    QCOMPARE(r.entered(server, TcpState::Closed), msToUs(1300));
    // Each application read the other's bytes; B's is told end-of-stream by A's FIN. A's
    // application closed first and is gone by the time B's FIN comes: nobody to tell.
    QCOMPARE(r.notices(QStringLiteral("B"), NoticeKind::DataReceived).value(0).data, QByteArray("GET / HTTP/1.0\r\n\r\n"));
    QCOMPARE(r.notices(QStringLiteral("A"), NoticeKind::DataReceived).value(0).data, QByteArray("HTTP/1.0 200 OK\r\n\r\n"));
    QCOMPARE(r.notices(QStringLiteral("B"), NoticeKind::EndOfStream).size(), 1);
    QCOMPARE(r.notices(QStringLiteral("B"), NoticeKind::EndOfStream).first().time, msToUs(950));
    QCOMPARE(r.notices(QStringLiteral("A"), NoticeKind::EndOfStream).size(), 0);
}

void TestScenarioTeachingPoints::lostSynIsSentAgainAfterOneSecondWithTheSameSeq()
{
    const Run r = run(QStringLiteral("lost-syn"));
    QCOMPARE(r.wire(), (QStringList{QStringLiteral("A>B SYN seq=0 lost"), QStringLiteral("A>B SYN seq=0 again"),
                                    QStringLiteral("B>A SYN,ACK seq=0 ack=1"), QStringLiteral("A>B ACK seq=1 ack=1")}));
    const QList<SegmentRecord> syns = r.sentExactly(QStringLiteral("A"), TcpFlag::Syn);
    QCOMPARE(syns[0].segment.seq, 1000u);
    QCOMPARE(syns[1].segment.seq, 1000u);
    // The initial RTO is 1 s (RFC 6298 §2.1); the retry doubles it to 2 s.
    QCOMPARE(syns[0].sentAt, msToUs(10));
    QCOMPARE(syns[1].sentAt - syns[0].sentAt, secondsToUs(1));
    SimTime rearmed = -1;
    for (const TraceEvent &e : r.trace.events) {
        if (e.type == TraceEventType::Timer && e.timer == TimerKind::Retransmission
            && e.timerAction == TimerAction::Set && e.time == syns[1].sentAt)
            rearmed = e.due - e.time;
    }
    QCOMPARE(rearmed, secondsToUs(2));
    // The lost SYN left no trace at B: one connection, opened by the second SYN.
    QCOMPARE(r.connections(QStringLiteral("B")).size(), 1);
    const int client = r.connections(QStringLiteral("A")).value(0, -1);
    const int server = r.connections(QStringLiteral("B")).value(0, -1);
    QCOMPARE(r.path(client), (QList<TcpState>{TcpState::Closed, TcpState::SynSent, TcpState::Established}));
    QCOMPARE(r.path(server), (QList<TcpState>{TcpState::Listen, TcpState::SynReceived, TcpState::Established}));
    QCOMPARE(r.entered(server, TcpState::SynReceived), msToUs(1060));
    QCOMPARE(r.entered(client, TcpState::Established), msToUs(1110)); // one RTO late
    QCOMPARE(r.entered(server, TcpState::Established), msToUs(1160));
}

void TestScenarioTeachingPoints::simultaneousOpenTakesFourSegmentsThroughSynReceived()
{
    const Run r = run(QStringLiteral("simultaneous-open"));
    // Two SYNs cross; each SYN,ACK repeats its sender's SYN and acknowledges the other's.
    // No separate ACK follows: four segments, one connection.
    QCOMPARE(r.wire(), (QStringList{QStringLiteral("A>B SYN seq=0"), QStringLiteral("B>A SYN seq=0"),
                                    QStringLiteral("B>A SYN,ACK seq=0 ack=1"),
                                    QStringLiteral("A>B SYN,ACK seq=0 ack=1")}));
    QCOMPARE(r.sentExactly(QStringLiteral("A"), TcpFlag::Syn).value(0).segment.seq, 1000u);
    QCOMPARE(r.sentExactly(QStringLiteral("B"), TcpFlag::Syn).value(0).segment.seq, 5000u);
    for (const QString &h : {QStringLiteral("A"), QStringLiteral("B")}) {
        QCOMPARE(r.connections(h).size(), 1);
        QVERIFY(r.trace.socketsOf(r.host(h)).size() == 1); // nobody listens
        const int socket = r.connections(h).first();
        QCOMPARE(r.path(socket), (QList<TcpState>{TcpState::Closed, TcpState::SynSent, TcpState::SynReceived,
                                                   TcpState::Established}));
        QCOMPARE(r.entered(socket, TcpState::SynSent), msToUs(100));
        QCOMPARE(r.entered(socket, TcpState::SynReceived), msToUs(150));
        QCOMPARE(r.entered(socket, TcpState::Established), msToUs(200));
        QCOMPARE(r.notices(h, NoticeKind::Established).size(), 1);
    }
}

void TestScenarioTeachingPoints::handshakeTakesThreeSegmentsAndAcksIsnPlusOne()
{
    const Run r = run(QStringLiteral("three-way-handshake"));
    QCOMPARE(r.trace.segments.size(), 3);
    const Segment &syn = r.trace.segments[0].segment;
    const Segment &synAck = r.trace.segments[1].segment;
    const Segment &ack = r.trace.segments[2].segment;
    QCOMPARE(syn.flags, TcpFlags(TcpFlag::Syn)); // no ACK flag: its ack field means nothing
    QCOMPARE(syn.seq, 1000u);
    QCOMPARE(syn.mss, uint16_t(1460));
    QCOMPARE(synAck.flags, SynAck);
    QCOMPARE(synAck.seq, 5000u);
    QCOMPARE(synAck.ack, syn.seq + 1); // the SYN used one sequence number
    QCOMPARE(ack.flags, TcpFlags(TcpFlag::Ack));
    QCOMPARE(ack.seq, 1001u);
    QCOMPARE(ack.ack, synAck.seq + 1);

    const QList<TraceEvent> server = r.states(QStringLiteral("B"));
    QCOMPARE(server.size(), 2);
    QCOMPARE(server[0].fromState, TcpState::Listen);
    QCOMPARE(server[0].toState, TcpState::SynReceived);
    QCOMPARE(server[1].toState, TcpState::Established);
    const QList<TraceEvent> client = r.states(QStringLiteral("A"));
    QCOMPARE(client.size(), 2);
    QCOMPARE(client[0].toState, TcpState::SynSent);
    QCOMPARE(client[1].toState, TcpState::Established);
    QCOMPARE(r.notices(QStringLiteral("A"), NoticeKind::Established).size(), 1);
    QCOMPARE(r.notices(QStringLiteral("B"), NoticeKind::Established).size(), 1);
}

void TestScenarioTeachingPoints::lostSynAckIsRetransmittedAndRepeatedSynIsAnsweredAgain()
{
    const Run r = run(QStringLiteral("lost-syn-ack"));
    const QList<SegmentRecord> synAcks = r.sentExactly(QStringLiteral("B"), SynAck);
    QVERIFY(synAcks.size() >= 3);
    QVERIFY(synAcks[0].dropped);
    for (const SegmentRecord &s : synAcks) {
        QCOMPARE(s.segment.seq, 5000u);
        QCOMPARE(s.segment.ack, 1001u);
    }
    // The server's own timer: a retransmission 1 s (the initial RTO) after the first.
    QCOMPARE(synAcks[1].kind, SegmentKind::Retransmission);
    QCOMPARE(synAcks[1].sentAt - synAcks[0].sentAt, secondsToUs(1));
    // The client's retransmitted SYN arrives and is answered with SYN,ACK once more.
    const QList<SegmentRecord> syns = r.sentExactly(QStringLiteral("A"), TcpFlag::Syn);
    QCOMPARE(syns.size(), 2);
    QCOMPARE(syns[1].kind, SegmentKind::Retransmission);
    QCOMPARE(syns[1].segment.seq, 1000u);
    QVERIFY(!syns[1].dropped);
    bool answered = false;
    for (const SegmentRecord &s : synAcks)
        answered = answered || (s.sentAt == syns[1].arrivesAt && s.id != synAcks[1].id);
    QVERIFY2(answered, "the retransmitted SYN was not answered by its own SYN,ACK");
    // Same connection, not a second one.
    QCOMPARE(r.connections(QStringLiteral("B")).size(), 1);
    QVERIFY(r.reached(QStringLiteral("A"), TcpState::Established));
    QVERIFY(r.reached(QStringLiteral("B"), TcpState::Established));
}

void TestScenarioTeachingPoints::unansweredSynBacksOffOneToThirtyTwoSecondsAndTimesOutAfter127()
{
    const Run r = run(QStringLiteral("syn-timeout"));
    const QList<SegmentRecord> syns = r.sentExactly(QStringLiteral("A"), TcpFlag::Syn);
    QCOMPARE(syns.size(), 7); // the first SYN and 6 retries (tcp_syn_retries)
    const QList<int> gaps = {1, 2, 4, 8, 16, 32};
    for (int i = 0; i < gaps.size(); ++i) {
        QCOMPARE(syns[i + 1].sentAt - syns[i].sentAt, secondsToUs(gaps[i]));
        QCOMPARE(syns[i + 1].segment.seq, 1000u);
    }
    for (const SegmentRecord &s : syns)
        QVERIFY(s.dropped);
    const QList<TraceEvent> timedOut = r.notices(QStringLiteral("A"), NoticeKind::TimedOut);
    QCOMPARE(timedOut.size(), 1);
    QCOMPARE(timedOut[0].time - syns[0].sentAt, secondsToUs(127));
    const auto closed = r.firstState(QStringLiteral("A"), TcpState::Closed);
    QVERIFY(closed);
    QCOMPARE(closed->cause, StateCause::RetriesExhausted);
    QVERIFY(!r.reached(QStringLiteral("A"), TcpState::Established));
    QVERIFY(r.trace.endTime >= timedOut[0].time);
}

void TestScenarioTeachingPoints::synToClosedPortIsRefusedWithRstAck()
{
    const Run r = run(QStringLiteral("connection-refused"));
    const QList<SegmentRecord> rst = r.sent(QStringLiteral("B"), TcpFlag::Rst);
    QCOMPARE(rst.size(), 1);
    QCOMPARE(rst[0].segment.flags, RstAck);
    QCOMPARE(rst[0].segment.seq, 0u);
    QCOMPARE(rst[0].segment.ack, 1001u); // acknowledges the SYN so that A accepts it
    QCOMPARE(r.sent(QStringLiteral("A")).size(), 1); // no retransmission: refused at once
    const QList<TraceEvent> refused = r.notices(QStringLiteral("A"), NoticeKind::ConnectionRefused);
    QCOMPARE(refused.size(), 1);
    QCOMPARE(refused[0].time, rst[0].arrivesAt);
    QVERIFY(!r.reached(QStringLiteral("A"), TcpState::Established));
    QVERIFY(r.connections(QStringLiteral("B")).isEmpty()); // the server kept no state
}

void TestScenarioTeachingPoints::oldDuplicateSynIsResetByClientAndServerDropsHalfOpenEntry()
{
    const Run r = run(QStringLiteral("old-duplicate-syn"));
    const QList<SegmentRecord> syns = r.sent(QStringLiteral("A"), TcpFlag::Syn, true);
    QCOMPARE(syns.size(), 2);
    const SegmentRecord &copy = syns[1];
    QCOMPARE(copy.kind, SegmentKind::Duplicate);
    // It arrives after the first connection has left every trace (A's TIME-WAIT is over).
    const int firstClient = r.connections(QStringLiteral("A")).first();
    QVERIFY(r.reached(QStringLiteral("A"), TcpState::TimeWait));
    QCOMPARE(r.trace.stateAt(firstClient, copy.arrivesAt), TcpState::Closed);
    QCOMPARE(r.connections(QStringLiteral("A")).size(), 1); // A never asked for a second one

    const QList<int> serverSockets = r.connections(QStringLiteral("B"));
    QCOMPARE(serverSockets.size(), 2); // the real connection, then the old SYN's half-open entry
    const int halfOpen = serverSockets[1];
    const QList<TraceEvent> st = r.states(QStringLiteral("B"), halfOpen);
    QCOMPARE(st.size(), 2);
    QCOMPARE(st[0].time, copy.arrivesAt);
    QCOMPARE(st[0].toState, TcpState::SynReceived);
    // RFC 9293 §3.10.7.4: a passive open's half-open connection returns to LISTEN.
    QCOMPARE(st[1].toState, TcpState::Listen);
    QCOMPARE(st[1].cause, StateCause::RstReceived);

    const QList<SegmentRecord> synAcks = r.sentExactly(QStringLiteral("B"), SynAck);
    const SegmentRecord &unexpected = synAcks.last();
    QCOMPARE(unexpected.sentAt, copy.arrivesAt);
    const QList<SegmentRecord> rst = r.sent(QStringLiteral("A"), TcpFlag::Rst);
    QCOMPARE(rst.size(), 1);
    QCOMPARE(rst[0].sentAt, unexpected.arrivesAt);
    QCOMPARE(rst[0].segment.seq, unexpected.segment.ack); // RFC 9293 §3.10.7.1
    // The server's application never heard of the old SYN.
    for (const TraceEvent &e : r.notices(QStringLiteral("B"), NoticeKind::Established))
        QVERIFY(e.socket != halfOpen);
}

void TestScenarioTeachingPoints::twoWayHandshakeLeavesServerHoldingAnUnusedConnection()
{
    const Run r = run(QStringLiteral("two-way-handshake-problem"));
    QCOMPARE(r.scenario.protocol.variant, ProtocolVariant::TwoWayHandshake);
    QCOMPARE(r.scenario.compareVariant, QStringLiteral("standard"));
    const QList<int> serverSockets = r.connections(QStringLiteral("B"));
    QCOMPARE(serverSockets.size(), 2);
    const int ghost = serverSockets[1];
    QCOMPARE(r.finalState(ghost), TcpState::Established);
    const QList<TraceEvent> st = r.states(QStringLiteral("B"), ghost);
    QCOMPARE(st.size(), 1);
    QCOMPARE(st[0].fromState, TcpState::Listen);
    QCOMPARE(st[0].cause, StateCause::TwoWayHandshake);
    bool told = false;
    for (const TraceEvent &e : r.notices(QStringLiteral("B"), NoticeKind::Established))
        told = told || e.socket == ghost;
    QVERIFY2(told, "the server's application should have been given the ghost connection");
    for (const TraceEvent &e : r.notices(QStringLiteral("B"), NoticeKind::DataReceived))
        QVERIFY2(e.socket != ghost, "nobody uses the ghost connection");
    QVERIFY(r.sent(QStringLiteral("A"), TcpFlag::Rst).isEmpty());
    for (int s : r.connections(QStringLiteral("A")))
        QCOMPARE(r.finalState(s), TcpState::Closed);

    // The real rule: the same story ends with the half-open entry reset.
    const Run standard = run(QStringLiteral("two-way-handshake-problem"), QStringLiteral("standard"));
    const QList<int> sockets = standard.connections(QStringLiteral("B"));
    QCOMPARE(sockets.size(), 2);
    QCOMPARE(standard.finalState(sockets[1]), TcpState::Listen); // back to its listener
    QCOMPARE(standard.sent(QStringLiteral("A"), TcpFlag::Rst).size(), 1);
}

void TestScenarioTeachingPoints::zeroWindowIsProbedWithGrowingGapsUntilTheReaderOpensIt()
{
    // RFC 9293 §3.8.6.1: a sender blocked by a zero window probes it, backing off; the
    // receiver answers every probe with its window, and announces the opening when its
    // application reads (§3.8.6.2.2).
    const Run r = run(QStringLiteral("zero-window-probe"));
    QList<SegmentRecord> probes;
    for (const SegmentRecord &seg : r.sent(QStringLiteral("A")))
        if (seg.reason == SendReason::ZeroWindowProbe)
            probes << seg;
    QVERIFY2(probes.size() >= 3, qPrintable(QString::number(probes.size())));
    for (int i = 0; i < probes.size(); ++i) {
        QCOMPARE(probes[i].segment.seq, 2001u);
        QCOMPARE(probes[i].segment.payload.size(), 1);
        if (i >= 2) // each gap twice the one before
            QCOMPARE(probes[i].sentAt - probes[i - 1].sentAt, 2 * (probes[i - 1].sentAt - probes[i - 2].sentAt));
    }
    int zeroWindowAcks = 0;
    SimTime update = -1;
    for (const SegmentRecord &seg : r.sent(QStringLiteral("B"), TcpFlag::Ack)) {
        if (seg.segment.window == 0 && seg.segment.ack == 2001)
            ++zeroWindowAcks;
        if (seg.segment.window == 1000 && seg.segment.ack == 2001)
            update = seg.sentAt;
    }
    QVERIFY(zeroWindowAcks >= probes.size() + 1); // the first zero window, then one per probe
    QCOMPARE(update, msToUs(3000)); // at the read, not at the next probe
    // The rest of the data goes out when the update arrives.
    bool restSent = false;
    for (const SegmentRecord &seg : r.sent(QStringLiteral("A")))
        restSent |= seg.segment.seq == 2001 && seg.segment.payload.size() == 500 && seg.sentAt == msToUs(3050);
    QVERIFY(restSent);
}

// ---- data --------------------------------------------------------------------------------

void TestScenarioTeachingPoints::dataIsCutByMssAndAcknowledgedWithSeqPlusLength()
{
    const Run r = run(QStringLiteral("data-transfer"));
    auto originals = [&r](const QString &host) {
        QList<SegmentRecord> out;
        for (const SegmentRecord &s : r.dataSegments(host)) {
            if (s.kind == SegmentKind::Original)
                out << s;
        }
        return out;
    };
    const QList<SegmentRecord> request = originals(QStringLiteral("A"));
    QCOMPARE(request.size(), 2);
    QCOMPARE(request[0].segment.length(), 1460u);
    QCOMPARE(request[1].segment.length(), 540u);
    QCOMPARE(request[1].segment.seq, request[0].segment.seq + 1460);
    const QList<SegmentRecord> reply = originals(QStringLiteral("B"));
    QCOMPARE(reply.size(), 3);
    QCOMPARE(reply[0].segment.seq, 5001u);
    QCOMPARE(reply[0].segment.length(), 1460u);
    QCOMPARE(reply[1].segment.length(), 1460u);
    QCOMPARE(reply[2].segment.length(), 1080u);
    QCOMPARE(reply[2].segment.seq, 7921u);

    // B acknowledges each request segment with seq + len, not seq + 1.
    QList<uint32_t> acks;
    for (const SegmentRecord &s : r.sent(QStringLiteral("B"))) {
        if (s.segment.length() == 0 && s.segment.flags == TcpFlag::Ack && s.sentAt > request[0].sentAt)
            acks << s.segment.ack;
    }
    QVERIFY(acks.contains(request[0].segment.seq + request[0].segment.length()));
    QVERIFY(acks.contains(request[1].segment.seq + request[1].segment.length()));

    // The lost middle segment: A repeats its cumulative ACK, B resends the same bytes.
    QVERIFY(reply[1].dropped);
    QVERIFY(!reply[0].dropped && !reply[2].dropped);
    int duplicateAcks = 0;
    for (const SegmentRecord &s : r.sent(QStringLiteral("A"))) {
        if (s.segment.length() == 0 && s.segment.ack == reply[1].segment.seq)
            ++duplicateAcks;
    }
    QCOMPARE(duplicateAcks, 2);
    QList<SegmentRecord> resent;
    for (const SegmentRecord &s : r.dataSegments(QStringLiteral("B"))) {
        if (s.kind == SegmentKind::Retransmission)
            resent << s;
    }
    QCOMPARE(resent.size(), 1);
    QCOMPARE(resent[0].segment.seq, reply[1].segment.seq);
    QCOMPARE(resent[0].segment.length(), reply[1].segment.length());
    QCOMPARE(resent[0].retransmissionOf, reply[1].id);
    const SegmentRecord last = r.sent(QStringLiteral("A")).last();
    QCOMPARE(last.segment.ack, 9001u); // 7921 + 1080: everything at once
    QVERIFY(last.sentAt == resent[0].arrivesAt);
    int delivered = 0;
    for (const TraceEvent &e : r.notices(QStringLiteral("A"), NoticeKind::DataReceived))
        delivered += int(e.data.size());
    QCOMPARE(delivered, 4000);
}

void TestScenarioTeachingPoints::pppoeSideAnnouncesMss1452AndNoSegmentExceedsIt()
{
    const Run r = run(QStringLiteral("mss-pppoe"));
    const QList<SegmentRecord> syn = r.sentExactly(QStringLiteral("A"), TcpFlag::Syn);
    const QList<SegmentRecord> synAck = r.sentExactly(QStringLiteral("B"), SynAck);
    QCOMPARE(syn.size(), 1);
    QCOMPARE(synAck.size(), 1);
    QCOMPARE(syn[0].segment.mss, uint16_t(1452)); // MTU 1492 − 40
    QCOMPARE(synAck[0].segment.mss, uint16_t(1460)); // MTU 1500 − 40
    int full = 0, data = 0;
    for (const SegmentRecord &s : r.trace.segments) {
        QVERIFY2(s.segment.length() <= 1452,
                 qPrintable(QStringLiteral("segment %1 carries %2 bytes").arg(s.id).arg(s.segment.length())));
        if (s.segment.length() > 0)
            ++data;
        if (s.segment.length() == 1452)
            ++full;
        if (s.segment.length() > 0) // the MSS option is only for SYN segments
            QCOMPARE(s.segment.mss, uint16_t(0));
    }
    QVERIFY(data >= 5);
    QCOMPARE(full, 3); // one from A, two from B: both directions use the smaller MSS
}

// ---- closing -----------------------------------------------------------------------------

void TestScenarioTeachingPoints::simultaneousCloseGoesThroughClosingToTimeWaitOnBothSides()
{
    const Run r = run(QStringLiteral("simultaneous-close"));
    QCOMPARE(r.wire(), (QStringList{QStringLiteral("A>B SYN seq=0"), QStringLiteral("B>A SYN,ACK seq=0 ack=1"),
                                    QStringLiteral("A>B ACK seq=1 ack=1"),
                                    // Both FINs leave at 1 s and cross; each is acknowledged.
                                    QStringLiteral("A>B FIN,ACK seq=1 ack=1"), QStringLiteral("B>A FIN,ACK seq=1 ack=1"),
                                    QStringLiteral("B>A ACK seq=2 ack=2"), QStringLiteral("A>B ACK seq=2 ack=2")}));
    for (const QString &h : {QStringLiteral("A"), QStringLiteral("B")}) {
        const int socket = r.connections(h).value(0, -1);
        const QList<TcpState> path = r.path(socket);
        QCOMPARE(path.mid(path.indexOf(TcpState::Established)),
                 (QList<TcpState>{TcpState::Established, TcpState::FinWait1, TcpState::Closing, TcpState::TimeWait,
                                  TcpState::Closed}));
        QCOMPARE(r.entered(socket, TcpState::FinWait1), msToUs(1000));
        QCOMPARE(r.entered(socket, TcpState::Closing), msToUs(1050));
        QCOMPARE(r.entered(socket, TcpState::TimeWait), msToUs(1100));
        QCOMPARE(r.entered(socket, TcpState::Closed), msToUs(1100) + secondsToUs(60)); // both wait 2×MSL
        QVERIFY(!r.reached(h, TcpState::FinWait2));
        QVERIFY(!r.reached(h, TcpState::CloseWait));
        QVERIFY(!r.reached(h, TcpState::LastAck));
    }
}

void TestScenarioTeachingPoints::serverThatClosesFirstHoldsTimeWait()
{
    const Run r = run(QStringLiteral("server-closes-first"));
    const QList<SegmentRecord> fins = [&r] {
        QList<SegmentRecord> all;
        for (const SegmentRecord &s : r.trace.segments) {
            if (s.segment.has(TcpFlag::Fin))
                all << s;
        }
        return all;
    }();
    QCOMPARE(fins.size(), 2);
    QCOMPARE(r.trace.hosts[fins[0].fromHost].name, QStringLiteral("B"));
    QCOMPARE(fins[0].segment.flags, FinAck); // on Linux a FIN always carries ACK
    const QList<TcpState> serverPath = {TcpState::FinWait1, TcpState::FinWait2, TcpState::TimeWait,
                                        TcpState::Closed};
    const QList<TcpState> clientPath = {TcpState::CloseWait, TcpState::LastAck, TcpState::Closed};
    auto path = [&r](const QString &host) {
        QList<TcpState> out;
        for (const TraceEvent &e : r.states(host)) {
            if (e.fromState == TcpState::Established || !out.isEmpty())
                out << e.toState;
        }
        return out;
    };
    QCOMPARE(path(QStringLiteral("B")), serverPath);
    QCOMPARE(path(QStringLiteral("A")), clientPath);
    QVERIFY(!r.reached(QStringLiteral("A"), TcpState::TimeWait));
    const auto tw = r.firstState(QStringLiteral("B"), TcpState::TimeWait);
    const QList<TraceEvent> bStates = r.states(QStringLiteral("B"));
    QCOMPARE(bStates.last().toState, TcpState::Closed);
    QCOMPARE(bStates.last().cause, StateCause::TimeWaitExpired);
    QCOMPARE(bStates.last().time - tw->time, secondsToUs(60)); // 2×MSL
}

void TestScenarioTeachingPoints::halfClosedClientKeepsReceivingData()
{
    const Run r = run(QStringLiteral("half-close"));
    const auto finWait1 = r.firstState(QStringLiteral("A"), TcpState::FinWait1);
    QVERIFY(finWait1);
    QCOMPARE(finWait1->cause, StateCause::AppShutdown);
    const SegmentRecord aFin = r.sent(QStringLiteral("A"), TcpFlag::Fin).first();
    const SegmentRecord bFin = r.sent(QStringLiteral("B"), TcpFlag::Fin).first();
    // After A's FIN, B's data still reaches A and A acknowledges every byte of it.
    int bytesAfterFin = 0;
    uint32_t lastEnd = 0;
    for (const SegmentRecord &s : r.dataSegments(QStringLiteral("B"))) {
        if (s.sentAt <= aFin.arrivesAt)
            continue;
        QVERIFY(!s.dropped);
        QVERIFY(s.arrivesAt < bFin.sentAt);
        const TcpState state = r.trace.stateAt(aFin.fromSocket, s.arrivesAt);
        QVERIFY2(state == TcpState::FinWait1 || state == TcpState::FinWait2,
                 qPrintable(QStringLiteral("A is %1 when data arrives").arg(tcpStateName(state))));
        bytesAfterFin += int(s.segment.length());
        lastEnd = s.segment.seq + s.segment.length();
    }
    QCOMPARE(bytesAfterFin, 3000);
    bool acked = false;
    for (const SegmentRecord &s : r.sent(QStringLiteral("A"))) {
        if (s.sentAt > aFin.sentAt && s.segment.has(TcpFlag::Ack) && s.segment.ack == lastEnd)
            acked = true;
    }
    QVERIFY(acked);
    int received = 0;
    for (const TraceEvent &e : r.notices(QStringLiteral("A"), NoticeKind::DataReceived)) {
        if (e.time > aFin.sentAt)
            received += int(e.data.size());
    }
    QCOMPARE(received, 3000);
    QVERIFY(r.reached(QStringLiteral("B"), TcpState::CloseWait));
    QVERIFY(r.reached(QStringLiteral("A"), TcpState::TimeWait)); // A sent the first FIN
}

void TestScenarioTeachingPoints::delayedAckRidesOnFinGivingThreeSegmentClose()
{
    const Run r = run(QStringLiteral("three-segment-close"));
    QVERIFY(r.scenario.protocol.delayedAck);
    int first = -1;
    for (const SegmentRecord &s : r.trace.segments) {
        if (s.segment.has(TcpFlag::Fin)) {
            first = s.id;
            break;
        }
    }
    QVERIFY(first >= 0);
    const QList<SegmentRecord> closing = r.trace.segments.mid(first);
    QCOMPARE(closing.size(), 3);
    QCOMPARE(closing[0].segment.flags, FinAck);
    QCOMPARE(r.trace.hosts[closing[0].fromHost].name, QStringLiteral("A"));
    QCOMPARE(closing[1].segment.flags, FinAck);
    QCOMPARE(r.trace.hosts[closing[1].fromHost].name, QStringLiteral("B"));
    QCOMPARE(closing[1].segment.ack, closing[0].segment.seq + 1); // B's ACK of A's FIN rides here
    QCOMPARE(closing[2].segment.flags, TcpFlags(TcpFlag::Ack));
    QCOMPARE(closing[2].segment.ack, closing[1].segment.seq + 1);
    // B's application closed within the delayed-ACK time of receiving the FIN.
    QVERIFY(closing[1].sentAt - closing[0].arrivesAt < r.scenario.protocol.delayedAckTimeout);
    // FIN-WAIT-1 receiving FIN,ACK that acknowledges its FIN goes straight to TIME-WAIT.
    const auto tw = r.firstState(QStringLiteral("A"), TcpState::TimeWait);
    QVERIFY(tw);
    QCOMPARE(tw->fromState, TcpState::FinWait1);
    QCOMPARE(tw->cause, StateCause::FinAckReceived);
    QVERIFY(!r.reached(QStringLiteral("A"), TcpState::FinWait2));
}

void TestScenarioTeachingPoints::orphanedFinWait2TimesOutAfter60Seconds()
{
    const Run r = run(QStringLiteral("fin-wait-2-timeout"));
    const auto fw2 = r.firstState(QStringLiteral("A"), TcpState::FinWait2);
    QVERIFY(fw2);
    const QList<TraceEvent> after = r.states(QStringLiteral("A"), fw2->socket);
    const TraceEvent &end = after.last();
    QCOMPARE(end.fromState, TcpState::FinWait2);
    QCOMPARE(end.toState, TcpState::Closed);
    QCOMPARE(end.cause, StateCause::FinWait2Timeout);
    QCOMPARE(end.time - fw2->time, secondsToUs(60));
    // The peer that never closed is still in CLOSE-WAIT at that moment, and its late FIN
    // finds no connection.
    const int server = r.connections(QStringLiteral("B")).first();
    QCOMPARE(r.trace.stateAt(server, end.time), TcpState::CloseWait);
    QVERIFY(r.sent(QStringLiteral("B"), TcpFlag::Fin).first().sentAt > end.time);
    QCOMPARE(r.sent(QStringLiteral("A"), TcpFlag::Rst).size(), 1);
    QCOMPARE(r.finalState(server), TcpState::Closed);
}

// ---- TIME-WAIT ---------------------------------------------------------------------------

void TestScenarioTeachingPoints::lostFinalAckIsRepeatedFromTimeWaitWhichStartsOver()
{
    const Run r = run(QStringLiteral("lost-final-ack"));
    QCOMPARE(r.wire(), (QStringList{
                           QStringLiteral("A>B SYN seq=0"), QStringLiteral("B>A SYN,ACK seq=0 ack=1"),
                           QStringLiteral("A>B ACK seq=1 ack=1"), QStringLiteral("A>B FIN,ACK seq=1 ack=1"),
                           QStringLiteral("B>A ACK seq=1 ack=2"), QStringLiteral("B>A FIN,ACK seq=1 ack=2"),
                           QStringLiteral("A>B ACK seq=2 ack=2 lost"),  // A's third segment with ACK
                           QStringLiteral("B>A FIN,ACK seq=1 ack=2 again"), // the same FIN: seq=5001
                           QStringLiteral("A>B ACK seq=2 ack=2"),
                       }));
    const int client = r.connections(QStringLiteral("A")).value(0, -1);
    const int server = r.connections(QStringLiteral("B")).value(0, -1);
    QCOMPARE(r.path(client), (QList<TcpState>{TcpState::Closed, TcpState::SynSent, TcpState::Established,
                                               TcpState::FinWait1, TcpState::FinWait2, TcpState::TimeWait,
                                               TcpState::Closed}));
    QCOMPARE(r.path(server), (QList<TcpState>{TcpState::Listen, TcpState::SynReceived, TcpState::Established,
                                               TcpState::CloseWait, TcpState::LastAck, TcpState::Closed}));
    const QList<SegmentRecord> fins = r.sent(QStringLiteral("B"), TcpFlag::Fin);
    QCOMPARE(fins.size(), 2);
    // B's timeout comes from the measured 100 ms round trip (RFC 6298: SRTT + 4·RTTVAR =
    // 100 + 4·50 ms), not the initial 1 s.
    QCOMPARE(fins[0].sentAt, msToUs(800));
    QCOMPARE(fins[1].sentAt - fins[0].sentAt, msToUs(300));
    // A entered TIME-WAIT at 0.85 s; the repeated FIN at 1.15 s started 2×MSL over, so A
    // leaves at 61.15 s, not 60.85 s.
    QCOMPARE(r.entered(client, TcpState::TimeWait), msToUs(850));
    QCOMPARE(fins[1].arrivesAt, msToUs(1150));
    QCOMPARE(r.entered(client, TcpState::Closed), msToUs(1150) + secondsToUs(60));
    QCOMPARE(r.entered(server, TcpState::Closed), msToUs(1200));
    QCOMPARE(r.sent(QStringLiteral("A"), TcpFlag::Rst).size(), 0);
    // The comparison the lesson offers: without TIME-WAIT the repeated FIN meets RST.
    QCOMPARE(r.scenario.compareVariant, QStringLiteral("no-time-wait"));
    const Run variant = run(QStringLiteral("lost-final-ack"), r.scenario.compareVariant);
    QCOMPARE(variant.sent(QStringLiteral("A"), TcpFlag::Rst).size(), 1);
}

void TestScenarioTeachingPoints::withoutTimeWaitRetransmittedFinMeetsRst()
{
    const Run r = run(QStringLiteral("no-time-wait-lost-ack"));
    QCOMPARE(r.scenario.protocol.variant, ProtocolVariant::NoTimeWait);
    QCOMPARE(r.scenario.compareVariant, QStringLiteral("standard"));
    const QList<SegmentRecord> bFins = r.sent(QStringLiteral("B"), TcpFlag::Fin);
    QCOMPARE(bFins.size(), 2);
    QCOMPARE(bFins[1].kind, SegmentKind::Retransmission);
    const QList<SegmentRecord> rst = r.sent(QStringLiteral("A"), TcpFlag::Rst);
    QCOMPARE(rst.size(), 1);
    QCOMPARE(rst[0].sentAt, bFins[1].arrivesAt);
    const QList<TraceEvent> b = r.states(QStringLiteral("B"));
    QCOMPARE(b.last().fromState, TcpState::LastAck);
    QCOMPARE(b.last().cause, StateCause::RstReceived);

    // With TIME-WAIT the same loss ends cleanly: the ACK is repeated, no RST.
    const Run standard = run(QStringLiteral("no-time-wait-lost-ack"), QStringLiteral("standard"));
    QVERIFY(standard.sent(QStringLiteral("A"), TcpFlag::Rst).isEmpty());
    const QList<TraceEvent> sb = standard.states(QStringLiteral("B"));
    QCOMPARE(sb.last().fromState, TcpState::LastAck);
    QCOMPARE(sb.last().cause, StateCause::AckOfFinReceived);
}

void TestScenarioTeachingPoints::withoutTimeWaitOldSegmentIsTakenAsNewIncarnationData()
{
    const QByteArray oldData("msg #1 old conn\n");
    const QByteArray newData("msg #2 new conn\n");
    const Run r = run(QStringLiteral("old-segment-new-incarnation"));
    QCOMPARE(r.scenario.protocol.variant, ProtocolVariant::NoTimeWait);
    const QList<int> client = r.connections(QStringLiteral("A"));
    QCOMPARE(client.size(), 2);
    QCOMPARE(r.trace.sockets[client[0]].local, r.trace.sockets[client[1]].local);
    QCOMPARE(r.trace.sockets[client[0]].remote, r.trace.sockets[client[1]].remote);
    const QList<int> server = r.connections(QStringLiteral("B"));
    QCOMPARE(server.size(), 2);
    // The delayed segment of the first incarnation arrives during the second.
    SegmentRecord delayed;
    for (const SegmentRecord &s : r.trace.segments) {
        if (s.fault == FaultKind::Delay)
            delayed = s;
    }
    QCOMPARE(delayed.fromSocket, client[0]);
    QCOMPARE(delayed.segment.payload, oldData);
    QCOMPARE(r.trace.stateAt(server[1], delayed.arrivesAt), TcpState::Established);
    QByteArray secondIncarnation;
    for (const TraceEvent &e : r.notices(QStringLiteral("B"), NoticeKind::DataReceived)) {
        if (e.socket == server[1])
            secondIncarnation += e.data;
    }
    QCOMPARE(secondIncarnation, oldData); // the old bytes, and the new ones discarded as duplicate
    QVERIFY(!secondIncarnation.contains(newData));

    // With TIME-WAIT the reconnect is refused and the old segment is taken by nobody.
    const Run standard = run(QStringLiteral("old-segment-new-incarnation"), QStringLiteral("standard"));
    QCOMPARE(standard.notices(QStringLiteral("A"), NoticeKind::AddressInUse).size(), 1);
    QCOMPARE(standard.connections(QStringLiteral("B")).size(), 1);
    QByteArray delivered;
    for (const TraceEvent &e : standard.notices(QStringLiteral("B"), NoticeKind::DataReceived))
        delivered += e.data;
    QCOMPARE(delivered, oldData); // once, in the first connection, by the retransmission
}

// ---- failures ----------------------------------------------------------------------------

void TestScenarioTeachingPoints::killedProcessStillClosesWithFin()
{
    const Run r = run(QStringLiteral("process-killed"));
    const auto fw1 = r.firstState(QStringLiteral("A"), TcpState::FinWait1);
    QVERIFY(fw1);
    QCOMPARE(fw1->cause, StateCause::ProcessExit);
    const QList<SegmentRecord> fin = r.sent(QStringLiteral("A"), TcpFlag::Fin);
    QCOMPARE(fin.size(), 1);
    QCOMPARE(fin[0].sentAt, fw1->time);
    QVERIFY(r.sent(QStringLiteral("A"), TcpFlag::Rst).isEmpty());
    QVERIFY(r.sent(QStringLiteral("B"), TcpFlag::Rst).isEmpty());
    QVERIFY(r.notices(QStringLiteral("B"), NoticeKind::ConnectionReset).isEmpty());
    QVERIFY(!r.notices(QStringLiteral("B"), NoticeKind::EndOfStream).isEmpty());
    QVERIFY(r.reached(QStringLiteral("A"), TcpState::TimeWait)); // the kernel finishes alone
    QCOMPARE(r.states(QStringLiteral("B")).last().cause, StateCause::AckOfFinReceived);
}

void TestScenarioTeachingPoints::closeWithUnreadDataSendsRstNotFin()
{
    const Run r = run(QStringLiteral("close-with-unread-data"));
    QVERIFY(r.notices(QStringLiteral("B"), NoticeKind::DataReceived).isEmpty()); // never read
    QVERIFY(r.sent(QStringLiteral("B"), TcpFlag::Fin).isEmpty());
    const QList<SegmentRecord> rst = r.sent(QStringLiteral("B"), TcpFlag::Rst);
    QCOMPARE(rst.size(), 1);
    const QList<TraceEvent> b = r.states(QStringLiteral("B"));
    QCOMPARE(b.last().fromState, TcpState::Established);
    QCOMPARE(b.last().toState, TcpState::Closed);
    QCOMPARE(b.last().cause, StateCause::AppClose);
    QCOMPARE(r.notices(QStringLiteral("A"), NoticeKind::ConnectionReset).size(), 1);
    QVERIFY(!r.reached(QStringLiteral("B"), TcpState::TimeWait));
    QVERIFY(!r.reached(QStringLiteral("B"), TcpState::FinWait1));
}

void TestScenarioTeachingPoints::rstNotAtRcvNxtDrawsChallengeAckAndOnlyTheExactRstResets()
{
    // RFC 5961 §3.2 (RFC 9293 §3.10.7.4): A's RST seq=1101 is in B's window but not at
    // RCV.NXT = 1001, so B sends a challenge ACK; A's host answers it with RST seq=1001,
    // and that one resets B.
    const Run r = run(QStringLiteral("rst-challenge-ack"));
    const QList<SegmentRecord> resets = r.sent(QStringLiteral("A"), TcpFlag::Rst);
    QCOMPARE(resets.size(), 2);
    QCOMPARE(resets[0].segment.seq, 1101u);
    QCOMPARE(resets[1].segment.seq, 1001u);
    QCOMPARE(resets[1].reason, SendReason::NoConnection);
    bool challenge = false;
    for (const SegmentRecord &seg : r.sentExactly(QStringLiteral("B"), TcpFlag::Ack))
        challenge |= seg.segment.ack == 1001 && seg.sentAt == resets[0].arrivesAt;
    QVERIFY(challenge);
    const QList<TraceEvent> reset = r.notices(QStringLiteral("B"), NoticeKind::ConnectionReset);
    QCOMPARE(reset.size(), 1);
    QCOMPARE(reset.first().time, resets[1].arrivesAt);

    // The older rule: the first RST, anywhere in the window, resets at once.
    ScenarioFile::LoadResult loaded = ScenarioLibrary::load(QStringLiteral("rst-challenge-ack"));
    QVERIFY(loaded.ok);
    QString error;
    QVERIFY(loaded.scenario.protocol.set(QStringLiteral("rfc5961_challenge_ack"), QStringLiteral("false"), &error));
    const Run old{loaded.scenario, Simulator::run(loaded.scenario)};
    QCOMPARE(old.sent(QStringLiteral("A"), TcpFlag::Rst).size(), 1);
    const QList<TraceEvent> oldReset = old.notices(QStringLiteral("B"), NoticeKind::ConnectionReset);
    QCOMPARE(oldReset.size(), 1);
    QCOMPARE(oldReset.first().time, old.sent(QStringLiteral("A"), TcpFlag::Rst).first().arrivesAt);
}

void TestScenarioTeachingPoints::blindInWindowRstGuessDrawsChallengeAckUnderRfc5961AndResetsUnderTheOldRule()
{
    // RFC 5961 §3 (RFC 9293 §3.10.7.4): an off-path attacker's forged RSTs. A guess outside
    // the window is dropped in silence under any rule; one inside it but not at RCV.NXT
    // draws a challenge ACK to the real peer and the connection survives; under the older
    // rule that same guess resets it.
    const Run r = run(QStringLiteral("blind-rst-rfc5961"));
    const QList<SegmentRecord> guesses = r.sent(QStringLiteral("X"));
    QCOMPARE(guesses.size(), 2);
    const int a = r.host(QStringLiteral("A"));
    const int b = r.host(QStringLiteral("B"));
    const int server = r.connections(QStringLiteral("B")).first();
    for (const SegmentRecord &g : guesses) {
        QCOMPARE(g.segment.flags, TcpFlags(TcpFlag::Rst));
        QCOMPARE(g.reason, SendReason::Injected);
        QCOMPARE(g.segment.source.address, r.trace.hosts[a].address); // forged: "from A"
        QCOMPARE(g.toHost, b);
    }
    // Off-path: X never receives anything, in particular not the challenge ACK.
    for (const SegmentRecord &seg : r.trace.segments)
        QVERIFY(seg.toHost != r.host(QStringLiteral("X")));

    auto inWindow = [&](const SegmentRecord &g) {
        const TcbSnapshot tcb = r.trace.tcbAt(server, g.arrivesAt - 1);
        return g.segment.seq - tcb.rcvNxt < tcb.rcvWnd;
    };
    const TcbSnapshot before = r.trace.tcbAt(server, guesses[1].arrivesAt - 1);
    QVERIFY2(!inWindow(guesses[0]), "the first guess must miss the window");
    QVERIFY2(inWindow(guesses[1]), "the second guess must land in the window");
    QVERIFY(guesses[1].segment.seq != before.rcvNxt);
    // The window is what a blind guess has to hit: stepping by its size, one guess per step lands.
    QCOMPARE(guesses[1].segment.seq - guesses[0].segment.seq, before.rcvWnd);

    // The miss draws nothing; the in-window guess draws exactly one challenge ACK, to A.
    QList<SegmentRecord> answers;
    for (const SegmentRecord &seg : r.sent(QStringLiteral("B"))) {
        if (seg.sentAt == guesses[0].arrivesAt || seg.sentAt == guesses[1].arrivesAt)
            answers << seg;
    }
    QCOMPARE(answers.size(), 1);
    QCOMPARE(answers[0].sentAt, guesses[1].arrivesAt);
    QCOMPARE(answers[0].segment.flags, TcpFlags(TcpFlag::Ack));
    QCOMPARE(answers[0].segment.seq, before.sndNxt);
    QCOMPARE(answers[0].segment.ack, before.rcvNxt);
    QCOMPARE(answers[0].toHost, a);
    // The connection survives: no reset anywhere, A's later data reaches B's application.
    QVERIFY(r.notices(QStringLiteral("B"), NoticeKind::ConnectionReset).isEmpty());
    QVERIFY(r.notices(QStringLiteral("A"), NoticeKind::ConnectionReset).isEmpty());
    QVERIFY(r.sent(QStringLiteral("A"), TcpFlag::Rst).isEmpty());
    const QList<TraceEvent> data = r.notices(QStringLiteral("B"), NoticeKind::DataReceived);
    QCOMPARE(data.size(), 1);
    QVERIFY(data.first().time > guesses[1].arrivesAt);
    QCOMPARE(r.finalState(server), TcpState::Established);

    // The older rule: the same in-window guess resets B at once; A's data then meets a RST.
    ScenarioFile::LoadResult loaded = ScenarioLibrary::load(QStringLiteral("blind-rst-rfc5961"));
    QVERIFY(loaded.ok);
    QString error;
    QVERIFY(loaded.scenario.protocol.set(QStringLiteral("rfc5961_challenge_ack"), QStringLiteral("false"), &error));
    const Run old{loaded.scenario, Simulator::run(loaded.scenario)};
    const QList<TraceEvent> oldReset = old.notices(QStringLiteral("B"), NoticeKind::ConnectionReset);
    QCOMPARE(oldReset.size(), 1);
    QCOMPARE(oldReset.first().time, guesses[1].arrivesAt);
    QCOMPARE(old.states(QStringLiteral("B")).last().cause, StateCause::RstReceived);
    QVERIFY(old.notices(QStringLiteral("B"), NoticeKind::DataReceived).isEmpty());
    // B still listens on port 179: its listener answers the ACK-bearing segment with a RST
    // (RFC 9293 §3.10.7.2, second check).
    const QList<SegmentRecord> oldAnswer = old.sent(QStringLiteral("B"), TcpFlag::Rst);
    QCOMPARE(oldAnswer.size(), 1);
    QCOMPARE(oldAnswer[0].reason, SendReason::UnacceptableAck);
    QCOMPARE(oldAnswer[0].segment.seq, old.dataSegments(QStringLiteral("A")).first().segment.ack);
    QCOMPARE(old.notices(QStringLiteral("A"), NoticeKind::ConnectionReset).size(), 1);
}

void TestScenarioTeachingPoints::abortSendsRstAndNobodyEntersTimeWait()
{
    const Run r = run(QStringLiteral("abort-rst"));
    const QList<TraceEvent> a = r.states(QStringLiteral("A"));
    QCOMPARE(a.last().fromState, TcpState::Established);
    QCOMPARE(a.last().toState, TcpState::Closed);
    QCOMPARE(a.last().cause, StateCause::AppAbort);
    const QList<SegmentRecord> rst = r.sent(QStringLiteral("A"), TcpFlag::Rst);
    QCOMPARE(rst.size(), 1);
    QCOMPARE(rst[0].sentAt, a.last().time);
    // In the window: exactly the next byte B expects.
    QCOMPARE(rst[0].segment.seq, r.trace.tcbAt(r.connections(QStringLiteral("B")).first(), rst[0].sentAt).rcvNxt);
    QCOMPARE(r.notices(QStringLiteral("B"), NoticeKind::ConnectionReset).size(), 1);
    QCOMPARE(r.states(QStringLiteral("B")).last().cause, StateCause::RstReceived);
    QVERIFY(!r.reached(QStringLiteral("A"), TcpState::TimeWait));
    QVERIFY(!r.reached(QStringLiteral("B"), TcpState::TimeWait));
    QVERIFY(r.sent(QStringLiteral("A"), TcpFlag::Fin).isEmpty());
    QVERIFY(r.sent(QStringLiteral("B"), TcpFlag::Rst).isEmpty()); // a RST is never answered
}

void TestScenarioTeachingPoints::rebootedPeerAnswersDataWithRst()
{
    const Run r = run(QStringLiteral("half-open-discovery"));
    SimTime reboot = -1;
    for (const TraceEvent &e : r.trace.events) {
        if (e.type == TraceEventType::Host && e.hostEvent == HostEventKind::Reboot)
            reboot = e.time;
    }
    QVERIFY(reboot > 0);
    const int server = r.connections(QStringLiteral("B")).first();
    QCOMPARE(r.trace.stateAt(server, reboot), TcpState::Established); // half-open
    SegmentRecord probe;
    for (const SegmentRecord &s : r.dataSegments(QStringLiteral("B"))) {
        if (s.sentAt > reboot)
            probe = s;
    }
    QVERIFY(probe.id >= 0);
    const QList<SegmentRecord> rst = r.sent(QStringLiteral("A"), TcpFlag::Rst);
    QCOMPARE(rst.size(), 1);
    QCOMPARE(rst[0].sentAt, probe.arrivesAt);
    QCOMPARE(rst[0].fromSocket, -1); // the host answered, no connection did
    QCOMPARE(rst[0].segment.seq, probe.segment.ack);
    const QList<TraceEvent> reset = r.notices(QStringLiteral("B"), NoticeKind::ConnectionReset);
    QCOMPARE(reset.size(), 1);
    QCOMPARE(reset[0].time, rst[0].arrivesAt);
}

void TestScenarioTeachingPoints::keepaliveSendsNineProbes75SecondsApartThenTimesOut()
{
    const Run r = run(QStringLiteral("keepalive-dead-peer"));
    QList<SegmentRecord> probes;
    for (const SegmentRecord &s : r.sent(QStringLiteral("B"))) {
        if (s.segment.keepaliveProbe)
            probes << s;
    }
    QCOMPARE(probes.size(), 9);
    // Idle time counted from the last segment B received.
    SimTime lastHeard = 0;
    for (const SegmentRecord &s : r.sent(QStringLiteral("A"))) {
        if (!s.dropped)
            lastHeard = std::max(lastHeard, s.arrivesAt);
    }
    QCOMPARE(probes[0].sentAt - lastHeard, secondsToUs(7200));
    for (int i = 1; i < probes.size(); ++i)
        QCOMPARE(probes[i].sentAt - probes[i - 1].sentAt, secondsToUs(75));
    for (const SegmentRecord &p : probes) {
        QCOMPARE(p.segment.length(), 0u);
        QVERIFY(p.dropped); // the peer is dead
    }
    const QList<TraceEvent> timedOut = r.notices(QStringLiteral("B"), NoticeKind::TimedOut);
    QCOMPARE(timedOut.size(), 1);
    QCOMPARE(timedOut[0].time - probes.last().sentAt, secondsToUs(75));
    QCOMPARE(r.states(QStringLiteral("B")).last().cause, StateCause::KeepaliveExhausted);
    QVERIFY(r.scenario.duration >= timedOut[0].time);
}

// ---- attacks -----------------------------------------------------------------------------

void TestScenarioTeachingPoints::synFloodFillsSynQueueAndLocksClientOut()
{
    const Run r = run(QStringLiteral("syn-flood"));
    const int m = r.host(QStringLiteral("M"));
    QVERIFY(r.trace.hosts[m].attacker);
    int floodDrops = 0;
    SimTime floodEnd = 0;
    for (const SegmentRecord &s : r.trace.segments) {
        if (s.fromHost != m)
            continue;
        QCOMPARE(s.segment.source.address & 0xFFFFFF00u, 0xC6336400u); // 198.51.100.0/24: forged
        floodEnd = std::max(floodEnd, s.arrivesAt);
        if (s.dropReason == DropReason::SynQueueFull)
            ++floodDrops;
    }
    QVERIFY(floodDrops > 0);
    QVERIFY(!r.notices(QStringLiteral("B"), NoticeKind::SynQueueFull).isEmpty());
    // SYN,ACKs to forged addresses go nowhere and are retransmitted.
    int toNowhere = 0, retransmittedToNowhere = 0;
    for (const SegmentRecord &s : r.sentExactly(QStringLiteral("B"), SynAck)) {
        if (s.dropReason == DropReason::NoHost) {
            ++toNowhere;
            if (s.kind == SegmentKind::Retransmission)
                ++retransmittedToNowhere;
        }
    }
    QVERIFY(toNowhere > 16);
    QVERIFY(retransmittedToNowhere > 0);
    // The client's SYNs are dropped for the full queue and retried.
    const QList<SegmentRecord> syns = r.sentExactly(QStringLiteral("A"), TcpFlag::Syn);
    QVERIFY(syns.size() >= 3);
    QCOMPARE(syns[0].dropReason, DropReason::SynQueueFull);
    QCOMPARE(syns[1].kind, SegmentKind::Retransmission);
    QCOMPARE(syns[1].dropReason, DropReason::SynQueueFull);
    // The client gets in only once the first half-open entries have given up.
    const auto established = r.firstState(QStringLiteral("A"), TcpState::Established);
    QVERIFY(established);
    QVERIFY2(established->time > floodEnd, "the client got in while the flood lasted");
    SimTime firstGaveUp = -1;
    for (const TraceEvent &e : r.states(QStringLiteral("B"))) {
        if (e.cause == StateCause::RetriesExhausted && e.fromState == TcpState::SynReceived) {
            firstGaveUp = e.time;
            break;
        }
    }
    QVERIFY(firstGaveUp > 0);
    QVERIFY(established->time > firstGaveUp);
    for (const SegmentRecord &s : syns) {
        if (s.arrivesAt <= floodEnd)
            QCOMPARE(s.dropReason, DropReason::SynQueueFull);
    }
}

void TestScenarioTeachingPoints::synCookiesLetClientInDuringFlood()
{
    const Run r = run(QStringLiteral("syn-flood-cookies"));
    QVERIFY(r.scenario.protocol.synCookies);
    const QList<SegmentRecord> syns = r.sentExactly(QStringLiteral("A"), TcpFlag::Syn);
    QCOMPARE(syns.size(), 1); // in at the first try
    QVERIFY(!syns[0].dropped);
    const auto established = r.firstState(QStringLiteral("A"), TcpState::Established);
    QVERIFY(established);
    // The flood is still on when the client gets in: the queue is full, yet it is answered.
    const int m = r.host(QStringLiteral("M"));
    bool queueFullBefore = false, floodAfter = false;
    for (const SegmentRecord &s : r.trace.segments) {
        if (s.fromHost == m && s.sentAt > established->time)
            floodAfter = true;
    }
    for (const SegmentRecord &s : r.sentExactly(QStringLiteral("B"), SynAck)) {
        // A cookie SYN,ACK is sent by the listener itself (no half-open entry exists).
        if (r.trace.sockets[s.fromSocket].listener && s.sentAt < syns[0].arrivesAt)
            queueFullBefore = true;
    }
    QVERIFY(queueFullBefore);
    QVERIFY(floodAfter);
    const QList<TraceEvent> serverEstablished = r.notices(QStringLiteral("B"), NoticeKind::Established);
    QCOMPARE(serverEstablished.size(), 1);
    const int server = serverEstablished[0].socket;
    QCOMPARE(r.trace.sockets[server].remote.address, r.trace.hosts[r.host(QStringLiteral("A"))].address);
    for (const TraceEvent &e : r.states(QStringLiteral("B"), server))
        QVERIFY2(e.toState != TcpState::SynReceived, "a cookie connection keeps no half-open state");
}

void TestScenarioTeachingPoints::higherSequenceSynEndsTimeWaitOnLinuxButNotUnderTheStrictRule()
{
    const Run r = run(QStringLiteral("time-wait-new-syn"));
    // B closed first and was in TIME-WAIT when A's new SYN (ISN 900000) arrived.
    const QList<TraceEvent> b = r.states(QStringLiteral("B"));
    const auto ended = std::find_if(b.begin(), b.end(), [](const TraceEvent &e) {
        return e.cause == StateCause::SynInTimeWait;
    });
    QVERIFY(ended != b.end());
    QCOMPARE(ended->fromState, TcpState::TimeWait);
    QVERIFY(ended->time < secondsToUs(3)); // long before 2×MSL would have run out
    const QList<int> a = r.connections(QStringLiteral("A"));
    QCOMPARE(a.size(), 2);
    QCOMPARE(r.trace.stateAt(a[1], secondsToUs(3)), TcpState::Established);

    // Under the strict rule the SYN only earns an ACK and A cannot connect while TIME-WAIT lasts.
    Run strict = r;
    QString error;
    QVERIFY(strict.scenario.protocol.set(QStringLiteral("time_wait_accepts_new_syn"), QStringLiteral("false"), &error));
    strict.trace = Simulator::run(strict.scenario);
    for (const TraceEvent &e : strict.states(QStringLiteral("B")))
        QVERIFY(e.cause != StateCause::SynInTimeWait);
    const QList<int> sa = strict.connections(QStringLiteral("A"));
    QCOMPARE(sa.size(), 2);
    QVERIFY(strict.trace.stateAt(sa[1], secondsToUs(3)) != TcpState::Established);
}

void TestScenarioTeachingPoints::rstInTimeWaitEndsItOnLinuxButIsIgnoredUnderRfc1337()
{
    const Run r = run(QStringLiteral("time-wait-assassination"));
    const QList<TraceEvent> a = r.states(QStringLiteral("A"));
    QCOMPARE(a.last().fromState, TcpState::TimeWait);
    QCOMPARE(a.last().cause, StateCause::RstReceived);
    QVERIFY(a.last().time < secondsToUs(10));
    QCOMPARE(r.sent(QStringLiteral("B"), TcpFlag::Rst).size(), 1);

    Run rfc1337 = r;
    QString error;
    QVERIFY(rfc1337.scenario.protocol.set(QStringLiteral("time_wait_assassination"), QStringLiteral("false"), &error));
    rfc1337.trace = Simulator::run(rfc1337.scenario);
    const QList<TraceEvent> sa = rfc1337.states(QStringLiteral("A"));
    QCOMPARE(sa.last().fromState, TcpState::TimeWait);
    QCOMPARE(sa.last().cause, StateCause::TimeWaitExpired);
}

void TestScenarioTeachingPoints::newIncarnationAfterTimeWaitStartsBeyondOldSndNxtOnLinux()
{
    Run r = run(QStringLiteral("time-wait-new-syn"));
    r.scenario.setProfile(ProtocolProfile::Linux);
    r.trace = Simulator::run(r.scenario);
    const QList<int> b = r.connections(QStringLiteral("B"));
    QCOMPARE(b.size(), 2);
    const SimTime ended = r.entered(b[0], TcpState::Closed);
    QVERIFY(ended > 0);
    const uint32_t oldSndNxt = r.trace.tcbAt(b[0], ended - 1).sndNxt;
    // tcp_timewait_state_process: isn = tw_snd_nxt + 65535 + 2.
    QCOMPARE(r.trace.tcbAt(b[1], r.trace.endTime).iss, oldSndNxt + 65537u);
    const QList<SegmentRecord> synAcks = r.sentExactly(QStringLiteral("B"), SynAck);
    QVERIFY(!synAcks.isEmpty());
    QCOMPARE(synAcks.last().segment.seq, oldSndNxt + 65537u);
}

void TestScenarioTeachingPoints::forgedRstFromMiddleboxResetsBothEndsThatNeverReset()
{
    const Run r = run(QStringLiteral("rst-injection"));
    const QList<SegmentRecord> forged = r.sent(QStringLiteral("M"));
    QCOMPARE(forged.size(), 2);
    const uint32_t a = r.trace.hosts[r.host(QStringLiteral("A"))].address;
    const uint32_t b = r.trace.hosts[r.host(QStringLiteral("B"))].address;
    for (const SegmentRecord &f : forged) {
        QVERIFY(f.segment.has(TcpFlag::Rst));
        QCOMPARE(f.reason, SendReason::Injected);
        QCOMPARE(f.fromSocket, -1);
    }
    // Each claims to come from the other end, with exactly the number its receiver expects.
    QCOMPARE(forged[0].segment.source.address, b);
    QCOMPARE(forged[0].toHost, r.host(QStringLiteral("A")));
    QCOMPARE(forged[1].segment.source.address, a);
    QCOMPARE(forged[1].toHost, r.host(QStringLiteral("B")));
    const int clientSocket = r.connections(QStringLiteral("A")).first();
    QCOMPARE(forged[0].segment.seq, r.trace.tcbAt(clientSocket, forged[0].arrivesAt - 1).rcvNxt);
    for (const QString &end : {QStringLiteral("A"), QStringLiteral("B")}) {
        QCOMPARE(r.notices(end, NoticeKind::ConnectionReset).size(), 1);
        QCOMPARE(r.states(end).last().cause, StateCause::RstReceived);
    }
    QCOMPARE(r.states(QStringLiteral("A")).last().time, forged[0].arrivesAt);
    // Neither end decided to reset: B sent no RST at all, and A's only RST answers B's ACK
    // for a connection A no longer has.
    QVERIFY(r.sent(QStringLiteral("B"), TcpFlag::Rst).isEmpty());
    const QList<SegmentRecord> aRst = r.sent(QStringLiteral("A"), TcpFlag::Rst);
    QCOMPARE(aRst.size(), 1);
    QCOMPARE(aRst[0].reason, SendReason::NoConnection);
}

void TestScenarioTeachingPoints::dataOnAHandMadeSynIsNotAcknowledgedAndTheToolsOwnTcpResets()
{
    const Run r = run(QStringLiteral("syn-with-data"));
    const QList<SegmentRecord> syn = r.sentExactly(QStringLiteral("A"), TcpFlag::Syn);
    QCOMPARE(syn.size(), 1);
    QCOMPARE(syn[0].reason, SendReason::Injected);
    QCOMPARE(syn[0].segment.payload, QByteArray("hello"));
    // The SYN,ACK acknowledges the SYN alone: ISN + 1, not ISN + 1 + 5.
    const QList<SegmentRecord> synAck = r.sentExactly(QStringLiteral("B"), SynAck);
    QCOMPARE(synAck.size(), 1);
    QCOMPARE(synAck[0].segment.ack, syn[0].segment.seq + 1);
    QVERIFY(r.notices(QStringLiteral("B"), NoticeKind::DataReceived).isEmpty());
    // A's TCP never opened the connection: RST <SEQ=SEG.ACK> (RFC 9293 §3.10.7.1).
    const QList<SegmentRecord> rst = r.sent(QStringLiteral("A"), TcpFlag::Rst);
    QCOMPARE(rst.size(), 1);
    QCOMPARE(rst[0].reason, SendReason::NoConnection);
    QCOMPARE(rst[0].segment.seq, synAck[0].segment.ack);
    const int server = r.connections(QStringLiteral("B")).first();
    // A passive SYN-RECEIVED that gets an acceptable RST goes back to LISTEN (RFC 9293
    // §3.10.7.4): the half-open entry is gone and the server still listens.
    QCOMPARE(r.path(server), (QList<TcpState>{TcpState::Listen, TcpState::SynReceived, TcpState::Listen}));
    QCOMPARE(r.states(QStringLiteral("B")).last().cause, StateCause::RstReceived);
}

QTEST_GUILESS_MAIN(TestScenarioTeachingPoints)
#include "tst_scenario_teaching_points.moc"
