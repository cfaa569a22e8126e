#include "scenario_edit_command.h"

#include "scenario_document.h"

#include <QUndoStack>

namespace tcplab {

ScenarioEditCommand::ScenarioEditCommand(ScenarioDocument *document, const Scenario &after,
                                         Describer describe, QUndoCommand *parent)
    : QUndoCommand(describe(), parent)
    , m_document(document)
    , m_describe(std::move(describe))
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

void ScenarioEditCommand::retranslate()
{
    setText(m_describe());
}

void ScenarioEditCommand::retranslateAll(const QUndoStack &stack)
{
    for (int i = 0; i < stack.count(); ++i) {
        // QUndoStack lends its commands read-only, but it owns them as plain, changeable
        // objects, and a command's text is only its name: changing it is safe.
        if (auto *command = dynamic_cast<const ScenarioEditCommand *>(stack.command(i)))
            const_cast<ScenarioEditCommand *>(command)->retranslate();
    }
}

} // namespace tcplab
