#pragma once

#include "scenario/scenario.h"
#include "sim/sim_time.h"

#include <QHash>
#include <QString>

namespace tcplab {

class Trace;

// The caption of each step of a step series: the narration of its moment in `language`
// (what happened and why, then the scenario's notes), by the moment's time. Shared by
// tcplab-cli and the Export dialog, so both write the same words under the same picture.
QHash<SimTime, QString> stepCaptions(const Trace &trace, const Scenario &scenario, const QString &language);

} // namespace tcplab
