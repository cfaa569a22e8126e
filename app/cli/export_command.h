#pragma once

#include "cli_command.h"

namespace tcplab {

// `tcplab-cli export ID|FILE --out PATH [options]`: draws a scenario's sequence diagram
// (or its state diagram at a moment) to PNG, SVG or PDF without a window.
CliCommand exportCommand();

} // namespace tcplab
