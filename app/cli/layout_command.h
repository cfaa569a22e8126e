#pragma once

#include "cli_command.h"

namespace tcplab {

// `tcplab-cli layout ID|FILE [options]`: lays out a scenario's sequence diagram and prints
// its geometry as JSON.
CliCommand layoutCommand();

} // namespace tcplab
