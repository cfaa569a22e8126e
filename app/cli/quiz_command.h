#pragma once

#include "cli_command.h"

namespace tcplab {

// `tcplab-cli quiz ID|FILE [options]`: the "predict, then see" questions of a run, with
// their answers.
CliCommand quizCommand();

} // namespace tcplab
