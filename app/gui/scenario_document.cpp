#include "scenario_document.h"

#include "simulation_job.h"

#include "sim/run_projection.h"
#include "sim/simulator.h"

#include <QElapsedTimer>

namespace tcplab {

namespace {
constexpr int progressIntervalMs = 100;
} // namespace

ScenarioDocument::ScenarioDocument(QObject *parent)
    : QObject(parent)
{
    m_progressTimer.setInterval(progressIntervalMs);
    connect(&m_progressTimer, &QTimer::timeout, this, [this] { emit runProgressed(runProgress()); });
}

ScenarioDocument::~ScenarioDocument()
{
    // The stack announces its clearing while it is destroyed; nobody must hear that.
    m_undoStack.blockSignals(true);
    m_job.reset(); // cancels a worker's run and waits for it
}

void ScenarioDocument::open(const Scenario &scenario, const QString &filePath,
                            const QString &builtinId)
{
    m_capture.reset();
    m_storyOutcome = CaptureStory::Outcome::Told;
    const bool wasModified = isModified();
    const bool wasComparing = m_comparison != CompareWith::Nothing;
    m_undoStack.clear();
    m_fileScenario = scenario;
    m_savedScenario = scenario;
    m_scenario = scenario;
    m_builtinId = builtinId;
    if (m_filePath != filePath) {
        m_filePath = filePath;
        emit filePathChanged(m_filePath);
    }
    // Nothing is edited yet: this run is the original story, which notes and the change
    // summary are told against. A long run brings it later (takeJobResult).
    m_originalTrace = Trace();
    m_runIsOriginal = true;
    const bool ready = runScenario();
    emit opened();
    if (ready) {
        if (wasComparing)
            emit comparisonChanged();
        emit traceChanged();
    }
    if (wasModified)
        emit modifiedChanged(false);
}

void ScenarioDocument::openCapture(const ObservedConnection &connection, const Scenario &story,
                                   CaptureStory::Outcome outcome, const QString &capturePath)
{
    const bool wasModified = isModified();
    const bool wasComparing = m_comparison != CompareWith::Nothing;
    m_undoStack.clear();
    m_capture = connection;
    m_storyOutcome = outcome;
    m_fileScenario = story;
    m_savedScenario = story;
    m_scenario = story;
    m_builtinId.clear();
    if (m_filePath != capturePath) {
        m_filePath = capturePath;
        emit filePathChanged(m_filePath);
    }
    m_originalTrace = Trace(); // a capture is never edited: no story to tell it against
    m_runIsOriginal = false;
    runScenario(); // a capture's trace is ready at once: it is not simulated
    emit opened();
    if (wasComparing)
        emit comparisonChanged();
    emit traceChanged();
    if (wasModified)
        emit modifiedChanged(false);
}

void ScenarioDocument::setScenario(const Scenario &scenario)
{
    // A capture shows what happened; there is nothing to edit.
    if (scenario == m_scenario || isCapture())
        return;
    const bool wasModified = isModified();
    const bool wasComparing = m_comparison != CompareWith::Nothing;
    m_scenario = scenario;
    m_runIsOriginal = false; // an edit made while the original story still runs supersedes it
    if (runScenario()) {
        if (wasComparing)
            emit comparisonChanged();
        emit traceChanged();
    }
    if (wasModified != isModified())
        emit modifiedChanged(isModified());
}

void ScenarioDocument::markSaved(const QString &filePath)
{
    const bool wasModified = isModified();
    m_savedScenario = m_scenario;
    m_fileScenario = m_scenario;
    m_originalTrace = m_trace;
    m_builtinId.clear();
    if (m_filePath != filePath) {
        m_filePath = filePath;
        emit filePathChanged(m_filePath);
    }
    // The file's version is now the saved one.
    if (m_comparison == CompareWith::FileVersion) {
        simulateComparison();
        emit comparisonChanged();
    }
    if (wasModified)
        emit modifiedChanged(false);
}

ProtocolVariant ScenarioDocument::comparedVariant() const
{
    ProtocolVariant variant = m_chosenVariant;
    if (m_comparison == CompareWith::TeachingVariant
        && !protocolVariantFromName(m_scenario.compareVariant, &variant)) {
        return ProtocolVariant::Standard;
    }
    return variant;
}

bool ScenarioDocument::canCompareWith(CompareWith with, ProtocolVariant variant) const
{
    // A capture is compared with the model of its story, and with nothing else.
    if (isCapture()) {
        return with == CompareWith::Nothing
            || (with == CompareWith::Model && m_storyOutcome == CaptureStory::Outcome::Told);
    }
    switch (with) {
    case CompareWith::Nothing:
    case CompareWith::FileVersion:
        return true;
    case CompareWith::Model:
        return false;
    case CompareWith::TeachingVariant:
        return !m_scenario.compareVariant.isEmpty()
            && protocolVariantFromName(m_scenario.compareVariant, &variant)
            && variant != m_scenario.protocol.variant;
    case CompareWith::Variant:
        return variant != m_scenario.protocol.variant;
    }
    return false;
}

void ScenarioDocument::setComparison(CompareWith with, ProtocolVariant variant)
{
    if (with == m_comparison && (with != CompareWith::Variant || variant == m_chosenVariant))
        return;
    m_comparison = with;
    m_chosenVariant = variant;
    if (m_runState == RunState::Running) {
        // The worker runs the comparison too: start it again with the new one.
        runScenario();
        return;
    }
    simulateComparison();
    emit comparisonChanged();
}

double ScenarioDocument::runProgress() const
{
    return m_job ? m_job->progress() : 0.0;
}

void ScenarioDocument::cancelRun()
{
    if (m_job && m_runState == RunState::Running)
        m_job->cancel();
}

void ScenarioDocument::rerun()
{
    if (isCapture())
        return;
    const bool comparing = m_comparison != CompareWith::Nothing;
    if (runScenario()) {
        if (comparing)
            emit comparisonChanged();
        emit traceChanged();
    }
}

bool ScenarioDocument::runScenario()
{
    // An edit supersedes the run in flight: it is cancelled and its result never shown.
    m_job.reset();
    m_progressTimer.stop();
    const RunProjection projection(m_scenario);
    m_refusedBecause = isCapture() ? QStringList() : projection.problems(m_eventLimit);
    if (isCapture() || !m_refusedBecause.isEmpty() || projection.expectedEvents() <= m_backgroundThreshold) {
        simulate();
        simulateComparison();
        takeOriginalTrace();
        setRunState(RunState::Current);
        return true;
    }
    m_job = std::make_unique<SimulationJob>(m_scenario, comparedScenario(), m_eventLimit);
    connect(m_job.get(), &SimulationJob::finished, this, &ScenarioDocument::takeJobResult);
    m_job->start();
    m_progressTimer.start();
    // Started first: a view that waits a moment before showing the progress starts waiting.
    emit runStarted();
    setRunState(RunState::Running);
    return false;
}

void ScenarioDocument::takeJobResult()
{
    m_progressTimer.stop();
    // Deleted later: this is called from the job's own signal.
    SimulationJob *job = m_job.release();
    job->deleteLater();
    if (job->wasCancelled()) {
        setRunState(RunState::Cancelled);
        emit runCancelled();
        return;
    }
    m_trace = job->trace();
    m_lastSimulationNs = job->elapsedNs();
    takeOriginalTrace();
    m_comparisonTrace = m_comparison != CompareWith::Nothing ? job->comparisonTrace() : Trace();
    setRunState(RunState::Current);
    // Always: the comparison may have been changed (or ended) while the worker ran.
    emit comparisonChanged();
    emit traceChanged();
}

void ScenarioDocument::takeOriginalTrace()
{
    if (!m_runIsOriginal)
        return;
    m_originalTrace = m_trace;
    m_runIsOriginal = false;
}

void ScenarioDocument::setRunState(RunState state)
{
    if (state == m_runState)
        return;
    m_runState = state;
    emit runStateChanged(state);
}

void ScenarioDocument::simulate()
{
    QElapsedTimer clock;
    clock.start();
    m_trace = m_capture ? m_capture->trace : Simulator::run(m_scenario, -1, m_eventLimit);
    m_lastSimulationNs = clock.nsecsElapsed();
}

std::optional<Scenario> ScenarioDocument::comparedScenario()
{
    if (!canCompareWith(m_comparison, m_chosenVariant))
        m_comparison = CompareWith::Nothing;
    switch (m_comparison) {
    case CompareWith::Nothing:
        return std::nullopt;
    case CompareWith::FileVersion:
        return m_fileScenario;
    case CompareWith::Model:
        return m_scenario;
    case CompareWith::TeachingVariant:
    case CompareWith::Variant: {
        Scenario other = m_scenario;
        other.protocol.variant = comparedVariant();
        return other;
    }
    }
    return std::nullopt;
}

void ScenarioDocument::simulateComparison()
{
    const std::optional<Scenario> other = comparedScenario();
    if (!other) {
        m_comparisonTrace = Trace();
        return;
    }
    m_comparisonTrace = Simulator::run(*other, -1, m_eventLimit);
    // Compared on what a capture can show: the story's own calls and timers would
    // otherwise be the first difference every time.
    if (m_comparison == CompareWith::Model)
        m_comparisonTrace = CaptureStory::observable(m_comparisonTrace);
}

} // namespace tcplab
