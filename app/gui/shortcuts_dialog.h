#pragma once

#include <QDialog>

class QLabel;
class QTableWidget;

namespace tcplab {

class ActionTable;

// Help ▸ Keyboard Shortcuts: every action of the window that has a key, with its menu, its
// text and its keys as this platform writes them. Made from the ActionTable each time the
// language changes, so the list cannot fall behind the menus.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT
public:
    enum Column { MenuColumn, CommandColumn, KeysColumn };

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
