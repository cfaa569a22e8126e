#pragma once

#include "scenario/scenario.h"
#include "trace/trace.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace tcplab {

// What the learner's change did to the story, in a few sentences for the top of the
// narration: the change itself ("You dropped A's ACK seq=1020 ack=5021 at 1.000 s.") and
// at most three of its consequences, worked out from the difference between the original
// story and the run as it stands: retransmissions that were not there, timers that
// restart, connections that are reset or given up, states that end differently or are
// reached at another time. Deterministic; the words come from the catalogue (context
// "ChangeSummary").
class ChangeSummary
{
    Q_DECLARE_TR_FUNCTIONS(ChangeSummary)
public:
    static constexpr int maxConsequences = 3;

    // The sentences, or none when `run` tells the same story as `original` (the run of
    // `originalScenario`, the scenario as shipped or last saved).
    static QStringList sentences(const Trace &original, const Scenario &originalScenario,
                                 const Trace &run, const Scenario &scenario);
    // The sentences as one paragraph (no space after a full-width stop).
    static QString text(const Trace &original, const Scenario &originalScenario, const Trace &run,
                        const Scenario &scenario);
};

} // namespace tcplab
