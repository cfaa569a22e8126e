#pragma once

#include "sim/sim_time.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <cstdint>

namespace tcplab {

// A one-way link's own numbers, overriding the network's defaults for that direction.
struct LinkSettings {
    QString from; // host name
    QString to;   // host name
    SimTime delay = -1; // -1 = network default
    double loss = -1;   // -1 = network default
    friend bool operator==(const LinkSettings &, const LinkSettings &) = default;
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

    // Setting names as in the scenario file: "delay_ms", "jitter_ms", "loss", "seed",
    // and per direction "delay_ms.A>B", "loss.A>B".
    static QStringList keys();
    bool set(const QString &key, const QString &value, QString *error);
    QString value(const QString &key) const;

    friend bool operator==(const NetworkSettings &, const NetworkSettings &) = default;
};

} // namespace tcplab
