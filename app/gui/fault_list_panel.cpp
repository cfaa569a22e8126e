#include "fault_list_panel.h"

#include "scenario_document.h"
#include "scenario_editor.h"
#include "text/fault_description.h"

#include <QEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace tcplab {

FaultListPanel::FaultListPanel(ScenarioDocument *document, ScenarioEditor *editor, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_editor(editor)
{
    auto *layout = new QVBoxLayout(this);
    m_hint = new QLabel(this);
    m_hint->setWordWrap(true);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("faultList"));
    // A fault reads as a sentence ("Drop A's ACK seq=1020 ack=5021 (the final ACK)"): it
    // wraps in the narrow dock rather than hiding behind a scroll bar.
    m_list->setWordWrap(true);
    m_list->setTextElideMode(Qt::ElideNone);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->installEventFilter(this);
    m_remove = new QPushButton(this);
    layout->addWidget(m_hint);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_remove);

    connect(m_list, &QListWidget::itemDoubleClicked, this, &FaultListPanel::removeCurrent);
    connect(m_remove, &QPushButton::clicked, this, &FaultListPanel::removeCurrent);
    connect(m_list, &QListWidget::currentRowChanged, this,
            [this](int row) { m_remove->setEnabled(row >= 0); });
    connect(m_document, &ScenarioDocument::traceChanged, this, &FaultListPanel::refresh);
    retranslateUi();
    refresh();
}

void FaultListPanel::refresh()
{
    const int row = m_list->currentRow();
    m_list->clear();
    const Trace &trace = m_document->trace();
    const FaultPlan &faults = m_document->scenario().faults;
    for (int i = 0; i < faults.size(); ++i) {
        const QString text = FaultDescription::describe(trace, faults.at(i), i);
        auto *item = new QListWidgetItem(text, m_list);
        item->setToolTip(text);
        // A fault whose segment is gone stays listed, set apart, and hits nothing.
        if (!FaultDescription::matched(trace, i)) {
            QFont italic = item->font();
            italic.setItalic(true);
            item->setFont(italic);
            item->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
            item->setData(Qt::UserRole, QStringLiteral("unmatched"));
        }
    }
    if (m_list->count() > 0)
        m_list->setCurrentRow(std::clamp(row, 0, m_list->count() - 1));
    m_remove->setEnabled(m_list->currentRow() >= 0);
}

void FaultListPanel::removeCurrent()
{
    const int row = m_list->currentRow();
    if (row >= 0)
        m_editor->removeFault(row);
}

bool FaultListPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_list && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Delete || key->key() == Qt::Key_Backspace) {
            removeCurrent();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void FaultListPanel::retranslateUi()
{
    m_hint->setText(tr("Right-click a segment in the diagram to drop, delay or duplicate it."));
    m_remove->setText(tr("Remove Fault"));
    refresh();
}

void FaultListPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace tcplab
