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
    const bool wasModified = isModified();
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
    emit opened();
    emit traceChanged();
    if (wasModified)
        emit modifiedChanged(false);
}

void ScenarioDocument::setScenario(const Scenario &scenario)
{
    if (scenario == m_scenario)
        return;
    const bool wasModified = isModified();
    m_scenario = scenario;
    simulate();
    emit traceChanged();
    if (wasModified != isModified())
        emit modifiedChanged(isModified());
}

void ScenarioDocument::markSaved(const QString &filePath)
{
    const bool wasModified = isModified();
    m_savedScenario = m_scenario;
    m_fileScenario = m_scenario;
    m_builtinId.clear();
    if (m_filePath != filePath) {
        m_filePath = filePath;
        emit filePathChanged(m_filePath);
    }
    if (wasModified)
        emit modifiedChanged(false);
}

void ScenarioDocument::simulate()
{
    QElapsedTimer clock;
    clock.start();
    m_trace = Simulator::run(m_scenario);
    m_lastSimulationNs = clock.nsecsElapsed();
}

} // namespace tcplab
