#pragma once

#include <QObject>

class QMainWindow;

namespace tcplab {

class ActionTable;
class PlaybackController;
class ScenarioDocument;
class SequenceDiagramView;

// File ▸ Export Diagram… and Edit ▸ Copy Diagram as Image: the document's run as the
// diagram draws it, titled with the scenario and the faults and variant that shaped it.
class DiagramExportActions : public QObject
{
    Q_OBJECT
public:
    DiagramExportActions(const ActionTable &actions, ScenarioDocument *document,
                         SequenceDiagramView *view, PlaybackController *playback,
                         QMainWindow *window);

private:
    void exportDiagram();
    void copyDiagram();

    ScenarioDocument *m_document;
    SequenceDiagramView *m_view;
    PlaybackController *m_playback;
    QMainWindow *m_window;
};

} // namespace tcplab
