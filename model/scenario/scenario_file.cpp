#include "scenario/scenario_file.h"

#include "sim/fault_resolver.h"
#include "sim/simulator.h"

#include "scenario/json_duplicate_keys.h"
#include "scenario/note_binder.h"
#include "scenario/scenario_json.h"

#include "scenario/scenario_library.h"
#include "tcp/segment.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QLocale>
#include <QRegularExpression>
#include <QSaveFile>
#include <algorithm>
#include <array>
#include <cmath>
#include <utility>

namespace tcplab {
namespace ScenarioFile {

using namespace ScenarioJson;

namespace {

// The translation context of every message about a file: they are shown to people, in the
// window's (or the command line's) language; lupdate sees FileMessages::tr("…").
struct FileMessages {
    Q_DECLARE_TR_FUNCTIONS(FileMessages)
};

// Limits that keep every number meaningful and the arithmetic far from overflow.
constexpr double maxRunSeconds = 7 * 24 * 3600; // a week of virtual time
constexpr qint64 maxGeneratedBytes = 10 * 1000 * 1000;
constexpr qint64 maxSynFloodCount = 1000000;
constexpr double maxSynFloodRate = 1000000;
constexpr double maxFaultDelayMs = 600000;
// The largest scenario file read (docs/scenario-format.md); the built-in ones are a few KiB.
constexpr qint64 maxFileSize = 16 * 1024 * 1024;

QString tooLarge(const QString &path)
{
    return FileMessages::tr("cannot read '%1': larger than %2 MiB, the limit for a scenario file")
        .arg(path)
        .arg(maxFileSize / (1024 * 1024));
}

QString child(const QString &path, const QString &key)
{
    return path.isEmpty() ? key : path + QLatin1Char('.') + key;
}

QString item(const QString &path, int index)
{
    return QStringLiteral("%1[%2]").arg(path).arg(index);
}

int editDistance(const QString &a, const QString &b)
{
    QList<int> previous(b.size() + 1), current(b.size() + 1);
    for (int j = 0; j <= b.size(); ++j)
        previous[j] = j;
    for (int i = 1; i <= a.size(); ++i) {
        current[0] = i;
        for (int j = 1; j <= b.size(); ++j) {
            const int cost = a[i - 1] == b[j - 1] ? 0 : 1;
            current[j] = std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost});
        }
        std::swap(previous, current);
    }
    return previous[b.size()];
}

QString listChoices(const QStringList &choices)
{
    if (choices.size() <= 1)
        return choices.join(QString());
    return FileMessages::tr("%1 or %2").arg(choices.mid(0, choices.size() - 1).join(QLatin1String(", ")),
                                            choices.last());
}

class Reader
{
public:
    QStringList errors;
    // False when some host could not be read: a reference to a missing host is then most
    // likely that host, so it is not reported again.
    bool hostsKnown = true;

    void error(const QString &path, const QString &message)
    {
        errors << (path.isEmpty() ? message : path + QLatin1String(": ") + message);
    }

    void checkKeys(const QJsonObject &o, const QString &path, const QStringList &allowed)
    {
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (!allowed.contains(it.key()))
                unknownKey(it.key(), path, allowed);
        }
    }

    void unknownKey(const QString &key, const QString &path, const QStringList &known)
    {
        QString best;
        int bestDistance = 3;
        for (const QString &k : known) {
            // Lengths this far apart cannot be close, and a huge key would make the distance
            // slow; the empty key resembles nothing.
            if (key.isEmpty() || std::abs(key.size() - k.size()) >= bestDistance)
                continue;
            const int d = editDistance(key, k);
            if (d < bestDistance) {
                bestDistance = d;
                best = k;
            }
        }
        error(child(path, keyInPath(key)), best.isEmpty() ? FileMessages::tr("unknown key")
                                                          : FileMessages::tr("unknown key (did you mean %1?)").arg(best));
    }

    bool object(const QJsonValue &v, const QString &path, QJsonObject *out)
    {
        if (!v.isObject()) {
            error(path, FileMessages::tr("must be an object"));
            return false;
        }
        *out = v.toObject();
        return true;
    }

    bool array(const QJsonValue &v, const QString &path, QJsonArray *out)
    {
        if (!v.isArray()) {
            error(path, FileMessages::tr("must be an array"));
            return false;
        }
        *out = v.toArray();
        return true;
    }

    // Each getter returns true only when the key is present and valid.
    bool string(const QJsonObject &o, const QString &key, const QString &path, QString *out)
    {
        if (!o.contains(key))
            return false;
        const QJsonValue v = o.value(key);
        if (!v.isString()) {
            error(child(path, key), FileMessages::tr("must be a string"));
            return false;
        }
        *out = v.toString();
        return true;
    }

    bool requiredString(const QJsonObject &o, const QString &key, const QString &path,
                        QString *out, const QString &missing = FileMessages::tr("missing"))
    {
        if (!o.contains(key)) {
            error(child(path, key), missing);
            return false;
        }
        if (!string(o, key, path, out))
            return false;
        if (out->isEmpty()) {
            error(child(path, key), FileMessages::tr("must not be empty"));
            return false;
        }
        return true;
    }

    bool number(const QJsonObject &o, const QString &key, const QString &path, double min,
                double max, double *out)
    {
        if (!o.contains(key))
            return false;
        const QJsonValue v = o.value(key);
        if (!v.isDouble()) {
            error(child(path, key), FileMessages::tr("must be a number"));
            return false;
        }
        const double d = v.toDouble();
        if (d < min || d > max) {
            error(child(path, key), FileMessages::tr("must be between %1 and %2")
                                        .arg(formatNumber(min), formatNumber(max)));
            return false;
        }
        *out = d;
        return true;
    }

    bool integer(const QJsonObject &o, const QString &key, const QString &path, qint64 min,
                 qint64 max, qint64 *out)
    {
        if (!o.contains(key))
            return false;
        const QJsonValue v = o.value(key);
        if (!v.isDouble()) {
            error(child(path, key), FileMessages::tr("must be a whole number"));
            return false;
        }
        const double d = v.toDouble();
        if (d != std::floor(d)) {
            error(child(path, key),
                  FileMessages::tr("%1 is not a whole number").arg(formatNumber(d)));
            return false;
        }
        if (d < double(min) || d > double(max)) {
            error(child(path, key), FileMessages::tr("must be between %1 and %2").arg(min).arg(max));
            return false;
        }
        *out = static_cast<qint64>(d);
        return true;
    }

    bool integer(const QJsonObject &o, const QString &key, const QString &path, int min,
                 int max, int *out)
    {
        qint64 v = 0;
        if (!integer(o, key, path, qint64(min), qint64(max), &v))
            return false;
        *out = static_cast<int>(v);
        return true;
    }

    bool boolean(const QJsonObject &o, const QString &key, const QString &path, bool *out)
    {
        if (!o.contains(key))
            return false;
        const QJsonValue v = o.value(key);
        if (!v.isBool()) {
            error(child(path, key), FileMessages::tr("must be true or false"));
            return false;
        }
        *out = v.toBool();
        return true;
    }

    // A moment given as `<base>_ms` or `<base>_s` (one of them); *key says which was used.
    bool time(const QJsonObject &o, const QString &base, const QString &path, SimTime *out,
              QString *key = nullptr)
    {
        const QString msKey = base + QLatin1String("_ms");
        const QString sKey = base + QLatin1String("_s");
        const bool hasMs = o.contains(msKey), hasS = o.contains(sKey);
        if (hasMs && hasS) {
            // At the top level there is no enclosing object to name: the error is put on
            // the first key, so it has a path like every other error.
            error(path.isEmpty() ? msKey : path,
                  FileMessages::tr("give %1 or %2, not both").arg(msKey, sKey));
            return false;
        }
        if (!hasMs && !hasS)
            return false;
        const QString k = hasMs ? msKey : sKey;
        const QJsonValue v = o.value(k);
        if (!v.isDouble()) {
            error(child(path, k), FileMessages::tr("must be a number"));
            return false;
        }
        const double d = v.toDouble();
        if (d < 0) {
            error(child(path, k), FileMessages::tr("must be ≥ 0"));
            return false;
        }
        const double maxValue = hasMs ? maxRunSeconds * 1000 : maxRunSeconds;
        if (d > maxValue) {
            error(child(path, k), FileMessages::tr("must be at most %1").arg(formatNumber(maxValue)));
            return false;
        }
        const std::optional<SimTime> us = simTimeFromMicroseconds(d * (hasMs ? 1e3 : 1e6));
        if (!us) {
            error(child(path, k), FileMessages::tr("is not a time"));
            return false;
        }
        *out = *us;
        if (key)
            *key = k;
        return true;
    }

    bool localized(const QJsonObject &o, const QString &key, const QString &path,
                   LocalizedText *out)
    {
        if (!o.contains(key))
            return false;
        const QJsonValue v = o.value(key);
        const QString p = child(path, key);
        if (v.isString()) { // a plain string is the English text
            // "" is no text at all, as {"en": ""} and {} are not: accepting it would let a
            // file be saved (as {}) that cannot be read back.
            if (v.toString().isEmpty()) {
                error(p, FileMessages::tr("needs an \"en\" or \"zh\" text"));
                return false;
            }
            out->en = v.toString();
            return true;
        }
        if (!v.isObject()) {
            error(p, FileMessages::tr("must be a text or an object with \"en\" and \"zh\" texts"));
            return false;
        }
        const QJsonObject t = v.toObject();
        checkKeys(t, p, {QStringLiteral("en"), QStringLiteral("zh")});
        string(t, QStringLiteral("en"), p, &out->en);
        string(t, QStringLiteral("zh"), p, &out->zh);
        if (out->isEmpty()) {
            error(p, FileMessages::tr("needs an \"en\" or \"zh\" text"));
            return false;
        }
        return true;
    }

    bool ipv4(const QJsonObject &o, const QString &key, const QString &path, uint32_t *out)
    {
        QString text;
        if (!string(o, key, path, &text))
            return false;
        if (!parseIpv4(text, out)) {
            error(child(path, key), FileMessages::tr("'%1' is not an IPv4 address").arg(shown(text)));
            return false;
        }
        return true;
    }

    // A setting's value from JSON, typed by its descriptor and checked against its range,
    // straight from the JSON number (no detour through text).
    bool settingValue(const QJsonValue &v, const SettingDescriptor &d, const QString &path,
                      QVariant *out)
    {
        QString problem;
        switch (d.type) {
        case SettingType::Bool:
            if (!v.isBool()) {
                error(path, FileMessages::tr("must be true or false"));
                return false;
            }
            *out = v.toBool();
            return true;
        case SettingType::Choice:
            if (!v.isString()) {
                error(path, FileMessages::tr("must be a string"));
                return false;
            }
            break;
        case SettingType::Seed:
            // Seeds are unsigned 64-bit: beyond 2^53 a JSON number loses digits, so a string
            // of digits is accepted too.
            if (v.isDouble() && v.toDouble() >= 0 && v.toDouble() <= double(maxSafeJsonInteger)
                && v.toDouble() == std::floor(v.toDouble())) {
                *out = static_cast<qulonglong>(v.toDouble());
                return true;
            }
            if (!v.isString()) {
                error(path, FileMessages::tr("must be a whole number between 0 and 2^53, or a "
                                           "string of digits"));
                return false;
            }
            break;
        case SettingType::Integer:
        case SettingType::Duration:
        case SettingType::Probability:
            if (!v.isDouble()) {
                error(path, FileMessages::tr("must be a number"));
                return false;
            }
            if (!d.fromNumber(v.toDouble(), out, &problem)) {
                error(path, problem);
                return false;
            }
            return true;
        }
        // A string: a choice, or a seed's digits.
        if (!d.parse(v.toString(), out, &problem)) {
            error(path, problem);
            return false;
        }
        return true;
    }

    // Applies a "protocol" object to *settings; with `overrides`, also records each valid
    // entry, typed (per-host overrides).
    void protocol(const QJsonObject &o, const QString &path, ProtocolSettings *settings,
                  QMap<QString, QVariant> *overrides)
    {
        for (auto it = o.begin(); it != o.end(); ++it) {
            const QString key = it.key();
            const SettingDescriptor *d = ProtocolSettings::descriptor(key);
            if (!d) {
                unknownKey(key, path, ProtocolSettings::keys());
                continue;
            }
            QVariant value;
            if (!settingValue(it.value(), *d, child(path, key), &value))
                continue;
            [[maybe_unused]] const bool set = settings->setValue(key, value, nullptr);
            Q_ASSERT(set); // settingValue() gave a value of the descriptor's type and range
            if (overrides)
                overrides->insert(key, value);
        }
    }

    // Reports the broken rules between settings (SettingsValidation) under `path`; true
    // when there are none.
    bool settingRules(const QList<SettingProblem> &problems, const QString &path)
    {
        for (const SettingProblem &p : problems)
            error(child(path, p.key), p.message());
        return problems.isEmpty();
    }
};

const QStringList topKeys = {
    QStringLiteral("version"),     QStringLiteral("id"),           QStringLiteral("title"),
    QStringLiteral("summary"),     QStringLiteral("lesson"),       QStringLiteral("lesson_order"),
    QStringLiteral("compare_variant"), QStringLiteral("duration_s"), QStringLiteral("duration_ms"),
    QStringLiteral("hosts"),       QStringLiteral("network"),      QStringLiteral("protocol"),
    QStringLiteral("profile"),     QStringLiteral("actions"),     QStringLiteral("faults"),       QStringLiteral("notes"),
    QStringLiteral("challenges"),  QStringLiteral("questions"),
};

const QStringList hostKeys = {
    QStringLiteral("name"),  QStringLiteral("address"),  QStringLiteral("kind"),
    QStringLiteral("label"), QStringLiteral("mtu"),      QStringLiteral("protocol"),
    QStringLiteral("spoof_network"),
};

const QStringList actionCommonKeys = {
    QStringLiteral("at_ms"), QStringLiteral("at_s"), QStringLiteral("host"),
    QStringLiteral("action"), QStringLiteral("socket"),
};

// The keys each action takes beyond the common ones.
QStringList actionKeys(AppActionKind k)
{
    switch (k) {
    case AppActionKind::Listen:
        return {QStringLiteral("port"), QStringLiteral("backlog"), QStringLiteral("isn"),
                QStringLiteral("keepalive"), QStringLiteral("auto_read")};
    case AppActionKind::Connect:
        return {QStringLiteral("to"), QStringLiteral("remote_port"), QStringLiteral("port"),
                QStringLiteral("isn"), QStringLiteral("keepalive"), QStringLiteral("auto_read")};
    case AppActionKind::Send:
        return {QStringLiteral("data"), QStringLiteral("bytes")};
    case AppActionKind::Close:
        return {QStringLiteral("wait_for_handshake")};
    case AppActionKind::SynFlood:
        return {QStringLiteral("to"), QStringLiteral("remote_port"), QStringLiteral("count"),
                QStringLiteral("rate_per_s")};
    case AppActionKind::Inject:
        return {QStringLiteral("source"), QStringLiteral("destination"), QStringLiteral("flags"),
                QStringLiteral("seq"), QStringLiteral("ack"), QStringLiteral("window"),
                QStringLiteral("data"), QStringLiteral("bytes")};
    default:
        return {};
    }
}

const QStringList allActionNames = {
    QStringLiteral("listen"), QStringLiteral("connect"), QStringLiteral("send"),
    QStringLiteral("shutdown"), QStringLiteral("close"), QStringLiteral("abort"),
    QStringLiteral("read"), QStringLiteral("crash"), QStringLiteral("reboot"),
    QStringLiteral("kill"), QStringLiteral("syn_flood"), QStringLiteral("inject"),
};

QStringList allActionKeys()
{
    QStringList keys = actionCommonKeys;
    for (const QString &name : allActionNames) {
        AppActionKind k;
        appActionKindFromName(name, &k);
        for (const QString &key : actionKeys(k)) {
            if (!keys.contains(key))
                keys << key;
        }
    }
    return keys;
}

void parseHosts(Reader &r, const QJsonObject &root, Scenario *s)
{
    r.hostsKnown = false;
    if (!root.contains(QLatin1String("hosts"))) {
        r.error(QStringLiteral("hosts"), FileMessages::tr("missing"));
        return;
    }
    QJsonArray hosts;
    if (!r.array(root.value(QLatin1String("hosts")), QStringLiteral("hosts"), &hosts))
        return;
    r.hostsKnown = true;
    if (hosts.isEmpty()) {
        r.error(QStringLiteral("hosts"), FileMessages::tr("must list at least one host"));
        return;
    }
    static const QRegularExpression namePattern(QStringLiteral("^[A-Za-z][A-Za-z0-9_-]{0,15}$"));
    QHash<uint32_t, int> addressOwner; // each address read so far, and the host it belongs to
    QHash<QString, int> nameOwner;     // each name read so far, and its first host
    for (int i = 0; i < hosts.size(); ++i) {
        const QString path = item(QStringLiteral("hosts"), i);
        QJsonObject o;
        HostSpec h;
        if (!r.object(hosts.at(i), path, &o)) {
            r.hostsKnown = false;
            s->hosts << h;
            continue;
        }
        r.checkKeys(o, path, hostKeys);
        if (!r.requiredString(o, QStringLiteral("name"), path, &h.name)) {
            r.hostsKnown = false;
        } else {
            // Looked up in a hash, not by Scenario::hostIndex(): a scan per host makes a file
            // of 40,000 hosts take minutes.
            const int other = nameOwner.value(h.name, -1);
            if (other < 0)
                nameOwner.insert(h.name, i);
            if (!namePattern.match(h.name).hasMatch()) {
                r.error(child(path, QStringLiteral("name")),
                        FileMessages::tr("'%1' must start with a letter and use only letters, "
                                       "digits, '_' and '-' (at most 16)")
                            .arg(shown(h.name)));
            } else if (other >= 0) {
                r.error(child(path, QStringLiteral("name")),
                        FileMessages::tr("'%1' is already used by hosts[%2]").arg(h.name).arg(other));
            }
        }
        if (!o.contains(QLatin1String("address"))) {
            r.error(child(path, QStringLiteral("address")), FileMessages::tr("missing"));
        } else if (r.ipv4(o, QStringLiteral("address"), path, &h.address)) {
            // Every address, 0.0.0.0 included: two hosts sharing one would deliver a host's
            // segments to itself.
            if (const auto seen = addressOwner.constFind(h.address); seen != addressOwner.cend())
                r.error(child(path, QStringLiteral("address")),
                        FileMessages::tr("'%1' is already used by hosts[%2]")
                            .arg(formatIpv4(h.address))
                            .arg(*seen));
            else
                addressOwner.insert(h.address, i);
        }
        QString kind;
        if (r.string(o, QStringLiteral("kind"), path, &kind)) {
            if (kind == QLatin1String("attacker"))
                h.kind = HostKind::Attacker;
            else if (kind != QLatin1String("host"))
                r.error(child(path, QStringLiteral("kind")),
                        FileMessages::tr("unknown value '%1' (expected host or attacker)").arg(shown(kind)));
        }
        r.localized(o, QStringLiteral("label"), path, &h.label);
        r.integer(o, QStringLiteral("mtu"), path, 68, 65535, &h.mtu); // RFC 791: 68 minimum
        if (o.contains(QLatin1String("protocol"))) {
            QJsonObject p;
            if (r.object(o.value(QLatin1String("protocol")), child(path, QStringLiteral("protocol")), &p)) {
                // Checked and typed now, so a run never reads them again.
                ProtocolSettings scratch;
                r.protocol(p, child(path, QStringLiteral("protocol")), &scratch, &h.protocol);
            }
        }
        if (o.contains(QLatin1String("spoof_network"))) {
            if (h.kind != HostKind::Attacker) {
                r.error(child(path, QStringLiteral("spoof_network")),
                        FileMessages::tr("only a host of kind attacker forges addresses"));
            } else if (r.ipv4(o, QStringLiteral("spoof_network"), path, &h.spoofNetwork)
                       && (h.spoofNetwork & 0xff) != 0) {
                r.error(child(path, QStringLiteral("spoof_network")),
                        FileMessages::tr("'%1' is not a /24 network address (it must end in .0)")
                            .arg(formatIpv4(h.spoofNetwork)));
            }
        } else if (h.kind == HostKind::Attacker) {
            h.spoofNetwork = (198u << 24) | (51u << 16) | (100u << 8); // TEST-NET-2, RFC 5737
        }
        s->hosts << h;
    }
}

QString afterEnd(double value, SimTime duration)
{
    return FileMessages::tr("%1 is after the end of the run (it lasts %2 s)")
        .arg(formatNumber(value), formatNumber(double(duration) / usPerSecond));
}

// Host references in actions, faults and links must name a host of the file.
bool checkHost(Reader &r, const Scenario &s, const QString &name, const QString &path)
{
    if (s.hostIndex(name) < 0) {
        if (r.hostsKnown)
            r.error(path, FileMessages::tr("no host named '%1'").arg(shown(name)));
        return false;
    }
    return true;
}

void parseNetwork(Reader &r, const QJsonObject &root, Scenario *s)
{
    if (!root.contains(QLatin1String("network")))
        return;
    const QString path = QStringLiteral("network");
    QJsonObject o;
    if (!r.object(root.value(path), path, &o))
        return;
    r.checkKeys(o, path, NetworkSettings::keys() << QStringLiteral("links"));
    NetworkSettings &n = s->network;
    for (const SettingDescriptor &d : NetworkSettings::descriptors()) {
        if (!o.contains(d.key))
            continue;
        QVariant value;
        if (r.settingValue(o.value(d.key), d, child(path, d.key), &value)) {
            [[maybe_unused]] const bool set = n.setValue(d.key, value, nullptr);
            Q_ASSERT(set); // settingValue() gave a value of the descriptor's type and range
        }
    }
    // No links are read yet: these are the rules of the network's own settings.
    r.settingRules(SettingsValidation::check(n), path);

    if (!o.contains(QLatin1String("links")))
        return;
    QJsonArray links;
    if (!r.array(o.value(QLatin1String("links")), child(path, QStringLiteral("links")), &links))
        return;
    for (int i = 0; i < links.size(); ++i) {
        const QString p = item(child(path, QStringLiteral("links")), i);
        QJsonObject l;
        if (!r.object(links.at(i), p, &l))
            continue;
        r.checkKeys(l, p, {QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("delay_ms"),
                           QStringLiteral("loss")});
        QString from, to;
        bool ok = r.requiredString(l, QStringLiteral("from"), p, &from)
                  && checkHost(r, *s, from, child(p, QStringLiteral("from")));
        ok = r.requiredString(l, QStringLiteral("to"), p, &to)
             && checkHost(r, *s, to, child(p, QStringLiteral("to"))) && ok;
        if (!ok)
            continue;
        if (from == to) {
            r.error(child(p, QStringLiteral("to")), FileMessages::tr("must differ from \"from\""));
            continue;
        }
        bool duplicate = false;
        for (int j = 0; j < n.links.size(); ++j) {
            if (n.links[j].from == from && n.links[j].to == to) {
                r.error(p, FileMessages::tr("%1>%2 is already set by an earlier link").arg(from, to));
                duplicate = true;
            }
        }
        if (duplicate)
            continue;
        if (!l.contains(QLatin1String("delay_ms")) && !l.contains(QLatin1String("loss"))) {
            r.error(p, FileMessages::tr("sets neither delay_ms nor loss"));
            continue;
        }
        for (const SettingDescriptor &d : NetworkSettings::linkDescriptors()) {
            if (!l.contains(d.key))
                continue;
            QVariant value;
            if (r.settingValue(l.value(d.key), d, child(p, d.key), &value)) {
                [[maybe_unused]] const bool set =
                    n.setLinkValue(LinkKey{d.key, from, to, true}, value, nullptr);
                Q_ASSERT(set); // two different hosts of the file, a value in range
            }
        }
        // This link's rules, reported where its values are.
        const QString linkKey = LinkKey{QStringLiteral("delay_ms"), from, to, true}.key();
        for (const SettingProblem &problem : SettingsValidation::check(n)) {
            if (problem.key == linkKey)
                r.error(child(p, QStringLiteral("delay_ms")), problem.message());
        }
    }
}

void parseProtocol(Reader &r, const QJsonObject &root, Scenario *s)
{
    // The profile first: the "protocol" object's values go on top of it.
    QString profileName;
    if (r.string(root, QStringLiteral("profile"), QString(), &profileName)) {
        ProtocolProfile profile;
        if (protocolProfileFromName(profileName, &profile)) {
            s->profile = profile;
            s->protocol = protocolProfileSettings(profile);
        } else {
            r.error(QStringLiteral("profile"), FileMessages::tr("unknown value '%1' (expected %2)")
                                                   .arg(shown(profileName),
                                                        listChoices(protocolProfileNames())));
        }
    }
    if (root.contains(QLatin1String("protocol"))) {
        QJsonObject o;
        if (r.object(root.value(QLatin1String("protocol")), QStringLiteral("protocol"), &o)) {
            const int before = r.errors.size();
            r.protocol(o, QStringLiteral("protocol"), &s->protocol, nullptr);
            // Rules between values that could not be read would only add noise.
            if (r.errors.size() == before
                && !r.settingRules(SettingsValidation::check(s->protocol), QStringLiteral("protocol")))
                return; // every host would repeat the same problem
        }
    }
    // A host's overrides together with the shared settings must keep the rules too.
    for (int i = 0; i < s->hosts.size(); ++i) {
        if (!s->hosts[i].protocol.isEmpty())
            r.settingRules(SettingsValidation::check(s->protocolFor(i)),
                           item(QStringLiteral("hosts"), i) + QLatin1String(".protocol"));
    }
}

// An `inject` action's segment: addresses, control bits, numbers, window and payload.
void parseInjectedSegment(Reader &r, const QJsonObject &o, const QString &path, const Scenario &s,
                          AppAction *a)
{
    const QString required = FileMessages::tr("required for inject");
    InjectedSegment &seg = a->segment;
    for (const auto &[key, out] : {std::pair{QStringLiteral("source"), &seg.source},
                                   std::pair{QStringLiteral("destination"), &seg.destination}}) {
        if (r.requiredString(o, key, path, out, required) && !s.socketAddress(*out)) {
            QStringList hosts;
            for (const HostSpec &h : s.hosts)
                hosts << h.name;
            r.error(child(path, key), FileMessages::tr("'%1' is neither HOST:PORT nor a.b.c.d:PORT (hosts: %2)")
                                          .arg(shown(*out), hosts.join(QStringLiteral(", "))));
        }
    }
    QString flags;
    if (r.requiredString(o, QStringLiteral("flags"), path, &flags, required)) {
        // "RST,ACK", "SYN+ACK", "FIN, ACK": the names of tcpFlagsLabel, in any order; "none"
        // for a segment without any control bit (a NULL scan), which must be asked for by
        // name so that an empty text stays a mistake.
        static const QRegularExpression separators(QStringLiteral("[,+ ]+"));
        const bool none = flags.trimmed().compare(QLatin1String("none"), Qt::CaseInsensitive) == 0;
        const QStringList names = none ? QStringList() : flags.split(separators, Qt::SkipEmptyParts);
        if (names.isEmpty() && !none)
            r.error(child(path, QStringLiteral("flags")),
                    FileMessages::tr("must name at least one control bit, or be \"none\""));
        for (const QString &name : names) {
            const TcpFlags bit = tcpFlagFromName(name);
            if (bit == 0)
                r.error(child(path, QStringLiteral("flags")),
                        FileMessages::tr("unknown control bit '%1' (expected SYN, FIN, RST, PSH, ACK, URG, ECE, CWR)")
                            .arg(shown(name)));
            seg.flags |= bit;
        }
    }
    qint64 number = 0;
    if (!o.contains(QLatin1String("seq")))
        r.error(child(path, QStringLiteral("seq")), required);
    else if (r.integer(o, QStringLiteral("seq"), path, qint64(0), qint64(4294967295LL), &number))
        seg.seq = uint32_t(number);
    if (o.contains(QLatin1String("ack"))) {
        if (r.integer(o, QStringLiteral("ack"), path, qint64(0), qint64(4294967295LL), &number))
            seg.ack = uint32_t(number);
        if (!(seg.flags & TcpFlag::Ack))
            r.error(child(path, QStringLiteral("ack")), FileMessages::tr("only with the ACK bit in flags"));
    } else if (seg.flags & TcpFlag::Ack) {
        r.error(child(path, QStringLiteral("ack")), FileMessages::tr("required when flags include ACK"));
    }
    r.integer(o, QStringLiteral("window"), path, 0, 65535, &seg.window);
    const bool hasData = o.contains(QLatin1String("data"));
    if (hasData && o.contains(QLatin1String("bytes"))) {
        r.error(path, FileMessages::tr("give data or bytes, not both"));
    } else if (hasData) {
        QString text;
        if (r.string(o, QStringLiteral("data"), path, &text))
            a->data = text.toUtf8();
    } else if (o.contains(QLatin1String("bytes"))) {
        qint64 n = 0;
        if (r.integer(o, QStringLiteral("bytes"), path, qint64(1), qint64(65535), &n))
            a->data = generatedBytes(n);
    }
}

void parseAction(Reader &r, const QJsonObject &o, const QString &path, Scenario *s)
{
    AppAction a;
    QString atKey;
    r.time(o, QStringLiteral("at"), path, &a.at, &atKey);
    if (!atKey.isEmpty() && a.at > s->duration) {
        r.error(child(path, atKey), afterEnd(o.value(atKey).toDouble(), s->duration));
    }
    QString actionName;
    const bool haveKind = r.requiredString(o, QStringLiteral("action"), path, &actionName);
    bool kindOk = false;
    if (haveKind) {
        kindOk = appActionKindFromName(actionName, &a.kind);
        if (!kindOk)
            r.error(child(path, QStringLiteral("action")),
                    FileMessages::tr("unknown value '%1' (expected %2)")
                        .arg(shown(actionName), listChoices(allActionNames)));
    }

    // Keys: unknown to every action, or known but not used by this one.
    static const QStringList everyKey = allActionKeys();
    QStringList allowed = actionCommonKeys;
    if (kindOk) {
        allowed += actionKeys(a.kind);
        if (isHostLevel(a.kind))
            allowed.removeAll(QStringLiteral("socket"));
    }
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (allowed.contains(it.key()))
            continue;
        if (kindOk && everyKey.contains(it.key()))
            r.error(child(path, it.key()), FileMessages::tr("not used by %1").arg(actionName));
        else if (!everyKey.contains(it.key()))
            r.unknownKey(it.key(), path, everyKey);
    }

    int hostIndex = -1;
    if (r.requiredString(o, QStringLiteral("host"), path, &a.host)
        && checkHost(r, *s, a.host, child(path, QStringLiteral("host"))))
        hostIndex = s->hostIndex(a.host);
    if (kindOk && hostIndex >= 0) {
        const bool attacker = s->hosts[hostIndex].kind == HostKind::Attacker;
        if (a.kind == AppActionKind::SynFlood && !attacker)
            r.error(child(path, QStringLiteral("host")),
                    FileMessages::tr("syn_flood needs a host of kind attacker; '%1' is not one")
                        .arg(a.host));
        else if (a.kind != AppActionKind::SynFlood && a.kind != AppActionKind::Inject && attacker)
            r.error(child(path, QStringLiteral("action")),
                    FileMessages::tr("'%1' is an attacker, which can only syn_flood or inject").arg(a.host));
    }
    if (allowed.contains(QLatin1String("socket")) && o.contains(QLatin1String("socket"))) {
        if (r.string(o, QStringLiteral("socket"), path, &a.socket) && a.socket.isEmpty())
            r.error(child(path, QStringLiteral("socket")), FileMessages::tr("must not be empty"));
    }
    if (!kindOk) {
        s->actions << a;
        return;
    }

    const QString required = FileMessages::tr("required for %1").arg(actionName);
    auto remote = [&]() {
        if (r.requiredString(o, QStringLiteral("to"), path, &a.to, required)
            && checkHost(r, *s, a.to, child(path, QStringLiteral("to")))) {
            const int to = s->hostIndex(a.to);
            if (to == hostIndex)
                r.error(child(path, QStringLiteral("to")),
                        FileMessages::tr("must be another host than '%1'").arg(a.host));
            else if (s->hosts[to].kind == HostKind::Attacker)
                r.error(child(path, QStringLiteral("to")),
                        FileMessages::tr("'%1' is an attacker and has no TCP to talk to").arg(a.to));
        }
        if (!o.contains(QLatin1String("remote_port")))
            r.error(child(path, QStringLiteral("remote_port")), required);
        else
            r.integer(o, QStringLiteral("remote_port"), path, 1, 65535, &a.remotePort);
    };
    auto optionalConnectionKeys = [&]() {
        qint64 isn = 0;
        if (r.integer(o, QStringLiteral("isn"), path, qint64(0), qint64(4294967295LL), &isn))
            a.isn = static_cast<uint32_t>(isn);
        bool b = false;
        if (r.boolean(o, QStringLiteral("keepalive"), path, &b))
            a.keepalive = b;
        if (r.boolean(o, QStringLiteral("auto_read"), path, &b))
            a.autoRead = b;
    };

    switch (a.kind) {
    case AppActionKind::Listen:
        if (!o.contains(QLatin1String("port")))
            r.error(child(path, QStringLiteral("port")), required);
        else
            r.integer(o, QStringLiteral("port"), path, 1, 65535, &a.port);
        r.integer(o, QStringLiteral("backlog"), path, 1, 65535, &a.backlog);
        optionalConnectionKeys();
        break;
    case AppActionKind::Connect:
        remote();
        r.integer(o, QStringLiteral("port"), path, 1, 65535, &a.port);
        optionalConnectionKeys();
        break;
    case AppActionKind::Inject:
        parseInjectedSegment(r, o, path, *s, &a);
        break;
    case AppActionKind::Close:
        r.boolean(o, QStringLiteral("wait_for_handshake"), path, &a.waitForHandshake);
        break;
    case AppActionKind::Send: {
        const bool hasData = o.contains(QLatin1String("data"));
        const bool hasBytes = o.contains(QLatin1String("bytes"));
        if (hasData && hasBytes) {
            r.error(path, FileMessages::tr("give data or bytes, not both"));
        } else if (hasData) {
            QString text;
            if (r.string(o, QStringLiteral("data"), path, &text)) {
                if (text.isEmpty())
                    r.error(child(path, QStringLiteral("data")), FileMessages::tr("must not be empty"));
                a.data = text.toUtf8();
            }
        } else if (hasBytes) {
            qint64 n = 0;
            if (r.integer(o, QStringLiteral("bytes"), path, qint64(1), maxGeneratedBytes, &n))
                a.data = generatedBytes(n);
        } else {
            r.error(child(path, QStringLiteral("data")), FileMessages::tr("required for send (or give bytes)"));
        }
        break;
    }
    case AppActionKind::SynFlood: {
        remote();
        if (!o.contains(QLatin1String("count")))
            r.error(child(path, QStringLiteral("count")), required);
        else
            r.integer(o, QStringLiteral("count"), path, 1, int(maxSynFloodCount), &a.count);
        if (!o.contains(QLatin1String("rate_per_s"))) {
            r.error(child(path, QStringLiteral("rate_per_s")), required);
        } else if (r.number(o, QStringLiteral("rate_per_s"), path, 0, maxSynFloodRate,
                            &a.ratePerSecond)
                   && a.ratePerSecond <= 0) {
            r.error(child(path, QStringLiteral("rate_per_s")), FileMessages::tr("must be more than 0"));
        }
        break;
    }
    default:
        break;
    }
    s->actions << a;
}

void parseActions(Reader &r, const QJsonObject &root, Scenario *s)
{
    if (!root.contains(QLatin1String("actions")))
        return;
    QJsonArray actions;
    if (!r.array(root.value(QLatin1String("actions")), QStringLiteral("actions"), &actions))
        return;
    for (int i = 0; i < actions.size(); ++i) {
        const QString path = item(QStringLiteral("actions"), i);
        QJsonObject o;
        if (r.object(actions.at(i), path, &o))
            parseAction(r, o, path, s);
    }
}

void parseFaults(Reader &r, const QJsonObject &root, int version, Scenario *s)
{
    if (!root.contains(QLatin1String("faults")))
        return;
    QJsonArray faults;
    if (!r.array(root.value(QLatin1String("faults")), QStringLiteral("faults"), &faults))
        return;
    const QStringList kinds = {QStringLiteral("drop"), QStringLiteral("delay"),
                               QStringLiteral("duplicate")};
    // Each rule read so far, by everything that makes two rules equal, and where it was
    // first: a scan of the earlier rules per rule makes 40,000 faults take minutes.
    QHash<QString, int> firstEqual;
    for (int i = 0; i < faults.size(); ++i) {
        const QString path = item(QStringLiteral("faults"), i);
        QJsonObject o;
        if (!r.object(faults.at(i), path, &o))
            continue;
        // Version 1 names a segment by position only; version 2 also by identity.
        QStringList keys{QStringLiteral("kind"), QStringLiteral("host"), QStringLiteral("flags"),
                         QStringLiteral("ordinal"), QStringLiteral("delay_ms"),
                         QStringLiteral("after_ms")};
        const QStringList identityKeys{QStringLiteral("seq"), QStringLiteral("ack"),
                                       QStringLiteral("transmission")};
        if (version >= 2)
            keys += identityKeys;
        r.checkKeys(o, path, keys);
        FaultRule f;
        QString kind;
        bool kindOk = false;
        if (r.requiredString(o, QStringLiteral("kind"), path, &kind)) {
            const int k = kinds.indexOf(kind);
            kindOk = k >= 0;
            if (kindOk)
                f.kind = std::array{FaultKind::Drop, FaultKind::Delay, FaultKind::Duplicate}[k];
            else
                r.error(child(path, QStringLiteral("kind")),
                        FileMessages::tr("unknown value '%1' (expected drop, delay or duplicate)").arg(shown(kind)));
        }
        if (r.requiredString(o, QStringLiteral("host"), path, &f.host))
            checkHost(r, *s, f.host, child(path, QStringLiteral("host")));
        bool byIdentity = false;
        for (const QString &key : identityKeys)
            byIdentity = byIdentity || (version >= 2 && o.contains(key));
        if (byIdentity && o.contains(QLatin1String("ordinal")))
            r.error(child(path, QStringLiteral("ordinal")),
                    FileMessages::tr("give either ordinal (a position) or seq, ack and transmission "
                                   "(the segment's identity), not both"));
        else if (!byIdentity && !o.contains(QLatin1String("ordinal")))
            r.error(child(path, QStringLiteral("ordinal")),
                    version >= 2 ? FileMessages::tr("missing (or give the segment's seq, ack and "
                                                  "transmission)")
                                 : FileMessages::tr("missing"));
        else if (!byIdentity)
            r.integer(o, QStringLiteral("ordinal"), path, 1, 1000000000, &f.ordinal);
        if (o.contains(QLatin1String("flags"))) {
            QJsonArray flags;
            if (r.array(o.value(QLatin1String("flags")), child(path, QStringLiteral("flags")), &flags)) {
                for (int j = 0; j < flags.size(); ++j) {
                    const QString p = item(child(path, QStringLiteral("flags")), j);
                    const TcpFlags bit = flags.at(j).isString() ? tcpFlagFromName(flags.at(j).toString()) : 0;
                    if (!flags.at(j).isString())
                        r.error(p, FileMessages::tr("must be a string"));
                    else if (!bit)
                        r.error(p, FileMessages::tr("unknown flag '%1' (expected SYN, FIN, RST, PSH, "
                                                  "ACK, URG, ECE or CWR)")
                                       .arg(shown(flags.at(j).toString())));
                    f.flags |= bit;
                }
            }
        }
        if (byIdentity) {
            // The identity's flags are the segment's exact control bits; seq and ack count
            // from the ISNs (SegmentIdentity).
            f.target = FaultTarget::Segment;
            f.ordinal = 0;
            f.segment.host = f.host;
            f.segment.flags = f.flags;
            f.flags = 0;
            qint64 number = 0;
            if (!o.contains(QLatin1String("seq")))
                r.error(child(path, QStringLiteral("seq")), FileMessages::tr("missing"));
            else if (r.integer(o, QStringLiteral("seq"), path, qint64(0), qint64(UINT32_MAX), &number))
                f.segment.seq = uint32_t(number);
            if (f.segment.flags & TcpFlag::Ack) {
                if (!o.contains(QLatin1String("ack")))
                    r.error(child(path, QStringLiteral("ack")), FileMessages::tr("missing (the segment has ACK)"));
                else if (r.integer(o, QStringLiteral("ack"), path, qint64(0), qint64(UINT32_MAX), &number))
                    f.segment.ack = uint32_t(number);
            } else if (o.contains(QLatin1String("ack"))) {
                r.error(child(path, QStringLiteral("ack")),
                        FileMessages::tr("not used: the segment's flags have no ACK"));
            }
            if (o.contains(QLatin1String("transmission")))
                r.integer(o, QStringLiteral("transmission"), path, 1, 1000000000, &f.segment.transmission);
        }
        if (kindOk) {
            const QString timeKey = f.kind == FaultKind::Delay ? QStringLiteral("delay_ms")
                                  : f.kind == FaultKind::Duplicate ? QStringLiteral("after_ms")
                                                                   : QString();
            for (const QString &key : {QStringLiteral("delay_ms"), QStringLiteral("after_ms")}) {
                if (key != timeKey && o.contains(key))
                    r.error(child(path, key), FileMessages::tr("not used by %1").arg(kind));
            }
            if (!timeKey.isEmpty()) {
                double ms = 0;
                if (!o.contains(timeKey))
                    r.error(child(path, timeKey), FileMessages::tr("required for %1").arg(kind));
                else if (r.number(o, timeKey, path, 0, maxFaultDelayMs, &ms)) {
                    if (const std::optional<SimTime> delta = simTimeFromMicroseconds(ms * 1e3))
                        f.delta = *delta;
                    else
                        r.error(child(path, timeKey), FileMessages::tr("is not a time"));
                }
            }
        }
        const QString identity = QStringLiteral("%1|%2|%3|%4|%5")
                                     .arg(int(f.kind))
                                     .arg(f.ordinal)
                                     .arg(int(f.flags))
                                     .arg(f.delta)
                                     .arg(f.host);
        const auto first = firstEqual.constFind(identity);
        if (first == firstEqual.cend())
            firstEqual.insert(identity, i);
        else if (kindOk)
            r.error(path, FileMessages::tr("the same as faults[%1]").arg(*first));
        s->faults << f;
    }
}

void parseNotes(Reader &r, const QJsonObject &root, Scenario *s)
{
    if (!root.contains(QLatin1String("notes")))
        return;
    QJsonArray notes;
    if (!r.array(root.value(QLatin1String("notes")), QStringLiteral("notes"), &notes))
        return;
    for (int i = 0; i < notes.size(); ++i) {
        const QString path = item(QStringLiteral("notes"), i);
        QJsonObject o;
        if (!r.object(notes.at(i), path, &o))
            continue;
        r.checkKeys(o, path, {QStringLiteral("at_ms"), QStringLiteral("at_s"), QStringLiteral("text"),
                              QStringLiteral("on"), QStringLiteral("host")});
        ScenarioNote n;
        QString atKey;
        r.time(o, QStringLiteral("at"), path, &n.at, &atKey);
        if (!atKey.isEmpty() && n.at > s->duration)
            r.error(child(path, atKey), afterEnd(o.value(atKey).toDouble(), s->duration));
        if (!o.contains(QLatin1String("text")))
            r.error(child(path, QStringLiteral("text")), FileMessages::tr("missing"));
        else
            r.localized(o, QStringLiteral("text"), path, &n.text);
        // The event the note describes; bound to the run once the whole file is read.
        if (r.string(o, QStringLiteral("on"), path, &n.on)) {
            const QString problem = NoteBinder::spellingError(n.on, *s);
            if (!problem.isEmpty())
                r.error(child(path, QStringLiteral("on")), problem);
        }
        // Whose event a note without "on" describes.
        if (r.string(o, QStringLiteral("host"), path, &n.host) && s->hostIndex(n.host) < 0)
            r.error(child(path, QStringLiteral("host")), FileMessages::tr("unknown host '%1'").arg(n.host));
        s->notes << n;
    }
}

// "FIN", "SYN,ACK": the bits a counted segment must carry.
bool parseFlags(Reader &r, const QJsonObject &o, const QString &path, TcpFlags *out)
{
    QString text;
    if (!r.string(o, QStringLiteral("flags"), path, &text))
        return false;
    TcpFlags flags = 0;
    for (const QString &name : text.split(QLatin1Char(','))) {
        const TcpFlags f = tcpFlagFromName(name.trimmed());
        if (!f) {
            r.error(child(path, QStringLiteral("flags")),
                    FileMessages::tr("unknown flag '%1' (expected SYN, FIN, RST, PSH, ACK, URG, ECE or CWR)")
                        .arg(shown(name.trimmed())));
            return false;
        }
        flags |= f;
    }
    *out = flags;
    return true;
}

void parseSegmentCount(Reader &r, const QJsonValue &v, const QString &path, const Scenario &s,
                       std::optional<SegmentCount> *out)
{
    QJsonObject o;
    if (!r.object(v, path, &o))
        return;
    r.checkKeys(o, path, {QStringLiteral("host"), QStringLiteral("flags"), QStringLiteral("at_least"),
                          QStringLiteral("at_most")});
    SegmentCount c;
    if (r.requiredString(o, QStringLiteral("host"), path, &c.host))
        checkHost(r, s, c.host, child(path, QStringLiteral("host")));
    parseFlags(r, o, path, &c.flags);
    r.integer(o, QStringLiteral("at_least"), path, 0, 1000000, &c.atLeast);
    r.integer(o, QStringLiteral("at_most"), path, 0, 1000000, &c.atMost);
    if (c.atLeast < 0 && c.atMost < 0)
        r.error(path, FileMessages::tr("needs at_least or at_most"));
    else if (c.atLeast >= 0 && c.atMost >= 0 && c.atLeast > c.atMost)
        r.error(path, FileMessages::tr("at_least (%1) must not exceed at_most (%2)").arg(c.atLeast).arg(c.atMost));
    *out = c;
}

void parseState(Reader &r, const QJsonObject &o, const QString &key, const QString &path,
                std::optional<TcpState> *out)
{
    QString name;
    if (!r.string(o, key, path, &name))
        return;
    TcpState state;
    if (!tcpStateFromName(name, &state)) {
        QStringList names;
        for (int i = 0; i < tcpStateCount; ++i)
            names << tcpStateName(TcpState(i));
        r.error(child(path, key), FileMessages::tr("unknown state '%1' (expected %2)").arg(shown(name), listChoices(names)));
        return;
    }
    *out = state;
}

void parseGoal(Reader &r, const QJsonValue &v, const QString &path, const Scenario &s, ChallengeGoal *goal)
{
    QJsonObject o;
    if (!r.object(v, path, &o))
        return;
    r.checkKeys(o, path, {QStringLiteral("host"), QStringLiteral("final_state"), QStringLiteral("reached_state"),
                          QStringLiteral("gave_up_connecting"), QStringLiteral("notice"),
                          QStringLiteral("retransmissions"), QStringLiteral("segments")});
    if (r.string(o, QStringLiteral("host"), path, &goal->host))
        checkHost(r, s, goal->host, child(path, QStringLiteral("host")));
    parseState(r, o, QStringLiteral("final_state"), path, &goal->finalState);
    parseState(r, o, QStringLiteral("reached_state"), path, &goal->reachedState);
    bool gaveUp = false;
    if (r.boolean(o, QStringLiteral("gave_up_connecting"), path, &gaveUp))
        goal->gaveUpConnecting = gaveUp;
    QString notice;
    if (r.string(o, QStringLiteral("notice"), path, &notice)) {
        NoticeKind kind;
        if (noticeKindFromName(notice, &kind)) {
            goal->notice = kind;
        } else {
            QStringList names;
            for (int k = 0; k <= int(NoticeKind::AddressInUse); ++k)
                names << noticeKindName(NoticeKind(k));
            r.error(child(path, QStringLiteral("notice")),
                    FileMessages::tr("unknown notice '%1' (expected %2)").arg(shown(notice), listChoices(names)));
        }
    }
    if (o.contains(QLatin1String("retransmissions")))
        parseSegmentCount(r, o.value(QLatin1String("retransmissions")), child(path, QStringLiteral("retransmissions")),
                          s, &goal->retransmissions);
    if (o.contains(QLatin1String("segments")))
        parseSegmentCount(r, o.value(QLatin1String("segments")), child(path, QStringLiteral("segments")), s,
                          &goal->segments);
    if (goal->needsHost() && goal->host.isEmpty())
        r.error(child(path, QStringLiteral("host")),
                FileMessages::tr("missing (final_state, reached_state, gave_up_connecting and notice are about a host)"));
    bool anyCondition = false;
    for (const char *key : {"final_state", "reached_state", "gave_up_connecting", "notice", "retransmissions",
                            "segments"})
        anyCondition = anyCondition || o.contains(QLatin1String(key));
    if (!anyCondition)
        r.error(path, FileMessages::tr("needs a condition (final_state, reached_state, gave_up_connecting, notice, "
                                     "retransmissions or segments)"));
}

void parseChallenges(Reader &r, const QJsonObject &root, Scenario *s)
{
    if (!root.contains(QLatin1String("challenges")))
        return;
    QJsonArray challenges;
    if (!r.array(root.value(QLatin1String("challenges")), QStringLiteral("challenges"), &challenges))
        return;
    for (int i = 0; i < challenges.size(); ++i) {
        const QString path = item(QStringLiteral("challenges"), i);
        QJsonObject o;
        if (!r.object(challenges.at(i), path, &o))
            continue;
        r.checkKeys(o, path, {QStringLiteral("task"), QStringLiteral("hint"), QStringLiteral("goal")});
        ScenarioChallenge c;
        for (const QString &key : {QStringLiteral("task"), QStringLiteral("goal")}) {
            if (!o.contains(key))
                r.error(child(path, key), FileMessages::tr("missing"));
        }
        r.localized(o, QStringLiteral("task"), path, &c.task);
        r.localized(o, QStringLiteral("hint"), path, &c.hint);
        if (o.contains(QLatin1String("goal")))
            parseGoal(r, o.value(QLatin1String("goal")), child(path, QStringLiteral("goal")), *s, &c.goal);
        s->challenges << c;
    }
}

void parseQuestions(Reader &r, const QJsonObject &root, Scenario *s)
{
    if (!root.contains(QLatin1String("questions")))
        return;
    QJsonArray questions;
    if (!r.array(root.value(QLatin1String("questions")), QStringLiteral("questions"), &questions))
        return;
    for (int i = 0; i < questions.size(); ++i) {
        const QString path = item(QStringLiteral("questions"), i);
        QJsonObject o;
        if (!r.object(questions.at(i), path, &o))
            continue;
        r.checkKeys(o, path, {QStringLiteral("at_ms"), QStringLiteral("at_s"), QStringLiteral("host"),
                              QStringLiteral("prompt"), QStringLiteral("choices"), QStringLiteral("explanation")});
        ScenarioQuestion q;
        QString atKey;
        if (!o.contains(QLatin1String("at_ms")) && !o.contains(QLatin1String("at_s")))
            r.error(child(path, QStringLiteral("at_ms")), FileMessages::tr("missing (when to ask: at_ms or at_s)"));
        else
            r.time(o, QStringLiteral("at"), path, &q.at, &atKey);
        if (!atKey.isEmpty() && q.at > s->duration)
            r.error(child(path, atKey), afterEnd(o.value(atKey).toDouble(), s->duration));
        if (r.string(o, QStringLiteral("host"), path, &q.host))
            checkHost(r, *s, q.host, child(path, QStringLiteral("host")));
        if (!o.contains(QLatin1String("prompt")))
            r.error(child(path, QStringLiteral("prompt")), FileMessages::tr("missing"));
        r.localized(o, QStringLiteral("prompt"), path, &q.prompt);
        r.localized(o, QStringLiteral("explanation"), path, &q.explanation);
        QJsonArray choices;
        const QString choicesPath = child(path, QStringLiteral("choices"));
        if (!o.contains(QLatin1String("choices"))) {
            r.error(choicesPath, FileMessages::tr("missing"));
        } else if (r.array(o.value(QLatin1String("choices")), choicesPath, &choices)) {
            if (choices.size() < 2 || choices.size() > 6)
                r.error(choicesPath, FileMessages::tr("needs 2 to 6 choices, has %1").arg(choices.size()));
            int correct = 0;
            for (int c = 0; c < choices.size(); ++c) {
                const QString cp = item(choicesPath, c);
                QJsonObject co;
                if (!r.object(choices.at(c), cp, &co))
                    continue;
                r.checkKeys(co, cp, {QStringLiteral("text"), QStringLiteral("correct"), QStringLiteral("misconception"),
                                     QStringLiteral("explanation")});
                ScenarioQuestionChoice choice;
                if (!co.contains(QLatin1String("text")))
                    r.error(child(cp, QStringLiteral("text")), FileMessages::tr("missing"));
                r.localized(co, QStringLiteral("text"), cp, &choice.text);
                r.boolean(co, QStringLiteral("correct"), cp, &choice.correct);
                r.localized(co, QStringLiteral("explanation"), cp, &choice.explanation);
                QString name;
                if (r.string(co, QStringLiteral("misconception"), cp, &name)) {
                    if (choice.correct) {
                        r.error(child(cp, QStringLiteral("misconception")), FileMessages::tr("not used by the correct choice"));
                    } else if (!misconceptionFromName(name, &choice.misconception)
                               || choice.misconception == Misconception::Other) {
                        QStringList names;
                        for (int m = 1; m < int(Misconception::Other); ++m)
                            names << misconceptionName(Misconception(m));
                        r.error(child(cp, QStringLiteral("misconception")),
                                FileMessages::tr("unknown misconception '%1' (see docs/quiz-format.md: %2)")
                                    .arg(shown(name), names.join(QLatin1String(", "))));
                    }
                }
                if (choice.correct) {
                    ++correct;
                } else if (choice.misconception == Misconception::None) {
                    if (choice.explanation.isEmpty() && !co.contains(QLatin1String("misconception")))
                        r.error(cp, FileMessages::tr("a wrong choice needs a misconception or an explanation"));
                    choice.misconception = Misconception::Other;
                }
                for (int earlier = 0; earlier < q.choices.size(); ++earlier) {
                    if (!choice.text.isEmpty() && q.choices[earlier].text == choice.text) {
                        r.error(child(cp, QStringLiteral("text")), FileMessages::tr("the same as choices[%1]").arg(earlier));
                        break;
                    }
                }
                q.choices << choice;
            }
            if (!choices.isEmpty() && correct != 1)
                r.error(choicesPath, FileMessages::tr("needs exactly one correct choice, has %1").arg(correct));
        }
        s->questions << q;
    }
}

// The parse error's place as line and column (1-based), from its byte offset.
QString jsonErrorPlace(const QByteArray &json, int offset)
{
    offset = std::clamp(offset, 0, int(json.size()));
    const QByteArray before = json.left(offset);
    const int line = before.count('\n') + 1;
    const int lineStart = before.lastIndexOf('\n') + 1;
    const int column = QString::fromUtf8(before.mid(lineStart)).size() + 1;
    return FileMessages::tr("line %1, column %2").arg(line).arg(column);
}

// QString::fromUtf8() drops a byte order mark at the start of what it decodes, and
// QJsonDocument decodes each string without escapes that way: a title starting with U+FEFF
// lost it. Written as the escape "\ufeff" the character survives. Outside strings such bytes
// are only valid as the file's own leading mark, which stays as it is.
QByteArray escapeInnerByteOrderMarks(const QByteArray &json)
{
    static const QByteArray mark("\xEF\xBB\xBF");
    const qsizetype first = json.indexOf(mark, 1);
    if (first < 0)
        return json;
    QByteArray out = json.left(first);
    qsizetype from = first;
    for (qsizetype at = first; at >= 0; at = json.indexOf(mark, from)) {
        out += json.mid(from, at - from);
        out += "\\ufeff";
        from = at + mark.size();
    }
    out += json.mid(from);
    return out;
}

} // namespace

LoadResult parse(const QByteArray &fileText)
{
    const QByteArray json = escapeInnerByteOrderMarks(fileText);
    LoadResult result;
    Reader r;
    Scenario &s = result.scenario;

    if (json.trimmed().isEmpty()) {
        result.errors << FileMessages::tr("the file is empty (expected a JSON object)");
        return result;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        result.errors << FileMessages::tr("invalid JSON at %1: %2")
                             .arg(jsonErrorPlace(json, parseError.offset), parseError.errorString());
        return result;
    }
    if (!doc.isObject()) {
        result.errors << FileMessages::tr("the file must hold a JSON object ({...})");
        return result;
    }
    const QJsonObject root = doc.object();

    // The version decides how everything else is read, so it is checked first and alone.
    if (!root.contains(QLatin1String("version"))) {
        result.errors << FileMessages::tr("version: missing (this format needs \"version\": %1)")
                             .arg(Scenario::currentVersion);
        return result;
    }
    const QJsonValue version = root.value(QLatin1String("version"));
    if (!version.isDouble() || version.toDouble() != std::floor(version.toDouble())
        || version.toDouble() < 1) {
        result.errors << FileMessages::tr("version: must be a whole number (this format is version %1)")
                             .arg(Scenario::currentVersion);
        return result;
    }
    if (version.toDouble() > Scenario::currentVersion) {
        result.errors << FileMessages::tr("version: %1 is newer than this tcplab understands (%2)")
                             .arg(formatNumber(version.toDouble()))
                             .arg(Scenario::currentVersion);
        return result;
    }

    // QJsonDocument kept only the last of equal keys; the text still shows them all.
    for (const QString &problem : JsonDuplicateKeys::find(json))
        r.errors << problem;

    r.checkKeys(root, QString(), topKeys);

    static const QRegularExpression idPattern(QStringLiteral("^[a-z0-9]+(-[a-z0-9]+)*$"));
    if (r.string(root, QStringLiteral("id"), QString(), &s.id) && !idPattern.match(s.id).hasMatch())
        r.error(QStringLiteral("id"),
                FileMessages::tr("'%1' must use only a-z, 0-9 and single '-' between words").arg(shown(s.id)));
    r.localized(root, QStringLiteral("title"), QString(), &s.title);
    r.localized(root, QStringLiteral("summary"), QString(), &s.summary);
    if (r.string(root, QStringLiteral("lesson"), QString(), &s.lesson)
        && !ScenarioLibrary::lessons().contains(s.lesson)) {
        r.error(QStringLiteral("lesson"), FileMessages::tr("unknown value '%1' (expected %2)")
                                              .arg(shown(s.lesson), listChoices(ScenarioLibrary::lessons())));
    }
    r.integer(root, QStringLiteral("lesson_order"), QString(), 0, 1000, &s.lessonOrder);
    if (r.string(root, QStringLiteral("compare_variant"), QString(), &s.compareVariant)) {
        ProtocolVariant v;
        if (!protocolVariantFromName(s.compareVariant, &v))
            r.error(QStringLiteral("compare_variant"),
                    FileMessages::tr("unknown value '%1' (expected standard, two-way-handshake or "
                                   "no-time-wait)")
                        .arg(shown(s.compareVariant)));
    }
    QString durationKey;
    SimTime duration = 0;
    if (r.time(root, QStringLiteral("duration"), QString(), &duration, &durationKey)) {
        // Virtual time counts whole microseconds: anything shorter rounds to no run at all.
        if (duration <= 0)
            r.error(durationKey, FileMessages::tr("must be at least 1 µs, the smallest step of "
                                                "virtual time"));
        else
            s.duration = duration;
    }

    parseHosts(r, root, &s);
    parseNetwork(r, root, &s);
    parseProtocol(r, root, &s);
    parseActions(r, root, &s);
    parseFaults(r, root, int(version.toDouble()), &s);
    parseNotes(r, root, &s);
    parseChallenges(r, root, &s);
    parseQuestions(r, root, &s);

    result.errors = r.errors;
    result.ok = result.errors.isEmpty();
    // Faults given by position (every fault of a version-1 file) are resolved once, here,
    // against the run with all of them applied — what their ordinals meant — so what the
    // program keeps is each segment's identity and later edits cannot move them.
    if (result.ok)
        s = FaultResolver::resolveTogether(s);
    // Each note belongs to the event it describes in the scenario's own run (its own
    // faults included), so that it can follow that event through the learner's edits.
    // A well-formed "on" whose event this run lacks is no reason to refuse the file: a
    // story saved after an edit that took the event away must open again. Its note then
    // waits under "In the original story" (NoteBinder::bind).
    if (result.ok && !s.notes.isEmpty())
        NoteBinder::bind(&s, Simulator::run(s));
    return result;
}

LoadResult load(const QString &path)
{
    LoadResult result;
    // Decided before opening: opening a FIFO blocks until a writer comes, and a device such
    // as /dev/zero reports size 0 yet never ends. Only a plain file is a scenario file.
    const QFileInfo info(path);
    if (info.exists() && !info.isFile()) {
        result.errors << FileMessages::tr("cannot read '%1': not a regular file").arg(path);
        return result;
    }
    // Scenario files are small; refusing huge ones keeps a mistaken path from eating memory.
    if (info.exists() && info.size() > maxFileSize) {
        result.errors << tooLarge(path);
        return result;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.errors << FileMessages::tr("cannot read '%1': %2").arg(path, file.errorString());
        return result;
    }
    // Read at most one byte past the limit, in case the file grew since it was looked at.
    const QByteArray json = file.read(maxFileSize + 1);
    if (json.size() > maxFileSize) {
        result.errors << tooLarge(path);
        return result;
    }
    return parse(json);
}

} // namespace ScenarioFile
} // namespace tcplab
