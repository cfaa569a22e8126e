#pragma once

#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;

namespace tcplab {

class ScenarioDocument;
class ScenarioEditor;

// The faults in force: the scenario file's own and the learner's. Double-click or Del
// removes one (an undoable edit).
class FaultListPanel : public QWidget
{
    Q_OBJECT
public:
    FaultListPanel(ScenarioDocument *document, ScenarioEditor *editor, QWidget *parent = nullptr);

    QListWidget *list() const { return m_list; }

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void refresh();
    void retranslateUi();
    void removeCurrent();

    ScenarioDocument *m_document;
    ScenarioEditor *m_editor;
    QLabel *m_hint = nullptr;
    QListWidget *m_list = nullptr;
    QPushButton *m_remove = nullptr;
};

} // namespace tcplab
