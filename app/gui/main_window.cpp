#include "main_window.h"

#include "action_table.h"
#include "capture_actions.h"
#include "capture_panel.h"
#include "comparison_choices.h"
#include "connection_chooser_dialog.h"
#include "diagram_centre.h"
#include "diagram_export_actions.h"
#include "edit_actions.h"
#include "help_actions.h"
#include "language_manager.h"
#include "panel_docks.h"
#include "playback_actions.h"
#include "playback_bar.h"
#include "playback_controller.h"
#include "problem_list_dialog.h"
#include "presenter_mode.h"
#include "predict_mode.h"
#include "predict_panel.h"
#include "progress_actions.h"
#include "progress_store.h"
#include "settings_saver.h"
#include "try_this_panel.h"
#include "recent_files_menu.h"
#include "run_status_banner.h"
#include "scenario_browser.h"
#include "scenario_document.h"
#include "scenario_edits.h"
#include "scenario_editor.h"
#include "scenario_file_dialogs.h"
#include "scenario_files.h"
#include "segment_menu.h"
#include "settings_values.h"
#include "sequence/sequence_diagram_view.h"
#include "teach/written_questions.h"
#include "panels/concepts_browser.h"
#include "window_menus.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QScreen>
#include <QSettings>
#include <QStatusBar>
#include <QStyle>
#include <QTabBar>
#include <QTimer>
#include <QToolBar>

#include <cstdio>

namespace tcplab {

MainWindow::MainWindow(LanguageManager *language, QWidget *parent)
    : QMainWindow(parent)
    , m_language(language)
    , m_document(new ScenarioDocument(this))
    , m_editor(new ScenarioEditor(m_document, this))
    , m_playback(new PlaybackController(this))
    , m_actions(std::make_unique<ActionTable>(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(ActionTable::icon("tcplab"));
    setDockOptions(QMainWindow::AnimatedDocks | QMainWindow::AllowTabbedDocks);

    m_centre = new DiagramCentre(this);
    m_view = m_centre->view();
    m_view->installEventFilter(this);
    setCentralWidget(m_centre);
    new RunStatusBanner(m_document, m_centre);

    connectActions();
    createToolBars();
    m_docks = new PanelDocks(this, m_document, m_editor, m_playback, m_view);
    m_playbackActions = new PlaybackActions(*m_actions, m_playback, m_view, m_centre->comparison(),
                                            this);
    createMenus();
    // The window holds every action too: their keys keep working while the menu bar and
    // the toolbars are hidden (presenter mode).
    for (const ActionSpec &spec : ActionTable::specs())
        addAction(action(spec.id));
    m_presenter = new PresenterMode(
        this, *m_actions,
        {m_view, m_docks->stateDiagram(), m_docks->narration(), m_playback, m_centre->comparison()});
    createTeachingPanels();
    m_files = new ScenarioFiles(m_document, m_playback, m_recentFiles, this);
    m_captures = new CaptureActions(
        *m_actions, m_document, m_playback,
        [this](const QString &path, const CaptureImporter::Listing &listing) {
            return askConnection(path, listing);
        },
        [this] { return maybeSave(); }, this);
    connectDocument();
    auto *capturePanel = new CapturePanel(m_document, this);
    QDockWidget *captureDock = addPanel(QStringLiteral("captureDock"), capturePanel, Qt::RightDockWidgetArea);
    // Beside the narration, its tab hidden until a capture is opened.
    if (auto *narration = findChild<QDockWidget *>(QStringLiteral("narrationDock")))
        tabifyDockWidget(narration, captureDock);
    captureDock->hide();
    connect(m_view, &SequenceDiagramView::segmentSelected, capturePanel, &CapturePanel::setSegment);
    connect(m_captures, &CaptureActions::opened, captureDock, [captureDock] {
        captureDock->show();
        captureDock->raise();
    });
    new HelpActions(*m_actions, this); // after the last panel: it gives each its What's This

    m_statusSimulation = new QLabel(this);
    m_statusSimulation->setObjectName(QStringLiteral("simulationStatus"));
    statusBar()->addPermanentWidget(m_statusSimulation);

    retranslateUi();
    readSettings();
}

MainWindow::~MainWindow()
{
    // The document and the controller are children that outlive this part of the window:
    // nobody is to hear from them any more.
    m_document->undoStack()->disconnect();
    m_document->disconnect();
    m_playback->disconnect();
    m_playback->pause();
}

QAction *MainWindow::action(ActionId id) const
{
    return m_actions->action(id);
}

// --- construction ---------------------------------------------------------------------

void MainWindow::connectActions()
{
    auto on = [this](ActionId id, auto slot) {
        connect(m_actions->action(id), &QAction::triggered, this, slot);
    };
    on(ActionId::Open, &MainWindow::openDialog);
    on(ActionId::Save, &MainWindow::save);
    on(ActionId::SaveAs, &MainWindow::saveAsDialog);
    on(ActionId::Quit, &QWidget::close);
    on(ActionId::About, &MainWindow::showAbout);
    connect(action(ActionId::ZoomIn), &QAction::triggered, m_view, &SequenceDiagramView::zoomIn);
    connect(action(ActionId::ZoomOut), &QAction::triggered, m_view, &SequenceDiagramView::zoomOut);
    connect(action(ActionId::FitToWindow), &QAction::triggered, m_view,
            &SequenceDiagramView::fitToWindow);
    connect(action(ActionId::ShowFuture), &QAction::toggled, this, &MainWindow::updateFutureMode);
    m_editActions = new EditActions(*m_actions, m_document, m_editor, this);
    auto *diagramExports = new DiagramExportActions(*m_actions, m_document, m_view, m_centre->comparison(),
                                                    m_playback, this);
    connect(diagramExports, &DiagramExportActions::failed, this, &MainWindow::reportError);
    m_comparisonChoices = new ComparisonChoices(*m_actions, m_document, this);

    // The languages are not in the table: there is one per catalogue, named in itself.
    m_languageGroup = new QActionGroup(this);
    for (const QString &code : LanguageManager::availableLanguages()) {
        auto *a = new QAction(LanguageManager::nativeName(code), this);
        a->setObjectName(QStringLiteral("lang_") + code);
        a->setCheckable(true);
        a->setData(code);
        m_languageGroup->addAction(a);
        connect(a, &QAction::triggered, this, [this, code] { setLanguage(code); });
    }
}

void MainWindow::createToolBars()
{
    m_playbackBar = new PlaybackBar(m_playback, this);
    m_playbackBar->addActions(m_actions->toolBarActions(ToolBarId::Playback));
    m_playbackBar->addSeparator();
    m_playbackBar->addPlaybackWidgets();
    addToolBar(Qt::TopToolBarArea, m_playbackBar);

    m_viewToolBar = new QToolBar(this);
    m_viewToolBar->setObjectName(QStringLiteral("viewToolBar"));
    m_viewToolBar->addActions(m_actions->toolBarActions(ToolBarId::View));
    addToolBar(Qt::TopToolBarArea, m_viewToolBar);
}

void MainWindow::createMenus()
{
    m_menus = std::make_unique<WindowMenus>(menuBar(), *m_actions);
    m_recentFiles = new RecentFilesMenu(m_menus->menu(MenuId::RecentFiles));
    connect(m_recentFiles, &RecentFilesMenu::fileChosen, this, [this](const QString &path) {
        if (!maybeSave())
            return;
        // A capture opened earlier opens as a capture again, with its connection chooser.
        if (CaptureActions::isCaptureFileName(path))
            openCapture(path);
        else
            openFile(path);
    });
    QMenu *panels = m_menus->menu(MenuId::Panels);
    panels->addActions(m_docks->toggleViewActions());
    panels->addSeparator();
    panels->addAction(m_playbackBar->toggleViewAction());
    panels->addAction(m_viewToolBar->toggleViewAction());
    panels->addSeparator(); // panels added later go below
    m_menus->menu(MenuId::Language)->addActions(m_languageGroup->actions());
}

QDockWidget *MainWindow::addPanel(const QString &objectName, QWidget *panel,
                                  Qt::DockWidgetArea area)
{
    QDockWidget *dock = m_docks->addDock(objectName, panel, area);
    dock->setWindowTitle(panel->windowTitle());
    connect(panel, &QWidget::windowTitleChanged, dock, &QDockWidget::setWindowTitle);
    m_menus->menu(MenuId::Panels)->addAction(dock->toggleViewAction());
    return dock;
}

void MainWindow::createTeachingPanels()
{
    // Try this: the lesson's tasks, beside the faults and settings they are done with.
    m_tryThis = new TryThisPanel(this);
    QDockWidget *tryThis = addPanel(QStringLiteral("tryThisDock"), m_tryThis, Qt::LeftDockWidgetArea);
    if (auto *faults = findChild<QDockWidget *>(QStringLiteral("faultDock"))) {
        tabifyDockWidget(faults, tryThis);
        faults->raise();
    }
    connect(m_tryThis, &TryThisPanel::challengeDone, this, [this, tryThis] {
        tryThis->show();
        tryThis->raise();
        statusBar()->showMessage(tr("Task done!"), 4000);
    });

    auto *panel = new PredictPanel(this);
    QDockWidget *dock = addPanel(QStringLiteral("predictDock"), panel, Qt::RightDockWidgetArea);
    dock->hide(); // until Playback ▸ Predict is turned on
    m_predict = new PredictMode(m_playback, panel, this);
    connect(action(ActionId::Predict), &QAction::toggled, this, [this, dock](bool on) {
        m_predict->setEnabled(on);
        updateFutureMode();
        if (on) {
            dock->show();
            dock->raise();
            // Room for a question, its choices and the verdict on the last answer.
            resizeDocks({dock}, {std::max(dock->height(), 320)}, Qt::Vertical);
        }
    });

    m_progress = new ProgressActions(
        *m_actions, m_document, m_predict, m_tryThis, m_docks->scenarioBrowser(),
        {.maybeSave = [this] { return maybeSave(); },
         .openBuiltin = [this](const QString &id) { return openBuiltin(id); },
         .confirmReset = [this] { return askToResetProgress(); }},
        this);
    connect(m_progress->store(), &ProgressStore::problemFound, this, &MainWindow::showProgressProblem);
    m_tryThis->setNextLessonAction(action(ActionId::NextLesson));
}

void MainWindow::openProgress(const QString &path)
{
    m_progress->openStore(path);
}

ProgressStore *MainWindow::progressStore() const
{
    return m_progress->store();
}

bool MainWindow::askToResetProgress()
{
    return QMessageBox::question(
               this, tr("Reset Progress"),
               tr("Forget which lessons you visited, which questions you answered and which tasks "
                  "you did? This cannot be undone."),
               QMessageBox::Reset | QMessageBox::Cancel, QMessageBox::Cancel)
        == QMessageBox::Reset;
}

void MainWindow::showProgressProblem(const QString &title, const QString &text)
{
    if (m_errorReporting == ErrorReporting::StandardError) {
        std::fprintf(stderr, "tcplab: %s: %s\n", title.toUtf8().constData(), text.toUtf8().constData());
        return;
    }
    // Not an error of what the learner did: told without stopping anything (window-modal,
    // opened, not executed), once the window is on screen.
    auto *box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("progressProblemMessage"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QTimer::singleShot(0, box, [box] { box->open(); });
}

void MainWindow::updateFutureMode()
{
    // A prediction is no prediction when the answer is drawn faintly below the playhead.
    const bool faint = action(ActionId::ShowFuture)->isChecked() && !action(ActionId::Predict)->isChecked();
    m_view->setFutureMode(faint ? FutureMode::Faint : FutureMode::Hidden);
}

void MainWindow::connectDocument()
{
    connect(m_document, &ScenarioDocument::traceChanged, this, &MainWindow::onTraceChanged);
    connect(m_document, &ScenarioDocument::comparisonChanged, this,
            [this] { m_centre->showComparison(*m_document, m_playback->time()); });
    connect(m_document, &ScenarioDocument::modifiedChanged, this, &MainWindow::updateTitle);
    connect(m_document, &ScenarioDocument::filePathChanged, this, &MainWindow::updateTitle);
    connect(m_document, &ScenarioDocument::opened, this, &MainWindow::updateTitle);
    connect(m_document, &ScenarioDocument::runCancelled, this,
            [this] { statusBar()->showMessage(tr("Simulation cancelled")); });
    connect(m_document, &ScenarioDocument::runStarted, this, [this] { statusBar()->clearMessage(); });
    // The figures are the run's: while a worker simulates the edit, or after it was
    // cancelled, the ones on screen belong to the previous run and must not pass for the
    // new one.
    connect(m_document, &ScenarioDocument::runStateChanged, this, &MainWindow::updateSimulationStatus);
    // Told once, in the status line: a dialog at every write would be a storm of them.
    connect(SettingsSaver::instance(), &SettingsSaver::writeFailed, this, [this](const QString &file) {
        statusBar()->showMessage(tr("Settings could not be saved to %1 (the disk may be full or the folder "
                                    "not writable); the program goes on with them in memory.")
                                     .arg(QDir::toNativeSeparators(file)));
    });

    connect(m_files, &ScenarioFiles::failed, this, &MainWindow::reportError);
    connect(m_files, &ScenarioFiles::opened, this, &MainWindow::showOpenedScenario);
    connect(m_captures, &CaptureActions::failed, this, &MainWindow::reportError);
    connect(m_captures, &CaptureActions::opened, this, &MainWindow::showOpenedScenario);
    connect(m_captures, &CaptureActions::opened, m_recentFiles, &RecentFilesMenu::add);
    connect(m_files, &ScenarioFiles::saved, this, [this](const QString &path) {
        m_docks->scenarioBrowser()->setCurrentScenario(QString());
        statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(path)), 4000);
    });
    connect(m_docks->scenarioBrowser(), &ScenarioBrowser::scenarioActivated, this,
            [this](const QString &id) {
                if (maybeSave())
                    openBuiltin(id);
            });
    connect(m_docks->conceptsBrowser(), &ConceptsBrowser::openScenarioRequested, this,
            [this](const QString &id, SimTime at) {
                if (maybeSave() && openBuiltin(id))
                    m_playback->setTime(at);
            });
    connect(m_view, &SequenceDiagramView::segmentSelected, this, &MainWindow::onSegmentSelected);
    connect(m_view, &SequenceDiagramView::segmentContextMenuRequested, this,
            &MainWindow::showSegmentMenu);
    connect(m_view, &SequenceDiagramView::segmentDelayRequested, this,
            [this](int id, SimTime extra) {
                if (!m_document->isCapture()) // a capture's segments are what happened
                    m_editor->addSegmentDelay(id, extra);
            });
}

// --- scenarios ------------------------------------------------------------------------

void MainWindow::openInitialScenario()
{
    m_files->openLast();
}

bool MainWindow::openBuiltin(const QString &id)
{
    return m_files->openBuiltin(id);
}

bool MainWindow::openFile(const QString &path)
{
    return m_files->openFile(path);
}

bool MainWindow::openCapture(const QString &path)
{
    return m_captures->openCapture(path);
}

int MainWindow::askConnection(const QString &path, const CaptureImporter::Listing &listing)
{
    ConnectionChooserDialog dialog(path, listing, this);
    return dialog.exec() == QDialog::Accepted ? dialog.chosenConnection() : 0;
}

bool MainWindow::saveAs(const QString &path)
{
    return m_files->saveAs(path);
}

bool MainWindow::save()
{
    if (m_document->filePath().isEmpty())
        return saveAsDialog();
    return saveAs(m_document->filePath());
}

void MainWindow::openDialog()
{
    if (!maybeSave())
        return;
    const QString path = ScenarioFileDialogs::askOpenPath(this);
    if (!path.isEmpty())
        openFile(path);
}

bool MainWindow::saveAsDialog()
{
    const QString path = ScenarioFileDialogs::askSavePath(this, m_document->filePath(),
                                                          m_document->scenario().id);
    return !path.isEmpty() && saveAs(path);
}

void MainWindow::showOpenedScenario()
{
    m_docks->scenarioBrowser()->setCurrentScenario(m_document->builtinId());
    // Fitting needs the view's final size: before the window is shown, wait for it.
    if (isVisible() && m_view->viewport()->height() > 100)
        fitDiagram();
    else
        m_fitPending = true;
}

void MainWindow::fitDiagram()
{
    // The whole run in height; the lifelines follow the view's width by themselves.
    m_view->fitToWindow();
}

bool MainWindow::maybeSave()
{
    if (!m_document->isModified())
        return true;
    switch (askToSaveChanges()) {
    case QMessageBox::Save:
        return save();
    case QMessageBox::Discard:
        return true;
    default:
        return false;
    }
}

QMessageBox::StandardButton MainWindow::askToSaveChanges()
{
    return QMessageBox::warning(
        this, tr("Unsaved Changes"),
        tr("The scenario has changes (faults, settings or actions) that are not saved.\n"
           "Do you want to save them?"),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
}

bool MainWindow::askMilliseconds(const QString &title, const QString &label, int initial,
                                 int *value)
{
    bool ok = false;
    const int v = QInputDialog::getInt(this, title, label, initial, 1, 3'600'000, 10, &ok);
    if (ok)
        *value = v;
    return ok;
}

void MainWindow::reportError(const QString &title, const QString &text)
{
    emit errorReported(title, text);
    if (m_errorReporting == ErrorReporting::StandardError) {
        std::fprintf(stderr, "tcplab: %s: %s\n", title.toUtf8().constData(), text.toUtf8().constData());
        return;
    }
    // A list of problems scrolls inside a dialog that fits the screen (a file with 200
    // bad keys made a QMessageBox taller than the screen).
    ProblemListDialog dialog(title, text, this);
    dialog.exec();
}

// --- reacting -------------------------------------------------------------------------

void MainWindow::onTraceChanged()
{
    // Every view gets the new trace before the playhead moves: they cache indexes into it.
    // (The comparison has its runs already: the document announces them first.)
    const Trace *trace = &m_document->trace();
    m_view->setTrace(trace);
    m_docks->showDocumentTrace();
    m_predict->setTrace(trace, writtenQuestions(m_document->scenario(), *trace));
    // A new lesson brings its own tasks; an edit of the same one is checked against them.
    if (m_document->fileScenario().challenges != m_tryThis->challenges())
        m_tryThis->setChallenges(m_document->fileScenario().challenges);
    m_tryThis->checkRun(*trace);
    // The playhead keeps its time; the controller clamps it into the new run and tells
    // every view (timeChanged).
    m_playback->setTrace(trace);
    updateSimulationStatus();
}

void MainWindow::updateSimulationStatus()
{
    const Trace *trace = &m_document->trace();
    if (m_document->isCapture()) {
        m_statusSimulation->setText(tr("%n segment(s), %1 events, read from the capture", nullptr,
                                       int(trace->segments.size()))
                                        .arg(trace->events.size()));
        return;
    }
    switch (m_document->runState()) {
    case ScenarioDocument::RunState::Running:
        m_statusSimulation->setText(tr("Simulating…"));
        return;
    case ScenarioDocument::RunState::Cancelled:
        m_statusSimulation->setText(tr("Previous run shown: %n segment(s), %1 events", nullptr,
                                       int(trace->segments.size()))
                                        .arg(trace->events.size()));
        return;
    case ScenarioDocument::RunState::Current:
        break;
    }
    m_statusSimulation->setText(
        tr("%n segment(s), %1 events, simulated in %2 ms", nullptr, int(trace->segments.size()))
            .arg(trace->events.size())
            .arg(QString::number(double(m_document->lastSimulationNs()) / 1e6, 'f', 2)));
}

void MainWindow::onSegmentSelected(int segmentId)
{
    const Trace &trace = m_document->trace();
    if (segmentId < 0 || segmentId >= trace.segments.size()) {
        statusBar()->clearMessage();
        return;
    }
    const SegmentRecord &record = trace.segments.at(segmentId);
    if (const ObservedConnection *capture = m_document->capture()) {
        statusBar()->showMessage(tr("Segment %1: %2 (frame %3 of the capture)")
                                     .arg(trace.hostName(record.fromHost) + QLatin1Char('#')
                                              + QString::number(record.senderOrdinal),
                                          record.segment.summary())
                                     .arg(capture->observations.value(segmentId).frameNumber));
        return;
    }
    statusBar()->showMessage(tr("Segment %1: %2 (right-click to drop, delay or duplicate it)")
                                 .arg(ScenarioEdits::segmentKey(trace, segmentId), record.segment.summary()));
}

QMenu *MainWindow::createSegmentMenu(int segmentId, QWidget *parent)
{
    QMenu *menu = SegmentMenu::create(
        segmentId, m_document, m_editor,
        [this](const QString &title, const QString &label, int initial, int *value) {
            return askMilliseconds(title, label, initial, value);
        },
        parent ? parent : this);
    if (menu && m_document->isCapture()) {
        // Shown, so the learner sees what a simulated run would allow, and told why not.
        menu->setToolTipsVisible(true);
        for (QAction *a : menu->actions()) {
            a->setEnabled(false);
            a->setToolTip(CaptureActions::editingDisabledReason());
        }
    }
    return menu;
}

void MainWindow::showSegmentMenu(int segmentId, const QPoint &globalPos)
{
    QMenu *menu = createSegmentMenu(segmentId, this);
    if (!menu)
        return;
    m_playback->pause();
    menu->exec(globalPos);
    menu->deleteLater();
}

void MainWindow::updateTitle()
{
    const Scenario &scenario = m_document->scenario();
    QString name = scenario.title.text(LanguageManager::currentLanguage());
    if (const ObservedConnection *capture = m_document->capture()) {
        name = tr("%1 — capture of %2 ↔ %3")
                   .arg(QFileInfo(m_document->filePath()).fileName(), capture->a.toString(),
                        capture->b.toString());
    }
    if (name.isEmpty())
        name = m_document->filePath().isEmpty() ? scenario.id
                                                : QFileInfo(m_document->filePath()).fileName();
    setWindowTitle(tr("%1[*] — TCP Connection Lab").arg(name));
    setWindowModified(m_document->isModified());
}

void MainWindow::setLanguage(const QString &code)
{
    if (m_language)
        m_language->setLanguage(code);
    SettingsSaver::setValue(QStringLiteral("language"), LanguageManager::currentLanguage());
    // Qt delivers LanguageChange later; the window's own texts change at once for callers.
    QApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    retranslateUi();
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About TCP Connection Lab"),
        tr("<h3>TCP Connection Lab %1</h3>"
           "<p>Watch TCP open and close connections, step by step, as RFC 9293 describes. "
           "Drop, delay or duplicate any segment and see how both ends react.</p>")
            .arg(QApplication::applicationVersion()));
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::Resize && m_fitPending && isVisible()) {
        m_fitPending = false;
        // After the resize has been handled by the view itself.
        QTimer::singleShot(0, this, &MainWindow::fitDiagram);
    }
    return QMainWindow::eventFilter(watched, event);
}

bool MainWindow::event(QEvent *event)
{
    // The tabs of tabbed docks are QTabBars the window makes whenever docks are tabbed
    // together (also by the learner, later). Their default elides "What Happened" to
    // "What Happ…" in a narrow dock: whole names, with scroll buttons when they do not fit.
    if (event->type() == QEvent::ChildPolished) {
        if (auto *tabs = qobject_cast<QTabBar *>(static_cast<QChildEvent *>(event)->child())) {
            tabs->setElideMode(Qt::ElideNone);
            tabs->setUsesScrollButtons(true);
        }
    }
    return QMainWindow::event(event);
}

// --- language -------------------------------------------------------------------------

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslateUi()
{
    m_actions->retranslate();
    m_progress->retranslate();
    m_playbackActions->updatePlayAction();
    m_editActions->retranslate();
    m_menus->retranslate();
    m_docks->retranslate();
    m_comparisonChoices->retranslate();
    m_captures->retranslate();
    m_viewToolBar->setWindowTitle(tr("Zoom"));
    for (QAction *a : m_languageGroup->actions())
        a->setChecked(a->data().toString() == LanguageManager::currentLanguage());
    updateTitle();
    if (m_statusSimulation)
        updateSimulationStatus();
}

// --- settings -------------------------------------------------------------------------

void MainWindow::readSettings()
{
    QSettings settings;
    // Where and how large the learner left the window (restoreGeometry() moves and shrinks
    // it into the screen when the screen is another now); on a first start, fitted to it.
    if (!restoreGeometry(settings.value(QStringLiteral("geometry")).toByteArray()))
        fitToScreen(screen() ? screen()->availableGeometry() : QRect(0, 0, 1024, 768));
    // The docks as the learner left them: which are shown, tabbed, where and how wide.
    restoreState(settings.value(QStringLiteral("windowState")).toByteArray());
    m_playback->setSpeed(SettingsValues::playbackSpeed(settings));
    action(ActionId::SkipQuiet)
        ->setChecked(SettingsValues::flag(settings, QStringLiteral("skipQuiet"), true));
    // On a first start the future is not drawn at all: a faint ghost of the whole story
    // before anything happened is what a projector washes out to nearly nothing, and it
    // gives away what the class is to predict. The learner can ask for it (View menu).
    action(ActionId::ShowFuture)
        ->setChecked(SettingsValues::flag(settings, QStringLiteral("showFuture"), false));
    action(ActionId::PauseAtArrivals)
        ->setChecked(SettingsValues::flag(settings, QStringLiteral("pauseAtArrivals"), false));
    updateFutureMode();
}

void MainWindow::fitToScreen(const QRect &available)
{
    // Nine tenths of a small screen leaves nothing useful around the window; the whole of it
    // wastes a large one less than it helps. Keep a margin only where there is room.
    // (A small screen's window is the whole of it less room for a window manager's frame.)
    const bool small = available.width() < 1600;
    const QSize size = small ? available.size() - QSize(16, 48)
                             : QSize(available.width() * 9 / 10, available.height() * 9 / 10);
    if (isWindow())
        setGeometry(QStyle::alignedRect(Qt::LeftToRight, Qt::AlignCenter, size, available));
    else
        resize(size);
    m_docks->fitToWidth(size.width());
}

void MainWindow::writeSettings()
{
    QSettings settings;
    settings.setValue(QStringLiteral("geometry"), saveGeometry());
    settings.setValue(QStringLiteral("windowState"), saveState());
    settings.setValue(QStringLiteral("speed"), m_playback->speed());
    settings.setValue(QStringLiteral("skipQuiet"), action(ActionId::SkipQuiet)->isChecked());
    settings.setValue(QStringLiteral("showFuture"), action(ActionId::ShowFuture)->isChecked());
    settings.setValue(QStringLiteral("pauseAtArrivals"),
                      action(ActionId::PauseAtArrivals)->isChecked());
    settings.setValue(QStringLiteral("language"), LanguageManager::currentLanguage());
    SettingsSaver::commit(settings);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    m_playback->pause();
    m_presenter->leave(); // the layout saved is the learner's, not the presentation's
    writeSettings();
    event->accept();
}

} // namespace tcplab
