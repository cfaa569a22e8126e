#pragma once

#include <QObject>
#include <QString>

namespace tcplab {

class PlaybackController;
class RecentFilesMenu;
class ScenarioDocument;
struct Scenario;

// Opening and saving the document's scenario: a built-in lesson or a scenario file, with
// the playhead back at the start; the recent files; and the last scenario, remembered in
// QSettings ("lastScenario") for the next start. Opening replaces the current scenario
// only when the new one loads without errors; otherwise the errors are reported (failed)
// and the current scenario stays.
class ScenarioFiles : public QObject
{
    Q_OBJECT
public:
    ScenarioFiles(ScenarioDocument *document, PlaybackController *playback,
                  RecentFilesMenu *recentFiles, QObject *parent);

    // What was open last time (or the first lesson on a first run).
    void openLast();
    bool openBuiltin(const QString &id);
    bool openFile(const QString &path);
    bool saveAs(const QString &path);

signals:
    void failed(const QString &title, const QString &text);
    // The document holds the new scenario and its run.
    void opened();
    void saved(const QString &absolutePath);

private:
    void use(const Scenario &scenario, const QString &path, const QString &builtinId);

    ScenarioDocument *m_document;
    PlaybackController *m_playback;
    RecentFilesMenu *m_recentFiles;
};

} // namespace tcplab
