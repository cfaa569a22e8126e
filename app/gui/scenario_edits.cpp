#include "scenario_edits.h"

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
    FaultRule rule;
    rule.kind = kind;
    rule.delta = delta;
    const int id = faultTargetSegment(trace, segmentId);
    if (id < 0)
        return rule;
    const SegmentRecord &record = trace.segments.at(id);
    if (record.fromHost >= 0 && record.fromHost < trace.hosts.size())
        rule.host = trace.hosts.at(record.fromHost).name;
    rule.ordinal = record.senderOrdinal;
    rule.flags = 0;
    return rule;
}

int faultIndexForSegment(const Scenario &scenario, const Trace &trace, int segmentId)
{
    const int id = faultTargetSegment(trace, segmentId);
    if (id < 0)
        return -1;
    const SegmentRecord &target = trace.segments.at(id);
    if (target.fromHost < 0 || target.fromHost >= trace.hosts.size())
        return -1;
    const QString sender = trace.hosts.at(target.fromHost).name;

    // The sender's own segments in the order it sent them (network copies excluded), so the
    // ordinal among those carrying a rule's flags can be counted as the network does.
    QList<const SegmentRecord *> sent;
    for (const SegmentRecord &record : trace.segments) {
        if (record.fromHost == target.fromHost && record.duplicateOf < 0)
            sent.append(&record);
    }
    std::stable_sort(sent.begin(), sent.end(), [](const SegmentRecord *a, const SegmentRecord *b) {
        return a->senderOrdinal < b->senderOrdinal;
    });

    for (int i = 0; i < scenario.faults.size(); ++i) {
        const FaultRule &rule = scenario.faults.at(i);
        if (rule.kind == FaultKind::None || rule.host != sender)
            continue;
        int ordinal = 0;
        for (const SegmentRecord *record : sent) {
            if ((record->segment.flags & rule.flags) != rule.flags)
                continue;
            ++ordinal;
            if (record->id == target.id) {
                if (rule.matches(sender, record->segment.flags, ordinal))
                    return i;
                break;
            }
        }
    }
    return -1;
}

Scenario withFault(const Scenario &scenario, const FaultRule &rule)
{
    Scenario result = scenario;
    for (int i = 0; i < result.faults.size(); ++i) {
        const FaultRule &old = result.faults.at(i);
        if (old.host == rule.host && old.ordinal == rule.ordinal && old.flags == rule.flags) {
            result.faults[i] = rule;
            return result;
        }
    }
    result.faults.append(rule);
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
