#include "help_actions.h"

#include "action_table.h"
#include "scenario_format_dialog.h"
#include "shortcuts_dialog.h"
#include "whats_this_texts.h"

#include <QWhatsThis>
#include <QWidget>

namespace tcplab {

namespace {

void bringUp(QWidget *window)
{
    window->show();
    window->raise();
    window->activateWindow();
}

} // namespace

HelpActions::HelpActions(const ActionTable &actions, QWidget *window)
    : QObject(window)
    , m_actions(actions)
    , m_window(window)
{
    new WhatsThisTexts(window);
    connect(actions.action(ActionId::KeyboardShortcuts), &QAction::triggered, this,
            &HelpActions::showShortcuts);
    connect(actions.action(ActionId::ScenarioFormat), &QAction::triggered, this,
            &HelpActions::showScenarioFormat);
    connect(actions.action(ActionId::WhatsThis), &QAction::triggered, this,
            [] { QWhatsThis::enterWhatsThisMode(); });
}

void HelpActions::showShortcuts()
{
    if (!m_shortcuts) {
        m_shortcuts = new ShortcutsDialog(m_actions, m_window);
        m_shortcuts->setAttribute(Qt::WA_DeleteOnClose);
    }
    bringUp(m_shortcuts);
}

void HelpActions::showScenarioFormat()
{
    if (!m_format) {
        m_format = new ScenarioFormatDialog(m_window);
        m_format->setAttribute(Qt::WA_DeleteOnClose);
    }
    bringUp(m_format);
}

} // namespace tcplab
