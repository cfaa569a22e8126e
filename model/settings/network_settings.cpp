#include "settings/network_settings.h"

#include <QLocale>
#include <cmath>

namespace tcplab {

namespace {

// One-way delays and jitter up to ten minutes: enough for any lesson, small enough that
// the arithmetic never overflows.
constexpr double maxDelayMs = 600000;

const LinkSettings *findLink(const QList<LinkSettings> &links, const QString &from,
                             const QString &to)
{
    for (const LinkSettings &l : links) {
        if (l.from == from && l.to == to)
            return &l;
    }
    return nullptr;
}

// Shortest exact spelling; whole numbers without an exponent ("600000", not "6e+05").
QString formatNumber(double v)
{
    if (v == std::floor(v) && std::fabs(v) < 1e15)
        return QString::number(static_cast<qint64>(v));
    return QString::number(v, 'g', QLocale::FloatingPointShortest);
}

QString formatMs(SimTime us)
{
    return formatNumber(static_cast<double>(us) / usPerMs);
}

// "delay_ms.A>B" → base "delay_ms", from "A", to "B".
bool splitLinkKey(const QString &key, QString *base, QString *from, QString *to)
{
    const int dot = key.indexOf(QLatin1Char('.'));
    if (dot < 0)
        return false;
    const QString hosts = key.mid(dot + 1);
    const int arrow = hosts.indexOf(QLatin1Char('>'));
    if (arrow < 0)
        return false;
    *base = key.left(dot);
    *from = hosts.left(arrow);
    *to = hosts.mid(arrow + 1);
    return true;
}

bool parseDelay(const QString &key, const QString &value, SimTime *out, QString *error)
{
    bool ok = false;
    const double d = value.trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(d)) {
        *error = QStringLiteral("%1: '%2' is not a number").arg(key, value);
        return false;
    }
    if (d < 0 || d > maxDelayMs) {
        *error = QStringLiteral("%1: must be between 0 and %2").arg(key, formatNumber(maxDelayMs));
        return false;
    }
    *out = static_cast<SimTime>(std::llround(d * usPerMs));
    return true;
}

bool parseLoss(const QString &key, const QString &value, double *out, QString *error)
{
    bool ok = false;
    const double d = value.trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(d)) {
        *error = QStringLiteral("%1: '%2' is not a number").arg(key, value);
        return false;
    }
    if (d < 0 || d > 1) {
        *error = QStringLiteral("%1: must be between 0 and 1").arg(key);
        return false;
    }
    *out = d;
    return true;
}

} // namespace

SimTime NetworkSettings::delayFor(const QString &from, const QString &to) const
{
    const LinkSettings *l = findLink(links, from, to);
    return l && l->delay >= 0 ? l->delay : delay;
}

double NetworkSettings::lossFor(const QString &from, const QString &to) const
{
    const LinkSettings *l = findLink(links, from, to);
    return l && l->loss >= 0 ? l->loss : loss;
}

QStringList NetworkSettings::keys()
{
    return {QStringLiteral("delay_ms"), QStringLiteral("jitter_ms"), QStringLiteral("loss"),
            QStringLiteral("seed")};
}

bool NetworkSettings::set(const QString &key, const QString &value, QString *errorOut)
{
    QString error;
    bool ok = false;
    if (key == QLatin1String("delay_ms")) {
        ok = parseDelay(key, value, &delay, &error);
    } else if (key == QLatin1String("jitter_ms")) {
        ok = parseDelay(key, value, &jitter, &error);
    } else if (key == QLatin1String("loss")) {
        ok = parseLoss(key, value, &loss, &error);
    } else if (key == QLatin1String("seed")) {
        const qulonglong s = value.trimmed().toULongLong(&ok);
        if (ok)
            seed = s;
        else
            error = QStringLiteral("%1: '%2' is not a whole number between 0 and "
                                   "18446744073709551615")
                        .arg(key, value);
    } else {
        QString base, from, to;
        if (!splitLinkKey(key, &base, &from, &to)
            || (base != QLatin1String("delay_ms") && base != QLatin1String("loss"))) {
            error = QStringLiteral("%1: unknown setting").arg(key);
        } else if (from.isEmpty() || to.isEmpty() || from == to) {
            error = QStringLiteral("%1: expected two different host names, e.g. %2.A>B")
                        .arg(key, base);
        } else {
            // "default" removes the override, so a link can go back to the network's value.
            const bool reset = value.trimmed() == QLatin1String("default");
            SimTime d = -1;
            double l = -1;
            if (base == QLatin1String("delay_ms"))
                ok = reset || parseDelay(key, value, &d, &error);
            else
                ok = reset || parseLoss(key, value, &l, &error);
            if (ok) {
                int index = -1;
                for (int i = 0; i < links.size(); ++i) {
                    if (links[i].from == from && links[i].to == to)
                        index = i;
                }
                if (index < 0) {
                    links.append(LinkSettings{from, to, -1, -1});
                    index = links.size() - 1;
                }
                if (base == QLatin1String("delay_ms"))
                    links[index].delay = d;
                else
                    links[index].loss = l;
                if (links[index].delay < 0 && links[index].loss < 0)
                    links.removeAt(index);
            }
        }
    }
    if (!ok && errorOut)
        *errorOut = error;
    return ok;
}

QString NetworkSettings::value(const QString &key) const
{
    if (key == QLatin1String("delay_ms"))
        return formatMs(delay);
    if (key == QLatin1String("jitter_ms"))
        return formatMs(jitter);
    if (key == QLatin1String("loss"))
        return formatNumber(loss);
    if (key == QLatin1String("seed"))
        return QString::number(static_cast<qulonglong>(seed));
    QString base, from, to;
    if (!splitLinkKey(key, &base, &from, &to))
        return QString();
    // A link's effective value: its override, else the network default.
    if (base == QLatin1String("delay_ms"))
        return formatMs(delayFor(from, to));
    if (base == QLatin1String("loss"))
        return formatNumber(lossFor(from, to));
    return QString();
}

} // namespace tcplab
