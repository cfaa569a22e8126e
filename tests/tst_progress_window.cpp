// The learner's progress in the window, driven as a learner does: opening a lesson from
// the browser marks it visited there, a prediction answered in its dock and a task met are
// counted in its tooltip, Next Lesson leads through the lessons in order, Reset Progress…
// clears it all after asking, and a progress file that cannot be read or written is
// reported without losing anything.
#include "action_table.h"
#include "language_manager.h"
#include "main_window.h"
#include "playback_controller.h"
#include "predict_mode.h"
#include "predict_panel.h"
#include "progress_store.h"
#include "scenario/scenario_file.h"
#include "scenario/scenario_library.h"
#include "scenario_browser.h"
#include "scenario_document.h"
#include "scenario_editor.h"
#include "teach/progress_file.h"
#include "try_this_panel.h"
#include "isolated_settings.h"

#include <QFile>
#include <QFileInfo>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace tcplab;

namespace {

class TestWindow : public MainWindow
{
public:
    using MainWindow::MainWindow;
    bool confirmReset = true;
    int resetQuestions = 0;

protected:
    QMessageBox::StandardButton askToSaveChanges() override { return QMessageBox::Discard; }
    bool askToResetProgress() override
    {
        ++resetQuestions;
        return confirmReset;
    }
};

QString titleOf(const QString &id)
{
    return ScenarioLibrary::load(id).scenario.title.en;
}

QTreeWidgetItem *lessonItem(ScenarioBrowser *browser, const QString &id)
{
    const QList<QTreeWidgetItem *> found =
        browser->tree()->findItems(titleOf(id), Qt::MatchExactly | Qt::MatchRecursive);
    return found.size() == 1 ? found.first() : nullptr;
}

QTreeWidgetItem *groupItem(ScenarioBrowser *browser, const QString &lesson)
{
    const QList<QTreeWidgetItem *> found = browser->tree()->findItems(
        ScenarioBrowser::lessonTitle(lesson), Qt::MatchStartsWith);
    return found.size() == 1 ? found.first() : nullptr;
}

int lessonsIn(const QString &lesson)
{
    int n = 0;
    for (const Scenario &s : ScenarioLibrary::scenarios())
        n += int(s.lesson == lesson);
    return n;
}

bool stepToHold(PlaybackController *playback)
{
    QSignalSpy held(playback, &PlaybackController::holdReached);
    for (int i = 0; i < 10000 && held.isEmpty() && playback->time() < playback->endTime(); ++i)
        playback->stepForward();
    return !held.isEmpty();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

FaultRule dropSyn(int ordinal)
{
    FaultRule r;
    r.kind = FaultKind::Drop;
    r.host = QStringLiteral("A");
    r.flags = TcpFlag::Syn;
    r.ordinal = ordinal;
    return r;
}

} // namespace

class TestProgressWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void lessonOpenedFromTheBrowserShowsVisited();
    void predictionAnsweredIsCountedRightFirstTimeOnlyOnce();
    void taskMetIsCountedAsAChallengeDone();
    void nextLessonOpensTheLessonsInLibraryOrder();
    void nextLessonIsOffOnTheLastLessonAndForAFile();
    void resetProgressAsksThenClearsTheBrowser();
    void corruptedProgressFileIsSetAsideWithAMessage();
    void unwritableProgressIsReportedOnceAndNothingIsLost();

private:
    TestWindow *makeWindow(const QString &progressPath);
    ScenarioBrowser *browser() const;

    QTemporaryDir m_settings;
    LanguageManager m_language;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<TestWindow> m_window;
};

void TestProgressWindow::initTestCase()
{
    QVERIFY(m_settings.isValid());
    isolateSettings(QStringLiteral("tst_progress_window"), m_settings.path());
    m_language.setLanguage(QStringLiteral("en"));
}

void TestProgressWindow::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestProgressWindow::cleanup()
{
    if (m_window)
        m_window->close();
    m_window.reset();
}

TestWindow *TestProgressWindow::makeWindow(const QString &progressPath)
{
    m_window = std::make_unique<TestWindow>(&m_language);
    m_window->fitToScreen(QRect(0, 0, 1366, 736));
    m_window->openProgress(progressPath);
    m_window->show();
    return m_window.get();
}

ScenarioBrowser *TestProgressWindow::browser() const
{
    return m_window->findChild<ScenarioBrowser *>();
}

void TestProgressWindow::lessonOpenedFromTheBrowserShowsVisited()
{
    const QString path = m_dir->filePath(QStringLiteral("progress.json"));
    TestWindow *window = makeWindow(path);
    QVERIFY(QTest::qWaitForWindowExposed(window));
    QTreeWidgetItem *item = lessonItem(browser(), QStringLiteral("lost-syn"));
    QTreeWidgetItem *group = groupItem(browser(), QStringLiteral("opening"));
    QVERIFY(item && group);
    QVERIFY(item->toolTip(0).endsWith(QStringLiteral("Not visited yet")));
    const QString total = QString::number(lessonsIn(QStringLiteral("opening")));
    QCOMPARE(group->text(0), ScenarioBrowser::lessonTitle(QStringLiteral("opening")) + QStringLiteral(" (0/") + total + QLatin1Char(')'));

    QTreeWidget *tree = browser()->tree();
    tree->scrollToItem(item);
    const QPoint at = tree->visualItemRect(item).center();
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, at);
    QTest::mouseDClick(tree->viewport(), Qt::LeftButton, {}, at);
    QCOMPARE(window->document()->builtinId(), QStringLiteral("lost-syn"));

    item = lessonItem(browser(), QStringLiteral("lost-syn"));
    group = groupItem(browser(), QStringLiteral("opening"));
    QVERIFY2(item->toolTip(0).contains(QStringLiteral("\n\nVisited")), qPrintable(item->toolTip(0)));
    QVERIFY(!item->icon(0).isNull());
    QCOMPARE(group->text(0), ScenarioBrowser::lessonTitle(QStringLiteral("opening")) + QStringLiteral(" (1/") + total + QLatin1Char(')'));
    QCOMPARE(group->toolTip(0), QStringLiteral("1 of %1 lessons visited").arg(total));
    // Kept on disk at once, for the next start.
    const ProgressFile::LoadResult saved = ProgressFile(path).load(&ScenarioLibrary::contains);
    QVERIFY(saved.progress.lesson(QStringLiteral("lost-syn")).visited);
}

void TestProgressWindow::predictionAnsweredIsCountedRightFirstTimeOnlyOnce()
{
    TestWindow *window = makeWindow(m_dir->filePath(QStringLiteral("progress.json")));
    QVERIFY(QTest::qWaitForWindowExposed(window));
    const QString id = QStringLiteral("lost-final-ack");
    QVERIFY(window->openBuiltin(id));
    window->action(ActionId::Predict)->setChecked(true);
    auto *panel = window->findChild<PredictPanel *>();
    auto *predict = window->findChild<PredictMode *>();
    QVERIFY(panel && predict);

    window->playback()->toStart();
    QVERIFY(stepToHold(window->playback()));
    QVERIFY(predict->openQuestion() >= 0);
    const Question first = predict->questions()[predict->openQuestion()];
    QTest::mouseClick(panel->choiceButtons()[first.answer], Qt::LeftButton);
    window->playback()->pause();
    QTreeWidgetItem *item = lessonItem(browser(), id);
    QVERIFY2(item->toolTip(0).contains(QRegularExpression(QStringLiteral("questions: 1/\\d+ answered, 1 right first time"))),
             qPrintable(item->toolTip(0)));

    // The lesson again, the same question answered wrongly this time: the first try counts.
    QVERIFY(window->openBuiltin(id));
    window->playback()->toStart();
    QVERIFY(stepToHold(window->playback()));
    const Question again = predict->questions()[predict->openQuestion()];
    QCOMPARE(again.time, first.time);
    QTest::mouseClick(panel->choiceButtons()[(again.answer + 1) % int(again.choices.size())], Qt::LeftButton);
    window->playback()->pause();
    item = lessonItem(browser(), id);
    QVERIFY2(item->toolTip(0).contains(QStringLiteral("1 right first time")), qPrintable(item->toolTip(0)));
    QVERIFY(item->toolTip(0).contains(QRegularExpression(QStringLiteral("questions: 1/\\d+ answered"))));
}

void TestProgressWindow::taskMetIsCountedAsAChallengeDone()
{
    TestWindow *window = makeWindow(m_dir->filePath(QStringLiteral("progress.json")));
    QVERIFY(window->openBuiltin(QStringLiteral("lost-syn")));
    QTreeWidgetItem *item = lessonItem(browser(), QStringLiteral("lost-syn"));
    QVERIFY2(item->toolTip(0).contains(QStringLiteral("challenges: 0/1 done")), qPrintable(item->toolTip(0)));
    QString error;
    QVERIFY2(window->editor()->setSetting(QStringLiteral("syn_retries"), 1, &error), qPrintable(error));
    QVERIFY(window->editor()->addFault(dropSyn(2)));
    item = lessonItem(browser(), QStringLiteral("lost-syn"));
    QVERIFY2(item->toolTip(0).contains(QStringLiteral("challenges: 1/1 done")), qPrintable(item->toolTip(0)));
}

void TestProgressWindow::nextLessonOpensTheLessonsInLibraryOrder()
{
    TestWindow *window = makeWindow(m_dir->filePath(QStringLiteral("progress.json")));
    QVERIFY(QTest::qWaitForWindowExposed(window));
    const QStringList ids = ScenarioLibrary::ids();
    QVERIFY(window->openBuiltin(ids.at(0)));
    QAction *next = window->action(ActionId::NextLesson);
    QVERIFY(next->isEnabled());
    QCOMPARE(next->toolTip(), QStringLiteral("Open the next lesson: %1").arg(titleOf(ids.at(1))));
    next->trigger();
    QCOMPARE(window->document()->builtinId(), ids.at(1));

    // The same from the Try This dock's button.
    auto *button = window->findChild<QPushButton *>(QStringLiteral("nextLessonButton"));
    QVERIFY(button && button->isEnabled());
    QCOMPARE(button->text(), QStringLiteral("Next Lesson"));
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(window->document()->builtinId(), ids.at(2));
    QVERIFY(lessonItem(browser(), ids.at(2))->toolTip(0).contains(QStringLiteral("Visited")));

    // In the Playback menu, with a key no other command of the window has.
    auto *menu = window->menuBar()->findChild<QMenu *>(QStringLiteral("playbackMenu"));
    QVERIFY(menu && menu->actions().contains(next));
    QCOMPARE(next->shortcut(), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_Right));
    for (const ActionSpec &spec : ActionTable::specs()) {
        if (spec.id != ActionId::NextLesson)
            QVERIFY2(!window->action(spec.id)->shortcuts().contains(next->shortcut()), spec.objectName);
    }
}

void TestProgressWindow::nextLessonIsOffOnTheLastLessonAndForAFile()
{
    TestWindow *window = makeWindow(m_dir->filePath(QStringLiteral("progress.json")));
    QAction *next = window->action(ActionId::NextLesson);
    auto *button = window->findChild<QPushButton *>(QStringLiteral("nextLessonButton"));
    QVERIFY(window->openBuiltin(ScenarioLibrary::ids().last()));
    QVERIFY(!next->isEnabled());
    QVERIFY(!button->isEnabled());
    QCOMPARE(next->toolTip(), QStringLiteral("This is the last lesson"));
    QCOMPARE(button->toolTip(), next->toolTip());

    const QString file = m_dir->filePath(QStringLiteral("mine.json"));
    QString error;
    QVERIFY2(ScenarioFile::save(ScenarioLibrary::load(ScenarioLibrary::ids().first()).scenario, file, &error),
             qPrintable(error));
    QVERIFY(browser()->tree()->currentItem());
    QVERIFY(window->openFile(file));
    // The last lesson no longer looks like the one on screen.
    QVERIFY(!browser()->tree()->currentItem());
    QVERIFY(browser()->tree()->selectedItems().isEmpty());
    QVERIFY(!next->isEnabled());
    QVERIFY(next->toolTip().contains(QStringLiteral("a scenario file or a capture is open")));
    // A file is the learner's own: it is no lesson visited.
    const ProgressStore *store = window->progressStore();
    QCOMPARE(store->progress().scenarioIds(), QStringList{ScenarioLibrary::ids().last()});
}

void TestProgressWindow::resetProgressAsksThenClearsTheBrowser()
{
    const QString path = m_dir->filePath(QStringLiteral("progress.json"));
    TestWindow *window = makeWindow(path);
    QVERIFY(window->openBuiltin(QStringLiteral("lost-syn")));
    QVERIFY(window->openBuiltin(QStringLiteral("lost-final-ack")));
    QAction *reset = window->action(ActionId::ResetProgress);
    auto *help = window->menuBar()->findChild<QMenu *>(QStringLiteral("helpMenu"));
    QVERIFY(help && help->actions().contains(reset));
    QVERIFY(browser()->tree()->actions().contains(reset)); // the list's right-click menu

    window->confirmReset = false;
    reset->trigger();
    QCOMPARE(window->resetQuestions, 1);
    QVERIFY(lessonItem(browser(), QStringLiteral("lost-syn"))->toolTip(0).contains(QStringLiteral("\n\nVisited")));

    window->confirmReset = true;
    reset->trigger();
    QCOMPARE(window->resetQuestions, 2);
    for (const QString &id : {QStringLiteral("lost-syn"), QStringLiteral("lost-final-ack")})
        QVERIFY(lessonItem(browser(), id)->toolTip(0).endsWith(QStringLiteral("Not visited yet")));
    QVERIFY(groupItem(browser(), QStringLiteral("time-wait"))->text(0).contains(QStringLiteral("(0/")));
    QVERIFY(ProgressFile(path).load(&ScenarioLibrary::contains).progress.isEmpty());
}

void TestProgressWindow::corruptedProgressFileIsSetAsideWithAMessage()
{
    const QString path = m_dir->filePath(QStringLiteral("progress.json"));
    QVERIFY(writeFile(path, "{\"format\": \"tcplab-progress\", \"version\": "));
    TestWindow *window = makeWindow(path);
    QVERIFY(QTest::qWaitForWindowExposed(window));
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = window->findChild<QMessageBox *>(QStringLiteral("progressProblemMessage")))
                && box->isVisible());
    QVERIFY(box->text().contains(QDir::toNativeSeparators(path)));
    const QStringList aside = QDir(m_dir->path()).entryList({QStringLiteral("progress.json.corrupt-*")});
    QCOMPARE(aside.size(), 1);
    QVERIFY2(box->text().contains(aside.first()), qPrintable(box->text()));
    box->close();

    // Progress starts empty and is kept again from here on.
    QVERIFY(window->openBuiltin(QStringLiteral("lost-syn")));
    QVERIFY(lessonItem(browser(), QStringLiteral("lost-syn"))->toolTip(0).contains(QStringLiteral("\n\nVisited")));
    QVERIFY(ProgressFile(path).load(&ScenarioLibrary::contains).progress.lesson(QStringLiteral("lost-syn")).visited);
}

void TestProgressWindow::unwritableProgressIsReportedOnceAndNothingIsLost()
{
    const QString blocker = m_dir->filePath(QStringLiteral("not-a-directory"));
    QVERIFY(writeFile(blocker, "x"));
    TestWindow *window = makeWindow(blocker + QStringLiteral("/progress.json"));
    QSignalSpy problems(window->progressStore(), &ProgressStore::problemFound);
    QVERIFY(window->openBuiltin(QStringLiteral("lost-syn")));
    QVERIFY(window->openBuiltin(QStringLiteral("lost-final-ack")));
    QCOMPARE(problems.size(), 1); // told once, not at every step
    QCOMPARE(problems.first().at(0).toString(), QStringLiteral("Progress Not Saved"));
    QVERIFY(problems.first().at(1).toString().contains(QStringLiteral("Nothing is lost")));
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = window->findChild<QMessageBox *>(QStringLiteral("progressProblemMessage")))
                && box->isVisible());
    box->close();
    for (const QString &id : {QStringLiteral("lost-syn"), QStringLiteral("lost-final-ack")})
        QVERIFY(lessonItem(browser(), id)->toolTip(0).contains(QStringLiteral("\n\nVisited")));
}

QTEST_MAIN(TestProgressWindow)
#include "tst_progress_window.moc"
