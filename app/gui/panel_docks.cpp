#include "panel_docks.h"

#include "action_panel.h"
#include "fault_list_panel.h"
#include "panels/concepts_browser.h"
#include "panels/endpoint_panel.h"
#include "panels/narration_panel.h"
#include "panels/segment_inspector.h"
#include "panels/socket_table_panel.h"
#include "playback_controller.h"
#include "scenario_browser.h"
#include "scenario_document.h"
#include "sequence/sequence_diagram_view.h"
#include "settings_panel.h"
#include "state/state_diagram_widget.h"

#include <QCoreApplication>
#include <QDockWidget>
#include <QMainWindow>
#include <QScrollArea>

namespace tcplab {

namespace {

struct DockSpec {
    const char *objectName; // restoreState() knows the docks by it
    const char *title;
};

// In the order of PanelDocks::Dock, which is the Panels menu's.
constexpr DockSpec dockTable[] = {
    {"scenarioDock", QT_TRANSLATE_NOOP("tcplab::MainWindow", "Scenarios")},
    {"conceptDock", QT_TRANSLATE_NOOP("tcplab::MainWindow", "Concepts")},
    {"faultDock", QT_TRANSLATE_NOOP("tcplab::MainWindow", "Faults in Force")},
    {"actionDock", QT_TRANSLATE_NOOP("tcplab::MainWindow", "Actions")},
    {"settingsDock", QT_TRANSLATE_NOOP("tcplab::MainWindow", "Settings")},
    {"stateDock", QT_TRANSLATE_NOOP("tcplab::MainWindow", "State Diagram")},
    {"narrationDock", QT_TRANSLATE_NOOP("tcplab::MainWindow", "What Happened")},
    {"inspectorDock", QT_TRANSLATE_NOOP("tcplab::MainWindow", "Segment")},
    {"endpointDock", QT_TRANSLATE_NOOP("tcplab::MainWindow", "Connection Variables")},
    {"socketDock", QT_TRANSLATE_NOOP("tcplab::MainWindow", "Sockets")},
};

} // namespace

PanelDocks::PanelDocks(QMainWindow *window, ScenarioDocument *document, ScenarioEditor *editor,
                       PlaybackController *playback, SequenceDiagramView *view)
    : QObject(window)
    , m_window(window)
    , m_document(document)
    , m_editor(editor)
{
    static_assert(std::size(dockTable) == dockCount, "one row per dock");
    createEditingDocks(playback);
    createLessonDocks(playback, view);
    window->resizeDocks({dock(Dock::Scenarios), dock(Dock::Faults)}, {420, 380}, Qt::Vertical);
    window->resizeDocks({dock(Dock::State), dock(Dock::Narration)}, {380, 420}, Qt::Vertical);
}

void PanelDocks::fitToWidth(int width)
{
    if (width < oneColumnBelow) {
        // Two columns of docks would leave a three-host story (syn-flood) under 500 px: one
        // column on the left, a quarter of the window, leaves the diagram over 700.
        arrangeInOneColumn();
        m_window->resizeDocks({dock(Dock::Scenarios)}, {width / 4}, Qt::Horizontal);
        return;
    }
    arrangeInTwoColumns();
    // A fifth on the left (choosing and editing), a quarter on the right (the lesson panels,
    // whose state diagram wants the room); the rest is the diagram's.
    m_window->resizeDocks({dock(Dock::Scenarios), dock(Dock::State)}, {width / 5, width / 4},
                          Qt::Horizontal);
}

bool PanelDocks::inOneColumn() const
{
    return !m_twoColumns.isEmpty();
}

void PanelDocks::arrangeInOneColumn()
{
    if (inOneColumn())
        return;
    m_twoColumns = m_window->saveState();
    // The right column's docks join the left one's: the state diagram a tab beside the
    // scenarios, the lesson panels a tab group of their own under the editing ones.
    QList<QDockWidget *> right;
    for (QDockWidget *d : m_window->findChildren<QDockWidget *>())
        if (!d->isFloating() && m_window->dockWidgetArea(d) == Qt::RightDockWidgetArea)
            right << d;
    QDockWidget *narration = dock(Dock::Narration);
    m_window->tabifyDockWidget(dock(Dock::Scenarios), dock(Dock::State));
    m_window->splitDockWidget(dock(Dock::Faults), narration, Qt::Vertical);
    for (QDockWidget *d : right)
        if (d != dock(Dock::State) && d != narration)
            m_window->tabifyDockWidget(narration, d);
    dock(Dock::Scenarios)->raise();
    narration->raise();
}

void PanelDocks::arrangeInTwoColumns()
{
    if (!inOneColumn())
        return;
    m_window->restoreState(m_twoColumns);
    m_twoColumns.clear();
}

QDockWidget *PanelDocks::addDock(const QString &objectName, QWidget *content,
                                 Qt::DockWidgetArea area)
{
    auto *dock = new QDockWidget(m_window);
    dock->setObjectName(objectName);
    if (content->minimumSizeHint().height() > 200) {
        auto *scroll = new QScrollArea(dock);
        scroll->setWidgetResizable(true);
        scroll->setFrameShape(QFrame::NoFrame);
        scroll->setWidget(content);
        dock->setWidget(scroll);
    } else {
        dock->setWidget(content);
    }
    m_window->addDockWidget(area, dock);
    return dock;
}

QDockWidget *PanelDocks::add(Dock which, QWidget *content, Qt::DockWidgetArea area)
{
    QDockWidget *dock = addDock(QLatin1String(dockTable[std::size_t(which)].objectName), content,
                                area);
    m_docks.at(std::size_t(which)) = dock;
    return dock;
}

void PanelDocks::createEditingDocks(PlaybackController *playback)
{
    m_browser = new ScenarioBrowser(m_window);
    add(Dock::Scenarios, m_browser, Qt::LeftDockWidgetArea);
    QDockWidget *faults = add(Dock::Faults, new FaultListPanel(m_document, m_editor, m_window),
                              Qt::LeftDockWidgetArea);
    QDockWidget *actions = add(Dock::Actions,
                               new ActionPanel(m_document, m_editor, playback, m_window),
                               Qt::LeftDockWidgetArea);
    QDockWidget *settings = add(Dock::Settings, new SettingsPanel(m_document, m_editor, m_window),
                                Qt::LeftDockWidgetArea);
    m_window->tabifyDockWidget(faults, actions);
    m_window->tabifyDockWidget(actions, settings);
    faults->raise();
}

void PanelDocks::createLessonDocks(PlaybackController *playback, SequenceDiagramView *view)
{
    m_stateDiagram = new StateDiagramWidget(m_window);
    add(Dock::State, m_stateDiagram, Qt::RightDockWidgetArea);
    m_narration = new NarrationPanel(m_window);
    QDockWidget *narration = add(Dock::Narration, m_narration, Qt::RightDockWidgetArea);
    m_inspector = new SegmentInspector(m_window);
    QDockWidget *inspector = add(Dock::Inspector, m_inspector, Qt::RightDockWidgetArea);
    m_endpoint = new EndpointPanel(m_window);
    QDockWidget *endpoint = add(Dock::Endpoint, m_endpoint, Qt::RightDockWidgetArea);
    m_sockets = new SocketTablePanel(m_window);
    QDockWidget *sockets = add(Dock::Sockets, m_sockets, Qt::RightDockWidgetArea);
    m_window->tabifyDockWidget(narration, inspector);
    m_window->tabifyDockWidget(inspector, endpoint);
    m_window->tabifyDockWidget(endpoint, sockets);
    // The concept articles; their links open a scenario at the moment that shows the idea.
    m_concepts = new ConceptsBrowser(m_window);
    m_window->tabifyDockWidget(sockets, add(Dock::Concepts, m_concepts, Qt::RightDockWidgetArea));
    narration->raise();

    connect(playback, &PlaybackController::timeChanged, this, [this](SimTime t) {
        m_stateDiagram->setPlayhead(t);
        m_narration->setPlayhead(t);
        m_inspector->setPlayhead(t);
        m_endpoint->setPlayhead(t);
        m_sockets->setPlayhead(t);
    });
    // A state explained for the last lesson is not what the new one is about; an edit or an
    // undo within the same lesson keeps it.
    connect(m_document, &ScenarioDocument::opened, m_stateDiagram,
            &StateDiagramWidget::clearSelection);
    connect(view, &SequenceDiagramView::segmentSelected, m_inspector,
            &SegmentInspector::setSegment);
    connect(m_sockets, &SocketTablePanel::socketActivated, this, [this, endpoint](int socket) {
        m_endpoint->setSocket(socket);
        endpoint->raise();
    });
}

void PanelDocks::showDocumentTrace()
{
    const Trace *trace = &m_document->trace();
    const Scenario *scenario = &m_document->scenario();
    m_stateDiagram->setTrace(trace);
    m_stateDiagram->setVariant(scenario->protocol.variant);
    m_narration->setNotesMayNotMatch(*scenario != m_document->fileScenario());
    m_narration->setOriginalStory(m_document->isCapture() ? nullptr : &m_document->originalTrace(),
                                  &m_document->fileScenario());
    m_narration->setTrace(trace, scenario);
    m_inspector->setTrace(trace, scenario);
    m_endpoint->setTrace(trace, scenario);
    m_sockets->setTrace(trace, scenario);
}

QList<QAction *> PanelDocks::toggleViewActions() const
{
    QList<QAction *> actions;
    for (QDockWidget *dock : m_docks)
        actions.append(dock->toggleViewAction());
    return actions;
}

void PanelDocks::retranslate()
{
    for (std::size_t i = 0; i < dockCount; ++i)
        m_docks.at(i)->setWindowTitle(
            QCoreApplication::translate("tcplab::MainWindow", dockTable[i].title));
}

} // namespace tcplab
