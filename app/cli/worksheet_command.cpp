#include "worksheet_command.h"

#include "cli_output.h"
#include "command_line.h"
#include "export/image_file_writer.h"
#include "export/worksheet_exporter.h"
#include "scenario_argument.h"
#include "scenario_options.h"
#include "sim/simulator.h"
#include "trace/trace.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>

namespace tcplab {

namespace {

QString worksheetHelp()
{
    return CommandLine::tr(
        "Usage: tcplab-cli worksheet ID|FILE --out PATH [options]\n"
        "Simulates a scenario and writes a printable worksheet for homework, an A4 PDF: the\n"
        "sequence diagram with the chosen labels blanked (numbered, for students to fill in)\n"
        "under the scenario's title and a name line, then the run's questions with choices\n"
        "A to D, and on a page of its own the answer key: every blank's value and every\n"
        "question's letter with a line of explanation.\n"
        "\n"
        "Options:\n"
        "  --out PATH           the PDF file to write (its name ends in .pdf)\n"
        "  --lang zh_CN|en      the language of the sheet (default: en) and of the messages\n"
        "  --blank LIST         what to blank, separated by commas: seq, ack, states, timers\n"
        "                       (default: seq,ack,states)\n"
        "%1"
        "\n"
        "--drop, --delay, --dup and --set may be given several times, as for `run`: the sheet\n"
        "follows the changed story.\n"
        "\n"
        "Exit status: 0 on success, 2 for bad usage (an unknown scenario, a bad --blank, a\n"
        "missing folder), 1 when the file cannot be written (the file there is left as it was).\n")
        .arg(ScenarioOptions::helpText());
}

ExitStatus usage(const QString &problem)
{
    return CommandLine::usageError(QStringLiteral("worksheet"), problem);
}

ExitStatus runWorksheet(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption out(QStringLiteral("out"), QString(), QStringLiteral("PATH"));
    const QCommandLineOption blank(QStringLiteral("blank"), QString(), QStringLiteral("LIST"));
    parser.addOptions({out, blank});
    ScenarioOptions::addTo(parser);
    if (!CommandLine::parse(parser, arguments))
        return ExitStatus::BadUsage;

    // Every option is checked before anything is simulated or written.
    if (const auto bad = checkOneScenarioArgument(parser, QStringLiteral("worksheet")))
        return *bad;
    if (!parser.isSet(out))
        return usage(CommandLine::tr("worksheet: missing --out PATH (the .pdf file to write)"));
    const QString path = parser.value(out);
    const QFileInfo info(path);
    if (exportFormatForPath(path) != ExportFormat::Pdf)
        return usage(CommandLine::tr("--out '%1': a worksheet is a PDF; give a name ending in .pdf").arg(path));
    if (!info.absoluteDir().exists()) {
        return usage(CommandLine::tr("--out '%1': the folder '%2' does not exist")
                         .arg(path, QDir::toNativeSeparators(info.absolutePath())));
    }
    if (info.isDir())
        return usage(CommandLine::tr("--out '%1': is a folder; give a file name").arg(path));
    WorksheetOptions options;
    if (parser.isSet(blank)) {
        const auto blanks = LabelBlanks::fromNames(parser.value(blank));
        if (!blanks) {
            return usage(CommandLine::tr("--blank '%1': expected one or more of %2, separated by commas")
                             .arg(parser.value(blank), LabelBlanks::names().join(QStringLiteral(", "))));
        }
        options.blanks = *blanks;
    }
    QString error;
    SimTime stopAt = -1;
    if (!ScenarioOptions::stopTime(parser, &stopAt, &error))
        return usage(error);

    Scenario scenario;
    if (!loadScenarioArgument(parser.positionalArguments().first(), &scenario))
        return ExitStatus::BadUsage;
    if (!ScenarioOptions::applyTo(parser, &scenario, &error))
        return usage(error);
    // The sheet in the --lang language, English without one: a sheet printed for a class
    // does not depend on the machine's locale.
    options.language = CommandLine::chosenLanguage().isEmpty() ? QStringLiteral("en") : CommandLine::chosenLanguage();

    const Trace trace = Simulator::run(scenario, stopAt);
    for (const QString &warning : ScenarioOptions::unmatchedFaultWarnings(trace, scenario))
        CliOutput::error(warning);
    const WorksheetExporter worksheet(scenario, trace, options);
    if (!worksheet.write(path, &error)) {
        CliOutput::error(error);
        return ExitStatus::Failure;
    }
    CliOutput::out(path + QLatin1Char('\n'));
    return CliOutput::finish(ExitStatus::Success);
}

} // namespace

CliCommand worksheetCommand()
{
    return CliCommand{"worksheet", "worksheet ID|FILE --out PATH [options]",
                      QT_TRANSLATE_NOOP("tcplab::CommandLine",
                                        "write a printable worksheet (PDF): the diagram with blanks, questions, answer key"),
                      &worksheetHelp, true, &runWorksheet};
}

} // namespace tcplab
