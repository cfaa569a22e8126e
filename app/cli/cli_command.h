#pragma once

#include <QString>
#include <QStringList>

namespace tcplab {

// Exit statuses of tcplab-cli.
enum class ExitStatus : int {
    Success = 0,
    Failure = 1,  // the command ran but something it needed failed (e.g. writing output)
    BadUsage = 2, // bad arguments, unknown scenario, bad scenario file
};

// One subcommand of tcplab-cli. The command table (CommandLine) lists these; a command
// that draws (image export) sets needsGui so main() creates a QGuiApplication for it.
struct CliCommand {
    const char *name;
    const char *synopsis; // "run ID|FILE [options]"
    const char *summary;  // one line for `tcplab-cli --help`, untranslated (QT_TRANSLATE_NOOP)
    QString (*help)();    // the whole text of `tcplab-cli NAME --help`, translated
    bool needsGui = false;
    // `arguments` starts with the command's name (as QCommandLineParser expects).
    ExitStatus (*run)(const QStringList &arguments) = nullptr;
};

} // namespace tcplab
