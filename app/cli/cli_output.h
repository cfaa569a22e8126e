#pragma once

#include "cli_command.h"

#include <QByteArray>
#include <QString>

namespace tcplab {

// Writing to the terminal: bytes go out as they are (UTF-8), without locale conversion,
// so the traces are the same on every machine.
namespace CliOutput {

void out(const QByteArray &bytes);
void out(const QString &text);
void err(const QString &text);
// "tcplab-cli: <problem>" on stderr.
void error(const QString &problem);
// Flushes standard output; when that fails (disk full, closed pipe) says so and returns
// Failure, else returns `status`.
ExitStatus finish(ExitStatus status);

} // namespace CliOutput
} // namespace tcplab
