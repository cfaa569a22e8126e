// Predict mode (Playback ▸ Predict): the playhead stops just before each question's moment
// with nothing of that moment shown, the panel asks with one button per choice, and a click
// judges the prediction — naming the misconception behind a wrong choice — and plays the
// step. Driven as a learner would: stepping and clicking the buttons (offscreen).
#include "action_table.h"
#include "language_manager.h"
#include "main_window.h"
#include "playback_controller.h"
#include "predict_mode.h"
#include "predict_panel.h"
#include "scenario/scenario_library.h"
#include "sequence/sequence_diagram_view.h"
#include "sim/simulator.h"
#include "teach/misconception.h"
#include "teach/written_questions.h"
#include "isolated_settings.h"

#include <QDockWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace tcplab;

namespace {

Trace run(const char *id)
{
    const auto loaded = ScenarioLibrary::load(QLatin1String(id));
    if (!loaded.ok)
        qFatal("%s does not load", id);
    return Simulator::run(loaded.scenario);
}

// Steps until the playback holds (or the run ends); returns whether it held.
bool stepToHold(PlaybackController &playback)
{
    QSignalSpy held(&playback, &PlaybackController::holdReached);
    for (int i = 0; i < 10000 && held.isEmpty() && playback.time() < playback.endTime(); ++i)
        playback.stepForward();
    return !held.isEmpty();
}

int wrongChoice(const Question &q)
{
    return (q.answer + 1) % int(q.choices.size());
}

} // namespace

class TestPredictMode : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void playbackStopsJustBeforeTheFirstQuestion();
    void wrongChoiceNamesItsMisconceptionAndPlaysTheStep();
    void rightChoiceSaysSoAndNextQuestionIsAsked();
    void unansweredQuestionHoldsPlaybackAgain();
    void turnedOffNothingHolds();
    void writtenQuestionIsAskedBesideTheGeneratedOnes();
    void windowPredictActionHidesTheFutureAndAsksInItsDock();

private:
    QTemporaryDir m_dir;
};

void TestPredictMode::initTestCase()
{
    QVERIFY(m_dir.isValid());
    isolateSettings(QStringLiteral("tst_predict_mode"), m_dir.path());
}

void TestPredictMode::playbackStopsJustBeforeTheFirstQuestion()
{
    const Trace trace = run("handshake-and-close");
    PlaybackController playback;
    PredictPanel panel;
    PredictMode predict(&playback, &panel, nullptr);
    playback.setTrace(&trace);
    predict.setTrace(&trace);
    predict.setEnabled(true);
    QVERIFY(!predict.questions().isEmpty());
    QVERIFY(stepToHold(playback));

    const Question &first = predict.questions().first();
    QCOMPARE(predict.openQuestion(), 0);
    // One microsecond before the moment: nothing that happens then is on screen yet.
    QCOMPARE(playback.time(), first.time - 1);
    QVERIFY(trace.firstEventAtOrAfter(playback.time() + 1) <= first.event);
    QCOMPARE(panel.promptText(), first.prompt.text());
    QCOMPARE(panel.choiceButtons().size(), first.choices.size());
    for (int i = 0; i < first.choices.size(); ++i)
        QCOMPARE(panel.choiceButtons()[i]->text(), first.choices[i].label.text());
}

void TestPredictMode::wrongChoiceNamesItsMisconceptionAndPlaysTheStep()
{
    const Trace trace = run("handshake-and-close");
    PlaybackController playback;
    PredictPanel panel;
    PredictMode predict(&playback, &panel, nullptr);
    playback.setTrace(&trace);
    predict.setTrace(&trace);
    predict.setEnabled(true);
    QVERIFY(stepToHold(playback));
    const Question q = predict.questions()[predict.openQuestion()];
    const int wrong = wrongChoice(q);

    QSignalSpy answered(&predict, &PredictMode::answered);
    QTest::mouseClick(panel.choiceButtons()[wrong], Qt::LeftButton);
    QCOMPARE(answered.size(), 1);
    QCOMPARE(answered.first().at(1).toBool(), false);
    const QString explanation = misconceptionExplanation(q.choices[wrong].misconception).text();
    QVERIFY2(panel.verdictText().contains(explanation.toHtmlEscaped()), qPrintable(panel.verdictText()));
    QVERIFY(panel.verdictText().contains(q.rightChoice().label.text().toHtmlEscaped()));
    // The step plays: the playhead reaches the moment and goes on.
    QVERIFY(playback.time() >= q.time);
    QVERIFY(!playback.holdTimes().contains(q.time));
    playback.pause();
}

void TestPredictMode::rightChoiceSaysSoAndNextQuestionIsAsked()
{
    const Trace trace = run("handshake-and-close");
    PlaybackController playback;
    PredictPanel panel;
    PredictMode predict(&playback, &panel, nullptr);
    playback.setTrace(&trace);
    predict.setTrace(&trace);
    predict.setEnabled(true);
    QVERIFY(stepToHold(playback));
    const Question q = predict.questions()[predict.openQuestion()];
    QTest::mouseClick(panel.choiceButtons()[q.answer], Qt::LeftButton);
    QVERIFY(panel.verdictText().contains(QStringLiteral("Right")));
    QVERIFY(panel.verdictText().contains(q.explanation.text().toHtmlEscaped()));
    playback.pause();
    QVERIFY(stepToHold(playback));
    QCOMPARE(predict.openQuestion(), 1);
}

void TestPredictMode::unansweredQuestionHoldsPlaybackAgain()
{
    const Trace trace = run("lost-syn");
    PlaybackController playback;
    PredictPanel panel;
    PredictMode predict(&playback, &panel, nullptr);
    playback.setTrace(&trace);
    predict.setTrace(&trace);
    predict.setEnabled(true);
    QVERIFY(stepToHold(playback));
    const SimTime waiting = playback.time();
    QVERIFY(stepToHold(playback)); // stepping on without answering asks again
    QCOMPARE(playback.time(), waiting);
    QVERIFY(predict.openQuestion() >= 0);
}

void TestPredictMode::turnedOffNothingHolds()
{
    const Trace trace = run("handshake-and-close");
    PlaybackController playback;
    PredictPanel panel;
    PredictMode predict(&playback, &panel, nullptr);
    playback.setTrace(&trace);
    predict.setTrace(&trace);
    predict.setEnabled(true);
    predict.setEnabled(false);
    QVERIFY(playback.holdTimes().isEmpty());
    QVERIFY(!stepToHold(playback));
    QCOMPARE(playback.time(), playback.endTime());
}

void TestPredictMode::writtenQuestionIsAskedBesideTheGeneratedOnes()
{
    const auto loaded = ScenarioLibrary::load(QStringLiteral("three-way-handshake"));
    QVERIFY(loaded.ok);
    const Trace trace = Simulator::run(loaded.scenario);
    const QList<Question> written = writtenQuestions(loaded.scenario, trace);
    QCOMPARE(written.size(), 1);
    PlaybackController playback;
    PredictPanel panel;
    PredictMode predict(&playback, &panel, nullptr);
    playback.setTrace(&trace);
    predict.setTrace(&trace, written);
    predict.setEnabled(true);
    QVERIFY(predict.questions().size() > 1);
    // Answer the generated questions before it rightly, until the teacher's is asked.
    for (int i = 0; i < 50; ++i) {
        if (predict.openQuestion() >= 0) {
            const Question &open = predict.questions()[predict.openQuestion()];
            if (open.kind == QuestionKind::Written)
                break;
            predict.answer(open.answer);
            playback.pause();
        } else {
            QVERIFY(stepToHold(playback));
        }
    }
    QVERIFY(predict.openQuestion() >= 0);
    const Question &q = predict.questions()[predict.openQuestion()];
    QCOMPARE(q.kind, QuestionKind::Written);
    QCOMPARE(playback.time(), q.time - 1);
    QCOMPARE(panel.promptText(), written.first().prompt.text());
    // A wrong choice explained in the teacher's own words shows that explanation.
    int ownWords = -1;
    for (int i = 0; i < q.choices.size(); ++i) {
        if (!q.choices[i].isRight() && !q.choices[i].explanation.isEmpty())
            ownWords = i;
    }
    QVERIFY(ownWords >= 0);
    const QString expected = q.choices[ownWords].explanation.text();
    QTest::mouseClick(panel.choiceButtons()[ownWords], Qt::LeftButton);
    QVERIFY2(panel.verdictText().contains(expected.toHtmlEscaped()), qPrintable(panel.verdictText()));
    playback.pause();
}

void TestPredictMode::windowPredictActionHidesTheFutureAndAsksInItsDock()
{
    LanguageManager language;
    language.setLanguage(QStringLiteral("en"));
    MainWindow window(&language);
    window.fitToScreen(QRect(0, 0, 1366, 736));
    window.openInitialScenario();
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    QAction *predictAction = window.action(ActionId::Predict);
    QCOMPARE(ActionTable::spec(ActionId::Predict).menu, MenuId::Playback);
    QVERIFY(predictAction->isCheckable());
    auto *menu = window.menuBar()->findChild<QMenu *>(QStringLiteral("playbackMenu"));
    QVERIFY(menu && menu->actions().contains(predictAction));
    window.action(ActionId::ShowFuture)->setChecked(true);
    QCOMPARE(window.sequenceView()->futureMode(), FutureMode::Faint);

    predictAction->setChecked(true);
    QCOMPARE(window.sequenceView()->futureMode(), FutureMode::Hidden);
    auto *dock = window.findChild<QDockWidget *>(QStringLiteral("predictDock"));
    QVERIFY(dock && dock->isVisible());
    auto *panel = window.findChild<PredictPanel *>();
    QVERIFY(panel);

    window.playback()->toStart();
    QVERIFY(stepToHold(*window.playback()));
    QVERIFY(!panel->choiceButtons().isEmpty());
    const SimTime before = window.playback()->time();
    QTest::mouseClick(panel->choiceButtons().first(), Qt::LeftButton);
    QVERIFY(!panel->verdictText().isEmpty());
    QVERIFY(window.playback()->time() > before);
    window.playback()->pause();

    predictAction->setChecked(false);
    QCOMPARE(window.sequenceView()->futureMode(), FutureMode::Faint);
    QVERIFY(window.playback()->holdTimes().isEmpty());
    window.close();
}

QTEST_MAIN(TestPredictMode)
#include "tst_predict_mode.moc"
