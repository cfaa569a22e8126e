#include "sim/host_table.h"

#include <algorithm>

namespace tcplab {

HostTable::HostTable(const Scenario &scenario)
{
    for (int i = 0; i < scenario.hosts.size(); ++i) {
        const HostSpec &spec = scenario.hosts[i];
        Host h;
        h.name = spec.name;
        h.address = spec.address;
        h.attacker = spec.kind == HostKind::Attacker;
        h.spoofNetwork = spec.spoofNetwork;
        h.mss = static_cast<uint16_t>(spec.mtu - 40); // RFC 879, RFC 9293 §3.7.1: MTU − 20 IPv4 − 20 TCP
        h.settings = scenario.protocolFor(i);
        m_hosts.push_back(h);
    }
}

int HostTable::byAddress(uint32_t address) const
{
    for (int i = 0; i < count(); ++i) {
        if (m_hosts[i].address == address)
            return i;
    }
    // Forged source addresses are drawn on their attacker's lifeline.
    for (int i = 0; i < count(); ++i) {
        if (m_hosts[i].attacker && (address & 0xFFFFFF00u) == (m_hosts[i].spoofNetwork & 0xFFFFFF00u))
            return i;
    }
    return -1;
}

} // namespace tcplab
