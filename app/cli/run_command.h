#pragma once

#include "cli_command.h"

namespace tcplab {

// `tcplab-cli run ID|FILE [options]`: simulates a scenario and prints its trace.
CliCommand runCommand();

} // namespace tcplab
