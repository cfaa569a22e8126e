#include "settings/protocol_profile.h"

namespace tcplab {

namespace {
struct ProfileName {
    ProtocolProfile profile;
    const char *name;
};
constexpr ProfileName profileNames[] = {
    {ProtocolProfile::Rfc9293, "rfc9293"},
    {ProtocolProfile::Linux, "linux"},
};
} // namespace

QString protocolProfileName(ProtocolProfile p)
{
    for (const auto &n : profileNames) {
        if (n.profile == p)
            return QString::fromLatin1(n.name);
    }
    return QString();
}

bool protocolProfileFromName(const QString &name, ProtocolProfile *p)
{
    for (const auto &n : profileNames) {
        if (name == QLatin1String(n.name)) {
            *p = n.profile;
            return true;
        }
    }
    return false;
}

QList<ProtocolProfile> protocolProfiles()
{
    QList<ProtocolProfile> list;
    for (const auto &n : profileNames)
        list << n.profile;
    return list;
}

QStringList protocolProfileNames()
{
    QStringList list;
    for (const auto &n : profileNames)
        list << QString::fromLatin1(n.name);
    return list;
}

ProtocolSettings protocolProfileSettings(ProtocolProfile p)
{
    // The struct's defaults are the rfc9293 profile.
    ProtocolSettings s;
    if (p == ProtocolProfile::Linux) {
        // Each line's source is in docs/profiles.md.
        s.delayedAck = true;                 // tcp_input.c __tcp_ack_snd_check
        s.delayedAckTimeout = msToUs(40);    // include/net/tcp.h TCP_DELACK_MIN, TCP_ATO_MIN
        s.quickAcks = 16;                    // include/net/tcp.h TCP_MAX_QUICKACKS
        s.synLinearTimeouts = 4;             // tcp_ipv4.c tcp_sk_init (Linux 6.5+)
        s.synCookies = true;                 // tcp_syncookies = 1: cookies once the queue is full
        s.timeWaitReopenIsn = true;          // tcp_minisocks.c tcp_timewait_state_process
        s.resetCarriesAck = true;            // tcp_output.c tcp_send_active_reset
        s.newSynResetsSynReceived = true;    // tcp_minisocks.c tcp_check_req, embryonic_reset
    }
    return s;
}

QStringList protocolProfileDifferences()
{
    const ProtocolSettings a = protocolProfileSettings(ProtocolProfile::Rfc9293);
    const ProtocolSettings b = protocolProfileSettings(ProtocolProfile::Linux);
    QStringList keys;
    for (const QString &key : ProtocolSettings::keys()) {
        if (a.value(key) != b.value(key))
            keys << key;
    }
    return keys;
}

ProtocolSettings switchProtocolProfile(const ProtocolSettings &settings, ProtocolProfile from,
                                       ProtocolProfile to)
{
    const ProtocolSettings before = protocolProfileSettings(from);
    ProtocolSettings result = protocolProfileSettings(to);
    for (const QString &key : ProtocolSettings::keys()) {
        const QVariant value = settings.value(key);
        if (value != before.value(key)) {
            [[maybe_unused]] const bool set = result.setValue(key, value, nullptr);
            Q_ASSERT(set); // a value the settings already held
        }
    }
    return result;
}

} // namespace tcplab
