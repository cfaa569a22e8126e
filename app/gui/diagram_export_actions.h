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
// File ▸ Export Worksheet…: the same run as a printable worksheet (WorksheetDialog).
// The dialog gets the narration of every moment (step series captions) and, while a
// comparison is open, the other run under the titles the comparison shows.
class DiagramExportActions : public QObject
{
    Q_OBJECT
public:
    DiagramExportActions(const ActionTable &actions, ScenarioDocument *document,
                         SequenceDiagramView *view, ComparisonView *comparison,
                         PlaybackController *playback, QMainWindow *window);

signals:
    // A worksheet could not be written: for the window's error message.
    void failed(const QString &title, const QString &text);

private:
    void exportDiagram();
    void copyDiagram();
    void exportWorksheet();

    ScenarioDocument *m_document;
    SequenceDiagramView *m_view;
    ComparisonView *m_comparison;
    PlaybackController *m_playback;
    QMainWindow *m_window;
};

} // namespace tcplab
