#pragma once

#include <QMenu>

#include <functional>

namespace tcplab {

class ScenarioDocument;
class ScenarioEditor;

// The menu of a segment's right-click: Drop, Delay…, Duplicate…, Remove Fault. Each entry
// is one undoable edit through the editor.
class SegmentMenu : public QMenu
{
    Q_OBJECT
public:
    // Asks for a number of milliseconds (a dialog in the window, an answer in the tests);
    // false when the learner cancels.
    using MillisecondsQuestion =
        std::function<bool(const QString &title, const QString &label, int initial, int *value)>;

    // nullptr when the document's trace has no such segment.
    static SegmentMenu *create(int segmentId, ScenarioDocument *document, ScenarioEditor *editor,
                               MillisecondsQuestion askMilliseconds, QWidget *parent);

private:
    SegmentMenu(int segmentId, ScenarioDocument *document, ScenarioEditor *editor,
                MillisecondsQuestion askMilliseconds, QWidget *parent);
};

} // namespace tcplab
