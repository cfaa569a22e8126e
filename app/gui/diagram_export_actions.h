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
// File ▸ Export Worksheet…: the same run as a printable worksheet (WorksheetDialog).
class DiagramExportActions : public QObject
{
    Q_OBJECT
public:
    DiagramExportActions(const ActionTable &actions, ScenarioDocument *document,
                         SequenceDiagramView *view, PlaybackController *playback,
                         QMainWindow *window);

signals:
    // A worksheet could not be written: for the window's error message.
    void failed(const QString &title, const QString &text);

private:
    void exportDiagram();
    void copyDiagram();
    void exportWorksheet();

    ScenarioDocument *m_document;
    SequenceDiagramView *m_view;
    PlaybackController *m_playback;
    QMainWindow *m_window;
};

} // namespace tcplab
