#include "settings/settings_validation.h"

#include <QCoreApplication>
#include <optional>

namespace tcplab {

namespace {
// The translation context of messages about settings, shown to people in their language;
// lupdate sees SettingMessages::tr("…").
struct SettingMessages {
    Q_DECLARE_TR_FUNCTIONS(SettingMessages)
};
} // namespace

QString SettingProblem::text() const
{
    const QString where = host.isEmpty() ? QString() : SettingMessages::tr("host %1: ").arg(host);
    return where + key + QLatin1String(": ") + message();
}

QString SettingProblem::textWithValues() const
{
    const QString where = host.isEmpty() ? QString() : SettingMessages::tr("host %1: ").arg(host);
    return where
           + SettingMessages::tr("%1 (%2) %3 %4 (%5)").arg(key, value, relation, otherKey, otherValue);
}

namespace SettingsValidation {

namespace {

// One side of a comparison: a setting's key and its typed value.
struct Operand {
    QString key;
    QVariant value;
    QString text; // the value in the file's spelling
};

enum class ReportOn { Lower, Upper };

// lower ≤ upper, or the problem, told from the side the rule reports on.
std::optional<SettingProblem> mustNotExceed(const char *rule, const Operand &lower,
                                            const Operand &upper, ReportOn on)
{
    if (QVariant::compare(lower.value, upper.value) != QPartialOrdering::Greater)
        return std::nullopt;
    SettingProblem p;
    p.rule = QString::fromLatin1(rule);
    const Operand &reported = on == ReportOn::Lower ? lower : upper;
    const Operand &other = on == ReportOn::Lower ? upper : lower;
    p.key = reported.key;
    p.value = reported.text;
    p.otherKey = other.key;
    p.otherValue = other.text;
    p.relation = on == ReportOn::Lower ? SettingMessages::tr("must not exceed")
                                       : SettingMessages::tr("must not be less than");
    return p;
}

Operand protocolOperand(const ProtocolSettings &s, const char *key)
{
    const QString k = QString::fromLatin1(key);
    return Operand{k, s.value(k), s.text(k)};
}

Operand networkOperand(const NetworkSettings &s, const QString &key)
{
    return Operand{key, s.value(key), s.text(key)};
}

// The RTO's bounds, in the order their messages read best; the chain stops at its first
// broken link.
struct RtoRule {
    const char *name;
    const char *lower;
    const char *upper;
};
constexpr RtoRule rtoChain[] = {
    {"rto_min_not_above_max", "rto_min_ms", "rto_max_ms"},
    {"rto_min_not_above_initial", "rto_min_ms", "rto_initial_ms"},
    {"rto_initial_not_above_max", "rto_initial_ms", "rto_max_ms"},
};

constexpr const char *jitterRule = "jitter_not_above_delay";
constexpr const char *linkJitterRule = "link_delay_not_below_jitter";

} // namespace

bool checkValue(const SettingDescriptor &d, const QVariant &value, QString *problem)
{
    if (value.isNull()) {
        if (d.acceptsNetworkDefault())
            return true;
        *problem = SettingMessages::tr("needs a value");
        return false;
    }
    if (value.metaType() != d.valueType()) {
        *problem = SettingMessages::tr("expects a %1 value, not %2")
                       .arg(QString::fromLatin1(d.valueType().name()),
                            QString::fromLatin1(value.metaType().name()));
        return false;
    }
    if (d.type == SettingType::Choice && !d.choices.contains(value.toString())) {
        QVariant ignored;
        d.parse(value.toString(), &ignored, problem); // the same words as a typed value
        return false;
    }
    if (d.hasRange()) {
        // Written so that NaN fails too.
        const bool inRange = QVariant::compare(value, d.minimum) != QPartialOrdering::Less
                             && QVariant::compare(value, d.maximum) != QPartialOrdering::Greater
                             && QVariant::compare(value, value) == QPartialOrdering::Equivalent;
        if (!inRange) {
            *problem = d.rangeProblem();
            return false;
        }
    }
    return true;
}

QList<SettingProblem> check(const ProtocolSettings &s)
{
    QList<SettingProblem> problems;
    for (const RtoRule &r : rtoChain) {
        if (auto p = mustNotExceed(r.name, protocolOperand(s, r.lower), protocolOperand(s, r.upper),
                                   ReportOn::Lower)) {
            problems << *p;
            break;
        }
    }
    return problems;
}

QList<SettingProblem> check(const NetworkSettings &s)
{
    QList<SettingProblem> problems;
    const Operand jitter = networkOperand(s, QStringLiteral("jitter_ms"));
    if (auto p = mustNotExceed(jitterRule, jitter, networkOperand(s, QStringLiteral("delay_ms")),
                               ReportOn::Lower))
        problems << *p;
    for (const LinkSettings &link : s.links) {
        if (link.delay < 0) // the network's delay, checked above
            continue;
        const QString key = LinkKey{QStringLiteral("delay_ms"), link.from, link.to}.key();
        if (auto p = mustNotExceed(linkJitterRule, jitter, networkOperand(s, key), ReportOn::Upper))
            problems << *p;
    }
    return problems;
}

QStringList ruleNames()
{
    QStringList names;
    for (const RtoRule &r : rtoChain)
        names << QString::fromLatin1(r.name);
    names << QString::fromLatin1(jitterRule) << QString::fromLatin1(linkJitterRule);
    return names;
}

} // namespace SettingsValidation
} // namespace tcplab
