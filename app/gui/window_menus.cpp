#include "window_menus.h"

#include <QCoreApplication>
#include <QMenu>
#include <QMenuBar>

namespace tcplab {

namespace {

struct MenuSpec {
    MenuId id;
    const char *objectName;
    const char *title;
    MenuId parent = MenuId::None; // None: in the menu bar
    int section = 0;              // the parent's section it ends
};

// Top-level menus in menu-bar order.
constexpr MenuSpec menuTable[] = {
    {MenuId::File, "fileMenu", QT_TRANSLATE_NOOP("tcplab::MainWindow", "&File")},
    {MenuId::RecentFiles, "recentMenu", QT_TRANSLATE_NOOP("tcplab::MainWindow", "Open &Recent"),
     MenuId::File, 0},
    {MenuId::Edit, "editMenu", QT_TRANSLATE_NOOP("tcplab::MainWindow", "&Edit")},
    {MenuId::View, "viewMenu", QT_TRANSLATE_NOOP("tcplab::MainWindow", "&View")},
    {MenuId::Compare, "compareMenu", QT_TRANSLATE_NOOP("tcplab::MainWindow", "&Compare"),
     MenuId::View, 1},
    {MenuId::Panels, "panelsMenu", QT_TRANSLATE_NOOP("tcplab::MainWindow", "&Panels and Toolbars"),
     MenuId::View, 2},
    {MenuId::Playback, "playbackMenu", QT_TRANSLATE_NOOP("tcplab::MainWindow", "&Playback")},
    {MenuId::Language, "languageMenu", QT_TRANSLATE_NOOP("tcplab::MainWindow", "&Language")},
    {MenuId::Help, "helpMenu", QT_TRANSLATE_NOOP("tcplab::MainWindow", "&Help")},
};

int lastSection(MenuId id)
{
    int last = -1;
    for (const ActionSpec &spec : ActionTable::specs()) {
        if (spec.menu == id)
            last = std::max(last, spec.menuSection);
    }
    for (const MenuSpec &spec : menuTable) {
        if (spec.parent == id)
            last = std::max(last, spec.section);
    }
    return last;
}

const MenuSpec *findMenu(MenuId id)
{
    for (const MenuSpec &spec : menuTable) {
        if (spec.id == id)
            return &spec;
    }
    return nullptr;
}

} // namespace

QString WindowMenus::path(MenuId id)
{
    QStringList titles;
    for (const MenuSpec *spec = findMenu(id); spec; spec = findMenu(spec->parent))
        titles.prepend(ActionTable::withoutMnemonic(
            QCoreApplication::translate("tcplab::MainWindow", spec->title)));
    return titles.join(QStringLiteral(" ▸ "));
}

WindowMenus::WindowMenus(QMenuBar *bar, const ActionTable &actions)
{
    for (const MenuSpec &spec : menuTable) {
        if (spec.parent == MenuId::None) {
            QMenu *menu = bar->addMenu(QString());
            menu->setObjectName(QLatin1String(spec.objectName));
            fill(menu, spec.id, actions);
        }
    }
}

void WindowMenus::fill(QMenu *menu, MenuId id, const ActionTable &actions)
{
    m_menus.at(std::size_t(id)) = menu;
    const int last = lastSection(id);
    for (int section = 0; section <= last; ++section) {
        if (section > 0)
            menu->addSeparator();
        menu->addActions(actions.menuActions(id, section));
        for (const MenuSpec &spec : menuTable) {
            if (spec.parent == id && spec.section == section) {
                QMenu *submenu = menu->addMenu(QString());
                submenu->setObjectName(QLatin1String(spec.objectName));
                fill(submenu, spec.id, actions);
            }
        }
    }
}

void WindowMenus::retranslate()
{
    for (const MenuSpec &spec : menuTable)
        menu(spec.id)->setTitle(QCoreApplication::translate("tcplab::MainWindow", spec.title));
}

} // namespace tcplab
