#include "simulation_job.h"

#include "sim/simulation_control.h"
#include "sim/simulator.h"

#include <QElapsedTimer>
#include <QThread>

#include <atomic>

namespace tcplab {

// What the worker and the window share: the inputs (copied, so edits in the window never
// reach a running worker), the control, and the results, read only after the thread ended.
struct SimulationJob::Shared {
    Scenario scenario;
    std::optional<Scenario> compared;
    qint64 maxEvents = Simulator::defaultMaxEvents;
    SimulationControl control;
    std::atomic<int> permille{0};
    Trace trace;
    Trace comparison;
    qint64 ns = 0;
    bool cancelled = false; // a run of the two stopped, or the second never began

    void run()
    {
        QElapsedTimer clock;
        clock.start();
        const int phases = compared ? 2 : 1;
        auto watch = [this, phases](int phase) {
            control.setProgressHandler([this, phases, phase](const SimulationProgress &p) {
                permille.store(int(1000.0 * (phase + p.fraction()) / phases), std::memory_order_relaxed);
            });
        };
        watch(0);
        trace = Simulator::run(scenario, -1, maxEvents, &control);
        cancelled = trace.stoppedAtLimit == RunLimit::Cancelled;
        if (compared) {
            cancelled = cancelled || control.isCancelled();
            if (!cancelled) {
                watch(1);
                comparison = Simulator::run(*compared, -1, maxEvents, &control);
                cancelled = comparison.stoppedAtLimit == RunLimit::Cancelled;
            }
        }
        ns = clock.nsecsElapsed();
    }
};

SimulationJob::SimulationJob(const Scenario &scenario, const std::optional<Scenario> &compared, qint64 maxEvents,
                             QObject *parent)
    : QObject(parent)
    , m_shared(std::make_shared<Shared>())
{
    m_shared->scenario = scenario;
    m_shared->compared = compared;
    m_shared->maxEvents = maxEvents;
}

SimulationJob::~SimulationJob()
{
    if (m_thread) {
        cancel();
        m_thread->wait();
        delete m_thread;
    }
}

void SimulationJob::start()
{
    if (m_thread)
        return;
    m_thread = QThread::create([shared = m_shared] { shared->run(); });
    // The thread object lives here: finished() reaches this object in the window's thread.
    connect(m_thread, &QThread::finished, this, &SimulationJob::finished);
    m_thread->start(QThread::LowPriority);
}

void SimulationJob::cancel()
{
    m_shared->control.cancel();
}

double SimulationJob::progress() const
{
    return m_shared->permille.load(std::memory_order_relaxed) / 1000.0;
}

bool SimulationJob::wasCancelled() const
{
    // Not the control's flag: a cancel that came after the last event changed nothing.
    return m_shared->cancelled;
}

const Trace &SimulationJob::trace() const
{
    return m_shared->trace;
}

const Trace &SimulationJob::comparisonTrace() const
{
    return m_shared->comparison;
}

qint64 SimulationJob::elapsedNs() const
{
    return m_shared->ns;
}

} // namespace tcplab
