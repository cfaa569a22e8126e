#pragma once

#include "cli_command.h"

namespace tcplab {

// `tcplab-cli validate FILE...`: "FILE: ok", or every error of the file, one per line.
CliCommand validateCommand();

} // namespace tcplab
