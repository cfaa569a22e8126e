#pragma once

#include <QByteArray>
#include <QObject>

#include <array>

class QAction;
class QDockWidget;
class QMainWindow;
class QWidget;

namespace tcplab {

class ConceptsBrowser;
class EndpointPanel;
class NarrationPanel;
class PlaybackController;
class ScenarioBrowser;
class ScenarioDocument;
class ScenarioEditor;
class SegmentInspector;
class SequenceDiagramView;
class SocketTablePanel;
class StateDiagramWidget;

// The docks around the diagram. Left: choosing and changing the story (scenarios, faults,
// actions, settings). Right: what the story means at the playhead (state diagram,
// narration, segment, connection variables, sockets, concept articles). The lesson panels
// follow the playhead by themselves; they get a new trace from showDocumentTrace().
class PanelDocks : public QObject
{
    Q_OBJECT
public:
    PanelDocks(QMainWindow *window, ScenarioDocument *document, ScenarioEditor *editor,
               PlaybackController *playback, SequenceDiagramView *view);

    ScenarioBrowser *scenarioBrowser() const { return m_browser; }
    ConceptsBrowser *conceptsBrowser() const { return m_concepts; }
    StateDiagramWidget *stateDiagram() const { return m_stateDiagram; }
    NarrationPanel *narration() const { return m_narration; }

    // Every panel gets the document's trace. The window calls this before the playhead
    // moves into the new run: the panels cache indexes into the trace.
    void showDocumentTrace();
    // A dock in `area`; a tall panel scrolls rather than forcing the window taller than
    // the screen.
    QDockWidget *addDock(const QString &objectName, QWidget *content, Qt::DockWidgetArea area);
    // Arranges and sizes the docks for a window `width` pixels wide, so the diagram keeps
    // about half of it on any screen: the left and right docks in proportion to the width,
    // and on a window narrower than oneColumnBelow every dock in one column on the left.
    // (A learner's own layout, restored by the window afterwards, wins over either.)
    void fitToWidth(int width);
    static constexpr int oneColumnBelow = 1200;
    bool inOneColumn() const;
    // The docks' show/hide actions, in the order of the Panels menu.
    QList<QAction *> toggleViewActions() const;

    void retranslate();

private:
    enum class Dock { Scenarios, Concepts, Faults, Actions, Settings, State, Narration, Inspector,
                      Endpoint, Sockets };
    static constexpr std::size_t dockCount = std::size_t(Dock::Sockets) + 1;

    QDockWidget *add(Dock dock, QWidget *content, Qt::DockWidgetArea area);
    void arrangeInOneColumn();
    void arrangeInTwoColumns();
    QDockWidget *dock(Dock dock) const { return m_docks.at(std::size_t(dock)); }
    void createEditingDocks(PlaybackController *playback);
    void createLessonDocks(PlaybackController *playback, SequenceDiagramView *view);

    QMainWindow *m_window;
    ScenarioDocument *m_document;
    ScenarioEditor *m_editor;
    std::array<QDockWidget *, dockCount> m_docks = {};
    QByteArray m_twoColumns; // the two columns' layout while the docks are in one, else empty
    ScenarioBrowser *m_browser = nullptr;
    ConceptsBrowser *m_concepts = nullptr;
    StateDiagramWidget *m_stateDiagram = nullptr;
    NarrationPanel *m_narration = nullptr;
    SegmentInspector *m_inspector = nullptr;
    EndpointPanel *m_endpoint = nullptr;
    SocketTablePanel *m_sockets = nullptr;
};

} // namespace tcplab
