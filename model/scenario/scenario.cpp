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

ProtocolSettings Scenario::protocolFor(int index) const
{
    ProtocolSettings p = protocol;
    if (index < 0 || index >= hosts.size())
        return p;
    // The overrides were validated when the scenario was loaded; a bad one leaves the
    // scenario's value in place.
    for (auto it = hosts[index].protocol.cbegin(); it != hosts[index].protocol.cend(); ++it)
        p.set(it.key(), it.value(), nullptr);
    return p;
}

} // namespace tcplab
