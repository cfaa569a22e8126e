#include "capture_command.h"

#include "capture/capture_writer.h"
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
        "  --point HOST|wire    where to capture: at a host's interface (A, B: what it sent and\n"
        "                       what reached it) or on the wire (default: a tap in the middle of\n"
        "                       the path that sees every segment once, also those lost after it)\n"
        "%1"
        "\n"
        "See docs/captures.md for what each capture point sees and when.\n")
        .arg(ScenarioOptions::helpText());
}

ExitStatus captureScenario(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption out(QStringLiteral("out"), QString(), QStringLiteral("FILE"));
    const QCommandLineOption point(QStringLiteral("point"), QString(), QStringLiteral("HOST|wire"),
                                   QStringLiteral("wire"));
    parser.addOption(out);
    parser.addOption(point);
    ScenarioOptions::addTo(parser);
    if (!CommandLine::parse(parser, arguments))
        return ExitStatus::BadUsage;

    const QString command = QStringLiteral("capture");
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        return CommandLine::usageError(
            command, positional.isEmpty()
                         ? CommandLine::tr("capture: missing the scenario (an id from `tcplab-cli list`, or a file)")
                         : CommandLine::tr("capture: expected one scenario, got %1: %2")
                               .arg(positional.size())
                               .arg(positional.join(QLatin1Char(' '))));
    }
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
    if (!CapturePoint::parse(parser.value(point), trace, &capturePoint)) {
        QStringList names;
        for (const HostInfo &h : trace.hosts)
            names << h.name;
        return CommandLine::usageError(command, CommandLine::tr("--point '%1': expected wire or a host (%2)")
                                                    .arg(parser.value(point), names.join(QStringLiteral(", "))));
    }
    const QString path = parser.value(out);
    CaptureWriter writer(trace);
    writer.setPoint(capturePoint);
    writer.setFormat(captureFormatForPath(path));
    writer.setDescription(CaptureDescription::fromScenario(scenario));
    if (!writer.write(path, &error)) {
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
