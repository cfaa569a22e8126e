#include "settings/protocol_settings.h"

#include <QCoreApplication>

#include "settings/settings_validation.h"

namespace tcplab {

namespace {
// The translation context of messages about settings, shown to people in their language;
// lupdate sees SettingMessages::tr("…").
struct SettingMessages {
    Q_DECLARE_TR_FUNCTIONS(SettingMessages)
};
} // namespace

namespace {

struct VariantName {
    ProtocolVariant variant;
    const char *name;
};
constexpr VariantName variantNames[] = {
    {ProtocolVariant::Standard, "standard"},
    {ProtocolVariant::TwoWayHandshake, "two-way-handshake"},
    {ProtocolVariant::NoTimeWait, "no-time-wait"},
};

using PS = ProtocolSettings;

// A descriptor and the member it describes; keys(), value() and setValue() all go through
// these rows, so they can never disagree.
struct Binding {
    SettingDescriptor descriptor;
    int PS::*integer = nullptr;
    SimTime PS::*time = nullptr;
    bool PS::*flag = nullptr;
    // The one Choice setting, `variant`, is read and written through the variant names.
};

Binding integerSetting(const char *key, int PS::*m, SettingUnit unit, int min, int max,
                       const char *label, const char *description)
{
    Binding b;
    b.descriptor.key = QString::fromLatin1(key);
    b.descriptor.type = SettingType::Integer;
    b.descriptor.unit = unit;
    b.descriptor.minimum = min;
    b.descriptor.maximum = max;
    b.descriptor.label = label;
    b.descriptor.description = description;
    b.integer = m;
    return b;
}

// A duration's range is given in microseconds; its key ends in its unit (_ms, _s).
Binding durationSetting(const char *key, SimTime PS::*m, SettingUnit unit, SimTime min,
                        SimTime max, const char *label, const char *description)
{
    Binding b;
    b.descriptor.key = QString::fromLatin1(key);
    b.descriptor.type = SettingType::Duration;
    b.descriptor.unit = unit;
    b.descriptor.minimum = qint64(min);
    b.descriptor.maximum = qint64(max);
    b.descriptor.label = label;
    b.descriptor.description = description;
    b.time = m;
    return b;
}

Binding boolSetting(const char *key, bool PS::*m, const char *label, const char *description)
{
    Binding b;
    b.descriptor.key = QString::fromLatin1(key);
    b.descriptor.type = SettingType::Bool;
    b.descriptor.label = label;
    b.descriptor.description = description;
    b.flag = m;
    return b;
}

Binding variantSetting(const char *label, const char *description)
{
    Binding b;
    b.descriptor.key = QStringLiteral("variant");
    b.descriptor.type = SettingType::Choice;
    for (const auto &n : variantNames)
        b.descriptor.choices << QString::fromLatin1(n.name);
    b.descriptor.label = label;
    b.descriptor.description = description;
    return b;
}

QVariant read(const Binding &b, const PS &s)
{
    switch (b.descriptor.type) {
    case SettingType::Choice:
        return protocolVariantName(s.variant);
    case SettingType::Bool:
        return s.*(b.flag);
    case SettingType::Integer:
        return s.*(b.integer);
    case SettingType::Duration:
        return qint64(s.*(b.time));
    case SettingType::Probability:
    case SettingType::Seed:
        break; // no protocol setting is one
    }
    return QVariant();
}

void write(const Binding &b, const QVariant &value, PS *s)
{
    switch (b.descriptor.type) {
    case SettingType::Choice:
        protocolVariantFromName(value.toString(), &s->variant);
        break;
    case SettingType::Bool:
        s->*(b.flag) = value.toBool();
        break;
    case SettingType::Integer:
        s->*(b.integer) = value.toInt();
        break;
    case SettingType::Duration:
        s->*(b.time) = value.toLongLong();
        break;
    case SettingType::Probability:
    case SettingType::Seed:
        break;
    }
}

constexpr SimTime maxRto = msToUs(3600000); // an hour

const QList<Binding> &bindings()
{
    static const QList<Binding> table = [] {
        QList<Binding> t = {
            variantSetting(
                QT_TRANSLATE_NOOP("tcplab::Settings", "Protocol variant"),
                QT_TRANSLATE_NOOP("tcplab::Settings",
                                  "Teaching variants leave out a rule to show what goes wrong without it.")),
            durationSetting(
                "rto_initial_ms", &PS::rtoInitial, SettingUnit::Milliseconds, msToUs(1), maxRto,
                QT_TRANSLATE_NOOP("tcplab::Settings", "Initial RTO"),
                QT_TRANSLATE_NOOP("tcplab::Settings",
                                  "RFC 6298: the first retransmission timeout is 1 s; it doubles on each retry.")),
            durationSetting(
                "rto_min_ms", &PS::rtoMin, SettingUnit::Milliseconds, msToUs(1), maxRto,
                QT_TRANSLATE_NOOP("tcplab::Settings", "Minimum RTO"),
                QT_TRANSLATE_NOOP("tcplab::Settings",
                                  "The retransmission timeout never drops below this (Linux: 200 ms; "
                                  "RFC 6298 §2.4 says 1 s). At most the initial RTO.")),
            durationSetting(
                "rto_max_ms", &PS::rtoMax, SettingUnit::Milliseconds, msToUs(1), maxRto,
                QT_TRANSLATE_NOOP("tcplab::Settings", "Maximum RTO"),
                QT_TRANSLATE_NOOP("tcplab::Settings",
                                  "Doubling stops at this timeout (Linux: 120 s; RFC 6298 §2.5 asks for "
                                  "at least 60 s). At least the initial RTO.")),
            integerSetting(
                "syn_retries", &PS::synRetries, SettingUnit::None, 0, 255,
                QT_TRANSLATE_NOOP("tcplab::Settings", "SYN retries"),
                QT_TRANSLATE_NOOP("tcplab::Settings",
                                  "Linux tcp_syn_retries: 6, so connect() gives up after about 127 s.")),
            integerSetting(
                "synack_retries", &PS::synAckRetries, SettingUnit::None, 0, 255,
                QT_TRANSLATE_NOOP("tcplab::Settings", "SYN,ACK retries"),
                QT_TRANSLATE_NOOP("tcplab::Settings", "Linux tcp_synack_retries: 5.")),
            integerSetting(
                "data_retries", &PS::dataRetries, SettingUnit::None, 0, 255,
                QT_TRANSLATE_NOOP("tcplab::Settings", "Data retries"),
                QT_TRANSLATE_NOOP("tcplab::Settings",
                                  "Linux tcp_retries2: 15 retransmissions of data before the "
                                  "connection is given up.")),
            integerSetting(
                "syn_linear_timeouts", &PS::synLinearTimeouts, SettingUnit::None, 0, 255,
                QT_TRANSLATE_NOOP("tcplab::Settings", "Linear SYN timeouts"),
                QT_TRANSLATE_NOOP("tcplab::Settings",
                                  "Linux 6.5+: this many extra SYN retries at the initial RTO before the "
                                  "doubling ones (Linux: 4; 0 = classic doubling).")),
            durationSetting(
                "msl_s", &PS::msl, SettingUnit::Seconds, 0, secondsToUs(3600),
                QT_TRANSLATE_NOOP("tcplab::Settings", "MSL"),
                QT_TRANSLATE_NOOP("tcplab::Settings",
                                  "Maximum segment lifetime; TIME-WAIT lasts twice as long (Linux: 60 s).")),
            durationSetting(
                "fin_wait2_timeout_s", &PS::finWait2Timeout, SettingUnit::Seconds, 0,
                secondsToUs(86400), QT_TRANSLATE_NOOP("tcplab::Settings", "FIN-WAIT-2 timeout"),
                QT_TRANSLATE_NOOP("tcplab::Settings",
                                  "Linux tcp_fin_timeout: how long a closed socket waits in FIN-WAIT-2 "
                                  "for the peer's FIN (60 s).")),
            boolSetting(
                "keepalive", &PS::keepalive, QT_TRANSLATE_NOOP("tcplab::Settings", "Keepalive"),
                QT_TRANSLATE_NOOP("tcplab::Settings",
                                  "SO_KEEPALIVE: probe a connection that has been idle, to find a peer "
                                  "that is gone (off unless the application asks).")),
            durationSetting(
                "keepalive_idle_s", &PS::keepaliveIdle, SettingUnit::Seconds, 1000,
                secondsToUs(86400), QT_TRANSLATE_NOOP("tcplab::Settings", "Keepalive idle time"),
                QT_TRANSLATE_NOOP("tcplab::Settings",
                                  "RFC 1122 §4.2.3.6: at least two hours by default (Linux: 7200 s).")),
            durationSetting(
                "keepalive_interval_s", &PS::keepaliveInterval, SettingUnit::Seconds, 1000,
                secondsToUs(86400), QT_TRANSLATE_NOOP("tcplab::Settings", "Keepalive interval"),
                QT_TRANSLATE_NOOP("tcplab::Settings",
                                  "Linux: a probe every 75 seconds (seconds, not minutes).")),
            integerSetting(
                "keepalive_probes", &PS::keepaliveProbes, SettingUnit::None, 1, 255,
                QT_TRANSLATE_NOOP("tcplab::Settings", "Keepalive probes"),
                QT_TRANSLATE_NOOP("tcplab::Settings", "Linux: 9 unanswered probes drop the connection.")),
            boolSetting(
                "delayed_ack", &PS::delayedAck, QT_TRANSLATE_NOOP("tcplab::Settings", "Delayed ACK"),
                QT_TRANSLATE_NOOP("tcplab::Settings",
                                  "RFC 1122 §4.2.3.2: hold an ACK back a little, so that it can travel "
                                  "with data or acknowledge two segments at once.")),
            // RFC 1122 §4.2.3.2: an ACK must not be delayed by more than 0.5 s.
            durationSetting(
                "delayed_ack_ms", &PS::delayedAckTimeout, SettingUnit::Milliseconds, msToUs(1),
                msToUs(500), QT_TRANSLATE_NOOP("tcplab::Settings", "Delayed ACK timeout"),
                QT_TRANSLATE_NOOP("tcplab::Settings",
                                  "How long an ACK may wait: under half a second by RFC 1122 §4.2.3.2 "
                                  "(Linux: about 40 ms).")),
            integerSetting(
                "quick_acks", &PS::quickAcks, SettingUnit::None, 0, 255,
                QT_TRANSLATE_NOOP("tcplab::Settings", "Quick ACKs"),
                QT_TRANSLATE_NOOP("tcplab::Settings",
                                  "With delayed ACK: how many of a connection's first data segments "
                                  "are still acknowledged at once (Linux quick-ACK mode: up to 16).")),
            integerSetting(
                "backlog", &PS::backlog, SettingUnit::None, 1, 65535,
                QT_TRANSLATE_NOOP("tcplab::Settings", "Listen backlog"),
                QT_TRANSLATE_NOOP("tcplab::Settings",
                                  "The default listen() backlog: how many connections may wait for "
                                  "accept().")),
            boolSetting(
                "syn_cookies", &PS::synCookies, QT_TRANSLATE_NOOP("tcplab::Settings", "SYN cookies"),
                QT_TRANSLATE_NOOP("tcplab::Settings",
                                  "The server keeps no state for a SYN until the final ACK proves the address.")),
            // The 16-bit window field without window scaling (RFC 9293 §3.1).
            integerSetting(
                "window", &PS::window, SettingUnit::Bytes, 1, 65535,
                QT_TRANSLATE_NOOP("tcplab::Settings", "Receive window"),
                QT_TRANSLATE_NOOP("tcplab::Settings",
                                  "The receive window advertised: at most 65535 bytes without window "
                                  "scaling (RFC 9293 §3.1).")),
            boolSetting(
                "time_wait_assassination", &PS::timeWaitAssassination,
                QT_TRANSLATE_NOOP("tcplab::Settings", "RST ends TIME-WAIT"),
                QT_TRANSLATE_NOOP("tcplab::Settings",
                                  "RFC 9293 §3.10.7.4 and Linux (tcp_rfc1337 = 0): an in-window RST "
                                  "received in TIME-WAIT ends it at once. Off: RFC 1337's protection.")),
            boolSetting(
                "time_wait_accepts_new_syn", &PS::timeWaitAcceptsNewSyn,
                QT_TRANSLATE_NOOP("tcplab::Settings", "New SYN reopens TIME-WAIT"),
                QT_TRANSLATE_NOOP("tcplab::Settings",
                                  "RFC 1122 §4.2.2.13, as Linux does: a SYN with a higher sequence number "
                                  "ends TIME-WAIT and opens a new connection.")),
            boolSetting(
                "time_wait_reopen_isn", &PS::timeWaitReopenIsn,
                QT_TRANSLATE_NOOP("tcplab::Settings", "ISN after TIME-WAIT from the old connection"),
                QT_TRANSLATE_NOOP("tcplab::Settings",
                                  "Linux: a connection that reopens TIME-WAIT starts its sequence numbers "
                                  "at the old SND.NXT + 65537, beyond anything the old one sent.")),
            boolSetting(
                "reset_carries_ack", &PS::resetCarriesAck,
                QT_TRANSLATE_NOOP("tcplab::Settings", "RST carries ACK"),
                QT_TRANSLATE_NOOP("tcplab::Settings",
                                  "Linux: a RST the endpoint sends on its own (abort, close with unread "
                                  "data, keepalive giving up) is RST,ACK; RFC 9293 §3.10.5 sends a bare RST.")),
            boolSetting(
                "rfc5961_challenge_ack", &PS::rfc5961ChallengeAck,
                QT_TRANSLATE_NOOP("tcplab::Settings", "Challenge ACK (RFC 5961)"),
                QT_TRANSLATE_NOOP("tcplab::Settings",
                                  "RFC 5961 §3.2, part of RFC 9293 §3.10.7.4: a RST that is in the window but "
                                  "not exactly at RCV.NXT is answered with a challenge ACK and does not end "
                                  "the connection, so a blind guess rarely succeeds. Off: the older rule, "
                                  "where any in-window RST resets.")),
            boolSetting(
                "new_syn_resets_syn_received", &PS::newSynResetsSynReceived,
                QT_TRANSLATE_NOOP("tcplab::Settings", "RST for a new SYN in SYN-RECEIVED"),
                QT_TRANSLATE_NOOP("tcplab::Settings",
                                  "Linux (tcp_check_req): a SYN with a new sequence number inside the window "
                                  "of a half-open connection is answered with a RST and the connection "
                                  "request is dropped. Off: RFC 9293 §3.10.7.4, back to LISTEN without an "
                                  "answer.")),
        };
        // The defaults are the struct's own initial values, so they are written once.
        const PS defaults;
        for (Binding &b : t)
            b.descriptor.defaultValue = read(b, defaults);
        return t;
    }();
    return table;
}

const Binding *findBinding(const QString &key)
{
    for (const Binding &b : bindings()) {
        if (b.descriptor.key == key)
            return &b;
    }
    return nullptr;
}

QString unknownSetting(const QString &key)
{
    return SettingMessages::tr("%1: unknown setting").arg(key);
}

} // namespace

QString protocolVariantName(ProtocolVariant v)
{
    for (const auto &n : variantNames) {
        if (n.variant == v)
            return QString::fromLatin1(n.name);
    }
    return QString();
}

bool protocolVariantFromName(const QString &name, ProtocolVariant *v)
{
    for (const auto &n : variantNames) {
        if (name == QLatin1String(n.name)) {
            *v = n.variant;
            return true;
        }
    }
    return false;
}

const QList<SettingDescriptor> &ProtocolSettings::descriptors()
{
    static const QList<SettingDescriptor> list = [] {
        QList<SettingDescriptor> l;
        for (const Binding &b : bindings())
            l << b.descriptor;
        return l;
    }();
    return list;
}

const SettingDescriptor *ProtocolSettings::descriptor(const QString &key)
{
    for (const SettingDescriptor &d : descriptors()) {
        if (d.key == key)
            return &d;
    }
    return nullptr;
}

QStringList ProtocolSettings::keys()
{
    QStringList keys;
    for (const Binding &b : bindings())
        keys << b.descriptor.key;
    return keys;
}

QVariant ProtocolSettings::value(const QString &key) const
{
    const Binding *b = findBinding(key);
    return b ? read(*b, *this) : QVariant();
}

bool ProtocolSettings::setValue(const QString &key, const QVariant &value, QString *error)
{
    const Binding *b = findBinding(key);
    QString problem;
    if (!b)
        problem = unknownSetting(key);
    else if (!SettingsValidation::checkValue(b->descriptor, value, &problem))
        problem = key + QLatin1String(": ") + problem;
    if (!problem.isEmpty()) {
        if (error)
            *error = problem;
        return false;
    }
    write(*b, value, this);
    return true;
}

bool ProtocolSettings::parse(const QString &key, const QString &text, QVariant *value,
                             QString *error)
{
    const SettingDescriptor *d = descriptor(key);
    QString problem;
    if (!d)
        problem = unknownSetting(key);
    else if (!d->parse(text, value, &problem))
        problem = key + QLatin1String(": ") + problem;
    if (!problem.isEmpty()) {
        if (error)
            *error = problem;
        return false;
    }
    return true;
}

bool ProtocolSettings::set(const QString &key, const QString &text, QString *error)
{
    QVariant v;
    return parse(key, text, &v, error) && setValue(key, v, error);
}

QString ProtocolSettings::text(const QString &key) const
{
    const Binding *b = findBinding(key);
    return b ? b->descriptor.format(read(*b, *this)) : QString();
}

QList<ProtocolVariant> protocolVariants()
{
    QList<ProtocolVariant> variants;
    for (const auto &n : variantNames)
        variants.append(n.variant);
    return variants;
}

} // namespace tcplab
