#include "tcp/tcp_flags.h"

namespace tcplab {

namespace {
struct FlagName {
    TcpFlags bit;
    const char *name;
};
// Textbook order: the connection-management bits first, so a SYN,ACK reads as usual.
constexpr FlagName flagOrder[] = {
    {TcpFlag::Syn, "SYN"}, {TcpFlag::Fin, "FIN"}, {TcpFlag::Rst, "RST"}, {TcpFlag::Psh, "PSH"},
    {TcpFlag::Ack, "ACK"}, {TcpFlag::Urg, "URG"}, {TcpFlag::Ece, "ECE"}, {TcpFlag::Cwr, "CWR"},
};
} // namespace

QStringList tcpFlagNames(TcpFlags flags)
{
    QStringList names;
    for (const auto &f : flagOrder) {
        if (flags & f.bit)
            names << QString::fromLatin1(f.name);
    }
    return names;
}

QString tcpFlagsLabel(TcpFlags flags)
{
    return tcpFlagNames(flags).join(QLatin1Char(','));
}

TcpFlags tcpFlagFromName(const QString &name)
{
    for (const auto &f : flagOrder) {
        if (name.compare(QLatin1String(f.name), Qt::CaseInsensitive) == 0)
            return f.bit;
    }
    return 0;
}

} // namespace tcplab
