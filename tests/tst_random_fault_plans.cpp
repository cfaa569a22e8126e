// The randomized property test: 1,000 seeded random fault plans (drops, delays,
// duplicates) over the built-in `handshake-and-close` scenario. Whatever the network does,
// TCP must keep three promises, checked on every run:
//   1. each application receives a prefix of the bytes its peer's application sent — never
//      reordered, repeated or invented;
//   2. each socket's sequence numbers only grow (mod 2^32); a retransmission repeats bytes
//      that were sent before, with the same content;
//   3. every connection ends CLOSED within the time limit, or its application was told of
//      the failure (timed out, reset, refused).
// A failure prints the seed and the fault plan, so the run can be replayed
// (TCPLAB_FAULT_SEED=<seed> runs just that one; tcplab-cli takes the same rule spelling).
#include "scenario/scenario_library.h"
#include "tcp/sequence_number.h"
#include "sim/simulator.h"

#include <QElapsedTimer>
#include <QSet>
#include <QTest>

#include <array>
#include <cmath>
#include <random>

using namespace tcplab;

namespace {

constexpr int kRuns = 1000;
// Long enough for the worst plan: a few backed-off retransmissions plus TIME-WAIT (60 s).
constexpr SimTime kTimeLimit = 400 * usPerSecond;

FaultPlan randomPlan(uint64_t seed)
{
    std::mt19937_64 rng(seed);
    auto uniform = [&](int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng); };
    FaultPlan plan;
    const int rules = uniform(0, 4);
    for (int i = 0; i < rules; ++i) {
        FaultRule r;
        r.kind = std::array{FaultKind::Drop, FaultKind::Delay, FaultKind::Duplicate}[uniform(0, 2)];
        r.host = uniform(0, 1) ? QStringLiteral("A") : QStringLiteral("B");
        r.ordinal = uniform(1, 12);
        // Mostly "the n-th segment"; sometimes "the n-th SYN / FIN".
        const int filter = uniform(0, 7);
        r.flags = filter == 0 ? TcpFlag::Syn : filter == 1 ? TcpFlag::Fin : TcpFlags(0);
        if (r.flags)
            r.ordinal = uniform(1, 3);
        if (r.kind != FaultKind::Drop) {
            // 1 ms … 3 s, log-uniform so short and long delays are both common.
            const double logMs = std::uniform_real_distribution<double>(0.0, std::log(3000.0))(rng);
            r.delta = std::max<SimTime>(usPerMs, SimTime(std::exp(logMs) * double(usPerMs)));
        }
        plan.append(r);
    }
    return plan;
}

QString describePlan(const FaultPlan &plan)
{
    if (plan.isEmpty())
        return QStringLiteral("(no faults)");
    QStringList parts;
    for (const FaultRule &r : plan)
        parts << faultKindName(r.kind) + QLatin1Char(' ') + r.key();
    return parts.join(QStringLiteral("; "));
}

// The same run on the command line.
QString replayCommand(const FaultPlan &plan, uint64_t seed, bool bulk)
{
    QString cmd = QStringLiteral("tcplab-cli run handshake-and-close --until %1s --set seed=%2")
                      .arg(kTimeLimit / usPerSecond)
                      .arg(seed);
    for (const FaultRule &r : plan) {
        const char *option = r.kind == FaultKind::Drop ? " --drop " : r.kind == FaultKind::Delay ? " --delay " : " --dup ";
        cmd += QLatin1String(option) + r.key();
    }
    if (bulk)
        cmd += QStringLiteral("   (the test's variant: its two send actions carry 5000 bytes)");
    return cmd;
}

QString segmentText(const SegmentRecord &r)
{
    return QStringLiteral("#%1 %2 kind=%3 t=%4").arg(r.id).arg(r.segment.summary(),
                                                           segmentKindName(r.kind),
                                                           formatSimTime(r.sentAt));
}

// The data each socket's application handed to send(), in order. The k-th App/send event of
// a host belongs to the k-th send action of that host in time order.
QHash<int, QByteArray> appSentData(const Scenario &scenario, const Trace &trace)
{
    QHash<QString, QList<AppAction>> sendsByHost;
    QList<AppAction> actions = scenario.actions;
    std::stable_sort(actions.begin(), actions.end(),
                     [](const AppAction &a, const AppAction &b) { return a.at < b.at; });
    for (const AppAction &a : actions)
        if (a.kind == AppActionKind::Send)
            sendsByHost[a.host].append(a);
    QHash<QString, int> used;
    QHash<int, QByteArray> sent;
    for (const TraceEvent &e : trace.events) {
        if (e.type != TraceEventType::App || e.appCall != AppActionKind::Send)
            continue;
        const QString host = trace.hosts[e.host].name;
        const int k = used[host]++;
        if (k < sendsByHost[host].size() && e.socket >= 0)
            sent[e.socket] += sendsByHost[host][k].data;
    }
    return sent;
}

// Checks one run; returns the violations found (empty = all promises kept).
QStringList checkRun(const Scenario &scenario, const Trace &trace)
{
    QStringList problems;
    const QHash<int, QByteArray> sent = appSentData(scenario, trace);

    for (const SocketInfo &sock : trace.sockets) {
        if (sock.listener)
            continue;
        const QString who = QStringLiteral("%1 socket %2").arg(trace.hosts[sock.host].name).arg(sock.id);

        // --- 1. received bytes are a prefix of what the peer's application sent ---
        QByteArray received;
        bool failureNotice = false;
        for (const TraceEvent &e : trace.events) {
            if (e.socket != sock.id || e.type != TraceEventType::Notice)
                continue;
            if (e.notice == NoticeKind::DataReceived)
                received += e.data;
            if (e.notice == NoticeKind::TimedOut || e.notice == NoticeKind::ConnectionReset
                || e.notice == NoticeKind::ConnectionRefused)
                failureNotice = true;
        }
        // The peer is whoever sent the data segments delivered to this socket; data from
        // two sockets (say, two incarnations) mixed into one stream is itself a violation.
        QSet<int> dataSenders;
        for (const TraceEvent &e : trace.events) {
            if (e.type == TraceEventType::Deliver && e.socket == sock.id && e.segment >= 0
                && !trace.segments[e.segment].segment.payload.isEmpty())
                dataSenders.insert(trace.segments[e.segment].fromSocket);
        }
        if (dataSenders.size() > 1)
            problems << QStringLiteral("%1 got data from %2 different sockets")
                            .arg(who).arg(dataSenders.size());
        const int peer = dataSenders.isEmpty() ? -1 : *dataSenders.cbegin();
        const QByteArray peerSent = peer >= 0 ? sent.value(peer) : QByteArray();
        if (!peerSent.startsWith(received))
            problems << QStringLiteral("%1 received %2 bytes %3, not a prefix of the peer's %4")
                            .arg(who)
                            .arg(received.size())
                            .arg(QString::fromLatin1(received.toPercentEncoding()),
                                 QString::fromLatin1(peerSent.toPercentEncoding()));

        // --- 2. sequence numbers only grow; retransmissions repeat earlier bytes ---
        const QByteArray mySent = sent.value(sock.id);
        bool haveFirst = false;
        uint32_t iss = 0, nextNew = 0;
        QSet<uint32_t> sentSeqs;
        QSet<uint32_t> acksReceived; // a RST may borrow SEG.ACK of a segment it answers
        for (const SegmentRecord &r : trace.segments) {
            if (r.toHost == sock.host && r.segment.destination == sock.local
                && r.segment.source == sock.remote && r.segment.has(TcpFlag::Ack))
                acksReceived.insert(r.segment.ack);
            if (r.fromSocket != sock.id || r.kind == SegmentKind::Duplicate)
                continue;
            const Segment &seg = r.segment;
            const uint32_t end = seg.seq + seg.sequenceLength();
            if (!haveFirst) {
                haveFirst = true;
                iss = seg.has(TcpFlag::Syn) ? seg.seq : seg.seq - 1;
                nextNew = seg.seq;
            }
            if (seg.keepaliveProbe)
                continue;
            // After the handshake every segment carries ACK; only an opening SYN and a RST
            // answering a segment without ACK may lack it.
            if (!seg.has(TcpFlag::Ack) && !seg.has(TcpFlag::Syn) && !seg.has(TcpFlag::Rst))
                problems << QStringLiteral("%1 sent a segment without ACK: %2").arg(who, segmentText(r));
            if (seg.has(TcpFlag::Rst)) {
                if (seg.seq != nextNew && !acksReceived.contains(seg.seq))
                    problems << QStringLiteral("%1 sent RST with seq %2, neither SND.NXT %3 nor an ack it got: %4")
                                    .arg(who).arg(seg.seq).arg(nextNew).arg(segmentText(r));
                continue;
            }
            if (r.kind == SegmentKind::Retransmission) {
                if (!sentSeqs.contains(seg.seq) || seqGreater(end, nextNew))
                    problems << QStringLiteral("%1 retransmitted what it never sent: %2 (next new %3)")
                                    .arg(who, segmentText(r)).arg(nextNew);
            } else if (seg.seq != nextNew) {
                problems << QStringLiteral("%1 sequence went from %2 to %3: %4")
                                .arg(who).arg(nextNew).arg(seg.seq).arg(segmentText(r));
            }
            if (!seg.payload.isEmpty()) {
                const int offset = seqDiff(seg.seq, iss + 1);
                if (offset < 0 || mySent.mid(offset, seg.payload.size()) != seg.payload)
                    problems << QStringLiteral("%1 sent bytes its application never wrote there: %2")
                                    .arg(who, segmentText(r));
            }
            if (seg.sequenceLength() > 0)
                sentSeqs.insert(seg.seq);
            if (seqGreater(end, nextNew))
                nextNew = end;
        }

        // --- 3. CLOSED in time, or the application heard why not ---
        const TcpState final = trace.stateAt(sock.id, trace.endTime);
        if (final != TcpState::Closed && !failureNotice)
            problems << QStringLiteral("%1 ended in %2 at %3 without a failure notice")
                            .arg(who, tcpStateName(final), formatSimTime(trace.endTime));
    }
    return problems;
}

} // namespace

class TestRandomFaultPlans : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void planGeneratorIsDeterministic();
    void checkerCatchesACorruptTrace();
    void thousandRandomPlansKeepTcpsPromises_data();
    void thousandRandomPlansKeepTcpsPromises();

private:
    Scenario m_scenario;
    Scenario m_bulk;
};

void TestRandomFaultPlans::initTestCase()
{
    const auto loaded = ScenarioLibrary::load(QStringLiteral("handshake-and-close"));
    QVERIFY2(loaded.ok, qPrintable(loaded.errors.join(QLatin1Char('\n'))));
    m_scenario = loaded.scenario;
    QVERIFY(m_scenario.faults.isEmpty());
    QCOMPARE(m_scenario.hosts.size(), 2);

    // The same story with several segments of data each way, so that loss, delay and
    // duplication can also reorder data segments (the built-in request fits in one).
    m_bulk = m_scenario;
    int sends = 0;
    for (AppAction &a : m_bulk.actions) {
        if (a.kind != AppActionKind::Send)
            continue;
        QByteArray data;
        for (int i = 0; data.size() < 5000; ++i)
            data += QByteArray::number(sends) + ':' + QByteArray::number(i) + ' ';
        a.data = data;
        ++sends;
    }
    QCOMPARE(sends, 2);
}

void TestRandomFaultPlans::planGeneratorIsDeterministic()
{
    QCOMPARE(randomPlan(42), randomPlan(42));
    // Across the seeds every kind, both hosts and both flag filters occur.
    QSet<int> kinds, hosts, flags;
    for (uint64_t s = 0; s < 200; ++s) {
        for (const FaultRule &r : randomPlan(s)) {
            kinds.insert(int(r.kind));
            hosts.insert(r.host == QLatin1String("A"));
            flags.insert(r.flags);
            QVERIFY(r.ordinal >= 1 && r.ordinal <= 12);
            if (r.kind != FaultKind::Drop)
                QVERIFY(r.delta >= msToUs(1) && r.delta <= msToUs(3000));
            // The printed plan can be typed back in: the key spelling round-trips.
            FaultRule back;
            QString error;
            QVERIFY2(parseFaultRule(r.kind, r.key(), &back, &error), qPrintable(r.key() + ": " + error));
            QCOMPARE(back, r);
        }
    }
    QCOMPARE(kinds.size(), 3);
    QCOMPARE(hosts.size(), 2);
    QCOMPARE(flags.size(), 3);
    QVERIFY(NetworkSettings::keys().contains(QStringLiteral("seed")));
}

void TestRandomFaultPlans::checkerCatchesACorruptTrace()
{
    // The checker itself must be able to fail: a clean run passes, a tampered one does not.
    const Trace clean = Simulator::run(m_scenario, kTimeLimit);
    QVERIFY2(checkRun(m_scenario, clean).isEmpty(), qPrintable(checkRun(m_scenario, clean).join('\n')));

    // Deliver some data twice to an application.
    Trace repeated = clean;
    int dataEvent = -1;
    for (int i = 0; i < repeated.events.size(); ++i)
        if (repeated.events[i].type == TraceEventType::Notice
            && repeated.events[i].notice == NoticeKind::DataReceived)
            dataEvent = i;
    QVERIFY(dataEvent >= 0);
    repeated.events.insert(dataEvent + 1, repeated.events[dataEvent]);
    repeated.finish();
    QVERIFY(!checkRun(m_scenario, repeated).isEmpty());

    // A sequence number that jumps backwards without being a retransmission.
    Trace backwards = clean;
    for (SegmentRecord &r : backwards.segments) {
        if (!r.segment.payload.isEmpty()) {
            r.segment.seq -= 5;
            break;
        }
    }
    QVERIFY(!checkRun(m_scenario, backwards).isEmpty());

    // A run cut off before the connections closed, with nobody told.
    const Trace cut = Simulator::run(m_scenario, msToUs(1000));
    QVERIFY(!checkRun(m_scenario, cut).isEmpty());
}

void TestRandomFaultPlans::thousandRandomPlansKeepTcpsPromises_data()
{
    QTest::addColumn<bool>("bulk");
    QTest::newRow("handshake-and-close") << false;
    QTest::newRow("handshake-and-close, 5000 bytes each way") << true;
}

void TestRandomFaultPlans::thousandRandomPlansKeepTcpsPromises()
{
    QFETCH(bool, bulk);
    const Scenario &base = bulk ? m_bulk : m_scenario;
    QElapsedTimer clock;
    clock.start();
    uint64_t first = 1, last = kRuns;
    const QByteArray only = qgetenv("TCPLAB_FAULT_SEED");
    if (!only.isEmpty())
        first = last = only.toULongLong();

    int failures = 0, faultsApplied = 0, runsWithFailureNotice = 0;
    QStringList report;
    for (uint64_t seed = first; seed <= last; ++seed) {
        Scenario s = base;
        s.faults = randomPlan(seed);
        s.network.seed = seed;
        const Trace trace = Simulator::run(s, kTimeLimit);
        for (const SegmentRecord &r : trace.segments)
            if (r.fault != FaultKind::None)
                ++faultsApplied;
        for (const TraceEvent &e : trace.events)
            if (e.type == TraceEventType::Notice
                && (e.notice == NoticeKind::TimedOut || e.notice == NoticeKind::ConnectionReset
                    || e.notice == NoticeKind::ConnectionRefused)) {
                ++runsWithFailureNotice;
                break;
            }
        const QStringList problems = checkRun(s, trace);
        if (!problems.isEmpty()) {
            ++failures;
            if (report.size() < 40)
                report << QStringLiteral("seed %1, plan: %2\n    replay: %3\n    %4")
                              .arg(seed)
                              .arg(describePlan(s.faults), replayCommand(s.faults, seed, bulk),
                                   problems.join(QStringLiteral("\n    ")));
        }
    }
    qInfo("%llu runs in %lld ms; %d faults applied; %d runs ended with a failure notice",
          static_cast<unsigned long long>(last - first + 1), static_cast<long long>(clock.elapsed()),
          faultsApplied, runsWithFailureNotice);
    if (failures)
        qWarning("%s", qPrintable(report.join(QLatin1Char('\n'))));
    QVERIFY2(failures == 0,
             qPrintable(QStringLiteral("%1 of %2 runs broke a promise; replay one with "
                                       "TCPLAB_FAULT_SEED=<seed>")
                            .arg(failures)
                            .arg(last - first + 1)));
    // The plans really disturbed the runs (a property test that never injects is vacuous).
    if (first != last)
        QVERIFY(faultsApplied > kRuns / 2);
}

QTEST_GUILESS_MAIN(TestRandomFaultPlans)
#include "tst_random_fault_plans.moc"
