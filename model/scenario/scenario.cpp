#include "scenario/scenario.h"

namespace tcplab {

QString LocalizedText::text(const QString &language) const
{
    const bool chinese = language.startsWith(QLatin1String("zh"), Qt::CaseInsensitive);
    const QString &preferred = chinese ? zh : en;
    return preferred.isEmpty() ? (chinese ? en : zh) : preferred;
}

int Scenario::hostIndex(const QString &name) const
{
    for (int i = 0; i < hosts.size(); ++i) {
        if (hosts[i].name == name)
            return i;
    }
    return -1;
}

std::optional<SocketAddress> Scenario::socketAddress(const QString &text) const
{
    const int colon = text.lastIndexOf(QLatin1Char(':'));
    if (colon <= 0)
        return std::nullopt;
    bool ok = false;
    const uint port = text.mid(colon + 1).toUInt(&ok);
    if (!ok || port > 65535)
        return std::nullopt;
    const QString host = text.left(colon);
    SocketAddress a;
    a.port = uint16_t(port);
    if (const int i = hostIndex(host); i >= 0)
        a.address = hosts[i].address;
    else if (!parseIpv4(host, &a.address))
        return std::nullopt;
    return a;
}

ProtocolSettings Scenario::protocolFor(int index) const
{
    ProtocolSettings p = protocol;
    if (index < 0 || index >= hosts.size())
        return p;
    // The overrides are typed and were checked when the scenario was read; nothing is
    // parsed here. One that is not valid (built in code) leaves the scenario's value.
    for (auto it = hosts[index].protocol.cbegin(); it != hosts[index].protocol.cend(); ++it)
        p.setValue(it.key(), it.value(), nullptr);
    return p;
}

const SettingDescriptor *Scenario::settingDescriptor(const QString &key)
{
    if (const SettingDescriptor *d = ProtocolSettings::descriptor(key))
        return d;
    return NetworkSettings::descriptor(key);
}

QVariant Scenario::settingValue(const QString &key) const
{
    return ProtocolSettings::descriptor(key) ? protocol.value(key) : network.value(key);
}

QList<SettingProblem> Scenario::settingProblems() const
{
    QList<SettingProblem> problems = SettingsValidation::check(network);
    const QList<SettingProblem> shared = SettingsValidation::check(protocol);
    problems += shared;
    // A host's own settings matter only where it overrides some; while the shared ones are
    // broken, each host would repeat the same problem.
    if (!shared.isEmpty())
        return problems;
    for (int i = 0; i < hosts.size(); ++i) {
        if (hosts[i].protocol.isEmpty())
            continue;
        for (SettingProblem p : SettingsValidation::check(protocolFor(i))) {
            p.host = hosts[i].name;
            problems << p;
        }
    }
    return problems;
}

bool Scenario::setSetting(const QString &key, const QVariant &value, QString *error)
{
    Scenario after = *this;
    const bool ok = ProtocolSettings::descriptor(key) ? after.protocol.setValue(key, value, error)
                                                      : after.network.setValue(key, value, error);
    if (!ok)
        return false;
    const QList<SettingProblem> problems = after.settingProblems();
    if (!problems.isEmpty()) {
        if (error)
            *error = problems.first().textWithValues();
        return false;
    }
    *this = after;
    return true;
}

void Scenario::setProfile(ProtocolProfile p)
{
    protocol = switchProtocolProfile(protocol, profile, p);
    profile = p;
}

} // namespace tcplab
