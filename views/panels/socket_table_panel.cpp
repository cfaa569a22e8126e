#include "panels/socket_table_panel.h"

#include "panels/socket_table_model.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace tcplab {

SocketTablePanel::SocketTablePanel(QWidget *parent) : QWidget(parent)
{
    m_model = new SocketTableModel(this);
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    m_hostLabel = new QLabel(this);
    m_hosts = new QComboBox(this);
    m_hostLabel->setBuddy(m_hosts);
    m_command = new QLabel(this);
    m_command->setFont(QFont(QStringLiteral("monospace")));
    m_count = new QLabel(this);
    top->addWidget(m_hostLabel);
    top->addWidget(m_hosts);
    top->addStretch(1);
    top->addWidget(m_count);
    layout->addLayout(top);
    // The command on a line of its own, as in a terminal, so the dock can be narrow.
    layout->addWidget(m_command);

    m_view = new QTableView(this);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    // Columns as wide as their header and their first rows (a SYN flood has thousands of
    // rows, all alike), the last one taking the rest.
    m_view->horizontalHeader()->setResizeContentsPrecision(50);
    layout->addWidget(m_view, 1);

    connect(m_hosts, &QComboBox::activated, this, [this](int index) { setHost(index); });
    connect(m_view, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        emit socketActivated(m_model->socketAt(index.row()));
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &SocketTablePanel::updateCount);
    connect(m_model, &QAbstractItemModel::modelReset, this, &SocketTablePanel::fitColumns);
    // Rows change with the playhead: a column widens for a longer state, never narrows
    // while playing (it would jump).
    connect(m_model, &QAbstractItemModel::dataChanged, this, &SocketTablePanel::widenColumns);
    retranslate();
}

void SocketTablePanel::setTrace(const Trace *trace, const Scenario *)
{
    // Every fact the table shows comes from the trace; the scenario is not needed.
    m_trace = trace;
    m_model->setTrace(trace);
    rebuildHosts();
    updateCount();
}

void SocketTablePanel::setPlayhead(SimTime t)
{
    m_model->setPlayhead(t);
}

void SocketTablePanel::setHost(int host)
{
    m_model->setHost(host);
    if (m_hosts->currentIndex() != host)
        m_hosts->setCurrentIndex(host);
    retranslate();
}

int SocketTablePanel::host() const
{
    return m_model->host();
}

void SocketTablePanel::rebuildHosts()
{
    m_hosts->clear();
    if (!m_trace)
        return;
    for (int h = 0; h < m_trace->hosts.size(); ++h)
        m_hosts->addItem(QStringLiteral("%1 (%2)").arg(m_trace->hosts[h].name, m_trace->hostAddress(h)));
    m_hosts->setCurrentIndex(m_model->host());
}

void SocketTablePanel::updateCount()
{
    const int n = m_model->rowCount();
    m_count->setText(n == 1 ? tr("1 socket") : tr("%1 sockets").arg(n));
}

void SocketTablePanel::fitColumns()
{
    // resizeColumnToContents() measures the header and the first rows (the precision).
    for (int c = 0; c + 1 < m_model->columnCount(); ++c)
        m_view->resizeColumnToContents(c);
}

void SocketTablePanel::widenColumns()
{
    for (int c = 0; c + 1 < m_model->columnCount(); ++c) {
        const int before = m_view->columnWidth(c);
        m_view->resizeColumnToContents(c);
        if (m_view->columnWidth(c) < before)
            m_view->setColumnWidth(c, before);
    }
}

void SocketTablePanel::retranslate()
{
    setWindowTitle(tr("Sockets (ss -tan)"));
    m_hostLabel->setText(tr("&Host:"));
    const QString name = m_trace && host() >= 0 && host() < m_trace->hosts.size() ? m_trace->hosts[host()].name : QString();
    m_command->setText(tr("%1$ ss -tan").arg(name));
    m_command->setToolTip(tr("What `ss -tan` would print on this host at the playhead. Sockets in CLOSED are not listed."));
    m_model->retranslate();
    updateCount();
    fitColumns();
}

void SocketTablePanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace tcplab
