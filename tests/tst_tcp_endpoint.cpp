// The sans-I/O endpoint (RFC 9293 §3.10), tested like smoltcp's socket tests: feed one exact
// segment, user call or timer expiry, and compare the effects — the segments sent (flags,
// seq, ack, len), the state transitions (from, to, cause), timers and notices — with what
// the RFC (and, where docs/teaching-notes.md says so, Linux) prescribes. One test per rule, named
// after the state and the event; table-driven where one rule holds for many states.
//
// Numbering used throughout: the endpoint under test always has ISS 1000, its peer ISS
// 5000, so after the handshake SND.NXT = 1001 and RCV.NXT = 5001.
#include "tcp/sequence_number.h"
#include "tcp/tcp_endpoint.h"

#include <QTest>

#include <optional>

using namespace tcplab;

namespace {

const SocketAddress kClient{0x0A000001u, 40000}; // 10.0.0.1
const SocketAddress kServer{0x0A000002u, 80};    // 10.0.0.2
constexpr uint32_t kIss = 1000;
constexpr uint32_t kPeerIss = 5000;
constexpr uint16_t kMss = 1460;

constexpr TcpFlags Syn = TcpFlag::Syn;
constexpr TcpFlags Ack = TcpFlag::Ack;
constexpr TcpFlags Fin = TcpFlag::Fin;
constexpr TcpFlags Rst = TcpFlag::Rst;
constexpr TcpFlags SynAck = Syn | Ack;
constexpr TcpFlags FinAck = Fin | Ack;
constexpr TcpFlags RstAck = Rst | Ack;
// PSH (and ECN bits) are a sender's choice; the rules pinned here are about these bits.
constexpr TcpFlags kComparedFlags = Syn | Ack | Fin | Rst | TcpFlag::Urg;

constexpr SimTime ms(int64_t v) { return msToUs(v); }
constexpr SimTime sec(int64_t v) { return secondsToUs(v); }

// One expected outgoing segment in textbook terms. `ack` is compared only when ACK is set.
struct Expected {
    TcpFlags flags = 0;
    uint32_t seq = 0;
    uint32_t ack = 0;
    int len = 0;
};

QString label(TcpFlags flags, uint32_t seq, uint32_t ack, int len)
{
    QString s = tcpFlagsLabel(flags & kComparedFlags) + QStringLiteral(" seq=%1").arg(seq);
    if (flags & Ack)
        s += QStringLiteral(" ack=%1").arg(ack);
    if (len)
        s += QStringLiteral(" len=%1").arg(len);
    return s;
}

QString labels(const EndpointEffects &fx)
{
    QStringList out;
    for (const auto &o : fx.segments)
        out << label(o.segment.flags, o.segment.seq, o.segment.ack, int(o.segment.length()));
    return QLatin1Char('[') + out.join(QStringLiteral("; ")) + QLatin1Char(']');
}

QString labels(const QList<Expected> &want)
{
    QStringList out;
    for (const auto &e : want)
        out << label(e.flags, e.seq, e.ack, e.len);
    return QLatin1Char('[') + out.join(QStringLiteral("; ")) + QLatin1Char(']');
}

// Empty when the effects' segments are exactly `want`, else a readable difference.
QString segmentDiff(const EndpointEffects &fx, const QList<Expected> &want)
{
    bool same = fx.segments.size() == want.size();
    for (int i = 0; same && i < want.size(); ++i) {
        const Segment &s = fx.segments[i].segment;
        const Expected &e = want[i];
        same = (s.flags & kComparedFlags) == (e.flags & kComparedFlags) && s.seq == e.seq
            && int(s.length()) == e.len && (!(e.flags & Ack) || s.ack == e.ack);
    }
    if (same)
        return QString();
    return QStringLiteral("segments: expected %1, got %2").arg(labels(want), labels(fx));
}

QString transitionLabel(const StateTransition &t)
{
    return QStringLiteral("%1->%2 (%3)")
        .arg(tcpStateName(t.from), tcpStateName(t.to), stateCauseName(t.cause));
}

QString transitionDiff(const EndpointEffects &fx, const QList<StateTransition> &want)
{
    QStringList got, exp;
    for (const auto &t : fx.transitions)
        got << transitionLabel(t);
    for (const auto &t : want)
        exp << transitionLabel(t);
    if (got == exp)
        return QString();
    return QStringLiteral("transitions: expected [%1], got [%2]")
        .arg(exp.join(QStringLiteral(", ")), got.join(QStringLiteral(", ")));
}

QList<NoticeKind> noticeKinds(const EndpointEffects &fx)
{
    QList<NoticeKind> kinds;
    for (const auto &n : fx.notices)
        kinds << n.kind;
    return kinds;
}

QString noticeLabels(const EndpointEffects &fx)
{
    QStringList out;
    for (const auto &n : fx.notices)
        out << noticeKindName(n.kind);
    return out.join(QStringLiteral(", "));
}

QByteArray receivedBytes(const EndpointEffects &fx)
{
    QByteArray data;
    for (const auto &n : fx.notices)
        if (n.kind == NoticeKind::DataReceived)
            data += n.data;
    return data;
}

// The last change of `kind` with `action` in the effects.
std::optional<TimerChange> timerChange(const EndpointEffects &fx, TimerKind kind, TimerAction action)
{
    std::optional<TimerChange> found;
    for (const auto &t : fx.timers)
        if (t.timer == kind && t.action == action)
            found = t;
    return found;
}

QByteArray bytes(int n, char first = 'a')
{
    QByteArray b(n, Qt::Uninitialized);
    for (int i = 0; i < n; ++i)
        b[i] = char(first + i % 26);
    return b;
}

// RFC 6298 §2 estimator, written out independently to predict the model's RTO.
struct RttEstimator {
    SimTime srtt = 0, rttvar = 0, rto = sec(1);
    bool first = true;
    void sample(SimTime r, SimTime rtoMin, SimTime granularity = ms(1))
    {
        if (first) {
            srtt = r;
            rttvar = r / 2;
            first = false;
        } else {
            rttvar = (3 * rttvar + (srtt > r ? srtt - r : r - srtt)) / 4;
            srtt = (7 * srtt + r) / 8;
        }
        rto = std::max(rtoMin, srtt + std::max(granularity, 4 * rttvar));
    }
};

// One endpoint plus a virtual clock, with the peer's segments built in the endpoint's
// frame (source = the peer, destination = us).
struct Conn {
    explicit Conn(const ProtocolSettings &s = ProtocolSettings(), uint16_t mss = kMss,
                  SocketAddress local = kClient)
        : ep(s, local, mss)
    {
    }

    TcpEndpoint ep;
    SimTime now = 0;

    Conn &wait(SimTime d)
    {
        now += d;
        return *this;
    }
    SocketAddress peerAddress() const
    {
        if (ep.remote().address != 0)
            return ep.remote();
        return ep.local() == kClient ? kServer : kClient;
    }
    Segment seg(TcpFlags flags, uint32_t seq, uint32_t ack = 0, const QByteArray &data = {},
                uint16_t window = 65535, uint16_t mss = 0) const
    {
        Segment s;
        s.source = peerAddress();
        s.destination = ep.local();
        s.flags = flags;
        s.seq = seq;
        s.ack = (flags & Ack) ? ack : 0;
        s.payload = data;
        s.window = window;
        s.mss = mss;
        return s;
    }
    EndpointEffects recv(TcpFlags flags, uint32_t seq, uint32_t ack = 0, const QByteArray &data = {},
                         uint16_t window = 65535)
    {
        return ep.segmentArrived(now, seg(flags, seq, ack, data, window));
    }
    EndpointEffects recv(const Segment &s) { return ep.segmentArrived(now, s); }
    // Jumps the clock to the timer's due time and lets it expire.
    EndpointEffects fire(TimerKind kind)
    {
        const SimTime due = ep.timerDue(kind);
        if (due > now)
            now = due;
        return ep.timerExpired(now, kind);
    }
    // The running timer that expires first, if any.
    std::optional<TimerKind> nextTimer() const
    {
        std::optional<TimerKind> best;
        for (int i = 0; i < timerKindCount; ++i) {
            const auto k = static_cast<TimerKind>(i);
            const SimTime due = ep.timerDue(k);
            if (due != 0 && (!best || due < ep.timerDue(*best)))
                best = k;
        }
        return best;
    }
};

// --- building connections in each state (ours: ISS 1000; the peer's: ISS 5000) ---------

// Active open: CLOSED → SYN-SENT at t = 0.
void openActive(Conn &c, uint32_t iss = kIss)
{
    c.ep.connect(c.now, kServer, iss);
}

// SYN-SENT → ESTABLISHED: the peer's SYN,ACK arrives 100 ms later.
void completeActive(Conn &c, uint16_t peerWindow = 65535, uint16_t peerMss = kMss,
                    SimTime rtt = ms(100))
{
    c.wait(rtt);
    c.ep.segmentArrived(c.now, c.seg(SynAck, kPeerIss, kIss + 1, {}, peerWindow, peerMss));
}

// A listener's child: LISTEN → SYN-RECEIVED for the peer's SYN seq=5000.
EndpointEffects openPassive(Conn &c)
{
    c.ep.listen(c.now);
    return c.ep.acceptSyn(c.now, c.seg(Syn, kPeerIss, 0, {}, 65535, kMss), kIss);
}

// Drives a fresh client Conn to `target` through the textbook path. Returns false when the
// endpoint did not end up there (the caller QVERIFYs).
bool reach(Conn &c, TcpState target)
{
    switch (target) {
    case TcpState::Closed:
        return c.ep.state() == TcpState::Closed;
    case TcpState::Listen:
        c.ep.listen(c.now);
        break;
    case TcpState::SynSent:
        openActive(c);
        break;
    case TcpState::SynReceived:
        openPassive(c);
        break;
    case TcpState::Established:
        openActive(c);
        completeActive(c);
        break;
    case TcpState::FinWait1:
        reach(c, TcpState::Established);
        c.wait(ms(900));
        c.ep.close(c.now);
        break;
    case TcpState::FinWait2:
        reach(c, TcpState::FinWait1);
        c.wait(ms(100));
        c.recv(Ack, kPeerIss + 1, kIss + 2);
        break;
    case TcpState::Closing:
        reach(c, TcpState::FinWait1);
        c.wait(ms(100));
        c.recv(FinAck, kPeerIss + 1, kIss + 1); // crossed FINs: ours not yet acknowledged
        break;
    case TcpState::TimeWait:
        reach(c, TcpState::FinWait2);
        c.wait(ms(100));
        c.recv(FinAck, kPeerIss + 1, kIss + 2);
        break;
    case TcpState::CloseWait:
        reach(c, TcpState::Established);
        c.wait(ms(900));
        c.recv(FinAck, kPeerIss + 1, kIss + 1);
        break;
    case TcpState::LastAck:
        reach(c, TcpState::CloseWait);
        c.wait(ms(100));
        c.ep.close(c.now);
        break;
    }
    return c.ep.state() == target;
}

// SND.NXT and RCV.NXT in each state reached by reach().
uint32_t sndNxtIn(TcpState s)
{
    switch (s) {
    case TcpState::FinWait1:
    case TcpState::FinWait2:
    case TcpState::Closing:
    case TcpState::TimeWait:
    case TcpState::LastAck:
        return kIss + 2; // our FIN took one number
    default:
        return kIss + 1;
    }
}
uint32_t rcvNxtIn(TcpState s)
{
    switch (s) {
    case TcpState::Closing:
    case TcpState::TimeWait:
    case TcpState::CloseWait:
    case TcpState::LastAck:
        return kPeerIss + 2; // the peer's FIN took one number
    default:
        return kPeerIss + 1;
    }
}

} // namespace

#define EXPECT_SEGMENTS(fx, ...)                                                                 \
    do {                                                                                         \
        const QString d_ = segmentDiff((fx), QList<Expected>{__VA_ARGS__});                      \
        QVERIFY2(d_.isEmpty(), qPrintable(d_));                                                  \
    } while (0)
#define EXPECT_NO_SEGMENTS(fx) EXPECT_SEGMENTS(fx)
#define EXPECT_TRANSITIONS(fx, ...)                                                              \
    do {                                                                                         \
        const QString d_ = transitionDiff((fx), QList<StateTransition>{__VA_ARGS__});            \
        QVERIFY2(d_.isEmpty(), qPrintable(d_));                                                  \
    } while (0)
#define EXPECT_NO_TRANSITION(fx) EXPECT_TRANSITIONS(fx)
#define EXPECT_NOTICE(fx, kind)                                                                  \
    QVERIFY2(noticeKinds(fx).contains(kind),                                                     \
             qPrintable(QStringLiteral("missing notice %1; got [%2]")                            \
                            .arg(noticeKindName(kind), noticeLabels(fx))))
#define EXPECT_NO_NOTICE(fx, kind)                                                               \
    QVERIFY2(!noticeKinds(fx).contains(kind),                                                    \
             qPrintable(QStringLiteral("unexpected notice %1; got [%2]")                         \
                            .arg(noticeKindName(kind), noticeLabels(fx))))
#define EXPECT_TIMER_SET(fx, kind, dueAt)                                                        \
    do {                                                                                         \
        const auto t_ = timerChange((fx), (kind), TimerAction::Set);                             \
        QVERIFY2(t_.has_value(), qPrintable(QStringLiteral("no %1 timer set").arg(timerKindName(kind)))); \
        QCOMPARE(t_->due, SimTime(dueAt));                                                       \
    } while (0)
#define REACH(conn, target)                                                                      \
    QVERIFY2(reach((conn), (target)),                                                            \
             qPrintable(QStringLiteral("could not reach %1, stuck in %2")                        \
                            .arg(tcpStateName(target), tcpStateName((conn).ep.state()))))

class TestTcpEndpoint : public QObject
{
    Q_OBJECT

private slots:
    // opening
    void listenFromClosedEntersListen();
    void connectFromClosedSendsSynWithMssAndStartsRto_data();
    void connectFromClosedSendsSynWithMssAndStartsRto();
    void acceptSynInListenSendsSynAckAndEntersSynReceived();
    void synAckInSynSentWithAckOfSynEstablishes();
    void synAckInSynSentWithWrongAckSendsResetAndStaysSynSent_data();
    void synAckInSynSentWithWrongAckSendsResetAndStaysSynSent();
    void rstAckInSynSentWithAcceptableAckRefusesConnection();
    void rstInSynSentWithoutAcceptableAckIsIgnored_data();
    void rstInSynSentWithoutAcceptableAckIsIgnored();
    void synInSynSentIsSimultaneousOpen();
    void closeDuringSimultaneousOpenWithDataQueuedEndsAsAppClose();
    void ackOfSynInSynReceivedEstablishes();
    void ackInSynReceivedAcknowledgingNothingSentGetsReset();
    void rstInPassiveSynReceivedReturnsToListen();
    void differentSynInPassiveSynReceivedReturnsToListen();
    void differentSynInPassiveSynReceivedIsResetOnLinux();
    void synOutsideWindowInPassiveSynReceivedIsOnlyAcked();
    void rstInActiveSynReceivedRefusesConnection();
    void retransmittedSynInSynReceivedRepeatsSynAck();
    void synTimeoutsDoubleUntilConnectTimesOut();
    void synLinearTimeoutsKeepFirstRetriesAtInitialRto();
    void synAckRetransmittedUpToSynAckRetries();
    void mssDefaultsTo536WhenPeerAnnouncesNone();
    void dataWithTheAckOfSynIsAcceptedInSynReceived();
    void finWithTheAckOfSynInSynReceivedGoesToCloseWait();
    void acceptCookieStartsEstablishedWithTheCookiesMss();
    void closeBeforeEstablishedNeedsNoFin_data();
    void closeBeforeEstablishedNeedsNoFin();
    void closeInSynReceivedSendsFin();
    void closeInSynReceivedStillRetransmitsSynAck_data();
    void closeInSynReceivedStillRetransmitsSynAck();

    // data
    void sendCutsDataIntoSegmentsOfMssAndWindow_data();
    void sendCutsDataIntoSegmentsOfMssAndWindow();
    void windowUpdateReleasesQueuedData();
    void dataSentBeforeEstablishedWaitsForHandshake();
    void dataInEstablishedIsAckedWithSeqPlusLen_data();
    void dataInEstablishedIsAckedWithSeqPlusLen();
    void outOfOrderDataIsHeldUntilGapFills();
    void duplicateDataIsReAckedNotDeliveredTwice();
    void overlappingDataDeliversOnlyNewBytes();
    void ackOfAllDataStopsRetransmissionTimer();
    void dataRetransmittedOnRtoWithBackoff();
    void rttSampleUpdatesSrttRttvarAndRto();
    void ackOfRetransmittedDataGivesNoRttSample();
    void rtoNeverBelowRtoMin_data();
    void rtoNeverBelowRtoMin();
    void dataRetriesExhaustedTimesOut();
    void ackForDataNeverSentIsAnsweredWithAck();

    // acceptability and RST
    void unacceptableSegmentIsAckedAndDropped_data();
    void unacceptableSegmentIsAckedAndDropped();
    void acksToUnacceptableSegmentsAreLimitedToOnePerHalfSecond();
    void dataWhoseLastByteIsTheWindowsLastIsAccepted();
    void oldDuplicateDataIsAlwaysAckedWithoutRateLimit();
    void inWindowRstResetsConnection_data();
    void inWindowRstResetsConnection();
    void outOfWindowRstIsIgnored_data();
    void outOfWindowRstIsIgnored();
    void synInEstablishedGetsChallengeAckNotReset();
    void inWindowRstNotAtRcvNxtGetsChallengeAck_data();
    void inWindowRstNotAtRcvNxtGetsChallengeAck();
    void inWindowRstResetsUnderTheOldRule();
    void rstAtRcvNxtAfterChallengeAckResets();
    void rstAtEitherEdgeBeyondRcvNxtGetsChallengeAck_data();
    void rstAtEitherEdgeBeyondRcvNxtGetsChallengeAck();

    // closing
    void closeInSynSentDeletesTheTcbWithoutFin();
    void closeInEstablishedSendsFinAndEntersFinWait1();
    void closeAfterDataSendsFinAfterTheData();
    void ackOfFinInFinWait1GoesToFinWait2();
    void finInFinWait2GoesToTimeWaitAndStarts2Msl();
    void finInFinWait1WithAckOfOurFinGoesToTimeWait();
    void finInFinWait1WithoutAckOfOurFinGoesToClosing();
    void ackOfFinInClosingGoesToTimeWait();
    void finInEstablishedGoesToCloseWait();
    void finAfterDataAcknowledgesDataPlusOne();
    void finAheadOfMissingDataWaitsForTheGap();
    void closeWaitCanStillSendData();
    void closeInCloseWaitSendsFinAndEntersLastAck();
    void ackOfFinInLastAckCloses();
    void retransmittedFinInTimeWaitIsAckedAndRestarts2Msl();
    void timeWaitExpiryCloses();
    void finRetransmittedOnRto();
    void shutdownWriteHalfClosesAndStillReceives();
    void sendAfterShutdownFailsWithEpipe();
    void sendAfterResetFailsWithEpipe();
    void newDataAfterCloseIsAnsweredWithRst_data();
    void newDataAfterCloseIsAnsweredWithRst();
    void dataAfterShutdownIsStillAcked();
    void closeWithUnreadDataSendsRstNotFin();
    void closeAfterReadingSendsFin();
    void abortSendsRstWhereRfcSaysSo_data();
    void abortSendsRstWhereRfcSaysSo();
    void processExitClosesLikeClose_data();
    void processExitClosesLikeClose();
    void orphanedFinWait2TimesOut_data();
    void orphanedFinWait2TimesOut();
    void halfClosedFinWait2HasNoTimeout();

    // keepalive, delayed ACK
    void keepaliveProbesAfterIdleThenEveryInterval();
    void keepaliveAnswerResetsTheProbeCount();
    void keepaliveOffByDefault();
    void zeroWindowIsProbedWithBackoffUntilItOpens();
    void zeroWindowProbeWhoseByteIsTakenCountsAsSent();
    void zeroWindowProbeIsAlwaysAnsweredWithTheWindow();
    void windowUpdateIsSentWhenTheApplicationReadsAndTheWindowOpens();
    void delayedAckWaitsForTimer();
    void delayedAckSecondSegmentIsAckedAtOnce();
    void delayedAckOfFinRidesOnOurFin();

    // variants and Linux departures
    void noTimeWaitVariantClosesRightAfterLastAck_data();
    void noTimeWaitVariantClosesRightAfterLastAck();
    void rstInTimeWaitIgnoredUnderRfc1337();
    void rstInTimeWaitClosesByDefault();
    void abortSendsRstAckWhenResetCarriesAck();
    void ownRstAdvertisesTheReceiveWindowAndAnAnsweringRstCarriesZero();
    void closeWithUnreadDataSendsRstAckWhenResetCarriesAck();
    void keepaliveGivingUpSendsRstAckWhenResetCarriesAck();
    void dataAfterCloseStaysBareRstWhenResetCarriesAck();
    void quickAcksAcknowledgeFirstSegmentsAtOnceThenDelay();
    void ackOfFinIsDelayedEvenInQuickAckMode();
    void ackOfFinBeforeAnyDataIsAtOnceWithQuickAcks();
    void newIncarnationIssFollowsOldSndNxtWhenSet_data();
    void newIncarnationIssFollowsOldSndNxtWhenSet();
    void synLinearRetriesDoNotApplyToSynAck();
    void newSynWithHigherSeqReopensTimeWait_data();
    void newSynWithHigherSeqReopensTimeWait();

    // unknown connections
    void resetForUnknownConnection_data();
    void resetForUnknownConnection();
    void segmentInClosedGetsReset();
    void ackInListenGetsReset();

    // the 2^32 wrap
    void handshakeAndDataAcrossSequenceWrap();
    void synAckAcknowledgingIssFfffffffWrapsToZero();
};

// ---------------------------------------------------------------------------------------
// Opening (RFC 9293 §3.5, §3.10.1, §3.10.7.2 – §3.10.7.4)
// ---------------------------------------------------------------------------------------

void TestTcpEndpoint::listenFromClosedEntersListen()
{
    Conn c(ProtocolSettings{}, kMss, kServer);
    const auto fx = c.ep.listen(0);
    EXPECT_NO_SEGMENTS(fx);
    EXPECT_TRANSITIONS(fx, {TcpState::Closed, TcpState::Listen, StateCause::AppListen});
}

void TestTcpEndpoint::connectFromClosedSendsSynWithMssAndStartsRto_data()
{
    QTest::addColumn<int>("mss");
    QTest::newRow("ethernet 1460") << 1460;
    QTest::newRow("pppoe 1452") << 1452;
    QTest::newRow("minimum 536") << 536;
}

void TestTcpEndpoint::connectFromClosedSendsSynWithMssAndStartsRto()
{
    QFETCH(int, mss);
    Conn c(ProtocolSettings{}, uint16_t(mss));
    c.now = ms(5);
    const auto fx = c.ep.connect(c.now, kServer, kIss);

    EXPECT_SEGMENTS(fx, {Syn, kIss});
    const Segment &syn = fx.segments.first().segment;
    QCOMPARE(int(syn.mss), mss);
    QCOMPARE(syn.source, kClient);
    QCOMPARE(syn.destination, kServer);
    QCOMPARE(fx.segments.first().kind, SegmentKind::Original);
    EXPECT_TRANSITIONS(fx, {TcpState::Closed, TcpState::SynSent, StateCause::AppConnect});
    // RFC 6298 §2.1: the initial RTO is 1 s.
    EXPECT_TIMER_SET(fx, TimerKind::Retransmission, c.now + sec(1));
    QCOMPARE(c.ep.timerDue(TimerKind::Retransmission), c.now + sec(1));
    QCOMPARE(c.ep.snapshot().sndUna, kIss);
    QCOMPARE(c.ep.snapshot().sndNxt, kIss + 1);
}

void TestTcpEndpoint::acceptSynInListenSendsSynAckAndEntersSynReceived()
{
    Conn c(ProtocolSettings{}, kMss, kServer);
    c.ep.listen(0);
    const Segment syn = c.seg(Syn, kPeerIss, 0, {}, 65535, 1460);
    const auto fx = c.ep.acceptSyn(0, syn, kIss);

    // SYN,ACK seq=y ack=x+1: the SYN consumed one sequence number.
    EXPECT_SEGMENTS(fx, {SynAck, kIss, kPeerIss + 1});
    QCOMPARE(int(fx.segments.first().segment.mss), int(kMss));
    QCOMPARE(fx.segments.first().segment.destination, kClient);
    EXPECT_TRANSITIONS(fx, {TcpState::Listen, TcpState::SynReceived, StateCause::SynReceived});
    QCOMPARE(c.ep.state(), TcpState::SynReceived);
    QCOMPARE(c.ep.remote(), kClient);
    QCOMPARE(c.ep.snapshot().rcvNxt, kPeerIss + 1);
    QCOMPARE(c.ep.snapshot().irs, kPeerIss);
    // Some timer must guard the SYN,ACK (it is retransmitted until acknowledged).
    const auto next = c.nextTimer();
    QVERIFY(next.has_value());
    QCOMPARE(c.ep.timerDue(*next), sec(1));
}

void TestTcpEndpoint::synAckInSynSentWithAckOfSynEstablishes()
{
    Conn c;
    openActive(c);
    c.wait(ms(100));
    const auto fx = c.recv(c.seg(SynAck, kPeerIss, kIss + 1, {}, 65535, 1460));

    // ACK seq=x+1 ack=y+1.
    EXPECT_SEGMENTS(fx, {Ack, kIss + 1, kPeerIss + 1});
    EXPECT_TRANSITIONS(fx, {TcpState::SynSent, TcpState::Established, StateCause::SynAckReceived});
    QCOMPARE(noticeKinds(fx), QList<NoticeKind>{NoticeKind::Established});
    QCOMPARE(c.ep.timerDue(TimerKind::Retransmission), SimTime(0));
    const auto tcb = c.ep.snapshot();
    QCOMPARE(tcb.sndUna, kIss + 1);
    QCOMPARE(tcb.sndNxt, kIss + 1);
    QCOMPARE(tcb.rcvNxt, kPeerIss + 1);
    QCOMPARE(tcb.irs, kPeerIss);
}

void TestTcpEndpoint::synAckInSynSentWithWrongAckSendsResetAndStaysSynSent_data()
{
    QTest::addColumn<uint>("ack");
    QTest::newRow("ack = ISS (acknowledges nothing)") << kIss;
    QTest::newRow("ack below ISS") << kIss - 1;
    QTest::newRow("ack beyond SND.NXT") << kIss + 2;
    QTest::newRow("ack of an old incarnation") << 0x12345678u;
}

void TestTcpEndpoint::synAckInSynSentWithWrongAckSendsResetAndStaysSynSent()
{
    QFETCH(uint, ack);
    Conn c;
    openActive(c);
    c.wait(ms(100));
    const auto fx = c.recv(SynAck, kPeerIss, ack);

    // RFC 9293 §3.10.7.3: SEG.ACK =< ISS or SEG.ACK > SND.NXT → <SEQ=SEG.ACK><CTL=RST>.
    EXPECT_SEGMENTS(fx, {Rst, ack});
    QCOMPARE(fx.segments.first().reason, SendReason::UnacceptableAck);
    EXPECT_NO_TRANSITION(fx);
    QVERIFY(fx.notices.isEmpty());
    QCOMPARE(c.ep.state(), TcpState::SynSent);
    // Still waiting for the real SYN,ACK: the SYN stays guarded.
    QCOMPARE(c.ep.timerDue(TimerKind::Retransmission), sec(1));
}

void TestTcpEndpoint::rstAckInSynSentWithAcceptableAckRefusesConnection()
{
    Conn c;
    openActive(c);
    c.wait(ms(100));
    const auto fx = c.recv(RstAck, 0, kIss + 1);

    EXPECT_NO_SEGMENTS(fx);
    EXPECT_TRANSITIONS(fx, {TcpState::SynSent, TcpState::Closed, StateCause::RstReceived});
    EXPECT_NOTICE(fx, NoticeKind::ConnectionRefused);
    QCOMPARE(c.ep.timerDue(TimerKind::Retransmission), SimTime(0));
}

void TestTcpEndpoint::rstInSynSentWithoutAcceptableAckIsIgnored_data()
{
    QTest::addColumn<int>("flags");
    QTest::addColumn<uint>("ack");
    QTest::newRow("RST without ACK") << int(Rst) << 0u;
    QTest::newRow("RST,ACK with ack = ISS") << int(RstAck) << kIss;
    QTest::newRow("RST,ACK with ack beyond SND.NXT") << int(RstAck) << kIss + 5;
}

void TestTcpEndpoint::rstInSynSentWithoutAcceptableAckIsIgnored()
{
    QFETCH(int, flags);
    QFETCH(uint, ack);
    Conn c;
    openActive(c);
    c.wait(ms(100));
    const auto fx = c.recv(TcpFlags(flags), 0, ack);
    // §3.10.7.3: a RST is never answered; without an acceptable ACK it is dropped.
    EXPECT_NO_SEGMENTS(fx);
    EXPECT_NO_TRANSITION(fx);
    QVERIFY(fx.notices.isEmpty());
    QCOMPARE(c.ep.state(), TcpState::SynSent);
}

void TestTcpEndpoint::synInSynSentIsSimultaneousOpen()
{
    Conn c;
    openActive(c);
    c.wait(ms(50));
    auto fx = c.recv(c.seg(Syn, kPeerIss, 0, {}, 65535, 1460));

    // §3.10.7.3 fourth check, SYN without ACK: SYN-RECEIVED, <SEQ=ISS><ACK=RCV.NXT><SYN,ACK>.
    EXPECT_SEGMENTS(fx, {SynAck, kIss, kPeerIss + 1});
    QCOMPARE(int(fx.segments.first().segment.mss), int(kMss));
    EXPECT_TRANSITIONS(fx, {TcpState::SynSent, TcpState::SynReceived, StateCause::SynReceived});
    QVERIFY(fx.notices.isEmpty());

    // The peer did the same; its SYN,ACK (seq=y, ack=x+1) completes the open. Four segments
    // in all (docs/teaching-notes.md, «Simultaneous open»; RFC 9293 Figure 7): no further segment is needed.
    c.wait(ms(50));
    fx = c.recv(c.seg(SynAck, kPeerIss, kIss + 1, {}, 65535, 1460));
    QVERIFY2(fx.transitions.size() == 1,
             qPrintable(QStringLiteral("simultaneous open: SYN,ACK in SYN-RECEIVED should "
                                       "establish; got %1, sent %2")
                            .arg(transitionDiff(fx, {}), labels(fx))));
    QCOMPARE(fx.transitions.first().from, TcpState::SynReceived);
    QCOMPARE(fx.transitions.first().to, TcpState::Established);
    EXPECT_NOTICE(fx, NoticeKind::Established);
    EXPECT_NO_SEGMENTS(fx);
    QCOMPARE(c.ep.snapshot().sndUna, kIss + 1);
    QCOMPARE(c.ep.snapshot().rcvNxt, kPeerIss + 1);
}

void TestTcpEndpoint::closeDuringSimultaneousOpenWithDataQueuedEndsAsAppClose()
{
    // close() in SYN-RECEIVED with data still queued keeps the FIN until the handshake
    // completes (RFC 9293 §3.10.4). Completing it, a simultaneous open moves on to
    // FIN-WAIT-1 because the application closed, as a passive open does.
    Conn c;
    openActive(c);
    c.wait(ms(50));
    c.recv(c.seg(Syn, kPeerIss, 0, {}, 65535, 1460));
    c.ep.send(c.now, bytes(10));
    c.ep.close(c.now);
    QCOMPARE(c.ep.state(), TcpState::SynReceived);
    c.wait(ms(50));
    const auto fx = c.recv(c.seg(SynAck, kPeerIss, kIss + 1, {}, 65535, 1460));
    EXPECT_TRANSITIONS(fx, {TcpState::SynReceived, TcpState::Established, StateCause::SynAckReceived},
                       {TcpState::Established, TcpState::FinWait1, StateCause::AppClose});
    EXPECT_SEGMENTS(fx, {Ack, kIss + 1, kPeerIss + 1, 10}, {FinAck, kIss + 11, kPeerIss + 1});
}

void TestTcpEndpoint::ackOfSynInSynReceivedEstablishes()
{
    Conn c(ProtocolSettings{}, kMss, kServer);
    openPassive(c);
    c.wait(ms(100));
    const auto fx = c.recv(Ack, kPeerIss + 1, kIss + 1);

    EXPECT_NO_SEGMENTS(fx);
    EXPECT_TRANSITIONS(fx, {TcpState::SynReceived, TcpState::Established, StateCause::AckOfSynReceived});
    QCOMPARE(noticeKinds(fx), QList<NoticeKind>{NoticeKind::Established});
    QCOMPARE(c.ep.snapshot().sndUna, kIss + 1);
    QCOMPARE(c.ep.timerDue(TimerKind::Retransmission), SimTime(0));
}

void TestTcpEndpoint::ackInSynReceivedAcknowledgingNothingSentGetsReset()
{
    Conn c(ProtocolSettings{}, kMss, kServer);
    openPassive(c);
    c.wait(ms(100));
    const auto fx = c.recv(Ack, kPeerIss + 1, kIss + 7);
    // §3.10.7.4 fifth check, SYN-RECEIVED: an unacceptable ACK → <SEQ=SEG.ACK><CTL=RST>.
    EXPECT_SEGMENTS(fx, {Rst, kIss + 7});
    QCOMPARE(fx.segments.first().reason, SendReason::UnacceptableAck);
    EXPECT_NO_TRANSITION(fx);
    QCOMPARE(c.ep.state(), TcpState::SynReceived);
}

void TestTcpEndpoint::rstInPassiveSynReceivedReturnsToListen()
{
    Conn c(ProtocolSettings{}, kMss, kServer);
    openPassive(c);
    c.wait(ms(100));
    const auto fx = c.recv(Rst, kPeerIss + 1);
    EXPECT_NO_SEGMENTS(fx);
    // RFC 9293 §3.10.7.4 second check: "If this connection was initiated with a passive
    // OPEN (i.e., came from the LISTEN state), then return this connection to LISTEN state
    // and return. The user need not be informed."
    EXPECT_TRANSITIONS(fx, {TcpState::SynReceived, TcpState::Listen, StateCause::RstReceived});
    QVERIFY(fx.notices.isEmpty());
    QVERIFY(!c.nextTimer().has_value()); // the SYN,ACK is no longer retransmitted
}

void TestTcpEndpoint::differentSynInPassiveSynReceivedReturnsToListen()
{
    Conn c(ProtocolSettings{}, kMss, kServer);
    openPassive(c);
    c.wait(ms(100));
    // A SYN with a new sequence number inside the window (the peer started over).
    const auto fx = c.recv(c.seg(Syn, kPeerIss + 1 + 300, 0, {}, 65535, kMss));
    // RFC 9293 §3.10.7.4 fourth check, SYN-RECEIVED: "If the connection was initiated with
    // a passive OPEN, then return this connection to the LISTEN state and return."
    EXPECT_NO_SEGMENTS(fx);
    EXPECT_TRANSITIONS(fx, {TcpState::SynReceived, TcpState::Listen, StateCause::SynReceived});
    QVERIFY(fx.notices.isEmpty());
    QVERIFY(!c.nextTimer().has_value());
}

void TestTcpEndpoint::differentSynInPassiveSynReceivedIsResetOnLinux()
{
    // Linux tcp_check_req(): an in-window SYN whose number is not the first SYN's goes to
    // "embryonic_reset": a RST answering it (RST,ACK seq=0 ack=SEG.SEQ+1, the form of
    // RFC 9293 §3.10.7.1 for a segment without ACK), and the request is dropped, which
    // leaves the listener as it was: LISTEN.
    ProtocolSettings onLinux;
    onLinux.newSynResetsSynReceived = true;
    Conn c(onLinux, kMss, kServer);
    openPassive(c);
    c.wait(ms(100));
    const uint32_t newIss = kPeerIss + 1 + 300;
    const auto fx = c.recv(c.seg(Syn, newIss, 0, {}, 65535, kMss));
    EXPECT_SEGMENTS(fx, {RstAck, 0, newIss + 1});
    QCOMPARE(fx.segments.first().reason, SendReason::NewSynInSynReceived);
    QCOMPARE(fx.segments.first().segment.window, uint16_t(0)); // the host's answer, as tcp_v4_send_reset
    EXPECT_TRANSITIONS(fx, {TcpState::SynReceived, TcpState::Listen, StateCause::SynReceived});
    QVERIFY(!c.nextTimer().has_value());

    // Outside the window the first check still decides: an ACK and nothing else, in both
    // profiles (tcp_check_req sends the ACK too).
    Conn d(onLinux, kMss, kServer);
    openPassive(d);
    d.wait(ms(100));
    const auto outside = d.recv(d.seg(Syn, kPeerIss - 70000, 0, {}, 65535, kMss));
    EXPECT_SEGMENTS(outside, {Ack, kIss + 1, kPeerIss + 1});
    QCOMPARE(d.ep.state(), TcpState::SynReceived);
}

void TestTcpEndpoint::synOutsideWindowInPassiveSynReceivedIsOnlyAcked()
{
    Conn c(ProtocolSettings{}, kMss, kServer);
    openPassive(c);
    c.wait(ms(100));
    // The first check comes before the SYN bit: an unacceptable SYN gets an ACK and the
    // half-open connection stays (RFC 9293 §3.10.7.4).
    const auto fx = c.recv(c.seg(Syn, kPeerIss - 70000, 0, {}, 65535, kMss));
    EXPECT_SEGMENTS(fx, {Ack, kIss + 1, kPeerIss + 1});
    EXPECT_NO_TRANSITION(fx);
    QCOMPARE(c.ep.state(), TcpState::SynReceived);
}

void TestTcpEndpoint::rstInActiveSynReceivedRefusesConnection()
{
    Conn c;
    openActive(c);
    c.wait(ms(50));
    c.recv(c.seg(Syn, kPeerIss, 0, {}, 65535, 1460));
    QCOMPARE(c.ep.state(), TcpState::SynReceived);
    c.wait(ms(50));
    const auto fx = c.recv(Rst, kPeerIss + 1);
    // §3.10.7.4: from an active OPEN, the user is told "connection refused".
    EXPECT_TRANSITIONS(fx, {TcpState::SynReceived, TcpState::Closed, StateCause::RstReceived});
    EXPECT_NOTICE(fx, NoticeKind::ConnectionRefused);
}

void TestTcpEndpoint::retransmittedSynInSynReceivedRepeatsSynAck()
{
    Conn c(ProtocolSettings{}, kMss, kServer);
    openPassive(c);
    c.wait(ms(1000));
    // The client's SYN retransmission after our SYN,ACK was lost.
    const auto fx = c.recv(c.seg(Syn, kPeerIss, 0, {}, 65535, 1460));
    EXPECT_SEGMENTS(fx, {SynAck, kIss, kPeerIss + 1});
    EXPECT_NO_TRANSITION(fx);
    QCOMPARE(c.ep.state(), TcpState::SynReceived);
}

void TestTcpEndpoint::synTimeoutsDoubleUntilConnectTimesOut()
{
    Conn c;
    openActive(c);
    // RFC 6298 §5.5: each expiry doubles the RTO: retransmissions at 1, 3, 7, 15, 31, 63 s.
    const QList<SimTime> expectedAt = {sec(1), sec(3), sec(7), sec(15), sec(31), sec(63)};
    for (int i = 0; i < expectedAt.size(); ++i) {
        QCOMPARE(c.ep.timerDue(TimerKind::Retransmission), expectedAt[i]);
        const auto fx = c.fire(TimerKind::Retransmission);
        EXPECT_SEGMENTS(fx, {Syn, kIss});
        QCOMPARE(fx.segments.first().kind, SegmentKind::Retransmission);
        QCOMPARE(int(fx.segments.first().segment.mss), int(kMss));
        EXPECT_NO_TRANSITION(fx);
        QCOMPARE(c.ep.state(), TcpState::SynSent);
    }
    // Linux tcp_syn_retries = 6: the 7th expiry (at 127 s) gives up with ETIMEDOUT.
    QCOMPARE(c.ep.timerDue(TimerKind::Retransmission), sec(127));
    const auto fx = c.fire(TimerKind::Retransmission);
    QCOMPARE(c.now, sec(127));
    EXPECT_NO_SEGMENTS(fx);
    EXPECT_TRANSITIONS(fx, {TcpState::SynSent, TcpState::Closed, StateCause::RetriesExhausted});
    EXPECT_NOTICE(fx, NoticeKind::TimedOut);
    QVERIFY(!c.nextTimer().has_value());
}

void TestTcpEndpoint::synLinearTimeoutsKeepFirstRetriesAtInitialRto()
{
    ProtocolSettings s;
    s.synLinearTimeouts = 4;
    Conn c(s);
    openActive(c);
    // Linux 6.5+: gaps of 1, 1, 1, 1, 1 s, then doubling 2, 4, ... 32 s; the four linear
    // retries come on top of the six of tcp_syn_retries (tcp_write_timeout in
    // net/ipv4/tcp_timer.c), so connect() fails after 131 s instead of 127 s.
    const QList<SimTime> expectedAt = {sec(1), sec(2), sec(3), sec(4), sec(5),
                                       sec(7), sec(11), sec(19), sec(35), sec(67)};
    for (SimTime at : expectedAt) {
        QCOMPARE(c.ep.timerDue(TimerKind::Retransmission), at);
        const auto fx = c.fire(TimerKind::Retransmission);
        EXPECT_SEGMENTS(fx, {Syn, kIss});
        QCOMPARE(fx.segments.first().kind, SegmentKind::Retransmission);
    }
    QCOMPARE(c.ep.timerDue(TimerKind::Retransmission), sec(131));
    const auto fx = c.fire(TimerKind::Retransmission);
    EXPECT_TRANSITIONS(fx, {TcpState::SynSent, TcpState::Closed, StateCause::RetriesExhausted});
    EXPECT_NOTICE(fx, NoticeKind::TimedOut);
}

void TestTcpEndpoint::synAckRetransmittedUpToSynAckRetries()
{
    Conn c(ProtocolSettings{}, kMss, kServer);
    openPassive(c);
    // Linux tcp_synack_retries = 5: SYN,ACK again at 1, 3, 7, 15, 31 s, given up at 63 s.
    const QList<SimTime> expectedAt = {sec(1), sec(3), sec(7), sec(15), sec(31)};
    for (SimTime at : expectedAt) {
        const auto kind = c.nextTimer();
        QVERIFY(kind.has_value());
        QCOMPARE(c.ep.timerDue(*kind), at);
        const auto fx = c.fire(*kind);
        EXPECT_SEGMENTS(fx, {SynAck, kIss, kPeerIss + 1});
        QCOMPARE(fx.segments.first().kind, SegmentKind::Retransmission);
        QCOMPARE(c.ep.state(), TcpState::SynReceived);
    }
    const auto kind = c.nextTimer();
    QVERIFY(kind.has_value());
    QCOMPARE(c.ep.timerDue(*kind), sec(63));
    const auto fx = c.fire(*kind);
    EXPECT_NO_SEGMENTS(fx);
    EXPECT_TRANSITIONS(fx, {TcpState::SynReceived, TcpState::Closed, StateCause::RetriesExhausted});
}

void TestTcpEndpoint::mssDefaultsTo536WhenPeerAnnouncesNone()
{
    Conn c;
    openActive(c);
    completeActive(c, 65535, /*peerMss*/ 0);
    const auto fx = c.ep.send(c.now, bytes(1200));
    // RFC 9293 §3.7.1: without the option the peer can take 536 bytes.
    EXPECT_SEGMENTS(fx, {Ack, kIss + 1, kPeerIss + 1, 536}, {Ack, kIss + 537, kPeerIss + 1, 536},
                    {Ack, kIss + 1073, kPeerIss + 1, 128});
}

void TestTcpEndpoint::dataWithTheAckOfSynIsAcceptedInSynReceived()
{
    Conn c(ProtocolSettings{}, kMss, kServer);
    openPassive(c);
    c.wait(ms(100));
    const QByteArray request = bytes(10);
    const auto fx = c.recv(Ack, kPeerIss + 1, kIss + 1, request);
    EXPECT_TRANSITIONS(fx, {TcpState::SynReceived, TcpState::Established, StateCause::AckOfSynReceived});
    EXPECT_SEGMENTS(fx, {Ack, kIss + 1, kPeerIss + 11});
    QCOMPARE(receivedBytes(fx), request);
    // The application learns of the connection before it reads the data.
    QCOMPARE(noticeKinds(fx).first(), NoticeKind::Established);
}

void TestTcpEndpoint::finWithTheAckOfSynInSynReceivedGoesToCloseWait()
{
    Conn c(ProtocolSettings{}, kMss, kServer);
    openPassive(c);
    c.wait(ms(100));
    const auto fx = c.recv(FinAck, kPeerIss + 1, kIss + 1);
    // §3.10.7.4 eighth check: SYN-RECEIVED (now ESTABLISHED) + FIN → CLOSE-WAIT.
    EXPECT_TRANSITIONS(fx, {TcpState::SynReceived, TcpState::Established, StateCause::AckOfSynReceived},
                       {TcpState::Established, TcpState::CloseWait, StateCause::FinReceived});
    EXPECT_SEGMENTS(fx, {Ack, kIss + 1, kPeerIss + 2});
    EXPECT_NOTICE(fx, NoticeKind::EndOfStream);
}

void TestTcpEndpoint::acceptCookieStartsEstablishedWithTheCookiesMss()
{
    Conn c(ProtocolSettings{}, kMss, kServer);
    c.ep.listen(0);
    c.wait(ms(100));
    // The final ACK of a cookie handshake: ack = cookie + 1; the cookie encoded MSS 536.
    auto fx = c.ep.acceptCookie(c.now, c.seg(Ack, kPeerIss + 1, kIss + 1), kIss, 536);
    EXPECT_NO_SEGMENTS(fx);
    QCOMPARE(c.ep.state(), TcpState::Established);
    QCOMPARE(fx.transitions.size(), 1);
    QCOMPARE(fx.transitions.first().to, TcpState::Established);
    QCOMPARE(noticeKinds(fx), QList<NoticeKind>{NoticeKind::Established});
    QCOMPARE(c.ep.snapshot().sndUna, kIss + 1);
    QCOMPARE(c.ep.snapshot().rcvNxt, kPeerIss + 1);
    c.wait(ms(10));
    fx = c.ep.send(c.now, bytes(600));
    EXPECT_SEGMENTS(fx, {Ack, kIss + 1, kPeerIss + 1, 536}, {Ack, kIss + 537, kPeerIss + 1, 64});
}

void TestTcpEndpoint::closeBeforeEstablishedNeedsNoFin_data()
{
    QTest::addColumn<TcpState>("state");
    QTest::newRow("LISTEN") << TcpState::Listen;
    QTest::newRow("SYN-SENT") << TcpState::SynSent;
}

void TestTcpEndpoint::closeBeforeEstablishedNeedsNoFin()
{
    QFETCH(TcpState, state);
    Conn c;
    REACH(c, state);
    c.wait(ms(10));
    // §3.10.4: LISTEN and SYN-SENT just delete the TCB; nothing was synchronized.
    const auto fx = c.ep.close(c.now);
    EXPECT_NO_SEGMENTS(fx);
    EXPECT_TRANSITIONS(fx, {state, TcpState::Closed, StateCause::AppClose});
    QVERIFY(!c.nextTimer().has_value());
}

void TestTcpEndpoint::closeInSynReceivedSendsFin()
{
    Conn c(ProtocolSettings{}, kMss, kServer);
    openPassive(c);
    c.wait(ms(10));
    // §3.10.4 SYN-RECEIVED: with nothing queued, send FIN and enter FIN-WAIT-1.
    auto fx = c.ep.close(c.now);
    EXPECT_TRANSITIONS(fx, {TcpState::SynReceived, TcpState::FinWait1, StateCause::AppClose});
    EXPECT_SEGMENTS(fx, {FinAck, kIss + 1, kPeerIss + 1});
    // The peer's ACK of SYN and FIN together completes our side's close.
    c.wait(ms(100));
    fx = c.recv(Ack, kPeerIss + 1, kIss + 2);
    QCOMPARE(c.ep.state(), TcpState::FinWait2);
}

void TestTcpEndpoint::closeInSynReceivedStillRetransmitsSynAck_data()
{
    QTest::addColumn<bool>("passive");
    QTest::newRow("listener's child") << true;
    QTest::newRow("simultaneous open") << false;
}

void TestTcpEndpoint::closeInSynReceivedStillRetransmitsSynAck()
{
    // Closed before the handshake completed: our SYN is still unacknowledged, so the
    // oldest segment to repeat on RTO is the SYN,ACK (RFC 6298 §5.4) — repeating only the
    // FIN would leave a peer that lost our SYN stuck in SYN-SENT.
    QFETCH(bool, passive);
    Conn c(ProtocolSettings{}, kMss, passive ? kServer : kClient);
    if (passive) {
        openPassive(c);
    } else {
        openActive(c);
        c.wait(ms(50));
        c.recv(c.seg(Syn, kPeerIss, 0, {}, 65535, 1460));
    }
    QCOMPARE(c.ep.state(), TcpState::SynReceived);
    c.wait(ms(10));
    c.ep.close(c.now);
    QCOMPARE(c.ep.state(), TcpState::FinWait1);
    const auto fx = c.fire(TimerKind::Retransmission);
    QVERIFY2(!fx.segments.isEmpty(), "nothing retransmitted");
    const Segment &first = fx.segments.first().segment;
    QVERIFY2(first.has(SynAck) && first.seq == kIss, qPrintable(labels(fx)));
    QCOMPARE(first.ack, kPeerIss + 1);
    // The peer's ACK of both SYN and FIN ends our half of the close.
    c.wait(ms(100));
    c.recv(Ack, kPeerIss + 1, kIss + 2);
    QCOMPARE(c.ep.state(), TcpState::FinWait2);
}

// ---------------------------------------------------------------------------------------
// Data (RFC 9293 §3.8, §3.10.2, §3.10.7.4 seventh check; RFC 6298)
// ---------------------------------------------------------------------------------------

void TestTcpEndpoint::sendCutsDataIntoSegmentsOfMssAndWindow_data()
{
    QTest::addColumn<int>("ownMss");
    QTest::addColumn<int>("peerMss");
    QTest::addColumn<int>("peerWindow");
    QTest::addColumn<int>("bytesToSend");
    QTest::addColumn<QList<int>>("lengths");

    QTest::newRow("MSS 1460, large window") << 1460 << 1460 << 65535 << 4000 << QList<int>{1460, 1460, 1080};
    QTest::newRow("exactly one MSS") << 1460 << 1460 << 65535 << 1460 << QList<int>{1460};
    QTest::newRow("small write") << 1460 << 1460 << 65535 << 10 << QList<int>{10};
    QTest::newRow("peer MSS 536") << 1460 << 536 << 65535 << 1200 << QList<int>{536, 536, 128};
    QTest::newRow("own MSS 1452 (PPPoE) is smaller") << 1452 << 1460 << 65535 << 3000 << QList<int>{1452, 1452, 96};
    QTest::newRow("window smaller than MSS") << 1460 << 1460 << 1000 << 3000 << QList<int>{1000};
    QTest::newRow("window 2000") << 1460 << 1460 << 2000 << 3000 << QList<int>{1460, 540};
}

void TestTcpEndpoint::sendCutsDataIntoSegmentsOfMssAndWindow()
{
    QFETCH(int, ownMss);
    QFETCH(int, peerMss);
    QFETCH(int, peerWindow);
    QFETCH(int, bytesToSend);
    QFETCH(QList<int>, lengths);

    Conn c(ProtocolSettings{}, uint16_t(ownMss));
    openActive(c);
    completeActive(c, uint16_t(peerWindow), uint16_t(peerMss));
    QCOMPARE(c.ep.state(), TcpState::Established);
    c.wait(ms(10));
    const QByteArray data = bytes(bytesToSend);
    const auto fx = c.ep.send(c.now, data);

    QList<Expected> want;
    uint32_t seq = kIss + 1;
    for (int len : lengths) {
        want.append({Ack, seq, kPeerIss + 1, len});
        seq += uint32_t(len);
    }
    const QString d = segmentDiff(fx, want);
    QVERIFY2(d.isEmpty(), qPrintable(d));
    // The bytes travel in order, unchanged.
    QByteArray sent;
    for (const auto &o : fx.segments)
        sent += o.segment.payload;
    QCOMPARE(sent, data.left(sent.size()));
    QCOMPARE(c.ep.snapshot().sndNxt, seq);
    QCOMPARE(c.ep.snapshot().sendQueued, bytesToSend);
    EXPECT_TIMER_SET(fx, TimerKind::Retransmission, c.now + c.ep.snapshot().rto);
}

void TestTcpEndpoint::windowUpdateReleasesQueuedData()
{
    Conn c;
    openActive(c);
    completeActive(c, /*window*/ 1000);
    c.wait(ms(10));
    auto fx = c.ep.send(c.now, bytes(2500));
    EXPECT_SEGMENTS(fx, {Ack, kIss + 1, kPeerIss + 1, 1000});
    c.wait(ms(100));
    fx = c.recv(Ack, kPeerIss + 1, kIss + 1001, {}, 1000);
    EXPECT_SEGMENTS(fx, {Ack, kIss + 1001, kPeerIss + 1, 1000});
    c.wait(ms(100));
    fx = c.recv(Ack, kPeerIss + 1, kIss + 2001, {}, 1000);
    EXPECT_SEGMENTS(fx, {Ack, kIss + 2001, kPeerIss + 1, 500});
}

void TestTcpEndpoint::dataSentBeforeEstablishedWaitsForHandshake()
{
    Conn c;
    openActive(c);
    auto fx = c.ep.send(c.now, bytes(100));
    // §3.10.2, SYN-SENT: queue the data for transmission after entering ESTABLISHED.
    EXPECT_NO_SEGMENTS(fx);
    c.wait(ms(100));
    fx = c.recv(c.seg(SynAck, kPeerIss, kIss + 1, {}, 65535, 1460));
    QCOMPARE(c.ep.state(), TcpState::Established);
    // The handshake's ACK and the data (which carries the same ACK) may be one or two
    // segments; the data must follow the SYN's number.
    QVERIFY(!fx.segments.isEmpty());
    const Segment &last = fx.segments.last().segment;
    QCOMPARE(last.seq, kIss + 1);
    QCOMPARE(int(last.length()), 100);
    QCOMPARE(last.ack, kPeerIss + 1);
}

void TestTcpEndpoint::dataInEstablishedIsAckedWithSeqPlusLen_data()
{
    QTest::addColumn<int>("len");
    QTest::newRow("1 byte") << 1;
    // The smallest length where SEG.SEQ+SEG.LEN and SEG.SEQ+1 differ.
    QTest::newRow("2 bytes: ACK is seq+len, not seq+1") << 2;
    QTest::newRow("100 bytes") << 100;
    QTest::newRow("full segment") << 1460;
}

void TestTcpEndpoint::dataInEstablishedIsAckedWithSeqPlusLen()
{
    QFETCH(int, len);
    Conn c;
    REACH(c, TcpState::Established);
    c.wait(ms(50));
    const QByteArray data = bytes(len, 'A');
    const auto fx = c.recv(Ack, kPeerIss + 1, kIss + 1, data);

    // ack = seq + len, not seq + 1 (docs/teaching-notes.md, «Sequence and acknowledgment numbers»).
    EXPECT_SEGMENTS(fx, {Ack, kIss + 1, kPeerIss + 1 + uint32_t(len)});
    QCOMPARE(receivedBytes(fx), data);
    QCOMPARE(c.ep.receivedData(), data);
    QCOMPARE(c.ep.snapshot().rcvNxt, kPeerIss + 1 + uint32_t(len));
    EXPECT_NO_TRANSITION(fx);
}

void TestTcpEndpoint::outOfOrderDataIsHeldUntilGapFills()
{
    Conn c;
    REACH(c, TcpState::Established);
    const QByteArray first = bytes(100, 'a');
    const QByteArray second = bytes(100, 'n');

    c.wait(ms(10));
    auto fx = c.recv(Ack, kPeerIss + 101, kIss + 1, second); // the first 100 bytes are missing
    // A duplicate ACK says what we still expect; nothing is handed to the application.
    EXPECT_SEGMENTS(fx, {Ack, kIss + 1, kPeerIss + 1});
    QVERIFY(receivedBytes(fx).isEmpty());
    QCOMPARE(c.ep.snapshot().outOfOrderBytes, 100);

    c.wait(ms(10));
    fx = c.recv(Ack, kPeerIss + 1, kIss + 1, first);
    EXPECT_SEGMENTS(fx, {Ack, kIss + 1, kPeerIss + 201});
    QCOMPARE(receivedBytes(fx), first + second);
    QCOMPARE(c.ep.receivedData(), first + second);
    QCOMPARE(c.ep.snapshot().outOfOrderBytes, 0);
}

void TestTcpEndpoint::duplicateDataIsReAckedNotDeliveredTwice()
{
    Conn c;
    REACH(c, TcpState::Established);
    const QByteArray data = bytes(100);
    c.wait(ms(10));
    c.recv(Ack, kPeerIss + 1, kIss + 1, data);
    c.wait(ms(300));
    const auto fx = c.recv(Ack, kPeerIss + 1, kIss + 1, data); // the peer retransmitted

    EXPECT_SEGMENTS(fx, {Ack, kIss + 1, kPeerIss + 101});
    QVERIFY(receivedBytes(fx).isEmpty());
    QCOMPARE(c.ep.receivedData(), data);
}

void TestTcpEndpoint::overlappingDataDeliversOnlyNewBytes()
{
    Conn c;
    REACH(c, TcpState::Established);
    const QByteArray stream = bytes(150);
    c.wait(ms(10));
    c.recv(Ack, kPeerIss + 1, kIss + 1, stream.left(100));
    c.wait(ms(10));
    // Bytes 50..149: the first half is old, the second half new (§3.10.7.4 trimming).
    const auto fx = c.recv(Ack, kPeerIss + 51, kIss + 1, stream.mid(50, 100));
    EXPECT_SEGMENTS(fx, {Ack, kIss + 1, kPeerIss + 151});
    QCOMPARE(receivedBytes(fx), stream.mid(100, 50));
    QCOMPARE(c.ep.receivedData(), stream);
}

void TestTcpEndpoint::ackOfAllDataStopsRetransmissionTimer()
{
    Conn c;
    REACH(c, TcpState::Established);
    c.wait(ms(10));
    c.ep.send(c.now, bytes(100));
    QVERIFY(c.ep.timerDue(TimerKind::Retransmission) != 0);
    c.wait(ms(100));
    const auto fx = c.recv(Ack, kPeerIss + 1, kIss + 101);
    EXPECT_NO_SEGMENTS(fx);
    QCOMPARE(c.ep.timerDue(TimerKind::Retransmission), SimTime(0));
    QCOMPARE(c.ep.snapshot().sndUna, kIss + 101);
    QCOMPARE(c.ep.snapshot().sendQueued, 0);
}

void TestTcpEndpoint::dataRetransmittedOnRtoWithBackoff()
{
    Conn c;
    REACH(c, TcpState::Established);
    c.wait(ms(900));
    const QByteArray data = bytes(100);
    auto fx = c.ep.send(c.now, data);
    const SimTime rto = c.ep.snapshot().rto;
    QVERIFY(rto >= ms(200));
    EXPECT_TIMER_SET(fx, TimerKind::Retransmission, c.now + rto);

    fx = c.fire(TimerKind::Retransmission);
    EXPECT_SEGMENTS(fx, {Ack, kIss + 1, kPeerIss + 1, 100});
    QCOMPARE(fx.segments.first().kind, SegmentKind::Retransmission);
    QCOMPARE(fx.segments.first().segment.payload, data);
    // RFC 6298 §5.5: back off the timer.
    EXPECT_TIMER_SET(fx, TimerKind::Retransmission, c.now + 2 * rto);

    fx = c.fire(TimerKind::Retransmission);
    EXPECT_SEGMENTS(fx, {Ack, kIss + 1, kPeerIss + 1, 100});
    EXPECT_TIMER_SET(fx, TimerKind::Retransmission, c.now + 4 * rto);
}

void TestTcpEndpoint::rttSampleUpdatesSrttRttvarAndRto()
{
    // RFC 6298 §2.2 (first sample: SRTT=R, RTTVAR=R/2) and §2.3 (later samples, α=1/8,
    // β=1/4); RTO = SRTT + max(G, 4·RTTVAR), at least rto_min. The SYN's RTT counts as the
    // first sample (it was not retransmitted, so Karn's rule allows it; Linux does so).
    RttEstimator est;
    const SimTime rtoMin = ProtocolSettings().rtoMin;
    Conn c;
    openActive(c);
    completeActive(c, 65535, kMss, ms(100));
    est.sample(ms(100), rtoMin);
    QCOMPARE(c.ep.snapshot().rto, est.rto); // 100 + 4·50 = 300 ms

    const QList<SimTime> samples = {ms(300), ms(80), ms(120), ms(500)};
    uint32_t seq = kIss + 1;
    for (SimTime r : samples) {
        c.wait(ms(1000));
        c.ep.send(c.now, bytes(10));
        c.wait(r);
        seq += 10;
        c.recv(Ack, kPeerIss + 1, seq);
        est.sample(r, rtoMin);
        QCOMPARE(c.ep.snapshot().rto, est.rto);
    }
}

void TestTcpEndpoint::ackOfRetransmittedDataGivesNoRttSample()
{
    // Karn's algorithm (RFC 6298 §3, §5.7): an ACK of a retransmitted segment is ambiguous,
    // so it yields no RTT sample and the backed-off RTO stays until a clean sample arrives.
    RttEstimator est;
    const SimTime rtoMin = ProtocolSettings().rtoMin;
    Conn c;
    openActive(c);
    completeActive(c, 65535, kMss, ms(100));
    est.sample(ms(100), rtoMin);
    c.wait(ms(900));
    c.ep.send(c.now, bytes(10));
    c.fire(TimerKind::Retransmission);
    const SimTime backedOff = c.ep.snapshot().rto;
    QCOMPARE(backedOff, 2 * est.rto);
    c.wait(ms(700)); // whichever copy this acknowledges, 700 ms is no measurement
    c.recv(Ack, kPeerIss + 1, kIss + 11);
    QCOMPARE(c.ep.snapshot().rto, backedOff);
    // The next clean exchange measures again, from the estimator's old state.
    c.wait(ms(500));
    c.ep.send(c.now, bytes(10));
    c.wait(ms(100));
    c.recv(Ack, kPeerIss + 1, kIss + 21);
    est.sample(ms(100), rtoMin);
    QCOMPARE(c.ep.snapshot().rto, est.rto);
}

void TestTcpEndpoint::rtoNeverBelowRtoMin_data()
{
    QTest::addColumn<qint64>("rtoMin");
    QTest::addColumn<qint64>("rtt");
    QTest::addColumn<qint64>("expectedRto");
    QTest::newRow("Linux 200 ms floor, 1 ms RTT") << qint64(ms(200)) << qint64(ms(1)) << qint64(ms(200));
    QTest::newRow("Linux 200 ms floor, 50 ms RTT") << qint64(ms(200)) << qint64(ms(50)) << qint64(ms(200));
    QTest::newRow("RFC 6298 1 s floor, 100 ms RTT") << qint64(sec(1)) << qint64(ms(100)) << qint64(sec(1));
}

void TestTcpEndpoint::rtoNeverBelowRtoMin()
{
    QFETCH(qint64, rtoMin);
    QFETCH(qint64, rtt);
    QFETCH(qint64, expectedRto);
    ProtocolSettings s;
    s.rtoMin = rtoMin;
    Conn c(s);
    openActive(c);
    completeActive(c, 65535, kMss, rtt);
    c.wait(ms(500));
    c.ep.send(c.now, bytes(10));
    c.wait(rtt);
    c.recv(Ack, kPeerIss + 1, kIss + 11);
    QCOMPARE(c.ep.snapshot().rto, SimTime(expectedRto));
    // And the timer of the next segment uses it.
    c.wait(ms(500));
    const auto fx = c.ep.send(c.now, bytes(10));
    EXPECT_TIMER_SET(fx, TimerKind::Retransmission, c.now + expectedRto);
}

void TestTcpEndpoint::dataRetriesExhaustedTimesOut()
{
    ProtocolSettings s;
    s.dataRetries = 3;
    Conn c(s);
    REACH(c, TcpState::Established);
    c.wait(ms(100));
    c.ep.send(c.now, bytes(10));
    for (int i = 0; i < 3; ++i) {
        const auto fx = c.fire(TimerKind::Retransmission);
        EXPECT_SEGMENTS(fx, {Ack, kIss + 1, kPeerIss + 1, 10});
    }
    const auto fx = c.fire(TimerKind::Retransmission);
    QCOMPARE(c.ep.state(), TcpState::Closed);
    QCOMPARE(fx.transitions.last().cause, StateCause::RetriesExhausted);
    EXPECT_NOTICE(fx, NoticeKind::TimedOut);
}

void TestTcpEndpoint::ackForDataNeverSentIsAnsweredWithAck()
{
    Conn c;
    REACH(c, TcpState::Established);
    c.wait(ms(10));
    // §3.10.7.4 fifth check: SEG.ACK > SND.NXT → send an ACK, drop the segment.
    const auto fx = c.recv(Ack, kPeerIss + 1, kIss + 500, bytes(20));
    EXPECT_SEGMENTS(fx, {Ack, kIss + 1, kPeerIss + 1});
    QVERIFY(receivedBytes(fx).isEmpty());
    QCOMPARE(c.ep.snapshot().sndUna, kIss + 1);
}

// ---------------------------------------------------------------------------------------
// Acceptability (§3.10.7.4 first check) and RST (second check)
// ---------------------------------------------------------------------------------------

void TestTcpEndpoint::unacceptableSegmentIsAckedAndDropped_data()
{
    QTest::addColumn<TcpState>("state");
    QTest::addColumn<int>("offset"); // SEG.SEQ - RCV.NXT
    QTest::addColumn<int>("len");
    for (TcpState s : {TcpState::Established, TcpState::FinWait1, TcpState::FinWait2,
                       TcpState::CloseWait, TcpState::Closing, TcpState::LastAck,
                       TcpState::TimeWait}) {
        const QString name = tcpStateName(s);
        QTest::newRow(qPrintable(name + QStringLiteral(", old data before RCV.NXT"))) << s << -600 << 100;
        QTest::newRow(qPrintable(name + QStringLiteral(", data beyond the window"))) << s << 70000 << 100;
        QTest::newRow(qPrintable(name + QStringLiteral(", empty ACK beyond the window"))) << s << 70000 << 0;
    }
}

void TestTcpEndpoint::unacceptableSegmentIsAckedAndDropped()
{
    QFETCH(TcpState, state);
    QFETCH(int, offset);
    QFETCH(int, len);
    Conn c;
    REACH(c, state);
    const uint32_t sndNxt = sndNxtIn(state);
    const uint32_t rcvNxt = rcvNxtIn(state);
    QCOMPARE(c.ep.snapshot().sndNxt, sndNxt);
    QCOMPARE(c.ep.snapshot().rcvNxt, rcvNxt);
    const QByteArray delivered = c.ep.receivedData();

    c.wait(ms(10));
    const auto fx = c.recv(Ack, rcvNxt + uint32_t(offset), sndNxt, bytes(len));
    // "If an incoming segment is not acceptable, an acknowledgment should be sent in reply
    // (unless the RST bit is set)": <SEQ=SND.NXT><ACK=RCV.NXT><CTL=ACK>, then drop it.
    EXPECT_SEGMENTS(fx, {Ack, sndNxt, rcvNxt});
    EXPECT_NO_TRANSITION(fx);
    QVERIFY(receivedBytes(fx).isEmpty());
    QCOMPARE(c.ep.receivedData(), delivered);
    QCOMPARE(c.ep.snapshot().rcvNxt, rcvNxt);
    QCOMPARE(c.ep.state(), state);
}

// §3.10.7.4 first check, fourth case: a segment is acceptable when its first byte or its
// last byte, SEG.SEQ+SEG.LEN-1, lies in the window. This one starts one byte before RCV.NXT
// (already received) and ends on RCV.NXT+RCV.WND-1, the last byte the window allows: only
// its last byte is in the window, so counting one past it (SEG.SEQ+SEG.LEN) would refuse it.
void TestTcpEndpoint::dataWhoseLastByteIsTheWindowsLastIsAccepted()
{
    ProtocolSettings s;
    s.window = 100;
    Conn c(s);
    REACH(c, TcpState::Established);
    c.wait(ms(10));
    QCOMPARE(c.ep.snapshot().rcvWnd, 100u);
    const QByteArray data = bytes(101);
    const auto fx = c.recv(Ack, kPeerIss, kIss + 1, data);
    QCOMPARE(receivedBytes(fx), data.mid(1)); // the 100 new bytes, the old one trimmed
    QCOMPARE(c.ep.snapshot().rcvNxt, kPeerIss + 101);
}

void TestTcpEndpoint::acksToUnacceptableSegmentsAreLimitedToOnePerHalfSecond()
{
    // Linux tcp_invalid_ratelimit (RFC 5961 §7): two endpoints that disagree about the
    // sequence space must not ping-pong ACKs forever. Such a loop is made of segments
    // without data.
    Conn c;
    REACH(c, TcpState::Established);
    const uint32_t sndNxt = sndNxtIn(TcpState::Established);
    const uint32_t rcvNxt = rcvNxtIn(TcpState::Established);
    c.wait(ms(10));
    EXPECT_SEGMENTS(c.recv(Ack, rcvNxt - 600, sndNxt), {Ack, sndNxt, rcvNxt});
    c.wait(ms(100));
    EXPECT_NO_SEGMENTS(c.recv(Ack, rcvNxt - 600, sndNxt));
    c.wait(ms(450));
    EXPECT_SEGMENTS(c.recv(Ack, rcvNxt - 600, sndNxt), {Ack, sndNxt, rcvNxt});
}

void TestTcpEndpoint::oldDuplicateDataIsAlwaysAckedWithoutRateLimit()
{
    // RFC 9293 §3.10.7.4 first check: an unacceptable segment is answered with an ACK. The
    // rate limit (RFC 5961 §7) is for segments without data only (Linux
    // tcp_oow_rate_limited): an old duplicate data segment tells of a lost ACK, and the
    // sender needs the answer every time.
    Conn c;
    REACH(c, TcpState::Established);
    const uint32_t sndNxt = sndNxtIn(TcpState::Established);
    const uint32_t rcvNxt = rcvNxtIn(TcpState::Established);
    c.wait(ms(10));
    EXPECT_SEGMENTS(c.recv(Ack, rcvNxt - 600, sndNxt), {Ack, sndNxt, rcvNxt});
    for (int i = 0; i < 3; ++i) {
        c.wait(ms(50));
        EXPECT_SEGMENTS(c.recv(Ack, rcvNxt - 600, sndNxt, bytes(100)), {Ack, sndNxt, rcvNxt});
    }
    // A pure ACK within the half second is still held back.
    EXPECT_NO_SEGMENTS(c.recv(Ack, rcvNxt - 600, sndNxt));
}

void TestTcpEndpoint::inWindowRstResetsConnection_data()
{
    QTest::addColumn<TcpState>("state");
    QTest::addColumn<bool>("halfClosed");   // FIN-WAIT-* reached by shutdown(), not close()
    QTest::addColumn<bool>("userNotified"); // an application still holds the socket
    QTest::newRow("ESTABLISHED") << TcpState::Established << false << true;
    QTest::newRow("FIN-WAIT-1 after shutdown()") << TcpState::FinWait1 << true << true;
    QTest::newRow("FIN-WAIT-2 after shutdown()") << TcpState::FinWait2 << true << true;
    QTest::newRow("CLOSE-WAIT") << TcpState::CloseWait << false << true;
    // After close() nobody holds the socket: the reset is not reported to anyone.
    QTest::newRow("FIN-WAIT-1 after close()") << TcpState::FinWait1 << false << false;
    QTest::newRow("FIN-WAIT-2 after close()") << TcpState::FinWait2 << false << false;
    QTest::newRow("CLOSING") << TcpState::Closing << false << false;
    QTest::newRow("LAST-ACK") << TcpState::LastAck << false << false;
}

void TestTcpEndpoint::inWindowRstResetsConnection()
{
    QFETCH(TcpState, state);
    QFETCH(bool, halfClosed);
    QFETCH(bool, userNotified);
    Conn c;
    if (halfClosed) {
        REACH(c, TcpState::Established);
        c.wait(ms(10));
        c.ep.shutdownWrite(c.now);
        if (state == TcpState::FinWait2) {
            c.wait(ms(100));
            c.recv(Ack, kPeerIss + 1, kIss + 2);
        }
        QCOMPARE(c.ep.state(), state);
    } else {
        REACH(c, state);
    }
    c.wait(ms(10));
    const auto fx = c.recv(Rst, rcvNxtIn(state));
    // §3.10.7.4 second check: RST in window → CLOSED at once, no TIME-WAIT, never answered;
    // "users should also receive an unsolicited general 'connection reset' signal".
    EXPECT_NO_SEGMENTS(fx);
    EXPECT_TRANSITIONS(fx, {state, TcpState::Closed, StateCause::RstReceived});
    if (userNotified)
        EXPECT_NOTICE(fx, NoticeKind::ConnectionReset);
    else
        QVERIFY(fx.notices.isEmpty());
    QVERIFY(!c.nextTimer().has_value());
}

void TestTcpEndpoint::outOfWindowRstIsIgnored_data()
{
    QTest::addColumn<TcpState>("state");
    QTest::addColumn<int>("offset");
    for (TcpState s : {TcpState::Established, TcpState::FinWait1, TcpState::FinWait2,
                       TcpState::CloseWait, TcpState::Closing, TcpState::LastAck,
                       TcpState::TimeWait}) {
        const QString name = tcpStateName(s);
        QTest::newRow(qPrintable(name + QStringLiteral(", just below RCV.NXT"))) << s << -1;
        QTest::newRow(qPrintable(name + QStringLiteral(", beyond the window"))) << s << 65535;
        QTest::newRow(qPrintable(name + QStringLiteral(", far away (blind attack)"))) << s << 0x40000000;
    }
}

void TestTcpEndpoint::outOfWindowRstIsIgnored()
{
    QFETCH(TcpState, state);
    QFETCH(int, offset);
    Conn c;
    REACH(c, state);
    c.wait(ms(10));
    const auto fx = c.recv(Rst, rcvNxtIn(state) + uint32_t(offset));
    // Not acceptable and RST set: "drop the segment and return" — no ACK either.
    EXPECT_NO_SEGMENTS(fx);
    EXPECT_NO_TRANSITION(fx);
    QVERIFY(fx.notices.isEmpty());
    QCOMPARE(c.ep.state(), state);
}

void TestTcpEndpoint::synInEstablishedGetsChallengeAckNotReset()
{
    Conn c;
    REACH(c, TcpState::Established);
    c.wait(ms(10));
    const auto fx = c.recv(c.seg(Syn, kPeerIss + 1, 0, {}, 65535, 1460));
    // RFC 9293 §3.10.7.4 fourth check (after RFC 5961 §4): a challenge ACK, the
    // connection survives.
    EXPECT_SEGMENTS(fx, {Ack, kIss + 1, kPeerIss + 1});
    EXPECT_NO_TRANSITION(fx);
}

void TestTcpEndpoint::inWindowRstNotAtRcvNxtGetsChallengeAck_data()
{
    QTest::addColumn<TcpState>("state");
    for (TcpState st : {TcpState::SynReceived, TcpState::Established, TcpState::FinWait1,
                        TcpState::FinWait2, TcpState::CloseWait, TcpState::Closing,
                        TcpState::LastAck, TcpState::TimeWait})
        QTest::newRow(qPrintable(tcpStateName(st))) << st;
}

void TestTcpEndpoint::inWindowRstNotAtRcvNxtGetsChallengeAck()
{
    QFETCH(TcpState, state);
    Conn c;
    REACH(c, state);
    c.wait(ms(10));
    const uint32_t rcvNxt = state == TcpState::SynReceived ? kPeerIss + 1 : rcvNxtIn(state);
    const uint32_t sndNxt = state == TcpState::SynReceived ? kIss + 1 : sndNxtIn(state);
    const auto fx = c.recv(Rst, rcvNxt + 1000);
    // RFC 5961 §3.2 (RFC 9293 §3.10.7.4 second check): in the window but not exactly
    // RCV.NXT — send <SEQ=SND.NXT><ACK=RCV.NXT><CTL=ACK> and drop; nothing is reset.
    EXPECT_SEGMENTS(fx, {Ack, sndNxt, rcvNxt});
    EXPECT_NO_TRANSITION(fx);
    QVERIFY(fx.notices.isEmpty());
    QCOMPARE(c.ep.state(), state);
}

void TestTcpEndpoint::inWindowRstResetsUnderTheOldRule()
{
    // rfc5961_challenge_ack off: the RFC 793 rule, any RST in the window resets.
    ProtocolSettings s;
    s.rfc5961ChallengeAck = false;
    Conn c(s);
    REACH(c, TcpState::Established);
    c.wait(ms(10));
    const auto fx = c.recv(Rst, kPeerIss + 1 + 1000);
    EXPECT_NO_SEGMENTS(fx);
    EXPECT_TRANSITIONS(fx, {TcpState::Established, TcpState::Closed, StateCause::RstReceived});
    EXPECT_NOTICE(fx, NoticeKind::ConnectionReset);
}

void TestTcpEndpoint::rstAtEitherEdgeBeyondRcvNxtGetsChallengeAck_data()
{
    QTest::addColumn<bool>("lastByteOfWindow");
    QTest::newRow("RCV.NXT+1") << false;
    QTest::newRow("RCV.NXT+RCV.WND-1") << true;
}

void TestTcpEndpoint::rstAtEitherEdgeBeyondRcvNxtGetsChallengeAck()
{
    // RFC 5961 §3.2 asks for exactly RCV.NXT: one past it, or the window's last byte, is
    // in the window but still only earns a challenge ACK; the connection survives.
    QFETCH(bool, lastByteOfWindow);
    Conn c;
    REACH(c, TcpState::Established);
    c.wait(ms(10));
    const TcbSnapshot tcb = c.ep.snapshot();
    QVERIFY(tcb.rcvWnd > 1);
    const uint32_t seq = tcb.rcvNxt + (lastByteOfWindow ? tcb.rcvWnd - 1 : 1);
    const auto fx = c.recv(Rst, seq);
    EXPECT_SEGMENTS(fx, {Ack, tcb.sndNxt, tcb.rcvNxt});
    EXPECT_NO_TRANSITION(fx);
    QVERIFY(fx.notices.isEmpty());
    QCOMPARE(c.ep.state(), TcpState::Established);
}

void TestTcpEndpoint::rstAtRcvNxtAfterChallengeAckResets()
{
    // The real peer answers the challenge ACK with a RST at exactly RCV.NXT (its SEG.ACK):
    // that one resets (RFC 5961 §3.2).
    Conn c;
    REACH(c, TcpState::Established);
    c.wait(ms(10));
    EXPECT_SEGMENTS(c.recv(Rst, kPeerIss + 1 + 1000), {Ack, kIss + 1, kPeerIss + 1});
    c.wait(ms(100));
    const auto fx = c.recv(Rst, kPeerIss + 1);
    EXPECT_TRANSITIONS(fx, {TcpState::Established, TcpState::Closed, StateCause::RstReceived});
}

// ---------------------------------------------------------------------------------------
// Closing (RFC 9293 §3.6, §3.10.4, §3.10.7.4 eighth check)
// ---------------------------------------------------------------------------------------

void TestTcpEndpoint::closeInSynSentDeletesTheTcbWithoutFin()
{
    Conn c;
    REACH(c, TcpState::SynSent);
    c.wait(ms(30));
    const auto fx = c.ep.close(c.now);
    // RFC 9293 §3.10.4, SYN-SENT: delete the TCB — CLOSED at once, no FIN, no timer left.
    EXPECT_NO_SEGMENTS(fx);
    EXPECT_TRANSITIONS(fx, {TcpState::SynSent, TcpState::Closed, StateCause::AppClose});
    QVERIFY(!c.nextTimer().has_value());
}

void TestTcpEndpoint::closeInEstablishedSendsFinAndEntersFinWait1()
{
    Conn c;
    REACH(c, TcpState::Established);
    c.wait(ms(900));
    const auto fx = c.ep.close(c.now);
    // On Linux (and per §3.10.7.4) a FIN always carries ACK once synchronized.
    EXPECT_SEGMENTS(fx, {FinAck, kIss + 1, kPeerIss + 1});
    EXPECT_TRANSITIONS(fx, {TcpState::Established, TcpState::FinWait1, StateCause::AppClose});
    QCOMPARE(c.ep.snapshot().sndNxt, kIss + 2); // the FIN consumed one number
    QVERIFY(c.ep.timerDue(TimerKind::Retransmission) > c.now);
}

void TestTcpEndpoint::closeAfterDataSendsFinAfterTheData()
{
    Conn c;
    REACH(c, TcpState::Established);
    c.wait(ms(10));
    c.ep.send(c.now, bytes(100));
    const auto fx = c.ep.close(c.now);
    EXPECT_SEGMENTS(fx, {FinAck, kIss + 101, kPeerIss + 1});
    c.wait(ms(100));
    const auto fx2 = c.recv(Ack, kPeerIss + 1, kIss + 102);
    EXPECT_TRANSITIONS(fx2, {TcpState::FinWait1, TcpState::FinWait2, StateCause::AckOfFinReceived});
}

void TestTcpEndpoint::ackOfFinInFinWait1GoesToFinWait2()
{
    Conn c;
    REACH(c, TcpState::FinWait1);
    c.wait(ms(100));
    const auto fx = c.recv(Ack, kPeerIss + 1, kIss + 2); // ack = FIN seq + 1
    EXPECT_NO_SEGMENTS(fx);
    EXPECT_TRANSITIONS(fx, {TcpState::FinWait1, TcpState::FinWait2, StateCause::AckOfFinReceived});
    QCOMPARE(c.ep.timerDue(TimerKind::Retransmission), SimTime(0));
}

void TestTcpEndpoint::finInFinWait2GoesToTimeWaitAndStarts2Msl()
{
    Conn c;
    REACH(c, TcpState::FinWait2);
    c.wait(ms(100));
    const auto fx = c.recv(FinAck, kPeerIss + 1, kIss + 2);
    EXPECT_SEGMENTS(fx, {Ack, kIss + 2, kPeerIss + 2}); // FIN seq 5001 → ack 5002
    EXPECT_TRANSITIONS(fx, {TcpState::FinWait2, TcpState::TimeWait, StateCause::FinReceived});
    // 2×MSL = 60 s by default (Linux's fixed TIME-WAIT).
    EXPECT_TIMER_SET(fx, TimerKind::TimeWait, c.now + sec(60));
    QCOMPARE(c.ep.timerDue(TimerKind::TimeWait), c.now + sec(60));
}

void TestTcpEndpoint::finInFinWait1WithAckOfOurFinGoesToTimeWait()
{
    Conn c;
    REACH(c, TcpState::FinWait1);
    c.wait(ms(100));
    const auto fx = c.recv(FinAck, kPeerIss + 1, kIss + 2);
    EXPECT_SEGMENTS(fx, {Ack, kIss + 2, kPeerIss + 2});
    // Straight to TIME-WAIT, without passing FIN-WAIT-2 (§3.10.7.4 eighth check).
    EXPECT_TRANSITIONS(fx, {TcpState::FinWait1, TcpState::TimeWait, StateCause::FinAckReceived});
    EXPECT_TIMER_SET(fx, TimerKind::TimeWait, c.now + sec(60));
}

void TestTcpEndpoint::finInFinWait1WithoutAckOfOurFinGoesToClosing()
{
    Conn c;
    REACH(c, TcpState::FinWait1);
    c.wait(ms(100));
    const auto fx = c.recv(FinAck, kPeerIss + 1, kIss + 1); // simultaneous close: FINs crossed
    EXPECT_SEGMENTS(fx, {Ack, kIss + 2, kPeerIss + 2});
    EXPECT_TRANSITIONS(fx, {TcpState::FinWait1, TcpState::Closing, StateCause::FinReceived});
}

void TestTcpEndpoint::ackOfFinInClosingGoesToTimeWait()
{
    Conn c;
    REACH(c, TcpState::Closing);
    c.wait(ms(100));
    const auto fx = c.recv(Ack, kPeerIss + 2, kIss + 2);
    EXPECT_NO_SEGMENTS(fx);
    EXPECT_TRANSITIONS(fx, {TcpState::Closing, TcpState::TimeWait, StateCause::AckOfFinReceived});
    EXPECT_TIMER_SET(fx, TimerKind::TimeWait, c.now + sec(60));
}

void TestTcpEndpoint::finInEstablishedGoesToCloseWait()
{
    Conn c;
    REACH(c, TcpState::Established);
    c.wait(ms(100));
    const auto fx = c.recv(FinAck, kPeerIss + 1, kIss + 1);
    // The passive closer's ACK is immediate (delayed ACK off); ack = FIN seq + 1.
    EXPECT_SEGMENTS(fx, {Ack, kIss + 1, kPeerIss + 2});
    EXPECT_TRANSITIONS(fx, {TcpState::Established, TcpState::CloseWait, StateCause::FinReceived});
    QCOMPARE(noticeKinds(fx), QList<NoticeKind>{NoticeKind::EndOfStream});
}

void TestTcpEndpoint::finAfterDataAcknowledgesDataPlusOne()
{
    Conn c;
    REACH(c, TcpState::Established);
    c.wait(ms(100));
    const QByteArray data = bytes(100);
    const auto fx = c.recv(FinAck, kPeerIss + 1, kIss + 1, data); // data and FIN together
    EXPECT_SEGMENTS(fx, {Ack, kIss + 1, kPeerIss + 1 + 100 + 1});
    QCOMPARE(receivedBytes(fx), data);
    EXPECT_NOTICE(fx, NoticeKind::EndOfStream);
    // The application sees the data before the end of the stream.
    QCOMPARE(noticeKinds(fx).indexOf(NoticeKind::DataReceived) < noticeKinds(fx).indexOf(NoticeKind::EndOfStream), true);
    QCOMPARE(c.ep.state(), TcpState::CloseWait);
}

void TestTcpEndpoint::finAheadOfMissingDataWaitsForTheGap()
{
    Conn c;
    REACH(c, TcpState::Established);
    const QByteArray data = bytes(100);
    c.wait(ms(10));
    auto fx = c.recv(FinAck, kPeerIss + 101, kIss + 1); // FIN after 100 bytes we lack
    EXPECT_SEGMENTS(fx, {Ack, kIss + 1, kPeerIss + 1});
    EXPECT_NO_TRANSITION(fx);
    EXPECT_NO_NOTICE(fx, NoticeKind::EndOfStream);
    c.wait(ms(10));
    fx = c.recv(Ack, kPeerIss + 1, kIss + 1, data);
    EXPECT_SEGMENTS(fx, {Ack, kIss + 1, kPeerIss + 102});
    EXPECT_TRANSITIONS(fx, {TcpState::Established, TcpState::CloseWait, StateCause::FinReceived});
    QCOMPARE(receivedBytes(fx), data);
    EXPECT_NOTICE(fx, NoticeKind::EndOfStream);
}

void TestTcpEndpoint::closeWaitCanStillSendData()
{
    Conn c;
    REACH(c, TcpState::CloseWait);
    c.wait(ms(10));
    // FIN means "I will send no more", not "I will receive no more".
    const auto fx = c.ep.send(c.now, bytes(50));
    EXPECT_SEGMENTS(fx, {Ack, kIss + 1, kPeerIss + 2, 50});
}

void TestTcpEndpoint::closeInCloseWaitSendsFinAndEntersLastAck()
{
    Conn c;
    REACH(c, TcpState::CloseWait);
    c.wait(ms(100));
    const auto fx = c.ep.close(c.now);
    EXPECT_SEGMENTS(fx, {FinAck, kIss + 1, kPeerIss + 2});
    EXPECT_TRANSITIONS(fx, {TcpState::CloseWait, TcpState::LastAck, StateCause::AppClose});
}

void TestTcpEndpoint::ackOfFinInLastAckCloses()
{
    Conn c;
    REACH(c, TcpState::LastAck);
    c.wait(ms(100));
    const auto fx = c.recv(Ack, kPeerIss + 2, kIss + 2);
    EXPECT_NO_SEGMENTS(fx);
    EXPECT_TRANSITIONS(fx, {TcpState::LastAck, TcpState::Closed, StateCause::AckOfFinReceived});
    QVERIFY(!c.nextTimer().has_value());
}

void TestTcpEndpoint::retransmittedFinInTimeWaitIsAckedAndRestarts2Msl()
{
    Conn c;
    REACH(c, TcpState::TimeWait);
    const SimTime firstDue = c.ep.timerDue(TimerKind::TimeWait);
    QCOMPARE(firstDue, c.now + sec(60));
    c.wait(sec(10)); // our last ACK was lost; the peer repeats its FIN
    const auto fx = c.recv(FinAck, kPeerIss + 1, kIss + 2);
    EXPECT_SEGMENTS(fx, {Ack, kIss + 2, kPeerIss + 2});
    EXPECT_NO_TRANSITION(fx);
    EXPECT_TIMER_SET(fx, TimerKind::TimeWait, c.now + sec(60));
    QVERIFY(c.ep.timerDue(TimerKind::TimeWait) > firstDue);
    // The old expiry is stale now.
    const auto stale = c.ep.timerExpired(firstDue, TimerKind::TimeWait);
    EXPECT_NO_TRANSITION(stale);
    QCOMPARE(c.ep.state(), TcpState::TimeWait);
}

void TestTcpEndpoint::timeWaitExpiryCloses()
{
    Conn c;
    REACH(c, TcpState::TimeWait);
    const SimTime entered = c.now;
    const auto fx = c.fire(TimerKind::TimeWait);
    QCOMPARE(c.now, entered + sec(60));
    EXPECT_NO_SEGMENTS(fx);
    EXPECT_TRANSITIONS(fx, {TcpState::TimeWait, TcpState::Closed, StateCause::TimeWaitExpired});
}

void TestTcpEndpoint::finRetransmittedOnRto()
{
    Conn c;
    REACH(c, TcpState::FinWait1);
    const auto fx = c.fire(TimerKind::Retransmission);
    EXPECT_SEGMENTS(fx, {FinAck, kIss + 1, kPeerIss + 1});
    QCOMPARE(fx.segments.first().kind, SegmentKind::Retransmission);
    QCOMPARE(c.ep.state(), TcpState::FinWait1);
}

void TestTcpEndpoint::newDataAfterCloseIsAnsweredWithRst_data()
{
    QTest::addColumn<TcpState>("state");
    QTest::newRow("FIN-WAIT-1") << TcpState::FinWait1;
    QTest::newRow("FIN-WAIT-2") << TcpState::FinWait2;
}

void TestTcpEndpoint::newDataAfterCloseIsAnsweredWithRst()
{
    // RFC 1122 §4.2.2.13: after close() nobody will read new data, so it is not ACKed and
    // thrown away but answered with RST (Linux: tcp_rcv_state_process, "abort on data").
    QFETCH(TcpState, state);
    Conn c;
    REACH(c, state);
    c.wait(ms(10));
    const auto fx = c.recv(Ack, rcvNxtIn(state), sndNxtIn(state), bytes(100));
    EXPECT_SEGMENTS(fx, {Rst, sndNxtIn(state), 0});
    QCOMPARE(fx.segments.first().reason, SendReason::DataAfterClose);
    EXPECT_TRANSITIONS(fx, {state, TcpState::Closed, StateCause::AppClose});
    QVERIFY(receivedBytes(fx).isEmpty());
    QVERIFY(!c.nextTimer().has_value());
}

void TestTcpEndpoint::dataAfterShutdownIsStillAcked()
{
    // shutdown(SHUT_WR) keeps the receiving side: data in FIN-WAIT-2 is ACKed and delivered.
    Conn c;
    REACH(c, TcpState::Established);
    c.wait(ms(10));
    c.ep.shutdownWrite(c.now);
    c.wait(ms(100));
    c.recv(Ack, kPeerIss + 1, kIss + 2);
    QCOMPARE(c.ep.state(), TcpState::FinWait2);
    c.wait(ms(10));
    const auto fx = c.recv(Ack, kPeerIss + 1, kIss + 2, bytes(100));
    EXPECT_SEGMENTS(fx, {Ack, kIss + 2, kPeerIss + 101});
    QCOMPARE(receivedBytes(fx), bytes(100));
}

void TestTcpEndpoint::sendAfterShutdownFailsWithEpipe()
{
    Conn c;
    REACH(c, TcpState::Established);
    c.wait(ms(10));
    c.ep.shutdownWrite(c.now);
    QVERIFY(!c.ep.acceptsSend());
    c.wait(ms(10));
    const auto fx = c.ep.send(c.now, bytes(14));
    // RFC 9293 §3.10.2, SEND in FIN-WAIT-1: "error: connection closing"; the socket API
    // says EPIPE. No byte is queued or sent.
    EXPECT_NO_SEGMENTS(fx);
    QCOMPARE(noticeKinds(fx), QList<NoticeKind>{NoticeKind::BrokenPipe});
    QCOMPARE(noticeErrorName(NoticeKind::BrokenPipe), QStringLiteral("EPIPE"));
    QCOMPARE(c.ep.snapshot().sendQueued, 0);
}

void TestTcpEndpoint::sendAfterResetFailsWithEpipe()
{
    Conn c;
    REACH(c, TcpState::Established);
    c.wait(ms(10));
    const auto reset = c.recv(Rst, kPeerIss + 1);
    // RFC 9293 §3.10.7.4: a RST in a synchronized state tells the user "connection reset".
    QCOMPARE(noticeKinds(reset), QList<NoticeKind>{NoticeKind::ConnectionReset});
    QCOMPARE(noticeErrorName(NoticeKind::ConnectionReset), QStringLiteral("ECONNRESET"));
    c.wait(ms(10));
    // §3.10.2, SEND in CLOSED: "error: connection does not exist" (EPIPE).
    QCOMPARE(noticeKinds(c.ep.send(c.now, bytes(5))), QList<NoticeKind>{NoticeKind::BrokenPipe});
}

void TestTcpEndpoint::shutdownWriteHalfClosesAndStillReceives()
{
    Conn c;
    REACH(c, TcpState::Established);
    c.wait(ms(100));
    auto fx = c.ep.shutdownWrite(c.now);
    EXPECT_SEGMENTS(fx, {FinAck, kIss + 1, kPeerIss + 1});
    EXPECT_TRANSITIONS(fx, {TcpState::Established, TcpState::FinWait1, StateCause::AppShutdown});

    c.wait(ms(100));
    fx = c.recv(Ack, kPeerIss + 1, kIss + 2);
    EXPECT_TRANSITIONS(fx, {TcpState::FinWait1, TcpState::FinWait2, StateCause::AckOfFinReceived});

    // The peer keeps sending; we keep receiving and delivering.
    const QByteArray data = bytes(300);
    c.wait(ms(100));
    fx = c.recv(Ack, kPeerIss + 1, kIss + 2, data);
    EXPECT_SEGMENTS(fx, {Ack, kIss + 2, kPeerIss + 301});
    QCOMPARE(receivedBytes(fx), data);

    c.wait(ms(100));
    fx = c.recv(FinAck, kPeerIss + 301, kIss + 2);
    EXPECT_SEGMENTS(fx, {Ack, kIss + 2, kPeerIss + 302});
    EXPECT_TRANSITIONS(fx, {TcpState::FinWait2, TcpState::TimeWait, StateCause::FinReceived});
    EXPECT_NOTICE(fx, NoticeKind::EndOfStream);
}

void TestTcpEndpoint::closeWithUnreadDataSendsRstNotFin()
{
    Conn c;
    REACH(c, TcpState::Established);
    c.ep.setAutoRead(false);
    c.wait(ms(10));
    auto fx = c.recv(Ack, kPeerIss + 1, kIss + 1, bytes(100));
    EXPECT_SEGMENTS(fx, {Ack, kIss + 1, kPeerIss + 101});
    QVERIFY(receivedBytes(fx).isEmpty()); // not read yet
    QCOMPARE(c.ep.snapshot().unreadBytes, 100);

    c.wait(ms(10));
    fx = c.ep.close(c.now);
    // RFC 2525 §2.17 / Linux: unread data → RST (so the peer learns it was not consumed).
    QCOMPARE(fx.segments.size(), 1);
    const Segment &rst = fx.segments.first().segment;
    QVERIFY2(rst.has(Rst), qPrintable(labels(fx)));
    QVERIFY(!rst.has(Fin));
    QCOMPARE(rst.seq, kIss + 1);
    QCOMPARE(fx.segments.first().reason, SendReason::UnreadDataOnClose);
    EXPECT_TRANSITIONS(fx, {TcpState::Established, TcpState::Closed, StateCause::AppClose});
}

void TestTcpEndpoint::closeAfterReadingSendsFin()
{
    Conn c;
    REACH(c, TcpState::Established);
    c.ep.setAutoRead(false);
    const QByteArray data = bytes(100);
    c.wait(ms(10));
    c.recv(Ack, kPeerIss + 1, kIss + 1, data);
    c.wait(ms(10));
    auto fx = c.ep.read(c.now);
    QCOMPARE(receivedBytes(fx), data);
    QCOMPARE(c.ep.snapshot().unreadBytes, 0);
    fx = c.ep.close(c.now);
    EXPECT_SEGMENTS(fx, {FinAck, kIss + 1, kPeerIss + 101});
    EXPECT_TRANSITIONS(fx, {TcpState::Established, TcpState::FinWait1, StateCause::AppClose});
}

void TestTcpEndpoint::abortSendsRstWhereRfcSaysSo_data()
{
    QTest::addColumn<TcpState>("state");
    QTest::addColumn<bool>("sendsRst");
    // RFC 9293 §3.10.5: RST in SYN-RECEIVED, ESTABLISHED, FIN-WAIT-1/2, CLOSE-WAIT;
    // SYN-SENT, CLOSING, LAST-ACK, TIME-WAIT just delete the TCB.
    QTest::newRow("SYN-SENT") << TcpState::SynSent << false;
    QTest::newRow("SYN-RECEIVED") << TcpState::SynReceived << true;
    QTest::newRow("ESTABLISHED") << TcpState::Established << true;
    QTest::newRow("FIN-WAIT-1") << TcpState::FinWait1 << true;
    QTest::newRow("FIN-WAIT-2") << TcpState::FinWait2 << true;
    QTest::newRow("CLOSE-WAIT") << TcpState::CloseWait << true;
    QTest::newRow("CLOSING") << TcpState::Closing << false;
    QTest::newRow("LAST-ACK") << TcpState::LastAck << false;
    QTest::newRow("TIME-WAIT") << TcpState::TimeWait << false;
}

void TestTcpEndpoint::abortSendsRstWhereRfcSaysSo()
{
    QFETCH(TcpState, state);
    QFETCH(bool, sendsRst);
    Conn c;
    REACH(c, state);
    c.wait(ms(10));
    const auto fx = c.ep.abort(c.now);
    if (sendsRst) {
        QCOMPARE(fx.segments.size(), 1);
        QVERIFY2(fx.segments.first().segment.has(Rst), qPrintable(labels(fx)));
        QCOMPARE(fx.segments.first().segment.seq, sndNxtIn(state)); // <SEQ=SND.NXT><CTL=RST>
        QCOMPARE(fx.segments.first().reason, SendReason::AppAbort);
    } else {
        EXPECT_NO_SEGMENTS(fx);
    }
    EXPECT_TRANSITIONS(fx, {state, TcpState::Closed, StateCause::AppAbort});
    QVERIFY(!c.nextTimer().has_value());
}

void TestTcpEndpoint::processExitClosesLikeClose_data()
{
    QTest::addColumn<bool>("unread");
    QTest::newRow("nothing unread: FIN") << false;
    QTest::newRow("unread data: RST") << true;
}

void TestTcpEndpoint::processExitClosesLikeClose()
{
    QFETCH(bool, unread);
    Conn c;
    REACH(c, TcpState::Established);
    c.ep.setAutoRead(false);
    c.wait(ms(10));
    uint32_t rcvNxt = kPeerIss + 1;
    if (unread) {
        c.recv(Ack, kPeerIss + 1, kIss + 1, bytes(10));
        rcvNxt += 10;
    }
    c.wait(ms(10));
    const auto fx = c.ep.processExit(c.now);
    if (unread) {
        QCOMPARE(fx.segments.size(), 1);
        QVERIFY(fx.segments.first().segment.has(Rst));
        QCOMPARE(fx.segments.first().segment.seq, kIss + 1);
        EXPECT_TRANSITIONS(fx, {TcpState::Established, TcpState::Closed, StateCause::ProcessExit});
    } else {
        // Ctrl+C still closes the connection properly: the kernel sends FIN.
        EXPECT_SEGMENTS(fx, {FinAck, kIss + 1, rcvNxt});
        EXPECT_TRANSITIONS(fx, {TcpState::Established, TcpState::FinWait1, StateCause::ProcessExit});
        QVERIFY(c.ep.isOrphaned());
    }
}

void TestTcpEndpoint::orphanedFinWait2TimesOut_data()
{
    QTest::addColumn<bool>("viaProcessExit");
    QTest::addColumn<qint64>("timeout");
    QTest::newRow("close(), default 60 s") << false << qint64(sec(60));
    QTest::newRow("process exit, default 60 s") << true << qint64(sec(60));
    QTest::newRow("close(), tcp_fin_timeout 10 s") << false << qint64(sec(10));
}

void TestTcpEndpoint::orphanedFinWait2TimesOut()
{
    QFETCH(bool, viaProcessExit);
    QFETCH(qint64, timeout);
    ProtocolSettings s;
    s.finWait2Timeout = timeout;
    Conn c(s);
    REACH(c, TcpState::Established);
    c.wait(ms(10));
    if (viaProcessExit)
        c.ep.processExit(c.now);
    else
        c.ep.close(c.now);
    c.wait(ms(100));
    auto fx = c.recv(Ack, kPeerIss + 1, kIss + 2);
    QCOMPARE(c.ep.state(), TcpState::FinWait2);
    // Linux tcp_fin_timeout: an orphan does not wait forever for the peer's FIN.
    EXPECT_TIMER_SET(fx, TimerKind::FinWait2, c.now + timeout);
    const SimTime entered = c.now;
    fx = c.fire(TimerKind::FinWait2);
    QCOMPARE(c.now, entered + timeout);
    EXPECT_NO_SEGMENTS(fx);
    EXPECT_TRANSITIONS(fx, {TcpState::FinWait2, TcpState::Closed, StateCause::FinWait2Timeout});
}

void TestTcpEndpoint::halfClosedFinWait2HasNoTimeout()
{
    Conn c;
    REACH(c, TcpState::Established);
    c.wait(ms(10));
    c.ep.shutdownWrite(c.now);
    c.wait(ms(100));
    const auto fx = c.recv(Ack, kPeerIss + 1, kIss + 2);
    QCOMPARE(c.ep.state(), TcpState::FinWait2);
    // The application still owns the socket and reads: it may wait as long as it likes.
    QVERIFY(!timerChange(fx, TimerKind::FinWait2, TimerAction::Set).has_value());
    QCOMPARE(c.ep.timerDue(TimerKind::FinWait2), SimTime(0));
    QVERIFY(!c.ep.isOrphaned());
}

// ---------------------------------------------------------------------------------------
// Keepalive (RFC 1122 §4.2.3.6) and delayed ACK (RFC 1122 §4.2.3.2)
// ---------------------------------------------------------------------------------------

void TestTcpEndpoint::keepaliveProbesAfterIdleThenEveryInterval()
{
    Conn c;
    c.ep.setKeepalive(true);
    REACH(c, TcpState::Established);
    const SimTime established = c.now;
    // Linux defaults: 7200 s idle, then probes every 75 s, 9 probes.
    QCOMPARE(c.ep.timerDue(TimerKind::Keepalive), established + sec(7200));

    SimTime expectedAt = established + sec(7200);
    for (int probe = 1; probe <= 9; ++probe) {
        QCOMPARE(c.ep.timerDue(TimerKind::Keepalive), expectedAt);
        const auto fx = c.fire(TimerKind::Keepalive);
        // The probe: SEG.SEQ = SND.NXT − 1, outside the peer's window, so it must answer.
        EXPECT_SEGMENTS(fx, {Ack, kIss, kPeerIss + 1});
        QVERIFY(fx.segments.first().segment.keepaliveProbe);
        QCOMPARE(fx.segments.first().reason, SendReason::KeepaliveProbe);
        EXPECT_NO_TRANSITION(fx);
        expectedAt += sec(75);
    }
    QCOMPARE(c.ep.timerDue(TimerKind::Keepalive), expectedAt);
    const auto fx = c.fire(TimerKind::Keepalive);
    QCOMPARE(c.now, established + sec(7200) + 9 * sec(75));
    for (const auto &o : fx.segments)
        QVERIFY2(!o.segment.keepaliveProbe, "no 10th probe");
    EXPECT_SEGMENTS(fx, {Rst, kIss + 1}); // Linux gives up with a RST
    QCOMPARE(fx.segments.first().reason, SendReason::KeepaliveExhausted);
    EXPECT_TRANSITIONS(fx, {TcpState::Established, TcpState::Closed, StateCause::KeepaliveExhausted});
    EXPECT_NOTICE(fx, NoticeKind::TimedOut);
}

void TestTcpEndpoint::keepaliveAnswerResetsTheProbeCount()
{
    ProtocolSettings s;
    s.keepaliveProbes = 3;
    Conn c(s);
    c.ep.setKeepalive(true);
    REACH(c, TcpState::Established);
    c.fire(TimerKind::Keepalive);
    c.fire(TimerKind::Keepalive); // two unanswered probes
    c.wait(ms(100));
    auto fx = c.recv(Ack, kPeerIss + 1, kIss + 1); // the answer to the second probe
    EXPECT_NO_SEGMENTS(fx);
    // Alive: the idle period starts over …
    QCOMPARE(c.ep.timerDue(TimerKind::Keepalive), c.now + sec(7200));
    // … and the peer gets the full count of probes again.
    for (int probe = 1; probe <= 3; ++probe) {
        fx = c.fire(TimerKind::Keepalive);
        QCOMPARE(fx.segments.size(), 1);
        QVERIFY(fx.segments.first().segment.keepaliveProbe);
        QCOMPARE(c.ep.state(), TcpState::Established);
    }
    fx = c.fire(TimerKind::Keepalive);
    QCOMPARE(c.ep.state(), TcpState::Closed);
    EXPECT_NOTICE(fx, NoticeKind::TimedOut);
}

void TestTcpEndpoint::keepaliveOffByDefault()
{
    Conn c;
    REACH(c, TcpState::Established);
    QCOMPARE(c.ep.timerDue(TimerKind::Keepalive), SimTime(0));
    QVERIFY(!c.nextTimer().has_value()); // an idle connection stays silent forever
}

void TestTcpEndpoint::zeroWindowIsProbedWithBackoffUntilItOpens()
{
    Conn c;
    openActive(c);
    completeActive(c, 100); // the peer offers a window of 100 bytes
    c.wait(ms(10));
    EXPECT_SEGMENTS(c.ep.send(c.now, bytes(300)), {Ack, kIss + 1, kPeerIss + 1, 100});
    c.wait(ms(100));
    // The peer's buffer is full: everything is acknowledged, the window is zero.
    auto fx = c.recv(Ack, kPeerIss + 1, kIss + 101, {}, 0);
    EXPECT_NO_SEGMENTS(fx);
    // RFC 9293 §3.8.6.1 (MUST-36): with data waiting behind a zero window the sender
    // probes; the first probe after one RTO (SHLD-29).
    const SimTime rto = c.ep.snapshot().rto;
    EXPECT_TIMER_SET(fx, TimerKind::Persist, c.now + rto);
    QCOMPARE(c.ep.timerDue(TimerKind::Retransmission), SimTime(0));
    // The probe: one new byte beyond the window, SND.NXT unchanged.
    fx = c.fire(TimerKind::Persist);
    EXPECT_SEGMENTS(fx, {Ack, kIss + 101, kPeerIss + 1, 1});
    QCOMPARE(fx.segments.first().reason, SendReason::ZeroWindowProbe);
    EXPECT_TIMER_SET(fx, TimerKind::Persist, c.now + 2 * rto); // backing off like the RTO
    QCOMPARE(c.ep.snapshot().sndNxt, kIss + 101);
    c.wait(ms(100));
    fx = c.recv(Ack, kPeerIss + 1, kIss + 101, {}, 0); // still zero
    EXPECT_NO_SEGMENTS(fx);
    fx = c.fire(TimerKind::Persist);
    EXPECT_SEGMENTS(fx, {Ack, kIss + 101, kPeerIss + 1, 1});
    EXPECT_TIMER_SET(fx, TimerKind::Persist, c.now + 4 * rto);
    // The window opens: the rest goes out and probing stops.
    c.wait(ms(100));
    fx = c.recv(Ack, kPeerIss + 1, kIss + 101, {}, 1000);
    EXPECT_SEGMENTS(fx, {Ack, kIss + 101, kPeerIss + 1, 200});
    QCOMPARE(c.ep.timerDue(TimerKind::Persist), SimTime(0));
}

void TestTcpEndpoint::zeroWindowProbeWhoseByteIsTakenCountsAsSent()
{
    Conn c;
    openActive(c);
    completeActive(c, 100);
    c.wait(ms(10));
    c.ep.send(c.now, bytes(300));
    c.wait(ms(100));
    c.recv(Ack, kPeerIss + 1, kIss + 101, {}, 0);
    c.fire(TimerKind::Persist);
    c.wait(ms(100));
    // The window had opened (its update was lost): the peer took the probe's byte.
    const auto fx = c.recv(Ack, kPeerIss + 1, kIss + 102, {}, 1000);
    EXPECT_SEGMENTS(fx, {Ack, kIss + 102, kPeerIss + 1, 199});
    QCOMPARE(c.ep.snapshot().sndUna, kIss + 102);
}

void TestTcpEndpoint::zeroWindowProbeIsAlwaysAnsweredWithTheWindow()
{
    // The receiver's side: a probe is data beyond a zero window — unacceptable, so it is
    // answered with an ACK showing the window (RFC 9293 §3.10.7.4 first check); being data,
    // the answer is never rate-limited (Linux tcp_oow_rate_limited).
    ProtocolSettings s;
    s.window = 1000;
    Conn c(s);
    c.ep.setAutoRead(false);
    REACH(c, TcpState::Established);
    c.wait(ms(10));
    auto fx = c.recv(Ack, kPeerIss + 1, kIss + 1, bytes(1000));
    EXPECT_SEGMENTS(fx, {Ack, kIss + 1, kPeerIss + 1001});
    QCOMPARE(fx.segments.first().segment.window, uint16_t(0));
    for (int i = 0; i < 3; ++i) {
        c.wait(ms(100));
        fx = c.recv(Ack, kPeerIss + 1001, kIss + 1, bytes(1));
        EXPECT_SEGMENTS(fx, {Ack, kIss + 1, kPeerIss + 1001});
        QCOMPARE(fx.segments.first().segment.window, uint16_t(0));
    }
    QCOMPARE(c.ep.snapshot().unreadBytes, 1000);
}

void TestTcpEndpoint::windowUpdateIsSentWhenTheApplicationReadsAndTheWindowOpens()
{
    ProtocolSettings s;
    s.window = 1000;
    Conn c(s);
    c.ep.setAutoRead(false);
    REACH(c, TcpState::Established);
    c.wait(ms(10));
    c.recv(Ack, kPeerIss + 1, kIss + 1, bytes(1000)); // window now 0
    c.wait(ms(500));
    // RFC 9293 §3.8.6.2.2: the window grew from 0 to 1000, more than min(buffer/2, MSS):
    // the receiver says so at once instead of leaving the sender to its next probe.
    auto fx = c.ep.read(c.now);
    EXPECT_SEGMENTS(fx, {Ack, kIss + 1, kPeerIss + 1001});
    QCOMPARE(fx.segments.first().segment.window, uint16_t(1000));
    // A small opening is not announced (receiver SWS avoidance): 100 bytes in, read.
    c.wait(ms(10));
    c.recv(Ack, kPeerIss + 1001, kIss + 1, bytes(100));
    c.wait(ms(10));
    fx = c.ep.read(c.now);
    EXPECT_NO_SEGMENTS(fx);
    QCOMPARE(receivedBytes(fx).size(), 100);
}

void TestTcpEndpoint::delayedAckWaitsForTimer()
{
    ProtocolSettings s;
    s.delayedAck = true;
    Conn c(s);
    REACH(c, TcpState::Established);
    c.wait(ms(10));
    const QByteArray data = bytes(100);
    auto fx = c.recv(Ack, kPeerIss + 1, kIss + 1, data);
    EXPECT_NO_SEGMENTS(fx);
    QCOMPARE(receivedBytes(fx), data); // delivered at once; only the ACK waits
    EXPECT_TIMER_SET(fx, TimerKind::DelayedAck, c.now + ms(40));
    fx = c.fire(TimerKind::DelayedAck);
    EXPECT_SEGMENTS(fx, {Ack, kIss + 1, kPeerIss + 101});
}

void TestTcpEndpoint::delayedAckSecondSegmentIsAckedAtOnce()
{
    ProtocolSettings s;
    s.delayedAck = true;
    Conn c(s);
    REACH(c, TcpState::Established);
    c.wait(ms(10));
    c.recv(Ack, kPeerIss + 1, kIss + 1, bytes(1460));
    c.wait(ms(1));
    // RFC 1122 §4.2.3.2: at least every second full-sized segment is ACKed.
    const auto fx = c.recv(Ack, kPeerIss + 1461, kIss + 1, bytes(1460));
    EXPECT_SEGMENTS(fx, {Ack, kIss + 1, kPeerIss + 2921});
    QCOMPARE(c.ep.timerDue(TimerKind::DelayedAck), SimTime(0));
}

void TestTcpEndpoint::delayedAckOfFinRidesOnOurFin()
{
    ProtocolSettings s;
    s.delayedAck = true;
    Conn c(s);
    REACH(c, TcpState::Established);
    c.wait(ms(10));
    // A request and the peer's FIN: the passive side's ACK waits …
    auto fx = c.recv(FinAck, kPeerIss + 1, kIss + 1, bytes(20));
    EXPECT_NO_SEGMENTS(fx);
    QCOMPARE(c.ep.state(), TcpState::CloseWait);
    QCOMPARE(c.ep.timerDue(TimerKind::DelayedAck), c.now + ms(40));
    // … and the application answers and closes within 40 ms: the ACK rides on the FIN —
    // the three-segment close of a Linux capture (FIN,ACK / FIN,ACK / ACK).
    c.wait(ms(5));
    fx = c.ep.close(c.now);
    EXPECT_SEGMENTS(fx, {FinAck, kIss + 1, kPeerIss + 22});
    EXPECT_TRANSITIONS(fx, {TcpState::CloseWait, TcpState::LastAck, StateCause::AppClose});
    QCOMPARE(c.ep.timerDue(TimerKind::DelayedAck), SimTime(0));
}

// ---------------------------------------------------------------------------------------
// Teaching variants and Linux departures
// ---------------------------------------------------------------------------------------

void TestTcpEndpoint::noTimeWaitVariantClosesRightAfterLastAck_data()
{
    QTest::addColumn<TcpState>("from");
    QTest::addColumn<uint>("finAck"); // ack field of the peer's FIN
    QTest::newRow("FIN in FIN-WAIT-2") << TcpState::FinWait2 << kIss + 2;
    QTest::newRow("FIN,ACK in FIN-WAIT-1") << TcpState::FinWait1 << kIss + 2;
}

void TestTcpEndpoint::noTimeWaitVariantClosesRightAfterLastAck()
{
    QFETCH(TcpState, from);
    QFETCH(uint, finAck);
    ProtocolSettings s;
    s.variant = ProtocolVariant::NoTimeWait;
    Conn c(s);
    REACH(c, from);
    c.wait(ms(100));
    const auto fx = c.recv(FinAck, kPeerIss + 1, finAck);
    // The last ACK still goes out …
    EXPECT_SEGMENTS(fx, {Ack, kIss + 2, kPeerIss + 2});
    // … and the connection is forgotten at once: nobody is left to repeat it.
    QCOMPARE(c.ep.state(), TcpState::Closed);
    QVERIFY(!fx.transitions.isEmpty());
    QCOMPARE(fx.transitions.last().to, TcpState::Closed);
    QCOMPARE(fx.transitions.last().cause, StateCause::NoTimeWait);
    QCOMPARE(c.ep.timerDue(TimerKind::TimeWait), SimTime(0));
    // A repeated FIN now finds no connection: the answer is RST.
    c.wait(ms(300));
    const auto again = c.recv(FinAck, kPeerIss + 1, finAck);
    QCOMPARE(again.segments.size(), 1);
    QVERIFY(again.segments.first().segment.has(Rst));
}

void TestTcpEndpoint::rstInTimeWaitIgnoredUnderRfc1337()
{
    ProtocolSettings s;
    s.timeWaitAssassination = false; // RFC 1337 is the opt-in
    Conn c(s);
    REACH(c, TcpState::TimeWait);
    c.wait(sec(1));
    const auto fx = c.recv(Rst, kPeerIss + 2);
    // RFC 1337: TIME-WAIT assassination hazards — ignore the RST.
    EXPECT_NO_SEGMENTS(fx);
    EXPECT_NO_TRANSITION(fx);
    QCOMPARE(c.ep.state(), TcpState::TimeWait);
}

void TestTcpEndpoint::rstInTimeWaitClosesByDefault()
{
    // RFC 9293 §3.10.7.4, TIME-WAIT: "If the RST bit is set, then enter the CLOSED state";
    // Linux likewise with tcp_rfc1337 = 0.
    Conn c;
    REACH(c, TcpState::TimeWait);
    c.wait(sec(1));
    const auto fx = c.recv(Rst, kPeerIss + 2);
    EXPECT_NO_SEGMENTS(fx);
    EXPECT_TRANSITIONS(fx, {TcpState::TimeWait, TcpState::Closed, StateCause::RstReceived});
    QCOMPARE(c.ep.timerDue(TimerKind::TimeWait), SimTime(0));
}

void TestTcpEndpoint::abortSendsRstAckWhenResetCarriesAck()
{
    ProtocolSettings s;
    s.resetCarriesAck = true;
    Conn c(s);
    REACH(c, TcpState::Established);
    c.wait(ms(10));
    // Linux tcp_send_active_reset: <SEQ=SND.NXT><ACK=RCV.NXT><CTL=RST,ACK>.
    const auto fx = c.ep.abort(c.now);
    EXPECT_SEGMENTS(fx, {RstAck, kIss + 1, kPeerIss + 1});
    QCOMPARE(fx.segments.first().reason, SendReason::AppAbort);
}

void TestTcpEndpoint::ownRstAdvertisesTheReceiveWindowAndAnAnsweringRstCarriesZero()
{
    // Issue 12 ("every RST is printed win=0"): a connection that resets itself fills in its
    // receive window, as in every segment it sends (Linux tcp_send_active_reset goes
    // through tcp_transmit_skb); a RST answering a segment that fits no state of the
    // connection is the host's answer and carries 0 (tcp_v4_send_reset).
    {
        Conn c;
        REACH(c, TcpState::Established);
        c.wait(ms(10));
        const uint32_t rcvWnd = c.ep.snapshot().rcvWnd;
        QVERIFY(rcvWnd > 0);
        const auto fx = c.ep.abort(c.now);
        EXPECT_SEGMENTS(fx, {Rst, kIss + 1});
        QCOMPARE(uint32_t(fx.segments.first().segment.window), rcvWnd);
    }
    {
        Conn c;
        openActive(c);
        c.wait(ms(100));
        const auto fx = c.recv(SynAck, kPeerIss, kIss + 2); // acknowledges a byte never sent
        EXPECT_SEGMENTS(fx, {Rst, kIss + 2});
        QCOMPARE(fx.segments.first().reason, SendReason::UnacceptableAck);
        QCOMPARE(fx.segments.first().segment.window, uint16_t(0));
    }
}

void TestTcpEndpoint::closeWithUnreadDataSendsRstAckWhenResetCarriesAck()
{
    ProtocolSettings s;
    s.resetCarriesAck = true;
    Conn c(s);
    REACH(c, TcpState::Established);
    c.ep.setAutoRead(false);
    c.wait(ms(10));
    c.recv(Ack, kPeerIss + 1, kIss + 1, bytes(100));
    c.wait(ms(10));
    const auto fx = c.ep.close(c.now);
    EXPECT_SEGMENTS(fx, {RstAck, kIss + 1, kPeerIss + 101});
    QCOMPARE(fx.segments.first().reason, SendReason::UnreadDataOnClose);
}

void TestTcpEndpoint::keepaliveGivingUpSendsRstAckWhenResetCarriesAck()
{
    ProtocolSettings s;
    s.resetCarriesAck = true;
    s.keepalive = true;
    s.keepaliveProbes = 1;
    Conn c(s);
    REACH(c, TcpState::Established);
    c.fire(TimerKind::Keepalive); // the one probe
    const auto fx = c.fire(TimerKind::Keepalive);
    EXPECT_SEGMENTS(fx, {RstAck, kIss + 1, kPeerIss + 1});
    QCOMPARE(fx.segments.first().reason, SendReason::KeepaliveExhausted);
}

void TestTcpEndpoint::dataAfterCloseStaysBareRstWhenResetCarriesAck()
{
    ProtocolSettings s;
    s.resetCarriesAck = true;
    Conn c(s);
    REACH(c, TcpState::Established);
    c.ep.close(c.now);
    c.wait(ms(10));
    // Linux answers data for a closed socket from tcp_v4_send_reset, as for no
    // connection: the segment carried ACK, so the RST carries none.
    const auto fx = c.recv(Ack, kPeerIss + 1, kIss + 1, bytes(10));
    QCOMPARE(fx.segments.size(), 1);
    QVERIFY2(fx.segments.first().segment.flags == Rst, qPrintable(labels(fx)));
    QCOMPARE(fx.segments.first().reason, SendReason::DataAfterClose);
}

void TestTcpEndpoint::quickAcksAcknowledgeFirstSegmentsAtOnceThenDelay()
{
    ProtocolSettings s;
    s.delayedAck = true;
    s.quickAcks = 2;
    Conn c(s);
    REACH(c, TcpState::Established);
    // Linux quick-ACK mode: the first data segments are ACKed at once …
    c.wait(ms(10));
    auto fx = c.recv(Ack, kPeerIss + 1, kIss + 1, bytes(10));
    EXPECT_SEGMENTS(fx, {Ack, kIss + 1, kPeerIss + 11});
    c.wait(ms(100));
    fx = c.recv(Ack, kPeerIss + 11, kIss + 1, bytes(10));
    EXPECT_SEGMENTS(fx, {Ack, kIss + 1, kPeerIss + 21});
    // … the third waits for the delayed-ACK timer.
    c.wait(ms(100));
    fx = c.recv(Ack, kPeerIss + 21, kIss + 1, bytes(10));
    EXPECT_NO_SEGMENTS(fx);
    EXPECT_TIMER_SET(fx, TimerKind::DelayedAck, c.now + ms(40));
}

void TestTcpEndpoint::ackOfFinIsDelayedEvenInQuickAckMode()
{
    ProtocolSettings s;
    s.delayedAck = true;
    s.quickAcks = 16;
    Conn c(s);
    REACH(c, TcpState::Established);
    c.wait(ms(10));
    c.recv(Ack, kPeerIss + 1, kIss + 1, bytes(10)); // quick-ACKed, and the ATO is set
    c.wait(ms(10));
    // Linux tcp_fin enters ping-pong mode on the way to CLOSE-WAIT: the ACK of the FIN
    // waits, so an application that closes at once sends FIN,ACK instead (three segments).
    const auto fx = c.recv(FinAck, kPeerIss + 11, kIss + 1);
    EXPECT_NO_SEGMENTS(fx);
    QCOMPARE(c.ep.state(), TcpState::CloseWait);
    QCOMPARE(c.ep.timerDue(TimerKind::DelayedAck), c.now + ms(40));
}

void TestTcpEndpoint::ackOfFinBeforeAnyDataIsAtOnceWithQuickAcks()
{
    ProtocolSettings s;
    s.delayedAck = true;
    s.quickAcks = 16;
    Conn c(s);
    REACH(c, TcpState::Established);
    c.wait(ms(10));
    // No data yet, so Linux's ATO is still 0 and the "delayed" ACK goes at the next tick
    // (checked against the kernel in tst_kernel_comparison, lost-syn).
    const auto fx = c.recv(FinAck, kPeerIss + 1, kIss + 1);
    EXPECT_SEGMENTS(fx, {Ack, kIss + 1, kPeerIss + 2});
    QCOMPARE(c.ep.state(), TcpState::CloseWait);
}

void TestTcpEndpoint::newIncarnationIssFollowsOldSndNxtWhenSet_data()
{
    QTest::addColumn<bool>("setting");
    QTest::newRow("Linux: old SND.NXT + 65537") << true;
    QTest::newRow("RFC: the listener's choice") << false;
}

void TestTcpEndpoint::newIncarnationIssFollowsOldSndNxtWhenSet()
{
    QFETCH(bool, setting);
    ProtocolSettings s;
    s.timeWaitReopenIsn = setting;
    Conn c(s);
    REACH(c, TcpState::TimeWait);
    const std::optional<uint32_t> iss = c.ep.newIncarnationIss();
    QCOMPARE(iss.has_value(), setting);
    if (setting)
        QCOMPARE(*iss, c.ep.snapshot().sndNxt + 65537u);
}

void TestTcpEndpoint::synLinearRetriesDoNotApplyToSynAck()
{
    ProtocolSettings s;
    s.synLinearTimeouts = 4;
    Conn c(s, kMss, kServer);
    openPassive(c);
    // tcp_syn_linear_timeouts is for SYN-SENT only: the SYN,ACK still doubles.
    QCOMPARE(c.ep.timerDue(TimerKind::Retransmission), sec(1));
    c.fire(TimerKind::Retransmission);
    QCOMPARE(c.ep.timerDue(TimerKind::Retransmission), sec(3));
}

void TestTcpEndpoint::newSynWithHigherSeqReopensTimeWait_data()
{
    QTest::addColumn<bool>("setting");
    QTest::addColumn<uint>("synSeq");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("higher seq, Linux default") << true << kPeerIss + 100000 << true;
    QTest::newRow("seq = RCV.NXT is not higher") << true << kPeerIss + 2 << false;
    QTest::newRow("old seq") << true << kPeerIss - 100 << false;
    QTest::newRow("higher seq, setting off") << false << kPeerIss + 100000 << false;
}

void TestTcpEndpoint::newSynWithHigherSeqReopensTimeWait()
{
    QFETCH(bool, setting);
    QFETCH(uint, synSeq);
    QFETCH(bool, accepted);
    ProtocolSettings s;
    s.timeWaitAcceptsNewSyn = setting;
    Conn c(s);
    REACH(c, TcpState::TimeWait);
    QCOMPARE(c.ep.acceptsNewIncarnation(c.seg(Syn, synSeq, 0, {}, 65535, 1460)), accepted);
    // Only a SYN can start a new incarnation.
    QVERIFY(!c.ep.acceptsNewIncarnation(c.seg(Ack, synSeq, kIss + 2)));
    // And only from TIME-WAIT.
    Conn e(s);
    REACH(e, TcpState::Established);
    QVERIFY(!e.ep.acceptsNewIncarnation(e.seg(Syn, synSeq, 0, {}, 65535, 1460)));
}

// ---------------------------------------------------------------------------------------
// Segments for no connection (§3.10.7.1)
// ---------------------------------------------------------------------------------------

void TestTcpEndpoint::resetForUnknownConnection_data()
{
    QTest::addColumn<int>("inFlags");
    QTest::addColumn<uint>("inSeq");
    QTest::addColumn<uint>("inAck");
    QTest::addColumn<int>("inLen");
    QTest::addColumn<bool>("answered");
    QTest::addColumn<int>("outFlags");
    QTest::addColumn<uint>("outSeq");
    QTest::addColumn<uint>("outAck");

    // With ACK: <SEQ=SEG.ACK><CTL=RST>.
    QTest::newRow("ACK") << int(Ack) << 100u << 777u << 0 << true << int(Rst) << 777u << 0u;
    QTest::newRow("data with ACK") << int(Ack) << 100u << 777u << 50 << true << int(Rst) << 777u << 0u;
    QTest::newRow("FIN,ACK") << int(FinAck) << 100u << 0xFFFFFFFFu << 0 << true << int(Rst) << 0xFFFFFFFFu << 0u;
    QTest::newRow("SYN,ACK (old duplicate)") << int(SynAck) << 9000u << 1234u << 0 << true << int(Rst) << 1234u << 0u;
    // Without ACK: <SEQ=0><ACK=SEG.SEQ+SEG.LEN><CTL=RST,ACK>; SYN and FIN count one.
    QTest::newRow("SYN to a closed port") << int(Syn) << 1000u << 0u << 0 << true << int(RstAck) << 0u << 1001u;
    QTest::newRow("SYN at the top of the space") << int(Syn) << 0xFFFFFFFFu << 0u << 0 << true << int(RstAck) << 0u << 0u;
    QTest::newRow("bare data") << 0 << 50u << 0u << 10 << true << int(RstAck) << 0u << 60u;
    QTest::newRow("bare FIN") << int(Fin) << 50u << 0u << 0 << true << int(RstAck) << 0u << 51u;
    QTest::newRow("FIN with data") << int(Fin) << 50u << 0u << 10 << true << int(RstAck) << 0u << 61u;
    // An incoming RST is never answered (no RST wars).
    QTest::newRow("RST") << int(Rst) << 50u << 0u << 0 << false << 0 << 0u << 0u;
    QTest::newRow("RST,ACK") << int(RstAck) << 50u << 60u << 0 << false << 0 << 0u << 0u;
}

void TestTcpEndpoint::resetForUnknownConnection()
{
    QFETCH(int, inFlags);
    QFETCH(uint, inSeq);
    QFETCH(uint, inAck);
    QFETCH(int, inLen);
    QFETCH(bool, answered);
    QFETCH(int, outFlags);
    QFETCH(uint, outSeq);
    QFETCH(uint, outAck);

    Segment in;
    in.source = kClient;
    in.destination = kServer;
    in.flags = TcpFlags(inFlags);
    in.seq = inSeq;
    in.ack = inAck;
    in.payload = bytes(inLen);
    const auto rst = TcpEndpoint::resetForUnknownConnection(in);
    QCOMPARE(rst.has_value(), answered);
    if (!answered)
        return;
    QCOMPARE(int(rst->flags & kComparedFlags), outFlags);
    QCOMPARE(rst->seq, outSeq);
    if (outFlags & Ack)
        QCOMPARE(rst->ack, outAck);
    QCOMPARE(rst->source, kServer);
    QCOMPARE(rst->destination, kClient);
    QVERIFY(rst->payload.isEmpty());
}

void TestTcpEndpoint::segmentInClosedGetsReset()
{
    Conn c(ProtocolSettings{}, kMss, kServer);
    const auto fx = c.recv(Ack, 5000, 777);
    EXPECT_SEGMENTS(fx, {Rst, 777});
    QCOMPARE(fx.segments.first().reason, SendReason::NoConnection);
    EXPECT_NO_TRANSITION(fx);
}

void TestTcpEndpoint::ackInListenGetsReset()
{
    Conn c(ProtocolSettings{}, kMss, kServer);
    c.ep.listen(0);
    // §3.10.7.2: any ACK in LISTEN is bad: <SEQ=SEG.ACK><CTL=RST>; the listener stays.
    auto fx = c.recv(Ack, 5000, 777);
    EXPECT_SEGMENTS(fx, {Rst, 777});
    QCOMPARE(fx.segments.first().reason, SendReason::UnacceptableAck);
    EXPECT_NO_TRANSITION(fx);
    QCOMPARE(c.ep.state(), TcpState::Listen);
    fx = c.recv(Rst, 5000);
    EXPECT_NO_SEGMENTS(fx);
    QCOMPARE(c.ep.state(), TcpState::Listen);
}

// ---------------------------------------------------------------------------------------
// The 2^32 wrap (RFC 9293 §3.4)
// ---------------------------------------------------------------------------------------

void TestTcpEndpoint::handshakeAndDataAcrossSequenceWrap()
{
    const uint32_t iss = 0xFFFFFFF0u;
    const uint32_t peerIss = 0xFFFFFFC0u;
    Conn c;
    c.ep.connect(0, kServer, iss);
    c.wait(ms(100));
    auto fx = c.recv(c.seg(SynAck, peerIss, iss + 1, {}, 65535, 1460));
    EXPECT_SEGMENTS(fx, {Ack, 0xFFFFFFF1u, 0xFFFFFFC1u});
    QCOMPARE(c.ep.state(), TcpState::Established);

    // Our 100 bytes cross 2^32: 0xFFFFFFF1 … 0x00000054.
    c.wait(ms(10));
    const QByteArray out = bytes(100);
    fx = c.ep.send(c.now, out);
    EXPECT_SEGMENTS(fx, {Ack, 0xFFFFFFF1u, 0xFFFFFFC1u, 100});
    c.wait(ms(100));
    fx = c.recv(Ack, 0xFFFFFFC1u, 0x00000055u);
    EXPECT_NO_SEGMENTS(fx);
    QCOMPARE(c.ep.snapshot().sndUna, 0x00000055u);
    QCOMPARE(c.ep.snapshot().sendQueued, 0);
    QCOMPARE(c.ep.timerDue(TimerKind::Retransmission), SimTime(0));

    // The peer's 100 + 10 bytes cross too: ack 0x25, then 0x2F.
    const QByteArray in1 = bytes(100, 'A');
    const QByteArray in2 = bytes(10, 'k');
    c.wait(ms(10));
    fx = c.recv(Ack, 0xFFFFFFC1u, 0x55u, in1);
    EXPECT_SEGMENTS(fx, {Ack, 0x55u, 0x25u});
    // Out of order across the wrap is held, too: send in2's successor first.
    const QByteArray in3 = bytes(5, 'x');
    c.wait(ms(10));
    fx = c.recv(Ack, 0x2Fu, 0x55u, in3);
    EXPECT_SEGMENTS(fx, {Ack, 0x55u, 0x25u});
    c.wait(ms(10));
    fx = c.recv(Ack, 0x25u, 0x55u, in2);
    EXPECT_SEGMENTS(fx, {Ack, 0x55u, 0x34u});
    QCOMPARE(c.ep.receivedData(), in1 + in2 + in3);

    // An old segment from before the wrap is recognised as old, not as far future.
    c.wait(ms(10));
    fx = c.recv(Ack, 0xFFFFFFC1u, 0x55u, in1);
    EXPECT_SEGMENTS(fx, {Ack, 0x55u, 0x34u});
    QCOMPARE(c.ep.receivedData(), in1 + in2 + in3);

    // Close: the FIN takes 0x55, its ACK is 0x56.
    c.wait(ms(10));
    fx = c.ep.close(c.now);
    EXPECT_SEGMENTS(fx, {FinAck, 0x55u, 0x34u});
    c.wait(ms(100));
    fx = c.recv(Ack, 0x34u, 0x56u);
    QCOMPARE(c.ep.state(), TcpState::FinWait2);
}

void TestTcpEndpoint::synAckAcknowledgingIssFfffffffWrapsToZero()
{
    Conn c;
    c.ep.connect(0, kServer, 0xFFFFFFFFu);
    c.wait(ms(100));
    const auto fx = c.recv(c.seg(SynAck, 0xFFFFFFFFu, 0u, {}, 65535, 1460));
    EXPECT_SEGMENTS(fx, {Ack, 0u, 0u});
    QCOMPARE(c.ep.state(), TcpState::Established);
}

QTEST_APPLESS_MAIN(TestTcpEndpoint)
#include "tst_tcp_endpoint.moc"
