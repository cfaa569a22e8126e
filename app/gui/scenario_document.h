#pragma once

#include "capture/capture_story.h"
#include "capture/observed_connection.h"
#include "scenario/scenario.h"
#include "sim/simulator.h"
#include "trace/trace.h"

#include <QObject>
#include <QString>
#include <QStringList>
#include <QTimer>
#include <QUndoStack>

#include <memory>
#include <optional>

namespace tcplab {

class SimulationJob;

// What the learner's run is shown beside (View ▸ Compare).
enum class CompareWith {
    Nothing,
    FileVersion,     // the file's version: the scenario without the learner's edits
    TeachingVariant, // the same story under the variant the scenario names (compare_variant)
    Variant,         // the same story under a chosen rule set
    Model,           // a capture: the simulator's run of the story the capture tells
};

// The scenario being shown: the version as loaded or last saved (the "file's version"),
// the learner's edited version (faults, settings, actions), where it came from, and the
// trace of the edited version. Every edit re-runs the simulation from time zero at once
// (DESIGN.md: a change of the fault plan re-runs everything; scenarios are small), so the
// trace always belongs to the scenario on screen. The run it is compared with, if any, is
// simulated here too and kept in step with every edit.
//
// A run the projection says is large (a flood of a hundred thousand SYNs) is simulated in a
// worker thread instead: the previous traces stay until it finishes (runFinished, then
// traceChanged), it can be cancelled (the previous traces stay, runCancelled), and an edit
// made meanwhile supersedes it, so only the newest result is ever shown.
class ScenarioDocument : public QObject
{
    Q_OBJECT
public:
    enum class RunState {
        Current,   // the traces belong to the scenario
        Running,   // a worker simulates the scenario; the traces are the previous run's
        Cancelled, // the learner cancelled it; the traces are still the previous run's
    };
    // Runs expected to take more events than this go to a worker thread.
    static constexpr qint64 defaultBackgroundThreshold = 200'000;

    explicit ScenarioDocument(QObject *parent = nullptr);
    ~ScenarioDocument() override;

    // Replaces everything: a freshly opened scenario, unmodified, with an empty undo history.
    // `filePath` is empty for a built-in scenario, which is named by `builtinId`.
    void open(const Scenario &scenario, const QString &filePath, const QString &builtinId);

    // A connection read from a capture file: its observed trace is shown as it is (never
    // simulated, never edited), and `story` is what the simulator runs beside it
    // (CompareWith::Model) when the capture could be told as one.
    void openCapture(const ObservedConnection &connection, const Scenario &story, CaptureStory::Outcome outcome,
                     const QString &capturePath);
    bool isCapture() const { return m_capture.has_value(); }
    // The connection shown, when the document is a capture.
    const ObservedConnection *capture() const { return m_capture ? &*m_capture : nullptr; }
    CaptureStory::Outcome storyOutcome() const { return m_storyOutcome; }

    const Scenario &fileScenario() const { return m_fileScenario; }
    const Scenario &scenario() const { return m_scenario; }
    const Trace &trace() const { return m_trace; }
    // The run of the file's version: the original story the narration tells the learner's
    // run against (empty for a capture).
    const Trace &originalTrace() const { return m_originalTrace; }
    QString filePath() const { return m_filePath; }
    QString builtinId() const { return m_builtinId; }
    bool isModified() const { return m_scenario != m_savedScenario; }
    // Wall-clock cost of the last simulation, for the status bar and the benchmark.
    qint64 lastSimulationNs() const { return m_lastSimulationNs; }

    // The comparison asked for, unless the scenario cannot offer it (its own rule set, or a
    // teaching variant it does not name): then Nothing, until asked again.
    CompareWith comparison() const { return m_comparison; }
    // The rule set of the other run when comparing with a variant.
    ProtocolVariant comparedVariant() const;
    const Trace &comparisonTrace() const { return m_comparisonTrace; }
    bool canCompareWith(CompareWith with,
                        ProtocolVariant variant = ProtocolVariant::Standard) const;
    // Simulates the other run at once. `variant` counts for CompareWith::Variant only.
    void setComparison(CompareWith with, ProtocolVariant variant = ProtocolVariant::Standard);

    // The single entry point of every edit (used by the undo commands).
    void setScenario(const Scenario &scenario);
    // After a successful save: the saved version becomes the file's version.
    void markSaved(const QString &filePath);

    QUndoStack *undoStack() { return &m_undoStack; }

    RunState runState() const { return m_runState; }
    // How far the worker's run has come, 0 to 1, while Running.
    double runProgress() const;
    // Why the scenario's run was refused before it started (RunProjection's messages, the
    // words tcplab-cli prints); empty when it was not. Then the trace is empty and says
    // RunLimit::Events.
    QStringList refusedBecause() const { return m_refusedBecause; }
    // The most events a run may have (Simulator::defaultMaxEvents unless set).
    qint64 eventLimit() const { return m_eventLimit; }
    void setEventLimit(qint64 events) { m_eventLimit = events; }
    qint64 backgroundThreshold() const { return m_backgroundThreshold; }
    void setBackgroundThreshold(qint64 events) { m_backgroundThreshold = events; }

    // Stops the worker's run; the previous traces stay. Nothing happens when none runs.
    void cancelRun();
    // Simulates the scenario again (after a cancelled run).
    void rerun();

signals:
    void opened();
    void traceChanged();
    // The other run, or what it is compared with, changed. When an edit changes both runs
    // this comes first, so a view showing both has them before the playhead moves.
    void comparisonChanged();
    void modifiedChanged(bool modified);
    void filePathChanged(const QString &path);
    // A worker started simulating the scenario (a large run).
    void runStarted();
    // Now and then while it runs, with runProgress().
    void runProgressed(double fraction);
    // The worker's run was cancelled; the traces are the previous run's.
    void runCancelled();
    // The state changed (a worker's run started, finished or was cancelled).
    void runStateChanged(RunState state);

private:
    // Simulates the scenario and the run compared with it: true when their traces are
    // ready now; false when a worker runs them (the traces come with traceChanged later).
    bool runScenario();
    void takeJobResult();
    // Keeps the run just finished as the original story when it is the first run of what
    // was opened (m_runIsOriginal).
    void takeOriginalTrace();
    void setRunState(RunState state);
    // The scenario the comparison runs, after falling back to Nothing when it cannot be
    // offered; none when it compares nothing.
    std::optional<Scenario> comparedScenario();
    void simulate();
    // Simulates the run compared with, falling back to Nothing when it cannot be offered.
    void simulateComparison();

    Scenario m_fileScenario;
    Scenario m_savedScenario;
    Scenario m_scenario;
    Trace m_trace;
    Trace m_originalTrace;
    bool m_runIsOriginal = false; // the run under way is the opened story's, unedited
    CompareWith m_comparison = CompareWith::Nothing;
    ProtocolVariant m_chosenVariant = ProtocolVariant::Standard;
    Trace m_comparisonTrace;
    QString m_filePath;
    QString m_builtinId;
    std::optional<ObservedConnection> m_capture;
    CaptureStory::Outcome m_storyOutcome = CaptureStory::Outcome::Told;
    qint64 m_lastSimulationNs = 0;
    QStringList m_refusedBecause;
    RunState m_runState = RunState::Current;
    qint64 m_backgroundThreshold = defaultBackgroundThreshold;
    qint64 m_eventLimit = Simulator::defaultMaxEvents;
    std::unique_ptr<SimulationJob> m_job;
    QTimer m_progressTimer;
    QUndoStack m_undoStack;
};

} // namespace tcplab
