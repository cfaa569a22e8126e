#include "scenario_edit_command.h"

#include "scenario_document.h"

namespace tcplab {

ScenarioEditCommand::ScenarioEditCommand(ScenarioDocument *document, const Scenario &after,
                                         const QString &text, QUndoCommand *parent)
    : QUndoCommand(text, parent)
    , m_document(document)
    , m_before(document->scenario())
    , m_after(after)
{
}

void ScenarioEditCommand::undo()
{
    m_document->setScenario(m_before);
}

void ScenarioEditCommand::redo()
{
    m_document->setScenario(m_after);
}

} // namespace tcplab
