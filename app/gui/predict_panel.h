#pragma once

#include "teach/question.h"

#include <QList>
#include <QWidget>

class QLabel;
class QPushButton;
class QVBoxLayout;

namespace tcplab {

// The "Predict" panel: the question at the held moment with its choices as buttons, and
// above it the verdict on the last answer — right, or which misconception the wrong choice
// stands for and what is true instead. It only shows; PredictMode decides what to ask.
class PredictPanel : public QWidget
{
    Q_OBJECT
public:
    // What the panel says when no question is open.
    enum class Idle {
        Off,        // predict mode is off: how to turn it on
        Waiting,    // on: play, and the run stops before the next question
        NoneLeft,   // on: this run has no question left after the playhead
    };

    explicit PredictPanel(QWidget *parent = nullptr);

    void showIdle(Idle idle);
    // Question `number` of `count` (1-based); the previous verdict stays shown.
    void showQuestion(const Question &question, int number, int count);
    // The verdict on `chosen`; the choices are locked.
    void showVerdict(const Question &question, int chosen);

    // For tests and the window: the buttons of the open question, in choice order.
    QList<QPushButton *> choiceButtons() const { return m_buttons; }
    QString promptText() const;
    QString verdictText() const;

signals:
    void choiceMade(int choice);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void clearButtons();
    void renderIdle();
    void renderQuestion();
    void renderVerdict();

    QLabel *m_heading;
    QLabel *m_prompt;
    QVBoxLayout *m_choices;
    QLabel *m_verdict;
    QList<QPushButton *> m_buttons;

    Idle m_idle = Idle::Off;
    bool m_asking = false;
    Question m_question;
    int m_number = 0;
    int m_count = 0;
    bool m_hasVerdict = false;
    Question m_judged;
    int m_chosen = -1;
};

} // namespace tcplab
