// "Try this" challenges of the scenario file: the goal language read with errors that name
// the JSON path, written back unchanged, and judged against runs — every shipped challenge
// is open in the run as shipped and met by an edit a learner can make.
#include "scenario/scenario_file.h"
#include "scenario/scenario_library.h"
#include "sim/simulator.h"
#include "teach/challenge_goal.h"
#include "trace/trace.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

#include <functional>

using namespace tcplab;

namespace {

Scenario shipped(const QString &id)
{
    const auto loaded = ScenarioLibrary::load(id);
    if (!loaded.ok)
        qFatal("%s does not load", qPrintable(id));
    return loaded.scenario;
}

// The small scenario of the CLI tests with `challenges` set to the given JSON.
ScenarioFile::LoadResult withChallenges(const QByteArray &challengesJson)
{
    QFile file(QStringLiteral(TCPLAB_TEST_DATA "/cli/handshake.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("no handshake.json");
    QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    QJsonParseError error;
    const QJsonDocument challenges = QJsonDocument::fromJson(challengesJson, &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("bad test JSON: %s", challengesJson.constData());
    root.insert(QStringLiteral("challenges"), challenges.array());
    return ScenarioFile::parse(QJsonDocument(root).toJson());
}

ChallengeGoal goal(const QByteArray &goalJson)
{
    const auto loaded = withChallenges("[{\"task\": \"t\", \"goal\": " + goalJson + "}]");
    if (!loaded.ok)
        qFatal("%s", qPrintable(loaded.errors.join(QLatin1Char('\n'))));
    return loaded.scenario.challenges.first().goal;
}

FaultRule drop(const char *host, TcpFlags flags, int ordinal)
{
    FaultRule r;
    r.kind = FaultKind::Drop;
    r.host = QLatin1String(host);
    r.flags = flags;
    r.ordinal = ordinal;
    return r;
}

using Edit = std::function<void(Scenario *)>;

} // namespace

class TestChallenges : public QObject
{
    Q_OBJECT

private slots:
    void badGoalIsReportedWithItsPath_data();
    void badGoalIsReportedWithItsPath();
    void challengesSurviveSaveAndLoad();
    void goalConditionsJudgeTheRun_data();
    void goalConditionsJudgeTheRun();
    void shippedChallengeIsOpenInTheShippedRun_data();
    void shippedChallengeIsOpenInTheShippedRun();
    void shippedChallengeIsMetByALearnersEdit_data();
    void shippedChallengeIsMetByALearnersEdit();
};

void TestChallenges::badGoalIsReportedWithItsPath_data()
{
    QTest::addColumn<QByteArray>("challenges");
    QTest::addColumn<QString>("error");
    QTest::newRow("no goal") << QByteArray(R"([{"task": "t"}])") << QStringLiteral("challenges[0].goal: missing");
    QTest::newRow("no task") << QByteArray(R"([{"goal": {"host": "A", "final_state": "CLOSED"}}])")
                             << QStringLiteral("challenges[0].task: missing");
    QTest::newRow("goal not an object") << QByteArray(R"([{"task": "t", "goal": 3}])")
                                        << QStringLiteral("challenges[0].goal: must be an object");
    QTest::newRow("empty goal") << QByteArray(R"([{"task": "t", "goal": {}}])")
                                << QStringLiteral("challenges[0].goal: needs a condition (final_state, reached_state, "
                                                  "gave_up_connecting, notice, retransmissions or segments)");
    QTest::newRow("unknown state")
        << QByteArray(R"([{"task": "t", "goal": {"host": "B", "final_state": "TIME_WAIT"}}])")
        << QStringLiteral("challenges[0].goal.final_state: unknown state 'TIME_WAIT' (expected CLOSED, LISTEN, "
                          "SYN-SENT, SYN-RECEIVED, ESTABLISHED, FIN-WAIT-1, FIN-WAIT-2, CLOSE-WAIT, CLOSING, "
                          "LAST-ACK or TIME-WAIT)");
    QTest::newRow("unknown host") << QByteArray(R"([{"task": "t", "goal": {"host": "C", "final_state": "CLOSED"}}])")
                                  << QStringLiteral("challenges[0].goal.host: no host named 'C'");
    QTest::newRow("state without host") << QByteArray(R"([{"task": "t", "goal": {"final_state": "CLOSED"}}])")
                                        << QStringLiteral("challenges[0].goal.host: missing (final_state, "
                                                          "reached_state, gave_up_connecting and notice are about a "
                                                          "host)");
    QTest::newRow("misspelt key") << QByteArray(R"([{"task": "t", "goal": {"host": "A", "final_stat": "CLOSED"}}])")
                                  << QStringLiteral("challenges[0].goal.final_stat: unknown key (did you mean "
                                                    "final_state?)");
    QTest::newRow("unknown notice") << QByteArray(R"([{"task": "t", "goal": {"host": "A", "notice": "boom"}}])")
                                    << QStringLiteral("challenges[0].goal.notice: unknown notice 'boom' (expected "
                                                      "established, data, end-of-stream, reset, refused, timed-out, "
                                                      "closed, syn-queue-full, accept-queue-full or address-in-use)");
    QTest::newRow("gave up not a boolean")
        << QByteArray(R"([{"task": "t", "goal": {"host": "A", "gave_up_connecting": "yes"}}])")
        << QStringLiteral("challenges[0].goal.gave_up_connecting: must be true or false");
    QTest::newRow("count without bound")
        << QByteArray(R"([{"task": "t", "goal": {"retransmissions": {"host": "B", "flags": "FIN"}}}])")
        << QStringLiteral("challenges[0].goal.retransmissions: needs at_least or at_most");
    QTest::newRow("bounds crossed")
        << QByteArray(R"([{"task": "t", "goal": {"segments": {"host": "B", "at_least": 3, "at_most": 2}}}])")
        << QStringLiteral("challenges[0].goal.segments: at_least (3) must not exceed at_most (2)");
    QTest::newRow("unknown flag")
        << QByteArray(R"([{"task": "t", "goal": {"segments": {"host": "B", "flags": "FIN,SNY", "at_least": 1}}}])")
        << QStringLiteral("challenges[0].goal.segments.flags: unknown flag 'SNY' (expected SYN, FIN, RST, PSH, "
                          "ACK, URG, ECE or CWR)");
    QTest::newRow("count of unknown host")
        << QByteArray(R"([{"task": "t", "goal": {"segments": {"host": "Z", "at_least": 1}}}])")
        << QStringLiteral("challenges[0].goal.segments.host: no host named 'Z'");
    QTest::newRow("negative bound")
        << QByteArray(R"([{"task": "t", "goal": {"segments": {"host": "A", "at_least": -1}}}])")
        << QStringLiteral("challenges[0].goal.segments.at_least: must be between 0 and 1000000");
    QTest::newRow("challenges not an array") << QByteArray(R"([3])")
                                             << QStringLiteral("challenges[0]: must be an object");
}

void TestChallenges::badGoalIsReportedWithItsPath()
{
    QFETCH(QByteArray, challenges);
    QFETCH(QString, error);
    const auto loaded = withChallenges(challenges);
    QVERIFY(!loaded.ok);
    QVERIFY2(loaded.errors.contains(error), qPrintable(loaded.errors.join(QLatin1Char('\n'))));
}

void TestChallenges::challengesSurviveSaveAndLoad()
{
    const auto first = withChallenges(R"([
        {"task": {"en": "Do it", "zh": "做"}, "hint": "Drop it",
         "goal": {"host": "A", "final_state": "TIME-WAIT", "reached_state": "FIN-WAIT-2",
                  "gave_up_connecting": false, "notice": "reset",
                  "retransmissions": {"host": "B", "flags": "SYN,ACK", "at_least": 1, "at_most": 4},
                  "segments": {"host": "A", "at_most": 9}}},
        {"task": "Second", "goal": {"segments": {"host": "B", "flags": "RST", "at_least": 1}}}])");
    QVERIFY2(first.ok, qPrintable(first.errors.join(QLatin1Char('\n'))));
    QCOMPARE(first.scenario.challenges.size(), 2);
    const ChallengeGoal &g = first.scenario.challenges.first().goal;
    QCOMPARE(*g.finalState, TcpState::TimeWait);
    QCOMPARE(g.retransmissions->flags, TcpFlags(TcpFlag::Syn | TcpFlag::Ack));
    const auto second = ScenarioFile::parse(ScenarioFile::serialize(first.scenario));
    QVERIFY2(second.ok, qPrintable(second.errors.join(QLatin1Char('\n'))));
    QCOMPARE(second.scenario.challenges, first.scenario.challenges);
}

void TestChallenges::goalConditionsJudgeTheRun_data()
{
    QTest::addColumn<QString>("scenario");
    QTest::addColumn<QByteArray>("goal");
    QTest::addColumn<bool>("met");
    const QString hc = QStringLiteral("handshake-and-close");
    QTest::newRow("active closer ends in TIME-WAIT") << hc << QByteArray(R"({"host": "A", "final_state": "TIME-WAIT"})") << true;
    QTest::newRow("passive closer does not") << hc << QByteArray(R"({"host": "B", "final_state": "TIME-WAIT"})") << false;
    QTest::newRow("passive closer ends in LAST-ACK") << hc << QByteArray(R"({"host": "B", "final_state": "LAST-ACK"})") << true;
    QTest::newRow("reached CLOSE-WAIT") << hc << QByteArray(R"({"host": "B", "reached_state": "CLOSE-WAIT"})") << true;
    QTest::newRow("never reached CLOSING") << hc << QByteArray(R"({"host": "A", "reached_state": "CLOSING"})") << false;
    QTest::newRow("did not give up") << hc << QByteArray(R"({"host": "A", "gave_up_connecting": false})") << true;
    QTest::newRow("one SYN only") << hc << QByteArray(R"({"segments": {"host": "A", "flags": "SYN", "at_most": 1}})") << true;
    QTest::newRow("no second SYN") << hc << QByteArray(R"({"segments": {"host": "A", "flags": "SYN", "at_least": 2}})") << false;
    QTest::newRow("no retransmission") << hc << QByteArray(R"({"retransmissions": {"host": "A", "at_least": 1}})") << false;
    QTest::newRow("all conditions must hold")
        << hc << QByteArray(R"({"host": "A", "final_state": "TIME-WAIT", "reached_state": "CLOSING"})") << false;
    QTest::newRow("lost SYN retransmitted") << QStringLiteral("lost-syn")
                                            << QByteArray(R"({"retransmissions": {"host": "A", "flags": "SYN", "at_least": 1}})")
                                            << true;
    QTest::newRow("refused") << QStringLiteral("connection-refused")
                             << QByteArray(R"({"host": "A", "notice": "refused"})") << true;
    QTest::newRow("gave up") << QStringLiteral("syn-timeout") << QByteArray(R"({"host": "A", "gave_up_connecting": true})")
                             << true;
}

void TestChallenges::goalConditionsJudgeTheRun()
{
    QFETCH(QString, scenario);
    QFETCH(QByteArray, goal);
    QFETCH(bool, met);
    const Trace trace = Simulator::run(shipped(scenario));
    QCOMPARE(::goal(goal).isMetBy(trace), met);
}

void TestChallenges::shippedChallengeIsOpenInTheShippedRun_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<int>("index");
    int count = 0;
    for (const Scenario &s : ScenarioLibrary::scenarios()) {
        for (int i = 0; i < s.challenges.size(); ++i) {
            QTest::addRow("%s #%d", qPrintable(s.id), i) << s.id << i;
            ++count;
        }
    }
    QVERIFY(count >= 3); // a few lessons carry challenges
}

void TestChallenges::shippedChallengeIsOpenInTheShippedRun()
{
    QFETCH(QString, id);
    QFETCH(int, index);
    const Scenario s = shipped(id);
    const ScenarioChallenge &c = s.challenges[index];
    QVERIFY(!c.task.en.isEmpty() && !c.task.zh.isEmpty());
    QVERIFY(!c.hint.en.isEmpty() && !c.hint.zh.isEmpty());
    QVERIFY2(!c.goal.isMetBy(Simulator::run(s)), "a challenge already met needs no edit");
}

void TestChallenges::shippedChallengeIsMetByALearnersEdit_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<int>("index");
    QTest::addColumn<Edit>("edit");
    QTest::newRow("handshake-and-close: B sends its FIN three times")
        << QStringLiteral("handshake-and-close") << 0 << Edit([](Scenario *s) {
               s->faults << drop("B", TcpFlag::Fin, 1) << drop("B", TcpFlag::Fin, 2);
           });
    QTest::newRow("handshake-and-close: B ends in TIME-WAIT")
        << QStringLiteral("handshake-and-close") << 1 << Edit([](Scenario *s) {
               for (AppAction &a : s->actions) {
                   if (a.host == QLatin1String("B") && a.kind == AppActionKind::Close)
                       a.at = msToUs(800); // before A's close at 900 ms
               }
           });
    QTest::newRow("lost-syn: connect() fails") << QStringLiteral("lost-syn") << 0 << Edit([](Scenario *s) {
        QString error;
        QVERIFY2(s->setSetting(QStringLiteral("syn_retries"), 1, &error), qPrintable(error));
        s->faults << drop("A", TcpFlag::Syn, 2);
    });
    QTest::newRow("blind-rst-rfc5961: the older rule lets the guess reset B")
        << QStringLiteral("blind-rst-rfc5961") << 0 << Edit([](Scenario *s) {
               QString error;
               QVERIFY2(s->setSetting(QStringLiteral("rfc5961_challenge_ack"), false, &error), qPrintable(error));
           });
}

void TestChallenges::shippedChallengeIsMetByALearnersEdit()
{
    QFETCH(QString, id);
    QFETCH(int, index);
    QFETCH(Edit, edit);
    Scenario s = shipped(id);
    edit(&s);
    QVERIFY(s.challenges[index].goal.isMetBy(Simulator::run(s)));
}

QTEST_GUILESS_MAIN(TestChallenges)
#include "tst_challenges.moc"
