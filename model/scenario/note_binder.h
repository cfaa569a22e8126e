#pragma once

#include "scenario/scenario.h"
#include "trace/trace.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace tcplab {

// Binds a scenario's notes to the events they describe, and places them in any run of the
// story. A note is written for the scenario's own run (its own faults included); after the
// learner's edits the same event may happen at another time, or not at all.
class NoteBinder
{
public:
    // Where a note is shown in one run.
    struct Placed {
        int note = -1;   // index in Scenario::notes
        SimTime time = 0;
        int event = -1;  // the trace event it follows, -1 for a note bound to none
    };
    struct Placement {
        QList<Placed> placed; // in the order they are shown: by time, then event, then note
        QList<int> gone;      // notes whose event does not happen in this run
    };

    // Checks the spelling of an "on" field against the scenario's hosts: an empty string
    // when it is well formed, else what is wrong ("expected HOST:state STATE[#N], ...").
    static QString spellingError(const QString &on, const Scenario &scenario);

    // Binds every note of *scenario to an event of `ownRun`, the run of *scenario as it is:
    // the event its "on" names, else the last event at or before its `at` (the first event
    // when none comes before). Returns one problem per note whose "on" names no event of
    // that run ("notes[2].on: A:FIN#3 names no segment of the scenario's own run"); such a
    // note is bound to no event at all, so place() always counts it as gone. A file the
    // learner saved after an edit took the event away reads that way; a shipped file never
    // does (tst_note_binding).
    static QStringList bind(Scenario *scenario, const Trace &ownRun);

    // Where each note of `scenario` goes in `trace`: a bound note follows its event (the
    // event's time plus the note's offset), a note bound to nothing stays at its `at`, a
    // note whose event does not happen is gone.
    static Placement place(const Trace &trace, const Scenario &scenario);
};

} // namespace tcplab
