#include "capture/capture_encoder.h"

#include <QIODevice>

namespace tcplab {

namespace {

// Little-endian appenders.
void add16(QByteArray &out, uint16_t v)
{
    out.append(char(v));
    out.append(char(v >> 8));
}

void add32(QByteArray &out, uint32_t v)
{
    add16(out, uint16_t(v));
    add16(out, uint16_t(v >> 16));
}

void pad32(QByteArray &out)
{
    while (out.size() % 4)
        out.append('\0');
}

// pcapng option: code, length, value padded to 32 bits.
void addOption(QByteArray &out, uint16_t code, const QByteArray &value)
{
    add16(out, code);
    add16(out, uint16_t(value.size()));
    out += value;
    pad32(out);
}

void addEndOfOptions(QByteArray &out)
{
    add32(out, 0); // opt_endofopt: code 0, length 0
}

// A block: type, total length, body, total length again.
QByteArray block(uint32_t type, const QByteArray &body)
{
    QByteArray out;
    const auto total = uint32_t(12 + body.size());
    out.reserve(qsizetype(total));
    add32(out, type);
    add32(out, total);
    out += body;
    add32(out, total);
    return out;
}

constexpr uint32_t blockSectionHeader = 0x0A0D0D0A;
constexpr uint32_t blockInterfaceDescription = 0x00000001;
constexpr uint32_t blockEnhancedPacket = 0x00000006;
constexpr uint16_t optComment = 1;
constexpr uint16_t optShbUserApplication = 4;
constexpr uint16_t optIfName = 2;
constexpr uint16_t optIfDescription = 3;
constexpr uint16_t optIfTsresol = 9;
constexpr uint16_t optEpbFlags = 2;

// The libpcap file header's magic for microsecond timestamps.
constexpr uint32_t pcapMagicMicroseconds = 0xa1b2c3d4;

} // namespace

CaptureFormat captureFormatForPath(const QString &path)
{
    return path.endsWith(QLatin1String(".pcap"), Qt::CaseInsensitive) ? CaptureFormat::Pcap : CaptureFormat::Pcapng;
}

CaptureEncoder::CaptureEncoder(QIODevice *device, CaptureFormat format) : m_device(device), m_format(format) {}

bool CaptureEncoder::write(const QByteArray &bytes)
{
    if (m_ok && m_device->write(bytes) != bytes.size())
        m_ok = false;
    return m_ok;
}

bool CaptureEncoder::writeHeader(const CaptureFileHeader &header)
{
    if (m_format == CaptureFormat::Pcap) {
        QByteArray out;
        add32(out, pcapMagicMicroseconds);
        add16(out, 2); // version 2.4
        add16(out, 4);
        add32(out, 0); // thiszone: timestamps are UTC
        add32(out, 0); // sigfigs
        add32(out, header.snapLength);
        add32(out, header.linkType);
        return write(out);
    }

    QByteArray shb;
    add32(shb, 0x1A2B3C4D); // byte-order magic
    add16(shb, 1);          // version 1.0
    add16(shb, 0);
    add32(shb, 0xffffffff); // section length -1: not given
    add32(shb, 0xffffffff);
    for (const QString &comment : header.comments)
        addOption(shb, optComment, comment.toUtf8());
    if (!header.application.isEmpty())
        addOption(shb, optShbUserApplication, header.application.toUtf8());
    addEndOfOptions(shb);

    QByteArray idb;
    add16(idb, header.linkType);
    add16(idb, 0); // reserved
    add32(idb, header.snapLength);
    if (!header.interfaceName.isEmpty())
        addOption(idb, optIfName, header.interfaceName.toUtf8());
    if (!header.interfaceDescription.isEmpty())
        addOption(idb, optIfDescription, header.interfaceDescription.toUtf8());
    addOption(idb, optIfTsresol, QByteArray(1, char(6))); // 10^-6 s
    addEndOfOptions(idb);

    return write(block(blockSectionHeader, shb)) && write(block(blockInterfaceDescription, idb));
}

bool CaptureEncoder::writeFrame(int64_t timestampUs, const QByteArray &frame, PacketDirection direction,
                                const QString &comment)
{
    const auto seconds = uint32_t(timestampUs / 1000000);
    const auto micros = uint32_t(timestampUs % 1000000);
    const auto length = uint32_t(frame.size());
    if (m_format == CaptureFormat::Pcap) {
        QByteArray out;
        out.reserve(16 + frame.size());
        add32(out, seconds);
        add32(out, micros);
        add32(out, length); // captured length
        add32(out, length); // length on the wire
        out += frame;
        return write(out);
    }

    QByteArray epb;
    epb.reserve(20 + frame.size() + 64);
    const auto ticks = uint64_t(timestampUs);
    add32(epb, 0); // interface id
    add32(epb, uint32_t(ticks >> 32));
    add32(epb, uint32_t(ticks));
    add32(epb, length);
    add32(epb, length);
    epb += frame;
    pad32(epb);
    const bool hasOptions = direction != PacketDirection::Unknown || !comment.isEmpty();
    if (!comment.isEmpty())
        addOption(epb, optComment, comment.toUtf8());
    if (direction != PacketDirection::Unknown) {
        QByteArray flags;
        add32(flags, direction == PacketDirection::Inbound ? 1u : 2u);
        addOption(epb, optEpbFlags, flags);
    }
    if (hasOptions)
        addEndOfOptions(epb);
    return write(block(blockEnhancedPacket, epb));
}

} // namespace tcplab
