#include "capture/capture_read_stats.h"

#include <QStringList>

namespace tcplab {

void CaptureReadStats::count(PacketVerdict verdict)
{
    ++frames;
    switch (verdict) {
    case PacketVerdict::Tcp: ++tcp; break;
    case PacketVerdict::NotTcp: ++notTcp; break;
    case PacketVerdict::Truncated: ++truncated; break;
    case PacketVerdict::Fragment: ++fragments; break;
    case PacketVerdict::BadTcpOptions: ++badTcpOptions; break;
    case PacketVerdict::UnsupportedLinkType: ++unsupportedLinkType; break;
    }
}

QString CaptureReadStats::summary() const
{
    QStringList parts;
    if (notTcp)
        parts << (notTcp == 1 ? QStringLiteral("1 packet was not TCP") : QStringLiteral("%1 packets were not TCP").arg(notTcp));
    if (truncated)
        parts << QStringLiteral("%1 truncated").arg(truncated);
    if (fragments)
        parts << (fragments == 1 ? QStringLiteral("1 IP fragment") : QStringLiteral("%1 IP fragments").arg(fragments));
    if (badTcpOptions)
        parts << QStringLiteral("%1 with impossible TCP option lengths").arg(badTcpOptions);
    if (unsupportedLinkType)
        parts << QStringLiteral("%1 on a link type tcplab does not read (DLT %2)").arg(unsupportedLinkType).arg(linkType);
    if (payloadCut)
        parts << QStringLiteral("%1 kept with the payload cut short by the snap length").arg(payloadCut);
    if (!stoppedEarly.isEmpty())
        parts << QStringLiteral("reading stopped early: %1").arg(stoppedEarly);
    return parts.join(QStringLiteral("; "));
}

} // namespace tcplab
