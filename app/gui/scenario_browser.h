#pragma once

#include <QWidget>

class QAction;
class QTreeWidget;
class QTreeWidgetItem;
class QTextBrowser;

namespace tcplab {

class LearnerProgress;

// The built-in scenarios grouped by lesson, each with its title and summary in the current
// language. Double-click (or Enter) opens one. With the learner's progress set, a visited
// lesson has a check mark, its tooltip and the summary say how many of its questions and
// challenges are done, and a group says how many of its lessons were visited.
class ScenarioBrowser : public QWidget
{
    Q_OBJECT
public:
    explicit ScenarioBrowser(QWidget *parent = nullptr);

    static QString lessonTitle(const QString &lessonId);
    void setCurrentScenario(const QString &id);
    QTreeWidget *tree() const { return m_tree; }
    // The progress shown (owned by the caller, who calls showProgress() when it changes);
    // null shows none.
    void setProgress(const LearnerProgress *progress);
    void showProgress();
    // Right-click on the list offers these (Reset Progress…).
    void addContextAction(QAction *action);

signals:
    void scenarioActivated(const QString &id);

protected:
    void changeEvent(QEvent *event) override;

private:
    void populate();
    void activate(QTreeWidgetItem *item);
    void showSummary();
    QString progressText(const QTreeWidgetItem *item) const;

    QTreeWidget *m_tree = nullptr;
    QTextBrowser *m_summary = nullptr;
    QString m_current;
    const LearnerProgress *m_progress = nullptr;
};

} // namespace tcplab
