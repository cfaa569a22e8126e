#pragma once

#include "scenario/scenario.h"

#include <vector>

namespace tcplab {

// The hosts of one run as the simulation sees them: address, MSS, protocol settings, and
// whether the host is up. Answers which host has an address.
class HostTable
{
public:
    struct Host {
        QString name;
        uint32_t address = 0;
        bool attacker = false;
        uint32_t spoofNetwork = 0; // an attacker's forged sources come from this /24
        bool up = true;
        uint16_t mss = 1460;
        ProtocolSettings settings;
    };

    explicit HostTable(const Scenario &scenario);

    int count() const { return int(m_hosts.size()); }
    const Host &operator[](int host) const { return m_hosts[host]; }
    bool isUp(int host) const { return m_hosts[host].up; }
    void markCrashed(int host) { m_hosts[host].up = false; }
    void markRebooted(int host) { m_hosts[host].up = true; }
    // The host with this address; forged source addresses belong to the attacker whose
    // spoofed /24 they come from. -1 when nobody has it.
    int byAddress(uint32_t address) const;

private:
    std::vector<Host> m_hosts;
};

} // namespace tcplab
