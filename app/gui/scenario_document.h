#pragma once

#include "scenario/scenario.h"
#include "trace/trace.h"

#include <QObject>
#include <QString>
#include <QUndoStack>

namespace tcplab {

// The scenario being shown: the version as loaded or last saved (the "file's version"),
// the learner's edited version (faults, settings, actions), where it came from, and the
// trace of the edited version. Every edit re-runs the simulation from time zero at once
// (DESIGN.md: a change of the fault plan re-runs everything; scenarios are small), so the
// trace always belongs to the scenario on screen.
class ScenarioDocument : public QObject
{
    Q_OBJECT
public:
    explicit ScenarioDocument(QObject *parent = nullptr);
    ~ScenarioDocument() override;

    // Replaces everything: a freshly opened scenario, unmodified, with an empty undo history.
    // `filePath` is empty for a built-in scenario, which is named by `builtinId`.
    void open(const Scenario &scenario, const QString &filePath, const QString &builtinId);

    const Scenario &fileScenario() const { return m_fileScenario; }
    const Scenario &scenario() const { return m_scenario; }
    const Trace &trace() const { return m_trace; }
    QString filePath() const { return m_filePath; }
    QString builtinId() const { return m_builtinId; }
    bool isModified() const { return m_scenario != m_savedScenario; }
    // Wall-clock cost of the last simulation, for the status bar and the benchmark.
    qint64 lastSimulationNs() const { return m_lastSimulationNs; }

    // The single entry point of every edit (used by the undo commands).
    void setScenario(const Scenario &scenario);
    // After a successful save: the saved version becomes the file's version.
    void markSaved(const QString &filePath);

    QUndoStack *undoStack() { return &m_undoStack; }

signals:
    void opened();
    void traceChanged();
    void modifiedChanged(bool modified);
    void filePathChanged(const QString &path);

private:
    void simulate();

    Scenario m_fileScenario;
    Scenario m_savedScenario;
    Scenario m_scenario;
    Trace m_trace;
    QString m_filePath;
    QString m_builtinId;
    qint64 m_lastSimulationNs = 0;
    QUndoStack m_undoStack;
};

} // namespace tcplab
