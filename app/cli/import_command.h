#pragma once

#include "cli_command.h"

namespace tcplab {

// `tcplab-cli import FILE [--connection N [--format text|jsonl] [--point A|B|wire]]`:
// lists the TCP connections of a pcap/pcapng capture, or prints one of them as a trace
// in the formats of `run`, with both ends' states inferred by a passive observer.
CliCommand importCommand();

} // namespace tcplab
