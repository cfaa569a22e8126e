#pragma once

#include "capture/capture_point.h"
#include "scenario/scenario.h"
#include "trace/trace.h"

#include <QString>

class QCommandLineParser;

namespace tcplab {

// The option that says where a capture of a run is taken (--point HOST|wire) and the
// writing of that capture, shared by `capture` and by `export` when its --out names a
// .pcap or .pcapng file, so both spell and check it the same way.
namespace CaptureOptions {

// The lines of a command's --help that describe --point.
QString helpText();
// A path export writes as a capture rather than an image: .pcap or .pcapng, any case.
bool isCapturePath(const QString &path);
// Adds --point to a parser.
void addTo(QCommandLineParser &parser);
// Whether --point was given (an image export refuses it).
bool isSet(const QCommandLineParser &parser);
// --point checked against the run's hosts. False with *error set ("--point 'C': expected
// wire or a host (A, B)").
bool point(const QCommandLineParser &parser, const Trace &trace, CapturePoint *point, QString *error);
// Writes the run as a capture: pcap for FILE.pcap, pcapng otherwise (captureFormatForPath),
// atomically, with the scenario and its faults as the pcapng comments. False with *error set.
bool write(const QString &path, const Scenario &scenario, const Trace &trace, const CapturePoint &point,
           QString *error);

} // namespace CaptureOptions
} // namespace tcplab
