#pragma once

#include "scenario/scenario.h"

#include <QStringList>

namespace tcplab {

// What a run will at least take, worked out from the scenario before it runs: a run that
// must pass its event limit is refused at once instead of filling memory on its way there
// (`window: 1` with a 10 MB send is ten million segments, tens of gigabytes of trace).
//
// The bound is a floor for a run whose sends are carried out: every data segment carries
// at most min(largest MSS, largest receive window) bytes of any host in the scenario, and
// each is at least one event (its arrival or its loss). A run the floor allows may still
// stop at the limit later; a send that never goes out (its connection refused) is counted
// all the same, as the scenario asks for it.
class RunProjection
{
public:
    explicit RunProjection(const Scenario &scenario);

    // The fewest events the scenario's sends need.
    qint64 minimumEvents() const { return m_minimumEvents; }
    // A rough size of the run for choosing how to run it (the window runs a large one in a
    // worker thread with a progress bar): the floor above plus two events for each SYN of a
    // flood (its sending and its arrival or loss). An estimate, not a bound: a flood the end
    // of the run cuts short sends fewer SYNs than it asks for.
    qint64 expectedEvents() const { return m_expectedEvents; }
    // How much trace to make room for before the run, so a long run's lists need not grow
    // (and copy themselves) as it goes: what such runs were measured to take, an eighth
    // more. A data segment comes with about six events (its sending and arrival, its ACK's,
    // timers) and two segments (itself and its ACK); a forged SYN with four to five events
    // and two segments (the SYN and its SYN,ACK). Estimates again: a shorter run uses less,
    // a longer one grows its lists as before.
    qint64 eventsToReserve() const;
    qint64 segmentsToReserve() const;
    // The SYNs the scenario's floods ask for: each opens a connection of its own.
    qint64 floodSyns() const { return m_floodSyns; }
    // The most data bytes one segment can carry in this scenario.
    qint64 largestSegment() const { return m_largestSegment; }
    // One message per send that alone needs more than `maxEvents` events, naming the action,
    // the limit and the settings that decide the segment size (window, mtu); plus one for
    // all sends together when only their sum is too much. Empty when the floor fits.
    QStringList problems(qint64 maxEvents) const;

private:
    qint64 segmentsFor(qint64 bytes) const;

    const Scenario &m_scenario;
    qint64 m_largestSegment = 1;
    qint64 m_minimumEvents = 0;
    qint64 m_expectedEvents = 0;
    qint64 m_floodSyns = 0;
};

} // namespace tcplab
