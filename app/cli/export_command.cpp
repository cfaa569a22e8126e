#include "export_command.h"

#include "capture_options.h"
#include "cli_output.h"
#include "command_line.h"
#include "export/comparison_export.h"
#include "export/diagram_export.h"
#include "export/export_details.h"
#include "export/state_diagram_export.h"
#include "export/step_captions.h"
#include "scenario_argument.h"
#include "scenario_options.h"
#include "settings/protocol_settings.h"
#include "sim/run_projection.h"
#include "sim/simulator.h"
#include "text/display_language.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <cmath>

namespace tcplab {

namespace {

QString exportHelp()
{
    return CommandLine::tr(
        "Usage: tcplab-cli export ID|FILE --out PATH [options]\n"
        "Simulates a scenario and draws its sequence diagram (or its state diagram) to an\n"
        "image, or saves its segments as a capture. The format comes from the extension of\n"
        "PATH: .png, .svg or .pdf, or .pcapng or .pcap (as `tcplab-cli capture` writes them).\n"
        "Works without a display.\n"
        "\n"
        "Options:\n"
        "  --out PATH           the file to write (not with --steps)\n"
        "  --lang zh_CN|en      the language of the diagram's words (default: en) and of the\n"
        "                       messages\n"
        "  --from DURATION      start of the time range (default: the start of the run)\n"
        "  --to DURATION        end of the time range (default: the end of the run)\n"
        "  --scale N            PNG size factor, 0.25 to 8 (default 1; 2 for slides)\n"
        "  --dpi N              PNG resolution, 24 to 768 (96 dpi = scale 1); instead of --scale\n"
        "  --transparent        PNG/SVG without the white background\n"
        "  --pages single|a4|letter  PDF: one long page (default), or A4/Letter pages split\n"
        "                       between events with the host names repeated on every page\n"
        "  --no-legend          leave out the legend of arrow styles\n"
        "  --no-title           leave out the title block (title and faults applied)\n"
        "  --no-states          leave out the state bands on the lifelines\n"
        "  --no-timers          leave out the timer brackets\n"
        "  --preset slides      16:9 slides (1920x1080 as PNG, 960x540 pt pages as PDF) cut\n"
        "                       between events, each with the title and its number; PNG and\n"
        "                       SVG write one file per slide: slide.png -> slide-01.png, ...\n"
        "  --steps DIR          one PNG per step of the range into the folder DIR (which must\n"
        "                       exist): step-01.png, step-02.png, … each up to one more moment,\n"
        "                       with the narration of the step as its caption; with --preset\n"
        "                       slides each step is the 1920x1080 slide its moment is on\n"
        "  --compare shipped|VARIANT  both runs side by side, the first difference marked:\n"
        "                       the run (with the options below) beside the scenario as\n"
        "                       shipped, or beside the run under a teaching variant\n"
        "                       (standard, two-way-handshake, no-time-wait)\n"
        "  --state-diagram      draw the RFC 9293 state diagram with the states at --at\n"
        "  --at DURATION        the moment for --state-diagram (default: the end of the run)\n"
        "\n"
        "For a .pcapng or .pcap file (the drawing options above do not apply):\n"
        "%1"
        "\n"
        "The scenario can be changed as with `run`:\n"
        "%2"
        "\n"
        "Prints the path of every file written. Exit status: 0 on success, 2 for bad usage (an\n"
        "unknown extension, a bad option value, an empty range, a missing folder), 1 when the\n"
        "file cannot be written.\n")
        .arg(CaptureOptions::helpText(), ScenarioOptions::helpText());
}

const QString command = QStringLiteral("export");

ExitStatus usage(const QString &problem)
{
    return CommandLine::usageError(command, problem);
}

bool parseNumber(const QString &text, double min, double max, double *out)
{
    bool ok = false;
    const double v = text.toDouble(&ok);
    if (!ok || !(v >= min && v <= max))
        return false;
    *out = v;
    return true;
}

ExitStatus writeFailure(const QString &message)
{
    CliOutput::error(message);
    return ExitStatus::Failure;
}

// A problem that exists before anything is written is bad usage (2); one that comes up
// while writing is a failure (1). The exporters' messages name the path and the problem.
ExitStatus checkTarget(const QString &path)
{
    if (!exportFormatForPath(path)) {
        return usage(CommandLine::tr("--out '%1': unknown file type '%2'; use .png, .svg, .pdf, .pcapng or .pcap")
                         .arg(path, QFileInfo(path).suffix()));
    }
    const QFileInfo info(path);
    if (!info.absoluteDir().exists()) {
        return usage(CommandLine::tr("--out '%1': the folder '%2' does not exist")
                         .arg(path, QDir::toNativeSeparators(info.absolutePath())));
    }
    if (info.isDir())
        return usage(CommandLine::tr("--out '%1': is a folder; give a file name").arg(path));
    return ExitStatus::Success;
}

// export ID --out run.pcapng: the same file `capture` writes, from the same options.
ExitStatus exportCapture(const QCommandLineParser &parser, const QString &scenarioArgument, const QString &path)
{
    const QFileInfo info(path);
    if (!info.absoluteDir().exists()) {
        return usage(CommandLine::tr("--out '%1': the folder '%2' does not exist")
                         .arg(path, QDir::toNativeSeparators(info.absolutePath())));
    }
    if (info.isDir())
        return usage(CommandLine::tr("--out '%1': is a folder; give a file name").arg(path));
    QString error;
    SimTime stopAt = -1;
    if (!ScenarioOptions::stopTime(parser, &stopAt, &error))
        return usage(error);
    Scenario scenario;
    if (!loadScenarioArgument(scenarioArgument, &scenario))
        return ExitStatus::BadUsage;
    if (!ScenarioOptions::applyTo(parser, &scenario, &error))
        return usage(error);
    const Trace trace = Simulator::run(scenario, stopAt);
    CapturePoint point = CapturePoint::onWire();
    if (!CaptureOptions::point(parser, trace, &point, &error))
        return usage(error);
    if (!CaptureOptions::write(path, scenario, trace, point, &error))
        return writeFailure(error);
    CliOutput::out(path + QLatin1Char('\n'));
    return CliOutput::finish(ExitStatus::Success);
}

ExitStatus runExport(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption out(QStringLiteral("out"), QString(), QStringLiteral("PATH"));
    const QCommandLineOption from(QStringLiteral("from"), QString(), QStringLiteral("DURATION"));
    const QCommandLineOption to(QStringLiteral("to"), QString(), QStringLiteral("DURATION"));
    const QCommandLineOption scale(QStringLiteral("scale"), QString(), QStringLiteral("N"));
    const QCommandLineOption dpi(QStringLiteral("dpi"), QString(), QStringLiteral("N"));
    const QCommandLineOption transparent(QStringLiteral("transparent"));
    const QCommandLineOption pages(QStringLiteral("pages"), QString(), QStringLiteral("MODE"));
    const QCommandLineOption noLegend(QStringLiteral("no-legend"));
    const QCommandLineOption noTitle(QStringLiteral("no-title"));
    const QCommandLineOption noStates(QStringLiteral("no-states"));
    const QCommandLineOption noTimers(QStringLiteral("no-timers"));
    const QCommandLineOption steps(QStringLiteral("steps"), QString(), QStringLiteral("DIR"));
    const QCommandLineOption stateDiagram(QStringLiteral("state-diagram"));
    const QCommandLineOption at(QStringLiteral("at"), QString(), QStringLiteral("DURATION"));
    const QCommandLineOption preset(QStringLiteral("preset"), QString(), QStringLiteral("PRESET"));
    const QCommandLineOption compare(QStringLiteral("compare"), QString(), QStringLiteral("WHAT"));
    parser.addOptions({out, from, to, scale, dpi, transparent, pages, noLegend, noTitle,
                       noStates, noTimers, steps, stateDiagram, at, preset, compare});
    ScenarioOptions::addTo(parser);
    CaptureOptions::addTo(parser);
    if (!CommandLine::parse(parser, arguments))
        return ExitStatus::BadUsage;

    if (const auto bad = checkOneScenarioArgument(parser, QStringLiteral("export")))
        return *bad;
    const QStringList positional = parser.positionalArguments();

    if (parser.isSet(out) && CaptureOptions::isCapturePath(parser.value(out))) {
        const QList<const QCommandLineOption *> drawing = {&from, &to, &scale, &dpi, &transparent,
                                                           &pages, &noLegend, &noTitle, &noStates, &noTimers,
                                                           &steps, &stateDiagram, &at, &preset, &compare};
        for (const QCommandLineOption *option : drawing) {
            if (parser.isSet(*option))
                return usage(CommandLine::tr("--%1 is for images; a capture (%2) takes --point and the "
                                            "scenario options")
                                 .arg(option->names().first(), QFileInfo(parser.value(out)).fileName()));
        }
        return exportCapture(parser, positional.first(), parser.value(out));
    }
    if (CaptureOptions::isSet(parser))
        return usage(CommandLine::tr("--point is for captures: give --out a .pcapng or .pcap file"));

    // Every option is checked before anything is simulated or written.
    const bool stepSeries = parser.isSet(steps);
    if (stepSeries && parser.isSet(out))
        return usage(CommandLine::tr("--steps writes into a folder; leave out --out"));
    if (!stepSeries && !parser.isSet(out))
        return usage(CommandLine::tr("export: missing --out PATH (a .png, .svg, .pdf, .pcapng or .pcap file) or --steps DIR"));
    if (stepSeries && parser.isSet(stateDiagram))
        return usage(CommandLine::tr("--steps and --state-diagram cannot be combined"));
    if (parser.isSet(at) && !parser.isSet(stateDiagram))
        return usage(CommandLine::tr("--at is for --state-diagram; use --from/--to for a range"));
    if (parser.isSet(scale) && parser.isSet(dpi))
        return usage(CommandLine::tr("--scale and --dpi both set the PNG size; give one"));
    const bool slides = parser.isSet(preset) && parser.value(preset).toLower() == QLatin1String("slides");
    if (parser.isSet(preset) && !slides && parser.value(preset).toLower() != QLatin1String("standard"))
        return usage(CommandLine::tr("--preset '%1': expected slides or standard").arg(parser.value(preset)));
    if (slides && (parser.isSet(stateDiagram) || parser.isSet(compare)))
        return usage(CommandLine::tr("--preset slides cannot be combined with --state-diagram or --compare"));
    if (slides && (parser.isSet(scale) || parser.isSet(dpi) || parser.isSet(pages)))
        return usage(CommandLine::tr("--preset slides sets the size (1920x1080); leave out --scale, --dpi and --pages"));
    if (parser.isSet(compare) && (stepSeries || parser.isSet(stateDiagram)))
        return usage(CommandLine::tr("--compare cannot be combined with --steps or --state-diagram"));
    ProtocolVariant comparedVariant = ProtocolVariant::Standard;
    const bool compareShipped = parser.isSet(compare) && parser.value(compare) == QLatin1String("shipped");
    if (parser.isSet(compare) && !compareShipped
        && !protocolVariantFromName(parser.value(compare), &comparedVariant)) {
        return usage(CommandLine::tr("--compare '%1': expected shipped, standard, two-way-handshake or no-time-wait")
                         .arg(parser.value(compare)));
    }

    DiagramExportOptions options;
    if (parser.isSet(scale) && !parseNumber(parser.value(scale), 0.25, 8, &options.scale))
        return usage(CommandLine::tr("--scale '%1': expected a number from 0.25 to 8").arg(parser.value(scale)));
    if (parser.isSet(dpi)) {
        double value = 0;
        if (!parseNumber(parser.value(dpi), 24, 768, &value) || value != std::floor(value))
            return usage(CommandLine::tr("--dpi '%1': expected a whole number from 24 to 768").arg(parser.value(dpi)));
        options.dpi = int(value);
    }
    if (parser.isSet(pages)) {
        const QString mode = parser.value(pages).toLower();
        if (mode == QLatin1String("single"))
            options.pdfPages = PdfPageMode::SinglePage;
        else if (mode == QLatin1String("a4"))
            options.pdfPages = PdfPageMode::A4;
        else if (mode == QLatin1String("letter"))
            options.pdfPages = PdfPageMode::Letter;
        else
            return usage(CommandLine::tr("--pages '%1': expected single, a4 or letter").arg(parser.value(pages)));
    }
    for (const auto &[option, target] : {std::pair{&from, &options.from}, std::pair{&to, &options.to}}) {
        if (!parser.isSet(*option))
            continue;
        if (!parseDuration(parser.value(*option), target)) {
            return usage(CommandLine::tr("--%1 '%2': expected a duration, e.g. 300ms, 1.5s, 2min")
                             .arg(option->names().first(), parser.value(*option)));
        }
    }
    if (options.from >= 0 && options.to >= 0 && options.to <= options.from) {
        return usage(CommandLine::tr("empty range: --to %1 is not after --from %2")
                         .arg(parser.value(to), parser.value(from)));
    }
    SimTime atTime = -1;
    if (parser.isSet(at) && !parseDuration(parser.value(at), &atTime))
        return usage(CommandLine::tr("--at '%1': expected a duration, e.g. 300ms, 1.5s").arg(parser.value(at)));
    options.transparent = parser.isSet(transparent);
    options.legend = !parser.isSet(noLegend);
    options.titleBlock = !parser.isSet(noTitle);
    options.stateBands = !parser.isSet(noStates);
    options.timers = !parser.isSet(noTimers);

    const QString outPath = parser.value(out);
    const QString stepsDir = parser.value(steps);
    if (stepSeries) {
        if (!QFileInfo(stepsDir).isDir())
            return usage(CommandLine::tr("--steps '%1': the folder does not exist").arg(stepsDir));
    } else if (const ExitStatus s = checkTarget(outPath); s != ExitStatus::Success) {
        return s;
    }

    QString error;
    SimTime stopAt = -1;
    if (!ScenarioOptions::stopTime(parser, &stopAt, &error))
        return usage(error);
    Scenario scenario;
    if (!loadScenarioArgument(positional.first(), &scenario))
        return ExitStatus::BadUsage;
    const Scenario shipped = scenario;
    if (!ScenarioOptions::applyTo(parser, &scenario, &error))
        return usage(error);
    // Refused before running: the run could only stop at the limit, after filling memory.
    if (const QStringList tooLong = RunProjection(scenario).problems(Simulator::defaultMaxEvents);
        !tooLong.isEmpty())
        return writeFailure(QStringLiteral("export: ") + tooLong.join(QLatin1Char('\n')));

    // The diagram's words in the --lang language, English without one (so that a picture
    // does not depend on the machine's locale): the window's catalogue, installed over the
    // messages' for as long as this command runs.
    const QString language = CommandLine::chosenLanguage().isEmpty() ? QStringLiteral("en")
                                                                     : CommandLine::chosenLanguage();
    DisplayLanguage diagramWords;
    if (!diagramWords.install(language)) {
        return writeFailure(CommandLine::tr("--lang %1: the translation catalogue :/i18n/tcplab_%1.qm is "
                                            "missing from this build").arg(language));
    }
    const Trace trace = Simulator::run(scenario, stopAt);
    options.language = language;
    if (slides)
        options.preset = ExportPreset::Slides;

    const QString title = scenario.title.text(language);
    const QStringList details = exportDetails(trace, scenario.faults, scenario.protocol.variant);

    if (parser.isSet(stateDiagram)) {
        // Drawn from the trace by the same pure step as the window's diagram: no widget.
        StateDiagramExportOptions stateOptions;
        stateOptions.at = atTime >= 0 ? atTime : trace.endTime;
        stateOptions.variant = scenario.protocol.variant;
        stateOptions.scale = options.scale;
        stateOptions.dpi = options.dpi;
        stateOptions.transparent = options.transparent;
        stateOptions.titleBlock = options.titleBlock;
        stateOptions.title = title;
        stateOptions.details = details;
        if (!StateDiagramExporter(trace, stateOptions).write(outPath, &error))
            return writeFailure(error);
        CliOutput::out(outPath + QLatin1Char('\n'));
        return CliOutput::finish(ExitStatus::Success);
    }

    options.title = title;
    options.details = details;
    if (parser.isSet(compare)) {
        Scenario other = shipped;
        QString leftTitle = ComparisonExporter::yourRunTitle();
        QString rightTitle = ComparisonExporter::shippedTitle();
        if (!compareShipped) {
            other = scenario;
            other.protocol.variant = comparedVariant;
            leftTitle = ComparisonExporter::variantTitle(scenario.protocol.variant);
            rightTitle = ComparisonExporter::variantTitle(comparedVariant);
        }
        const Trace otherTrace = Simulator::run(other, stopAt);
        const ComparisonExporter comparison(trace, leftTitle, otherTrace, rightTitle,
                                            SequenceLayoutOptions{}, options);
        if (!comparison.write(outPath, &error))
            return writeFailure(error);
        CliOutput::out(outPath + QLatin1Char('\n'));
        return CliOutput::finish(ExitStatus::Success);
    }
    DiagramExporter exporter(trace, SequenceLayoutOptions{}, options);
    if (exporter.isRangeEmpty()) {
        return usage(CommandLine::tr("empty range: no event of the run (which ends at %1 s) lies in it")
                         .arg(formatSimTime(trace.endTime)));
    }
    if (slides && !stepSeries) {
        QStringList written;
        if (!exporter.writeSlides(outPath, &written, &error)) {
            for (const QString &path : std::as_const(written))
                QFile::remove(path);
            return writeFailure(error);
        }
        CliOutput::out(written.join(QLatin1Char('\n')) + QLatin1Char('\n'));
        return CliOutput::finish(ExitStatus::Success);
    }
    if (stepSeries) {
        // Each step's caption is the narration of its moment, in the export's language.
        exporter.setStepCaptions(stepCaptions(trace, scenario, language));
        QStringList written;
        if (!exporter.writeSteps(stepsDir, &written, &error)) {
            // A half series would pass for a whole one: take back what was written.
            for (const QString &path : std::as_const(written))
                QFile::remove(path);
            return writeFailure(error);
        }
        CliOutput::out(written.join(QLatin1Char('\n')) + QLatin1Char('\n'));
        return CliOutput::finish(ExitStatus::Success);
    }
    if (!exporter.write(outPath, &error))
        return writeFailure(error);
    CliOutput::out(outPath + QLatin1Char('\n'));
    return CliOutput::finish(ExitStatus::Success);
}

} // namespace

CliCommand exportCommand()
{
    return CliCommand{"export", "export ID|FILE --out PATH [options]",
                      QT_TRANSLATE_NOOP("tcplab::CommandLine", "draw a scenario's diagram to PNG, SVG or PDF, or save it as a capture"),
                      &exportHelp, true, &runExport};
}

} // namespace tcplab
