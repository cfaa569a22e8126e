#pragma once

#include "action_table.h"

#include <array>

class QMenu;
class QMenuBar;

namespace tcplab {

// The menu bar, made from the menus' table and the actions' places in the ActionTable: a
// menu lists its actions in table order, its submenus at the end of their section, and a
// separator between sections. What is not a table action (recent files, panels, languages)
// its owner adds to the menu it asks for.
class WindowMenus
{
public:
    WindowMenus(QMenuBar *bar, const ActionTable &actions);

    QMenu *menu(MenuId id) const { return m_menus.at(std::size_t(id)); }
    // Where a menu is, in the current language and without mnemonics: "View ▸ Compare".
    static QString path(MenuId id);

    void retranslate();

private:
    void fill(QMenu *menu, MenuId id, const ActionTable &actions);

    std::array<QMenu *, std::size_t(MenuId::Help) + 1> m_menus = {};
};

} // namespace tcplab
