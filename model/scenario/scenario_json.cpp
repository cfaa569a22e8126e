#include "scenario/scenario_json.h"

#include <QLocale>
#include <cmath>

namespace tcplab::ScenarioJson {

QString formatNumber(double v)
{
    if (v == std::floor(v) && std::fabs(v) < 1e15)
        return QString::number(static_cast<qint64>(v));
    return QString::number(v, 'g', QLocale::FloatingPointShortest);
}

QByteArray generatedBytes(qint64 n)
{
    QByteArray data(n, Qt::Uninitialized);
    for (qint64 i = 0; i < n; ++i)
        data[i] = static_cast<char>('a' + i % 26);
    return data;
}

bool isHostLevel(AppActionKind k)
{
    return k == AppActionKind::Crash || k == AppActionKind::Reboot || k == AppActionKind::Kill;
}

} // namespace tcplab::ScenarioJson
