#pragma once

#include "scenario/scenario.h"

#include <QList>
#include <QWidget>

class QAction;
class QLabel;
class QPushButton;
class QVBoxLayout;

namespace tcplab {

class Trace;

// "Try this": the open lesson's challenges (the scenario file's "challenges"), each with a
// mark that turns to done the moment a run of the learner's edited story meets its goal,
// and a hint shown on request. A challenge met stays done until another lesson is opened.
class TryThisPanel : public QWidget
{
    Q_OBJECT
public:
    explicit TryThisPanel(QWidget *parent = nullptr);

    // A lesson was opened: its challenges, none done yet.
    void setChallenges(const QList<ScenarioChallenge> &challenges);
    // A new run of the (possibly edited) story: marks the challenges it meets as done.
    void checkRun(const Trace &trace);

    const QList<ScenarioChallenge> &challenges() const { return m_challenges; }
    int challengeCount() const { return int(m_challenges.size()); }
    bool isDone(int challenge) const { return m_done.value(challenge); }
    bool isHintShown(int challenge) const { return m_hintShown.value(challenge); }
    void showHint(int challenge);
    // A button for `action` (Next Lesson) below the tasks, enabled and explained as it is.
    void setNextLessonAction(QAction *action);
    QPushButton *nextLessonButton() const { return m_nextLesson; }

signals:
    // A challenge was met for the first time.
    void challengeDone(int challenge);

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Row {
        QLabel *mark = nullptr;
        QLabel *task = nullptr;
        QPushButton *hintButton = nullptr;
        QLabel *hint = nullptr;
    };
    void rebuild();
    void render();

    QLabel *m_intro;
    QPushButton *m_nextLesson = nullptr;
    QVBoxLayout *m_rows;
    QList<ScenarioChallenge> m_challenges;
    QList<bool> m_done;
    QList<bool> m_hintShown;
    QList<Row> m_widgets;
};

} // namespace tcplab
