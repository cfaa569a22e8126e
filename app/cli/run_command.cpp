#include "run_command.h"

#include "cli_output.h"
#include "command_line.h"
#include "scenario_argument.h"
#include "scenario_options.h"
#include "sim/run_projection.h"
#include "sim/simulator.h"
#include "trace/trace_format.h"

#include <QCommandLineParser>

namespace tcplab {

namespace {

QString runHelp()
{
    // The scenario options' help is shared with `export`.
    return CommandLine::tr(
        "Usage: tcplab-cli run ID|FILE [options]\n"
        "Simulates a scenario (a built-in id from `tcplab-cli list`, or a scenario file) and\n"
        "prints its trace, one line per event.\n"
        "\n"
        "Options:\n"
        "  --format text|jsonl  text (default): protocol notation; jsonl: one JSON object a line\n"
        "  --relative           seq and ack relative to each side's initial sequence number,\n"
        "                       as Wireshark shows them\n"
        "%1"
        "\n"
        "--drop, --delay, --dup and --set may be given several times; the faults are added to\n"
        "the scenario's own. The [A#3] after each sent segment in the text trace is its key.\n"
        "A fault that matches no segment of the run is kept and hits nothing; a warning on\n"
        "stderr (and a fault-matched-nothing notice in the trace) says so.\n")
        .arg(ScenarioOptions::helpText());
}

ExitStatus runScenario(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption format(QStringLiteral("format"), QString(), QStringLiteral("format"),
                                    QStringLiteral("text"));
    parser.addOption(format);
    const QCommandLineOption relative(QStringLiteral("relative"));
    parser.addOption(relative);
    ScenarioOptions::addTo(parser);
    if (!CommandLine::parse(parser, arguments))
        return ExitStatus::BadUsage;

    if (const auto bad = checkOneScenarioArgument(parser, QStringLiteral("run")))
        return *bad;
    const QStringList positional = parser.positionalArguments();
    const QString formatName = parser.value(format);
    if (formatName != QLatin1String("text") && formatName != QLatin1String("jsonl")) {
        return CommandLine::usageError(
            QStringLiteral("run"),
            CommandLine::tr("--format '%1': expected text or jsonl").arg(formatName));
    }
    QString error;
    SimTime stopAt = -1;
    if (!ScenarioOptions::stopTime(parser, &stopAt, &error))
        return CommandLine::usageError(QStringLiteral("run"), error);

    Scenario scenario;
    if (!loadScenarioArgument(positional.first(), &scenario))
        return ExitStatus::BadUsage;

    if (!ScenarioOptions::applyTo(parser, &scenario, &error))
        return CommandLine::usageError(QStringLiteral("run"), error);

    // Refused before running: the run could only stop at the limit, after filling memory.
    if (const QStringList tooLong = RunProjection(scenario).problems(Simulator::defaultMaxEvents);
        !tooLong.isEmpty()) {
        for (const QString &problem : tooLong)
            CliOutput::error(QStringLiteral("run: ") + problem);
        return CliOutput::finish(ExitStatus::Failure);
    }
    const Trace trace = Simulator::run(scenario, stopAt);
    for (const QString &warning : ScenarioOptions::unmatchedFaultWarnings(trace, scenario))
        CliOutput::error(warning);
    TraceFormatOptions formatOptions;
    if (parser.isSet(relative))
        formatOptions.numbering = SequenceNumbering::Relative;
    if (formatName == QLatin1String("jsonl"))
        CliOutput::out(traceToJsonLines(trace, scenario, formatOptions));
    else
        CliOutput::out(traceToText(trace, scenario, formatOptions));
    if (trace.stoppedAtLimit == RunLimit::Events) {
        // The partial trace is printed (it shows what ran away); the status says it is partial.
        CliOutput::error(CommandLine::tr("run stopped at the limit of %1 events (at %2 s); the trace above "
                                         "is partial. Shorten the run with --until or duration_s")
                             .arg(Simulator::defaultMaxEvents)
                             .arg(formatSimTime(trace.endTime)));
        return CliOutput::finish(ExitStatus::Failure);
    }
    return CliOutput::finish(ExitStatus::Success);
}

} // namespace

CliCommand runCommand()
{
    return CliCommand{"run", "run ID|FILE [options]",
                      QT_TRANSLATE_NOOP("tcplab::CommandLine", "simulate a scenario and print its trace"),
                      &runHelp, false, &runScenario};
}

} // namespace tcplab
