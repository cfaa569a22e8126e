#pragma once

#include "sim/app_action.h"

#include <QHash>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;

namespace tcplab {

class PlaybackController;
class ScenarioDocument;
class ScenarioEditor;

// Steering the story: an application call or host event for a chosen host, added to the
// scenario's actions at the playhead's time (an undoable edit).
class ActionPanel : public QWidget
{
    Q_OBJECT
public:
    ActionPanel(ScenarioDocument *document, ScenarioEditor *editor, PlaybackController *playback,
                QWidget *parent = nullptr);

    // The action a button would add for `host` now; used by the buttons and by tests.
    AppAction actionFor(AppActionKind kind, const QString &host) const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void refreshHosts();
    void retranslateUi();
    void updateTimeLabel();
    void request(AppActionKind kind);

    ScenarioDocument *m_document;
    ScenarioEditor *m_editor;
    PlaybackController *m_playback;
    QLabel *m_hostLabel = nullptr;
    QLabel *m_timeLabel = nullptr;
    QComboBox *m_host = nullptr;
    QHash<AppActionKind, QPushButton *> m_buttons;
};

} // namespace tcplab
