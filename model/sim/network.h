#pragma once

#include "sim/fault_plan.h"
#include "settings/network_settings.h"
#include "sim/random_generator.h"
#include "trace/trace.h"

#include <QHash>
#include <QString>

namespace tcplab {

// What the network does with one segment.
struct TransmitOutcome {
    SimTime arrivesAt = 0;
    bool dropped = false;
    SimTime droppedAt = 0;
    DropReason dropReason = DropReason::None;
    FaultKind fault = FaultKind::None;
    SimTime faultDelta = 0;
    int faultRule = -1; // index in the fault plan of the first rule that matched, or -1
    QList<int> rulesMatched; // every rule that matched, in plan order
    bool duplicated = false;
    SimTime duplicateArrivesAt = 0;
};

// The links between the hosts: one-way delay per direction, jitter and random loss from a
// seeded generator, and the learner's fault plan. A fault finds its segment by the
// segment's identity (FaultTarget::Segment), so a re-run with one more fault still finds
// every other fault's segment; a rule given by position (the sender and its ordinal among
// segments carrying the rule's flags) is matched as version-1 files meant it, which is how
// FaultResolver learns the identity it names.
class Network
{
public:
    Network(const NetworkSettings &settings, const FaultPlan &faults);

    TransmitOutcome transmit(SimTime now, const QString &from, const QString &to,
                             const SegmentIdentity &identity);
    // Whether any per-link setting exists. Only those look at the ends' names; without
    // them a sender need not name a destination no host has (formatting its address for
    // every segment of a flood costs a string each).
    bool hasLinkSettings() const { return !m_settings.links.isEmpty(); }

private:
    NetworkSettings m_settings;
    FaultPlan m_faults;
    RandomGenerator m_rng;
    QHash<QString, int> m_ordinals; // key: "host/flags"
    // Whether any rule finds its segment by position. Without one nobody reads the
    // ordinals, so they are not counted (that costs a list, a table and a string key per
    // segment).
    bool m_hasPositionRules = false;
};

} // namespace tcplab
