#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <cstdint>

class QIODevice;

namespace tcplab {

// The two file formats Wireshark and tcpdump read: the classic libpcap format and pcapng
// (the IETF draft "PCAP Next Generation Dump File Format"), which also carries comments.
enum class CaptureFormat { Pcap, Pcapng };
// ".pcap" (any case) is the classic format; everything else is written as pcapng, the
// format Wireshark saves by default.
CaptureFormat captureFormatForPath(const QString &path);

// Which way a frame crossed the interface it was captured on (pcapng epb_flags bits 0–1).
enum class PacketDirection { Unknown, Inbound, Outbound };

// What the file says about itself and its one interface.
struct CaptureFileHeader {
    uint16_t linkType = 1;           // LINKTYPE_ETHERNET
    uint32_t snapLength = 262144;    // what tcpdump uses by default
    QStringList comments;            // pcapng only: one shb_comment option each
    QString application;             // pcapng only: shb_userappl ("tcplab 0.1.0")
    QString interfaceName;           // pcapng only: if_name
    QString interfaceDescription;    // pcapng only: if_description
};

// Writes a capture file block by block to a device, so a file of a million packets is
// never held in memory. Every field is written little-endian: both formats let the
// writer choose, and readers detect the byte order from the magic number. Timestamps are
// microseconds since the Unix epoch (pcapng if_tsresol 6, the default).
class CaptureEncoder
{
public:
    CaptureEncoder(QIODevice *device, CaptureFormat format);

    CaptureFormat format() const { return m_format; }

    // The file header (pcap) or section header and interface description (pcapng).
    bool writeHeader(const CaptureFileHeader &header);
    // One frame: a pcap record, or a pcapng enhanced packet block with the direction and
    // the comment (epb_flags, opt_comment) when given.
    bool writeFrame(int64_t timestampUs, const QByteArray &frame, PacketDirection direction = PacketDirection::Unknown,
                    const QString &comment = QString());
    // False once any write has failed (disk full, closed device).
    bool ok() const { return m_ok; }

private:
    bool write(const QByteArray &bytes);

    QIODevice *m_device;
    CaptureFormat m_format;
    bool m_ok = true;
};

} // namespace tcplab
