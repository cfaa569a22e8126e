#include "capture/capture_reader.h"

#include "capture/packet_decoder.h"

#include <QFile>

#include <pcap/pcap.h>
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
        packet.timestampUs = int64_t(header->ts.tv_sec) * 1000000 + int64_t(header->ts.tv_usec);
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
