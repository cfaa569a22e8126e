#include "capture/capture_writer.h"

#include "capture/packet_builder.h"

#include <QCoreApplication>
#include <QSaveFile>

#include <algorithm>

namespace tcplab {

namespace {

QString formatDelta(SimTime us)
{
    if (us != 0 && us % usPerSecond == 0)
        return QStringLiteral("%1s").arg(us / usPerSecond);
    if (us % usPerMs == 0)
        return QStringLiteral("%1ms").arg(us / usPerMs);
    return QStringLiteral("%1us").arg(us);
}

QString senderKey(const Trace &trace, const SegmentRecord &rec)
{
    return QStringLiteral("%1#%2").arg(trace.hostName(rec.fromHost)).arg(rec.senderOrdinal);
}

MacAddress macOfHost(const Trace &trace, int host, uint32_t fallback)
{
    return PacketBuilder::macFor(host >= 0 && host < trace.hosts.size() ? trace.hosts[host].address : fallback);
}

} // namespace

CaptureWriter::CaptureWriter(const Trace &trace) : m_trace(trace) {}

uint16_t CaptureWriter::ipIdentification(const SegmentRecord &rec)
{
    // 1 … 65535: some readers take ID 0 for "not set".
    return uint16_t((std::max(rec.senderOrdinal, 1) - 1) % 65535 + 1);
}

QString CaptureWriter::segmentComment(const Trace &trace, const SegmentRecord &rec)
{
    const QString key = senderKey(trace, rec);
    if (rec.kind == SegmentKind::Duplicate)
        return QStringLiteral("%1: the network's extra copy (fault plan: duplicate)").arg(key);
    if (rec.dropped) {
        if (rec.droppedAt < rec.arrivesAt) {
            return rec.dropReason == DropReason::Fault
                ? QStringLiteral("%1: dropped midway by the fault plan").arg(key)
                : QStringLiteral("%1: lost midway (%2)").arg(key, dropReasonName(rec.dropReason));
        }
        return QStringLiteral("%1: reached %2 and was dropped there (%3)")
            .arg(key, trace.hostName(rec.toHost), dropReasonName(rec.dropReason));
    }
    if (rec.fault == FaultKind::Delay)
        return QStringLiteral("%1: delayed +%2 by the fault plan").arg(key, formatDelta(rec.faultDelta));
    if (rec.fault == FaultKind::Duplicate)
        return QStringLiteral("%1: the network delivers an extra copy %2 later (fault plan)")
            .arg(key, formatDelta(rec.faultDelta));
    return QString();
}

QList<int> CaptureWriter::visibleSegments() const
{
    struct Seen {
        SimTime time;
        int id;
    };
    QList<Seen> seen;
    for (const SegmentRecord &rec : m_trace.segments) {
        if (const auto s = m_point.sighting(rec))
            seen.append({s->time, rec.id});
    }
    // In time order; at the same instant in the order the simulation made them (an arrival
    // before the answer it caused).
    std::stable_sort(seen.begin(), seen.end(), [](const Seen &a, const Seen &b) { return a.time < b.time; });
    QList<int> ids;
    ids.reserve(seen.size());
    for (const Seen &s : seen)
        ids.append(s.id);
    return ids;
}

bool CaptureWriter::writeTo(QIODevice *device) const
{
    CaptureEncoder encoder(device, m_format);
    CaptureFileHeader header;
    if (!m_description.title.isEmpty())
        header.comments << m_description.title;
    header.comments += m_description.notes;
    const QString pointName = m_point.name(m_trace);
    if (m_point.kind() == CapturePoint::Kind::Host) {
        const QString name = m_trace.hostName(m_point.host());
        const QString address = m_trace.hostAddress(m_point.host());
        header.comments << QStringLiteral("Capture point: %1 %2 (the host's interface)").arg(name, address);
        header.interfaceDescription = QStringLiteral("tcplab: the interface of host %1 (%2)").arg(name, address);
    } else {
        header.comments << QStringLiteral("Capture point: wire (a tap in the middle of the path)");
        header.interfaceDescription = QStringLiteral("tcplab: a tap in the middle of the path");
    }
    header.comments << QStringLiteral("Time: the run's virtual time from 2022-08-18 00:00:00 UTC");
    header.interfaceName = pointName;
    header.application = QStringLiteral("tcplab %1").arg(QCoreApplication::applicationVersion().isEmpty()
                                                             ? QStringLiteral("0.1.0")
                                                             : QCoreApplication::applicationVersion());
    if (!encoder.writeHeader(header))
        return false;

    for (const int id : visibleSegments()) {
        const SegmentRecord &rec = m_trace.segments[id];
        const auto sighting = m_point.sighting(rec);
        const QByteArray frame = PacketBuilder::ethernetFrame(
            rec.segment, ipIdentification(rec), macOfHost(m_trace, rec.fromHost, rec.segment.source.address),
            macOfHost(m_trace, rec.toHost, rec.segment.destination.address));
        if (!encoder.writeFrame(captureEpochUs + sighting->time, frame, sighting->direction,
                                segmentComment(m_trace, rec)))
            return false;
    }
    return encoder.ok();
}

bool CaptureWriter::write(const QString &path, QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = QStringLiteral("%1: %2").arg(path, file.errorString());
        return false;
    }
    if (!writeTo(&file)) {
        *error = QStringLiteral("%1: %2").arg(path, file.errorString());
        file.cancelWriting();
        return false;
    }
    if (!file.commit()) {
        *error = QStringLiteral("%1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace tcplab
