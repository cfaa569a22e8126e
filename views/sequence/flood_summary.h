#pragma once

#include "sim/sim_time.h"

#include <QList>

namespace tcplab {

class Trace;

// How many half-open entries (SYN-RECEIVED children) a listener holds from `time` on.
struct SynQueueSample {
    SimTime time = 0;
    int halfOpen = 0;
};

// The SYN-queue occupancy of a listener over time, as a step function (one sample per
// change, the first at the first change).
//
// DERIVED, NOT RECORDED: counted here from the state events of the listener's children
// (entering SYN-RECEIVED adds one, leaving it takes one away). The trace is about to
// record the SYN queue's length where the listener changes it; once it does, this one
// function should read that fact instead (DESIGN.md: record a fact once, where it happens).
QList<SynQueueSample> synQueueOccupancy(const Trace &trace, int listenerSocket);

// A SYN flood as the diagram tells it: the attackers' forged SYNs and the target's answers
// to forged addresses, which would otherwise be hundreds of arrows, and the half-open
// entries they leave in the target's SYN queue, which would otherwise be a column of
// hundreds of state and timer labels. Found from the trace's facts (attacker hosts,
// listener children), not from the scenario.
struct FloodSummary {
    static constexpr int minimumForgedSyns = 10; // fewer are drawn one by one anyway

    int attackerLane = -1;
    int targetHost = -1;
    int listenerSocket = -1;          // the target's listener the SYNs went to, or -1
    QList<int> segments;              // every segment of the flood, by id
    QList<bool> segmentInFlood;       // by segment id
    QList<bool> halfOpenEntry;        // by socket id: an entry made by a forged SYN
    int forgedSyns = 0;
    int synsDroppedQueueFull = 0;
    int answers = 0;                  // segments the target sent to forged addresses
    SimTime firstSent = 0;            // the first forged SYN
    SimTime lastSent = 0;             // the last forged SYN
    SimTime lastEnd = 0;              // the last segment of the flood ends
    QList<SynQueueSample> synQueue;   // empty when the listener never held a half-open entry

    bool isFlood() const { return forgedSyns >= minimumForgedSyns; }
    int maxHalfOpen() const;
    // Forged SYNs per second over the attack.
    double synsPerSecond() const;

    // laneOfHost: the diagram's lane of each host; attackerLane: the lane the attackers
    // (and the forged addresses) share, -1 when there is none.
    static FloodSummary analyse(const Trace &trace, const QList<int> &laneOfHost, int attackerLane);
};

} // namespace tcplab
