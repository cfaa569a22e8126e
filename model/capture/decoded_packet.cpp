#include "capture/decoded_packet.h"

namespace tcplab {

QByteArray DecodedPacket::payloadBytes() const
{
    QByteArray bytes(qsizetype(payloadLength), '\0');
    if (payloadCaptured > 0 && payloadData)
        std::copy(payloadData, payloadData + payloadCaptured, bytes.begin());
    return bytes;
}

} // namespace tcplab
