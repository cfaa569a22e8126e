#include "predict_mode.h"

#include "playback_controller.h"
#include "predict_panel.h"
#include "teach/written_questions.h"
#include "trace/trace.h"


namespace tcplab {

PredictMode::PredictMode(PlaybackController *playback, PredictPanel *panel, QObject *parent)
    : QObject(parent)
    , m_playback(playback)
    , m_panel(panel)
{
    connect(m_playback, &PlaybackController::holdReached, this, &PredictMode::onHoldReached);
    connect(m_panel, &PredictPanel::choiceMade, this, &PredictMode::answer);
    // Moving the playhead by hand (scrubbing back, To Start) closes a question that is no
    // longer at the playhead; its hold stays, so it is asked again on the way.
    connect(m_playback, &PlaybackController::timeChanged, this, [this](SimTime t) {
        if (m_open >= 0 && t != m_questions[m_open].time - 1) {
            m_open = -1;
            showIdle();
        }
    });
    showIdle();
}

void PredictMode::setEnabled(bool enabled)
{
    if (enabled == m_enabled)
        return;
    m_enabled = enabled;
    m_open = -1;
    updateHolds();
    showIdle();
}

void PredictMode::setTrace(const Trace *trace, const QList<Question> &written)
{
    m_trace = trace;
    m_questions = trace ? questionsOfRun(*trace, written) : QList<Question>();
    m_answered.fill(false, m_questions.size());
    m_open = -1;
    updateHolds();
    showIdle();
}

void PredictMode::updateHolds()
{
    QList<SimTime> holds;
    if (m_enabled) {
        for (int i = 0; i < m_questions.size(); ++i) {
            // A question at the very start has no "before" to stop at.
            if (!m_answered[i] && m_questions[i].time > 0)
                holds.append(m_questions[i].time);
        }
    }
    m_playback->setHoldTimes(holds);
}

void PredictMode::showIdle()
{
    if (!m_enabled) {
        m_panel->showIdle(PredictPanel::Idle::Off);
        return;
    }
    for (const SimTime hold : m_playback->holdTimes()) {
        if (hold > m_playback->time()) {
            m_panel->showIdle(PredictPanel::Idle::Waiting);
            return;
        }
    }
    m_panel->showIdle(PredictPanel::Idle::NoneLeft);
}

void PredictMode::onHoldReached(SimTime time)
{
    if (m_enabled)
        askNextAt(time);
}

void PredictMode::askNextAt(SimTime time)
{
    for (int i = 0; i < m_questions.size(); ++i) {
        if (m_questions[i].time == time && !m_answered[i]) {
            m_open = i;
            m_panel->showQuestion(m_questions[i], i + 1, int(m_questions.size()));
            return;
        }
    }
    // Every question of this moment is answered: the step plays.
    m_open = -1;
    m_playback->removeHoldTime(time);
    m_playback->setTime(time);
    showIdle();
    m_playback->play();
}

void PredictMode::answer(int choice)
{
    if (m_open < 0 || choice < 0 || choice >= m_questions[m_open].choices.size())
        return;
    const int index = m_open;
    const Question &q = m_questions[index];
    m_answered[index] = true;
    m_panel->showVerdict(q, choice);
    emit answered(index, choice == q.answer);
    askNextAt(q.time);
}

} // namespace tcplab
