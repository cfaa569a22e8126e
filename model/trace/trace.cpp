#include "trace/trace.h"

#include "sim/huge_page_list.h"

#include <algorithm>

namespace tcplab {

QString traceEventTypeName(TraceEventType t)
{
    switch (t) {
    case TraceEventType::App: return QStringLiteral("app");
    case TraceEventType::State: return QStringLiteral("state");
    case TraceEventType::Send: return QStringLiteral("send");
    case TraceEventType::Deliver: return QStringLiteral("deliver");
    case TraceEventType::Drop: return QStringLiteral("drop");
    case TraceEventType::Timer: return QStringLiteral("timer");
    case TraceEventType::Notice: return QStringLiteral("notice");
    case TraceEventType::Host: return QStringLiteral("host");
    }
    return QString();
}

QString dropReasonName(DropReason r)
{
    switch (r) {
    case DropReason::None: return QStringLiteral("none");
    case DropReason::Fault: return QStringLiteral("fault");
    case DropReason::Loss: return QStringLiteral("loss");
    case DropReason::HostDown: return QStringLiteral("host-down");
    case DropReason::NoHost: return QStringLiteral("no-host");
    case DropReason::SynQueueFull: return QStringLiteral("syn-queue-full");
    case DropReason::AcceptQueueFull: return QStringLiteral("accept-queue-full");
    }
    return QString();
}

QString hostEventKindName(HostEventKind k)
{
    switch (k) {
    case HostEventKind::Crash: return QStringLiteral("crash");
    case HostEventKind::Reboot: return QStringLiteral("reboot");
    case HostEventKind::Kill: return QStringLiteral("kill");
    }
    return QString();
}

void Trace::addTcbSample(int socket, const TcbSample &sample)
{
    if (socket < 0)
        return;
    if (m_tcbBySocket.size() <= socket)
        m_tcbBySocket.resize(socket + 1);
    QList<TcbSample> &samples = m_tcbBySocket[socket];
    // tcbAt() answers with the latest sample at or before a time, after all events at that
    // time: a sample equal to the one before it would answer nothing new, and one followed
    // by another at the same time is never an answer. Keep only what tcbAt() can return.
    if (!samples.isEmpty()) {
        TcbSample &last = samples.last();
        if (last.tcb == sample.tcb)
            return;
        if (last.time == sample.time) {
            last = sample;
            return;
        }
    }
    // A long transfer samples its two sockets at nearly every event.
    appendInHugePages(samples, sample);
}

void Trace::addListenerSample(int socket, const ListenerSample &sample)
{
    if (socket < 0)
        return;
    if (m_listenerBySocket.size() <= socket)
        m_listenerBySocket.resize(socket + 1);
    m_listenerBySocket[socket].append(sample);
}

void Trace::finish()
{
    m_stateEventsBySocket.clear();
    m_stateEventsBySocket.resize(sockets.size());
    m_eventsBySocket.clear();
    m_eventsBySocket.resize(sockets.size());
    if (m_tcbBySocket.size() < sockets.size())
        m_tcbBySocket.resize(sockets.size());
    for (int i = 0; i < events.size(); ++i) {
        const TraceEvent &e = events[i];
        if (e.socket < 0 || e.socket >= sockets.size())
            continue;
        m_eventsBySocket[e.socket].append(i);
        if (e.type == TraceEventType::State)
            m_stateEventsBySocket[e.socket].append(i);
    }
}

const QList<int> &Trace::eventsOfSocket(int socket) const
{
    static const QList<int> none;
    return socket >= 0 && socket < m_eventsBySocket.size() ? m_eventsBySocket[socket] : none;
}

const QList<int> &Trace::stateEventsOf(int socket) const
{
    static const QList<int> none;
    return socket >= 0 && socket < m_stateEventsBySocket.size() ? m_stateEventsBySocket[socket] : none;
}

QString Trace::hostName(int host) const
{
    return host >= 0 && host < hosts.size() ? hosts[host].name : QStringLiteral("?");
}

QString endpointText(const QString &address, int port)
{
    if (address.contains(QLatin1Char(':')))
        return QStringLiteral("[%1]:%2").arg(address).arg(port);
    return QStringLiteral("%1:%2").arg(address).arg(port);
}

QString Trace::hostAddress(int host) const
{
    if (host < 0 || host >= hosts.size())
        return {};
    const HostInfo &h = hosts[host];
    return h.addressText.isEmpty() ? formatIpv4(h.address) : h.addressText;
}

QString Trace::addressText(uint32_t address, int host) const
{
    if (host >= 0 && host < hosts.size() && hosts[host].address == address)
        return hostAddress(host);
    // Both ends of an IPv6 capture hold 0 in the IPv4 field: the other host than the one
    // named is the peer a socket's remote address means.
    for (int other = 0; other < hosts.size(); ++other) {
        if (other != host && hosts[other].address == address)
            return hostAddress(other);
    }
    return formatIpv4(address);
}

QString Trace::remoteAddressText(int socket) const
{
    if (socket < 0 || socket >= sockets.size())
        return {};
    const SocketInfo &s = sockets[socket];
    for (int other = 0; other < hosts.size(); ++other) {
        if (other != s.host && hosts[other].address == s.remote.address)
            return hostAddress(other);
    }
    return addressText(s.remote.address, s.host);
}

TcpState Trace::stateAt(int socket, SimTime t) const
{
    if (socket < 0 || socket >= m_stateEventsBySocket.size())
        return TcpState::Closed;
    const QList<int> &changes = m_stateEventsBySocket[socket];
    // The last change at or before t.
    auto it = std::upper_bound(changes.begin(), changes.end(), t,
                               [this](SimTime time, int index) { return time < events[index].time; });
    if (it == changes.begin())
        return TcpState::Closed;
    return events[*(it - 1)].toState;
}

TcbSnapshot Trace::tcbAt(int socket, SimTime t) const
{
    if (socket < 0 || socket >= m_tcbBySocket.size())
        return {};
    const QList<TcbSample> &samples = m_tcbBySocket[socket];
    auto it = std::upper_bound(samples.begin(), samples.end(), t,
                               [](SimTime time, const TcbSample &s) { return time < s.time; });
    if (it == samples.begin())
        return {};
    return (it - 1)->tcb;
}

ListenerQueues Trace::listenerQueuesAt(int socket, SimTime t) const
{
    if (socket < 0 || socket >= m_listenerBySocket.size())
        return {};
    const QList<ListenerSample> &samples = m_listenerBySocket[socket];
    auto it = std::upper_bound(samples.begin(), samples.end(), t,
                               [](SimTime time, const ListenerSample &s) { return time < s.time; });
    if (it == samples.begin())
        return {};
    return (it - 1)->queues;
}

QList<int> Trace::segmentsInFlight(SimTime t) const
{
    QList<int> result;
    for (const SegmentRecord &s : segments) {
        if (s.sentAt <= t && t < s.endsAt())
            result.append(s.id);
    }
    return result;
}

int Trace::firstEventAtOrAfter(SimTime t) const
{
    auto it = std::lower_bound(events.begin(), events.end(), t,
                               [](const TraceEvent &e, SimTime time) { return e.time < time; });
    return int(it - events.begin());
}

QList<int> Trace::eventsBetween(SimTime t0, SimTime t1) const
{
    QList<int> result;
    for (int i = firstEventAtOrAfter(t0); i < events.size() && events[i].time < t1; ++i)
        result.append(i);
    return result;
}

QList<int> Trace::socketsOf(int host) const
{
    QList<int> result;
    for (const SocketInfo &s : sockets) {
        if (s.host == host)
            result.append(s.id);
    }
    return result;
}

} // namespace tcplab
