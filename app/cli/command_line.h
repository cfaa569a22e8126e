#pragma once

#include "cli_command.h"

#include <QList>
#include <QStringList>

class QCommandLineParser;

namespace tcplab {

// The command table of tcplab-cli and the dispatch to its subcommands. Adding a
// subcommand (image export comes next) is one entry in commands().
class CommandLine
{
public:
    static const QList<CliCommand> &commands();
    static const CliCommand *find(const QString &name);

    // `arguments` as QCoreApplication::arguments(): the program first.
    static ExitStatus execute(const QStringList &arguments);

    static QString version();
    static QString usage(); // the text of `tcplab-cli --help`

    // Parses a subcommand's arguments; on failure prints the problem and a hint and
    // returns false.
    static bool parse(QCommandLineParser &parser, const QStringList &arguments);
    // Prints "tcplab-cli: <problem>" and the hint to the command's help; returns BadUsage.
    static ExitStatus usageError(const QString &command, const QString &problem);
};

} // namespace tcplab
