#include "capture_command.h"

#include "capture_options.h"
#include "cli_output.h"
#include "command_line.h"
#include "scenario_argument.h"
#include "scenario_options.h"
#include "sim/simulator.h"

#include <QCommandLineParser>

namespace tcplab {

namespace {

QString captureHelp()
{
    return CommandLine::tr(
        "Usage: tcplab-cli capture ID|FILE --out FILE [options]\n"
        "Simulates a scenario and saves the segments one capture point saw as a capture file\n"
        "for Wireshark or tcpdump: Ethernet, IPv4 and TCP with correct checksums, timestamps\n"
        "from the virtual time (time 0 is 2022-08-18 00:00:00 UTC).\n"
        "\n"
        "Options:\n"
        "  --out FILE           the file to write; FILE.pcap is libpcap format, anything else\n"
        "                       pcapng (with the scenario, the faults and the capture point as\n"
        "                       comments)\n"
        "%1"
        "%2"
        "\n"
        "See docs/captures.md for what each capture point sees and when.\n")
        .arg(CaptureOptions::helpText(), ScenarioOptions::helpText());
}

ExitStatus captureScenario(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption out(QStringLiteral("out"), QString(), QStringLiteral("FILE"));
    parser.addOption(out);
    CaptureOptions::addTo(parser);
    ScenarioOptions::addTo(parser);
    if (!CommandLine::parse(parser, arguments))
        return ExitStatus::BadUsage;

    const QString command = QStringLiteral("capture");
    if (const auto bad = checkOneScenarioArgument(parser, QStringLiteral("capture")))
        return *bad;
    const QStringList positional = parser.positionalArguments();
    if (!parser.isSet(out) || parser.value(out).isEmpty())
        return CommandLine::usageError(command, CommandLine::tr("capture: missing --out FILE"));
    QString error;
    SimTime stopAt = -1;
    if (!ScenarioOptions::stopTime(parser, &stopAt, &error))
        return CommandLine::usageError(command, error);

    Scenario scenario;
    if (!loadScenarioArgument(positional.first(), &scenario))
        return ExitStatus::BadUsage;
    if (!ScenarioOptions::applyTo(parser, &scenario, &error))
        return CommandLine::usageError(command, error);

    const Trace trace = Simulator::run(scenario, stopAt);
    CapturePoint capturePoint = CapturePoint::onWire();
    if (!CaptureOptions::point(parser, trace, &capturePoint, &error))
        return CommandLine::usageError(command, error);
    if (!CaptureOptions::write(parser.value(out), scenario, trace, capturePoint, &error)) {
        CliOutput::error(error);
        return ExitStatus::Failure;
    }
    return CliOutput::finish(ExitStatus::Success);
}

} // namespace

CliCommand captureCommand()
{
    return CliCommand{"capture", "capture ID|FILE --out FILE [options]",
                      QT_TRANSLATE_NOOP("tcplab::CommandLine", "simulate a scenario and save it as a pcap/pcapng capture"),
                      &captureHelp, false, &captureScenario};
}

} // namespace tcplab
