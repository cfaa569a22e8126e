#include "diagram_centre.h"

#include "scenario_document.h"
#include "sequence/comparison_view.h"
#include "sequence/sequence_diagram_view.h"
#include "settings_panel.h"

namespace tcplab {

DiagramCentre::DiagramCentre(QWidget *parent)
    : QStackedWidget(parent)
    , m_view(new SequenceDiagramView(this))
    , m_comparison(new ComparisonView(this))
{
    m_view->setObjectName(QStringLiteral("sequenceDiagram"));
    m_comparison->setObjectName(QStringLiteral("comparison"));
    addWidget(m_view);
    addWidget(m_comparison);
}

void DiagramCentre::showComparison(const ScenarioDocument &document, SimTime playhead)
{
    if (document.comparison() == CompareWith::Nothing) {
        m_comparison->setTraces(nullptr, QString(), nullptr, QString());
        setCurrentWidget(m_view);
        return;
    }
    if (document.comparison() == CompareWith::Model) {
        m_comparison->setTraces(&document.trace(), tr("Capture"), &document.comparisonTrace(),
                                tr("Model (simulated)"));
        m_comparison->setPlayhead(playhead);
        setCurrentWidget(m_comparison);
        return;
    }
    const bool shipped = document.comparison() == CompareWith::FileVersion;
    const QString leftTitle = shipped
        ? tr("Your run")
        : SettingsPanel::variantLabel(document.scenario().protocol.variant);
    const QString rightTitle = shipped ? tr("As shipped")
                                       : SettingsPanel::variantLabel(document.comparedVariant());
    m_comparison->setTraces(&document.trace(), leftTitle, &document.comparisonTrace(), rightTitle);
    m_comparison->setPlayhead(playhead);
    setCurrentWidget(m_comparison);
}

} // namespace tcplab
