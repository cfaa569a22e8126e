#include "sim/simulator.h"

#include "sim/application_script.h"
#include "sim/event_queue.h"
#include "sim/host_table.h"
#include "sim/host_tcp.h"
#include "sim/network.h"
#include "sim/random_generator.h"
#include "sim/run_projection.h"
#include "sim/segment_transmitter.h"
#include "sim/simulation_control.h"
#include "sim/trace_recorder.h"

#include <algorithm>

namespace tcplab {

Trace Simulator::run(const Scenario &scenario, SimTime until, qint64 maxEvents, SimulationControl *control)
{
    const SimTime end = until < 0 ? scenario.duration : until;

    // The rooms of one run. Data flows one way: the queue says what happens next, the
    // script and the hosts' TCP act, the transmitter puts segments on the network, and
    // the recorder writes down everything as it happens.
    EventQueue queue;
    TraceRecorder recorder;
    HostTable hosts(scenario);
    for (int i = 0; i < hosts.count(); ++i)
        recorder.addHost({hosts[i].name, hosts[i].address, hosts[i].attacker});
    // A run that cannot stay within the limit stops before it starts, not after filling
    // memory with the part of the trace it reached (RunProjection says why).
    const RunProjection projection(scenario);
    if (projection.minimumEvents() > maxEvents) {
        Trace trace = recorder.finish(0);
        trace.stoppedAtLimit = RunLimit::Events;
        return trace;
    }
    Network network(scenario.network, scenario.faults);
    // "tcplab": ISNs and ports are drawn apart from the network's jitter and loss.
    RandomGenerator rng(scenario.network.seed ^ 0x7463706C6162ull);
    SegmentTransmitter transmitter(hosts, network, recorder, queue, int(scenario.faults.size()));
    transmitter.reserve(projection.minimumEvents(), projection.floodSyns(), maxEvents);
    recorder.reserve(std::min(maxEvents, projection.eventsToReserve()),
                     std::min(maxEvents, projection.segmentsToReserve()));
    HostTcp tcp(hosts, recorder, queue, transmitter, rng, scenario.network.seed);
    ApplicationScript script(scenario, hosts, tcp, recorder, queue, transmitter, rng);
    tcp.setConnectionHandlers([&script](SimTime now, int socket) { script.connectionSynchronized(now, socket); },
                              [&script](int socket) { script.connectionClosed(socket); });
    script.scheduleActions();

    SimTime lastTime = 0;
    qint64 eventsRun = 0;
    RunLimit stoppedAt = RunLimit::None;
    while (!queue.isEmpty() && queue.next().time <= end) {
        if (eventsRun++ == maxEvents) {
            stoppedAt = RunLimit::Events;
            break;
        }
        if (control && control->checkpoint({eventsRun - 1, queue.next().time, end, maxEvents})) {
            stoppedAt = RunLimit::Cancelled;
            break;
        }
        const EventQueue::Item item = queue.take();
        lastTime = item.time;
        switch (item.kind) {
        case EventQueue::Kind::Action:
            script.runAsScripted(item.time, item.subject);
            break;
        case EventQueue::Kind::ResumedAction:
            script.runResumed(item.time, item.subject, item.detail);
            break;
        case EventQueue::Kind::FloodSyn:
            script.floodSyn(item.time, item.subject, item.detail);
            break;
        case EventQueue::Kind::Deliver:
            tcp.deliver(item.time, item.subject);
            break;
        case EventQueue::Kind::Drop: {
            // The network dropped it on the way; its record already says why.
            const SegmentRecord &rec = recorder.segment(item.subject);
            recorder.recordDrop(item.time, rec.toHost, -1, rec.id, rec.dropReason);
            break;
        }
        case EventQueue::Kind::TimerFire:
            tcp.timerExpired(item.time, item.subject, item.timer());
            break;
        }
    }
    const SimTime endTime = stoppedAt != RunLimit::None ? lastTime : queue.isEmpty() ? lastTime : end;
    // A rule that hit nothing is said once, at the end, where every reader of the trace
    // (the fault list, tcplab-cli's warning, a JSONL reader) finds it.
    const QList<int> &hits = transmitter.faultSegments();
    for (int i = 0; i < hits.size(); ++i) {
        if (hits[i] >= 0 || scenario.faults[i].kind == FaultKind::None)
            continue;
        TraceEvent &e = recorder.record(endTime, TraceEventType::Notice,
                                        scenario.hostIndex(scenario.faults[i].senderHost()), -1);
        e.notice = NoticeKind::FaultMatchedNothing;
        e.faultRule = i;
    }
    Trace trace = recorder.finish(endTime);
    trace.faultSegments = hits;
    trace.stoppedAtLimit = stoppedAt;
    return trace;
}

} // namespace tcplab
