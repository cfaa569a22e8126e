#include "sim/fault_resolver.h"

#include "sim/simulator.h"

namespace tcplab {
namespace FaultResolver {

FaultRule resolved(const FaultRule &position, const std::optional<SegmentIdentity> &identity)
{
    FaultRule r = position;
    r.target = identity ? FaultTarget::Segment : FaultTarget::Unresolved;
    if (identity)
        r.segment = *identity; // the position stays as how it was pointed at
    return r;
}

std::optional<SegmentIdentity> identityAt(const Trace &trace, const FaultRule &position)
{
    // Counted the way Network counts a Position rule's ordinal: every segment the host put
    // on the network, in sending order (ids are given in that order), copies excluded.
    int count = 0;
    for (const SegmentRecord &r : trace.segments) {
        if (r.duplicateOf >= 0 || trace.hostName(r.fromHost) != position.host
            || (r.segment.flags & position.flags) != position.flags)
            continue;
        if (++count == position.ordinal)
            return r.identity;
    }
    return std::nullopt;
}

bool hasPositions(const FaultPlan &faults)
{
    for (const FaultRule &r : faults) {
        if (r.target == FaultTarget::Position)
            return true;
    }
    return false;
}

Scenario resolveInOrder(const Scenario &scenario, SimTime until)
{
    Scenario out = scenario;
    for (int i = 0; i < out.faults.size(); ++i) {
        if (out.faults[i].target != FaultTarget::Position)
            continue;
        Scenario asItStands = out;
        asItStands.faults = out.faults.mid(0, i);
        const Trace trace = Simulator::run(asItStands, until);
        out.faults[i] = resolved(out.faults[i], identityAt(trace, out.faults[i]));
    }
    return out;
}

Scenario resolveTogether(const Scenario &scenario)
{
    if (!hasPositions(scenario.faults))
        return scenario;
    const Trace trace = Simulator::run(scenario);
    Scenario out = scenario;
    for (FaultRule &r : out.faults) {
        if (r.target == FaultTarget::Position)
            r = resolved(r, identityAt(trace, r));
    }
    return out;
}

} // namespace FaultResolver
} // namespace tcplab
