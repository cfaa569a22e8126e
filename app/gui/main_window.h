#pragma once

#include "sim/sim_time.h"

#include <QMainWindow>
#include <QMessageBox>

#include <memory>

class QActionGroup;
class QDockWidget;
class QLabel;
class QMenu;

namespace tcplab {

class ActionTable;
class DiagramCentre;
class EditActions;
class LanguageManager;
class PanelDocks;
class PlaybackActions;
class PlaybackBar;
class PlaybackController;
class PredictMode;
class TryThisPanel;
class RecentFilesMenu;
class ScenarioDocument;
class ScenarioEditor;
class ScenarioFiles;
class SequenceDiagramView;
class WindowMenus;
enum class ActionId;

// The tcplab desktop window: the sequence diagram in the middle (or two, compared), the
// scenario browser, the editing and the lesson panels in docks, playback in a toolbar. It
// wires its parts together: the document (scenario, edits, its run and the run compared),
// the playhead, the actions (ActionTable), menus, docks; and it opens and saves files.
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
    // Places the window inside `available` (a screen's availableGeometry()): most of it,
    // never more, with the docks sized in proportion so the diagram keeps a usable share.
    // Used on a first start and whenever the saved geometry no longer fits the screen.
    void fitToScreen(const QRect &available);

    ScenarioDocument *document() const { return m_document; }
    ScenarioEditor *editor() const { return m_editor; }
    PlaybackController *playback() const { return m_playback; }
    SequenceDiagramView *sequenceView() const { return m_view; }
    // The command `id` (File ▸ Open, Play/Pause, …), made from the ActionTable.
    QAction *action(ActionId id) const;
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
    bool event(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    // Hooks for the modal questions, so tests can answer them.
    virtual void reportError(const QString &title, const QString &text);
    virtual QMessageBox::StandardButton askToSaveChanges();
    virtual bool askMilliseconds(const QString &title, const QString &label, int initial,
                                 int *value);

private:
    void connectActions();
    void createToolBars();
    void createMenus();
    void connectDocument();
    void retranslateUi();
    void readSettings();
    void writeSettings();
    bool maybeSave();
    void openDialog();
    bool saveAsDialog();
    void updateTitle();
    void onTraceChanged();
    void updateSimulationStatus();
    void onSegmentSelected(int segmentId);
    void showSegmentMenu(int segmentId, const QPoint &globalPos);
    void showAbout();
    void showOpenedScenario();
    void fitDiagram();
    void createTeachingPanels();
    void updateFutureMode();

    LanguageManager *m_language;
    ScenarioDocument *m_document;
    ScenarioEditor *m_editor;
    PlaybackController *m_playback;
    std::unique_ptr<ActionTable> m_actions;
    DiagramCentre *m_centre = nullptr;
    SequenceDiagramView *m_view = nullptr; // the centre's diagram
    PlaybackActions *m_playbackActions = nullptr;
    PredictMode *m_predict = nullptr;
    TryThisPanel *m_tryThis = nullptr;
    EditActions *m_editActions = nullptr;
    PlaybackBar *m_playbackBar = nullptr;
    QToolBar *m_viewToolBar = nullptr;
    PanelDocks *m_docks = nullptr;
    std::unique_ptr<WindowMenus> m_menus;
    RecentFilesMenu *m_recentFiles = nullptr;
    ScenarioFiles *m_files = nullptr;
    QActionGroup *m_languageGroup = nullptr;
    QLabel *m_statusSimulation = nullptr;
    bool m_fitPending = false;
};

} // namespace tcplab
