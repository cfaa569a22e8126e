#pragma once

#include <QObject>
#include <QString>

#include <functional>

class QWidget;

namespace tcplab {

class ActionTable;
class PredictMode;
class ProgressStore;
class ScenarioBrowser;
class ScenarioDocument;
class TryThisPanel;

// The learner's progress in the window: opening a built-in lesson marks it visited, a
// prediction answered in predict mode and a "Try this" task met are recorded (ProgressStore),
// the scenario browser shows it all, Help ▸ Reset Progress… forgets it after asking, and
// Playback ▸ Next Lesson opens the lesson after the open one in the library's order.
// Only the built-in lessons count: a scenario file or a capture is the learner's own.
class ProgressActions : public QObject
{
    Q_OBJECT
public:
    struct Hooks {
        std::function<bool()> maybeSave;                 // unsaved changes: true to go on
        std::function<bool(const QString &)> openBuiltin;
        std::function<bool()> confirmReset;              // asks before forgetting
    };

    ProgressActions(const ActionTable &actions, ScenarioDocument *document, PredictMode *predict,
                    TryThisPanel *tryThis, ScenarioBrowser *browser, Hooks hooks, QObject *parent);

    ProgressStore *store() const { return m_store; }
    // Reads the progress file at `path` and keeps it up to date from now on.
    void openStore(const QString &path);
    // The built-in lesson after the open one, or empty (the last lesson, a file, a capture).
    QString nextLesson() const;
    // After the action table's retranslate(): the Next Lesson tooltip says why it is off.
    void retranslate();

private:
    void markOpenLessonVisited();
    void recordAnswer(int question, bool right);
    void recordChallenge(int challenge);
    void updateNextLesson();
    void openNextLesson();
    void resetProgress();

    const ActionTable &m_actions;
    ScenarioDocument *m_document;
    PredictMode *m_predict;
    ProgressStore *m_store;
    Hooks m_hooks;
};

} // namespace tcplab
