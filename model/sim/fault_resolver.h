#pragma once

#include "scenario/scenario.h"
#include "trace/trace.h"

#include <optional>

namespace tcplab {

// Turns faults given by position ("A#6", FaultTarget::Position) into faults that name their
// segment by identity (FaultTarget::Segment), against a run of the scenario. A position
// that names no segment becomes FaultTarget::Unresolved: kept, listed, hitting nothing.
namespace FaultResolver {

// The identity of the segment `position` names in `trace`: the sender's segments in the
// order they were sent, network copies not counted, those carrying all of its flags.
std::optional<SegmentIdentity> identityAt(const Trace &trace, const FaultRule &position);

// Resolves each Position rule in list order, against the run as it stands when it is
// reached: rule i against the run of the rules before it (0..i-1, already resolved), rules
// after it not applied. This is what the learner means by "--drop A#6 --delay A#3:400ms":
// A#6 is counted in the run without the delay, A#3 in the run with the drop; each names
// the segment it named when it was typed. One simulation per Position rule.
Scenario resolveInOrder(const Scenario &scenario, SimTime until = -1);

// Resolves every Position rule against one run with all of them applied by position:
// the meaning of a version-1 file, whose ordinals were all counted in the run with every
// fault applied. The resolved scenario's run is the same run.
Scenario resolveTogether(const Scenario &scenario);

// `position` turned into a rule for `identity` (kind, time and the position kept), or into
// an Unresolved rule when there is none.
FaultRule resolved(const FaultRule &position, const std::optional<SegmentIdentity> &identity);

// Whether any rule is still given by position.
bool hasPositions(const FaultPlan &faults);

} // namespace FaultResolver
} // namespace tcplab
