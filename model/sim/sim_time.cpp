#include "sim/sim_time.h"

#include <QRegularExpression>
#include <cmath>

namespace tcplab {

QString formatSimTime(SimTime t)
{
    const char *sign = t < 0 ? "-" : "";
    const SimTime a = t < 0 ? -t : t;
    return QString::asprintf("%s%lld.%06lld", sign, static_cast<long long>(a / usPerSecond),
                             static_cast<long long>(a % usPerSecond));
}

bool parseDuration(const QString &text, SimTime *out)
{
    static const QRegularExpression re(
        QStringLiteral("^\\s*([0-9]+(?:\\.[0-9]+)?)\\s*(us|ms|s|min|h)?\\s*$"));
    const auto m = re.match(text);
    if (!m.hasMatch())
        return false;
    const double value = m.captured(1).toDouble();
    const QString unit = m.captured(2);
    double us = 0;
    if (unit == QLatin1String("us"))
        us = value;
    else if (unit.isEmpty() || unit == QLatin1String("ms"))
        us = value * 1e3;
    else if (unit == QLatin1String("s"))
        us = value * 1e6;
    else if (unit == QLatin1String("min"))
        us = value * 60e6;
    else
        us = value * 3600e6;
    if (us > 9.0e17)
        return false;
    *out = static_cast<SimTime>(std::llround(us));
    return true;
}

} // namespace tcplab
