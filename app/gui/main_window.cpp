#include "main_window.h"

#include "action_panel.h"
#include "sequence/comparison_view.h"
#include "panels/concepts_browser.h"
#include "panels/endpoint_panel.h"
#include "export/export_dialog.h"
#include "panels/narration_panel.h"
#include "panels/segment_inspector.h"
#include "panels/socket_table_panel.h"
#include "state/state_diagram_widget.h"
#include "fault_list_panel.h"
#include "language_manager.h"
#include "playback_bar.h"
#include "playback_controller.h"
#include "scenario_browser.h"
#include "scenario_document.h"
#include "scenario_editor.h"
#include "scenario_edits.h"
#include "scenario/scenario_file.h"
#include "scenario/scenario_library.h"
#include "sequence/sequence_diagram_view.h"
#include "settings_panel.h"
#include "sim/simulator.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QScrollArea>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>

namespace tcplab {

namespace {
constexpr int maxRecentFiles = 8;
const QString builtinPrefix = QStringLiteral("builtin:");
const QString defaultScenario = QStringLiteral("handshake-and-close");

QIcon icon(const char *name)
{
    return QIcon(QStringLiteral(":/icons/%1.svg").arg(QLatin1String(name)));
}
} // namespace

MainWindow::MainWindow(LanguageManager *language, QWidget *parent)
    : QMainWindow(parent)
    , m_language(language)
    , m_document(new ScenarioDocument(this))
    , m_editor(new ScenarioEditor(m_document, this))
    , m_playback(new PlaybackController(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(icon("tcplab"));
    setDockOptions(QMainWindow::AnimatedDocks | QMainWindow::AllowTabbedDocks);

    m_view = new SequenceDiagramView(this);
    m_view->setObjectName(QStringLiteral("sequenceDiagram"));
    m_view->installEventFilter(this);
    m_comparison = new ComparisonView(this);
    m_comparison->setObjectName(QStringLiteral("comparison"));
    m_centre = new QStackedWidget(this);
    m_centre->addWidget(m_view);
    m_centre->addWidget(m_comparison);
    setCentralWidget(m_centre);

    createActions();
    createToolBars();
    createDocks();
    createMenus();
    connectDocument();

    m_statusSimulation = new QLabel(this);
    statusBar()->addPermanentWidget(m_statusSimulation);

    retranslateUi();
    readSettings();
}

MainWindow::~MainWindow()
{
    // The children (document, controller) outlive this part of the window; stop listening.
    m_document->undoStack()->disconnect(this);
    m_document->disconnect(this);
    m_playback->disconnect(this);
    m_playback->pause();
}

// --- construction ---------------------------------------------------------------------

void MainWindow::createActions()
{
    auto make = [this](const QString &name, const QKeySequence &shortcut = {}) {
        auto *action = new QAction(this);
        action->setObjectName(name);
        if (!shortcut.isEmpty())
            action->setShortcut(shortcut);
        m_actions.insert(name, action);
        return action;
    };

    connect(make(QStringLiteral("open"), QKeySequence::Open), &QAction::triggered, this,
            &MainWindow::openDialog);
    connect(make(QStringLiteral("save"), QKeySequence::Save), &QAction::triggered, this,
            &MainWindow::save);
    connect(make(QStringLiteral("saveAs"), QKeySequence::SaveAs), &QAction::triggered, this,
            &MainWindow::saveAsDialog);
    connect(make(QStringLiteral("exportDiagram"), QKeySequence(Qt::CTRL | Qt::Key_E)),
            &QAction::triggered, this, &MainWindow::exportDiagram);
    connect(make(QStringLiteral("copyDiagram"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C)),
            &QAction::triggered, this, &MainWindow::copyDiagram);
    connect(make(QStringLiteral("resetScenario")), &QAction::triggered, this,
            &MainWindow::resetScenario);
    QAction *quit = make(QStringLiteral("quit"), QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    QAction *undo = make(QStringLiteral("undo"), QKeySequence::Undo);
    connect(undo, &QAction::triggered, m_document->undoStack(), &QUndoStack::undo);
    QAction *redo = make(QStringLiteral("redo"));
    redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence::Redo});
    connect(redo, &QAction::triggered, m_document->undoStack(), &QUndoStack::redo);

    QAction *zoomIn = make(QStringLiteral("zoomIn"), QKeySequence::ZoomIn);
    zoomIn->setIcon(icon("zoom-in"));
    connect(zoomIn, &QAction::triggered, m_view, &SequenceDiagramView::zoomIn);
    QAction *zoomOut = make(QStringLiteral("zoomOut"), QKeySequence::ZoomOut);
    zoomOut->setIcon(icon("zoom-out"));
    connect(zoomOut, &QAction::triggered, m_view, &SequenceDiagramView::zoomOut);
    QAction *fit = make(QStringLiteral("fitToWindow"), QKeySequence(Qt::CTRL | Qt::Key_0));
    fit->setIcon(icon("fit"));
    connect(fit, &QAction::triggered, m_view, &SequenceDiagramView::fitToWindow);
    QAction *future = make(QStringLiteral("showFuture"));
    future->setCheckable(true);
    connect(future, &QAction::toggled, this, [this](bool on) {
        m_view->setFutureMode(on ? FutureMode::Faint : FutureMode::Hidden);
    });

    // Compare the run with another: nothing, the scenario as shipped, or its teaching variant.
    m_compareGroup = new QActionGroup(this);
    // Besides the variant a scenario names, any run can be set beside any rule set.
    for (const char *name : {"compareNone", "compareShipped", "compareVariant", "compareStandard",
                             "compareTwoWayHandshake", "compareNoTimeWait"}) {
        QAction *a = make(QLatin1String(name));
        a->setCheckable(true);
        m_compareGroup->addAction(a);
        connect(a, &QAction::triggered, this, &MainWindow::updateComparison);
    }
    m_actions.value(QStringLiteral("compareNone"))->setChecked(true);

    QAction *play = make(QStringLiteral("playPause"), QKeySequence(Qt::Key_Space));
    play->setIcon(icon("play"));
    connect(play, &QAction::triggered, m_playback, &PlaybackController::togglePlaying);
    QAction *back = make(QStringLiteral("stepBack"), QKeySequence(Qt::Key_Left));
    back->setIcon(icon("step-back"));
    connect(back, &QAction::triggered, m_playback, &PlaybackController::stepBack);
    QAction *forward = make(QStringLiteral("stepForward"), QKeySequence(Qt::Key_Right));
    forward->setIcon(icon("step-forward"));
    connect(forward, &QAction::triggered, m_playback, &PlaybackController::stepForward);
    QAction *start = make(QStringLiteral("toStart"), QKeySequence(Qt::Key_Home));
    start->setIcon(icon("to-start"));
    connect(start, &QAction::triggered, m_playback, &PlaybackController::toStart);
    QAction *end = make(QStringLiteral("toEnd"), QKeySequence(Qt::Key_End));
    end->setIcon(icon("to-end"));
    connect(end, &QAction::triggered, m_playback, &PlaybackController::toEnd);
    QAction *quiet = make(QStringLiteral("skipQuiet"));
    quiet->setCheckable(true);
    quiet->setChecked(true);
    connect(quiet, &QAction::toggled, m_playback, &PlaybackController::setSkipQuietStretches);
    // The arrow keys belong to the diagram's scroll bars otherwise; the window-wide
    // shortcuts still give way to text fields, which claim these keys first.
    for (QAction *a : {play, back, forward, start, end})
        a->setShortcutContext(Qt::WindowShortcut);

    m_languageGroup = new QActionGroup(this);
    for (const QString &code : LanguageManager::availableLanguages()) {
        QAction *a = make(QStringLiteral("lang_") + code);
        a->setText(LanguageManager::nativeName(code));
        a->setCheckable(true);
        a->setData(code);
        m_languageGroup->addAction(a);
        connect(a, &QAction::triggered, this, [this, code] { setLanguage(code); });
    }

    connect(make(QStringLiteral("about")), &QAction::triggered, this, &MainWindow::showAbout);
}

void MainWindow::createToolBars()
{
    m_playbackBar = new PlaybackBar(m_playback, this);
    for (const char *name : {"toStart", "stepBack", "playPause", "stepForward", "toEnd"})
        m_playbackBar->addAction(m_actions.value(QLatin1String(name)));
    m_playbackBar->addSeparator();
    m_playbackBar->addPlaybackWidgets();
    addToolBar(Qt::TopToolBarArea, m_playbackBar);

    m_viewToolBar = new QToolBar(this);
    m_viewToolBar->setObjectName(QStringLiteral("viewToolBar"));
    for (const char *name : {"zoomIn", "zoomOut", "fitToWindow"})
        m_viewToolBar->addAction(m_actions.value(QLatin1String(name)));
    addToolBar(Qt::TopToolBarArea, m_viewToolBar);
}

QDockWidget *MainWindow::createDock(const QString &objectName, QWidget *content,
                                    Qt::DockWidgetArea area)
{
    auto *dock = new QDockWidget(this);
    dock->setObjectName(objectName);
    // Tall panels scroll rather than forcing the window taller than the screen.
    if (content->minimumSizeHint().height() > 200) {
        auto *scroll = new QScrollArea(dock);
        scroll->setWidgetResizable(true);
        scroll->setFrameShape(QFrame::NoFrame);
        scroll->setWidget(content);
        dock->setWidget(scroll);
    } else {
        dock->setWidget(content);
    }
    addDockWidget(area, dock);
    m_docks.insert(objectName, dock);
    return dock;
}

void MainWindow::createDocks()
{
    // Left: choosing and changing the story. Right: what the story means at the playhead.
    m_browser = new ScenarioBrowser(this);
    connect(m_browser, &ScenarioBrowser::scenarioActivated, this, [this](const QString &id) {
        if (maybeSave())
            openBuiltin(id);
    });
    QDockWidget *scenarios = createDock(QStringLiteral("scenarioDock"), m_browser,
                                        Qt::LeftDockWidgetArea);
    m_faultPanel = new FaultListPanel(m_document, m_editor, this);
    QDockWidget *faults = createDock(QStringLiteral("faultDock"), m_faultPanel,
                                     Qt::LeftDockWidgetArea);
    m_actionPanel = new ActionPanel(m_document, m_editor, m_playback, this);
    QDockWidget *actions = createDock(QStringLiteral("actionDock"), m_actionPanel,
                                      Qt::LeftDockWidgetArea);
    m_settingsPanel = new SettingsPanel(m_document, m_editor, this);
    QDockWidget *settings = createDock(QStringLiteral("settingsDock"), m_settingsPanel,
                                       Qt::LeftDockWidgetArea);
    tabifyDockWidget(faults, actions);
    tabifyDockWidget(actions, settings);
    faults->raise();

    createLessonPanels();

    resizeDocks({scenarios, m_docks.value(QStringLiteral("stateDock"))}, {300, 420},
                Qt::Horizontal);
    resizeDocks({scenarios, faults}, {420, 380}, Qt::Vertical);
    resizeDocks({m_docks.value(QStringLiteral("stateDock")),
                 m_docks.value(QStringLiteral("narrationDock"))},
                {380, 420}, Qt::Vertical);
}

void MainWindow::createLessonPanels()
{
    m_stateDiagram = new StateDiagramWidget(this);
    createDock(QStringLiteral("stateDock"), m_stateDiagram, Qt::RightDockWidgetArea);

    m_narration = new NarrationPanel(this);
    QDockWidget *narration = createDock(QStringLiteral("narrationDock"), m_narration,
                                        Qt::RightDockWidgetArea);
    m_inspector = new SegmentInspector(this);
    QDockWidget *inspector = createDock(QStringLiteral("inspectorDock"), m_inspector,
                                        Qt::RightDockWidgetArea);
    m_endpoint = new EndpointPanel(this);
    QDockWidget *endpoint = createDock(QStringLiteral("endpointDock"), m_endpoint,
                                       Qt::RightDockWidgetArea);
    m_sockets = new SocketTablePanel(this);
    QDockWidget *sockets = createDock(QStringLiteral("socketDock"), m_sockets,
                                      Qt::RightDockWidgetArea);
    tabifyDockWidget(narration, inspector);
    tabifyDockWidget(inspector, endpoint);
    tabifyDockWidget(endpoint, sockets);
    // The concept articles; their links open a scenario at the moment that shows the idea.
    auto *concepts = new ConceptsBrowser(this);
    connect(concepts, &ConceptsBrowser::openScenarioRequested, this,
            [this](const QString &id, SimTime at) {
                if (maybeSave() && openBuiltin(id))
                    m_playback->setTime(at);
            });
    QDockWidget *conceptDock = createDock(QStringLiteral("conceptDock"), concepts,
                                          Qt::RightDockWidgetArea);
    tabifyDockWidget(sockets, conceptDock);
    narration->raise();

    connect(m_playback, &PlaybackController::timeChanged, this, [this](SimTime t) {
        m_stateDiagram->setPlayhead(t);
        m_narration->setPlayhead(t);
        m_inspector->setPlayhead(t);
        m_endpoint->setPlayhead(t);
        m_sockets->setPlayhead(t);
    });
    connect(m_view, &SequenceDiagramView::segmentSelected, m_inspector,
            &SegmentInspector::setSegment);
    connect(m_sockets, &SocketTablePanel::socketActivated, this, [this, endpoint](int socket) {
        m_endpoint->setSocket(socket);
        endpoint->raise();
    });
}

QDockWidget *MainWindow::addPanel(const QString &objectName, QWidget *panel,
                                  Qt::DockWidgetArea area)
{
    QDockWidget *dock = createDock(objectName, panel, area);
    dock->setWindowTitle(panel->windowTitle());
    connect(panel, &QWidget::windowTitleChanged, dock, &QDockWidget::setWindowTitle);
    m_panelsMenu->addAction(dock->toggleViewAction());
    return dock;
}

void MainWindow::createMenus()
{
    auto menu = [this](const QString &name) {
        QMenu *m = menuBar()->addMenu(QString());
        m->setObjectName(name);
        m_menus.insert(name, m);
        return m;
    };
    auto act = [this](const char *name) { return m_actions.value(QLatin1String(name)); };

    QMenu *file = menu(QStringLiteral("fileMenu"));
    file->addAction(act("open"));
    m_recentMenu = file->addMenu(QString());
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    m_menus.insert(QStringLiteral("recentMenu"), m_recentMenu);
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::rebuildRecentMenu);
    file->addSeparator();
    file->addAction(act("save"));
    file->addAction(act("saveAs"));
    file->addSeparator();
    file->addAction(act("exportDiagram"));
    file->addSeparator();
    file->addAction(act("quit"));

    QMenu *edit = menu(QStringLiteral("editMenu"));
    edit->addAction(act("undo"));
    edit->addAction(act("redo"));
    edit->addSeparator();
    edit->addAction(act("copyDiagram"));
    edit->addSeparator();
    edit->addAction(act("resetScenario"));

    QMenu *view = menu(QStringLiteral("viewMenu"));
    view->addAction(act("zoomIn"));
    view->addAction(act("zoomOut"));
    view->addAction(act("fitToWindow"));
    view->addSeparator();
    view->addAction(act("showFuture"));
    QMenu *compare = view->addMenu(QString());
    compare->setObjectName(QStringLiteral("compareMenu"));
    m_menus.insert(QStringLiteral("compareMenu"), compare);
    compare->addActions(m_compareGroup->actions());
    view->addSeparator();
    m_panelsMenu = view->addMenu(QString());
    m_panelsMenu->setObjectName(QStringLiteral("panelsMenu"));
    m_menus.insert(QStringLiteral("panelsMenu"), m_panelsMenu);
    for (const char *name : {"scenarioDock", "conceptDock", "faultDock", "actionDock", "settingsDock",
                             "stateDock", "narrationDock", "inspectorDock", "endpointDock",
                             "socketDock"}) {
        m_panelsMenu->addAction(m_docks.value(QLatin1String(name))->toggleViewAction());
    }
    m_panelsMenu->addSeparator();
    m_panelsMenu->addAction(m_playbackBar->toggleViewAction());
    m_panelsMenu->addAction(m_viewToolBar->toggleViewAction());
    m_panelsMenu->addSeparator();

    QMenu *playback = menu(QStringLiteral("playbackMenu"));
    playback->addAction(act("playPause"));
    playback->addAction(act("stepBack"));
    playback->addAction(act("stepForward"));
    playback->addAction(act("toStart"));
    playback->addAction(act("toEnd"));
    playback->addSeparator();
    playback->addAction(act("skipQuiet"));

    QMenu *language = menu(QStringLiteral("languageMenu"));
    language->addActions(m_languageGroup->actions());

    QMenu *help = menu(QStringLiteral("helpMenu"));
    help->addAction(act("about"));
}

void MainWindow::connectDocument()
{
    connect(m_document, &ScenarioDocument::traceChanged, this, &MainWindow::onTraceChanged);
    connect(m_document, &ScenarioDocument::modifiedChanged, this, &MainWindow::updateTitle);
    connect(m_document, &ScenarioDocument::filePathChanged, this, &MainWindow::updateTitle);
    connect(m_document, &ScenarioDocument::opened, this, &MainWindow::updateTitle);
    QUndoStack *stack = m_document->undoStack();
    connect(stack, &QUndoStack::indexChanged, this, &MainWindow::updateUndoActions);
    connect(stack, &QUndoStack::cleanChanged, this, &MainWindow::updateUndoActions);

    connect(m_playback, &PlaybackController::timeChanged, m_view, &SequenceDiagramView::setPlayhead);
    connect(m_playback, &PlaybackController::timeChanged, m_view,
            [this](SimTime t) {
                if (m_playback->isPlaying())
                    m_view->ensureTimeVisible(t);
            });
    connect(m_playback, &PlaybackController::playingChanged, this, &MainWindow::updatePlayAction);
    connect(m_playback, &PlaybackController::timeChanged, m_comparison,
            &ComparisonView::setPlayhead);
    connect(m_comparison, &ComparisonView::playheadScrubbed, m_playback, [this](SimTime t) {
        m_playback->pause();
        m_playback->setTime(t);
    });
    connect(m_view, &SequenceDiagramView::playheadScrubbed, m_playback, [this](SimTime t) {
        m_playback->pause();
        m_playback->setTime(t);
    });
    connect(m_view, &SequenceDiagramView::segmentSelected, this, &MainWindow::onSegmentSelected);
    connect(m_view, &SequenceDiagramView::segmentContextMenuRequested, this,
            &MainWindow::showSegmentMenu);
    connect(m_view, &SequenceDiagramView::segmentDelayRequested, this,
            [this](int id, SimTime extra) { m_editor->addSegmentDelay(id, extra); });
}

// --- scenarios ------------------------------------------------------------------------

void MainWindow::openInitialScenario()
{
    QSettings settings;
    const QString last = settings.value(QStringLiteral("lastScenario")).toString();
    bool ok = false;
    if (last.startsWith(builtinPrefix)) {
        const QString id = last.mid(builtinPrefix.size());
        ok = ScenarioLibrary::contains(id) && openBuiltin(id);
    } else if (!last.isEmpty() && QFileInfo::exists(last)) {
        ok = openFile(last);
    }
    if (!ok && !openBuiltin(defaultScenario)) {
        const QStringList ids = ScenarioLibrary::ids();
        if (!ids.isEmpty())
            openBuiltin(ids.first());
    }
}

void MainWindow::useScenario(const Scenario &scenario, const QString &path,
                             const QString &builtinId)
{
    m_playback->pause();
    m_playback->setTime(0);
    m_document->open(scenario, path, builtinId);
    m_browser->setCurrentScenario(builtinId);
    // Fitting needs the view's final size: before the window is shown, wait for it.
    if (isVisible() && m_view->viewport()->height() > 100)
        m_view->fitToWindow();
    else
        m_fitPending = true;
    QSettings().setValue(QStringLiteral("lastScenario"),
                         builtinId.isEmpty() ? path : builtinPrefix + builtinId);
}

bool MainWindow::openBuiltin(const QString &id)
{
    const ScenarioFile::LoadResult result = ScenarioLibrary::load(id);
    if (!result.ok) {
        reportError(tr("Cannot Open Scenario"),
                    tr("The built-in scenario “%1” could not be loaded:\n\n%2")
                        .arg(id, result.errors.join(QLatin1Char('\n'))));
        return false;
    }
    useScenario(result.scenario, QString(), id);
    return true;
}

bool MainWindow::openFile(const QString &path)
{
    const ScenarioFile::LoadResult result = ScenarioFile::load(path);
    if (!result.ok) {
        reportError(tr("Cannot Open Scenario"),
                    tr("“%1” is not a valid scenario file. The current scenario stays open.\n\n%2")
                        .arg(QDir::toNativeSeparators(path),
                             result.errors.join(QLatin1Char('\n'))));
        return false;
    }
    useScenario(result.scenario, QFileInfo(path).absoluteFilePath(), QString());
    addRecentFile(QFileInfo(path).absoluteFilePath());
    return true;
}

void MainWindow::openDialog()
{
    if (!maybeSave())
        return;
    QSettings settings;
    const QString dir = settings.value(QStringLiteral("lastDirectory")).toString();
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Scenario"), dir, tr("Scenario files (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    settings.setValue(QStringLiteral("lastDirectory"), QFileInfo(path).absolutePath());
    openFile(path);
}

bool MainWindow::save()
{
    if (m_document->filePath().isEmpty())
        return saveAsDialog();
    return saveAs(m_document->filePath());
}

bool MainWindow::saveAsDialog()
{
    QSettings settings;
    QString suggestion = m_document->filePath();
    if (suggestion.isEmpty()) {
        const QString dir = settings.value(QStringLiteral("lastDirectory"),
                                           QDir::homePath()).toString();
        const QString name = m_document->scenario().id.isEmpty()
            ? QStringLiteral("scenario")
            : m_document->scenario().id;
        suggestion = QDir(dir).filePath(name + QStringLiteral(".json"));
    }
    QString path = QFileDialog::getSaveFileName(this, tr("Save Scenario As"), suggestion,
                                                tr("Scenario files (*.json)"));
    if (path.isEmpty())
        return false;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".json");
    settings.setValue(QStringLiteral("lastDirectory"), QFileInfo(path).absolutePath());
    return saveAs(path);
}

bool MainWindow::saveAs(const QString &path)
{
    QString error;
    if (!ScenarioFile::save(m_document->scenario(), path, &error)) {
        reportError(tr("Cannot Save Scenario"),
                    tr("The scenario could not be saved to “%1”:\n\n%2")
                        .arg(QDir::toNativeSeparators(path), error));
        return false;
    }
    const QString absolute = QFileInfo(path).absoluteFilePath();
    m_document->markSaved(absolute);
    m_document->undoStack()->setClean();
    m_browser->setCurrentScenario(QString());
    addRecentFile(absolute);
    QSettings().setValue(QStringLiteral("lastScenario"), absolute);
    statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(absolute)), 4000);
    return true;
}

void MainWindow::exportDiagram()
{
    m_playback->pause();
    const SequenceLayout &layout = m_view->diagramLayout();
    // The time range on screen, offered as the "visible part" choice.
    const SimTime from = layout.axis.yToTime(m_view->toDiagram(QPoint(0, 0)).y());
    const SimTime to = layout.axis.yToTime(
        m_view->toDiagram(QPoint(0, m_view->viewport()->height())).y());
    const Scenario &scenario = m_document->scenario();
    const QStringList details = exportDetails(scenario.faults, scenario.protocol.variant);
    ExportDialog dialog(m_document->trace(), layout.options, std::max<SimTime>(0, from),
                        std::max(from, to), scenario.title.text(LanguageManager::currentLanguage()),
                        details, this);
    if (dialog.exec() == QDialog::Accepted && !dialog.writtenFiles().isEmpty()) {
        statusBar()->showMessage(tr("Exported %1").arg(QDir::toNativeSeparators(
                                     dialog.writtenFiles().constFirst())),
                                 5000);
    }
}

void MainWindow::updateComparison()
{
    const Scenario &scenario = m_document->scenario();
    ProtocolVariant variant = ProtocolVariant::Standard;
    const bool hasVariant = !scenario.compareVariant.isEmpty()
        && protocolVariantFromName(scenario.compareVariant, &variant)
        && variant != scenario.protocol.variant;
    QAction *none = m_actions.value(QStringLiteral("compareNone"));
    QAction *shipped = m_actions.value(QStringLiteral("compareShipped"));
    QAction *withVariant = m_actions.value(QStringLiteral("compareVariant"));
    withVariant->setEnabled(hasVariant);
    if (withVariant->isChecked() && !hasVariant)
        none->setChecked(true);
    // The fixed choices: the real rule and each teaching variant, except the run's own.
    const std::pair<const char *, ProtocolVariant> fixedChoices[] = {
        {"compareStandard", ProtocolVariant::Standard},
        {"compareTwoWayHandshake", ProtocolVariant::TwoWayHandshake},
        {"compareNoTimeWait", ProtocolVariant::NoTimeWait},
    };
    for (const auto &[name, choice] : fixedChoices) {
        QAction *a = m_actions.value(QLatin1String(name));
        a->setEnabled(choice != scenario.protocol.variant);
        if (a->isChecked() && !a->isEnabled())
            none->setChecked(true);
        if (a->isChecked())
            variant = choice;
    }

    if (none->isChecked()) {
        m_comparison->setTraces(nullptr, QString(), nullptr, QString());
        m_centre->setCurrentWidget(m_view);
        return;
    }
    // The other run is simulated here; the learner's run is the document's own trace.
    QString rightTitle;
    if (shipped->isChecked()) {
        m_compareTrace = Simulator::run(m_document->fileScenario());
        rightTitle = tr("As shipped");
    } else {
        Scenario other = scenario;
        other.protocol.variant = variant;
        m_compareTrace = Simulator::run(other);
        rightTitle = SettingsPanel::variantLabel(variant);
    }
    const QString leftTitle = shipped->isChecked()
        ? tr("Your run")
        : SettingsPanel::variantLabel(scenario.protocol.variant);
    m_comparison->setTraces(&m_document->trace(), leftTitle, &m_compareTrace, rightTitle);
    m_comparison->setPlayhead(m_playback->time());
    m_centre->setCurrentWidget(m_comparison);
}

void MainWindow::copyDiagram()
{
    const Scenario &scenario = m_document->scenario();
    DiagramExportOptions options;
    options.title = scenario.title.text(LanguageManager::currentLanguage());
    options.details = exportDetails(scenario.faults, scenario.protocol.variant);
    copyDiagramToClipboard(m_document->trace(), m_view->diagramLayout().options, options);
    statusBar()->showMessage(tr("The diagram is on the clipboard."), 4000);
}

void MainWindow::resetScenario()
{
    m_editor->resetToFile();
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
    QMessageBox::warning(this, title, text);
}

void MainWindow::addRecentFile(const QString &path)
{
    m_recentFiles.removeAll(path);
    m_recentFiles.prepend(path);
    while (m_recentFiles.size() > maxRecentFiles)
        m_recentFiles.removeLast();
    QSettings().setValue(QStringLiteral("recentFiles"), m_recentFiles);
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    for (const QString &path : std::as_const(m_recentFiles)) {
        QAction *a = m_recentMenu->addAction(QDir::toNativeSeparators(path));
        a->setEnabled(QFileInfo::exists(path));
        connect(a, &QAction::triggered, this, [this, path] {
            if (maybeSave())
                openFile(path);
        });
    }
    if (m_recentFiles.isEmpty()) {
        m_recentMenu->addAction(tr("No recent files"))->setEnabled(false);
    } else {
        m_recentMenu->addSeparator();
        connect(m_recentMenu->addAction(tr("Clear List")), &QAction::triggered, this, [this] {
            m_recentFiles.clear();
            QSettings().setValue(QStringLiteral("recentFiles"), m_recentFiles);
        });
    }
}

// --- reacting -------------------------------------------------------------------------

void MainWindow::onTraceChanged()
{
    // Every view gets the new trace before the playhead moves: they cache indexes into it.
    const Trace *trace = &m_document->trace();
    const Scenario *scenario = &m_document->scenario();
    m_view->setTrace(trace);
    m_stateDiagram->setTrace(trace);
    m_stateDiagram->setVariant(scenario->protocol.variant);
    m_narration->setNotesMayNotMatch(*scenario != m_document->fileScenario());
    m_narration->setTrace(trace, scenario);
    m_inspector->setTrace(trace, scenario);
    m_endpoint->setTrace(trace, scenario);
    m_sockets->setTrace(trace, scenario);
    updateComparison();
    // The playhead keeps its time; the controller clamps it into the new run and tells
    // every view (timeChanged).
    m_playback->setTrace(trace);
    updateSimulationStatus();
    updateUndoActions();
}

void MainWindow::updateSimulationStatus()
{
    const Trace *trace = &m_document->trace();
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
    const FaultRule rule = ScenarioEdits::ruleForSegment(trace, segmentId, FaultKind::Drop);
    statusBar()->showMessage(tr("Segment %1: %2 (right-click to drop, delay or duplicate it)")
                                 .arg(rule.key(), record.segment.summary()));
}

QMenu *MainWindow::createSegmentMenu(int segmentId, QWidget *parent)
{
    const Trace &trace = m_document->trace();
    if (segmentId < 0 || segmentId >= trace.segments.size())
        return nullptr;
    auto *menu = new QMenu(parent ? parent : this);
    const FaultRule key = ScenarioEdits::ruleForSegment(trace, segmentId, FaultKind::Drop);
    menu->addSection(QStringLiteral("%1  %2").arg(key.key(),
                                                  trace.segments.at(segmentId).segment.summary()));

    QAction *drop = menu->addAction(tr("Drop This Segment"));
    drop->setObjectName(QStringLiteral("dropSegment"));
    connect(drop, &QAction::triggered, this, [this, segmentId] { m_editor->dropSegment(segmentId); });

    QAction *delay = menu->addAction(tr("Delay…"));
    delay->setObjectName(QStringLiteral("delaySegment"));
    connect(delay, &QAction::triggered, this, [this, segmentId] {
        int ms = 0;
        if (askMilliseconds(tr("Delay Segment"), tr("Extra delay in milliseconds:"), 300, &ms))
            m_editor->delaySegment(segmentId, msToUs(ms));
    });

    QAction *duplicate = menu->addAction(tr("Duplicate…"));
    duplicate->setObjectName(QStringLiteral("duplicateSegment"));
    connect(duplicate, &QAction::triggered, this, [this, segmentId] {
        int ms = 0;
        if (askMilliseconds(tr("Duplicate Segment"),
                            tr("The copy arrives this many milliseconds after the original:"),
                            200, &ms)) {
            m_editor->duplicateSegment(segmentId, msToUs(ms));
        }
    });

    menu->addSeparator();
    QAction *remove = menu->addAction(tr("Remove Fault"));
    remove->setObjectName(QStringLiteral("removeFault"));
    remove->setEnabled(ScenarioEdits::faultIndexForSegment(m_document->scenario(), trace, segmentId)
                       >= 0);
    connect(remove, &QAction::triggered, this,
            [this, segmentId] { m_editor->removeFaultOfSegment(segmentId); });
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

void MainWindow::updateUndoActions()
{
    QUndoStack *stack = m_document->undoStack();
    QAction *undo = m_actions.value(QStringLiteral("undo"));
    QAction *redo = m_actions.value(QStringLiteral("redo"));
    undo->setEnabled(stack->canUndo());
    redo->setEnabled(stack->canRedo());
    undo->setText(stack->canUndo() ? tr("&Undo %1").arg(stack->undoText()) : tr("&Undo"));
    redo->setText(stack->canRedo() ? tr("&Redo %1").arg(stack->redoText()) : tr("&Redo"));
    m_actions.value(QStringLiteral("resetScenario"))
        ->setEnabled(m_document->scenario() != m_document->fileScenario());
}

void MainWindow::updatePlayAction()
{
    QAction *play = m_actions.value(QStringLiteral("playPause"));
    const bool playing = m_playback->isPlaying();
    play->setIcon(icon(playing ? "pause" : "play"));
    play->setText(playing ? tr("Pause") : tr("Play"));
    play->setToolTip(playing ? tr("Pause (Space)") : tr("Play (Space)"));
}

void MainWindow::updateTitle()
{
    const Scenario &scenario = m_document->scenario();
    QString name = scenario.title.text(LanguageManager::currentLanguage());
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
    QSettings().setValue(QStringLiteral("language"), LanguageManager::currentLanguage());
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
        QTimer::singleShot(0, m_view, &SequenceDiagramView::fitToWindow);
    }
    return QMainWindow::eventFilter(watched, event);
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
    auto text = [this](const char *name, const QString &t, const QString &tip = {}) {
        QAction *a = m_actions.value(QLatin1String(name));
        a->setText(t);
        a->setToolTip(tip.isEmpty() ? QString(t).remove(QLatin1Char('&')) : tip);
    };
    text("open", tr("&Open…"));
    text("save", tr("&Save"));
    text("saveAs", tr("Save &As…"));
    text("exportDiagram", tr("&Export Diagram…"),
         tr("Save the sequence diagram as a PNG, SVG or PDF file"));
    text("copyDiagram", tr("&Copy Diagram as Image"),
         tr("Put the whole sequence diagram on the clipboard as a picture"));
    text("resetScenario", tr("Reset Scenario"),
         tr("Remove all your faults, settings and actions: back to the file's version"));
    text("quit", tr("&Quit"));
    text("zoomIn", tr("Zoom &In"));
    text("zoomOut", tr("Zoom &Out"));
    text("fitToWindow", tr("&Fit to Window"));
    text("showFuture", tr("Show the F&uture Faintly"),
         tr("Draw what has not happened yet at the playhead in pale colours"));
    text("stepBack", tr("Step &Back"), tr("Previous event (Left)"));
    text("stepForward", tr("Step &Forward"), tr("Next event (Right)"));
    text("toStart", tr("To &Start"), tr("Jump to the start (Home)"));
    text("toEnd", tr("To &End"), tr("Jump to the end (End)"));
    text("skipQuiet", tr("&Quiet Stretches Pass Quickly"),
         tr("When nothing happens for a while, jump ahead to just before the next event"));
    text("about", tr("&About TCP Connection Lab"));
    text("compareNone", tr("&No Comparison"));
    text("compareShipped", tr("With the Scenario as &Shipped"),
         tr("Your run beside the scenario without your faults and changes"));
    text("compareVariant", tr("With the Teaching &Variant"),
         tr("The real rule beside the variant that leaves it out, with the first difference named"));
    text("compareStandard", tr("With the &Real Rule (RFC 9293)"),
         tr("This run beside the same story under the standard rules"));
    text("compareTwoWayHandshake", tr("With a &Two-Way Handshake"),
         tr("This run beside the same story if the server opened on the SYN alone"));
    text("compareNoTimeWait", tr("Without &TIME-WAIT"),
         tr("This run beside the same story if the active closer skipped TIME-WAIT"));
    updatePlayAction();
    updateUndoActions();

    m_menus.value(QStringLiteral("fileMenu"))->setTitle(tr("&File"));
    m_menus.value(QStringLiteral("recentMenu"))->setTitle(tr("Open &Recent"));
    m_menus.value(QStringLiteral("editMenu"))->setTitle(tr("&Edit"));
    m_menus.value(QStringLiteral("viewMenu"))->setTitle(tr("&View"));
    m_menus.value(QStringLiteral("panelsMenu"))->setTitle(tr("&Panels and Toolbars"));
    m_menus.value(QStringLiteral("compareMenu"))->setTitle(tr("&Compare"));
    m_menus.value(QStringLiteral("playbackMenu"))->setTitle(tr("&Playback"));
    m_menus.value(QStringLiteral("languageMenu"))->setTitle(tr("&Language"));
    m_menus.value(QStringLiteral("helpMenu"))->setTitle(tr("&Help"));

    m_docks.value(QStringLiteral("scenarioDock"))->setWindowTitle(tr("Scenarios"));
    m_docks.value(QStringLiteral("faultDock"))->setWindowTitle(tr("Faults in Force"));
    m_docks.value(QStringLiteral("actionDock"))->setWindowTitle(tr("Actions"));
    m_docks.value(QStringLiteral("settingsDock"))->setWindowTitle(tr("Settings"));
    m_docks.value(QStringLiteral("conceptDock"))->setWindowTitle(tr("Concepts"));
    m_docks.value(QStringLiteral("stateDock"))->setWindowTitle(tr("State Diagram"));
    m_docks.value(QStringLiteral("narrationDock"))->setWindowTitle(tr("What Happened"));
    m_docks.value(QStringLiteral("inspectorDock"))->setWindowTitle(tr("Segment"));
    m_docks.value(QStringLiteral("endpointDock"))->setWindowTitle(tr("Connection Variables"));
    m_docks.value(QStringLiteral("socketDock"))->setWindowTitle(tr("Sockets"));
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
    if (!restoreGeometry(settings.value(QStringLiteral("geometry")).toByteArray()))
        resize(1500, 900);
    restoreState(settings.value(QStringLiteral("windowState")).toByteArray());
    m_playback->setSpeed(settings.value(QStringLiteral("speed"), 0.1).toDouble());
    m_actions.value(QStringLiteral("skipQuiet"))
        ->setChecked(settings.value(QStringLiteral("skipQuiet"), true).toBool());
    m_actions.value(QStringLiteral("showFuture"))
        ->setChecked(settings.value(QStringLiteral("showFuture"), true).toBool());
    m_view->setFutureMode(m_actions.value(QStringLiteral("showFuture"))->isChecked()
                              ? FutureMode::Faint
                              : FutureMode::Hidden);
    m_recentFiles = settings.value(QStringLiteral("recentFiles")).toStringList();
}

void MainWindow::writeSettings()
{
    QSettings settings;
    settings.setValue(QStringLiteral("geometry"), saveGeometry());
    settings.setValue(QStringLiteral("windowState"), saveState());
    settings.setValue(QStringLiteral("speed"), m_playback->speed());
    settings.setValue(QStringLiteral("skipQuiet"),
                      m_actions.value(QStringLiteral("skipQuiet"))->isChecked());
    settings.setValue(QStringLiteral("showFuture"),
                      m_actions.value(QStringLiteral("showFuture"))->isChecked());
    settings.setValue(QStringLiteral("language"), LanguageManager::currentLanguage());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    m_playback->pause();
    writeSettings();
    event->accept();
}

} // namespace tcplab
