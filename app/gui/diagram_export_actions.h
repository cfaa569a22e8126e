#pragma once

#include <QObject>

class QMainWindow;

namespace tcplab {

class ActionTable;
class ComparisonView;
class PlaybackController;
class ScenarioDocument;
class SequenceDiagramView;

// File ▸ Export Diagram… and Edit ▸ Copy Diagram as Image: the document's run as the
// diagram draws it, titled with the scenario and the faults and variant that shaped it.
// The dialog gets the narration of every moment (step series captions) and, while a
// comparison is open, the other run under the titles the comparison shows.
class DiagramExportActions : public QObject
{
    Q_OBJECT
public:
    DiagramExportActions(const ActionTable &actions, ScenarioDocument *document,
                         SequenceDiagramView *view, ComparisonView *comparison,
                         PlaybackController *playback, QMainWindow *window);

private:
    void exportDiagram();
    void copyDiagram();

    ScenarioDocument *m_document;
    SequenceDiagramView *m_view;
    ComparisonView *m_comparison;
    PlaybackController *m_playback;
    QMainWindow *m_window;
};

} // namespace tcplab
