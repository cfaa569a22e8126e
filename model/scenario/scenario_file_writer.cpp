#include "scenario/scenario_file.h"

#include "scenario/scenario_json.h"
#include "tcp/segment.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStringList>

// Writing scenario files: a stable, readable form (fixed key order, only what differs
// from the defaults, short objects on one line) so that files diff well and
// parse(serialize(s)) == s.
namespace tcplab {

namespace {
// The translation context of messages about scenario files (as in scenario_file.cpp);
// lupdate sees FileMessages::tr("…").
struct FileMessages {
    Q_DECLARE_TR_FUNCTIONS(FileMessages)
};
} // namespace
namespace ScenarioFile {

using namespace ScenarioJson;

namespace {

// A JSON value whose object keys keep the order they were added in (QJsonObject sorts
// them), so saved files read top-down like the documentation.
struct Node
{
    enum class Type { Scalar, Object, Array } type = Type::Scalar;
    QByteArray scalar;
    QList<std::pair<QString, Node>> members;
    QList<Node> items;

    static Node object() { Node n; n.type = Type::Object; return n; }
    static Node array() { Node n; n.type = Type::Array; return n; }
    static Node string(const QString &s)
    {
        QByteArray b = QJsonDocument(QJsonArray{s}).toJson(QJsonDocument::Compact);
        Node n;
        n.scalar = b.mid(1, b.size() - 2);
        return n;
    }
    static Node number(double d)
    {
        Node n;
        n.scalar = formatNumber(d).toUtf8();
        return n;
    }
    static Node integer(qint64 i)
    {
        Node n;
        n.scalar = QByteArray::number(i);
        return n;
    }
    static Node boolean(bool b)
    {
        Node n;
        n.scalar = b ? "true" : "false";
        return n;
    }

    Node &add(const QString &key, Node value)
    {
        members.append({key, std::move(value)});
        return *this;
    }
    Node &append(Node value)
    {
        items.append(std::move(value));
        return *this;
    }
    bool isEmpty() const { return members.isEmpty() && items.isEmpty(); }

    int depth() const
    {
        int d = 0;
        for (const auto &m : members)
            d = std::max(d, m.second.depth());
        for (const auto &i : items)
            d = std::max(d, i.depth());
        return type == Type::Scalar ? 0 : d + 1;
    }
};

QByteArray inlineForm(const Node &n)
{
    switch (n.type) {
    case Node::Type::Scalar:
        return n.scalar;
    case Node::Type::Object: {
        QByteArrayList parts;
        for (const auto &m : n.members)
            parts << Node::string(m.first).scalar + ": " + inlineForm(m.second);
        return parts.isEmpty() ? QByteArray("{}") : "{" + parts.join(", ") + "}";
    }
    case Node::Type::Array: {
        QByteArrayList parts;
        for (const auto &i : n.items)
            parts << inlineForm(i);
        return "[" + parts.join(", ") + "]";
    }
    }
    return QByteArray();
}

// Small, flat values on one line (an action, a flag list); everything else, and every list
// of objects, one member per line, indented by two spaces.
void write(const Node &n, int indent, QByteArray *out)
{
    constexpr int lineWidth = 120;
    if (n.type == Node::Type::Scalar || n.isEmpty()) {
        *out += inlineForm(n);
        return;
    }
    bool flat = n.depth() <= 2;
    for (const Node &i : n.items)
        flat = flat && i.type == Node::Type::Scalar;
    if (indent > 0 && flat) {
        const QByteArray line = inlineForm(n);
        if (indent + QString::fromUtf8(line).size() <= lineWidth) {
            *out += line;
            return;
        }
    }
    const QByteArray pad(indent + 2, ' ');
    const bool object = n.type == Node::Type::Object;
    *out += object ? "{\n" : "[\n";
    const int count = object ? n.members.size() : n.items.size();
    for (int i = 0; i < count; ++i) {
        *out += pad;
        if (object) {
            *out += Node::string(n.members[i].first).scalar + ": ";
            write(n.members[i].second, indent + 2, out);
        } else {
            write(n.items[i], indent + 2, out);
        }
        if (i + 1 < count)
            *out += ',';
        *out += '\n';
    }
    *out += QByteArray(indent, ' ') + (object ? "}" : "]");
}

Node localizedNode(const LocalizedText &t)
{
    Node n = Node::object();
    if (!t.en.isEmpty())
        n.add(QStringLiteral("en"), Node::string(t.en));
    if (!t.zh.isEmpty())
        n.add(QStringLiteral("zh"), Node::string(t.zh));
    return n;
}

Node segmentCountNode(const SegmentCount &c)
{
    Node n = Node::object();
    n.add(QStringLiteral("host"), Node::string(c.host));
    if (c.flags)
        n.add(QStringLiteral("flags"), Node::string(tcpFlagsLabel(c.flags)));
    if (c.atLeast >= 0)
        n.add(QStringLiteral("at_least"), Node::integer(c.atLeast));
    if (c.atMost >= 0)
        n.add(QStringLiteral("at_most"), Node::integer(c.atMost));
    return n;
}

Node goalNode(const ChallengeGoal &g)
{
    Node n = Node::object();
    if (!g.host.isEmpty())
        n.add(QStringLiteral("host"), Node::string(g.host));
    if (g.finalState)
        n.add(QStringLiteral("final_state"), Node::string(tcpStateName(*g.finalState)));
    if (g.reachedState)
        n.add(QStringLiteral("reached_state"), Node::string(tcpStateName(*g.reachedState)));
    if (g.gaveUpConnecting)
        n.add(QStringLiteral("gave_up_connecting"), Node::boolean(*g.gaveUpConnecting));
    if (g.notice)
        n.add(QStringLiteral("notice"), Node::string(noticeKindName(*g.notice)));
    if (g.retransmissions)
        n.add(QStringLiteral("retransmissions"), segmentCountNode(*g.retransmissions));
    if (g.segments)
        n.add(QStringLiteral("segments"), segmentCountNode(*g.segments));
    return n;
}


Node msNode(SimTime us)
{
    return Node::number(static_cast<double>(us) / usPerMs);
}

// Moments of ten seconds or more read better in seconds when they are whole seconds.
void addTime(Node &n, const QString &base, SimTime t)
{
    if (t >= secondsToUs(10) && t % usPerSecond == 0)
        n.add(base + QLatin1String("_s"), Node::integer(t / usPerSecond));
    else
        n.add(base + QLatin1String("_ms"), msNode(t));
}

// A typed setting as JSON, by its descriptor: numbers in the key's unit, flags, names.
Node settingNode(const SettingDescriptor &d, const QVariant &value)
{
    switch (d.type) {
    case SettingType::Bool:
        return Node::boolean(value.toBool());
    case SettingType::Integer:
        return Node::integer(value.toInt());
    case SettingType::Duration:
    case SettingType::Probability:
        return Node::number(d.toNumber(value));
    case SettingType::Seed:
        // Beyond 2^53 a JSON number would lose digits: the reader takes a string of them.
        if (value.toULongLong() <= quint64(maxSafeJsonInteger))
            return Node::integer(qint64(value.toULongLong()));
        return Node::string(d.format(value));
    case SettingType::Choice:
        return Node::string(value.toString());
    }
    return Node::string(d.format(value));
}

// Only the settings that differ from their profile's, in the table's order.
Node protocolNode(const ProtocolSettings &p, ProtocolProfile profile)
{
    Node n = Node::object();
    const ProtocolSettings base = protocolProfileSettings(profile);
    for (const SettingDescriptor &d : ProtocolSettings::descriptors()) {
        const QVariant value = p.value(d.key);
        if (value != base.value(d.key))
            n.add(d.key, settingNode(d, value));
    }
    return n;
}

Node hostNode(const HostSpec &h)
{
    Node n = Node::object();
    n.add(QStringLiteral("name"), Node::string(h.name));
    if (h.kind == HostKind::Attacker)
        n.add(QStringLiteral("kind"), Node::string(QStringLiteral("attacker")));
    n.add(QStringLiteral("address"), Node::string(formatIpv4(h.address)));
    if (h.kind == HostKind::Attacker)
        n.add(QStringLiteral("spoof_network"), Node::string(formatIpv4(h.spoofNetwork)));
    if (!h.label.isEmpty())
        n.add(QStringLiteral("label"), localizedNode(h.label));
    if (h.mtu != HostSpec().mtu)
        n.add(QStringLiteral("mtu"), Node::integer(h.mtu));
    if (!h.protocol.isEmpty()) {
        // Every override the host has, even one equal to the default: it was written so.
        Node p = Node::object();
        for (const SettingDescriptor &d : ProtocolSettings::descriptors()) {
            if (h.protocol.contains(d.key))
                p.add(d.key, settingNode(d, h.protocol.value(d.key)));
        }
        n.add(QStringLiteral("protocol"), p);
    }
    return n;
}

Node networkNode(const NetworkSettings &net)
{
    Node n = Node::object();
    for (const SettingDescriptor &d : NetworkSettings::descriptors()) {
        const QVariant value = net.value(d.key);
        if (value != d.defaultValue)
            n.add(d.key, settingNode(d, value));
    }
    if (!net.links.isEmpty()) {
        Node links = Node::array();
        for (const LinkSettings &l : net.links) {
            Node link = Node::object();
            link.add(QStringLiteral("from"), Node::string(l.from));
            link.add(QStringLiteral("to"), Node::string(l.to));
            if (l.delay >= 0)
                link.add(QStringLiteral("delay_ms"), msNode(l.delay));
            if (l.loss >= 0)
                link.add(QStringLiteral("loss"), Node::number(l.loss));
            links.append(link);
        }
        n.add(QStringLiteral("links"), links);
    }
    return n;
}

Node actionNode(const AppAction &a)
{
    Node n = Node::object();
    addTime(n, QStringLiteral("at"), a.at);
    n.add(QStringLiteral("host"), Node::string(a.host));
    n.add(QStringLiteral("action"), Node::string(appActionKindName(a.kind)));
    if (!a.socket.isEmpty() && !isHostLevel(a.kind))
        n.add(QStringLiteral("socket"), Node::string(a.socket));
    auto connectionOptions = [&]() {
        if (a.isn)
            n.add(QStringLiteral("isn"), Node::integer(*a.isn));
        if (a.keepalive)
            n.add(QStringLiteral("keepalive"), Node::boolean(*a.keepalive));
        if (a.autoRead)
            n.add(QStringLiteral("auto_read"), Node::boolean(*a.autoRead));
    };
    switch (a.kind) {
    case AppActionKind::Listen:
        n.add(QStringLiteral("port"), Node::integer(a.port));
        if (a.backlog >= 0)
            n.add(QStringLiteral("backlog"), Node::integer(a.backlog));
        connectionOptions();
        break;
    case AppActionKind::Connect:
        n.add(QStringLiteral("to"), Node::string(a.to));
        n.add(QStringLiteral("remote_port"), Node::integer(a.remotePort));
        if (a.port)
            n.add(QStringLiteral("port"), Node::integer(a.port));
        connectionOptions();
        break;
    case AppActionKind::Close:
        if (!a.waitForHandshake)
            n.add(QStringLiteral("wait_for_handshake"), Node::boolean(false));
        break;
    case AppActionKind::Send:
        if (a.data.size() > 26 && a.data == generatedBytes(a.data.size()))
            n.add(QStringLiteral("bytes"), Node::integer(a.data.size()));
        else
            n.add(QStringLiteral("data"), Node::string(QString::fromUtf8(a.data)));
        break;
    case AppActionKind::SynFlood:
        n.add(QStringLiteral("to"), Node::string(a.to));
        n.add(QStringLiteral("remote_port"), Node::integer(a.remotePort));
        n.add(QStringLiteral("count"), Node::integer(a.count));
        n.add(QStringLiteral("rate_per_s"), Node::number(a.ratePerSecond));
        break;
    case AppActionKind::Inject:
        n.add(QStringLiteral("source"), Node::string(a.segment.source));
        n.add(QStringLiteral("destination"), Node::string(a.segment.destination));
        n.add(QStringLiteral("flags"), Node::string(a.segment.flags ? tcpFlagsLabel(a.segment.flags)
                                                                    : QStringLiteral("none")));
        n.add(QStringLiteral("seq"), Node::integer(a.segment.seq));
        if (a.segment.flags & TcpFlag::Ack)
            n.add(QStringLiteral("ack"), Node::integer(a.segment.ack));
        if (a.segment.window != InjectedSegment().window)
            n.add(QStringLiteral("window"), Node::integer(a.segment.window));
        if (a.data.size() > 26 && a.data == generatedBytes(a.data.size()))
            n.add(QStringLiteral("bytes"), Node::integer(a.data.size()));
        else if (!a.data.isEmpty())
            n.add(QStringLiteral("data"), Node::string(QString::fromUtf8(a.data)));
        break;
    default:
        break;
    }
    return n;
}

Node flagsNode(TcpFlags bits)
{
    Node flags = Node::array();
    for (const QString &name : tcpFlagNames(bits))
        flags.append(Node::string(name));
    return flags;
}

// A fault by identity when it has one; a position that matched nothing when it was resolved
// is written as the position, and is resolved again when the file is read.
Node faultNode(const FaultRule &f)
{
    Node n = Node::object();
    n.add(QStringLiteral("kind"), Node::string(faultKindName(f.kind)));
    n.add(QStringLiteral("host"), Node::string(f.senderHost()));
    if (f.target == FaultTarget::Segment) {
        n.add(QStringLiteral("flags"), flagsNode(f.segment.flags));
        n.add(QStringLiteral("seq"), Node::integer(f.segment.seq));
        if (f.segment.flags & TcpFlag::Ack)
            n.add(QStringLiteral("ack"), Node::integer(f.segment.ack));
        n.add(QStringLiteral("transmission"), Node::integer(f.segment.transmission));
    } else {
        if (f.flags)
            n.add(QStringLiteral("flags"), flagsNode(f.flags));
        n.add(QStringLiteral("ordinal"), Node::integer(f.ordinal));
    }
    if (f.kind == FaultKind::Delay)
        n.add(QStringLiteral("delay_ms"), msNode(f.delta));
    else if (f.kind == FaultKind::Duplicate)
        n.add(QStringLiteral("after_ms"), msNode(f.delta));
    return n;
}

} // namespace

QByteArray serialize(const Scenario &s)
{
    Node root = Node::object();
    root.add(QStringLiteral("version"), Node::integer(Scenario::currentVersion));
    if (!s.id.isEmpty())
        root.add(QStringLiteral("id"), Node::string(s.id));
    if (!s.title.isEmpty())
        root.add(QStringLiteral("title"), localizedNode(s.title));
    if (!s.summary.isEmpty())
        root.add(QStringLiteral("summary"), localizedNode(s.summary));
    if (!s.lesson.isEmpty())
        root.add(QStringLiteral("lesson"), Node::string(s.lesson));
    if (s.lessonOrder != 0)
        root.add(QStringLiteral("lesson_order"), Node::integer(s.lessonOrder));
    if (!s.compareVariant.isEmpty())
        root.add(QStringLiteral("compare_variant"), Node::string(s.compareVariant));
    if (s.duration % usPerSecond == 0)
        root.add(QStringLiteral("duration_s"), Node::integer(s.duration / usPerSecond));
    else
        root.add(QStringLiteral("duration_ms"), msNode(s.duration));

    Node hosts = Node::array();
    for (const HostSpec &h : s.hosts)
        hosts.append(hostNode(h));
    root.add(QStringLiteral("hosts"), hosts);
    const Node network = networkNode(s.network);
    if (!network.isEmpty())
        root.add(QStringLiteral("network"), network);
    if (s.profile != ProtocolProfile::Rfc9293)
        root.add(QStringLiteral("profile"), Node::string(protocolProfileName(s.profile)));
    const Node protocol = protocolNode(s.protocol, s.profile);
    if (!protocol.isEmpty())
        root.add(QStringLiteral("protocol"), protocol);
    if (!s.actions.isEmpty()) {
        Node actions = Node::array();
        for (const AppAction &a : s.actions)
            actions.append(actionNode(a));
        root.add(QStringLiteral("actions"), actions);
    }
    Node faults = Node::array();
    for (const FaultRule &f : s.faults) {
        if (f.kind != FaultKind::None) // "none" is the absence of a fault, not a rule
            faults.append(faultNode(f));
    }
    if (!faults.isEmpty())
        root.add(QStringLiteral("faults"), faults);
    if (!s.notes.isEmpty()) {
        Node notes = Node::array();
        for (const ScenarioNote &note : s.notes) {
            Node n = Node::object();
            addTime(n, QStringLiteral("at"), note.at);
            n.add(QStringLiteral("text"), localizedNode(note.text));
            if (!note.on.isEmpty())
                n.add(QStringLiteral("on"), Node::string(note.on));
            if (!note.host.isEmpty())
                n.add(QStringLiteral("host"), Node::string(note.host));
            notes.append(n);
        }
        root.add(QStringLiteral("notes"), notes);
    }
    if (!s.challenges.isEmpty()) {
        Node challenges = Node::array();
        for (const ScenarioChallenge &c : s.challenges) {
            Node n = Node::object();
            if (!c.task.isEmpty())
                n.add(QStringLiteral("task"), localizedNode(c.task));
            if (!c.hint.isEmpty())
                n.add(QStringLiteral("hint"), localizedNode(c.hint));
            n.add(QStringLiteral("goal"), goalNode(c.goal));
            challenges.append(n);
        }
        root.add(QStringLiteral("challenges"), challenges);
    }
    if (!s.questions.isEmpty()) {
        Node questions = Node::array();
        for (const ScenarioQuestion &q : s.questions) {
            Node n = Node::object();
            addTime(n, QStringLiteral("at"), q.at);
            if (!q.host.isEmpty())
                n.add(QStringLiteral("host"), Node::string(q.host));
            n.add(QStringLiteral("prompt"), localizedNode(q.prompt));
            Node choices = Node::array();
            for (const ScenarioQuestionChoice &c : q.choices) {
                Node cn = Node::object();
                cn.add(QStringLiteral("text"), localizedNode(c.text));
                if (c.correct)
                    cn.add(QStringLiteral("correct"), Node::boolean(true));
                if (c.misconception != Misconception::None && c.misconception != Misconception::Other)
                    cn.add(QStringLiteral("misconception"), Node::string(misconceptionName(c.misconception)));
                if (!c.explanation.isEmpty())
                    cn.add(QStringLiteral("explanation"), localizedNode(c.explanation));
                choices.append(cn);
            }
            n.add(QStringLiteral("choices"), choices);
            if (!q.explanation.isEmpty())
                n.add(QStringLiteral("explanation"), localizedNode(q.explanation));
            questions.append(n);
        }
        root.add(QStringLiteral("questions"), questions);
    }
    QByteArray out;
    write(root, 0, &out);
    out += '\n';
    return out;
}

bool save(const Scenario &scenario, const QString &path, QString *error)
{
    auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    // Unbuffered: Qt 6.4's QSaveFile::commit() overlooks an error that only comes up when
    // its write buffer is flushed (a full disk) and renames the truncated file over the old
    // one (QTBUG-75077). Written straight through, every failure shows in write().
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        return fail(FileMessages::tr("cannot write '%1': %2").arg(path, file.errorString()));
    const QByteArray data = serialize(scenario);
    // A short write is no error of its own; writing the rest brings out the cause.
    qint64 done = 0;
    while (done < data.size()) {
        const qint64 n = file.write(data.constData() + done, data.size() - done);
        if (n <= 0)
            break;
        done += n;
    }
    if (done != data.size() || file.error() != QFileDevice::NoError) {
        const QString reason = file.error() != QFileDevice::NoError
                                   ? file.errorString()
                                   : FileMessages::tr("only %1 of %2 bytes could be written").arg(done).arg(data.size());
        file.cancelWriting();
        return fail(FileMessages::tr("cannot write '%1': %2").arg(path, reason));
    }
    if (!file.commit())
        return fail(FileMessages::tr("cannot write '%1': %2").arg(path, file.errorString()));
    return true;
}

} // namespace ScenarioFile
} // namespace tcplab
