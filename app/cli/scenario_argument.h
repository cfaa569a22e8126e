#pragma once

#include "scenario/scenario.h"

#include <QString>

namespace tcplab {

// Loads the scenario a command names: a built-in id ("handshake") or a file path. On
// failure prints every problem ("tcplab-cli: FILE: actions[2].at_ms: must be ≥ 0") and
// returns false.
bool loadScenarioArgument(const QString &idOrPath, Scenario *scenario);

} // namespace tcplab
