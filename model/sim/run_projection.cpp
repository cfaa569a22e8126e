#include "sim/run_projection.h"

#include <algorithm>

namespace tcplab {

RunProjection::RunProjection(const Scenario &scenario) : m_scenario(scenario)
{
    // The largest MSS and the largest window of any host bound every segment from above,
    // whoever sends to whom (RFC 9293 §3.7.1: MSS = MTU − 40; §3.8.6: within the window).
    qint64 mss = 0, window = 0;
    for (int i = 0; i < scenario.hosts.size(); ++i) {
        mss = std::max<qint64>(mss, scenario.hosts[i].mtu - 40);
        window = std::max<qint64>(window, scenario.protocolFor(i).window);
    }
    m_largestSegment = std::max<qint64>(1, std::min(mss, window));
    // Summed before dividing: sends queued together may share a segment.
    qint64 bytes = 0;
    for (const AppAction &a : scenario.actions) {
        if (a.kind == AppActionKind::Send)
            bytes += a.data.size();
    }
    m_minimumEvents = segmentsFor(bytes);
    for (const AppAction &a : scenario.actions) {
        if (a.kind == AppActionKind::SynFlood)
            m_floodSyns += std::max(0, a.count);
    }
    m_expectedEvents = m_minimumEvents + 2 * m_floodSyns;
}

qint64 RunProjection::eventsToReserve() const
{
    const qint64 events = 6 * m_minimumEvents + 5 * m_floodSyns;
    return events + events / 8;
}

qint64 RunProjection::segmentsToReserve() const
{
    const qint64 segments = 2 * (m_minimumEvents + m_floodSyns);
    return segments + segments / 8;
}

qint64 RunProjection::segmentsFor(qint64 bytes) const
{
    return (bytes + m_largestSegment - 1) / m_largestSegment;
}

QStringList RunProjection::problems(qint64 maxEvents) const
{
    QStringList out;
    if (m_minimumEvents <= maxEvents)
        return out;
    for (int i = 0; i < m_scenario.actions.size(); ++i) {
        const AppAction &a = m_scenario.actions[i];
        if (a.kind != AppActionKind::Send || segmentsFor(a.data.size()) <= maxEvents)
            continue;
        out << QStringLiteral("actions[%1]: sending %2 bytes in segments of at most %3 bytes takes at "
                              "least %4 segments, more than the limit of %5 events a run may have; "
                              "send less, or raise the receiver's window or the hosts' mtu "
                              "(segment size = min(window, mtu − 40))")
                   .arg(i)
                   .arg(a.data.size())
                   .arg(m_largestSegment)
                   .arg(segmentsFor(a.data.size()))
                   .arg(maxEvents);
    }
    if (out.isEmpty()) {
        out << QStringLiteral("the sends together take at least %1 segments of at most %2 bytes, more "
                              "than the limit of %3 events a run may have; send less, or raise the "
                              "receiver's window or the hosts' mtu (segment size = min(window, mtu − 40))")
                   .arg(m_minimumEvents)
                   .arg(m_largestSegment)
                   .arg(maxEvents);
    }
    return out;
}

} // namespace tcplab
