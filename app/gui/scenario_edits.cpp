#include "scenario_edits.h"

#include "sim/fault_resolver.h"

#include <algorithm>

namespace tcplab {
namespace ScenarioEdits {

int faultTargetSegment(const Trace &trace, int segmentId)
{
    if (segmentId < 0 || segmentId >= trace.segments.size())
        return -1;
    int id = segmentId;
    // Follow duplicate links back to what the sender sent (bounded against bad data).
    for (int guard = 0; guard < 8 && trace.segments.at(id).duplicateOf >= 0
                        && trace.segments.at(id).duplicateOf < trace.segments.size();
         ++guard) {
        id = trace.segments.at(id).duplicateOf;
    }
    return id;
}

FaultRule ruleForSegment(const Trace &trace, int segmentId, FaultKind kind, SimTime delta)
{
    const int id = faultTargetSegment(trace, segmentId);
    if (id < 0) {
        FaultRule none; // names no host: ScenarioEditor::addFault refuses it
        none.kind = kind;
        none.delta = delta;
        return none;
    }
    // The transmitter recorded the identity as the segment left; nothing is counted again.
    return FaultRule::forSegment(kind, trace.segments.at(id).identity, delta);
}

FaultRule resolvedAgainst(const Trace &trace, const FaultRule &rule)
{
    if (rule.target != FaultTarget::Position)
        return rule;
    return FaultResolver::resolved(rule, FaultResolver::identityAt(trace, rule));
}

QString segmentKey(const Trace &trace, int segmentId)
{
    const int id = faultTargetSegment(trace, segmentId);
    if (id < 0)
        return QString();
    const SegmentRecord &record = trace.segments.at(id);
    return QStringLiteral("%1#%2").arg(trace.hostName(record.fromHost)).arg(record.senderOrdinal);
}

int faultIndexForSegment(const Scenario &scenario, const Trace &trace, int segmentId)
{
    const int id = faultTargetSegment(trace, segmentId);
    if (id < 0)
        return -1;
    // The network recorded the rule when it matched it (SegmentRecord::faultRule); the
    // trace belongs to this scenario, so the index is one into its fault list.
    const int rule = trace.segments.at(id).faultRule;
    return rule >= 0 && rule < scenario.faults.size() ? rule : -1;
}

Scenario withFault(const Scenario &scenario, const FaultRule &rule)
{
    Scenario result = scenario;
    putFault(&result.faults, rule);
    return result;
}

Scenario withoutFault(const Scenario &scenario, int index)
{
    Scenario result = scenario;
    if (index >= 0 && index < result.faults.size())
        result.faults.removeAt(index);
    return result;
}

Scenario withAction(const Scenario &scenario, const AppAction &action)
{
    Scenario result = scenario;
    auto it = std::upper_bound(result.actions.begin(), result.actions.end(), action.at,
                               [](SimTime at, const AppAction &a) { return at < a.at; });
    result.actions.insert(it, action);
    return result;
}

} // namespace ScenarioEdits
} // namespace tcplab
