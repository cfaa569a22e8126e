#include "settings/setting_descriptor.h"

#include <QCoreApplication>
#include <QLocale>
#include <cmath>

namespace tcplab {

namespace {
// The translation context of messages about settings, shown to people in their language;
// lupdate sees SettingMessages::tr("…").
struct SettingMessages {
    Q_DECLARE_TR_FUNCTIONS(SettingMessages)
};
} // namespace

namespace {

// Shortest exact spelling; whole numbers without an exponent ("600000", not "6e+05").
QString formatNumber(double v)
{
    if (v == std::floor(v) && std::fabs(v) < 1e15)
        return QString::number(static_cast<qint64>(v));
    return QString::number(v, 'g', QLocale::FloatingPointShortest);
}

// Microseconds as a decimal number of `unit`, without trailing zeros ("1.5", "200"): exact,
// where dividing as doubles could print 0.30000000000000004.
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

// "a, b or c"
QString listChoices(const QStringList &choices)
{
    if (choices.size() <= 1)
        return choices.join(QString());
    return SettingMessages::tr("%1 or %2").arg(choices.mid(0, choices.size() - 1).join(QLatin1String(", ")),
                                               choices.last());
}

// 2^64 as a double: the first value a seed cannot hold.
constexpr double seedLimit = 18446744073709551616.0;

} // namespace

QMetaType SettingDescriptor::valueType() const
{
    switch (type) {
    case SettingType::Bool:
        return QMetaType::fromType<bool>();
    case SettingType::Integer:
        return QMetaType::fromType<int>();
    case SettingType::Duration:
        return QMetaType::fromType<qint64>();
    case SettingType::Probability:
        return QMetaType::fromType<double>();
    case SettingType::Seed:
        return QMetaType::fromType<qulonglong>();
    case SettingType::Choice:
        return QMetaType::fromType<QString>();
    }
    return QMetaType();
}

SimTime SettingDescriptor::microsPerUnit() const
{
    if (type != SettingType::Duration)
        return 1;
    return unit == SettingUnit::Seconds ? usPerSecond : usPerMs;
}

bool SettingDescriptor::parse(const QString &text, QVariant *value, QString *problem) const
{
    const QString t = text.trimmed();
    if (acceptsNetworkDefault() && t == QLatin1String("default")) {
        *value = QVariant();
        return true;
    }
    switch (type) {
    case SettingType::Bool: {
        bool b = false;
        if (!parseBool(t, &b)) {
            *problem = SettingMessages::tr("'%1' is not true or false").arg(text);
            return false;
        }
        *value = b;
        return true;
    }
    case SettingType::Choice:
        if (!choices.contains(t)) {
            *problem = SettingMessages::tr("unknown value '%1' (expected %2)").arg(text, listChoices(choices));
            return false;
        }
        *value = t;
        return true;
    case SettingType::Seed: {
        bool ok = false;
        const qulonglong s = t.toULongLong(&ok);
        if (!ok) {
            *problem = SettingMessages::tr("'%1' is not a whole number between 0 and %2")
                           .arg(text, format(maximum));
            return false;
        }
        *value = s;
        return true;
    }
    case SettingType::Integer:
    case SettingType::Duration:
    case SettingType::Probability: {
        bool ok = false;
        const double d = t.toDouble(&ok);
        if (!ok || !std::isfinite(d)) {
            *problem = SettingMessages::tr("'%1' is not a number").arg(text);
            return false;
        }
        return fromNumber(d, value, problem);
    }
    }
    return false;
}

bool SettingDescriptor::fromNumber(double d, QVariant *value, QString *problem) const
{
    if (!std::isfinite(d)) {
        *problem = SettingMessages::tr("'%1' is not a number").arg(formatNumber(d));
        return false;
    }
    switch (type) {
    case SettingType::Integer:
        if (d != std::floor(d)) {
            *problem = SettingMessages::tr("'%1' is not a whole number").arg(formatNumber(d));
            return false;
        }
        if (d < minimum.toInt() || d > maximum.toInt()) {
            *problem = rangeProblem();
            return false;
        }
        *value = static_cast<int>(d);
        return true;
    case SettingType::Duration:
        // The range is checked in the unit first, so a huge number never overflows.
        if (d < toNumber(minimum) || d > toNumber(maximum)) {
            *problem = rangeProblem();
            return false;
        }
        *value = static_cast<qint64>(std::llround(d * static_cast<double>(microsPerUnit())));
        return true;
    case SettingType::Probability:
        if (d < minimum.toDouble() || d > maximum.toDouble()) {
            *problem = rangeProblem();
            return false;
        }
        *value = d;
        return true;
    case SettingType::Seed:
        if (d != std::floor(d) || d < 0 || d >= seedLimit) {
            *problem = SettingMessages::tr("'%1' is not a whole number between 0 and %2")
                           .arg(formatNumber(d), format(maximum));
            return false;
        }
        *value = static_cast<qulonglong>(d);
        return true;
    case SettingType::Bool:
        *problem = SettingMessages::tr("must be true or false");
        return false;
    case SettingType::Choice:
        *problem = SettingMessages::tr("must be one of %1").arg(listChoices(choices));
        return false;
    }
    return false;
}

double SettingDescriptor::toNumber(const QVariant &value) const
{
    switch (type) {
    case SettingType::Integer:
        return value.toInt();
    case SettingType::Duration:
        return static_cast<double>(value.toLongLong()) / static_cast<double>(microsPerUnit());
    case SettingType::Probability:
        return value.toDouble();
    case SettingType::Seed:
        return static_cast<double>(value.toULongLong());
    case SettingType::Bool:
        return value.toBool() ? 1 : 0;
    case SettingType::Choice:
        return 0;
    }
    return 0;
}

QString SettingDescriptor::format(const QVariant &value) const
{
    if (value.isNull())
        return QStringLiteral("default");
    switch (type) {
    case SettingType::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case SettingType::Integer:
        return QString::number(value.toInt());
    case SettingType::Duration:
        return formatInUnit(value.toLongLong(), microsPerUnit());
    case SettingType::Probability:
        return formatNumber(value.toDouble());
    case SettingType::Seed:
        return QString::number(value.toULongLong());
    case SettingType::Choice:
        return value.toString();
    }
    return QString();
}

QString SettingDescriptor::rangeProblem() const
{
    return SettingMessages::tr("must be between %1 and %2").arg(format(minimum), format(maximum));
}

QString SettingDescriptor::translatedLabel() const
{
    return QCoreApplication::translate(translationContext, label);
}

QString SettingDescriptor::translatedDescription() const
{
    return QCoreApplication::translate(translationContext, description);
}

QString SettingDescriptor::unitName(SettingUnit unit)
{
    switch (unit) {
    case SettingUnit::None:
        return QString();
    case SettingUnit::Milliseconds:
        return QCoreApplication::translate(translationContext, QT_TRANSLATE_NOOP("tcplab::Settings", "ms"));
    case SettingUnit::Seconds:
        return QCoreApplication::translate(translationContext, QT_TRANSLATE_NOOP("tcplab::Settings", "s"));
    case SettingUnit::Bytes:
        return QCoreApplication::translate(translationContext, QT_TRANSLATE_NOOP("tcplab::Settings", "bytes"));
    }
    return QString();
}

} // namespace tcplab
