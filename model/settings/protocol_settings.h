#pragma once

#include "sim/sim_time.h"

#include <QString>
#include <QStringList>

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
    SimTime delayedAckTimeout = msToUs(40);   // Linux's quick-ack floor, about 40 ms
    int backlog = 128;                        // default listen() backlog
    bool synCookies = false;
    int window = 65535;                       // receive buffer advertised (no scaling)
    bool timeWaitAssassination = false;       // RST in TIME-WAIT ends it (Linux tcp_rfc1337=0)
    bool timeWaitAcceptsNewSyn = true;        // Linux: higher-seq SYN in TIME-WAIT reopens

    // Setting names as in the scenario file ("rto_initial_ms", "syn_retries", ...).
    static QStringList keys();
    // Sets one setting from text; on failure returns false and explains in *error.
    bool set(const QString &key, const QString &value, QString *error);
    // The value of one setting as text (scenario-file spelling).
    QString value(const QString &key) const;

    friend bool operator==(const ProtocolSettings &, const ProtocolSettings &) = default;
};

} // namespace tcplab
