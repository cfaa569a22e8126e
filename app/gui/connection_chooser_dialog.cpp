#include "connection_chooser_dialog.h"

#include "trace/trace_format.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace tcplab {

namespace {

enum Column { Number, EndA, EndB, Packets, AtoB, BtoA, Bytes, Start, Duration, Ending, ColumnCount };

QTableWidgetItem *number(int64_t value)
{
    auto *item = new QTableWidgetItem;
    item->setData(Qt::DisplayRole, qlonglong(value)); // sorts as a number
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

QTableWidgetItem *seconds(int64_t us)
{
    auto *item = new QTableWidgetItem(formatSimTime(us));
    item->setData(Qt::UserRole, qlonglong(us));
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

} // namespace

ConnectionChooserDialog::ConnectionChooserDialog(const QString &path,
                                                 const CaptureImporter::Listing &listing,
                                                 QWidget *parent)
    : QDialog(parent)
    , m_table(new QTableWidget(this))
    , m_summary(new QLabel(this))
{
    setObjectName(QStringLiteral("connectionChooser"));
    setWindowTitle(tr("Connections in %1").arg(QFileInfo(path).fileName()));
    m_table->setObjectName(QStringLiteral("connections"));
    m_table->setColumnCount(ColumnCount);
    m_table->setHorizontalHeaderLabels({tr("#"), tr("Opened by (A)"), tr("Other end (B)"), tr("Packets"),
                                        tr("A → B"), tr("B → A"), tr("Bytes"), tr("Start (s)"),
                                        tr("Duration (s)"), tr("How it ended")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();

    const QList<Conversation> &rows = listing.conversations;
    int64_t fileStart = rows.isEmpty() ? 0 : rows.first().firstUs;
    for (const Conversation &c : rows)
        fileStart = std::min(fileStart, c.firstUs);
    m_table->setRowCount(int(rows.size()));
    for (int row = 0; row < rows.size(); ++row) {
        const Conversation &c = rows.at(row);
        m_table->setItem(row, Number, number(c.index));
        m_table->setItem(row, EndA, new QTableWidgetItem(c.a.toString()));
        m_table->setItem(row, EndB, new QTableWidgetItem(c.b.toString()));
        m_table->setItem(row, Packets, number(c.packets));
        m_table->setItem(row, AtoB, number(c.packetsAtoB));
        m_table->setItem(row, BtoA, number(c.packets - c.packetsAtoB));
        m_table->setItem(row, Bytes, number(c.bytes));
        m_table->setItem(row, Start, seconds(c.firstUs - fileStart));
        m_table->setItem(row, Duration, seconds(c.durationUs()));
        m_table->setItem(row, Ending, new QTableWidgetItem(endingText(c.ending())));
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setStretchLastSection(true);
    if (!rows.isEmpty())
        m_table->selectRow(0);

    const int64_t tcp = listing.stats.tcp;
    QString summary = tr("%n frame(s), ", nullptr, int(listing.stats.frames))
        + tr("%n TCP segment(s) ", nullptr, int(tcp))
        + tr("in %n connection(s).", nullptr, int(rows.size()));
    const QString skipped = skippedText(listing.stats);
    if (!skipped.isEmpty())
        summary += QLatin1Char(' ') + skipped;
    m_summary->setObjectName(QStringLiteral("captureSummary"));
    m_summary->setText(summary);
    m_summary->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Show Connection"));
    buttons->button(QDialogButtonBox::Ok)->setEnabled(!rows.isEmpty());
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, &QDialog::accept);

    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Choose the TCP connection to show. A is the side that opened it "
                                "(sent the first SYN)."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addWidget(m_table);
    layout->addWidget(m_summary);
    layout->addWidget(buttons);
    resize(860, 420);
}

int ConnectionChooserDialog::chosenConnection() const
{
    const int row = m_table->currentRow();
    if (row < 0 || !m_table->item(row, Number))
        return -1;
    return m_table->item(row, Number)->data(Qt::DisplayRole).toInt();
}

QString ConnectionChooserDialog::summaryText() const
{
    return m_summary->text();
}

QString ConnectionChooserDialog::skippedText(const CaptureReadStats &stats)
{
    QStringList parts;
    if (stats.notTcp)
        parts << tr("not TCP: %n packet(s)", nullptr, int(stats.notTcp));
    if (stats.truncated)
        parts << tr("%n truncated", nullptr, int(stats.truncated));
    if (stats.fragments)
        parts << tr("%n IP fragment(s)", nullptr, int(stats.fragments));
    if (stats.badTcpOptions)
        parts << tr("%n with impossible TCP option lengths", nullptr, int(stats.badTcpOptions));
    if (stats.unsupportedLinkType)
        parts << tr("%n on a link type tcplab does not read (DLT %1)", nullptr, int(stats.unsupportedLinkType))
                     .arg(stats.linkType);
    if (stats.payloadCut)
        parts << tr("%n kept with the payload cut short by the snap length", nullptr, int(stats.payloadCut));
    QString text = parts.join(tr("; "));
    if (!stats.stoppedEarly.isEmpty()) {
        if (!text.isEmpty())
            text += tr("; ");
        text += tr("the file ends inside a packet (%1)").arg(stats.stoppedEarly);
    }
    return text.isEmpty() ? text : text + tr(".");
}

QString ConnectionChooserDialog::endingText(ConversationEnding ending)
{
    switch (ending) {
    case ConversationEnding::SynOnly:
        return tr("SYN only, no answer");
    case ConversationEnding::Refused:
        return tr("refused: RST answered the SYN");
    case ConversationEnding::Reset:
        return tr("RST");
    case ConversationEnding::Closed:
        return tr("FIN both ways");
    case ConversationEnding::HalfClosed:
        return tr("FIN one way only");
    case ConversationEnding::Open:
        return tr("open");
    case ConversationEnding::OpenedBefore:
        return tr("open, began before the capture");
    }
    return QString();
}

} // namespace tcplab
