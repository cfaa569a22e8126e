// Hand-written questions of the scenario file ("questions"): read with errors that name
// the JSON path, written back unchanged, and turned into questions of a run that predict
// mode and `tcplab-cli quiz` ask beside the generated ones.
#include "scenario/scenario_file.h"
#include "scenario/scenario_library.h"
#include "sim/simulator.h"
#include "teach/written_questions.h"
#include "trace/trace.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTranslator>
#include <QtTest>

using namespace tcplab;

namespace {

// The small scenario of the CLI tests with `questions` set to the given JSON.
ScenarioFile::LoadResult withQuestions(const QByteArray &questionsJson)
{
    QFile file(QStringLiteral(TCPLAB_TEST_DATA "/cli/handshake.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("no handshake.json");
    QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    QJsonParseError error;
    const QJsonDocument questions = QJsonDocument::fromJson(questionsJson, &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("bad test JSON: %s", questionsJson.constData());
    root.insert(QStringLiteral("questions"), questions.array());
    return ScenarioFile::parse(QJsonDocument(root).toJson());
}

const QByteArray goodQuestion = R"([{
    "at_ms": 160, "host": "B",
    "prompt": {"en": "Which state does B move to?", "zh": "B 进入哪个状态？"},
    "choices": [
        {"text": "SYN-RECEIVED", "misconception": "two-way-handshake-enough"},
        {"text": "ESTABLISHED", "correct": true},
        {"text": {"en": "It stays where it is", "zh": "保持不变"},
         "explanation": {"en": "The ACK completes the handshake.", "zh": "这个 ACK 完成了握手。"}}
    ],
    "explanation": {"en": "The third segment arrived.", "zh": "第三个报文段到了。"}
}])";

} // namespace

class TestWrittenQuestions : public QObject
{
    Q_OBJECT

private slots:
    void badQuestionIsReportedWithItsPath_data();
    void badQuestionIsReportedWithItsPath();
    void questionsSurviveSaveAndLoad();
    void writtenQuestionIsAskedAtItsMomentInTheTeachersWords();
    void writtenQuestionAfterTheRunIsLeftOut();
    void writtenQuestionFollowsTheInstalledLanguage();
    void shippedWrittenQuestionsAreWellFormed();
};

void TestWrittenQuestions::badQuestionIsReportedWithItsPath_data()
{
    QTest::addColumn<QByteArray>("questions");
    QTest::addColumn<QString>("error");
    QTest::newRow("no moment") << QByteArray(R"([{"prompt": "p", "choices": [{"text": "a", "correct": true}, {"text": "b", "explanation": "x"}]}])")
                               << QStringLiteral("questions[0].at_ms: missing (when to ask: at_ms or at_s)");
    QTest::newRow("no prompt") << QByteArray(R"([{"at_ms": 1, "choices": [{"text": "a", "correct": true}, {"text": "b", "explanation": "x"}]}])")
                               << QStringLiteral("questions[0].prompt: missing");
    QTest::newRow("no choices") << QByteArray(R"([{"at_ms": 1, "prompt": "p"}])")
                                << QStringLiteral("questions[0].choices: missing");
    QTest::newRow("one choice") << QByteArray(R"([{"at_ms": 1, "prompt": "p", "choices": [{"text": "a", "correct": true}]}])")
                                << QStringLiteral("questions[0].choices: needs 2 to 6 choices, has 1");
    QTest::newRow("no correct choice")
        << QByteArray(R"([{"at_ms": 1, "prompt": "p", "choices": [{"text": "a", "explanation": "x"}, {"text": "b", "explanation": "y"}]}])")
        << QStringLiteral("questions[0].choices: needs exactly one correct choice, has 0");
    QTest::newRow("two correct choices")
        << QByteArray(R"([{"at_ms": 1, "prompt": "p", "choices": [{"text": "a", "correct": true}, {"text": "b", "correct": true}]}])")
        << QStringLiteral("questions[0].choices: needs exactly one correct choice, has 2");
    QTest::newRow("wrong choice unexplained")
        << QByteArray(R"([{"at_ms": 1, "prompt": "p", "choices": [{"text": "a", "correct": true}, {"text": "b"}]}])")
        << QStringLiteral("questions[0].choices[1]: a wrong choice needs a misconception or an explanation");
    QTest::newRow("unknown misconception")
        << QByteArray(R"([{"at_ms": 1, "prompt": "p", "choices": [{"text": "a", "correct": true}, {"text": "b", "misconception": "bogus"}]}])")
        << QStringLiteral("questions[0].choices[1].misconception: unknown misconception 'bogus' (see docs/quiz-format.md: ");
    QTest::newRow("misconception on the right choice")
        << QByteArray(R"([{"at_ms": 1, "prompt": "p", "choices": [{"text": "a", "correct": true, "misconception": "isn-is-zero"}, {"text": "b", "explanation": "x"}]}])")
        << QStringLiteral("questions[0].choices[0].misconception: not used by the correct choice");
    QTest::newRow("same text twice")
        << QByteArray(R"([{"at_ms": 1, "prompt": "p", "choices": [{"text": "a", "correct": true}, {"text": "a", "explanation": "x"}]}])")
        << QStringLiteral("questions[0].choices[1].text: the same as choices[0]");
    QTest::newRow("unknown host")
        << QByteArray(R"([{"at_ms": 1, "host": "Q", "prompt": "p", "choices": [{"text": "a", "correct": true}, {"text": "b", "explanation": "x"}]}])")
        << QStringLiteral("questions[0].host: no host named 'Q'");
    QTest::newRow("misspelt key")
        << QByteArray(R"([{"at_ms": 1, "promt": "p", "prompt": "p", "choices": [{"text": "a", "correct": true}, {"text": "b", "explanation": "x"}]}])")
        << QStringLiteral("questions[0].promt: unknown key (did you mean prompt?)");
}

void TestWrittenQuestions::badQuestionIsReportedWithItsPath()
{
    QFETCH(QByteArray, questions);
    QFETCH(QString, error);
    const auto loaded = withQuestions(questions);
    QVERIFY(!loaded.ok);
    bool found = false;
    for (const QString &e : loaded.errors)
        found = found || e.startsWith(error);
    QVERIFY2(found, qPrintable(loaded.errors.join(QLatin1Char('\n'))));
}

void TestWrittenQuestions::questionsSurviveSaveAndLoad()
{
    const auto first = withQuestions(goodQuestion);
    QVERIFY2(first.ok, qPrintable(first.errors.join(QLatin1Char('\n'))));
    QCOMPARE(first.scenario.questions.size(), 1);
    const ScenarioQuestion &q = first.scenario.questions.first();
    QCOMPARE(q.choices[0].misconception, Misconception::TwoWayHandshakeEnough);
    QCOMPARE(q.choices[2].misconception, Misconception::Other);
    const auto second = ScenarioFile::parse(ScenarioFile::serialize(first.scenario));
    QVERIFY2(second.ok, qPrintable(second.errors.join(QLatin1Char('\n'))));
    QCOMPARE(second.scenario.questions, first.scenario.questions);
}

void TestWrittenQuestions::writtenQuestionIsAskedAtItsMomentInTheTeachersWords()
{
    const auto loaded = withQuestions(goodQuestion);
    QVERIFY(loaded.ok);
    const Trace trace = Simulator::run(loaded.scenario);
    const QList<Question> questions = writtenQuestions(loaded.scenario, trace);
    QCOMPARE(questions.size(), 1);
    const Question &q = questions.first();
    QCOMPARE(q.kind, QuestionKind::Written);
    QCOMPARE(q.time, msToUs(160));
    QCOMPARE(q.event, trace.firstEventAtOrAfter(msToUs(160)));
    QCOMPARE(trace.hostName(q.host), QStringLiteral("B"));
    QCOMPARE(q.prompt.english(), QStringLiteral("Which state does B move to?"));
    QCOMPARE(q.answer, 1);
    QVERIFY(q.choices[1].isRight());
    QCOMPARE(q.choices[0].whyWrong().english(), misconceptionExplanation(Misconception::TwoWayHandshakeEnough).english());
    QCOMPARE(q.choices[2].whyWrong().english(), QStringLiteral("The ACK completes the handshake."));
}

void TestWrittenQuestions::writtenQuestionAfterTheRunIsLeftOut()
{
    const auto loaded = withQuestions(goodQuestion);
    QVERIFY(loaded.ok);
    const Trace cut = Simulator::run(loaded.scenario, msToUs(100));
    QVERIFY(writtenQuestions(loaded.scenario, cut).isEmpty());
}

void TestWrittenQuestions::writtenQuestionFollowsTheInstalledLanguage()
{
    const auto loaded = withQuestions(goodQuestion);
    QVERIFY(loaded.ok);
    const Trace trace = Simulator::run(loaded.scenario);
    const Question q = writtenQuestions(loaded.scenario, trace).first();
    QCOMPARE(q.prompt.text(), QStringLiteral("Which state does B move to?"));
    QTranslator chinese;
    QVERIFY(chinese.load(QStringLiteral(":/i18n/tcplab_zh_CN")));
    QCoreApplication::installTranslator(&chinese);
    QCOMPARE(q.prompt.text(), QStringLiteral("B 进入哪个状态？"));
    QCOMPARE(q.choices[2].whyWrong().text(), QStringLiteral("这个 ACK 完成了握手。"));
    QCOMPARE(q.choices[1].label.text(), QStringLiteral("ESTABLISHED")); // English only: shown as it is
    QCoreApplication::removeTranslator(&chinese);
    QCOMPARE(q.prompt.text(), QStringLiteral("Which state does B move to?"));
}

void TestWrittenQuestions::shippedWrittenQuestionsAreWellFormed()
{
    int count = 0;
    for (const Scenario &s : ScenarioLibrary::scenarios()) {
        const Trace trace = Simulator::run(s);
        for (const Question &q : writtenQuestions(s, trace)) {
            ++count;
            QVERIFY(!q.prompt.english().isEmpty());
            for (const ScenarioQuestion &w : s.questions) {
                QVERIFY(!w.prompt.zh.isEmpty());
                for (const ScenarioQuestionChoice &c : w.choices)
                    QVERIFY2(!c.text.zh.isEmpty() || c.text.en == c.text.text(QStringLiteral("zh_CN")), qPrintable(s.id));
            }
            QVERIFY(q.time > 0); // predict mode has a "before" to stop at
        }
    }
    QVERIFY(count >= 1);
}

QTEST_GUILESS_MAIN(TestWrittenQuestions)
#include "tst_written_questions.moc"
