#include "action_table.h"

#include <QActionGroup>
#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

namespace tcplab {

namespace {

constexpr char context[] = "tcplab::MainWindow";

using Id = ActionId;

// In the order of ActionId. Menus list their actions in this order; toolbars in their own.
constexpr ActionSpec table[] = {
    {.id = Id::Open, .objectName = "open",
     .text = QT_TRANSLATE_NOOP("tcplab::MainWindow", "&Open…"),
     .shortcuts = {standardKey(QKeySequence::Open)}, .menu = MenuId::File, .menuSection = 0},
    {.id = Id::OpenCapture, .objectName = "openCapture",
     .text = QT_TRANSLATE_NOOP("tcplab::MainWindow", "Open &Capture…"),
     .toolTip = QT_TRANSLATE_NOOP(
         "tcplab::MainWindow",
         "Read a pcap or pcapng file (Wireshark, tcpdump) and show one of its TCP connections"),
     .shortcuts = {keys(Qt::CTRL | Qt::SHIFT | Qt::Key_O)}, .menu = MenuId::File, .menuSection = 0},
    {.id = Id::Save, .objectName = "save", .text = QT_TRANSLATE_NOOP("tcplab::MainWindow", "&Save"),
     .shortcuts = {standardKey(QKeySequence::Save)}, .menu = MenuId::File, .menuSection = 1},
    {.id = Id::SaveAs, .objectName = "saveAs",
     .text = QT_TRANSLATE_NOOP("tcplab::MainWindow", "Save &As…"),
     .shortcuts = {standardKey(QKeySequence::SaveAs)}, .menu = MenuId::File, .menuSection = 1},
    {.id = Id::ExportDiagram, .objectName = "exportDiagram",
     .text = QT_TRANSLATE_NOOP("tcplab::MainWindow", "&Export Diagram…"),
     .toolTip = QT_TRANSLATE_NOOP("tcplab::MainWindow",
                                  "Save the sequence diagram as a PNG, SVG or PDF file"),
     .shortcuts = {keys(Qt::CTRL | Qt::Key_E)}, .menu = MenuId::File, .menuSection = 2},
    {.id = Id::ExportCapture, .objectName = "exportCapture",
     .text = QT_TRANSLATE_NOOP("tcplab::MainWindow", "Export Ca&pture…"),
     .toolTip = QT_TRANSLATE_NOOP("tcplab::MainWindow",
                                  "Save the run's segments as a pcapng or pcap file for Wireshark"),
     .menu = MenuId::File, .menuSection = 2},
    {.id = Id::ExportWorksheet, .objectName = "exportWorksheet",
     .text = QT_TRANSLATE_NOOP("tcplab::MainWindow", "Export &Worksheet…"),
     .toolTip = QT_TRANSLATE_NOOP("tcplab::MainWindow",
                                  "Save a printable worksheet (PDF): the diagram with blanks to fill in, "
                                  "questions and an answer key"),
     .menu = MenuId::File, .menuSection = 2},
    {.id = Id::Quit, .objectName = "quit", .text = QT_TRANSLATE_NOOP("tcplab::MainWindow", "&Quit"),
     .shortcuts = {standardKey(QKeySequence::Quit)}, .menuRole = QAction::QuitRole,
     .menu = MenuId::File, .menuSection = 3},

    {.id = Id::Undo, .objectName = "undo", .text = QT_TRANSLATE_NOOP("tcplab::MainWindow", "&Undo"),
     .shortcuts = {standardKey(QKeySequence::Undo)}, .menu = MenuId::Edit, .menuSection = 0},
    {.id = Id::Redo, .objectName = "redo", .text = QT_TRANSLATE_NOOP("tcplab::MainWindow", "&Redo"),
     // Both spellings learners know, written out: QKeySequence::Redo is Ctrl+Shift+Z on X11
     // already, and the same key bound twice on one action is an ambiguous shortcut.
     .shortcuts = {keys(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), keys(Qt::CTRL | Qt::Key_Y)},
     .menu = MenuId::Edit, .menuSection = 0},
    {.id = Id::CopyDiagram, .objectName = "copyDiagram",
     .text = QT_TRANSLATE_NOOP("tcplab::MainWindow", "&Copy Diagram as Image"),
     .toolTip = QT_TRANSLATE_NOOP("tcplab::MainWindow",
                                  "Put the whole sequence diagram on the clipboard as a picture"),
     .shortcuts = {keys(Qt::CTRL | Qt::SHIFT | Qt::Key_C)}, .menu = MenuId::Edit, .menuSection = 1},
    {.id = Id::ResetScenario, .objectName = "resetScenario",
     .text = QT_TRANSLATE_NOOP("tcplab::MainWindow", "Reset Scenario"),
     .toolTip = QT_TRANSLATE_NOOP(
         "tcplab::MainWindow",
         "Remove all your faults, settings and actions: back to the file's version"),
     .menu = MenuId::Edit, .menuSection = 2},

    {.id = Id::ZoomIn, .objectName = "zoomIn",
     .text = QT_TRANSLATE_NOOP("tcplab::MainWindow", "Zoom &In"),
     .shortcuts = {standardKey(QKeySequence::ZoomIn)}, .icon = "zoom-in", .menu = MenuId::View,
     .menuSection = 0, .toolBar = ToolBarId::View, .toolBarPosition = 0,
     .keyScope = KeyScope::OutsidePresenterMode},
    {.id = Id::ZoomOut, .objectName = "zoomOut",
     .text = QT_TRANSLATE_NOOP("tcplab::MainWindow", "Zoom &Out"),
     .shortcuts = {standardKey(QKeySequence::ZoomOut)}, .icon = "zoom-out", .menu = MenuId::View,
     .menuSection = 0, .toolBar = ToolBarId::View, .toolBarPosition = 1,
     .keyScope = KeyScope::OutsidePresenterMode},
    {.id = Id::FitToWindow, .objectName = "fitToWindow",
     .text = QT_TRANSLATE_NOOP("tcplab::MainWindow", "&Fit to Window"),
     .shortcuts = {keys(Qt::CTRL | Qt::Key_0)}, .icon = "fit", .menu = MenuId::View,
     .menuSection = 0, .toolBar = ToolBarId::View, .toolBarPosition = 2,
     .keyScope = KeyScope::OutsidePresenterMode},
    {.id = Id::ShowFuture, .objectName = "showFuture",
     .text = QT_TRANSLATE_NOOP("tcplab::MainWindow", "Show the F&uture Faintly"),
     .toolTip = QT_TRANSLATE_NOOP("tcplab::MainWindow",
                                  "Draw what has not happened yet at the playhead in pale colours"),
     .check = Check::Unchecked, .menu = MenuId::View, .menuSection = 1},

    // Presenter mode (PresenterMode): the keys a presenter and a clicker need. Those of the
    // mode itself work only while it is on, so B, Escape and the text keys keep their usual
    // meaning elsewhere (the text keys replace the zoom's Ctrl+- and Ctrl+0 while presenting).
    {.id = Id::Present, .objectName = "present",
     .text = QT_TRANSLATE_NOOP("tcplab::MainWindow", "P&resent"),
     .toolTip = QT_TRANSLATE_NOOP(
         "tcplab::MainWindow",
         "Full screen for a projector: only the diagram and a large caption of what happens"),
     .shortcuts = {keys(Qt::Key_F5)}, .check = Check::Unchecked, .menu = MenuId::View,
     .menuSection = 3},
    {.id = Id::LeavePresenter, .objectName = "leavePresenter",
     .text = QT_TRANSLATE_NOOP("tcplab::MainWindow", "Lea&ve Presenter Mode"),
     .shortcuts = {keys(Qt::Key_Escape)}, .menu = MenuId::View, .menuSection = 3,
     .keyScope = KeyScope::InPresenterMode},
    {.id = Id::BlankScreen, .objectName = "blankScreen",
     .text = QT_TRANSLATE_NOOP("tcplab::MainWindow", "&Blank the Screen"),
     .toolTip = QT_TRANSLATE_NOOP("tcplab::MainWindow",
                                  "Black out the projection; B again or a step key brings it back"),
     .shortcuts = {keys(Qt::Key_B)}, .check = Check::Unchecked, .menu = MenuId::View,
     .menuSection = 3, .keyScope = KeyScope::InPresenterMode},
    {.id = Id::TextLarger, .objectName = "textLarger",
     .text = QT_TRANSLATE_NOOP("tcplab::MainWindow", "&Larger Text"),
     .toolTip = QT_TRANSLATE_NOOP("tcplab::MainWindow",
                                  "Larger labels, caption and state diagram in presenter mode"),
     .shortcuts = {keys(Qt::CTRL | Qt::Key_Equal)}, .menu = MenuId::View, .menuSection = 3,
     .keyScope = KeyScope::InPresenterMode},
    {.id = Id::TextSmaller, .objectName = "textSmaller",
     .text = QT_TRANSLATE_NOOP("tcplab::MainWindow", "&Smaller Text"),
     .toolTip = QT_TRANSLATE_NOOP("tcplab::MainWindow",
                                  "Smaller labels, caption and state diagram in presenter mode"),
     .shortcuts = {keys(Qt::CTRL | Qt::Key_Minus)}, .menu = MenuId::View, .menuSection = 3,
     .keyScope = KeyScope::InPresenterMode},
    {.id = Id::TextDefault, .objectName = "textDefault",
     .text = QT_TRANSLATE_NOOP("tcplab::MainWindow", "&Default Text Size"),
     .toolTip = QT_TRANSLATE_NOOP("tcplab::MainWindow",
                                  "The text size presenter mode starts with"),
     .shortcuts = {keys(Qt::CTRL | Qt::Key_0)}, .menu = MenuId::View, .menuSection = 3,
     .keyScope = KeyScope::InPresenterMode},

    // Compare the run with another: nothing, the scenario as shipped, the teaching variant
    // it names, or any rule set (ComparisonChoices has one action per ProtocolVariant).
    {.id = Id::CompareNone, .objectName = "compareNone",
     .text = QT_TRANSLATE_NOOP("tcplab::MainWindow", "&No Comparison"), .check = Check::Checked,
     .group = ActionGroupId::Comparison, .menu = MenuId::Compare},
    {.id = Id::CompareShipped, .objectName = "compareShipped",
     .text = QT_TRANSLATE_NOOP("tcplab::MainWindow", "With the Scenario as &Shipped"),
     .toolTip = QT_TRANSLATE_NOOP("tcplab::MainWindow",
                                  "Your run beside the scenario without your faults and changes"),
     .check = Check::Unchecked, .group = ActionGroupId::Comparison, .menu = MenuId::Compare},
    {.id = Id::CompareVariant, .objectName = "compareVariant",
     .text = QT_TRANSLATE_NOOP("tcplab::MainWindow", "With the Teaching &Variant"),
     .toolTip = QT_TRANSLATE_NOOP(
         "tcplab::MainWindow",
         "The real rule beside the variant that leaves it out, with the first difference named"),
     .check = Check::Unchecked, .group = ActionGroupId::Comparison, .menu = MenuId::Compare},
    {.id = Id::CompareStandard, .objectName = "compareStandard",
     .text = QT_TRANSLATE_NOOP("tcplab::MainWindow", "With the &Real Rule (RFC 9293)"),
     .toolTip = QT_TRANSLATE_NOOP("tcplab::MainWindow",
                                  "This run beside the same story under the standard rules"),
     .check = Check::Unchecked, .group = ActionGroupId::Comparison, .menu = MenuId::Compare},
    {.id = Id::CompareTwoWayHandshake, .objectName = "compareTwoWayHandshake",
     .text = QT_TRANSLATE_NOOP("tcplab::MainWindow", "With a &Two-Way Handshake"),
     .toolTip = QT_TRANSLATE_NOOP(
         "tcplab::MainWindow",
         "This run beside the same story if the server opened on the SYN alone"),
     .check = Check::Unchecked, .group = ActionGroupId::Comparison, .menu = MenuId::Compare},
    {.id = Id::CompareNoTimeWait, .objectName = "compareNoTimeWait",
     .text = QT_TRANSLATE_NOOP("tcplab::MainWindow", "Without &TIME-WAIT"),
     .toolTip = QT_TRANSLATE_NOOP(
         "tcplab::MainWindow",
         "This run beside the same story if the active closer skipped TIME-WAIT"),
     .check = Check::Unchecked, .group = ActionGroupId::Comparison, .menu = MenuId::Compare},
    {.id = Id::CompareModel, .objectName = "compareModel",
     .text = QT_TRANSLATE_NOOP("tcplab::MainWindow", "With the &Model"),
     .toolTip = QT_TRANSLATE_NOOP(
         "tcplab::MainWindow",
         "The capture beside the simulator's run of the same story: the same ports, numbers, "
         "delay and application calls"),
     .check = Check::Unchecked, .group = ActionGroupId::Comparison, .menu = MenuId::Compare},

    // Window-wide shortcuts (the default context): the arrow keys would otherwise belong to
    // the diagram's scroll bars, and text fields still claim these keys first.
    {.id = Id::PlayPause, .objectName = "playPause",
     .text = QT_TRANSLATE_NOOP("tcplab::MainWindow", "Play"),
     .toolTip = QT_TRANSLATE_NOOP("tcplab::MainWindow", "Play (Space)"),
     .shortcuts = {keys(Qt::Key_Space)}, .icon = "play", .menu = MenuId::Playback,
     .toolBar = ToolBarId::Playback, .toolBarPosition = 2},
    {.id = Id::StepBack, .objectName = "stepBack",
     .text = QT_TRANSLATE_NOOP("tcplab::MainWindow", "Step &Back"),
     .toolTip = QT_TRANSLATE_NOOP("tcplab::MainWindow", "Previous event (Left)"),
     // Page Up and Page Down are what a presentation clicker sends.
     .shortcuts = {keys(Qt::Key_Left), keys(Qt::Key_PageUp)}, .icon = "step-back", .menu = MenuId::Playback,
     .toolBar = ToolBarId::Playback, .toolBarPosition = 1},
    {.id = Id::StepForward, .objectName = "stepForward",
     .text = QT_TRANSLATE_NOOP("tcplab::MainWindow", "Step &Forward"),
     .toolTip = QT_TRANSLATE_NOOP("tcplab::MainWindow", "Next event (Right)"),
     .shortcuts = {keys(Qt::Key_Right), keys(Qt::Key_PageDown)}, .icon = "step-forward", .menu = MenuId::Playback,
     .toolBar = ToolBarId::Playback, .toolBarPosition = 3},
    {.id = Id::ToStart, .objectName = "toStart",
     .text = QT_TRANSLATE_NOOP("tcplab::MainWindow", "To &Start"),
     .toolTip = QT_TRANSLATE_NOOP("tcplab::MainWindow", "Jump to the start (Home)"),
     .shortcuts = {keys(Qt::Key_Home)}, .icon = "to-start", .menu = MenuId::Playback,
     .toolBar = ToolBarId::Playback, .toolBarPosition = 0},
    {.id = Id::ToEnd, .objectName = "toEnd",
     .text = QT_TRANSLATE_NOOP("tcplab::MainWindow", "To &End"),
     .toolTip = QT_TRANSLATE_NOOP("tcplab::MainWindow", "Jump to the end (End)"),
     .shortcuts = {keys(Qt::Key_End)}, .icon = "to-end", .menu = MenuId::Playback,
     .toolBar = ToolBarId::Playback, .toolBarPosition = 4},
    {.id = Id::SkipQuiet, .objectName = "skipQuiet",
     .text = QT_TRANSLATE_NOOP("tcplab::MainWindow", "&Quiet Stretches Pass Quickly"),
     .toolTip = QT_TRANSLATE_NOOP(
         "tcplab::MainWindow",
         "When nothing happens for a while, jump ahead to just before the next event"),
     .check = Check::Checked, .menu = MenuId::Playback, .menuSection = 1},
    {.id = Id::PauseAtArrivals, .objectName = "pauseAtArrivals",
     .text = QT_TRANSLATE_NOOP("tcplab::MainWindow", "Pause at Each &Arrival"),
     .toolTip = QT_TRANSLATE_NOOP(
         "tcplab::MainWindow",
         "Stop playing whenever a segment arrives, so the class can predict what comes next"),
     .check = Check::Unchecked, .menu = MenuId::Playback, .menuSection = 1},
    {.id = Id::Predict, .objectName = "predict",
     .text = QT_TRANSLATE_NOOP("tcplab::MainWindow", "P&redict"),
     .toolTip = QT_TRANSLATE_NOOP(
         "tcplab::MainWindow",
         "Stop before each moment worth predicting, with the future hidden, and ask what happens next"),
     .check = Check::Unchecked, .menu = MenuId::Playback, .menuSection = 1},
    // The lessons in the library's order (ProgressActions); Ctrl+Alt, as Right alone steps.
    {.id = Id::NextLesson, .objectName = "nextLesson",
     .text = QT_TRANSLATE_NOOP("tcplab::MainWindow", "&Next Lesson"),
     .toolTip = QT_TRANSLATE_NOOP("tcplab::MainWindow", "Open the next built-in lesson"),
     .shortcuts = {keys(Qt::CTRL | Qt::ALT | Qt::Key_Right)}, .menu = MenuId::Playback,
     .menuSection = 2},

    // Help: the window explains itself (HelpActions).
    {.id = Id::KeyboardShortcuts, .objectName = "keyboardShortcuts",
     .text = QT_TRANSLATE_NOOP("tcplab::MainWindow", "&Keyboard Shortcuts"),
     .toolTip = QT_TRANSLATE_NOOP("tcplab::MainWindow",
                                  "Every key of the window and the command it gives"),
     .shortcuts = {keys(Qt::CTRL | Qt::Key_Slash)}, .menu = MenuId::Help},
    {.id = Id::ScenarioFormat, .objectName = "scenarioFormat",
     .text = QT_TRANSLATE_NOOP("tcplab::MainWindow", "Scenario &File Format"),
     .toolTip = QT_TRANSLATE_NOOP("tcplab::MainWindow",
                                  "How to write a scenario file of your own"),
     .menu = MenuId::Help},
    {.id = Id::WhatsThis, .objectName = "whatsThis",
     .text = QT_TRANSLATE_NOOP("tcplab::MainWindow", "What's &This?"),
     .toolTip = QT_TRANSLATE_NOOP("tcplab::MainWindow",
                                  "Then click any panel to read what it shows"),
     .shortcuts = {standardKey(QKeySequence::WhatsThis)}, .menu = MenuId::Help},
    {.id = Id::ResetProgress, .objectName = "resetProgress",
     .text = QT_TRANSLATE_NOOP("tcplab::MainWindow", "Reset &Progress…"),
     .toolTip = QT_TRANSLATE_NOOP(
         "tcplab::MainWindow",
         "Forget which lessons you visited, which questions you answered and which tasks you did"),
     .menu = MenuId::Help, .menuSection = 1},
    {.id = Id::About, .objectName = "about",
     .text = QT_TRANSLATE_NOOP("tcplab::MainWindow", "&About TCP Connection Lab"),
     .menu = MenuId::Help, .menuSection = 1},
};

constexpr bool rowsFollowTheEnum()
{
    for (int i = 0; i < int(std::size(table)); ++i) {
        if (table[i].id != ActionId(i))
            return false;
    }
    return int(std::size(table)) == actionIdCount;
}
static_assert(rowsFollowTheEnum(), "one row per ActionId, in the enum's order");

QString translated(const char *text)
{
    return QCoreApplication::translate(context, text);
}

} // namespace

QKeySequence ActionShortcut::sequence() const
{
    return standard != QKeySequence::UnknownKey ? QKeySequence(standard) : QKeySequence(keys);
}

ActionTable::ActionTable(QObject *owner)
{
    QActionGroup *comparison = nullptr;
    for (const ActionSpec &spec : specs()) {
        auto *action = new QAction(owner);
        action->setObjectName(QLatin1String(spec.objectName));
        QList<QKeySequence> shortcuts;
        for (const ActionShortcut &shortcut : spec.shortcuts) {
            // A standard key the platform does not bind (Save As without a desktop
            // environment) is no key at all; one it binds to a fixed key of the row (Redo
            // to Ctrl+Shift+Z) is the same key.
            const QKeySequence sequence = shortcut.isEmpty() ? QKeySequence() : shortcut.sequence();
            if (!sequence.isEmpty() && !shortcuts.contains(sequence))
                shortcuts.append(sequence);
        }
        if (!shortcuts.isEmpty())
            action->setShortcuts(shortcuts);
        if (spec.icon)
            action->setIcon(icon(spec.icon));
        if (spec.check != Check::NotCheckable) {
            action->setCheckable(true);
            action->setChecked(spec.check == Check::Checked);
        }
        if (spec.group == ActionGroupId::Comparison) {
            if (!comparison)
                comparison = new QActionGroup(owner);
            comparison->addAction(action);
        }
        action->setMenuRole(spec.menuRole);
        m_actions.at(std::size_t(spec.id)) = action;
    }
}

std::span<const ActionSpec> ActionTable::specs()
{
    return table;
}

const ActionSpec &ActionTable::spec(ActionId id)
{
    return table[std::size_t(id)];
}

QIcon ActionTable::icon(const char *name)
{
    return QIcon(QStringLiteral(":/icons/%1.svg").arg(QLatin1String(name)));
}

QString ActionTable::withoutMnemonic(const QString &text)
{
    // "(&O)" after a translated text names a Latin key the text itself does not contain.
    static const QRegularExpression appended(QStringLiteral("\\(&[^&]\\)"));
    QString plain = text;
    plain.remove(appended);
    plain.replace(QLatin1String("&&"), QLatin1String("\x01"));
    plain.remove(QLatin1Char('&'));
    plain.replace(QLatin1Char('\x01'), QLatin1Char('&'));
    return plain;
}

QList<QAction *> ActionTable::menuActions(MenuId menu, int section) const
{
    QList<QAction *> actions;
    for (const ActionSpec &spec : specs()) {
        if (spec.menu == menu && spec.menuSection == section)
            actions.append(action(spec.id));
    }
    return actions;
}

QList<QAction *> ActionTable::toolBarActions(ToolBarId toolBar) const
{
    QList<const ActionSpec *> rows;
    for (const ActionSpec &spec : specs()) {
        if (spec.toolBar == toolBar)
            rows.append(&spec);
    }
    std::stable_sort(rows.begin(), rows.end(), [](const ActionSpec *a, const ActionSpec *b) {
        return a->toolBarPosition < b->toolBarPosition;
    });
    QList<QAction *> actions;
    for (const ActionSpec *spec : rows)
        actions.append(action(spec->id));
    return actions;
}

void ActionTable::retranslate()
{
    for (const ActionSpec &spec : specs()) {
        QAction *a = action(spec.id);
        const QString text = translated(spec.text);
        a->setText(text);
        a->setToolTip(spec.toolTip ? translated(spec.toolTip) : withoutMnemonic(text));
    }
}

} // namespace tcplab
