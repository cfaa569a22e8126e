#include "scenario_options.h"

#include "cli_output.h"
#include "command_line.h"
#include "settings/settings_validation.h"
#include "sim/fault_plan.h"
#include "sim/fault_resolver.h"

#include <QCommandLineParser>
#include <QHash>
#include <QStringList>
#include <optional>

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
const QString profileName = QStringLiteral("profile");
const QString untilName = QStringLiteral("until");

QString hostList(const Scenario &scenario)
{
    QStringList names;
    for (const HostSpec &h : scenario.hosts)
        names << h.name;
    return names.join(QStringLiteral(", "));
}

// --drop, --delay, --dup: parsed with the scenario file's own spelling and checked
// against the scenario's hosts (a typo would otherwise match no segment, silently), in the
// order they were typed. Each names a segment by position; FaultResolver::resolveInOrder
// turns it into that segment's identity, counted in the run as it stands when the option is
// reached (the scenario's own faults and the options before it), so
// `--drop A#6 --delay A#3:400ms` drops what was A#6 before the delay.
bool addFaults(const QCommandLineParser &parser, Scenario *scenario, QString *error)
{
    QHash<QString, int> used; // how many values of each option are taken
    struct TypedFault {
        QString option;
        QString spec;
        FaultRule rule;
    };
    QList<TypedFault> typed; // all checked before any is applied
    for (const QString &name : parser.optionNames()) {
        const FaultOption *f = nullptr;
        for (const FaultOption &candidate : faultOptions) {
            if (name == QLatin1String(candidate.name))
                f = &candidate;
        }
        if (!f)
            continue;
        const QString spec = parser.values(name).value(used[name]++);
        FaultRule rule;
        QString problem;
        // parseFaultRule's messages start with the quoted spec: "'A3': expected HOST#N".
        if (!parseFaultRule(f->kind, spec, &rule, &problem)) {
            *error = QStringLiteral("--%1 %2").arg(name, problem);
            return false;
        }
        if (scenario->hostIndex(rule.host) < 0) {
            *error = CommandLine::tr("--%1 '%2': no host named '%3' in this scenario (hosts: %4)")
                         .arg(name, spec.trimmed(), rule.host, hostList(*scenario));
            return false;
        }
        typed.append({name, spec.trimmed(), rule});
    }
    if (typed.isEmpty())
        return true;
    SimTime until = -1;
    QString ignored; // a bad --until is reported by stopTime()
    stopTime(parser, &until, &ignored);
    for (const TypedFault &f : std::as_const(typed)) {
        scenario->faults.append(f.rule);
        // Only the new rule is still a position: one simulation per option. Resolved, it
        // goes in as a right-click's fault does in the window: one segment, one fault
        // (`--delay A#4:1s` on a scenario that drops A#4 delays it instead).
        *scenario = FaultResolver::resolveInOrder(*scenario, until);
        const FaultRule resolved = scenario->faults.takeLast();
        if (const std::optional<FaultKind> replaced = putFault(&scenario->faults, resolved)) {
            CliOutput::error(CommandLine::tr("note: --%1 %2 takes the place of the %3 already on that segment "
                                             "(a segment takes one fault, as in the window)")
                                 .arg(f.option, f.spec, faultKindName(*replaced)));
        }
    }
    return true;
}

} // namespace

QString helpText()
{
    return CommandLine::tr(
        "  --drop SPEC          drop a segment; SPEC is HOST#N (HOST's N-th segment) or\n"
        "                       HOST:FLAGS#N (its N-th segment with FLAGS): A#3, B:FIN#1, B:SYN+ACK#1;\n"
        "                       counted in the run with the faults before it, then kept as\n"
        "                       that segment's identity (its flags, seq, ack)\n"
        "  --delay SPEC:TIME    delay a segment by TIME: A#2:300ms\n"
        "  --dup SPEC:TIME      deliver an extra copy TIME after the original: B#1:2s\n"
        "  --profile NAME       start the protocol settings from a profile: rfc9293 or linux\n"
        "                       (settings the scenario sets itself keep their values)\n"
        "  --set KEY=VALUE      change a protocol or network setting: rto_initial_ms=3000,\n"
        "                       loss=0.2, jitter_ms=10, delay_ms.A>B=200, variant=no-time-wait\n"
        "  --until DURATION     stop the simulation at this time (300ms, 2s, 2min, 1h)\n");
}

void addTo(QCommandLineParser &parser)
{
    parser.addOption(QCommandLineOption(profileName, QString(), QStringLiteral("NAME")));
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
        *error = CommandLine::tr("--until '%1': expected a duration, e.g. 300ms, 2s, 2min").arg(text);
        return false;
    }
    if (*stopAt < 0 || *stopAt > maxRunTime) {
        *error = CommandLine::tr("--until '%1': must be between 0 and %2 h (a week of virtual time)")
                     .arg(text).arg(maxRunTime / (3600 * usPerSecond));
        return false;
    }
    return true;
}

namespace {

// One --set assignment, taken apart.
struct Assignment {
    QString text; // as given: "rto_min_ms=3000"
    QString key;
};

// --set KEY=VALUE, one value: parsed and checked (type, range) by the settings' own table.
// The rules between settings are checked once all of them are applied (checkRules), so
// `--set rto_min_ms=3000 --set rto_initial_ms=5000` works in either order.
bool applyOne(const QString &assignment, Scenario *scenario, QString *key, QString *error)
{
    const int eq = assignment.indexOf(QLatin1Char('='));
    if (eq <= 0) {
        *error = CommandLine::tr("--set '%1': expected KEY=VALUE, e.g. loss=0.2").arg(assignment);
        return false;
    }
    *key = assignment.left(eq).trimmed();
    const QString value = assignment.mid(eq + 1);
    QString problem;
    if (ProtocolSettings::descriptor(*key)) {
        if (scenario->protocol.set(*key, value, &problem))
            return true;
        *error = CommandLine::tr("--set '%1': %2").arg(assignment, problem);
        return false;
    }
    const std::optional<LinkKey> link = LinkKey::split(*key);
    const bool linkSetting = link && NetworkSettings::keys().contains(link->base);
    if (!NetworkSettings::descriptor(*key) && !linkSetting) {
        *error = CommandLine::tr("--set '%1': unknown setting '%2'; protocol settings: %3; "
                                "network settings: %4, delay_ms.A>B, loss.A>B")
                     .arg(assignment, *key, ProtocolSettings::keys().join(QStringLiteral(", ")),
                          NetworkSettings::keys().join(QStringLiteral(", ")));
        return false;
    }
    // A link key names two hosts ("delay_ms.A>B"); a typo would silently change nothing.
    if (link) {
        if (!link->hasDirection) {
            *error = CommandLine::tr("--set '%1': expected %2.FROM>TO, e.g. %2.A>B")
                         .arg(assignment, link->base);
            return false;
        }
        for (const QString &end : {link->from, link->to}) {
            if (!end.isEmpty() && scenario->hostIndex(end) < 0) {
                *error = CommandLine::tr("--set '%1': no host named '%2' in this scenario (hosts: %3)")
                             .arg(assignment, end, hostList(*scenario));
                return false;
            }
        }
    }
    if (scenario->network.set(*key, value, &problem))
        return true;
    *error = CommandLine::tr("--set '%1': %2").arg(assignment, problem);
    return false;
}

// The rules between settings (SettingsValidation), over the scenario with every --set
// applied. A broken rule is blamed on the last assignment that touched one of its two
// settings, and both settings are named with their values.
bool checkRules(const Scenario &scenario, const QList<Assignment> &assignments, QString *error)
{
    const QList<SettingProblem> problems = scenario.settingProblems();
    if (problems.isEmpty())
        return true;
    const SettingProblem &problem = problems.first();
    QString blamed;
    for (const Assignment &a : assignments) {
        if (a.key == problem.key || a.key == problem.otherKey)
            blamed = a.text;
    }
    // Only a --set can break a rule of a scenario that was read: the file reader checks
    // the same rules. Without one to blame, the scenario's own values are at fault.
    *error = blamed.isEmpty() ? problem.textWithValues()
                              : CommandLine::tr("--set '%1': %2").arg(blamed, problem.textWithValues());
    return false;
}

} // namespace

QStringList unmatchedFaultWarnings(const Trace &trace, const Scenario &scenario)
{
    QStringList warnings;
    for (const TraceEvent &e : trace.events) {
        if (e.type != TraceEventType::Notice || e.notice != NoticeKind::FaultMatchedNothing
            || e.faultRule < 0 || e.faultRule >= scenario.faults.size())
            continue;
        const FaultRule &rule = scenario.faults.at(e.faultRule);
        warnings << CommandLine::tr("warning: faults[%1] (%2 %3) matches no segment of this run; "
                                   "it hits nothing")
                        .arg(e.faultRule)
                        .arg(faultKindName(rule.kind),
                             // a position may name another segment by now: say what it is
                             rule.target == FaultTarget::Segment ? rule.segment.text() : rule.key());
    }
    return warnings;
}

bool applyTo(const QCommandLineParser &parser, Scenario *scenario, QString *error)
{
    // The profile first, so that --set changes settings on top of it.
    if (parser.isSet(profileName)) {
        const QString name = parser.value(profileName);
        ProtocolProfile profile;
        if (!protocolProfileFromName(name, &profile)) {
            *error = QStringLiteral("--profile '%1': expected %2")
                         .arg(name, protocolProfileNames().join(QStringLiteral(" or ")));
            return false;
        }
        scenario->setProfile(profile);
    }
    QList<Assignment> assignments;
    for (const QString &assignment : parser.values(setName)) {
        QString key;
        if (!applyOne(assignment, scenario, &key, error))
            return false;
        assignments.append(Assignment{assignment, key});
    }
    if (!checkRules(*scenario, assignments, error))
        return false;
    return addFaults(parser, scenario, error);
}

} // namespace tcplab::ScenarioOptions
