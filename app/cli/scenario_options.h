#pragma once

#include "scenario/scenario.h"
#include "sim/sim_time.h"
#include "trace/trace.h"

#include <QString>

class QCommandLineParser;

namespace tcplab {

// The options that change the story of a scenario, shared by `run` and `export`:
// --drop/--delay/--dup SPEC (fault rules, added to the scenario's own), --profile NAME
// (rfc9293 or linux, before any --set), --set KEY=VALUE
// (a protocol or network setting) and --until DURATION (stop early).
namespace ScenarioOptions {

// The lines of a command's --help that describe these options.
QString helpText();
// Adds the options to a parser.
void addTo(QCommandLineParser &parser);
// --until: -1 when not given. On a bad duration returns false with *error set.
bool stopTime(const QCommandLineParser &parser, SimTime *stopAt, QString *error);
// Applies --set, then --drop/--delay/--dup, to a loaded scenario. Every setting and fault
// is checked against the scenario (a host that does not exist, an unknown key) so that a
// typo never changes nothing silently, and the settings together must keep the rules
// between them (rto_min_ms ≤ rto_initial_ms, ...) that the file reader enforces. On
// failure returns false with *error set.
bool applyTo(const QCommandLineParser &parser, Scenario *scenario, QString *error);
// One line for each fault that matched no segment in `trace` (the run of `scenario`): the
// trace's fault-matched-nothing notices, worded for stderr.
QStringList unmatchedFaultWarnings(const Trace &trace, const Scenario &scenario);

} // namespace ScenarioOptions
} // namespace tcplab
