#include "capture/capture_point.h"

namespace tcplab {

std::optional<CaptureSighting> CapturePoint::sighting(const SegmentRecord &rec) const
{
    const bool networkCopy = rec.kind == SegmentKind::Duplicate;
    // A host-side drop (host down, full queue) happens at arrival: the segment got there.
    const bool reachedDestination = !rec.dropped || rec.droppedAt >= rec.arrivesAt;
    if (m_kind == Kind::Wire) {
        if (networkCopy)
            return std::nullopt;
        // The delay fault holds the segment past the tap: the tap sees it at the middle of
        // the travel time it would have had.
        const SimTime travel = rec.arrivesAt - rec.sentAt - (rec.fault == FaultKind::Delay ? rec.faultDelta : 0);
        return CaptureSighting{rec.sentAt + travel / 2, PacketDirection::Unknown};
    }
    if (rec.fromHost == m_host && !networkCopy)
        return CaptureSighting{rec.sentAt, PacketDirection::Outbound};
    if (rec.toHost == m_host && reachedDestination)
        return CaptureSighting{rec.arrivesAt, PacketDirection::Inbound};
    return std::nullopt;
}

QString CapturePoint::name(const Trace &trace) const
{
    return m_kind == Kind::Wire ? QStringLiteral("wire") : trace.hostName(m_host);
}

bool CapturePoint::parse(const QString &text, const Trace &trace, CapturePoint *point)
{
    if (text == QLatin1String("wire")) {
        *point = onWire();
        return true;
    }
    for (int i = 0; i < trace.hosts.size(); ++i) {
        if (trace.hosts[i].name == text) {
            *point = atHost(i);
            return true;
        }
    }
    return false;
}

} // namespace tcplab
