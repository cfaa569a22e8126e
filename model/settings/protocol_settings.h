#pragma once

#include "settings/setting_descriptor.h"
#include "sim/sim_time.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace tcplab {

// Teaching variants: what goes wrong without a rule (docs/teaching-notes.md, «Teaching variants»).
enum class ProtocolVariant {
    Standard,
    TwoWayHandshake, // the server counts the connection as open on the SYN alone
    NoTimeWait,      // the active closer forgets the connection right after its last ACK
};

QString protocolVariantName(ProtocolVariant v); // "standard", "two-way-handshake", "no-time-wait"
bool protocolVariantFromName(const QString &name, ProtocolVariant *v);
// Every variant, the real rule first, in the order of the names above: what a list of
// variants on screen offers.
QList<ProtocolVariant> protocolVariants();

// The protocol's knobs, defaulting to the real numbers (RFC 6298, RFC 1122, Linux).
struct ProtocolSettings {
    ProtocolVariant variant = ProtocolVariant::Standard;
    SimTime rtoInitial = secondsToUs(1);      // RFC 6298 §2.1
    SimTime rtoMin = msToUs(200);             // Linux TCP_RTO_MIN (RFC 6298 says 1 s)
    SimTime rtoMax = secondsToUs(120);        // Linux TCP_RTO_MAX
    int synRetries = 6;                       // Linux tcp_syn_retries
    int synAckRetries = 5;                    // Linux tcp_synack_retries
    int dataRetries = 15;                     // Linux tcp_retries2
    int synLinearTimeouts = 0;                // Linux tcp_syn_linear_timeouts (0 = classic doubling)
    SimTime msl = secondsToUs(30);            // 2×MSL = 60 s, Linux's fixed TIME-WAIT
    SimTime finWait2Timeout = secondsToUs(60); // Linux tcp_fin_timeout, orphaned sockets only
    bool keepalive = false;                   // SO_KEEPALIVE, off unless the application asks
    SimTime keepaliveIdle = secondsToUs(7200); // RFC 1122 §4.2.3.6: no less than two hours
    SimTime keepaliveInterval = secondsToUs(75);
    int keepaliveProbes = 9;
    bool delayedAck = false;
    SimTime delayedAckTimeout = msToUs(40);   // Linux TCP_DELACK_MIN / TCP_ATO_MIN, 40 ms
    int quickAcks = 0;                        // Linux TCP_MAX_QUICKACKS: first data ACKed at once
    int backlog = 128;                        // default listen() backlog
    bool synCookies = false;
    int window = 65535;                       // receive buffer advertised (no scaling)
    bool timeWaitAssassination = true;        // RST in TIME-WAIT ends it (RFC 9293 §3.10.7.4,
                                              // Linux tcp_rfc1337=0); false = RFC 1337
    bool timeWaitAcceptsNewSyn = true;        // Linux: higher-seq SYN in TIME-WAIT reopens
    bool timeWaitReopenIsn = false;           // Linux: the reopened connection's ISN is the old
                                              // SND.NXT + 65537 (tcp_timewait_state_process)
    bool resetCarriesAck = false;             // Linux tcp_send_active_reset: RST,ACK
    bool rfc5961ChallengeAck = true;          // RFC 5961 §3.2/§4.2 (RFC 9293 §3.10.7.4); off = RFC 793 rule
    bool newSynResetsSynReceived = false;     // Linux tcp_check_req: RST for an in-window new SYN
                                              // in a passive SYN-RECEIVED (RFC 9293: silently LISTEN)

    // Every setting, once: key as in the scenario file, type, unit, range, default, label
    // and description, in the file's order. Editors, the file and the command line read it.
    static const QList<SettingDescriptor> &descriptors();
    // The descriptor of one key, or null.
    static const SettingDescriptor *descriptor(const QString &key);
    // The keys of descriptors(), in order ("variant", "rto_initial_ms", ...).
    static QStringList keys();

    // One setting's typed value (SettingDescriptor::valueType()); null for an unknown key.
    QVariant value(const QString &key) const;
    // Sets one setting from a typed value checked by SettingsValidation::checkValue; on
    // failure returns false, changes nothing and explains in *error ("syn_retries: must be
    // between 0 and 255"). The rules between settings (the RTO's order) are checked over the
    // whole set by SettingsValidation::check, so settings can be given in any order.
    bool setValue(const QString &key, const QVariant &value, QString *error);

    // Text as typed on the command line to the typed value of `key`; on failure returns
    // false and explains in *error ("msl_s: 'abc' is not a number").
    static bool parse(const QString &key, const QString &text, QVariant *value, QString *error);
    // parse(), then setValue().
    bool set(const QString &key, const QString &text, QString *error);
    // One setting in the scenario file's spelling ("1000", "true", "standard").
    QString text(const QString &key) const;

    friend bool operator==(const ProtocolSettings &, const ProtocolSettings &) = default;
};

} // namespace tcplab
