#include "edit_actions.h"

#include "action_table.h"
#include "scenario_document.h"
#include "scenario_edit_command.h"
#include "scenario_editor.h"

#include <QCoreApplication>

namespace tcplab {

EditActions::EditActions(const ActionTable &actions, ScenarioDocument *document,
                         ScenarioEditor *editor, QObject *parent)
    : QObject(parent)
    , m_actions(actions)
    , m_document(document)
{
    QUndoStack *stack = m_document->undoStack();
    connect(m_actions.action(ActionId::Undo), &QAction::triggered, stack, &QUndoStack::undo);
    connect(m_actions.action(ActionId::Redo), &QAction::triggered, stack, &QUndoStack::redo);
    connect(m_actions.action(ActionId::ResetScenario), &QAction::triggered, editor,
            &ScenarioEditor::resetToFile);
    connect(stack, &QUndoStack::indexChanged, this, &EditActions::update);
    connect(stack, &QUndoStack::cleanChanged, this, &EditActions::update);
    connect(m_document, &ScenarioDocument::traceChanged, this, &EditActions::update);
}

void EditActions::retranslate()
{
    ScenarioEditCommand::retranslateAll(*m_document->undoStack());
    update();
}

void EditActions::update()
{
    QUndoStack *stack = m_document->undoStack();
    QAction *undo = m_actions.action(ActionId::Undo);
    QAction *redo = m_actions.action(ActionId::Redo);
    undo->setEnabled(stack->canUndo());
    redo->setEnabled(stack->canRedo());
    // The actions' texts, in the window's context like the rest of the ActionTable.
    undo->setText(stack->canUndo() ? QCoreApplication::translate("tcplab::MainWindow", "&Undo %1")
                                         .arg(stack->undoText())
                                   : QCoreApplication::translate("tcplab::MainWindow", "&Undo"));
    redo->setText(stack->canRedo() ? QCoreApplication::translate("tcplab::MainWindow", "&Redo %1")
                                         .arg(stack->redoText())
                                   : QCoreApplication::translate("tcplab::MainWindow", "&Redo"));
    // As QAction shows by default: the text naming the edit.
    undo->setToolTip(QString(undo->text()).remove(QLatin1Char('&')));
    redo->setToolTip(QString(redo->text()).remove(QLatin1Char('&')));
    m_actions.action(ActionId::ResetScenario)
        ->setEnabled(m_document->scenario() != m_document->fileScenario());
}

} // namespace tcplab
