#pragma once

#include "sim/sim_time.h"

#include <QStackedWidget>

namespace tcplab {

class ComparisonView;
class ScenarioDocument;
class SequenceDiagramView;

// The middle of the window: the sequence diagram alone, or the learner's run beside the
// run the document compares it with (View ▸ Compare).
class DiagramCentre : public QStackedWidget
{
    Q_OBJECT
public:
    explicit DiagramCentre(QWidget *parent = nullptr);

    SequenceDiagramView *view() const { return m_view; }
    ComparisonView *comparison() const { return m_comparison; }

    // Shows what the document compares now, both runs at `playhead`; the diagram alone when
    // it compares nothing.
    void showComparison(const ScenarioDocument &document, SimTime playhead);

private:
    SequenceDiagramView *m_view;
    ComparisonView *m_comparison;
};

} // namespace tcplab
