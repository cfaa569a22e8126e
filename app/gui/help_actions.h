#pragma once

#include <QObject>
#include <QPointer>

class QWidget;

namespace tcplab {

class ActionTable;
class ScenarioFormatDialog;
class ShortcutsDialog;

// The Help menu's commands but About: Keyboard Shortcuts and Scenario File Format open
// their window (one each, brought to the front when open already, never modal), What's This
// turns the next click into a question about the panel clicked (WhatsThisTexts).
class HelpActions : public QObject
{
    Q_OBJECT
public:
    // After the window's panels exist: the What's This texts are set on them.
    HelpActions(const ActionTable &actions, QWidget *window);

    void showShortcuts();
    void showScenarioFormat();

private:
    const ActionTable &m_actions;
    QWidget *m_window;
    QPointer<ShortcutsDialog> m_shortcuts;
    QPointer<ScenarioFormatDialog> m_format;
};

} // namespace tcplab
