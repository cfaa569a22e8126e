#pragma once

#include "cli_command.h"

namespace tcplab {

// `tcplab-cli list`: the built-in scenario ids with their English titles.
CliCommand listCommand();

} // namespace tcplab
