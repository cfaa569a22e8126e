#include "capture/capture_reader.h"

#include "capture/packet_decoder.h"

#include <QFile>

#include <pcap/pcap.h>
#include <algorithm>
#include <cstdio>

namespace tcplab {

namespace {

bool readAll(pcap_t *pcap, const CaptureReader::PacketHandler &handler, CaptureReadStats *stats)
{
    *stats = CaptureReadStats();
    stats->linkType = pcap_datalink(pcap);
    const bool supported = PacketDecoder::supportsLinkType(stats->linkType);
    DecodedPacket packet;
    pcap_pkthdr *header = nullptr;
    const u_char *data = nullptr;
    for (;;) {
        const int r = pcap_next_ex(pcap, &header, &data);
        if (r == PCAP_ERROR_BREAK) // -2: the end of the file
            break;
        if (r != 1) {
            stats->stoppedEarly = QString::fromLocal8Bit(pcap_geterr(pcap));
            break;
        }
        const PacketVerdict verdict = supported
            ? PacketDecoder::decode(stats->linkType, data, header->caplen, header->len, &packet)
            : PacketVerdict::UnsupportedLinkType;
        stats->count(verdict);
        if (verdict != PacketVerdict::Tcp)
            continue;
        packet.frameNumber = stats->frames;
        // A damaged pcapng timestamp can be anything; within ±2^40 s (35,000 years) every
        // difference and sum of times stays far inside 64 bits.
        constexpr int64_t limit = int64_t(1) << 40;
        const int64_t seconds = std::clamp<int64_t>(header->ts.tv_sec, -limit, limit);
        packet.timestampUs = seconds * 1000000 + std::clamp<int64_t>(header->ts.tv_usec, 0, 999999);
        if (packet.payloadCut())
            ++stats->payloadCut;
        handler(packet);
    }
    pcap_close(pcap);
    return true;
}

} // namespace

bool CaptureReader::readFile(const QString &path, const PacketHandler &handler, CaptureReadStats *stats,
                             QString *error)
{
    char message[PCAP_ERRBUF_SIZE] = {};
    pcap_t *pcap = pcap_open_offline_with_tstamp_precision(QFile::encodeName(path).constData(),
                                                           PCAP_TSTAMP_PRECISION_MICRO, message);
    if (!pcap) {
        *error = QStringLiteral("%1: not a capture libpcap can read (%2)").arg(path, QString::fromLocal8Bit(message));
        return false;
    }
    return readAll(pcap, handler, stats);
}

bool CaptureReader::readBytes(const QByteArray &bytes, const PacketHandler &handler, CaptureReadStats *stats,
                              QString *error)
{
    if (bytes.isEmpty()) {
        *error = QStringLiteral("an empty file is not a capture");
        return false;
    }
    // fmemopen reads the bytes as a FILE, which libpcap then owns and closes.
    FILE *file = fmemopen(const_cast<char *>(bytes.constData()), size_t(bytes.size()), "rb");
    if (!file) {
        *error = QStringLiteral("cannot read the capture from memory");
        return false;
    }
    char message[PCAP_ERRBUF_SIZE] = {};
    pcap_t *pcap = pcap_fopen_offline_with_tstamp_precision(file, PCAP_TSTAMP_PRECISION_MICRO, message);
    if (!pcap) {
        std::fclose(file);
        *error = QStringLiteral("not a capture libpcap can read (%1)").arg(QString::fromLocal8Bit(message));
        return false;
    }
    return readAll(pcap, handler, stats);
}

} // namespace tcplab
