#pragma once

#include "capture/capture_read_stats.h"
#include "capture/decoded_packet.h"

#include <QByteArray>
#include <QString>
#include <functional>

namespace tcplab {

// Reads pcap and pcapng files with libpcap (pcap_open_offline tells the formats apart)
// and hands every TCP segment to a handler, in file order, one at a time: a file of any
// size is read in constant memory. What is not a usable TCP segment is counted in the
// stats and skipped (PacketDecoder).
class CaptureReader
{
public:
    // The packet, and its payloadData, are valid only during the call.
    using PacketHandler = std::function<void(const DecodedPacket &)>;

    // False with *error set when the file cannot be opened or is not a capture at all. A
    // file that ends inside a record still returns true: what came before is used and
    // stats->stoppedEarly says why it stopped.
    static bool readFile(const QString &path, const PacketHandler &handler, CaptureReadStats *stats, QString *error);
    // The same for a capture held in memory (tests, the fuzz test).
    static bool readBytes(const QByteArray &bytes, const PacketHandler &handler, CaptureReadStats *stats,
                          QString *error);
};

} // namespace tcplab
