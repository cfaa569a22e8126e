#include "scenario_document.h"

#include "sim/simulator.h"

#include <QElapsedTimer>

namespace tcplab {

ScenarioDocument::ScenarioDocument(QObject *parent)
    : QObject(parent)
{
}

ScenarioDocument::~ScenarioDocument()
{
    // The stack announces its clearing while it is destroyed; nobody must hear that.
    m_undoStack.blockSignals(true);
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
    simulate();
    m_originalTrace = m_trace; // nothing edited yet: this run is the original story
    simulateComparison();
    emit opened();
    if (wasComparing)
        emit comparisonChanged();
    emit traceChanged();
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
    simulate();
    m_originalTrace = Trace(); // a capture is never edited: no story to tell it against
    simulateComparison();
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
    simulate();
    simulateComparison();
    if (wasComparing)
        emit comparisonChanged();
    emit traceChanged();
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
    simulateComparison();
    emit comparisonChanged();
}

void ScenarioDocument::simulate()
{
    QElapsedTimer clock;
    clock.start();
    m_trace = m_capture ? m_capture->trace : Simulator::run(m_scenario);
    m_lastSimulationNs = clock.nsecsElapsed();
}

void ScenarioDocument::simulateComparison()
{
    if (!canCompareWith(m_comparison, m_chosenVariant))
        m_comparison = CompareWith::Nothing;
    switch (m_comparison) {
    case CompareWith::Nothing:
        m_comparisonTrace = Trace();
        return;
    case CompareWith::FileVersion:
        m_comparisonTrace = Simulator::run(m_fileScenario);
        return;
    case CompareWith::Model:
        // Compared on what a capture can show: the story's own calls and timers would
        // otherwise be the first difference every time.
        m_comparisonTrace = CaptureStory::observable(Simulator::run(m_scenario));
        return;
    case CompareWith::TeachingVariant:
    case CompareWith::Variant: {
        Scenario other = m_scenario;
        other.protocol.variant = comparedVariant();
        m_comparisonTrace = Simulator::run(other);
        return;
    }
    }
}

} // namespace tcplab
