#pragma once

#include "capture/decoded_packet.h"

#include <QString>
#include <cstdint>

namespace tcplab {

// How many frames a capture held and why those that are not usable TCP segments were
// skipped, so a reader is told what it is not seeing.
struct CaptureReadStats {
    int64_t frames = 0;
    int64_t tcp = 0;
    int64_t notTcp = 0;
    int64_t truncated = 0;
    int64_t fragments = 0;
    int64_t badTcpOptions = 0;
    int64_t unsupportedLinkType = 0;
    int64_t payloadCut = 0; // TCP segments kept whose payload the snap length cut short
    int linkType = -1;      // the file's link type (libpcap DLT number)
    QString stoppedEarly;   // libpcap's words when the file ended inside a record

    void count(PacketVerdict verdict);
    int64_t skipped() const { return frames - tcp; }

    // "412 packets were not TCP; 3 truncated", or "" when every frame was a usable TCP
    // segment. English, the command line's language; the window words its own sentence
    // from the numbers.
    QString summary() const;
};

} // namespace tcplab
