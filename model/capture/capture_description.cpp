#include "capture/capture_description.h"

namespace tcplab {

CaptureDescription CaptureDescription::fromScenario(const Scenario &scenario)
{
    CaptureDescription d;
    d.title = scenario.title.text(QStringLiteral("en"));
    if (!scenario.id.isEmpty())
        d.notes << QStringLiteral("Scenario: %1").arg(scenario.id);
    QStringList faults;
    for (const FaultRule &rule : scenario.faults)
        faults << QStringLiteral("%1 %2").arg(faultKindName(rule.kind), rule.key());
    d.notes << (faults.isEmpty() ? QStringLiteral("Faults: none") : QStringLiteral("Faults: ") + faults.join(QStringLiteral(", ")));
    return d;
}

} // namespace tcplab
