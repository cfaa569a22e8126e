#include "tcp/segment.h"

#include <QStringList>

namespace tcplab {

QString formatIpv4(uint32_t a)
{
    return QStringLiteral("%1.%2.%3.%4")
        .arg((a >> 24) & 0xff)
        .arg((a >> 16) & 0xff)
        .arg((a >> 8) & 0xff)
        .arg(a & 0xff);
}

bool parseIpv4(const QString &text, uint32_t *address)
{
    const QStringList parts = text.split(QLatin1Char('.'));
    if (parts.size() != 4)
        return false;
    uint32_t value = 0;
    for (const QString &p : parts) {
        bool ok = false;
        const uint n = p.toUInt(&ok);
        if (!ok || n > 255 || p.isEmpty() || p.size() > 3)
            return false;
        value = (value << 8) | n;
    }
    *address = value;
    return true;
}

uint32_t Segment::sequenceLength() const
{
    return length() + (has(TcpFlag::Syn) ? 1 : 0) + (has(TcpFlag::Fin) ? 1 : 0);
}

QString Segment::summary() const
{
    QString s = tcpFlagsLabel(flags);
    if (s.isEmpty())
        s = QStringLiteral("<none>");
    s += QStringLiteral(" seq=%1").arg(seq);
    if (has(TcpFlag::Ack))
        s += QStringLiteral(" ack=%1").arg(ack);
    if (!payload.isEmpty())
        s += QStringLiteral(" len=%1").arg(payload.size());
    s += QStringLiteral(" win=%1").arg(window);
    if (mss)
        s += QStringLiteral(" mss=%1").arg(mss);
    if (keepaliveProbe)
        s += QStringLiteral(" (keepalive)");
    return s;
}

} // namespace tcplab
