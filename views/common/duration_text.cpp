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

// Decimals of a second that show a resolution: 1 s → 0, 100 ms → 1, 10 ms → 2, …
int secondDecimals(SimTime resolution)
{
    int decimals = 0;
    for (SimTime s = usPerSecond; s > resolution && decimals < 6; s /= 10)
        ++decimals;
    return decimals;
}

// "2 h 0 min 0.35 s", "5 min 7 s": every unit from the largest present down to seconds,
// the seconds to `decimals` places (trailing zeros trimmed, as elsewhere).
QString hoursMinutesSeconds(SimTime t, int decimals)
{
    SimTime scale = 1;
    for (int i = 0; i < 6 - decimals; ++i)
        scale *= 10;
    const SimTime rounded = (t + scale / 2) / scale * scale; // to the shown resolution
    const SimTime h = rounded / (3600 * usPerSecond);
    const SimTime m = (rounded / (60 * usPerSecond)) % 60;
    const SimTime us = rounded % (60 * usPerSecond);
    const QString seconds = number(double(us) / usPerSecond, decimals);
    if (h > 0)
        return QStringLiteral("%1 h %2 min %3 s").arg(h).arg(m).arg(seconds);
    return QStringLiteral("%1 min %2 s").arg(m).arg(seconds);
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

QString durationText(SimTime d, SimTime resolution)
{
    if (d < 0)
        return QStringLiteral("-") + durationText(-d, resolution);
    if (d < 120 * usPerSecond)
        return durationText(d);
    return hoursMinutesSeconds(d, secondDecimals(std::max<SimTime>(1, resolution)));
}

QString timePointText(SimTime t, SimTime resolution)
{
    const int decimals = secondDecimals(std::max<SimTime>(1, resolution));
    if (t < 0)
        return QStringLiteral("-") + timePointText(-t, resolution);
    if (t < 120 * usPerSecond)
        return QStringLiteral("%1 s").arg(double(t) / usPerSecond, 0, 'f', decimals);
    return hoursMinutesSeconds(t, decimals);
}

} // namespace tcplab
