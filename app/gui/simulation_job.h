#pragma once

#include "scenario/scenario.h"
#include "trace/trace.h"

#include <QObject>

#include <memory>
#include <optional>

class QThread;

namespace tcplab {

// One run of the document's scenario (and of the scenario it is compared with) in a worker
// thread, so a long simulation leaves the window responsive. It reports how far it has come
// and can be cancelled; destroying it cancels the run and waits for the thread, which stops
// before its next event.
class SimulationJob : public QObject
{
    Q_OBJECT
public:
    SimulationJob(const Scenario &scenario, const std::optional<Scenario> &compared, qint64 maxEvents,
                  QObject *parent = nullptr);
    ~SimulationJob() override;

    void start();
    void cancel();
    // 0 to 1 (both runs together when there is a comparison).
    double progress() const;

    // After finished():
    bool wasCancelled() const;
    const Trace &trace() const;
    const Trace &comparisonTrace() const;
    qint64 elapsedNs() const;

signals:
    void finished();

private:
    struct Shared;
    std::shared_ptr<Shared> m_shared;
    QThread *m_thread = nullptr;
};

} // namespace tcplab
