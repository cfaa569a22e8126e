#pragma once

#include <QObject>

namespace tcplab {

class ActionTable;
class ComparisonView;
class PlaybackController;
class SequenceDiagramView;

// Playback as the window offers it: the Playback actions drive the controller, Play/Pause
// shows what a press would do, both diagrams follow the playhead (the single one scrolls
// along while playing), and a scrub on either pauses and moves the playhead there.
class PlaybackActions : public QObject
{
    Q_OBJECT
public:
    PlaybackActions(const ActionTable &actions, PlaybackController *playback,
                    SequenceDiagramView *view, ComparisonView *comparison, QObject *parent);

    // Play/Pause's text, tooltip and icon for the current state and language.
    void updatePlayAction();

private:
    const ActionTable &m_actions;
    PlaybackController *m_playback;
};

} // namespace tcplab
