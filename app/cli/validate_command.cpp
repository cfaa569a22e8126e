#include "validate_command.h"

#include "cli_output.h"
#include "command_line.h"
#include "scenario/note_binder.h"
#include "scenario/scenario_file.h"
#include "sim/simulator.h"

#include <QCommandLineParser>

namespace tcplab {

namespace {

QString validateHelp()
{
    return CommandLine::tr("Usage: tcplab-cli validate FILE...\n"
                           "Checks scenario files. Prints \"FILE: ok\" for a good file; for a bad one, every\n"
                           "problem on its own line (\"FILE: actions[2].at_ms: must be ≥ 0\") on standard error.\n"
                           "Exit status 0 when every file is good, 2 otherwise.\n");
}

ExitStatus validateFiles(const QStringList &arguments)
{
    QCommandLineParser parser;
    if (!CommandLine::parse(parser, arguments))
        return ExitStatus::BadUsage;
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty())
        return CommandLine::usageError(QStringLiteral("validate"),
                                       CommandLine::tr("validate: missing the scenario file"));
    bool allGood = true;
    for (const QString &file : files) {
        const ScenarioFile::LoadResult result = ScenarioFile::load(file);
        // A note whose "on" names an event its own story lacks still opens (a story saved
        // after an edit), but for the file's author it is a mistake.
        QStringList notes;
        if (result.ok) {
            Scenario s = result.scenario;
            notes = NoteBinder::bind(&s, Simulator::run(s));
        }
        if (result.ok && notes.isEmpty()) {
            CliOutput::out(QStringLiteral("%1: ok\n").arg(file));
            continue;
        }
        allGood = false;
        QStringList errors = result.errors + notes;
        if (errors.isEmpty())
            errors << CommandLine::tr("not a valid scenario file");
        for (const QString &e : errors)
            CliOutput::err(QStringLiteral("%1: %2\n").arg(file, e));
    }
    return CliOutput::finish(allGood ? ExitStatus::Success : ExitStatus::BadUsage);
}

} // namespace

CliCommand validateCommand()
{
    return CliCommand{"validate", "validate FILE...",
                      QT_TRANSLATE_NOOP("tcplab::CommandLine", "check scenario files and list every problem"),
                      &validateHelp, false, &validateFiles};
}

} // namespace tcplab
