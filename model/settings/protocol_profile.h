#pragma once

#include "settings/protocol_settings.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace tcplab {

// A named set of protocol settings: `rfc9293` follows the RFCs as written, `linux` the
// defaults of a Linux 6.x kernel. Every difference between the two is one ordinary setting
// (docs/profiles.md gives each one's source), so a profile is only a starting point: each
// setting stays editable after it.
enum class ProtocolProfile {
    Rfc9293,
    Linux,
};

QString protocolProfileName(ProtocolProfile p); // "rfc9293", "linux"
bool protocolProfileFromName(const QString &name, ProtocolProfile *p);
// Every profile, in the order of the names above.
QList<ProtocolProfile> protocolProfiles();
// The names of every profile, for messages and choices ("rfc9293", "linux").
QStringList protocolProfileNames();

// The settings a profile starts from.
ProtocolSettings protocolProfileSettings(ProtocolProfile p);
// The keys of the settings on which the two profiles differ, in the settings' order.
QStringList protocolProfileDifferences();
// `settings` moved from profile `from` to profile `to`: every setting that still has
// `from`'s value takes `to`'s; one changed on purpose (a scenario's own value, an edit)
// keeps its value.
ProtocolSettings switchProtocolProfile(const ProtocolSettings &settings, ProtocolProfile from,
                                       ProtocolProfile to);

} // namespace tcplab
