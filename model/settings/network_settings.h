#pragma once

#include "settings/setting_descriptor.h"
#include "sim/sim_time.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <cstdint>
#include <optional>

namespace tcplab {

// A one-way link's own numbers, overriding the network's defaults for that direction.
struct LinkSettings {
    QString from; // host name
    QString to;   // host name
    SimTime delay = -1; // -1 = network default
    double loss = -1;   // -1 = network default
    friend bool operator==(const LinkSettings &, const LinkSettings &) = default;
};

// The key of one direction's own setting: "delay_ms.A>B" is {"delay_ms", "A", "B"}.
struct LinkKey {
    QString base; // the setting: "delay_ms", "loss"
    QString from; // empty when the key names no direction
    QString to;
    bool hasDirection = false; // the part after the '.' is FROM>TO, with one '>'

    // Two different host names, as a link needs.
    bool namesTwoHosts() const { return !from.isEmpty() && !to.isEmpty() && from != to; }
    // Back to "delay_ms.A>B".
    QString key() const;
    // The one place a link key is taken apart. Null for a key without '.' (a setting of the
    // whole network); "delay_ms.AB" gives base "delay_ms" without a direction.
    static std::optional<LinkKey> split(const QString &key);
};

// The network between the hosts. All randomness comes from `seed` (deterministic).
struct NetworkSettings {
    SimTime delay = msToUs(50); // one-way, each direction
    SimTime jitter = 0;         // each segment's delay varies uniformly by ±jitter
    double loss = 0.0;          // probability that a segment is lost, 0..1
    uint64_t seed = 1;
    QList<LinkSettings> links;

    SimTime delayFor(const QString &from, const QString &to) const;
    double lossFor(const QString &from, const QString &to) const;

    // The settings of the whole network ("delay_ms", "jitter_ms", "loss", "seed"), each
    // declared once with its type, unit, range, default, label and description.
    static const QList<SettingDescriptor> &descriptors();
    // The settings one direction may override ("delay_ms", "loss"; SettingScope::Link):
    // keyed "delay_ms.A>B", labelled "Delay %1 → %2" with the two host names.
    static const QList<SettingDescriptor> &linkDescriptors();
    // The descriptor of a key of either kind ("loss", "delay_ms.A>B"), or null.
    static const SettingDescriptor *descriptor(const QString &key);
    // The keys of descriptors(); link keys are "delay_ms.A>B" and "loss.A>B".
    static QStringList keys();

    // One setting's typed value (SettingDescriptor::valueType()); for a link key the value
    // in force in that direction, its own or the network's. Null for an unknown key.
    QVariant value(const QString &key) const;
    // Sets one setting from a typed value checked by SettingsValidation::checkValue; a null
    // value for a link key gives the direction back to the network's value. On failure
    // returns false, changes nothing and explains in *error ("loss: must be between 0 and
    // 1"). Rules between settings (jitter ≤ delay) are SettingsValidation::check's.
    bool setValue(const QString &key, const QVariant &value, QString *error);
    bool setLinkValue(const LinkKey &link, const QVariant &value, QString *error);

    // Text as typed on the command line to the typed value of `key` ("default" for a link
    // key: the network's value); on failure returns false and explains in *error.
    static bool parse(const QString &key, const QString &text, QVariant *value, QString *error);
    // parse(), then setValue().
    bool set(const QString &key, const QString &text, QString *error);
    // One setting in the scenario file's spelling ("50", "0.25").
    QString text(const QString &key) const;

    friend bool operator==(const NetworkSettings &, const NetworkSettings &) = default;
};

} // namespace tcplab
