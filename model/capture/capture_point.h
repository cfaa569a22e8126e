#pragma once

#include "capture/capture_encoder.h"
#include "trace/trace.h"

#include <QString>
#include <optional>

namespace tcplab {

// When and which way a capture point sees one segment.
struct CaptureSighting {
    SimTime time = 0;
    PacketDirection direction = PacketDirection::Unknown;
};

// Where a capture of a simulated run is taken (docs/captures.md):
// - at a host's interface: what the host sends, when it sends it, and what reaches the host,
//   when it arrives (also what the host then discards: the segment did reach its
//   interface). A segment lost in the network on its way there is never seen; a network
//   copy is seen at the receiver only (the network makes it after the sender's interface).
// - on the wire: a tap in the middle of the path, where the simulated network loses
//   segments. Every segment a host sends passes it once, half its undisturbed travel time
//   after it was sent; what the network then does to it (drop, delay, copy) happens past
//   the tap, so a segment dropped midway is seen there (on its sender's side of the loss)
//   and the network's extra copy is not.
class CapturePoint
{
public:
    enum class Kind { Host, Wire };

    static CapturePoint atHost(int host) { return CapturePoint(Kind::Host, host); }
    static CapturePoint onWire() { return CapturePoint(Kind::Wire, -1); }

    Kind kind() const { return m_kind; }
    int host() const { return m_host; }

    // The sighting, or nothing when the segment never passes this point.
    std::optional<CaptureSighting> sighting(const SegmentRecord &record) const;

    // "A" for a host, "wire" for the tap: the command line's spelling (--point).
    QString name(const Trace &trace) const;
    // Parses --point: a host name of the trace or "wire" (case-sensitive for hosts, like
    // the fault options). Returns false when the trace has no such host.
    static bool parse(const QString &text, const Trace &trace, CapturePoint *point);

private:
    CapturePoint(Kind kind, int host) : m_kind(kind), m_host(host) {}

    Kind m_kind;
    int m_host;
};

} // namespace tcplab
