#include "scenario_options.h"

#include "sim/fault_plan.h"

#include <QCommandLineParser>
#include <QStringList>

namespace tcplab::ScenarioOptions {

namespace {

struct FaultOption {
    const char *name;
    FaultKind kind;
};
constexpr FaultOption faultOptions[] = {
    {"drop", FaultKind::Drop},
    {"delay", FaultKind::Delay},
    {"dup", FaultKind::Duplicate},
};

const QString setName = QStringLiteral("set");
const QString untilName = QStringLiteral("until");

QString hostList(const Scenario &scenario)
{
    QStringList names;
    for (const HostSpec &h : scenario.hosts)
        names << h.name;
    return names.join(QStringLiteral(", "));
}

// --drop, --delay, --dup: parsed with the scenario file's own spelling and checked
// against the scenario's hosts (a typo would otherwise match no segment, silently).
bool addFaults(const QCommandLineParser &parser, Scenario *scenario, QString *error)
{
    for (const FaultOption &f : faultOptions) {
        const QString option = QString::fromLatin1(f.name);
        for (const QString &spec : parser.values(option)) {
            FaultRule rule;
            QString problem;
            // parseFaultRule's messages start with the quoted spec: "'A3': expected HOST#N".
            if (!parseFaultRule(f.kind, spec, &rule, &problem)) {
                *error = QStringLiteral("--%1 %2").arg(option, problem);
                return false;
            }
            if (scenario->hostIndex(rule.host) < 0) {
                *error = QStringLiteral("--%1 '%2': no host named '%3' in this scenario (hosts: %4)")
                             .arg(option, spec.trimmed(), rule.host, hostList(*scenario));
                return false;
            }
            scenario->faults.append(rule);
        }
    }
    return true;
}

} // namespace

QString helpText()
{
    return QStringLiteral(
        "  --drop SPEC          drop a segment; SPEC is HOST#N (HOST's N-th segment) or\n"
        "                       HOST:FLAGS#N (its N-th segment with FLAGS): A#3, B:FIN#1, B:SYN+ACK#1\n"
        "  --delay SPEC:TIME    delay a segment by TIME: A#2:300ms\n"
        "  --dup SPEC:TIME      deliver an extra copy TIME after the original: B#1:2s\n"
        "  --set KEY=VALUE      change a protocol or network setting: rto_initial_ms=3000,\n"
        "                       loss=0.2, jitter_ms=10, delay_ms.A>B=200, variant=no-time-wait\n"
        "  --until DURATION     stop the simulation at this time (300ms, 2s, 2min, 1h)\n");
}

void addTo(QCommandLineParser &parser)
{
    parser.addOption(QCommandLineOption(setName, QString(), QStringLiteral("KEY=VALUE")));
    parser.addOption(QCommandLineOption(untilName, QString(), QStringLiteral("DURATION")));
    for (const FaultOption &f : faultOptions)
        parser.addOption(QCommandLineOption(QString::fromLatin1(f.name), QString(), QStringLiteral("SPEC")));
}

bool stopTime(const QCommandLineParser &parser, SimTime *stopAt, QString *error)
{
    *stopAt = -1;
    if (!parser.isSet(untilName))
        return true;
    const QString text = parser.value(untilName);
    if (!parseDuration(text, stopAt)) {
        *error = QStringLiteral("--until '%1': expected a duration, e.g. 300ms, 2s, 2min").arg(text);
        return false;
    }
    return true;
}

// --set KEY=VALUE: a protocol setting first, then a network setting (which includes the
// per-direction "delay_ms.A>B" keys).
bool applySetting(const QString &assignment, Scenario *scenario, QString *error)
{
    const int eq = assignment.indexOf(QLatin1Char('='));
    if (eq <= 0) {
        *error = QStringLiteral("--set '%1': expected KEY=VALUE, e.g. loss=0.2").arg(assignment);
        return false;
    }
    const QString key = assignment.left(eq).trimmed();
    const QString value = assignment.mid(eq + 1);
    QString problem;
    if (ProtocolSettings::keys().contains(key)) {
        if (scenario->protocol.set(key, value, &problem))
            return true;
    } else {
        const QString base = key.section(QLatin1Char('.'), 0, 0);
        const bool networkKey = NetworkSettings::keys().contains(key)
            || (key.contains(QLatin1Char('.')) && NetworkSettings::keys().contains(base));
        if (!networkKey) {
            *error = QStringLiteral("--set '%1': unknown setting '%2'; protocol settings: %3; "
                                    "network settings: %4, delay_ms.A>B, loss.A>B")
                         .arg(assignment, key, ProtocolSettings::keys().join(QStringLiteral(", ")),
                              NetworkSettings::keys().join(QStringLiteral(", ")));
            return false;
        }
        // A link key names two hosts ("delay_ms.A>B"); a typo would silently change nothing.
        if (key.contains(QLatin1Char('.'))) {
            const QStringList ends = key.section(QLatin1Char('.'), 1).split(QLatin1Char('>'));
            if (ends.size() != 2) {
                *error = QStringLiteral("--set '%1': expected %2.FROM>TO, e.g. %2.A>B").arg(assignment, base);
                return false;
            }
            for (const QString &end : ends) {
                if (!end.isEmpty() && scenario->hostIndex(end) < 0) {
                    *error = QStringLiteral("--set '%1': no host named '%2' in this scenario (hosts: %3)")
                                 .arg(assignment, end, hostList(*scenario));
                    return false;
                }
            }
        }
        if (scenario->network.set(key, value, &problem))
            return true;
    }
    *error = QStringLiteral("--set '%1': %2").arg(assignment, problem);
    return false;
}

bool applyTo(const QCommandLineParser &parser, Scenario *scenario, QString *error)
{
    for (const QString &assignment : parser.values(setName)) {
        if (!applySetting(assignment, scenario, error))
            return false;
    }
    return addFaults(parser, scenario, error);
}

} // namespace tcplab::ScenarioOptions
