#include "capture_panel.h"

#include "scenario_document.h"
#include "trace/trace_format.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace tcplab {

namespace {

enum Column { Key, Frame, What, Sent, Arrived, Inferred, ColumnCount };

} // namespace

CapturePanel::CapturePanel(ScenarioDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_summary(new QLabel(this))
    , m_table(new QTableWidget(this))
{
    setObjectName(QStringLiteral("capturePanel"));
    m_summary->setObjectName(QStringLiteral("captureFacts"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_table->setObjectName(QStringLiteral("captureSegments"));
    m_table->setColumnCount(ColumnCount);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    connect(m_document, &ScenarioDocument::traceChanged, this, &CapturePanel::rebuild);
    rebuild();
}

QString CapturePanel::summaryText() const
{
    return m_summary->text();
}

void CapturePanel::setSegment(int segmentId)
{
    if (segmentId >= 0 && segmentId < m_table->rowCount())
        m_table->selectRow(segmentId);
    else
        m_table->clearSelection();
}

void CapturePanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        setWindowTitle(tr("Capture"));
        rebuild();
    }
    QWidget::changeEvent(event);
}

void CapturePanel::rebuild()
{
    setWindowTitle(tr("Capture"));
    m_table->setHorizontalHeaderLabels({tr("Segment"), tr("Frame"), tr("What"), tr("Sent (s)"),
                                        tr("Arrived (s)"), tr("Inferred")});
    const ObservedConnection *c = m_document->capture();
    if (!c) {
        m_summary->setText(tr("A simulated run: every time and every loss is known. Open a capture "
                              "(File ▸ Open Capture…) to see what an observer can and cannot know."));
        m_table->setRowCount(0);
        return;
    }
    QString where;
    switch (c->vantage) {
    case CaptureVantage::NearA: where = tr("at A's interface"); break;
    case CaptureVantage::NearB: where = tr("at B's interface"); break;
    case CaptureVantage::Middle: where = tr("on the path between A and B"); break;
    }
    QStringList facts;
    facts << tr("A (opened it): %1").arg(c->a.toString()) << tr("B: %1").arg(c->b.toString());
    facts << (c->vantageGiven ? tr("Captured %1 (the file says so).").arg(where)
                              : tr("Captured %1, judged from the timing.").arg(where));
    facts << (c->delayMeasured ? tr("One-way delay about %1 s, taken as the same both ways.")
                                     .arg(formatSimTime(c->oneWayDelay))
                               : tr("Delay unknown: nothing was acknowledged."));
    if (!c->handshakeSeen)
        facts << tr("The handshake is not in the capture: both sides are shown as CLOSED until "
                    "their first segment.");
    facts << tr("≈ marks a time worked out rather than seen. Timers, application calls and what "
                "the application read are not on the wire.");
    m_summary->setText(facts.join(QLatin1Char('\n')));

    const Trace &trace = m_document->trace();
    m_table->setRowCount(int(trace.segments.size()));
    auto time = [](SimTime t, TimeSource source) {
        return (source == TimeSource::Estimated ? QStringLiteral("≈ ") : QString()) + formatSimTime(t);
    };
    for (int row = 0; row < trace.segments.size(); ++row) {
        const SegmentRecord &r = trace.segments.at(row);
        const SegmentObservation o = c->observations.value(row);
        QStringList inferred;
        if (o.lossInferred)
            inferred << tr("lost after the capture point");
        if (o.outOfOrder)
            inferred << tr("out of order");
        if (o.payloadCaptured < uint32_t(r.segment.payload.size()))
            inferred << tr("payload cut: %1 of %2 bytes captured").arg(o.payloadCaptured).arg(r.segment.payload.size());
        const QStringList cells = {trace.hostName(r.fromHost) + QLatin1Char('#') + QString::number(r.senderOrdinal),
                                   QString::number(o.frameNumber), r.segment.summary(),
                                   time(r.sentAt, o.sentAtSource),
                                   r.dropped ? tr("lost") : time(r.arrivesAt, o.arrivalSource),
                                   inferred.join(QStringLiteral("; "))};
        for (int column = 0; column < ColumnCount; ++column)
            m_table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setStretchLastSection(true);
}

} // namespace tcplab
