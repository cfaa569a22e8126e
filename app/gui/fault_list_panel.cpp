#include "fault_list_panel.h"

#include "scenario_document.h"
#include "scenario_editor.h"

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
    for (const FaultRule &rule : m_document->scenario().faults)
        m_list->addItem(ScenarioEditor::describeFault(rule));
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
