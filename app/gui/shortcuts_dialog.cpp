#include "shortcuts_dialog.h"

#include "action_table.h"
#include "window_menus.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace tcplab {

ShortcutsDialog::ShortcutsDialog(const ActionTable &actions, QWidget *parent)
    : QDialog(parent)
    , m_actions(actions)
    , m_intro(new QLabel(this))
    , m_table(new QTableWidget(this))
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    m_intro->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("shortcutTable"));
    m_table->setColumnCount(4);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    // As large as the list: it is short, and a scroll bar would hide half of it.
    m_table->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_table);
    layout->addWidget(buttons);
    retranslate();
}

void ShortcutsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void ShortcutsDialog::retranslate()
{
    setWindowTitle(tr("Keyboard Shortcuts"));
    m_intro->setText(tr("The keys of the window. Keys for playback work anywhere in the window "
                        "except while you type in a field."));
    m_table->setHorizontalHeaderLabels({tr("Menu"), tr("Command"), tr("Keys"), tr("When")});
    fill();
}

QString ShortcutsDialog::scopeText(KeyScope scope)
{
    switch (scope) {
    case KeyScope::Always:
        return QString();
    case KeyScope::InPresenterMode:
        return tr("In presenter mode");
    case KeyScope::OutsidePresenterMode:
        return tr("Outside presenter mode");
    }
    return QString();
}

void ShortcutsDialog::fill()
{
    m_table->setRowCount(0);
    for (const ActionSpec &spec : ActionTable::specs()) {
        // The keys the action really has, which for a standard key depend on the platform.
        const QList<QKeySequence> keys = m_actions.action(spec.id)->shortcuts();
        if (keys.isEmpty())
            continue;
        // The table's text, not the action's: this dialog may hear of a new language before
        // the window has retranslated its actions.
        const QString command = ActionTable::withoutMnemonic(
            QCoreApplication::translate("tcplab::MainWindow", spec.text));
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        m_table->setItem(row, MenuColumn, new QTableWidgetItem(WindowMenus::path(spec.menu)));
        auto *commandItem = new QTableWidgetItem(command);
        commandItem->setData(Qt::UserRole, QLatin1String(spec.objectName));
        m_table->setItem(row, CommandColumn, commandItem);
        m_table->setItem(row, KeysColumn, new QTableWidgetItem(QKeySequence::listToString(
                                              keys, QKeySequence::NativeText)));
        m_table->setItem(row, WhenColumn, new QTableWidgetItem(scopeText(spec.keyScope)));
    }
    m_table->resizeColumnsToContents();
    m_table->setCurrentCell(-1, -1); // no cell looks chosen in a list only to read
}

} // namespace tcplab
