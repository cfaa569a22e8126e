#pragma once

#include "capture/capture_importer.h"
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
class CaptureActions;
class ComparisonChoices;
class DiagramCentre;
class EditActions;
class LanguageManager;
class PanelDocks;
class PlaybackActions;
class PlaybackBar;
class PlaybackController;
class PresenterMode;
class PredictMode;
class ProgressActions;
class ProgressStore;
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
    // Where reportError() tells of an error: in a dialog the user closes, or on standard
    // error, for a run nobody watches (--screenshot), where a modal dialog would wait for ever.
    enum class ErrorReporting { Dialog, StandardError };

    explicit MainWindow(LanguageManager *language, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens what was open last time (or the first lesson on a first run).
    void openInitialScenario();
    // Opening replaces the current scenario only when the new one loads without errors;
    // otherwise the errors are reported and the current scenario stays.
    bool openBuiltin(const QString &id);
    bool openFile(const QString &path);
    // Reads a pcap or pcapng capture and shows the connection the learner chooses (asked
    // with askConnection()) as a trace, with both ends' states inferred. A file that cannot
    // be read is reported and the current scenario stays.
    bool openCapture(const QString &path);
    bool save();
    bool saveAs(const QString &path);
    void setLanguage(const QString &code);
    // Places the window inside `available` (a screen's availableGeometry()): most of it,
    // never more, with the docks sized in proportion so the diagram keeps a usable share.
    // Used on a first start and whenever the saved geometry no longer fits the screen.
    void fitToScreen(const QRect &available);
    // Reads the learner's progress from `path` (ProgressFile::defaultPath() for the real
    // user) and keeps it there. Without it, progress is kept for this window only.
    void openProgress(const QString &path);
    ProgressStore *progressStore() const;
    ErrorReporting errorReporting() const { return m_errorReporting; }
    void setErrorReporting(ErrorReporting reporting) { m_errorReporting = reporting; }

    ScenarioDocument *document() const { return m_document; }
    ScenarioEditor *editor() const { return m_editor; }
    PlaybackController *playback() const { return m_playback; }
    SequenceDiagramView *sequenceView() const { return m_view; }
    PresenterMode *presenterMode() const { return m_presenter; }
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
    // The connection of a capture to show (1-based), or 0 when cancelled.
    virtual int askConnection(const QString &path, const CaptureImporter::Listing &listing);
    // Help ▸ Reset Progress…: true to forget the learner's progress.
    virtual bool askToResetProgress();

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
    void showProgressProblem(const QString &title, const QString &text);

    LanguageManager *m_language;
    ErrorReporting m_errorReporting = ErrorReporting::Dialog;
    ScenarioDocument *m_document;
    ScenarioEditor *m_editor;
    PlaybackController *m_playback;
    std::unique_ptr<ActionTable> m_actions;
    DiagramCentre *m_centre = nullptr;
    SequenceDiagramView *m_view = nullptr; // the centre's diagram
    PlaybackActions *m_playbackActions = nullptr;
    PredictMode *m_predict = nullptr;
    TryThisPanel *m_tryThis = nullptr;
    ProgressActions *m_progress = nullptr;
    EditActions *m_editActions = nullptr;
    PlaybackBar *m_playbackBar = nullptr;
    QToolBar *m_viewToolBar = nullptr;
    PanelDocks *m_docks = nullptr;
    PresenterMode *m_presenter = nullptr;
    std::unique_ptr<WindowMenus> m_menus;
    RecentFilesMenu *m_recentFiles = nullptr;
    ScenarioFiles *m_files = nullptr;
    CaptureActions *m_captures = nullptr;
    ComparisonChoices *m_comparisonChoices = nullptr;
    QActionGroup *m_languageGroup = nullptr;
    QLabel *m_statusSimulation = nullptr;
    bool m_fitPending = false;
};

} // namespace tcplab
