#pragma once

#include "cli_command.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

class QCommandLineParser;

namespace tcplab {

// The command table of tcplab-cli and the dispatch to its subcommands. Adding a
// subcommand (image export comes next) is one entry in commands().
//
// Every human message of tcplab-cli (help, errors, warnings) is CommandLine::tr(...), one
// context in the catalogues; traces, JSON and other machine output are never translated.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(tcplab::CommandLine)

public:
    static const QList<CliCommand> &commands();
    static const CliCommand *find(const QString &name);
    // The command a command line names (`arguments` as argv: the program first), global
    // options such as --lang skipped; null when there is none.
    static const CliCommand *commandIn(const QStringList &arguments);

    // `arguments` as QCoreApplication::arguments(): the program first. Installs the
    // language (--lang, else the locale) for the whole run, then runs the command.
    static ExitStatus execute(const QStringList &arguments);

    // The language --lang asked for ("zh_CN", "en"), or empty when it was not given: what
    // `export` and `layout` draw the diagram's words in (English without it, so that a
    // picture does not depend on the machine's locale).
    static QString chosenLanguage();

    static QString version();
    static QString usage(); // the text of `tcplab-cli --help`

    // Parses a subcommand's arguments; on failure prints the problem and a hint and
    // returns false.
    static bool parse(QCommandLineParser &parser, const QStringList &arguments);
    // Prints "tcplab-cli: <problem>" and the hint to the command's help; returns BadUsage.
    static ExitStatus usageError(const QString &command, const QString &problem);
};

} // namespace tcplab
