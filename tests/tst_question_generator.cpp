// The "predict, then see" questions (model/teach). Every question made from a run must be
// true of that run: its right choice is what happened at its moment, no wrong choice is
// also what happened, the choices are distinct, and each wrong one names the misconception
// it stands for. Checked for every shipped scenario and for seeded random fault plans
// (tests/random_fault_plan.h), each fact read again from the trace here, independently of
// the generator's own reading; then one test per kind pins a known question.
#include "random_fault_plan.h"

#include "scenario/scenario_library.h"
#include "sim/simulator.h"
#include "teach/question_generator.h"
#include "trace/trace.h"

#include <QSet>
#include <QtTest>

using namespace tcplab;
using namespace tcplab::testing;

namespace {

constexpr int kRandomPlans = 1500;

Trace shippedRun(const QString &id)
{
    const auto loaded = ScenarioLibrary::load(id);
    if (!loaded.ok)
        qFatal("built-in scenario %s does not load", qPrintable(id));
    return Simulator::run(loaded.scenario);
}

// The first segment the socket sends from the question's moment on.
int nextSegmentOf(const Trace &t, int socket, int fromEvent)
{
    for (int i = fromEvent; i < t.events.size(); ++i) {
        const TraceEvent &e = t.events[i];
        if (e.type == TraceEventType::Send && e.socket == socket)
            return e.segment;
    }
    return -1;
}

// The socket's first state change from the moment on, as an event index.
int nextStateChangeOf(const Trace &t, int socket, int fromEvent)
{
    for (int i : t.stateEventsOf(socket)) {
        if (i >= fromEvent)
            return i;
    }
    return -1;
}

// The timer the socket sets at the moment.
int timerSetAt(const Trace &t, int socket, int event)
{
    const TraceEvent &e = t.events[event];
    return e.type == TraceEventType::Timer && e.socket == socket && e.timerAction == TimerAction::Set ? event : -1;
}

// What the receiving host sent back toward the sender the moment a segment arrived.
ResponseKind responseTo(const Trace &t, int segment)
{
    const SegmentRecord &in = t.segments[segment];
    for (const SegmentRecord &r : t.segments) {
        if (r.kind == SegmentKind::Duplicate || r.sentAt != in.arrivesAt || r.id <= segment
            || r.segment.source != in.segment.destination || r.segment.destination != in.segment.source)
            continue;
        if (r.segment.has(TcpFlag::Rst))
            return ResponseKind::Rst;
        return r.segment.has(TcpFlag::Syn) ? ResponseKind::SynAck : ResponseKind::Ack;
    }
    return ResponseKind::Nothing;
}

// Whether a choice says what the run did at the question's moment; empty when it does,
// else what the run did instead.
QString mismatch(const Trace &t, const Question &q, const QuestionChoice &c)
{
    switch (q.kind) {
    case QuestionKind::NextSegment:
    case QuestionKind::AckNumber: {
        const int id = nextSegmentOf(t, q.socket, q.event);
        if (id < 0)
            return QStringLiteral("the socket sends nothing");
        const Segment &s = t.segments[id].segment;
        const bool same = q.kind == QuestionKind::AckNumber
            ? c.ack == s.ack
            : c.flags == s.flags && c.seq == s.seq && c.ack == s.ack;
        return same ? QString() : s.summary();
    }
    case QuestionKind::NextState: {
        const int i = nextStateChangeOf(t, q.socket, q.event);
        if (i < 0)
            return QStringLiteral("no state change");
        return t.events[i].toState == c.state ? QString() : tcpStateName(t.events[i].toState);
    }
    case QuestionKind::TimerDuration: {
        const int i = timerSetAt(t, q.socket, q.event);
        if (i < 0)
            return QStringLiteral("no timer set at the moment");
        const SimTime d = t.events[i].due - t.events[i].time;
        return c.duration == d ? QString() : formatSimTime(d);
    }
    case QuestionKind::Response: {
        const ResponseKind r = responseTo(t, q.trigger);
        return c.response == r ? QString() : responseKindName(r);
    }
    case QuestionKind::Written:
        return QStringLiteral("a hand-written question among the generated ones");
    }
    return QStringLiteral("unknown kind");
}

// Every property a question must have; returns the first broken one, or empty.
QString checkQuestion(const Trace &t, const Question &q)
{
    const QString where = QStringLiteral("%1 at %2 (event %3): %4: ")
                              .arg(questionKindName(q.kind), formatSimTime(q.time))
                              .arg(q.event)
                              .arg(q.prompt.english());
    if (q.event < 0 || q.event >= t.events.size() || t.events[q.event].time != q.time)
        return where + QStringLiteral("the moment is not an event of the run");
    if (q.choices.size() < 3 || q.choices.size() > 4)
        return where + QStringLiteral("%1 choices").arg(q.choices.size());
    if (q.answer < 0 || q.answer >= q.choices.size() || !q.choices[q.answer].isRight())
        return where + QStringLiteral("the answer index does not point at the right choice");
    QSet<QString> labels;
    int right = 0;
    for (const QuestionChoice &c : q.choices) {
        const QString label = c.label.english();
        if (label.isEmpty() || labels.contains(label))
            return where + QStringLiteral("choice '%1' is empty or repeated").arg(label);
        labels.insert(label);
        if (c.isRight()) {
            ++right;
            if (const QString m = mismatch(t, q, c); !m.isEmpty())
                return where + QStringLiteral("right choice '%1', but the run did %2").arg(label, m);
        } else {
            if (mismatch(t, q, c).isEmpty())
                return where + QStringLiteral("wrong choice '%1' is also what the run did").arg(label);
            if (misconceptionExplanation(c.misconception).english().isEmpty())
                return where + QStringLiteral("wrong choice '%1' explains no misconception").arg(label);
        }
    }
    if (right != 1)
        return where + QStringLiteral("%1 right choices").arg(right);
    if (q.explanation.english().isEmpty() || q.prompt.english().contains(QLatin1Char('%')))
        return where + QStringLiteral("no explanation, or a prompt with an unfilled argument");
    // Nothing the question asks about may have happened before its moment.
    if (q.answerSegment >= 0 && t.segments[q.answerSegment].sentAt < q.time)
        return where + QStringLiteral("the answer was sent before the moment");
    return QString();
}

bool sameQuestions(const QList<Question> &a, const QList<Question> &b)
{
    if (a.size() != b.size())
        return false;
    for (int i = 0; i < a.size(); ++i) {
        if (a[i].event != b[i].event || a[i].answer != b[i].answer || !(a[i].prompt == b[i].prompt)
            || a[i].choices.size() != b[i].choices.size())
            return false;
        for (int c = 0; c < a[i].choices.size(); ++c) {
            if (!(a[i].choices[c].label == b[i].choices[c].label))
                return false;
        }
    }
    return true;
}

// The question of a kind whose prompt mentions `text`.
std::optional<Question> find(const QList<Question> &questions, QuestionKind kind, const QString &text = QString())
{
    for (const Question &q : questions) {
        if (q.kind == kind && q.prompt.english().contains(text))
            return q;
    }
    return std::nullopt;
}

const QuestionChoice *choiceFor(const Question &q, Misconception m)
{
    for (const QuestionChoice &c : q.choices) {
        if (c.misconception == m)
            return &c;
    }
    return nullptr;
}

} // namespace

class TestQuestionGenerator : public QObject
{
    Q_OBJECT

private slots:
    void everyShippedScenarioAsksOnlyTrueQuestions_data();
    void everyShippedScenarioAsksOnlyTrueQuestions();
    void randomFaultPlansAskOnlyTrueQuestions();
    void questionsAreDeterministic();
    void checkerRejectsAWrongAnswer();

    void ackOfDataIsSeqPlusLenNotSeqPlusOne();
    void synAckCarriesOwnIsnAndClientIsnPlusOne();
    void ackRidingOnFinIsAskedAgainstFourSegments();
    void passiveCloserMovesToCloseWaitNotTimeWait();
    void timeWaitLastsTwoMslNotTwoMinutes();
    void retransmittedSynWaitsTwiceAsLong();
    void keepaliveProbesRepeatEvery75SecondsNot75Minutes();
    void synToClosedPortIsAnsweredWithRst();
    void rstIsAnsweredWithNothing();
    void retransmittedFinInTimeWaitIsAcknowledged();
};

void TestQuestionGenerator::everyShippedScenarioAsksOnlyTrueQuestions_data()
{
    QTest::addColumn<QString>("id");
    for (const QString &id : ScenarioLibrary::ids())
        QTest::newRow(qPrintable(id)) << id;
}

void TestQuestionGenerator::everyShippedScenarioAsksOnlyTrueQuestions()
{
    QFETCH(QString, id);
    const Trace trace = shippedRun(id);
    const QList<Question> questions = QuestionGenerator(trace).questions();
    QVERIFY2(!questions.isEmpty(), "every lesson has something to predict");
    for (const Question &q : questions) {
        const QString problem = checkQuestion(trace, q);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }
}

void TestQuestionGenerator::randomFaultPlansAskOnlyTrueQuestions()
{
    const QList<Base> bases = makeBases();
    QSet<QuestionKind> kinds;
    QSet<Misconception> misconceptions;
    int asked = 0;
    for (int n = 0; n < kRandomPlans; ++n) {
        const Plan plan = makePlan(bases, n);
        const Trace trace = Simulator::run(plan.scenario, plan.limit);
        for (const Question &q : QuestionGenerator(trace).questions()) {
            const QString problem = checkQuestion(trace, q);
            QVERIFY2(problem.isEmpty(), qPrintable(QStringLiteral("plan %1 (%2): %3")
                                                       .arg(n)
                                                       .arg(bases[plan.base].name, problem)));
            kinds.insert(q.kind);
            for (const QuestionChoice &c : q.choices)
                misconceptions.insert(c.misconception);
            ++asked;
        }
    }
    qInfo("%d questions over %d random plans, %d misconceptions used", asked, kRandomPlans,
          int(misconceptions.size()) - 1);
    // A sweep that never reaches a kind proves nothing about it.
    QCOMPARE(kinds.size(), questionKindCount);
}

void TestQuestionGenerator::questionsAreDeterministic()
{
    const Trace trace = shippedRun(QStringLiteral("lost-final-ack"));
    QVERIFY(sameQuestions(QuestionGenerator(trace).questions(), QuestionGenerator(shippedRun(QStringLiteral("lost-final-ack"))).questions()));
}

void TestQuestionGenerator::checkerRejectsAWrongAnswer()
{
    // The check above must be able to fail: mark a distractor as the answer.
    const Trace trace = shippedRun(QStringLiteral("handshake-and-close"));
    for (Question q : QuestionGenerator(trace).questions()) {
        const int wrong = (q.answer + 1) % int(q.choices.size());
        std::swap(q.choices[q.answer].misconception, q.choices[wrong].misconception);
        q.answer = wrong;
        QVERIFY2(!checkQuestion(trace, q).isEmpty(), qPrintable(q.prompt.english()));
    }
}

void TestQuestionGenerator::ackOfDataIsSeqPlusLenNotSeqPlusOne()
{
    // B receives 18 bytes at seq=1001: ack=1019, and the classic mistake says 1002.
    const auto q = find(QuestionGenerator(shippedRun(QStringLiteral("handshake-and-close"))).questions(),
                        QuestionKind::AckNumber, QStringLiteral("len=18"));
    QVERIFY(q);
    QCOMPARE(q->rightChoice().ack, 1019u);
    const QuestionChoice *mistake = choiceFor(*q, Misconception::AckIsSeqPlusOne);
    QVERIFY(mistake);
    QCOMPARE(mistake->ack, 1002u);
}

void TestQuestionGenerator::synAckCarriesOwnIsnAndClientIsnPlusOne()
{
    const auto q = find(QuestionGenerator(shippedRun(QStringLiteral("three-way-handshake"))).questions(),
                        QuestionKind::NextSegment, QStringLiteral("SYN seq=1000"));
    QVERIFY(q);
    QCOMPARE(q->rightChoice().label.english(), QStringLiteral("SYN,ACK seq=5000 ack=1001"));
    QVERIFY(choiceFor(*q, Misconception::SynFinTakeNoSequenceSpace));
    QCOMPARE(choiceFor(*q, Misconception::SynFinTakeNoSequenceSpace)->ack, 1000u);
}

void TestQuestionGenerator::ackRidingOnFinIsAskedAgainstFourSegments()
{
    // In three-segment-close the server's application closes before its delayed ACK is
    // due: its answer to the FIN is FIN,ACK; "a close always takes four segments" says ACK.
    const auto q = find(QuestionGenerator(shippedRun(QStringLiteral("three-segment-close"))).questions(),
                        QuestionKind::NextSegment, QStringLiteral("B has just received FIN"));
    QVERIFY(q);
    QCOMPARE(q->rightChoice().flags, TcpFlags(TcpFlag::Fin | TcpFlag::Ack));
    const QuestionChoice *four = choiceFor(*q, Misconception::AlwaysFourSegments);
    QVERIFY(four);
    QCOMPARE(four->flags, TcpFlags(TcpFlag::Ack));
}

void TestQuestionGenerator::passiveCloserMovesToCloseWaitNotTimeWait()
{
    const auto q = find(QuestionGenerator(shippedRun(QStringLiteral("handshake-and-close"))).questions(),
                        QuestionKind::NextState, QStringLiteral("B is in ESTABLISHED"));
    QVERIFY(q);
    QCOMPARE(q->rightChoice().state, TcpState::CloseWait);
    QVERIFY(choiceFor(*q, Misconception::ServerHoldsTimeWait));
    QCOMPARE(choiceFor(*q, Misconception::ServerHoldsTimeWait)->state, TcpState::TimeWait);
}

void TestQuestionGenerator::timeWaitLastsTwoMslNotTwoMinutes()
{
    const auto q = find(QuestionGenerator(shippedRun(QStringLiteral("handshake-and-close"))).questions(),
                        QuestionKind::TimerDuration, QStringLiteral("TIME-WAIT"));
    QVERIFY(q);
    QCOMPARE(q->rightChoice().duration, secondsToUs(60));
    QCOMPARE(choiceFor(*q, Misconception::TimeWaitFixedTwoMinutes)->duration, secondsToUs(120));
    QCOMPARE(choiceFor(*q, Misconception::TimeWaitIsOneMsl)->duration, secondsToUs(30));
}

void TestQuestionGenerator::retransmittedSynWaitsTwiceAsLong()
{
    const auto q = find(QuestionGenerator(shippedRun(QStringLiteral("lost-syn"))).questions(),
                        QuestionKind::TimerDuration, QStringLiteral("SYN"));
    QVERIFY(q);
    QCOMPARE(q->rightChoice().duration, secondsToUs(2));
    QCOMPARE(choiceFor(*q, Misconception::RtoNeverGrows)->duration, secondsToUs(1));
    QCOMPARE(choiceFor(*q, Misconception::ConnectFailsAfterOneLostSyn)->duration, QuestionChoice::noTimer);
}

void TestQuestionGenerator::keepaliveProbesRepeatEvery75SecondsNot75Minutes()
{
    const auto q = find(QuestionGenerator(shippedRun(QStringLiteral("keepalive-dead-peer"))).questions(),
                        QuestionKind::TimerDuration, QStringLiteral("keepalive"));
    QVERIFY(q);
    QCOMPARE(q->rightChoice().duration, secondsToUs(75));
    QCOMPARE(q->rightChoice().label.english(), QStringLiteral("75 s"));
    QCOMPARE(choiceFor(*q, Misconception::KeepaliveEvery75Minutes)->label.english(), QStringLiteral("75 min"));
    QCOMPARE(choiceFor(*q, Misconception::KeepaliveWaitsIdleAgain)->label.english(), QStringLiteral("2 h"));
}

void TestQuestionGenerator::synToClosedPortIsAnsweredWithRst()
{
    const auto q = find(QuestionGenerator(shippedRun(QStringLiteral("connection-refused"))).questions(),
                        QuestionKind::Response, QStringLiteral("receives SYN"));
    QVERIFY(q);
    QCOMPARE(q->rightChoice().response, ResponseKind::Rst);
    QCOMPARE(choiceFor(*q, Misconception::ClosedPortSilent)->response, ResponseKind::Nothing);
}

void TestQuestionGenerator::rstIsAnsweredWithNothing()
{
    const auto q = find(QuestionGenerator(shippedRun(QStringLiteral("abort-rst"))).questions(),
                        QuestionKind::Response, QStringLiteral("receives RST"));
    QVERIFY(q);
    QCOMPARE(q->rightChoice().response, ResponseKind::Nothing);
    QVERIFY(choiceFor(*q, Misconception::RstIsAnswered));
}

void TestQuestionGenerator::retransmittedFinInTimeWaitIsAcknowledged()
{
    const auto q = find(QuestionGenerator(shippedRun(QStringLiteral("lost-final-ack"))).questions(),
                        QuestionKind::Response, QStringLiteral("FIN"));
    QVERIFY(q);
    QCOMPARE(q->rightChoice().response, ResponseKind::Ack);
    QCOMPARE(choiceFor(*q, Misconception::LostLastAckHangs)->response, ResponseKind::Nothing);
}

QTEST_GUILESS_MAIN(TestQuestionGenerator)
#include "tst_question_generator.moc"
