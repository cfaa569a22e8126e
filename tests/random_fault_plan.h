#pragma once

// The seeded random fault plans of tst_random_fault_plans, shared with the tests that want
// the same variety of runs (tst_question_generator): each plan disturbs a shipped scenario
// with drops, delays and duplicates aimed at segments that really exist, random loss and
// jitter, random ISNs, aborts, crashes and killed processes, tight retry limits and the
// teaching variants.

#include "scenario/scenario.h"
#include "sim/sim_time.h"

#include <QList>
#include <QString>

namespace tcplab::testing {

// Runs that should settle get this long after the scenario's own duration: enough for a
// few backed-off retransmissions (retries are often tightened) and TIME-WAIT.
inline constexpr SimTime kSettleTime = 600 * usPerSecond;

struct Base {
    QString name;
    Scenario scenario;
    bool settles = false; // unfaulted and given time, every connection ends CLOSED
};

struct Plan {
    int number = 0;
    int base = 0;
    Scenario scenario;
    SimTime limit = 0;
    bool expectAllClosed = false;
    int randomRules = 0;  // fault rules added by the plan (after the scenario's own)
    bool cut = false;     // the limit falls inside the scenario
    bool crash = false, kill = false, abort = false;
    bool lossOrJitter = false;
    bool nearWrapIsn = false;
};

// Whether every connection of the scenario, undisturbed and given time, ends CLOSED
// because its own application ends it (see random_fault_plan.cpp).
bool settles(const Scenario &s);
// The shipped scenarios the plans disturb (and a bulk-data twin of the first).
QList<Base> makeBases();
// Plan `number`: the same number always gives the same plan.
Plan makePlan(const QList<Base> &bases, int number);

} // namespace tcplab::testing
