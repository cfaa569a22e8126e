#pragma once

#include "scenario/scenario.h"

#include <QUndoCommand>

namespace tcplab {

class ScenarioDocument;

// One learner's edit (a fault, a setting, an action, a reset) as an undoable step. It keeps
// the whole scenario before and after: scenarios are a few kilobytes, and replaying a
// snapshot is simpler and safer than inverting each kind of edit.
class ScenarioEditCommand : public QUndoCommand
{
public:
    ScenarioEditCommand(ScenarioDocument *document, const Scenario &after, const QString &text,
                        QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;

private:
    ScenarioDocument *m_document;
    Scenario m_before;
    Scenario m_after;
};

} // namespace tcplab
