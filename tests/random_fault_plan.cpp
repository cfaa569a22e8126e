#include "random_fault_plan.h"

#include "scenario/scenario_library.h"
#include "settings/protocol_profile.h"
#include "sim/simulator.h"
#include "trace/trace.h"

#include <QHash>
#include <QSet>

#include <array>
#include <cmath>
#include <random>

namespace tcplab::testing {

namespace {

// The shipped scenarios the plans disturb. Left out: the SYN floods (a thousand sockets
// each: slow, and their lesson is the listener, which the flood tests pin) and
// old-segment-new-incarnation, whose lesson *is* a broken promise (old data taken as new
// under the no-time-wait variant).
const char *const kBaseIds[] = {
    "handshake-and-close", "three-way-handshake", "lost-syn", "simultaneous-open",
    "lost-syn-ack", "syn-timeout", "connection-refused", "old-duplicate-syn",
    "two-way-handshake-problem", "data-transfer", "mss-pppoe", "server-closes-first",
    "simultaneous-close", "half-close", "three-segment-close", "fin-wait-2-timeout",
    "lost-final-ack", "no-time-wait-lost-ack", "time-wait-new-syn", "time-wait-assassination",
    "process-killed", "close-with-unread-data", "abort-rst", "half-open-discovery",
    "keepalive-dead-peer",
};

class PlanMaker
{
public:
    explicit PlanMaker(uint64_t seed) : m_rng(seed) {}

    bool chance(double p) { return std::uniform_real_distribution<double>(0.0, 1.0)(m_rng) < p; }
    int64_t uniform(int64_t lo, int64_t hi) { return std::uniform_int_distribution<int64_t>(lo, hi)(m_rng); }
    double real(double lo, double hi) { return std::uniform_real_distribution<double>(lo, hi)(m_rng); }
    uint64_t next() { return m_rng(); }
    template<typename T, size_t N>
    T pick(const std::array<T, N> &options) { return options[size_t(uniform(0, int64_t(N) - 1))]; }

private:
    std::mt19937_64 m_rng;
};

QStringList tcpHosts(const Scenario &s)
{
    QStringList names;
    for (const HostSpec &h : s.hosts) {
        if (h.kind == HostKind::Host)
            names << h.name;
    }
    return names;
}

SimTime lastActionTime(const Scenario &s)
{
    SimTime last = 0;
    for (const AppAction &a : s.actions)
        last = std::max(last, a.at);
    return last;
}

} // namespace

// Whether every connection of the scenario, undisturbed and given time, ends CLOSED
// because its own application ends it: each host that opens or accepts a connection
// closes, aborts or is killed (a host that waits for its peer's RST stays open when that
// RST is lost, which is no fault of TCP's: a RST is never retransmitted).
bool settles(const Scenario &s)
{
    QSet<QString> opens, ends;
    for (const AppAction &a : s.actions) {
        if (a.kind == AppActionKind::Listen || a.kind == AppActionKind::Connect)
            opens.insert(a.host);
        if (a.kind == AppActionKind::Close || a.kind == AppActionKind::Abort || a.kind == AppActionKind::Kill)
            ends.insert(a.host);
    }
    if (!ends.contains(opens))
        return false;
    const Trace t = Simulator::run(s, s.duration + kSettleTime);
    for (const SocketInfo &sock : t.sockets) {
        if (!sock.listener && t.stateAt(sock.id, t.endTime) != TcpState::Closed)
            return false;
    }
    return true;
}

QList<Base> makeBases()
{
    QList<Base> bases;
    for (const char *id : kBaseIds) {
        const auto loaded = ScenarioLibrary::load(QLatin1String(id));
        if (!loaded.ok)
            qFatal("built-in scenario %s does not load: %s", id, qPrintable(loaded.errors.join(QLatin1String("; "))));
        bases.append({QLatin1String(id), loaded.scenario, settles(loaded.scenario)});
        if (qstrcmp(id, "handshake-and-close") == 0) {
            // The same story with several segments of data each way, so that loss, delay
            // and duplication can also reorder data (the built-in request fits in one).
            Base bulk{QStringLiteral("handshake-and-close, 5000 bytes each way"), loaded.scenario, false};
            int sends = 0;
            for (AppAction &a : bulk.scenario.actions) {
                if (a.kind != AppActionKind::Send)
                    continue;
                QByteArray data;
                for (int i = 0; data.size() < 5000; ++i)
                    data += QByteArray::number(sends) + ':' + QByteArray::number(i) + ' ';
                a.data = data;
                ++sends;
            }
            bulk.settles = settles(bulk.scenario);
            bases.append(bulk);
        }
    }
    return bases;
}

Plan makePlan(const QList<Base> &bases, int number)
{
    PlanMaker r(0x9E3779B97F4A7C15ull * uint64_t(number + 1));
    Plan plan;
    plan.number = number;
    // Round robin over the bases, the first (handshake-and-close) and its bulk twin twice
    // as often: they have the most segments to disturb.
    const int cycle = int(bases.size()) + 2;
    const int slot = number % cycle;
    plan.base = slot < bases.size() ? slot : slot - int(bases.size());
    const Base &base = bases[plan.base];
    plan.scenario = base.scenario;
    Scenario &s = plan.scenario;
    const QStringList hosts = tcpHosts(s);
    const SimTime storyEnd = std::min(s.duration, lastActionTime(base.scenario) + secondsToUs(3));

    // Randomness: every plan its own seed; ISNs fixed, drawn from that seed, random, or
    // just below 2^32 so that sequence numbers wrap during the run.
    s.network.seed = r.next();
    for (AppAction &a : s.actions) {
        if (a.kind != AppActionKind::Listen && a.kind != AppActionKind::Connect)
            continue;
        switch (r.uniform(0, 3)) {
        case 0: break;
        case 1: a.isn.reset(); break;
        case 2: a.isn = uint32_t(r.next()); break;
        default:
            // Right below 2^32 the SYN or FIN itself wraps; a few kilobytes below, the data.
            a.isn = uint32_t(0xFFFFFFFFu - uint32_t(r.chance(0.5) ? r.uniform(0, 40) : r.uniform(0, 6000)));
            plan.nearWrapIsn = true;
            break;
        }
    }
    if (r.chance(0.25)) {
        s.network.loss = r.pick(std::array{0.02, 0.05, 0.1, 0.2});
        plan.lossOrJitter = true;
    }
    if (r.chance(0.25) && s.network.links.isEmpty()) {
        s.network.jitter = r.uniform(1, std::max<SimTime>(1, s.network.delay));
        plan.lossOrJitter = true;
    }

    // Protocol: the linux profile (RST,ACK, quick and delayed ACKs, linear SYN retries),
    // the teaching variants, tight retry limits (failure paths), a low RTO cap and linear
    // SYN timeouts (the backoff rules), a short MSL.
    if (r.chance(0.3))
        s.setProfile(ProtocolProfile::Linux);
    ProtocolSettings &p = s.protocol;
    if (p.variant == ProtocolVariant::Standard && r.chance(0.2))
        p.variant = r.chance(0.5) ? ProtocolVariant::TwoWayHandshake : ProtocolVariant::NoTimeWait;
    if (r.chance(0.3)) {
        p.synRetries = int(r.uniform(0, 3));
        p.synAckRetries = int(r.uniform(0, 3));
        p.dataRetries = int(r.uniform(1, 4));
    }
    if (r.chance(0.15))
        p.rtoMax = std::max(p.rtoInitial, secondsToUs(r.uniform(2, 8)));
    if (r.chance(0.15))
        p.synLinearTimeouts = int(r.uniform(1, 4));
    if (r.chance(0.2))
        p.msl = secondsToUs(r.uniform(1, 30));

    // Applications and hosts that fail.
    auto extra = [&](AppActionKind kind, SimTime at) {
        AppAction a;
        a.kind = kind;
        a.at = at;
        a.host = hosts[int(r.uniform(0, hosts.size() - 1))];
        s.actions.append(a);
        return a.host;
    };
    if (!hosts.isEmpty()) {
        if (r.chance(0.12)) {
            extra(AppActionKind::Abort, r.uniform(0, storyEnd));
            plan.abort = true;
        }
        if (r.chance(0.08)) {
            const SimTime at = r.uniform(0, storyEnd);
            const QString host = extra(AppActionKind::Crash, at);
            plan.crash = true;
            if (r.chance(0.5)) {
                AppAction reboot;
                reboot.kind = AppActionKind::Reboot;
                reboot.host = host;
                reboot.at = std::min(s.duration, at + secondsToUs(r.uniform(1, 10)));
                s.actions.append(reboot);
            }
        }
        if (r.chance(0.08)) {
            extra(AppActionKind::Kill, r.uniform(0, storyEnd));
            plan.kill = true;
        }
    }

    plan.cut = r.chance(0.08);
    plan.limit = plan.cut ? r.uniform(0, s.duration) : s.duration + kSettleTime;

    // Faults aimed at segments of the undisturbed run (this plan without its faults), so
    // that nearly every rule hits; counted per sender and per flag filter as the fault
    // keys count them.
    const Trace probe = Simulator::run(s, plan.limit);
    QHash<QString, std::array<int, 4>> counts; // any, SYN, FIN, ACK
    QHash<QString, QList<int>> dataOrdinals;   // "any" ordinals of segments carrying data
    constexpr std::array<TcpFlags, 4> filters = {TcpFlags(0), TcpFlags(TcpFlag::Syn), TcpFlags(TcpFlag::Fin),
                                                 TcpFlags(TcpFlag::Ack)};
    for (const SegmentRecord &rec : probe.segments) {
        if (rec.kind == SegmentKind::Duplicate || probe.hosts[rec.fromHost].attacker)
            continue;
        auto &c = counts[probe.hosts[rec.fromHost].name];
        for (size_t f = 0; f < filters.size(); ++f)
            c[f] += (rec.segment.flags & filters[f]) == filters[f] ? 1 : 0;
        if (!rec.segment.payload.isEmpty())
            dataOrdinals[probe.hosts[rec.fromHost].name].append(c[0]);
    }
    QStringList senders = counts.keys();
    senders.sort(); // a QHash has no fixed order; the plan must not depend on it
    const int rules = senders.isEmpty() || r.chance(0.05) ? 0 : int(r.uniform(1, 4));
    for (int i = 0; i < rules; ++i) {
        FaultRule rule;
        rule.kind = r.pick(std::array{FaultKind::Drop, FaultKind::Drop, FaultKind::Delay, FaultKind::Duplicate});
        rule.host = senders[int(r.uniform(0, senders.size() - 1))];
        const auto &c = counts[rule.host];
        size_t f = r.chance(0.6) ? 0 : size_t(r.uniform(1, 3));
        if (c[f] == 0)
            f = 0;
        rule.flags = filters[f];
        rule.ordinal = int(r.uniform(1, c[f]));
        const QList<int> &data = dataOrdinals[rule.host];
        if (f == 0 && !data.isEmpty() && r.chance(0.5))
            rule.ordinal = data[int(r.uniform(0, data.size() - 1))]; // aimed at data
        if (rule.kind != FaultKind::Drop) {
            // 1 ms … 3 s, log-uniform so short and long delays are both common.
            rule.delta = std::max<SimTime>(1, SimTime(std::exp(r.real(0.0, std::log(3000.0))))) * usPerMs;
        }
        bool repeated = false;
        for (const FaultRule &existing : s.faults)
            repeated = repeated || (existing.kind == rule.kind && existing.host == rule.host
                                    && existing.flags == rule.flags && existing.ordinal == rule.ordinal);
        if (repeated)
            continue;
        s.faults.append(rule);
        ++plan.randomRules;
    }
    plan.expectAllClosed = base.settles && !plan.cut && !plan.crash
        && p.variant != ProtocolVariant::TwoWayHandshake && s.network.loss == 0.0;
    return plan;
}

} // namespace tcplab::testing
