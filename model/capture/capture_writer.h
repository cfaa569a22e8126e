#pragma once

#include "capture/capture_description.h"
#include "capture/capture_encoder.h"
#include "capture/capture_point.h"
#include "trace/trace.h"

#include <QString>

class QIODevice;

namespace tcplab {

// Saves a run as a capture file Wireshark opens: every segment the capture point sees
// (CapturePoint) as a real Ethernet/IPv4/TCP frame with correct checksums, stamped with
// the virtual time counted from a fixed epoch (captureEpochUs). pcapng files also carry
// the scenario's title and fault plan (section comments), the capture point (interface
// name and description), each frame's direction at a host, and what the fault plan or
// the network did to a segment (packet comments).
//
// Link type: Ethernet, with made-up locally administered MACs that embed the IPv4 address
// (PacketBuilder::macFor). Wireshark decodes raw-IP captures just as well, but Ethernet is
// what learners meet in every capture they take themselves, every tool reads it (raw IP
// has two link-type numbers in the wild), and its MAC columns show at a glance which host
// put the frame on the link, even for a forged source address.
class CaptureWriter
{
public:
    // Virtual time zero is 2022-08-18 00:00:00 UTC, the day RFC 9293 was published: a fixed
    // instant, so the same run gives the same file, and time 0.010000 of the trace reads
    // as 00:00:00.010000 in Wireshark.
    static constexpr int64_t captureEpochSeconds = 1660780800;
    static constexpr int64_t captureEpochUs = captureEpochSeconds * 1000000;

    explicit CaptureWriter(const Trace &trace);

    void setPoint(const CapturePoint &point) { m_point = point; }
    void setFormat(CaptureFormat format) { m_format = format; }
    void setDescription(const CaptureDescription &description) { m_description = description; }
    CapturePoint point() const { return m_point; }

    // The ids of the segments the point sees, in the order they are written.
    QList<int> visibleSegments() const;
    // Writes the whole file to an open device. False when a write failed.
    bool writeTo(QIODevice *device) const;
    // Writes the file atomically: a temporary file, renamed over `path` only when every
    // byte was written (QSaveFile). On failure returns false with *error set.
    bool write(const QString &path, QString *error) const;

    // The IPv4 identification of a segment: its sender's count of segments, so a network
    // copy carries its original's ID and a retransmission a new one.
    static uint16_t ipIdentification(const SegmentRecord &record);
    // The packet comment for what the fault plan or the network did to the segment, or "".
    static QString segmentComment(const Trace &trace, const SegmentRecord &record);

private:
    const Trace &m_trace;
    CapturePoint m_point = CapturePoint::onWire();
    CaptureFormat m_format = CaptureFormat::Pcapng;
    CaptureDescription m_description;
};

} // namespace tcplab
