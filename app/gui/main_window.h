#pragma once

#include "sim/sim_time.h"
#include "trace/trace.h"

#include <QHash>
#include <QMainWindow>
#include <QMessageBox>
#include <QStringList>

class QActionGroup;
class QDockWidget;
class QLabel;
class QMenu;
class QStackedWidget;

namespace tcplab {

class ActionPanel;
class ComparisonView;
class EndpointPanel;
class NarrationPanel;
class SegmentInspector;
class SocketTablePanel;
class StateDiagramWidget;
class FaultListPanel;
class LanguageManager;
class PlaybackBar;
class PlaybackController;
class ScenarioBrowser;
class ScenarioDocument;
class ScenarioEditor;
class SequenceDiagramView;
class SettingsPanel;
struct Scenario;

// The tcplab desktop window: the sequence diagram in the middle, the scenario browser and
// the editing panels in docks, playback in a toolbar. It owns the document (scenario,
// edits, trace) and the playhead, and keeps the playhead's time across re-simulation.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(LanguageManager *language, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens what was open last time (or the first lesson on a first run).
    void openInitialScenario();
    // Opening replaces the current scenario only when the new one loads without errors;
    // otherwise the errors are reported and the current scenario stays.
    bool openBuiltin(const QString &id);
    bool openFile(const QString &path);
    bool save();
    bool saveAs(const QString &path);
    void setLanguage(const QString &code);

    ScenarioDocument *document() const { return m_document; }
    ScenarioEditor *editor() const { return m_editor; }
    PlaybackController *playback() const { return m_playback; }
    SequenceDiagramView *sequenceView() const { return m_view; }
    // The menu of a segment's right-click: Drop, Delay…, Duplicate…, Remove fault. The
    // caller owns it. Built separately from exec() so it can be tested.
    QMenu *createSegmentMenu(int segmentId, QWidget *parent = nullptr);
    // For later panels (state diagram, TCB table, inspector, narration): adds a dock and
    // lists it in the View menu.
    QDockWidget *addPanel(const QString &objectName, QWidget *panel, Qt::DockWidgetArea area);

signals:
    // Every error shown to the user, also for tests and logs.
    void errorReported(const QString &title, const QString &text);

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    // Hooks for the modal questions, so tests can answer them.
    virtual void reportError(const QString &title, const QString &text);
    virtual QMessageBox::StandardButton askToSaveChanges();
    virtual bool askMilliseconds(const QString &title, const QString &label, int initial,
                                 int *value);

private:
    void createActions();
    void createMenus();
    void createToolBars();
    void createDocks();
    void createLessonPanels();
    void connectDocument();
    void retranslateUi();
    void readSettings();
    void writeSettings();
    bool maybeSave();
    void openDialog();
    bool saveAsDialog();
    void resetScenario();
    void exportDiagram();
    void copyDiagram();
    void updateComparison();
    void addRecentFile(const QString &path);
    void rebuildRecentMenu();
    void updateTitle();
    void updateUndoActions();
    void updatePlayAction();
    void onTraceChanged();
    void updateSimulationStatus();
    void onSegmentSelected(int segmentId);
    void showSegmentMenu(int segmentId, const QPoint &globalPos);
    void showAbout();
    void useScenario(const Scenario &scenario, const QString &path, const QString &builtinId);
    QDockWidget *createDock(const QString &objectName, QWidget *content, Qt::DockWidgetArea area);

    LanguageManager *m_language;
    ScenarioDocument *m_document;
    ScenarioEditor *m_editor;
    PlaybackController *m_playback;
    SequenceDiagramView *m_view = nullptr;
    // The centre: the diagram alone, or two diagrams compared side by side.
    QStackedWidget *m_centre = nullptr;
    ComparisonView *m_comparison = nullptr;
    QActionGroup *m_compareGroup = nullptr;
    Trace m_compareTrace;
    PlaybackBar *m_playbackBar = nullptr;
    QToolBar *m_viewToolBar = nullptr;
    ScenarioBrowser *m_browser = nullptr;
    FaultListPanel *m_faultPanel = nullptr;
    SettingsPanel *m_settingsPanel = nullptr;
    ActionPanel *m_actionPanel = nullptr;
    QLabel *m_statusSimulation = nullptr;
    StateDiagramWidget *m_stateDiagram = nullptr;
    NarrationPanel *m_narration = nullptr;
    SegmentInspector *m_inspector = nullptr;
    EndpointPanel *m_endpoint = nullptr;
    SocketTablePanel *m_sockets = nullptr;

    QHash<QString, QAction *> m_actions; // by object name
    QHash<QString, QMenu *> m_menus;
    QHash<QString, QDockWidget *> m_docks;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_panelsMenu = nullptr;
    QActionGroup *m_languageGroup = nullptr;
    QStringList m_recentFiles;
    bool m_fitPending = false;
};

} // namespace tcplab
