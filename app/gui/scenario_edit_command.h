#pragma once

#include "scenario/scenario.h"

#include <QUndoCommand>

#include <functional>

namespace tcplab {

class ScenarioDocument;

// One learner's edit (a fault, a setting, an action, a reset) as an undoable step. It keeps
// the whole scenario before and after: scenarios are a few kilobytes, and replaying a
// snapshot is simpler and safer than inverting each kind of edit.
//
// It keeps what the edit was (a describer that words it), not the words themselves: the
// Edit menu and the undo stack name the edit in the language chosen now, also for edits
// made before a language switch.
class ScenarioEditCommand : public QUndoCommand
{
public:
    // Says what the edit did, in the current language ("Drop A>B#2").
    using Describer = std::function<QString()>;

    ScenarioEditCommand(ScenarioDocument *document, const Scenario &after, Describer describe,
                        QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;
    // Words the edit again after a language change.
    void retranslate();
    // Every ScenarioEditCommand on `stack`, worded again.
    static void retranslateAll(const QUndoStack &stack);

private:
    ScenarioDocument *m_document;
    Describer m_describe;
    Scenario m_before;
    Scenario m_after;
};

} // namespace tcplab
