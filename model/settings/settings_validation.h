#pragma once

#include "settings/network_settings.h"
#include "settings/protocol_settings.h"
#include "settings/setting_descriptor.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace tcplab {

// A broken rule between two settings: one must not exceed the other.
struct SettingProblem {
    QString rule;       // the rule's name: "rto_min_not_above_initial"
    QString key;        // the setting it is reported on: "rto_min_ms", "delay_ms.A>B"
    QString relation;   // "must not exceed", "must not be less than"
    QString otherKey;   // the setting it was compared with: "rto_initial_ms"
    QString value;      // both values in the file's spelling, for messages that show them
    QString otherValue;
    QString host;       // a host's own settings broke it (Scenario::settingProblems)

    // Without the key, as the file reader puts it after a JSON path:
    // "must not exceed rto_initial_ms".
    QString message() const { return relation + QLatin1Char(' ') + otherKey; }
    // "rto_min_ms: must not exceed rto_initial_ms"
    QString text() const;
    // "rto_min_ms (3000) must not exceed rto_initial_ms (1000)", with "host A: " in front
    // for a host's own settings: for the command line and the settings dock, where the
    // values are not in sight.
    QString textWithValues() const;

    friend bool operator==(const SettingProblem &, const SettingProblem &) = default;
};

// The one place settings are checked. The scenario file reader, `tcplab-cli --set` and the
// settings dock (through ScenarioEditor) all use these, so a value one of them accepts is a
// value the others accept: what is saved can be opened again.
namespace SettingsValidation {

// One value against its descriptor: the type the descriptor names, within its range, one
// of its choices. On failure returns false and says why in *problem, without the key
// ("must be between 0 and 255").
bool checkValue(const SettingDescriptor &descriptor, const QVariant &value, QString *problem);

// The rules between settings of one set, in a fixed order; empty when all hold.
// Protocol: rto_min_ms ≤ rto_initial_ms ≤ rto_max_ms (RFC 6298 §2.4, §2.5 bound the RTO);
// only the first broken link of that chain is reported, the rest would repeat it.
QList<SettingProblem> check(const ProtocolSettings &settings);
// Network: jitter_ms ≤ delay_ms, and ≤ each link's own delay_ms: a segment's delay never
// goes below zero.
QList<SettingProblem> check(const NetworkSettings &settings);

// Every rule's name, as SettingProblem::rule gives it.
QStringList ruleNames();

} // namespace SettingsValidation
} // namespace tcplab
