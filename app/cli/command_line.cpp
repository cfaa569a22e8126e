#include "command_line.h"

#include "capture_command.h"
#include "cli_output.h"
#include "export_command.h"
#include "import_command.h"
#include "language_option.h"
#include "layout_command.h"
#include "list_command.h"
#include "quiz_command.h"
#include "run_command.h"
#include "text/display_language.h"
#include "validate_command.h"
#include "worksheet_command.h"

#include <QCommandLineParser>

#ifndef TCPLAB_VERSION
#define TCPLAB_VERSION "0.1.0"
#endif

namespace tcplab {

namespace {
QString s_chosenLanguage;
}

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
        worksheetCommand(),
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

const CliCommand *CommandLine::commandIn(const QStringList &arguments)
{
    QStringList args = arguments.mid(1);
    LanguageOption::takeFrom(&args);
    return args.isEmpty() ? nullptr : find(args.first());
}

QString CommandLine::chosenLanguage()
{
    return s_chosenLanguage;
}

QString CommandLine::version()
{
    return QStringLiteral(TCPLAB_VERSION);
}

namespace {
// How many columns a terminal gives a text: CJK characters take two (a close enough
// reading of East Asian Width for the help's own words), everything else one.
int terminalColumns(const QString &text)
{
    int columns = 0;
    for (const QChar c : text)
        columns += c.unicode() >= 0x1100 && (c.unicode() <= 0x115f || (c.unicode() >= 0x2e80 && c.unicode() <= 0xa4cf)
                                             || (c.unicode() >= 0xac00 && c.unicode() <= 0xd7a3)
                                             || (c.unicode() >= 0xf900 && c.unicode() <= 0xfaff)
                                             || (c.unicode() >= 0xff00 && c.unicode() <= 0xff60))
                       ? 2
                       : 1;
    return columns;
}
} // namespace

QString CommandLine::usage()
{
    QString text = tr("Usage: tcplab-cli COMMAND [options]\n"
                      "Runs tcplab's TCP scenarios without the window: traces as text or JSON lines,\n"
                      "and diagrams as PNG, SVG or PDF.\n"
                      "\n"
                      "Commands:\n");
    // The synopses are command syntax, except the "[options]" placeholder, which is words.
    QStringList synopses;
    int width = 0;
    for (const CliCommand &c : commands()) {
        synopses << QString::fromLatin1(c.synopsis).replace(QLatin1String("[options]"), tr("[options]"));
        width = qMax(width, terminalColumns(synopses.last()));
    }
    for (int i = 0; i < synopses.size(); ++i) {
        const QString padding(width - terminalColumns(synopses[i]), QLatin1Char(' '));
        text += QStringLiteral("  %1%2  %3\n").arg(synopses[i], padding, tr(commands()[i].summary));
    }
    text += tr("\n"
               "Options:\n"
               "  -h, --help       show this help; `tcplab-cli COMMAND --help` for one command\n"
               "  -v, --version    show the version\n"
               "  --lang zh_CN|en  the language of messages and help (default: the locale's,\n"
               "                   from LC_ALL, LC_MESSAGES or LANG); for export and layout\n"
               "                   also of the diagram's words (default: en). Anywhere on the\n"
               "                   command line.\n"
               "\n"
               "Exit status: 0 on success, 2 for bad usage, an unknown scenario or a bad file,\n"
               "1 when the output cannot be written.\n");
    return text;
}

namespace {

// The language of this run: --lang, else the locale. A bad --lang is reported in the
// locale's language, the only one known then.
ExitStatus chooseLanguage(const LanguageOption &option, DisplayLanguage *language)
{
    s_chosenLanguage = option.code();
    language->install(s_chosenLanguage.isEmpty() ? DisplayLanguage::fromEnvironment() : s_chosenLanguage);
    if (!option.isGiven() || !s_chosenLanguage.isEmpty())
        return ExitStatus::Success;
    CliOutput::error(option.lacksValue()
                         ? CommandLine::tr("--lang: missing the language (zh_CN or en)")
                         : CommandLine::tr("--lang '%1': expected zh_CN or en").arg(option.value()));
    return ExitStatus::BadUsage;
}

ExitStatus dispatch(const QStringList &args)
{
    if (args.isEmpty()) {
        QStringList names;
        for (const CliCommand &c : CommandLine::commands())
            names << QString::fromLatin1(c.name);
        CliOutput::error(CommandLine::tr("missing the command (%1)").arg(names.join(QStringLiteral(", "))));
        CliOutput::err(CommandLine::usage());
        return ExitStatus::BadUsage;
    }
    const QString &first = args.first();
    if (first == QLatin1String("-h") || first == QLatin1String("--help")
        || first == QLatin1String("help")) {
        if (args.size() > 1) {
            const CliCommand *c = CommandLine::find(args[1]);
            if (!c) {
                CliOutput::error(CommandLine::tr("unknown command '%1'").arg(args[1]));
                return ExitStatus::BadUsage;
            }
            CliOutput::out(c->help());
        } else {
            CliOutput::out(CommandLine::usage());
        }
        return CliOutput::finish(ExitStatus::Success);
    }
    if (first == QLatin1String("-v") || first == QLatin1String("--version")) {
        CliOutput::out(QStringLiteral("tcplab-cli %1\n").arg(CommandLine::version()));
        return CliOutput::finish(ExitStatus::Success);
    }
    const CliCommand *command = CommandLine::find(first);
    if (!command) {
        CliOutput::error(first.startsWith(QLatin1Char('-'))
                             ? CommandLine::tr("unknown option '%1'").arg(first)
                             : CommandLine::tr("unknown command '%1'").arg(first));
        CliOutput::err(CommandLine::tr("Try 'tcplab-cli --help'.\n"));
        return ExitStatus::BadUsage;
    }
    if (args.contains(QLatin1String("--help")) || args.contains(QLatin1String("-h"))) {
        CliOutput::out(command->help());
        return CliOutput::finish(ExitStatus::Success);
    }
    return command->run(args);
}

} // namespace

ExitStatus CommandLine::execute(const QStringList &arguments)
{
    QStringList args = arguments.mid(1);
    const LanguageOption option = LanguageOption::takeFrom(&args);
    // Installed for the whole run and taken out before the application ends.
    DisplayLanguage language;
    if (const ExitStatus s = chooseLanguage(option, &language); s != ExitStatus::Success)
        return s;
    return dispatch(args);
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
    CliOutput::err(tr("Try 'tcplab-cli %1 --help'.\n").arg(command));
    return ExitStatus::BadUsage;
}

} // namespace tcplab
