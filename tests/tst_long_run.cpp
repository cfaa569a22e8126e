// A long simulation in the window: it runs in a worker thread, shows its progress over the
// diagram and can be cancelled with the Cancel button, the previous run staying on screen;
// an edit made meanwhile supersedes it; a quick run stays synchronous. A run refused before
// it starts, or stopped at the event limit, says so over the diagram with the limit and what
// to change. Completion is awaited with QSignalSpy::wait and QTRY_, never a sleep.

#include "language_manager.h"
#include "main_window.h"
#include "run_status_banner.h"
#include "scenario_document.h"
#include "scenario/scenario_library.h"
#include "sequence/sequence_diagram_view.h"
#include "sim/simulator.h"
#include "trace/trace_format.h"
#include "isolated_settings.h"

#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace tcplab;

namespace {

Scenario builtIn(const QString &id)
{
    return ScenarioLibrary::load(id).scenario;
}

// syn-flood with a flood as large as the format allows: a million SYNs at 100,000 a second
// into a backlog of 65535. It runs to the event limit: seconds, in a debug build.
Scenario hugeFlood()
{
    Scenario s = builtIn(QStringLiteral("syn-flood"));
    for (AppAction &a : s.actions) {
        if (a.kind == AppActionKind::SynFlood) {
            a.count = 1'000'000;
            a.ratePerSecond = 100'000;
        }
        if (a.kind == AppActionKind::Listen)
            a.backlog = 65535;
    }
    return s;
}

// A keepalive probe after every millisecond of silence for a day: endless ping-pong.
Scenario keepalivePingPong()
{
    Scenario s = builtIn(QStringLiteral("handshake-and-close"));
    s.actions.erase(std::remove_if(s.actions.begin(), s.actions.end(),
                                   [](const AppAction &a) { return a.kind == AppActionKind::Close; }),
                    s.actions.end());
    s.protocol.keepalive = true;
    s.protocol.keepaliveIdle = msToUs(1);
    s.protocol.keepaliveInterval = secondsToUs(1);
    s.duration = secondsToUs(24 * 3600);
    return s;
}

// A send of 100,000 bytes through a window of 100 bytes: a thousand segments at least.
Scenario bigSendThroughASmallWindow()
{
    Scenario s = builtIn(QStringLiteral("handshake-and-close"));
    s.protocol.window = 100;
    for (AppAction &a : s.actions) {
        if (a.kind == AppActionKind::Send) {
            a.data = QByteArray(100'000, 'x');
            break;
        }
    }
    return s;
}

QString text(const ScenarioDocument &document)
{
    return traceToText(document.trace(), document.scenario());
}

} // namespace

class TestLongRun : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        isolateSettings(QStringLiteral("tst_long_run"), m_dir.path());
        m_language = std::make_unique<LanguageManager>();
        m_language->setLanguage(QStringLiteral("en"));
    }

    void init()
    {
        QSettings().clear();
        m_window = std::make_unique<MainWindow>(m_language.get());
        m_window->fitToScreen(QRect(0, 0, 1366, 736));
        m_window->openBuiltin(QStringLiteral("syn-flood"));
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanup()
    {
        m_window.reset();
    }

    // --- the document ------------------------------------------------------------------

    void quickRunStaysSynchronous()
    {
        ScenarioDocument *doc = m_window->document();
        QSignalSpy started(doc, &ScenarioDocument::runStarted);
        QSignalSpy traces(doc, &ScenarioDocument::traceChanged);
        Scenario edited = doc->scenario();
        edited.protocol.window = 1000;
        doc->setScenario(edited);
        QCOMPARE(traces.count(), 1);
        QCOMPARE(started.count(), 0);
        QCOMPARE(doc->runState(), ScenarioDocument::RunState::Current);
        QCOMPARE(text(*doc), traceToText(Simulator::run(edited), edited));
    }

    void largeRunGoesToAWorkerAndBringsTheSameTrace()
    {
        ScenarioDocument *doc = m_window->document();
        doc->setBackgroundThreshold(0); // every run is large
        QSignalSpy traces(doc, &ScenarioDocument::traceChanged);
        Scenario edited = doc->scenario();
        edited.protocol.window = 1000;
        doc->setScenario(edited);
        QCOMPARE(doc->runState(), ScenarioDocument::RunState::Running);
        QCOMPARE(traces.count(), 0);
        QVERIFY(traces.wait(20000));
        QCOMPARE(traces.count(), 1);
        QCOMPARE(doc->runState(), ScenarioDocument::RunState::Current);
        QCOMPARE(text(*doc), traceToText(Simulator::run(edited), edited));
    }

    void editDuringARunSupersedesIt()
    {
        ScenarioDocument *doc = m_window->document();
        QSignalSpy traces(doc, &ScenarioDocument::traceChanged);
        doc->setScenario(hugeFlood());
        QCOMPARE(doc->runState(), ScenarioDocument::RunState::Running);
        // The learner changes something else before it ends: the huge run is dropped, the
        // new one (small again) is shown at once, and the huge one never arrives.
        Scenario small = builtIn(QStringLiteral("syn-flood"));
        small.protocol.window = 1000;
        doc->setScenario(small);
        QCOMPARE(doc->runState(), ScenarioDocument::RunState::Current);
        QCOMPARE(traces.count(), 1);
        QCOMPARE(text(*doc), traceToText(Simulator::run(small), small));
        // The huge run was stopped and thrown away, not left to finish: nothing is pending.
        QCoreApplication::sendPostedEvents();
        QCOMPARE(traces.count(), 1);
        QCOMPARE(doc->runState(), ScenarioDocument::RunState::Current);
    }

    void comparisonChosenDuringARunArrivesWithItsResult()
    {
        ScenarioDocument *doc = m_window->document();
        auto *centre = qobject_cast<QStackedWidget *>(m_window->centralWidget());
        QVERIFY(centre);
        doc->setBackgroundThreshold(0);
        QSignalSpy traces(doc, &ScenarioDocument::traceChanged);
        Scenario edited = doc->scenario();
        edited.protocol.window = 1000;
        doc->setScenario(edited);
        QCOMPARE(doc->runState(), ScenarioDocument::RunState::Running);
        doc->setComparison(CompareWith::FileVersion);
        QVERIFY(traces.wait(20000));
        QCOMPARE(traceToText(doc->comparisonTrace(), doc->fileScenario()),
                 traceToText(Simulator::run(doc->fileScenario()), doc->fileScenario()));
        QCOMPARE(centre->currentWidget()->objectName(), QStringLiteral("comparison"));

        // And ended during the next run: the diagram is alone again when it arrives.
        edited.protocol.window = 2000;
        doc->setScenario(edited);
        doc->setComparison(CompareWith::Nothing);
        QVERIFY(traces.wait(20000));
        QCOMPARE(centre->currentWidget()->objectName(), QStringLiteral("sequenceDiagram"));
        QVERIFY(doc->comparisonTrace().events.isEmpty());
    }

    // --- the window --------------------------------------------------------------------

    void cancelButtonStopsALongRunAndKeepsThePreviousDiagram()
    {
        ScenarioDocument *doc = m_window->document();
        const QString before = text(*doc);
        const Trace *shown = m_window->sequenceView()->trace();
        const qsizetype segmentsBefore = doc->trace().segments.size();
        auto *banner = m_window->findChild<RunStatusBanner *>();
        QVERIFY(banner);
        QVERIFY(banner->isHidden());

        auto *figures = m_window->findChild<QLabel *>(QStringLiteral("simulationStatus"));
        QVERIFY(figures);
        QVERIFY2(figures->text().contains(QLatin1String("simulated in")), qPrintable(figures->text()));
        QSignalSpy cancelled(doc, &ScenarioDocument::runCancelled);
        doc->setScenario(hugeFlood());
        QCOMPARE(doc->runState(), ScenarioDocument::RunState::Running);
        // The status line's figures are not passed off as the new run's while it runs.
        QCOMPARE(figures->text(), QStringLiteral("Simulating…"));
        // The progress appears after a moment, over the diagram, with a Cancel button;
        // meanwhile the window goes on handling events (this loop is the window's thread).
        auto *cancel = banner->findChild<QPushButton *>(QStringLiteral("cancelRun"));
        QVERIFY(cancel);
        QTRY_VERIFY_WITH_TIMEOUT(cancel->isVisible(), 5000);
        QVERIFY(banner->findChild<QProgressBar *>(QStringLiteral("runProgress"))->isVisible());
        QVERIFY(banner->message().contains(QLatin1String("Simulating a long run")));
        QCOMPARE(doc->runState(), ScenarioDocument::RunState::Running);
        QTest::mouseClick(cancel, Qt::LeftButton);
        QVERIFY(cancelled.count() == 1 || cancelled.wait(10000));

        QCOMPARE(doc->runState(), ScenarioDocument::RunState::Cancelled);
        QCOMPARE(m_window->statusBar()->currentMessage(), QStringLiteral("Simulation cancelled"));
        QCOMPARE(figures->text(), QStringLiteral("Previous run shown: %1 segments, %2 events")
                                      .arg(segmentsBefore)
                                      .arg(doc->trace().events.size()));
        QVERIFY2(banner->message().startsWith(QLatin1String("Simulation cancelled.")), qPrintable(banner->message()));
        QVERIFY(!cancel->isVisible());
        QVERIFY(banner->findChild<QPushButton *>(QStringLiteral("rerun"))->isVisible());
        // Nothing lost: the previous run is still the one drawn, and the edit is kept.
        QCOMPARE(m_window->sequenceView()->trace(), shown);
        QCOMPARE(doc->trace().segments.size(), segmentsBefore);
        QCOMPARE(traceToText(doc->trace(), builtIn(QStringLiteral("syn-flood"))), before);
        QCOMPARE(doc->scenario(), hugeFlood());
    }

    void refusedRunSaysWhyOverTheDiagram()
    {
        ScenarioDocument *doc = m_window->document();
        doc->setEventLimit(999);
        doc->setScenario(bigSendThroughASmallWindow());
        auto *banner = m_window->findChild<RunStatusBanner *>();
        QVERIFY(banner->isVisible());
        const QString message = banner->message();
        QVERIFY2(message.startsWith(QLatin1String("This run was not started: it would pass the limit of 999 "
                                                  "events a run may have.")),
                 qPrintable(message));
        // The projection's words, as tcplab-cli prints them: the action, the limit, the setting.
        QVERIFY2(message.contains(QLatin1String("actions[")) && message.contains(QLatin1String("window"))
                     && message.contains(QLatin1String("limit of 999 events")),
                 qPrintable(message));
        QVERIFY(doc->trace().events.isEmpty());
        // A window that fits takes the banner away.
        Scenario fits = bigSendThroughASmallWindow();
        fits.protocol.window = 65535;
        doc->setScenario(fits);
        QVERIFY(banner->isHidden());
        QVERIFY(banner->message().isEmpty());
    }

    void runStoppedAtTheLimitSaysSoOverTheDiagram()
    {
        ScenarioDocument *doc = m_window->document();
        doc->setEventLimit(500);
        doc->setScenario(keepalivePingPong());
        QCOMPARE(doc->trace().stoppedAtLimit, RunLimit::Events);
        auto *banner = m_window->findChild<RunStatusBanner *>();
        QVERIFY(banner->isVisible());
        const QString expected = QStringLiteral("The run stopped at the limit of 500 events (at %1 s)")
                                     .arg(formatSimTime(doc->trace().endTime));
        QVERIFY2(banner->message().startsWith(expected), qPrintable(banner->message()));
        QVERIFY(banner->message().contains(QLatin1String("duration_s")));
        // Over the diagram, where the learner looks.
        QVERIFY(m_window->centralWidget()->isAncestorOf(banner));
        QVERIFY(m_window->centralWidget()->rect().contains(banner->geometry()));
        QVERIFY(banner->height() > 0 && banner->height() < m_window->centralWidget()->height() / 2);
    }

private:
    std::unique_ptr<LanguageManager> m_language;
    std::unique_ptr<MainWindow> m_window;
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestLongRun)
#include "tst_long_run.moc"
