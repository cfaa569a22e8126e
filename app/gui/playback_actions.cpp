#include "playback_actions.h"

#include "action_table.h"
#include "playback_controller.h"
#include "sequence/comparison_view.h"
#include "sequence/sequence_diagram_view.h"

#include <QCoreApplication>

namespace tcplab {

PlaybackActions::PlaybackActions(const ActionTable &actions, PlaybackController *playback,
                                 SequenceDiagramView *view, ComparisonView *comparison,
                                 QObject *parent)
    : QObject(parent)
    , m_actions(actions)
    , m_playback(playback)
{
    auto drive = [this](ActionId id, void (PlaybackController::*slot)()) {
        connect(m_actions.action(id), &QAction::triggered, m_playback, slot);
    };
    drive(ActionId::PlayPause, &PlaybackController::togglePlaying);
    drive(ActionId::StepBack, &PlaybackController::stepBack);
    drive(ActionId::StepForward, &PlaybackController::stepForward);
    drive(ActionId::ToStart, &PlaybackController::toStart);
    drive(ActionId::ToEnd, &PlaybackController::toEnd);
    connect(m_actions.action(ActionId::SkipQuiet), &QAction::toggled, m_playback,
            &PlaybackController::setSkipQuietStretches);
    connect(m_actions.action(ActionId::PauseAtArrivals), &QAction::toggled, m_playback,
            &PlaybackController::setPauseAtArrivals);
    connect(m_playback, &PlaybackController::playingChanged, this,
            &PlaybackActions::updatePlayAction);

    connect(m_playback, &PlaybackController::timeChanged, view, &SequenceDiagramView::setPlayhead);
    connect(m_playback, &PlaybackController::timeChanged, view, [this, view](SimTime t) {
        if (m_playback->isPlaying())
            view->ensureTimeVisible(t);
    });
    connect(m_playback, &PlaybackController::timeChanged, comparison,
            &ComparisonView::setPlayhead);
    auto scrub = [this](SimTime t) {
        m_playback->pause();
        m_playback->setTime(t);
    };
    connect(comparison, &ComparisonView::playheadScrubbed, m_playback, scrub);
    connect(view, &SequenceDiagramView::playheadScrubbed, m_playback, scrub);
}

void PlaybackActions::updatePlayAction()
{
    QAction *play = m_actions.action(ActionId::PlayPause);
    const bool playing = m_playback->isPlaying();
    play->setIcon(ActionTable::icon(playing ? "pause" : "play"));
    play->setText(playing ? QCoreApplication::translate("tcplab::MainWindow", "Pause")
                          : QCoreApplication::translate("tcplab::MainWindow", "Play"));
    play->setToolTip(playing ? QCoreApplication::translate("tcplab::MainWindow", "Pause (Space)")
                             : QCoreApplication::translate("tcplab::MainWindow", "Play (Space)"));
}

} // namespace tcplab
