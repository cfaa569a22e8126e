#include "capture_options.h"

#include "capture/capture_writer.h"
#include "command_line.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QStringList>

namespace tcplab::CaptureOptions {

namespace {

const QString pointName = QStringLiteral("point");

} // namespace

QString helpText()
{
    return CommandLine::tr(
        "  --point HOST|wire    where to capture: at a host's interface (A, B: what it sent and\n"
        "                       what reached it) or on the wire (default: a tap in the middle of\n"
        "                       the path that sees every segment once, also those lost after it)\n");
}

bool isCapturePath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == QLatin1String("pcap") || suffix == QLatin1String("pcapng");
}

void addTo(QCommandLineParser &parser)
{
    parser.addOption(QCommandLineOption(pointName, QString(), QStringLiteral("HOST|wire"), QStringLiteral("wire")));
}

bool isSet(const QCommandLineParser &parser)
{
    return parser.isSet(pointName);
}

bool point(const QCommandLineParser &parser, const Trace &trace, CapturePoint *point, QString *error)
{
    const QString text = parser.value(pointName);
    if (CapturePoint::parse(text, trace, point))
        return true;
    QStringList names;
    for (const HostInfo &h : trace.hosts)
        names << h.name;
    *error = CommandLine::tr("--point '%1': expected wire or a host (%2)").arg(text, names.join(QStringLiteral(", ")));
    return false;
}

bool write(const QString &path, const Scenario &scenario, const Trace &trace, const CapturePoint &point,
           QString *error)
{
    CaptureWriter writer(trace);
    writer.setPoint(point);
    writer.setFormat(captureFormatForPath(path));
    writer.setDescription(CaptureDescription::fromScenario(scenario));
    return writer.write(path, error);
}

} // namespace tcplab::CaptureOptions
