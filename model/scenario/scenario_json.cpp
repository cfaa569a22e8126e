#include "scenario/scenario_json.h"

#include <QLocale>
#include <QRegularExpression>
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

QString shown(const QString &text)
{
    constexpr int maxShown = 60;
    QString out;
    int count = 0;
    for (const QChar c : text) {
        if (count == maxShown) {
            out += QStringLiteral("…");
            break;
        }
        ++count;
        switch (c.unicode()) {
        case '\n': out += QLatin1String("\\n"); break;
        case '\r': out += QLatin1String("\\r"); break;
        case '\t': out += QLatin1String("\\t"); break;
        default:
            if (c.category() == QChar::Other_Control || c == QChar::LineSeparator
                || c == QChar::ParagraphSeparator)
                out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
            else
                out += c;
        }
    }
    return out;
}

QString keyInPath(const QString &key)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_-]+$"));
    if (shown(key) == key && plain.match(key).hasMatch())
        return key;
    return QLatin1Char('"') + shown(key) + QLatin1Char('"');
}

std::optional<SimTime> simTimeFromMicroseconds(double us)
{
    // Every double below 2^63 in magnitude rounds to a value int64 holds: doubles that large
    // are spaced 1024 apart, so none lies within half a unit of the edge.
    constexpr double limit = 9223372036854775808.0; // 2^63, exact as a double
    if (!std::isfinite(us) || us >= limit || us < -limit)
        return std::nullopt;
    return static_cast<SimTime>(std::llround(us));
}

bool isHostLevel(AppActionKind k)
{
    return k == AppActionKind::Crash || k == AppActionKind::Reboot || k == AppActionKind::Kill
        || k == AppActionKind::Inject;
}

} // namespace tcplab::ScenarioJson
