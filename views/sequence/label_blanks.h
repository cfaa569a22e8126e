#pragma once

#include <QList>
#include <QPointF>
#include <QString>
#include <QStringList>

#include <optional>

namespace tcplab {

class Trace;
struct SequenceLayout;

// Which parts of the diagram's labels a worksheet leaves for the student to fill in. The
// layout is computed with the real text, whatever is blanked: a blanked diagram has its
// arrows, states and timers exactly where the full one has them.
struct LabelBlanks {
    bool seq = false;    // "seq=1000" in arrow labels
    bool ack = false;    // "ack=1001"
    bool states = false; // the state names on the lifelines
    bool timers = false; // the durations of timer brackets ("RTO 1 s": the "1 s")

    bool any() const { return seq || ack || states || timers; }
    // A worksheet's default: the sequence and acknowledgment numbers and the states.
    static LabelBlanks worksheetDefault() { return {true, true, true, false}; }
    // The names --blank takes, in this order: seq, ack, states, timers.
    static QStringList names();
    // From a comma-separated list of names() ("seq,states"); nothing when a name is
    // unknown or the list is empty.
    static std::optional<LabelBlanks> fromNames(const QString &list);
    QStringList toNames() const;

    friend bool operator==(const LabelBlanks &, const LabelBlanks &) = default;
};

// One blanked field of a laid-out diagram: numbered from the top of the diagram down (then
// left to right), which is the order a student reads them in.
struct BlankField {
    enum class Kind { Seq, Ack, State, Timer };

    int number = 0;       // 1, 2, … as drawn: ①, ②, …
    Kind kind = Kind::Seq;
    int item = -1;        // index into the layout's arrows, stateBands or timers
    int line = 0;         // arrows: which of textLines
    int start = 0;        // the blanked characters of that line (or of the text)
    int length = 0;
    QString value;        // what the student should write: "1001", "TIME-WAIT", "60 s"
    QPointF position;     // where it is drawn, in diagram coordinates

    bool isOnArrow() const { return kind == Kind::Seq || kind == Kind::Ack; }
};

// The fields `blanks` hides in `layout` (a layout of `trace`), numbered. The values of seq
// and ack come from the trace's segments, states and timer lengths from the layout's
// bands and brackets, which recorded them from the trace.
QList<BlankField> blankFields(const SequenceLayout &layout, const Trace &trace, const LabelBlanks &blanks);

// How a blank is marked in the picture: ① … ㊿, then (51), (52), …
QString blankNumberText(int number);

} // namespace tcplab
