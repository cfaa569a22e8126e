#pragma once

#include "scenario/scenario.h"

#include <QString>
#include <QStringList>

namespace tcplab {

// What a written capture says about the run it came from: the pcapng section comments.
struct CaptureDescription {
    QString title;     // the scenario's English title
    QStringList notes; // further lines: the scenario id, the fault plan

    // The scenario's id and title, and its fault plan as the command line spells it
    // ("drop A#4", "delay B#2:300ms"), or "no faults".
    static CaptureDescription fromScenario(const Scenario &scenario);
};

} // namespace tcplab
