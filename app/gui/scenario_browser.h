#pragma once

#include <QWidget>

class QTreeWidget;
class QTreeWidgetItem;
class QTextBrowser;

namespace tcplab {

// The built-in scenarios grouped by lesson, each with its title and summary in the current
// language. Double-click (or Enter) opens one.
class ScenarioBrowser : public QWidget
{
    Q_OBJECT
public:
    explicit ScenarioBrowser(QWidget *parent = nullptr);

    static QString lessonTitle(const QString &lessonId);
    void setCurrentScenario(const QString &id);
    QTreeWidget *tree() const { return m_tree; }

signals:
    void scenarioActivated(const QString &id);

protected:
    void changeEvent(QEvent *event) override;

private:
    void populate();
    void activate(QTreeWidgetItem *item);
    void showSummary();

    QTreeWidget *m_tree = nullptr;
    QTextBrowser *m_summary = nullptr;
    QString m_current;
};

} // namespace tcplab
