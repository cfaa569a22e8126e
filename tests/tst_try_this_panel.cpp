// "Try this" as a learner meets it: the open lesson's tasks, open until an edit of the
// story achieves one — then marked done at once — and a hint behind a button.
#include "language_manager.h"
#include "main_window.h"
#include "scenario/scenario_library.h"
#include "scenario_editor.h"
#include "sim/simulator.h"
#include "try_this_panel.h"
#include "isolated_settings.h"

#include <QDockWidget>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace tcplab;

namespace {

Scenario shipped(const char *id)
{
    const auto loaded = ScenarioLibrary::load(QLatin1String(id));
    if (!loaded.ok)
        qFatal("%s does not load", id);
    return loaded.scenario;
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

class TestTryThisPanel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void taskIsOpenUntilARunMeetsItThenStaysDone();
    void hintIsShownOnRequest();
    void windowMarksATaskDoneTheMomentAnEditAchievesIt();

private:
    QTemporaryDir m_dir;
};

void TestTryThisPanel::initTestCase()
{
    QVERIFY(m_dir.isValid());
    isolateSettings(QStringLiteral("tst_try_this_panel"), m_dir.path());
}

void TestTryThisPanel::taskIsOpenUntilARunMeetsItThenStaysDone()
{
    Scenario s = shipped("lost-syn");
    TryThisPanel panel;
    panel.setChallenges(s.challenges);
    QCOMPARE(panel.challengeCount(), 1);
    QSignalSpy done(&panel, &TryThisPanel::challengeDone);
    const Trace asShipped = Simulator::run(s);
    panel.checkRun(asShipped);
    QVERIFY(!panel.isDone(0));
    QCOMPARE(panel.windowTitle(), QStringLiteral("Try This (0/1)"));

    QString error;
    QVERIFY(s.setSetting(QStringLiteral("syn_retries"), 1, &error));
    s.faults << dropSyn(2);
    const Trace edited = Simulator::run(s);
    panel.checkRun(edited);
    QVERIFY(panel.isDone(0));
    QCOMPARE(done.size(), 1);
    QCOMPARE(panel.findChild<QLabel *>(QStringLiteral("tryThisMark0"))->text(), QStringLiteral("✔"));
    QCOMPARE(panel.windowTitle(), QStringLiteral("Try This (1/1)"));
    panel.checkRun(asShipped); // undoing the edit does not take the success away
    QVERIFY(panel.isDone(0));
    QCOMPARE(done.size(), 1);
}

void TestTryThisPanel::hintIsShownOnRequest()
{
    const Scenario s = shipped("handshake-and-close");
    TryThisPanel panel;
    panel.setChallenges(s.challenges);
    panel.show();
    auto *hint = panel.findChild<QLabel *>(QStringLiteral("tryThisHint1"));
    auto *button = panel.findChild<QPushButton *>(QStringLiteral("tryThisHintButton1"));
    QVERIFY(hint && button);
    QVERIFY(!hint->isVisible());
    QVERIFY(button->isVisible());
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(panel.isHintShown(1));
    QVERIFY(hint->isVisible());
    QVERIFY(!button->isVisible());
    QCOMPARE(hint->text(), s.challenges[1].hint.en);
    QVERIFY(!panel.isHintShown(0));
}

void TestTryThisPanel::windowMarksATaskDoneTheMomentAnEditAchievesIt()
{
    LanguageManager language;
    language.setLanguage(QStringLiteral("en"));
    MainWindow window(&language);
    window.fitToScreen(QRect(0, 0, 1366, 736));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openBuiltin(QStringLiteral("lost-syn")));
    auto *panel = window.findChild<TryThisPanel *>();
    auto *dock = window.findChild<QDockWidget *>(QStringLiteral("tryThisDock"));
    QVERIFY(panel && dock);
    QCOMPARE(panel->challengeCount(), 1);
    QCOMPARE(dock->windowTitle(), QStringLiteral("Try This (0/1)"));

    QString error;
    QVERIFY2(window.editor()->setSetting(QStringLiteral("syn_retries"), 1, &error), qPrintable(error));
    QVERIFY(!panel->isDone(0));
    QVERIFY(window.editor()->addFault(dropSyn(2)));
    QVERIFY(panel->isDone(0));
    QCOMPARE(dock->windowTitle(), QStringLiteral("Try This (1/1)"));

    QVERIFY(window.openBuiltin(QStringLiteral("handshake-and-close")));
    QCOMPARE(panel->challengeCount(), 2);
    QVERIFY(!panel->isDone(0) && !panel->isDone(1));
    window.close();
}

QTEST_MAIN(TestTryThisPanel)
#include "tst_try_this_panel.moc"
