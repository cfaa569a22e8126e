#pragma once

#include "cli_command.h"

namespace tcplab {

// `tcplab-cli worksheet ID|FILE --out sheet.pdf [options]`: a printable worksheet for
// homework: the diagram with labels blanked, the questions, and an answer key.
CliCommand worksheetCommand();

} // namespace tcplab
