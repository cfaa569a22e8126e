#pragma once

#include <QObject>

namespace tcplab {

class ActionTable;
class ScenarioDocument;
class ScenarioEditor;

// Edit ▸ Undo, Redo and Reset Scenario: they act on the document's undo stack and editor,
// name the edit they would undo or redo, and are enabled only when there is something to do.
class EditActions : public QObject
{
    Q_OBJECT
public:
    EditActions(const ActionTable &actions, ScenarioDocument *document, ScenarioEditor *editor,
                QObject *parent);

    // Texts and states for the current undo stack and language.
    void update();
    // After a language change: the edits on the stack are named again, then the actions.
    void retranslate();

private:
    const ActionTable &m_actions;
    ScenarioDocument *m_document;
};

} // namespace tcplab
