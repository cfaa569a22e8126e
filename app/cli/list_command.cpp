#include "list_command.h"

#include "cli_output.h"
#include "command_line.h"
#include "scenario/scenario_library.h"

#include <QCommandLineParser>

namespace tcplab {

namespace {

QString listHelp()
{
    return CommandLine::tr("Usage: tcplab-cli list\n"
                           "Prints the built-in scenarios in lesson order: the id (for `tcplab-cli run ID`), its\n"
                           "lesson group and its English title.\n");
}

ExitStatus listScenarios(const QStringList &arguments)
{
    QCommandLineParser parser;
    if (!CommandLine::parse(parser, arguments))
        return ExitStatus::BadUsage;
    if (!parser.positionalArguments().isEmpty()) {
        return CommandLine::usageError(QStringLiteral("list"),
                                       CommandLine::tr("list: unexpected argument '%1'")
                                           .arg(parser.positionalArguments().first()));
    }
    const QList<Scenario> scenarios = ScenarioLibrary::scenarios();
    int idWidth = 2, lessonWidth = 6;
    for (const Scenario &s : scenarios) {
        idWidth = qMax(idWidth, int(s.id.size()));
        lessonWidth = qMax(lessonWidth, int(s.lesson.size()));
    }
    QString text = QStringLiteral("%1  %2  %3\n")
                       .arg(QStringLiteral("ID").leftJustified(idWidth),
                            QStringLiteral("LESSON").leftJustified(lessonWidth), QStringLiteral("TITLE"));
    for (const Scenario &s : scenarios) {
        text += QStringLiteral("%1  %2  %3\n")
                    .arg(s.id.leftJustified(idWidth), s.lesson.leftJustified(lessonWidth),
                         s.title.text(QStringLiteral("en")));
    }
    CliOutput::out(text);
    return CliOutput::finish(ExitStatus::Success);
}

} // namespace

CliCommand listCommand()
{
    return CliCommand{"list", "list",
                      QT_TRANSLATE_NOOP("tcplab::CommandLine", "print the built-in scenarios: id, lesson and title"),
                      &listHelp, false, &listScenarios};
}

} // namespace tcplab
