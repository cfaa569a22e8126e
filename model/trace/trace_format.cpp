#include "trace/trace_format.h"

#include <QHash>
#include <QStringList>

#include <cstdio>

namespace tcplab {

namespace {

// A tiny JSON object writer: keys come out in the order they are added, which keeps the
// JSONL form stable and easy to read (QJsonDocument would sort them).
class JsonLine
{
public:
    JsonLine() { m_out.reserve(160); m_out += '{'; }

    void add(const char *key, qint64 value) { addKey(key); m_out += QByteArray::number(value); }
    void add(const char *key, const QString &value)
    {
        addKey(key);
        appendString(value);
    }
    void add(const char *key, const char *value) { add(key, QString::fromLatin1(value)); }
    void addBool(const char *key, bool value)
    {
        addKey(key);
        m_out += value ? "true" : "false";
    }
    void add(const char *key, const QStringList &values)
    {
        addKey(key);
        m_out += '[';
        for (int i = 0; i < values.size(); ++i) {
            if (i)
                m_out += ',';
            appendString(values[i]);
        }
        m_out += ']';
    }
    QByteArray finish()
    {
        m_out += '}';
        return m_out;
    }

private:
    void addKey(const char *key)
    {
        if (!m_first)
            m_out += ',';
        m_first = false;
        m_out += '"';
        m_out += key;
        m_out += "\":";
    }
    // RFC 8259 §7: escape the quote, the backslash and control characters; the rest is
    // written as UTF-8.
    void appendString(const QString &s)
    {
        m_out += '"';
        const QByteArray utf8 = s.toUtf8();
        for (const char c : utf8) {
            const auto u = static_cast<unsigned char>(c);
            switch (c) {
            case '"': m_out += "\\\""; break;
            case '\\': m_out += "\\\\"; break;
            case '\n': m_out += "\\n"; break;
            case '\r': m_out += "\\r"; break;
            case '\t': m_out += "\\t"; break;
            default:
                if (u < 0x20) {
                    char buf[8];
                    std::snprintf(buf, sizeof buf, "\\u%04x", u);
                    m_out += buf;
                } else {
                    m_out += c;
                }
            }
        }
        m_out += '"';
    }

    QByteArray m_out;
    bool m_first = true;
};

// What the formatters look up for every event, computed once per trace.
struct Names {
    explicit Names(const Trace &t, const TraceFormatOptions &options = {})
        : trace(t), socketsPerHost(t.hosts.size(), 0)
    {
        for (const SocketInfo &s : t.sockets) {
            if (s.host >= 0 && s.host < socketsPerHost.size())
                ++socketsPerHost[s.host];
        }
        if (options.numbering == SequenceNumbering::Relative)
            computeRelativeNumbers();
    }

    // The segment as printed: with relative numbers when asked for.
    Segment printed(const SegmentRecord &rec) const
    {
        Segment s = rec.segment;
        if (rec.id >= 0 && rec.id < relative.size()) {
            s.seq = relative[rec.id].first;
            if (s.has(TcpFlag::Ack))
                s.ack = relative[rec.id].second;
        }
        return s;
    }

    // The ss-like name of a socket, whatever the host's socket count: "B:80" for a
    // listener, "B:80↔A:40000" for a connection.
    QString fullSocketLabel(const SocketInfo &info) const
    {
        QString s = QStringLiteral("%1:%2").arg(host(info.host)).arg(info.local.port);
        if (!info.listener && info.remote.address != 0)
            s += QStringLiteral("↔%1:%2").arg(peerName(info.remote.address, info.host)).arg(info.remote.port);
        return s;
    }

    QString host(int index) const { return trace.hostName(index); }

    // The other end's host: the one that owns the address, other than `self` when both
    // ends share it (a capture on loopback, where A and B are both 127.0.0.1).
    QString peerName(uint32_t a, int self) const
    {
        for (int i = 0; i < trace.hosts.size(); ++i) {
            if (i != self && trace.hosts[i].address == a)
                return trace.hosts[i].name;
        }
        return address(a);
    }

    // The name of the host that owns an address, or the dotted address when none does
    // (forged sources of a SYN flood).
    QString address(uint32_t a) const
    {
        for (const HostInfo &h : trace.hosts) {
            if (h.address == a)
                return h.name;
        }
        return formatIpv4(a);
    }

    // The receiving host's name; the dotted address when the address is nobody's own (a
    // SYN,ACK answering a forged source goes to that address, not to the attacker whose
    // lifeline the simulator files it under).
    QString destination(const SegmentRecord &rec) const
    {
        if (rec.toHost >= 0 && rec.toHost < trace.hosts.size()
            && trace.hosts[rec.toHost].address == rec.segment.destination.address)
            return trace.hosts[rec.toHost].name;
        return formatIpv4(rec.segment.destination.address);
    }

    // The stable key the fault options use: sender and its ordinal ("A#3").
    QString senderKey(const SegmentRecord &rec) const
    {
        return QStringLiteral("%1#%2").arg(host(rec.fromHost)).arg(rec.senderOrdinal);
    }

    // A source address that is not the sender's own: an attacker's forgery.
    bool spoofed(const SegmentRecord &rec) const
    {
        return rec.fromHost >= 0 && rec.fromHost < trace.hosts.size()
            && trace.hosts[rec.fromHost].address != rec.segment.source.address;
    }

    // "B" while the host has one socket; otherwise the socket's label, or its ports the
    // way `ss` shows them ("B:80" for a listener, "B:80↔A:40000" for a connection).
    QString socket(int hostIndex, int socketIndex) const
    {
        const QString name = host(hostIndex);
        if (socketIndex < 0 || socketIndex >= trace.sockets.size() || hostIndex < 0
            || hostIndex >= socketsPerHost.size() || socketsPerHost[hostIndex] < 2)
            return name;
        const SocketInfo &info = trace.sockets[socketIndex];
        if (!info.label.isEmpty())
            return QStringLiteral("%1/%2").arg(name, info.label);
        QString s = QStringLiteral("%1:%2").arg(name).arg(info.local.port);
        if (!info.listener && info.remote.address != 0)
            s += QStringLiteral("↔%1:%2").arg(peerName(info.remote.address, info.host)).arg(info.remote.port);
        return s;
    }

    const Trace &trace;
    QList<int> socketsPerHost;
    QList<QPair<uint32_t, uint32_t>> relative; // per segment id: seq, ack (Relative only)

private:
    // Wireshark's relative numbers: each direction of a conversation counts from its
    // sender's initial sequence number (its SYN's, else the first number seen), and an ack
    // from the other direction's. A SYN with a new number starts a new incarnation.
    void computeRelativeNumbers()
    {
        // A direction: (source address, destination address) and (source port, destination port).
        using Direction = QPair<quint64, quint32>;
        auto direction = [](const SocketAddress &from, const SocketAddress &to) {
            return Direction{(quint64(from.address) << 32) | to.address, (quint32(from.port) << 16) | to.port};
        };
        QHash<Direction, uint32_t> bases;
        relative.resize(trace.segments.size());
        for (const SegmentRecord &rec : trace.segments) {
            const Segment &s = rec.segment;
            const Direction forward = direction(s.source, s.destination);
            auto base = bases.find(forward);
            if (base == bases.end())
                base = bases.insert(forward, s.seq);
            else if (s.has(TcpFlag::Syn) && rec.kind == SegmentKind::Original)
                *base = s.seq;
            const auto peerBase = bases.constFind(direction(s.destination, s.source));
            relative[rec.id] = {s.seq - *base, peerBase != bases.cend() ? s.ack - *peerBase : s.ack};
        }
    }
};

QString formatDelta(SimTime us)
{
    if (us % usPerSecond == 0)
        return QStringLiteral("%1s").arg(us / usPerSecond);
    if (us % usPerMs == 0)
        return QStringLiteral("%1ms").arg(us / usPerMs);
    return QStringLiteral("%1us").arg(us);
}

// Whether a segment's send reason is printed. `injected` is: a hand-made segment of an
// `inject` action looks like any other on the wire, and without the mark a reader would take
// the acting host's TCP for its author. The other reasons (why a RST, a SYN cookie, a probe)
// are the narration's to explain and are not printed, so stored traces keep their bytes.
bool printsSendReason(const SegmentRecord &rec)
{
    return rec.reason == SendReason::Injected;
}

void addSegmentFields(JsonLine &j, const Names &n, const TraceEvent &e)
{
    if (e.host >= 0 && e.host < n.trace.hosts.size())
        j.add("host", n.host(e.host));
    j.add("socket", e.socket);
    j.add("seg", e.segment);
    if (e.segment < 0 || e.segment >= n.trace.segments.size())
        return;
    const SegmentRecord &rec = n.trace.segments[e.segment];
    const Segment s = n.printed(rec);
    j.add("from", n.host(rec.fromHost));
    j.add("to", n.destination(rec));
    if (n.spoofed(rec))
        j.add("spoofed_src", formatIpv4(s.source.address));
    j.add("sport", s.source.port);
    j.add("dport", s.destination.port);
    j.add("seq", static_cast<qint64>(s.seq));
    j.add("ack", static_cast<qint64>(s.ack));
    j.add("flags", tcpFlagNames(s.flags));
    j.add("len", s.payload.size());
    j.add("win", s.window);
    if (s.mss)
        j.add("mss", s.mss);
    j.add("kind", segmentKindName(rec.kind));
    if (s.keepaliveProbe)
        j.addBool("keepalive", true);
    if (printsSendReason(rec))
        j.add("send_reason", sendReasonName(rec.reason));
    if (rec.retransmissionOf >= 0)
        j.add("retransmission_of", rec.retransmissionOf);
    if (rec.duplicateOf >= 0)
        j.add("duplicate_of", rec.duplicateOf);
    j.add("key", n.senderKey(rec));
    if (e.type == TraceEventType::Drop)
        j.add("reason", dropReasonName(e.dropReason != DropReason::None ? e.dropReason : rec.dropReason));
    if (rec.fault != FaultKind::None) {
        j.add("fault", faultKindName(rec.fault));
        j.add("fault_delta_us", rec.faultDelta);
    }
}

QString segmentMarks(const SegmentRecord &rec)
{
    QString marks;
    if (rec.kind != SegmentKind::Original)
        marks += QStringLiteral(" (%1)").arg(segmentKindName(rec.kind));
    if (printsSendReason(rec))
        marks += QStringLiteral(" (%1)").arg(sendReasonName(rec.reason));
    if (rec.fault == FaultKind::Delay)
        marks += QStringLiteral(" (delayed +%1)").arg(formatDelta(rec.faultDelta));
    else if (rec.fault == FaultKind::Duplicate)
        marks += QStringLiteral(" (copy +%1)").arg(formatDelta(rec.faultDelta));
    return marks;
}

QByteArray eventToJson(const Names &n, const TraceEvent &e)
{
    JsonLine j;
    j.add("t_us", e.time);
    j.add("event", traceEventTypeName(e.type));
    switch (e.type) {
    case TraceEventType::App:
        j.add("host", n.host(e.host));
        if (e.socket >= 0)
            j.add("socket", e.socket);
        j.add("call", appActionKindName(e.appCall));
        j.add("bytes", e.appBytes);
        break;
    case TraceEventType::State:
        j.add("host", n.host(e.host));
        j.add("socket", e.socket);
        j.add("from", tcpStateName(e.fromState));
        j.add("to", tcpStateName(e.toState));
        j.add("cause", stateCauseName(e.cause));
        break;
    case TraceEventType::Send:
    case TraceEventType::Deliver:
    case TraceEventType::Drop:
        addSegmentFields(j, n, e);
        break;
    case TraceEventType::Timer:
        j.add("host", n.host(e.host));
        j.add("socket", e.socket);
        j.add("timer", timerKindName(e.timer));
        j.add("action", timerActionName(e.timerAction));
        if (e.timerAction == TimerAction::Set)
            j.add("due_us", e.due);
        break;
    case TraceEventType::Notice:
        j.add("host", n.host(e.host));
        j.add("socket", e.socket);
        j.add("notice", noticeKindName(e.notice));
        j.add("bytes", e.data.size());
        if (e.notice == NoticeKind::FaultMatchedNothing)
            j.add("fault_rule", e.faultRule);
        if (const QString error = noticeErrorName(e.notice); !error.isEmpty())
            j.add("error", error);
        break;
    case TraceEventType::Host:
        j.add("host", n.host(e.host));
        j.add("what", hostEventKindName(e.hostEvent));
        break;
    }
    return j.finish();
}

QString eventToText(const Names &n, const TraceEvent &e)
{
    QString line = formatSimTime(e.time) + QLatin1Char(' ');
    switch (e.type) {
    case TraceEventType::App:
        line += n.socket(e.host, e.socket) + QStringLiteral(" app ") + appActionKindName(e.appCall);
        if (e.appBytes > 0)
            line += QStringLiteral(" %1 bytes").arg(e.appBytes);
        break;
    case TraceEventType::State:
        line += QStringLiteral("%1 %2 → %3 (%4)")
                    .arg(n.socket(e.host, e.socket), tcpStateName(e.fromState),
                         tcpStateName(e.toState), stateCauseName(e.cause));
        break;
    case TraceEventType::Send:
    case TraceEventType::Deliver:
    case TraceEventType::Drop: {
        if (e.segment < 0 || e.segment >= n.trace.segments.size()) {
            line += QStringLiteral("? segment %1").arg(e.segment);
            break;
        }
        const SegmentRecord &rec = n.trace.segments[e.segment];
        line += n.host(rec.fromHost) + QStringLiteral("→") + n.destination(rec) + QLatin1Char(' ');
        if (e.type == TraceEventType::Deliver) {
            line += QStringLiteral("✓ delivered ");
        } else if (e.type == TraceEventType::Drop) {
            const DropReason reason = e.dropReason != DropReason::None ? e.dropReason : rec.dropReason;
            line += QStringLiteral("✗ dropped (%1) ").arg(dropReasonName(reason));
        }
        line += n.printed(rec).summary() + segmentMarks(rec);
        if (e.type == TraceEventType::Send) {
            if (n.spoofed(rec))
                line += QStringLiteral(" from %1").arg(formatIpv4(rec.segment.source.address));
            // The sender's ordinal is the key the fault options take (--drop A#3).
            line += QStringLiteral("  [%1]").arg(n.senderKey(rec));
        }
        break;
    }
    case TraceEventType::Timer:
        line += QStringLiteral("%1 timer %2 %3")
                    .arg(n.socket(e.host, e.socket), timerKindName(e.timer),
                         timerActionName(e.timerAction));
        if (e.timerAction == TimerAction::Set)
            line += QStringLiteral(" due %1").arg(formatSimTime(e.due));
        break;
    case TraceEventType::Notice:
        line += QStringLiteral("%1 notice %2").arg(n.socket(e.host, e.socket), noticeKindName(e.notice));
        if (e.notice == NoticeKind::FaultMatchedNothing)
            line += QStringLiteral(" (faults[%1])").arg(e.faultRule);
        if (const QString error = noticeErrorName(e.notice); !error.isEmpty())
            line += QStringLiteral(" (%1)").arg(error);
        if (!e.data.isEmpty())
            line += QStringLiteral(" %1 bytes").arg(e.data.size());
        break;
    case TraceEventType::Host:
        line += QStringLiteral("%1 host %2").arg(n.host(e.host), hostEventKindName(e.hostEvent));
        break;
    }
    return line;
}

QString addressText(const Names &n, const SocketAddress &a)
{
    Q_UNUSED(n);
    return QStringLiteral("%1:%2").arg(formatIpv4(a.address)).arg(a.port);
}

QByteArray socketToJson(const Names &n, SimTime t, const SocketInfo &info)
{
    JsonLine j;
    j.add("t_us", t);
    j.add("event", "socket");
    j.add("host", n.host(info.host));
    j.add("socket", info.id);
    j.add("label", n.fullSocketLabel(info));
    j.add("local", addressText(n, info.local));
    if (info.listener)
        j.addBool("listener", true);
    else
        j.add("remote", addressText(n, info.remote));
    if (info.listenerSocket >= 0)
        j.add("parent", info.listenerSocket);
    if (!info.label.isEmpty())
        j.add("name", info.label);
    return j.finish();
}

QString socketToText(const Names &n, SimTime t, const SocketInfo &info)
{
    QString line = formatSimTime(t) + QLatin1Char(' ');
    line += QStringLiteral("%1 socket %2 %3 (").arg(n.host(info.host)).arg(info.id).arg(n.fullSocketLabel(info));
    line += addressText(n, info.local);
    if (info.listener)
        line += QStringLiteral(" listening");
    else
        line += QStringLiteral(" ↔ ") + addressText(n, info.remote);
    line += QLatin1Char(')');
    if (!info.label.isEmpty())
        line += QStringLiteral(" \"%1\"").arg(info.label);
    return line;
}

// Calls `introduce` for each socket the event is the first to name, then `event`.
template<typename Introduce, typename Event>
void forEachEventWithSockets(const Trace &trace, Introduce introduce, Event event)
{
    QList<bool> introduced(trace.sockets.size(), false);
    for (const TraceEvent &e : trace.events) {
        if (e.socket >= 0 && e.socket < trace.sockets.size() && !introduced[e.socket]) {
            introduced[e.socket] = true;
            introduce(e.time, trace.sockets[e.socket]);
        }
        event(e);
    }
}

} // namespace

QByteArray traceEventToJson(const Trace &trace, int eventIndex)
{
    return eventToJson(Names(trace), trace.events[eventIndex]);
}

QString traceEventToText(const Trace &trace, int eventIndex)
{
    return eventToText(Names(trace), trace.events[eventIndex]);
}

namespace {
// A run's early stop, in both forms: the last line, after the events it reached.
const char *runLimitName(RunLimit limit)
{
    switch (limit) {
    case RunLimit::None: return "none";
    case RunLimit::Events: return "events";
    case RunLimit::Cancelled: return "cancelled";
    }
    return "?";
}

QByteArray limitToJson(const Trace &trace)
{
    JsonLine j;
    j.add("t_us", trace.endTime);
    j.add("event", "limit");
    j.add("limit", runLimitName(trace.stoppedAtLimit));
    return j.finish();
}

QString limitToText(const Trace &trace)
{
    if (trace.stoppedAtLimit == RunLimit::Cancelled)
        return QStringLiteral("%1 run cancelled: the trace is partial").arg(formatSimTime(trace.endTime));
    return QStringLiteral("%1 run stopped at the %2 limit: the trace is partial")
        .arg(formatSimTime(trace.endTime), QLatin1String(runLimitName(trace.stoppedAtLimit)));
}
} // namespace

// The scenario is not needed today (the trace carries the host names); the parameter keeps
// room for header fields without changing every caller.
QByteArray traceToJsonLines(const Trace &trace, const Scenario &scenario, const TraceFormatOptions &options)
{
    Q_UNUSED(scenario);
    const Names names(trace, options);
    QByteArray out;
    out.reserve(trace.events.size() * 190);
    forEachEventWithSockets(
        trace,
        [&](SimTime t, const SocketInfo &info) {
            out += socketToJson(names, t, info);
            out += '\n';
        },
        [&](const TraceEvent &e) {
            out += eventToJson(names, e);
            out += '\n';
        });
    if (trace.stoppedAtLimit != RunLimit::None)
        out += limitToJson(trace) + '\n';
    return out;
}

QString traceToText(const Trace &trace, const Scenario &scenario, const TraceFormatOptions &options)
{
    Q_UNUSED(scenario);
    const Names names(trace, options);
    QString out;
    out.reserve(trace.events.size() * 80);
    forEachEventWithSockets(
        trace,
        [&](SimTime t, const SocketInfo &info) {
            out += socketToText(names, t, info);
            out += QLatin1Char('\n');
        },
        [&](const TraceEvent &e) {
            out += eventToText(names, e);
            out += QLatin1Char('\n');
        });
    if (trace.stoppedAtLimit != RunLimit::None)
        out += limitToText(trace) + QLatin1Char('\n');
    return out;
}

} // namespace tcplab
