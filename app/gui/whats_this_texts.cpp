#include "whats_this_texts.h"

#include <QCoreApplication>
#include <QEvent>
#include <QWidget>

namespace tcplab {

namespace {

struct WhatsThisSpec {
    const char *objectName; // of the dock, toolbar or central widget (MainWindow, PanelDocks)
    const char *text;
};

constexpr char context[] = "tcplab::WhatsThisTexts";

constexpr WhatsThisSpec texts[] = {
    {"sequenceDiagram",
     QT_TRANSLATE_NOOP("tcplab::WhatsThisTexts",
                       "<b>Sequence diagram.</b> Time runs downwards; each host is a vertical "
                       "line and each segment an arrow between them. Click an arrow to inspect "
                       "it, right-click it to drop, delay or duplicate it, or drag its head down "
                       "to delay it. Click or drag on empty space to move the playhead.")},
    {"comparison",
     QT_TRANSLATE_NOOP("tcplab::WhatsThisTexts",
                       "<b>Comparison.</b> Your run beside the run chosen in View ▸ Compare, "
                       "with one playhead for both; the first moment where they differ is named "
                       "and selected in both. Choose <i>No Comparison</i> in that menu to go "
                       "back to one diagram.")},
    {"playbackToolBar",
     QT_TRANSLATE_NOOP("tcplab::WhatsThisTexts",
                       "<b>Playback.</b> Play or pause (Space), step from event to event (Left, "
                       "Right) or jump to the start or end (Home, End). Drag the timeline to "
                       "move through the run; the speed is virtual time per real second.")},
    {"scenarioDock",
     QT_TRANSLATE_NOOP("tcplab::WhatsThisTexts",
                       "<b>Scenarios.</b> The built-in lessons, grouped by topic, with a summary "
                       "of the one selected. Double-click a lesson to open it.")},
    {"conceptDock",
     QT_TRANSLATE_NOOP("tcplab::WhatsThisTexts",
                       "<b>Concepts.</b> Short articles about the ideas behind the lessons. "
                       "Choose one from the list; its links open the scenario that shows the "
                       "idea at the right moment.")},
    {"faultDock",
     QT_TRANSLATE_NOOP("tcplab::WhatsThisTexts",
                       "<b>Faults in force.</b> Every segment the network drops, delays or "
                       "duplicates in this run: the scenario's own and yours. Double-click one "
                       "or press Del to remove it; Edit ▸ Undo brings it back.")},
    {"actionDock",
     QT_TRANSLATE_NOOP("tcplab::WhatsThisTexts",
                       "<b>Actions.</b> What the applications do: choose a host and click a "
                       "call (connect, send, close, …) to add it at the playhead's time. The "
                       "run is simulated again at once.")},
    {"settingsDock",
     QT_TRANSLATE_NOOP("tcplab::WhatsThisTexts",
                       "<b>Settings.</b> The network's delays and losses and the protocol's "
                       "timers and limits for this scenario. Change a value and the run is "
                       "simulated again; a value out of range is refused with the reason below "
                       "the field.")},
    {"stateDock",
     QT_TRANSLATE_NOOP("tcplab::WhatsThisTexts",
                       "<b>State diagram.</b> The TCP state machine of RFC 9293, each "
                       "endpoint's state at the playhead lit in its host's colour and its last "
                       "transition marked. Click a state to read what it means.")},
    {"narrationDock",
     QT_TRANSLATE_NOOP("tcplab::WhatsThisTexts",
                       "<b>What happened.</b> The story of the run up to the playhead in plain "
                       "words, newest last, with the scenario's own notes set apart. It follows "
                       "the playhead as you play or step.")},
    {"inspectorDock",
     QT_TRANSLATE_NOOP("tcplab::WhatsThisTexts",
                       "<b>Segment.</b> The segment you clicked in the diagram: its TCP header "
                       "field by field as on the wire, what its numbers mean here, and its "
                       "data. Click another arrow to inspect that one.")},
    {"endpointDock",
     QT_TRANSLATE_NOOP("tcplab::WhatsThisTexts",
                       "<b>Connection variables.</b> One connection's control block (TCB) at the "
                       "playhead: its state, sequence numbers, windows, queues and running "
                       "timers. Values the last step changed are emphasised; choose the "
                       "connection at the top.")},
    {"socketDock",
     QT_TRANSLATE_NOOP("tcplab::WhatsThisTexts",
                       "<b>Sockets.</b> One host's sockets at the playhead, as <tt>ss -tan</tt> "
                       "lists them, with their queues and addresses. Choose the host at the "
                       "top; double-click a row to see that connection's variables.")},
    {"captureDock",
     QT_TRANSLATE_NOOP("tcplab::WhatsThisTexts",
                       "<b>Capture.</b> For a connection read from a capture: where it was "
                       "taken, the delay, the real addresses, and for each segment its frame, "
                       "which times were seen and which worked out (≈), and what was inferred "
                       "rather than seen.")},
    {"tryThisDock",
     QT_TRANSLATE_NOOP("tcplab::WhatsThisTexts",
                       "<b>Try this.</b> Tasks of the open lesson: make something happen by "
                       "changing the story — drop or delay segments, change settings or actions. "
                       "A task is marked done the moment a run of your story achieves it; ask "
                       "for a hint if you are stuck.")},
    {"predictDock",
     QT_TRANSLATE_NOOP("tcplab::WhatsThisTexts",
                       "<b>Predict.</b> With Playback ▸ Predict on, the run stops before each "
                       "moment worth predicting — the next segment, an acknowledgment number, a "
                       "state, a timer, an answer or silence — with the future hidden. Choose an "
                       "answer; the step then plays, and a wrong choice is explained by the "
                       "mistake it stands for.")},
};

} // namespace

WhatsThisTexts::WhatsThisTexts(QWidget *window)
    : QObject(window)
    , m_window(window)
{
    window->installEventFilter(this);
    apply();
}

QStringList WhatsThisTexts::objectNames()
{
    QStringList names;
    for (const WhatsThisSpec &spec : texts)
        names.append(QLatin1String(spec.objectName));
    return names;
}

void WhatsThisTexts::apply()
{
    for (const WhatsThisSpec &spec : texts) {
        if (auto *widget = m_window->findChild<QWidget *>(QLatin1String(spec.objectName)))
            widget->setWhatsThis(QCoreApplication::translate(context, spec.text));
    }
}

bool WhatsThisTexts::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::LanguageChange)
        apply();
    return QObject::eventFilter(watched, event);
}

} // namespace tcplab
