#pragma once

#include <QFrame>

class QLabel;
class QProgressBar;
class QPushButton;
class QTimer;

namespace tcplab {

class ScenarioDocument;

// A line over the foot of the diagram about the run itself, where the learner looks rather
// than in a log: a long run in progress (with its progress and Cancel), a cancelled run (the
// diagram still shows the previous one; Run Again), a run refused before it started or
// stopped at the event limit (the limit, and what to change). Hidden when the run is
// complete. A long run's progress appears only after a moment, so quick runs never flash it.
class RunStatusBanner : public QFrame
{
    Q_OBJECT
public:
    static constexpr int progressDelayMs = 300;

    // Over the foot of `area`, which is also its parent.
    RunStatusBanner(ScenarioDocument *document, QWidget *area);

    // The text shown (empty when hidden), for tests and the window's status line.
    QString message() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void refresh();
    void place();

    ScenarioDocument *m_document;
    QLabel *m_text;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    QPushButton *m_rerun;
    QTimer *m_delay;
};

} // namespace tcplab
