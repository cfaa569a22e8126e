#pragma once

#include "action_table.h"

#include <QDialog>

class QLabel;
class QTableWidget;

namespace tcplab {

// Help ▸ Keyboard Shortcuts: every action of the window that has a key, with its menu, its
// text, its keys as this platform writes them, and when they work (presenter mode gives
// Ctrl+- and Ctrl+0 to the text size, so those keys are listed twice, once for each
// side). Made from the ActionTable each time the language changes, so the list cannot
// fall behind the menus.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT
public:
    enum Column { MenuColumn, CommandColumn, KeysColumn, WhenColumn };

    // When the keys of an action work, for the "When" column: empty for always (translated).
    static QString scopeText(KeyScope scope);

    explicit ShortcutsDialog(const ActionTable &actions, QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fill();

    const ActionTable &m_actions;
    QLabel *m_intro;
    QTableWidget *m_table;
};

} // namespace tcplab
