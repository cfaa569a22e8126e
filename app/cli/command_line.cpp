#include "command_line.h"

#include "capture_command.h"
#include "cli_output.h"
#include "export_command.h"
#include "import_command.h"
#include "layout_command.h"
#include "list_command.h"
#include "quiz_command.h"
#include "run_command.h"
#include "validate_command.h"

#include <QCommandLineParser>

#ifndef TCPLAB_VERSION
#define TCPLAB_VERSION "0.1.0"
#endif

namespace tcplab {

const QList<CliCommand> &CommandLine::commands()
{
    static const QList<CliCommand> table = {
        listCommand(),
        runCommand(),
        exportCommand(),
        layoutCommand(),
        validateCommand(),
        captureCommand(),
        importCommand(),
        quizCommand(),
    };
    return table;
}

const CliCommand *CommandLine::find(const QString &name)
{
    for (const CliCommand &c : commands()) {
        if (name == QLatin1String(c.name))
            return &c;
    }
    return nullptr;
}

QString CommandLine::version()
{
    return QStringLiteral(TCPLAB_VERSION);
}

QString CommandLine::usage()
{
    QString text = QStringLiteral(
        "Usage: tcplab-cli COMMAND [options]\n"
        "Runs tcplab's TCP scenarios without the window: traces as text or JSON lines,\n"
        "and diagrams as PNG, SVG or PDF.\n"
        "\n"
        "Commands:\n");
    int width = 0;
    for (const CliCommand &c : commands())
        width = qMax(width, int(qstrlen(c.synopsis)));
    for (const CliCommand &c : commands()) {
        text += QStringLiteral("  %1  %2\n")
                    .arg(QString::fromLatin1(c.synopsis).leftJustified(width),
                         QString::fromLatin1(c.summary));
    }
    text += QStringLiteral(
        "\n"
        "Options:\n"
        "  -h, --help     show this help; `tcplab-cli COMMAND --help` for one command\n"
        "  -v, --version  show the version\n"
        "\n"
        "Exit status: 0 on success, 2 for bad usage, an unknown scenario or a bad file,\n"
        "1 when the output cannot be written.\n");
    return text;
}

ExitStatus CommandLine::execute(const QStringList &arguments)
{
    const QStringList args = arguments.mid(1);
    if (args.isEmpty()) {
        QStringList names;
        for (const CliCommand &c : commands())
            names << QString::fromLatin1(c.name);
        CliOutput::error(QStringLiteral("missing the command (%1)").arg(names.join(QStringLiteral(", "))));
        CliOutput::err(usage());
        return ExitStatus::BadUsage;
    }
    const QString &first = args.first();
    if (first == QLatin1String("-h") || first == QLatin1String("--help")
        || first == QLatin1String("help")) {
        if (args.size() > 1) {
            const CliCommand *c = find(args[1]);
            if (!c) {
                CliOutput::error(QStringLiteral("unknown command '%1'").arg(args[1]));
                return ExitStatus::BadUsage;
            }
            CliOutput::out(QString::fromUtf8(c->help));
        } else {
            CliOutput::out(usage());
        }
        return ExitStatus::Success;
    }
    if (first == QLatin1String("-v") || first == QLatin1String("--version")) {
        CliOutput::out(QStringLiteral("tcplab-cli %1\n").arg(version()));
        return ExitStatus::Success;
    }
    const CliCommand *command = find(first);
    if (!command) {
        CliOutput::error(first.startsWith(QLatin1Char('-'))
                             ? QStringLiteral("unknown option '%1'").arg(first)
                             : QStringLiteral("unknown command '%1'").arg(first));
        CliOutput::err(QStringLiteral("Try 'tcplab-cli --help'.\n"));
        return ExitStatus::BadUsage;
    }
    const QStringList commandArgs = args;
    if (commandArgs.contains(QLatin1String("--help")) || commandArgs.contains(QLatin1String("-h"))) {
        CliOutput::out(QString::fromUtf8(command->help));
        return ExitStatus::Success;
    }
    return command->run(commandArgs);
}

bool CommandLine::parse(QCommandLineParser &parser, const QStringList &arguments)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    if (parser.parse(arguments))
        return true;
    usageError(arguments.value(0), parser.errorText());
    return false;
}

ExitStatus CommandLine::usageError(const QString &command, const QString &problem)
{
    CliOutput::error(problem);
    CliOutput::err(QStringLiteral("Try 'tcplab-cli %1 --help'.\n").arg(command));
    return ExitStatus::BadUsage;
}

} // namespace tcplab
