#pragma once

#include "capture/capture_importer.h"

#include <QObject>
#include <QString>

#include <functional>

class QMainWindow;

namespace tcplab {

class ActionTable;
class PlaybackController;
class ScenarioDocument;

// File ▸ Open Capture… and File ▸ Export Capture…, and what a capture on screen allows:
// - opening reads the file (CaptureImporter), lets the learner choose a connection
//   (ConnectionChooserDialog), observes it as a trace with both ends' inferred states,
//   tells it as a story the simulator can run (CaptureStory, for View ▸ Compare ▸ With the
//   Model) and gives both to the document;
// - a capture shows what happened, so the commands that change the story (faults, actions,
//   settings, saving it as a scenario, exporting it as a capture again) are disabled, each
//   with a tooltip saying why.
class CaptureActions : public QObject
{
    Q_OBJECT
public:
    // Asks which connection to show: its 1-based number, or 0 when the learner cancelled.
    using ConnectionQuestion = std::function<int(const QString &path, const CaptureImporter::Listing &listing)>;
    // Whether the current scenario may be replaced (asks to save unsaved changes).
    using ReplaceQuestion = std::function<bool()>;

    CaptureActions(const ActionTable &actions, ScenarioDocument *document, PlaybackController *playback,
                   ConnectionQuestion askConnection, ReplaceQuestion mayReplace, QMainWindow *window);

    // Reads the capture and shows the connection the learner chooses. False when the file
    // cannot be read, has no TCP connection, or the choice was cancelled; the document
    // then keeps what it showed.
    bool openCapture(const QString &path);
    // Shows connection `index` (1-based) of the capture without asking.
    bool openConnection(const QString &path, int index);

    // Whether a file name is a capture's (.pcapng, .pcap, .cap), not a scenario's.
    static bool isCaptureFileName(const QString &path);

    // Why the story's commands are disabled on a capture, in the window's language.
    static QString editingDisabledReason();

    // The tooltips depend on the language.
    void retranslate();

signals:
    void failed(const QString &title, const QString &text);
    // `path` is the capture's absolute file name.
    void opened(const QString &path);

private:
    void openDialog();
    void exportCapture();
    void updateActions();

    const ActionTable &m_actions;
    ScenarioDocument *m_document;
    PlaybackController *m_playback;
    ConnectionQuestion m_askConnection;
    ReplaceQuestion m_mayReplace;
    QMainWindow *m_window;
};

} // namespace tcplab
