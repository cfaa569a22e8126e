#include "scenario_argument.h"

#include "cli_output.h"
#include "command_line.h"
#include "scenario/scenario_library.h"

#include <QCommandLineParser>
#include <QFileInfo>

namespace tcplab {

std::optional<ExitStatus> checkOneScenarioArgument(const QCommandLineParser &parser, const QString &command)
{
    const QStringList positional = parser.positionalArguments();
    if (positional.size() == 1)
        return std::nullopt;
    return CommandLine::usageError(
        command, positional.isEmpty()
                     ? CommandLine::tr("%1: missing the scenario (an id from `tcplab-cli list`, or a file)").arg(command)
                     : CommandLine::tr("%1: expected one scenario, got %2: %3")
                           .arg(command)
                           .arg(positional.size())
                           .arg(positional.join(QLatin1Char(' '))));
}

bool loadScenarioArgument(const QString &idOrPath, Scenario *scenario)
{
    // Neither an id nor a file (nor a path, whose reader names the problem with it): said
    // here, in the user's language, with the ids to choose from.
    if (!ScenarioLibrary::looksLikePath(idOrPath) && !ScenarioLibrary::contains(idOrPath)
        && !QFileInfo(idOrPath).isFile()) {
        CliOutput::error(CommandLine::tr("'%1': neither a built-in scenario nor a file (built-in: %2)")
                             .arg(idOrPath, ScenarioLibrary::ids().join(QLatin1String(", "))));
        return false;
    }
    const ScenarioFile::LoadResult result = ScenarioLibrary::loadByIdOrPath(idOrPath);
    if (result.ok) {
        *scenario = result.scenario;
        return true;
    }
    QStringList errors = result.errors;
    if (errors.isEmpty())
        errors << CommandLine::tr("'%1': cannot be loaded").arg(idOrPath);
    // The library's own messages already start with the quoted argument; a file's
    // validation errors name a JSON path, so they get the file name in front.
    for (const QString &e : errors) {
        if (e.startsWith(QLatin1Char('\'')))
            CliOutput::error(e);
        else
            CliOutput::error(QStringLiteral("%1: %2").arg(idOrPath, e));
    }
    return false;
}

} // namespace tcplab
