#pragma once

#include "scenario/scenario.h"
#include "trace/trace.h"

namespace tcplab {

// Pure functions from a scenario (and its trace) to the edited scenario. Kept apart from the
// undo commands and widgets so every rule here is testable without a window.
namespace ScenarioEdits {

// The segment a fault must name for `segmentId`: a network duplicate stands for its
// original, which is what the sender actually sent.
int faultTargetSegment(const Trace &trace, int segmentId);

// A rule naming the segment by its identity (what it is, not where it falls in the run), so
// later edits never move the rule to another segment (SegmentIdentity, fault_plan.h).
FaultRule ruleForSegment(const Trace &trace, int segmentId, FaultKind kind, SimTime delta = 0);

// A rule given by position ("A#3", as typed) turned into the identity of the segment it
// names in `trace`, the run as it stands; Unresolved when it names none. Other rules are
// returned as they are.
FaultRule resolvedAgainst(const Trace &trace, const FaultRule &rule);

// The key a learner points at a segment with: "A#3", the sender and its ordinal.
QString segmentKey(const Trace &trace, int segmentId);

// Index in scenario.faults of the rule that applies to the segment (the first that matched,
// as the trace recorded it; a network copy answers for its original), or -1. `trace` must be
// the run of `scenario`.
int faultIndexForSegment(const Scenario &scenario, const Trace &trace, int segmentId);

// Adds `rule`; a rule that already targets the same segment is replaced, because one
// segment can only be dropped, delayed or duplicated in one way at a time.
Scenario withFault(const Scenario &scenario, const FaultRule &rule);
Scenario withoutFault(const Scenario &scenario, int index);

// Inserts the action in time order, after the actions already at the same time.
Scenario withAction(const Scenario &scenario, const AppAction &action);

} // namespace ScenarioEdits
} // namespace tcplab
