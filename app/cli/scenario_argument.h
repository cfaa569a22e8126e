#pragma once

#include "scenario/scenario.h"

#include "cli_command.h"

#include <QString>

#include <optional>

class QCommandLineParser;

namespace tcplab {

// The one scenario (id or file) a command takes as its positional argument. With none or
// several, prints the usage error ("run: missing the scenario …") and returns BadUsage.
std::optional<ExitStatus> checkOneScenarioArgument(const QCommandLineParser &parser, const QString &command);

// Loads the scenario a command names: a built-in id ("handshake") or a file path. On
// failure prints every problem ("tcplab-cli: FILE: actions[2].at_ms: must be ≥ 0") and
// returns false.
bool loadScenarioArgument(const QString &idOrPath, Scenario *scenario);

} // namespace tcplab
