#include "common/duration_text.h"

#include <QLocale>

namespace tcplab {

namespace {
QString number(double v, int decimals)
{
    QString s = QString::number(v, 'f', decimals);
    if (s.contains(QLatin1Char('.'))) {
        while (s.endsWith(QLatin1Char('0')))
            s.chop(1);
        if (s.endsWith(QLatin1Char('.')))
            s.chop(1);
    }
    return s;
}
} // namespace

QString durationText(SimTime d)
{
    const QString sign = d < 0 ? QStringLiteral("-") : QString();
    if (d < 0)
        d = -d;
    if (d < usPerMs)
        return sign + QStringLiteral("%1 µs").arg(d);
    if (d < usPerSecond)
        return sign + QStringLiteral("%1 ms").arg(number(double(d) / usPerMs, d < 10 * usPerMs ? 2 : 1));
    if (d < 120 * usPerSecond)
        return sign + QStringLiteral("%1 s").arg(number(double(d) / usPerSecond, d < 10 * usPerSecond ? 2 : 1));
    const SimTime totalSeconds = (d + usPerSecond / 2) / usPerSecond;
    const SimTime h = totalSeconds / 3600;
    const SimTime m = (totalSeconds % 3600) / 60;
    const SimTime s = totalSeconds % 60;
    QString out = sign;
    if (h)
        out += QStringLiteral("%1 h").arg(h);
    if (m)
        out += (out.size() > sign.size() ? QStringLiteral(" ") : QString()) + QStringLiteral("%1 min").arg(m);
    if (s && !h)
        out += (out.size() > sign.size() ? QStringLiteral(" ") : QString()) + QStringLiteral("%1 s").arg(s);
    return out;
}

} // namespace tcplab
