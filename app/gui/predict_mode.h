#pragma once

#include "sim/sim_time.h"
#include "teach/question.h"

#include <QList>
#include <QObject>

namespace tcplab {

class PlaybackController;
class PredictPanel;
class Trace;

// "Predict, then see" (Playback ▸ Predict): the run's questions (QuestionGenerator) become
// hold times of the playhead. Playback stops just before each question's moment, the panel
// asks, and once every question of that moment is answered the step plays on — the
// narration explains it, the panel says whether the prediction was right and, if not, the
// misconception behind the choice. Hiding the future in the diagram is the window's part.
class PredictMode : public QObject
{
    Q_OBJECT
public:
    PredictMode(PlaybackController *playback, PredictPanel *panel, QObject *parent);

    bool isEnabled() const { return m_enabled; }
    void setEnabled(bool enabled);
    // A new run (another scenario, a changed story): its questions replace the old ones —
    // the generated ones and the scenario's hand-written ones (writtenQuestions()).
    void setTrace(const Trace *trace, const QList<Question> &written = {});

    const QList<Question> &questions() const { return m_questions; }
    // Index of the question the panel asks now, or -1.
    int openQuestion() const { return m_open; }
    // Answers the open question with choice `choice`, as a click on its button does.
    void answer(int choice);

signals:
    // A prediction was judged.
    void answered(int question, bool right);

private:
    void onHoldReached(SimTime time);
    void askNextAt(SimTime time);
    void updateHolds();
    void showIdle();

    PlaybackController *m_playback;
    PredictPanel *m_panel;
    const Trace *m_trace = nullptr;
    bool m_enabled = false;
    QList<Question> m_questions;
    QList<bool> m_answered; // by question
    int m_open = -1;
};

} // namespace tcplab
