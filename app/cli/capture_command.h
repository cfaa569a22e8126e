#pragma once

#include "cli_command.h"

namespace tcplab {

// `tcplab-cli capture ID|FILE --out FILE [--point HOST|wire] [options]`: simulates a
// scenario and saves what a capture point saw as a pcap or pcapng file. A command of its
// own for now; it may become a format of `export` later.
CliCommand captureCommand();

} // namespace tcplab
