#include "settings/protocol_settings.h"

#include <QLocale>
#include <cmath>

namespace tcplab {

namespace {

struct VariantName {
    ProtocolVariant variant;
    const char *name;
};
constexpr VariantName variantNames[] = {
    {ProtocolVariant::Standard, "standard"},
    {ProtocolVariant::TwoWayHandshake, "two-way-handshake"},
    {ProtocolVariant::NoTimeWait, "no-time-wait"},
};

enum class Kind { Variant, Integer, Time, Bool };

// One row per setting, shared by keys(), set() and value(), so the three can never disagree.
// Time settings are stored in microseconds and spelled in the key's unit (µs per unit in
// `unit`); their range is given in that unit.
struct Setting {
    const char *key;
    Kind kind;
    int ProtocolSettings::*integer = nullptr;
    SimTime ProtocolSettings::*time = nullptr;
    bool ProtocolSettings::*flag = nullptr;
    SimTime unit = 1;
    double min = 0;
    double max = 0;
};

using PS = ProtocolSettings;

Setting integerSetting(const char *key, int PS::*m, int min, int max)
{
    Setting s{key, Kind::Integer};
    s.integer = m;
    s.min = min;
    s.max = max;
    return s;
}

Setting timeSetting(const char *key, SimTime PS::*m, SimTime unit, double min, double max)
{
    Setting s{key, Kind::Time};
    s.time = m;
    s.unit = unit;
    s.min = min;
    s.max = max;
    return s;
}

Setting boolSetting(const char *key, bool PS::*m)
{
    Setting s{key, Kind::Bool};
    s.flag = m;
    return s;
}

const QList<Setting> &settingTable()
{
    static const QList<Setting> table = {
        Setting{"variant", Kind::Variant},
        timeSetting("rto_initial_ms", &PS::rtoInitial, usPerMs, 1, 3600000),
        timeSetting("rto_min_ms", &PS::rtoMin, usPerMs, 1, 3600000),
        timeSetting("rto_max_ms", &PS::rtoMax, usPerMs, 1, 3600000),
        integerSetting("syn_retries", &PS::synRetries, 0, 255),
        integerSetting("synack_retries", &PS::synAckRetries, 0, 255),
        integerSetting("data_retries", &PS::dataRetries, 0, 255),
        integerSetting("syn_linear_timeouts", &PS::synLinearTimeouts, 0, 255),
        timeSetting("msl_s", &PS::msl, usPerSecond, 0, 3600),
        timeSetting("fin_wait2_timeout_s", &PS::finWait2Timeout, usPerSecond, 0, 86400),
        boolSetting("keepalive", &PS::keepalive),
        timeSetting("keepalive_idle_s", &PS::keepaliveIdle, usPerSecond, 0.001, 86400),
        timeSetting("keepalive_interval_s", &PS::keepaliveInterval, usPerSecond, 0.001, 86400),
        integerSetting("keepalive_probes", &PS::keepaliveProbes, 1, 255),
        boolSetting("delayed_ack", &PS::delayedAck),
        // RFC 1122 §4.2.3.2: an ACK must not be delayed by more than 0.5 s.
        timeSetting("delayed_ack_ms", &PS::delayedAckTimeout, usPerMs, 1, 500),
        integerSetting("backlog", &PS::backlog, 1, 65535),
        boolSetting("syn_cookies", &PS::synCookies),
        // The 16-bit window field without window scaling (RFC 9293 §3.1).
        integerSetting("window", &PS::window, 1, 65535),
        boolSetting("time_wait_assassination", &PS::timeWaitAssassination),
        boolSetting("time_wait_accepts_new_syn", &PS::timeWaitAcceptsNewSyn),
    };
    return table;
}

const Setting *findSetting(const QString &key)
{
    for (const Setting &s : settingTable()) {
        if (key == QLatin1String(s.key))
            return &s;
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

// Microseconds as a decimal number of `unit`, without trailing zeros ("1.5", "200").
QString formatInUnit(SimTime us, SimTime unit)
{
    const bool negative = us < 0;
    const SimTime a = negative ? -us : us;
    QString s = QString::number(a / unit);
    SimTime frac = a % unit;
    if (frac) {
        int digits = 0;
        for (SimTime u = unit; u > 1; u /= 10)
            ++digits;
        QString f = QString::number(frac).rightJustified(digits, QLatin1Char('0'));
        while (f.endsWith(QLatin1Char('0')))
            f.chop(1);
        s += QLatin1Char('.') + f;
    }
    return negative ? QLatin1Char('-') + s : s;
}

bool parseBool(const QString &text, bool *out)
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("true") || t == QLatin1String("1") || t == QLatin1String("on")
        || t == QLatin1String("yes")) {
        *out = true;
        return true;
    }
    if (t == QLatin1String("false") || t == QLatin1String("0") || t == QLatin1String("off")
        || t == QLatin1String("no")) {
        *out = false;
        return true;
    }
    return false;
}

QString rangeError(const Setting &s)
{
    return QStringLiteral("%1: must be between %2 and %3")
        .arg(QLatin1String(s.key), formatNumber(s.min), formatNumber(s.max));
}

} // namespace

QString protocolVariantName(ProtocolVariant v)
{
    for (const auto &n : variantNames) {
        if (n.variant == v)
            return QString::fromLatin1(n.name);
    }
    return QString();
}

bool protocolVariantFromName(const QString &name, ProtocolVariant *v)
{
    for (const auto &n : variantNames) {
        if (name == QLatin1String(n.name)) {
            *v = n.variant;
            return true;
        }
    }
    return false;
}

QStringList ProtocolSettings::keys()
{
    QStringList keys;
    for (const Setting &s : settingTable())
        keys << QString::fromLatin1(s.key);
    return keys;
}

bool ProtocolSettings::set(const QString &key, const QString &value, QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    const Setting *s = findSetting(key);
    if (!s)
        return fail(QStringLiteral("%1: unknown setting").arg(key));
    const QString text = value.trimmed();
    switch (s->kind) {
    case Kind::Variant: {
        ProtocolVariant v;
        if (!protocolVariantFromName(text, &v)) {
            return fail(QStringLiteral("%1: unknown value '%2' (expected standard, "
                                       "two-way-handshake or no-time-wait)")
                            .arg(key, value));
        }
        variant = v;
        return true;
    }
    case Kind::Bool: {
        bool b = false;
        if (!parseBool(text, &b))
            return fail(QStringLiteral("%1: '%2' is not true or false").arg(key, value));
        this->*(s->flag) = b;
        return true;
    }
    case Kind::Integer: {
        bool ok = false;
        const double d = text.toDouble(&ok);
        if (!ok || !std::isfinite(d))
            return fail(QStringLiteral("%1: '%2' is not a number").arg(key, value));
        if (d != std::floor(d))
            return fail(QStringLiteral("%1: '%2' is not a whole number").arg(key, value));
        if (d < s->min || d > s->max)
            return fail(rangeError(*s));
        this->*(s->integer) = static_cast<int>(d);
        return true;
    }
    case Kind::Time: {
        bool ok = false;
        const double d = text.toDouble(&ok);
        if (!ok || !std::isfinite(d))
            return fail(QStringLiteral("%1: '%2' is not a number").arg(key, value));
        if (d < s->min || d > s->max)
            return fail(rangeError(*s));
        this->*(s->time) = static_cast<SimTime>(std::llround(d * static_cast<double>(s->unit)));
        return true;
    }
    }
    return fail(QStringLiteral("%1: unknown setting").arg(key));
}

QString ProtocolSettings::value(const QString &key) const
{
    const Setting *s = findSetting(key);
    if (!s)
        return QString();
    switch (s->kind) {
    case Kind::Variant:
        return protocolVariantName(variant);
    case Kind::Bool:
        return this->*(s->flag) ? QStringLiteral("true") : QStringLiteral("false");
    case Kind::Integer:
        return QString::number(this->*(s->integer));
    case Kind::Time:
        return formatInUnit(this->*(s->time), s->unit);
    }
    return QString();
}

QList<ProtocolVariant> protocolVariants()
{
    QList<ProtocolVariant> variants;
    for (const auto &n : variantNames)
        variants.append(n.variant);
    return variants;
}

} // namespace tcplab
