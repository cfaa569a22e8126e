#pragma once

#include <QAction>
#include <QKeySequence>

#include <array>
#include <span>

class QActionGroup;

namespace tcplab {

// Every command of the main window. The window and its parts name an action by this enum,
// never by a string, so a typo is a compile error rather than a null pointer.
enum class ActionId {
    Open,
    OpenCapture,
    Save,
    SaveAs,
    ExportDiagram,
    ExportCapture,
    ExportWorksheet,
    Quit,
    Undo,
    Redo,
    CopyDiagram,
    ResetScenario,
    ZoomIn,
    ZoomOut,
    FitToWindow,
    ShowFuture,
    Present,
    LeavePresenter,
    BlankScreen,
    TextLarger,
    TextSmaller,
    TextDefault,
    CompareNone,
    CompareShipped,
    CompareVariant,
    CompareStandard,
    CompareTwoWayHandshake,
    CompareNoTimeWait,
    CompareModel,
    PlayPause,
    StepBack,
    StepForward,
    ToStart,
    ToEnd,
    SkipQuiet,
    PauseAtArrivals,
    Predict,
    NextLesson,
    KeyboardShortcuts,
    ScenarioFormat,
    WhatsThis,
    ResetProgress,
    About, // stays last: actionIdCount counts up to it
};
inline constexpr int actionIdCount = int(ActionId::About) + 1;

// The menus of the menu bar and their submenus (see WindowMenus).
enum class MenuId {
    None,
    File,
    RecentFiles,
    Edit,
    View,
    Compare,
    Panels,
    Playback,
    Language,
    Help, // stays last: WindowMenus counts up to it
};
enum class ToolBarId { None, Playback, View };
// Actions of one group exclude each other (a QActionGroup).
enum class ActionGroupId { None, Comparison };
enum class Check { NotCheckable, Unchecked, Checked };
// When an action's keys work: presenter mode takes some keys for itself (Escape, B, and
// Ctrl+- / Ctrl+0 for the text size instead of the zoom), so the same key can be listed
// twice, once for each side.
enum class KeyScope { Always, InPresenterMode, OutsidePresenterMode };

// One key binding as the table writes it: the platform's standard key, or fixed keys.
struct ActionShortcut {
    QKeySequence::StandardKey standard = QKeySequence::UnknownKey;
    QKeyCombination keys;

    bool isEmpty() const
    {
        return standard == QKeySequence::UnknownKey && keys == QKeyCombination();
    }
    QKeySequence sequence() const;
};
constexpr ActionShortcut standardKey(QKeySequence::StandardKey key) { return {key, {}}; }
constexpr ActionShortcut keys(QKeyCombination combination)
{
    return {QKeySequence::UnknownKey, combination};
}

// One row of the table. Texts are translated in the context "tcplab::MainWindow", the
// window they belong to.
struct ActionSpec {
    ActionId id;
    const char *objectName; // found by tests and by main.cpp's --compare
    const char *text;
    const char *toolTip = nullptr; // nullptr: the text without its '&'
    std::array<ActionShortcut, 2> shortcuts = {};
    const char *icon = nullptr; // ":/icons/<icon>.svg"
    Check check = Check::NotCheckable;
    ActionGroupId group = ActionGroupId::None;
    QAction::MenuRole menuRole = QAction::TextHeuristicRole;
    MenuId menu = MenuId::None;
    int menuSection = 0; // sections of a menu are parted by separators
    ToolBarId toolBar = ToolBarId::None;
    int toolBarPosition = 0;
    KeyScope keyScope = KeyScope::Always;
};

// The window's actions, made from one table: creation, shortcuts, icons, menu and toolbar
// places and the texts that retranslate() sets again in a new language.
class ActionTable
{
public:
    // The actions are children of `owner`, so they can be found by object name.
    explicit ActionTable(QObject *owner);

    static std::span<const ActionSpec> specs();
    static const ActionSpec &spec(ActionId id);
    static QIcon icon(const char *name);
    // A menu or action text as plain words: without its mnemonic, whether written "&Open" or,
    // as the Chinese catalogue does, "打开(&O)".
    static QString withoutMnemonic(const QString &text);

    QAction *action(ActionId id) const { return m_actions.at(std::size_t(id)); }
    // In table order, for a menu's section or a toolbar (in its own order).
    QList<QAction *> menuActions(MenuId menu, int section) const;
    QList<QAction *> toolBarActions(ToolBarId toolBar) const;

    void retranslate();

private:
    std::array<QAction *, actionIdCount> m_actions = {};
};

} // namespace tcplab
