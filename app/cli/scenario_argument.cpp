#include "scenario_argument.h"

#include "cli_output.h"
#include "scenario/scenario_library.h"

namespace tcplab {

bool loadScenarioArgument(const QString &idOrPath, Scenario *scenario)
{
    const ScenarioFile::LoadResult result = ScenarioLibrary::loadByIdOrPath(idOrPath);
    if (result.ok) {
        *scenario = result.scenario;
        return true;
    }
    QStringList errors = result.errors;
    if (errors.isEmpty())
        errors << QStringLiteral("'%1': cannot be loaded").arg(idOrPath);
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
