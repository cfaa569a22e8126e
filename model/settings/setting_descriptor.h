#pragma once

#include "sim/sim_time.h"

#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace tcplab {

// What a setting holds. Each type's value travels as a QVariant of one C++ type, so a
// setting read from a file, typed on the command line or edited in the dock is a number
// or a flag all the way, never text in between.
enum class SettingType {
    Bool,        // bool
    Integer,     // int
    Duration,    // qint64 microseconds (SimTime), spelled in the setting's unit
    Probability, // double, 0..1
    Seed,        // qulonglong: all 64 bits
    Choice,      // QString: one of `choices`, as spelled in files
};

// The unit a value is spelled in (files, command line, editors). Durations are kept in
// microseconds and shown in their unit; the scenario-file key ends in it (_ms, _s).
enum class SettingUnit { None, Milliseconds, Seconds, Bytes };

// Whose setting it is: the protocol's, the network's, or one direction of a link between
// two hosts ("delay_ms.A>B"), whose key is written with the hosts after a dot.
enum class SettingScope { Protocol, Network, Link };

// One editable parameter, declared once beside the settings it belongs to (KDE Step's
// MetaProperty): the scenario file reader and writer, `tcplab-cli --set` and the settings
// dock all read this table. ProtocolSettings::descriptors() and
// NetworkSettings::descriptors() publish it.
struct SettingDescriptor {
    // The translation context of `label`, `description` and unitName(); views translate
    // them with QCoreApplication::translate(SettingDescriptor::translationContext, ...).
    static constexpr const char *translationContext = "tcplab::Settings";

    QString key; // the scenario-file key; for SettingScope::Link the part before the dot
    SettingType type = SettingType::Integer;
    SettingScope scope = SettingScope::Protocol;
    SettingUnit unit = SettingUnit::None;
    QVariant minimum; // typed like the value; null for Bool and Choice
    QVariant maximum;
    QVariant defaultValue; // for SettingScope::Link: null, i.e. the network's own value
    QStringList choices;   // Choice: the allowed values
    const char *label = nullptr;       // English, QT_TRANSLATE_NOOP(translationContext, ...)
    const char *description = nullptr; // English, likewise

    // The C++ type a value of this setting carries in its QVariant.
    QMetaType valueType() const;
    bool hasRange() const { return minimum.isValid(); }
    // A link may leave a value to the network: the null QVariant, spelled "default".
    bool acceptsNetworkDefault() const { return scope == SettingScope::Link; }
    // Microseconds per unit (Duration only; 1 otherwise).
    SimTime microsPerUnit() const;

    // Text (the command line, an editor) to a typed value. On failure returns false and
    // says why in *problem, without the key: "'abc' is not a number".
    bool parse(const QString &text, QVariant *value, QString *problem) const;
    // A number (as JSON gives it) in the setting's unit to a typed value, range checked:
    // Integer, Duration, Probability. On failure explains in *problem, without the key.
    bool fromNumber(double number, QVariant *value, QString *problem) const;
    // A typed value as a number in the setting's unit, as files write it.
    double toNumber(const QVariant &value) const;
    // A typed value in the file's spelling: "1000", "0.25", "true", "no-time-wait",
    // "default" for a link's null value.
    QString format(const QVariant &value) const;
    // "must be between 1 and 3600000" (in the unit), for values outside the range.
    QString rangeProblem() const;

    QString translatedLabel() const;
    QString translatedDescription() const;
    // The unit's short name, translated: "ms", "s", "bytes"; empty for SettingUnit::None.
    static QString unitName(SettingUnit unit);
};

} // namespace tcplab
