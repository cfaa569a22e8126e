#pragma once

#include "sim/sim_time.h"

#include <QtGlobal>

#include <atomic>
#include <functional>

namespace tcplab {

// How far a run has come, as the simulator's loop reports it.
struct SimulationProgress {
    qint64 events = 0;    // events run so far
    SimTime time = 0;     // virtual time of the next event
    SimTime end = 0;      // where the run ends unless it stops earlier
    qint64 maxEvents = 0; // the event limit of the run
    // 0 to 1: the larger of the share of virtual time and the share of the event limit, as
    // a run ends at its end time or at the limit, whichever comes first.
    double fraction() const;
};

// Lets someone outside a run watch it and stop it: the window runs a long simulation in a
// worker thread, shows its progress and has a Cancel button. A cancelled run stops before
// its next event and its trace says so (RunLimit::Cancelled), as a run stopped at the
// event limit does; the part it ran is the same as the first part of the whole run.
class SimulationControl
{
public:
    using ProgressHandler = std::function<void(const SimulationProgress &)>;

    // The handler is called every `reportEvery` events, in the thread that runs the
    // simulation (0 events included: the run has started).
    explicit SimulationControl(qint64 reportEvery = 4096);

    void setProgressHandler(ProgressHandler handler) { m_handler = std::move(handler); }
    qint64 reportEvery() const { return m_reportEvery; }

    // Safe from any thread, and from the progress handler.
    void cancel() { m_cancelled.store(true, std::memory_order_relaxed); }
    bool isCancelled() const { return m_cancelled.load(std::memory_order_relaxed); }

    // Called by the simulator before each event; true when the run is to stop there.
    bool checkpoint(const SimulationProgress &progress)
    {
        if (m_handler && progress.events % m_reportEvery == 0)
            m_handler(progress);
        return isCancelled();
    }

private:
    qint64 m_reportEvery;
    ProgressHandler m_handler;
    std::atomic<bool> m_cancelled{false};
};

} // namespace tcplab
