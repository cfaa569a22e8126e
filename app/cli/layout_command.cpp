#include "layout_command.h"

#include "cli_output.h"
#include "command_line.h"
#include "scenario_argument.h"
#include "scenario_options.h"
#include "sequence/layout_json.h"
#include "sequence/sequence_layout.h"
#include "sequence/sequence_painter.h"
#include "sim/simulator.h"
#include "text/display_language.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QImage>
#include <QJsonDocument>
#include <QPainter>

namespace tcplab {

namespace {

QString layoutHelp()
{
    return CommandLine::tr(
        "Usage: tcplab-cli layout ID|FILE [options]\n"
        "Simulates a scenario, lays out its sequence diagram as the window and the exports draw\n"
        "it, and prints the geometry as JSON: the host boxes; the time axis (pieces: linear,\n"
        "break, hold; labelled ticks); every arrow with its segment id, its key (A#3), its\n"
        "textbook label, its end points and its label's rectangle (four corners when rotated);\n"
        "the state bands, timer brackets, breaks, flood bands and SYN-queue strips.\n"
        "Coordinates are pixels from the top left, times microseconds. A duplicated segment's\n"
        "extra copy has its own key: A#3/copy1.\n"
        "\n"
        "Options:\n"
        "  --width PX           the width to fit (default 900; 0: lifelines 300 px apart)\n"
        "  --zoom fit|N         fit: the scale that fits --height (default); N: N pixels per\n"
        "                       millisecond of time drawn to scale\n"
        "  --height PX          the height \"fit\" fits (default 700)\n"
        "  --floods summarised|expanded  a SYN flood as one band (default) or every arrow\n"
        "  --content textbook|flags|full  what arrow labels say (default textbook)\n"
        "  --lang zh_CN|en      the language of the diagram's words (default: en) and of the\n"
        "                       messages\n"
        "  --compact            the JSON on one line\n"
        "  --picture PATH       also draw this very layout to a PNG file (to look at a case\n"
        "                       the layout property test names)\n"
        "\n"
        "The scenario can be changed as with `run`:\n"
        "%1")
        .arg(ScenarioOptions::helpText());
}

const QString command = QStringLiteral("layout");

ExitStatus usage(const QString &problem)
{
    return CommandLine::usageError(command, problem);
}

bool parsePositive(const QString &text, double max, double *out)
{
    bool ok = false;
    const double v = text.toDouble(&ok);
    if (!ok || !(v >= 0 && v <= max))
        return false;
    *out = v;
    return true;
}

ExitStatus runLayout(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption width(QStringLiteral("width"), QString(), QStringLiteral("PX"), QStringLiteral("900"));
    const QCommandLineOption zoom(QStringLiteral("zoom"), QString(), QStringLiteral("ZOOM"), QStringLiteral("fit"));
    const QCommandLineOption height(QStringLiteral("height"), QString(), QStringLiteral("PX"), QStringLiteral("700"));
    const QCommandLineOption floods(QStringLiteral("floods"), QString(), QStringLiteral("MODE"), QStringLiteral("summarised"));
    const QCommandLineOption content(QStringLiteral("content"), QString(), QStringLiteral("CONTENT"), QStringLiteral("textbook"));
    const QCommandLineOption compact(QStringLiteral("compact"));
    const QCommandLineOption picture(QStringLiteral("picture"), QString(), QStringLiteral("PATH"));
    parser.addOptions({width, zoom, height, floods, content, compact, picture});
    ScenarioOptions::addTo(parser);
    if (!CommandLine::parse(parser, arguments))
        return ExitStatus::BadUsage;

    if (const auto bad = checkOneScenarioArgument(parser, QStringLiteral("layout")))
        return *bad;
    const QStringList positional = parser.positionalArguments();

    SequenceLayoutOptions options;
    options.font = QApplication::font();
    if (!parsePositive(parser.value(width), 100000, &options.width))
        return usage(CommandLine::tr("--width '%1': expected pixels, e.g. 900").arg(parser.value(width)));
    double fitHeight = 0;
    if (!parsePositive(parser.value(height), 1000000, &fitHeight) || fitHeight < 50)
        return usage(CommandLine::tr("--height '%1': expected pixels, at least 50").arg(parser.value(height)));
    const QString zoomText = parser.value(zoom);
    const bool fit = zoomText == QLatin1String("fit");
    if (!fit && (!parsePositive(zoomText, 2000, &options.pixelsPerMs) || options.pixelsPerMs <= 0))
        return usage(CommandLine::tr("--zoom '%1': expected fit or pixels per millisecond (above 0, up to 2000)").arg(zoomText));
    const QString floodMode = parser.value(floods);
    if (floodMode == QLatin1String("summarised") || floodMode == QLatin1String("summarized"))
        options.floods = FloodDrawing::Summarised;
    else if (floodMode == QLatin1String("expanded"))
        options.floods = FloodDrawing::Expanded;
    else
        return usage(CommandLine::tr("--floods '%1': expected summarised or expanded").arg(floodMode));
    const QString contentName = parser.value(content);
    if (contentName == QLatin1String("textbook"))
        options.labelContent = SegmentLabelContent::Textbook;
    else if (contentName == QLatin1String("flags"))
        options.labelContent = SegmentLabelContent::Flags;
    else if (contentName == QLatin1String("full"))
        options.labelContent = SegmentLabelContent::Full;
    else
        return usage(CommandLine::tr("--content '%1': expected textbook, flags or full").arg(contentName));
    QString error;
    SimTime stopAt = -1;
    if (!ScenarioOptions::stopTime(parser, &stopAt, &error))
        return usage(error);

    Scenario scenario;
    if (!loadScenarioArgument(positional.first(), &scenario))
        return ExitStatus::BadUsage;
    if (!ScenarioOptions::applyTo(parser, &scenario, &error))
        return usage(error);
    // The diagram's words in the --lang language, English without one (the catalogue
    // installed over the messages' for as long as this command runs).
    const QString language = CommandLine::chosenLanguage().isEmpty() ? QStringLiteral("en")
                                                                     : CommandLine::chosenLanguage();
    DisplayLanguage diagramWords;
    if (!diagramWords.install(language)) {
        CliOutput::error(CommandLine::tr("--lang %1: the translation catalogue is missing from this build").arg(language));
        return ExitStatus::Failure;
    }
    const Trace trace = Simulator::run(scenario, stopAt);
    const SequenceLayout layout = fit ? layoutSequenceToFit(trace, options, fitHeight) : layoutSequence(trace, options);
    if (parser.isSet(picture)) {
        QImage image(layout.size.toSize(), QImage::Format_RGB32);
        QPainter painter(&image);
        SequencePainter::paint(&painter, layout, QRectF(QPointF(0, 0), layout.size), SequencePaintState());
        painter.end();
        if (!image.save(parser.value(picture), "PNG")) {
            CliOutput::error(CommandLine::tr("--picture '%1': cannot write the file").arg(parser.value(picture)));
            return ExitStatus::Failure;
        }
    }
    const QJsonDocument json(sequenceLayoutToJson(layout, trace));
    CliOutput::out(json.toJson(parser.isSet(compact) ? QJsonDocument::Compact : QJsonDocument::Indented));
    return CliOutput::finish(ExitStatus::Success);
}

} // namespace

CliCommand layoutCommand()
{
    // Laying out measures text, which needs a GUI application (offscreen without a display).
    return CliCommand{"layout", "layout ID|FILE [options]",
                      QT_TRANSLATE_NOOP("tcplab::CommandLine", "lay out a scenario's sequence diagram and print it as JSON"),
                      &layoutHelp, true, &runLayout};
}

} // namespace tcplab
