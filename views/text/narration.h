#pragma once

#include "scenario/scenario.h"
#include "trace/trace.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace tcplab {

// One entry of the running commentary: either the explanation of a group of events that
// happened together (one input to one host and what it caused), or a teacher's note from
// the scenario.
struct NarrationItem {
    SimTime time = 0;
    bool note = false;
    int host = -1;          // the host the events happened on, -1 for notes
    int firstEvent = -1;    // the range of trace events explained (inclusive); -1 for notes
    int lastEvent = -1;
    QStringList sentences;
    // The sentences joined; no space after a full-width stop (Chinese sets none).
    QString text() const;
};

// Turns trace events into sentences: what happened and why, computed from the event and its
// cause in the trace, so they stay right when the learner changes the run. Pure functions;
// the words come from the translation catalogue (context "Narration").
class Narration
{
    Q_DECLARE_TR_FUNCTIONS(Narration)
public:
    // One or two sentences about trace.events[eventIndex].
    static QStringList narrate(const Trace &trace, const Scenario &scenario, int eventIndex);
    // The whole commentary in time order: events at the same moment on the same host are
    // grouped into one item; each of the scenario's notes (in `language`) follows the
    // event it describes (NoteBinder::place), after the events of its moment.
    static QList<NarrationItem> items(const Trace &trace, const Scenario &scenario,
                                      const QString &language);
    // The scenario's notes whose event does not happen in this run (the learner's edit
    // took it away), at their moments in the original story: "In the original story".
    static QList<NarrationItem> originalStoryNotes(const Trace &trace, const Scenario &scenario,
                                                   const QString &language);
    // The language code of the installed catalogue ("en" when none): the notes follow it.
    static QString catalogueLanguage();

    // Building blocks shared with the segment inspector.
    static QString segmentLabel(const Segment &segment);     // "SYN,ACK seq=5000 ack=1001"
    static QString stateCauseText(const TraceEvent &stateEvent);
    static QString timerName(TimerKind timer);
    static QString dropText(const Trace &trace, const SegmentRecord &record, DropReason reason);
    // What the numbers of a sent segment mean (seq, ack, len; why a RST), in the words of
    // docs/teaching-notes.md, «Sequence and acknowledgment numbers»: ack = seq + len, SYN and FIN counting one.
    static QStringList segmentMeaning(const Trace &trace, const SegmentRecord &record);
    // Why a RST was sent, from the reason its sender recorded; empty for other segments.
    static QString resetReason(const Trace &trace, const SegmentRecord &record);
    // The name a sentence uses for a socket: "A", or "B's listener on port 80".
    static QString socketName(const Trace &trace, int socket, int host);
};

// The free-function spelling of Narration::narrate().
QStringList narrate(const Trace &trace, const Scenario &scenario, int eventIndex);

} // namespace tcplab
