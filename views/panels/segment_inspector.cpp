#include "panels/segment_inspector.h"

#include "common/duration_text.h"
#include "panels/header_layout_painter.h"
#include "common/host_palette.h"
#include "text/narration.h"

#include <QEvent>
#include <QFontDatabase>
#include <QLabel>
#include <QPainter>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QScrollBar>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace tcplab {

// The painted header figure; all the drawing is HeaderLayoutPainter's. Its names are in the
// UI font, so it never shrinks below the size that fits them: in a narrow dock it scrolls.
class HeaderFigure : public QWidget
{
public:
    explicit HeaderFigure(QWidget *parent) : QWidget(parent)
    {
        setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    }
    void setSegment(const Segment &segment, const QColor &accent)
    {
        m_segment = segment;
        m_accent = accent;
        setMinimumSize(minimumSizeHint());
        updateGeometry();
        update();
    }
    QSize sizeHint() const override { return minimumSizeHint(); }
    QSize minimumSizeHint() const override
    {
        return HeaderLayoutPainter::minimumSize(m_segment, font()) + QSize(8, 8);
    }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter p(this);
        p.setFont(font());
        const QSize need = HeaderLayoutPainter::minimumSize(m_segment, font());
        // A wide dock spreads the bits a little, not without limit.
        const qreal w = std::clamp<qreal>(width() - 8, need.width(), need.width() * 1.4);
        HeaderLayoutPainter::paint(&p, QRectF(4, 4, w, need.height()), m_segment, m_accent);
    }
    void changeEvent(QEvent *event) override
    {
        if (event->type() == QEvent::FontChange)
            setMinimumSize(minimumSizeHint());
        QWidget::changeEvent(event);
    }

private:
    Segment m_segment;
    QColor m_accent = HostPalette::hostColor(0);
};

namespace {
// The key the fault plan and the diagram use for a segment: "A#2" (the sender's second).
QString segmentKey(const Trace &trace, int id)
{
    const SegmentRecord &r = trace.segments[id];
    return QStringLiteral("%1#%2").arg(trace.hostName(r.fromHost)).arg(r.senderOrdinal);
}
QString seconds(SimTime t)
{
    return QStringLiteral("%1 s").arg(QString::number(double(t) / usPerSecond, 'f', 3));
}
} // namespace

QWidget *SegmentInspector::headerFigure() const
{
    return m_figure;
}

void SegmentInspector::fitFigureScroll()
{
    // As tall as the figure plus room for the sideways scroll bar, which a narrow dock needs.
    m_figureScroll->setFixedHeight(m_figure->minimumHeight()
                                   + m_figureScroll->horizontalScrollBar()->sizeHint().height());
}

SegmentInspector::SegmentInspector(QWidget *parent) : QWidget(parent)
{
    m_stack = new QStackedWidget(this);
    m_placeholder = new QLabel(m_stack);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_stack->addWidget(m_placeholder);

    auto *scroll = new QScrollArea(m_stack);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *content = new QWidget(scroll);
    auto *layout = new QVBoxLayout(content);
    m_title = new QLabel(content);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_title->setWordWrap(true); // long headers wrap instead of widening the dock
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_figure = new HeaderFigure(content);
    m_explanationTitle = new QLabel(content);
    m_explanation = new QLabel(content);
    m_explanation->setWordWrap(true);
    m_explanation->setTextFormat(Qt::RichText);
    m_explanation->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_payloadTitle = new QLabel(content);
    m_payload = new QPlainTextEdit(content);
    m_payload->setReadOnly(true);
    m_payload->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_payload->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_payload->setMinimumHeight(90);
    for (QLabel *l : {m_explanationTitle, m_payloadTitle}) {
        QFont f = l->font();
        f.setBold(true);
        l->setFont(f);
    }
    layout->addWidget(m_title);
    // The figure scrolls sideways on its own, so the text below keeps the dock's width.
    auto *figureScroll = new QScrollArea(content);
    figureScroll->setObjectName(QStringLiteral("headerFigureScroll"));
    figureScroll->setWidgetResizable(true);
    figureScroll->setFrameShape(QFrame::NoFrame);
    figureScroll->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    figureScroll->setWidget(m_figure);
    m_figureScroll = figureScroll;
    layout->addWidget(figureScroll);
    layout->addWidget(m_explanationTitle);
    layout->addWidget(m_explanation);
    layout->addWidget(m_payloadTitle);
    layout->addWidget(m_payload, 1);
    layout->addStretch(1); // takes the room when there is no data to show
    scroll->setWidget(content);
    m_stack->addWidget(scroll);

    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_stack);
    retranslate();
}

void SegmentInspector::setTrace(const Trace *trace, const Scenario *scenario)
{
    m_trace = trace;
    m_scenario = scenario;
    refresh();
}

void SegmentInspector::setPlayhead(SimTime t)
{
    // The header does not change with time; kept for the common panel API.
    m_playhead = t;
}

void SegmentInspector::setSegment(int segmentId)
{
    m_segment = segmentId;
    refresh();
}

QString SegmentInspector::payloadText() const
{
    return m_payload->toPlainText();
}

QString SegmentInspector::printable(const QByteArray &data)
{
    QString s;
    for (char c : data) {
        switch (c) {
        case '\r': s += QStringLiteral("\\r"); break;
        case '\n': s += QStringLiteral("\\n"); break;
        case '\t': s += QStringLiteral("\\t"); break;
        default:
            if (uchar(c) >= 0x20 && uchar(c) < 0x7f)
                s += QLatin1Char(c);
            else
                s += QStringLiteral("\\x%1").arg(uchar(c), 2, 16, QLatin1Char('0'));
        }
    }
    return s;
}

QString SegmentInspector::hexDump(const QByteArray &data)
{
    QStringList lines;
    for (int off = 0; off < data.size(); off += 16) {
        QString hex, ascii;
        for (int i = 0; i < 16; ++i) {
            if (off + i < data.size()) {
                const uchar c = uchar(data[off + i]);
                hex += QStringLiteral("%1 ").arg(c, 2, 16, QLatin1Char('0'));
                ascii += c >= 0x20 && c < 0x7f ? QLatin1Char(char(c)) : QLatin1Char('.');
            } else {
                hex += QStringLiteral("   ");
            }
            if (i == 7)
                hex += QLatin1Char(' ');
        }
        lines << QStringLiteral("%1  %2 |%3|").arg(off, 4, 16, QLatin1Char('0')).arg(hex, ascii);
    }
    return lines.join(QLatin1Char('\n'));
}

QStringList SegmentInspector::explain(const Trace &trace, int segmentId)
{
    QStringList out;
    if (segmentId < 0 || segmentId >= trace.segments.size())
        return out;
    const SegmentRecord &r = trace.segments[segmentId];
    const Segment &s = r.segment;
    const QString from = trace.hostName(r.fromHost);
    const QString to = r.toHost >= 0 ? trace.hostName(r.toHost) : formatIpv4(s.destination.address);

    // Its journey, and what happened to it on the way.
    if (r.dropped)
        out << tr("Sent by %1 at %2.").arg(from, seconds(r.sentAt)) << Narration::dropText(trace, r, r.dropReason);
    else
        out << tr("Sent by %1 at %2; arrives at %3 at %4.").arg(from, seconds(r.sentAt), to, seconds(r.arrivesAt));
    if (r.kind == SegmentKind::Retransmission && r.retransmissionOf >= 0 && r.retransmissionOf < trace.segments.size())
        out << tr("This is a retransmission of segment %1 (sent at %2): %3 sent the same bytes again because no ACK for them came before its retransmission timer expired.")
                   .arg(segmentKey(trace, r.retransmissionOf), seconds(trace.segments[r.retransmissionOf].sentAt), from);
    else if (r.kind == SegmentKind::Retransmission)
        out << tr("This is a retransmission: no ACK came before the retransmission timer expired.");
    if (r.kind == SegmentKind::Duplicate && r.duplicateOf >= 0)
        out << tr("This is a duplicate made by the network: an extra copy of segment %1, which %2 sent only once. The receiver must recognise it as old.")
                   .arg(segmentKey(trace, r.duplicateOf), from);
    if (r.fault == FaultKind::Delay)
        out << tr("The fault plan delayed it by %1.").arg(durationText(r.faultDelta));
    else if (r.fault == FaultKind::Duplicate)
        out << tr("The fault plan makes the network deliver an extra copy of it %1 later.").arg(durationText(r.faultDelta));

    out << Narration::segmentMeaning(trace, r);

    // docs/teaching-notes.md, «The ACK flag and the ack field»: a bit and a 32-bit number are different things.
    if (s.has(TcpFlag::Ack))
        out << tr("The ACK flag (one bit) is 1, so the acknowledgment number (a 32-bit field) is valid. After the handshake every segment carries ACK=1.");
    else if (!s.has(TcpFlag::Rst) || s.ack == 0)
        out << tr("The ACK flag is 0, so the acknowledgment number field means nothing here (it is sent as 0). Do not confuse the ACK flag (a bit) with the ack field (a number).");

    if (s.mss)
        out << tr("Data offset %1: the header is %1 × 4 = %2 bytes, the 20-byte fixed header plus the 4-byte MSS option.")
                   .arg(s.dataOffset()).arg(s.dataOffset() * 4);
    else
        out << tr("Data offset %1: the header is %1 × 4 = %2 bytes, without options.").arg(s.dataOffset()).arg(s.dataOffset() * 4);
    if (s.mss)
        out << tr("MSS %1: the largest segment of data %2 will accept, its MTU minus 40 bytes of IPv4 and TCP headers. Only SYN segments carry it.")
                   .arg(s.mss).arg(from);
    if (!s.has(TcpFlag::Rst))
        out << tr("Window %1: how many more bytes %2 is ready to receive beyond its acknowledgment number.").arg(s.window).arg(from);
    const int tcpLength = int(tcpHeaderBytes(s).size() + s.payload.size());
    const QString source = trace.addressText(s.source.address, r.fromHost);
    const QString destination = trace.addressText(s.destination.address, r.toHost);
    // The model computes the IPv4 sum; a captured IPv6 segment's sum covers the IPv6
    // pseudo-header instead (RFC 8200 §8.1), which the model does not keep.
    if (source.contains(QLatin1Char(':')))
        out << tr("Checksum: over IPv6 it is computed over the IPv6 pseudo-header (%1 → %2, next header 6, TCP length %3) and the whole segment (RFC 8200 §8.1); a receiver silently drops a segment whose checksum does not match.")
                   .arg(source, destination)
                   .arg(tcpLength);
    else
        out << tr("Checksum 0x%1, computed over the IPv4 pseudo-header (%2 → %3, protocol 6, TCP length %4) and the whole segment; a receiver silently drops a segment whose checksum does not match.")
                   .arg(tcpChecksum(s), 4, 16, QLatin1Char('0'))
                   .arg(source, destination)
                   .arg(tcpLength);
    return out;
}

QString SegmentInspector::title() const
{
    return m_title->text();
}

void SegmentInspector::refresh()
{
    const bool valid = m_trace && m_segment >= 0 && m_segment < m_trace->segments.size();
    m_stack->setCurrentIndex(valid ? 1 : 0);
    m_sentences.clear();
    if (!valid) {
        m_payload->clear();
        return;
    }
    const SegmentRecord &r = m_trace->segments[m_segment];
    const Segment &s = r.segment;
    const bool attacker = r.fromHost >= 0 && r.fromHost < m_trace->hosts.size() && m_trace->hosts[r.fromHost].attacker;
    const QColor accent = attacker ? HostPalette::attackerColor() : HostPalette::hostColor(r.fromHost);
    m_title->setText(tr("Segment %1: %2 → %3   %4")
                         .arg(segmentKey(*m_trace, r.id))
                         .arg(endpointText(m_trace->addressText(s.source.address, r.fromHost), s.source.port))
                         .arg(endpointText(m_trace->addressText(s.destination.address, r.toHost), s.destination.port))
                         .arg(Narration::segmentLabel(s)));
    m_figure->setSegment(s, accent);
    fitFigureScroll();
    m_sentences = explain(*m_trace, m_segment);
    QString html = QStringLiteral("<ul style=\"margin-left:-20px\">");
    for (const QString &line : m_sentences)
        html += QStringLiteral("<li>%1</li>").arg(line.toHtmlEscaped());
    html += QStringLiteral("</ul>");
    m_explanation->setText(html);
    if (s.payload.isEmpty()) {
        m_payload->setPlainText(tr("No data: this segment carries only its header."));
        m_payloadTitle->setText(m_payload->toPlainText());
        m_payload->hide();
    } else {
        m_payloadTitle->setText(tr("Data (text and hex)"));
        m_payload->show();
        m_payload->setPlainText(tr("Text: %1").arg(printable(s.payload)) + QStringLiteral("\n\n") + hexDump(s.payload));
    }
}

void SegmentInspector::retranslate()
{
    setWindowTitle(tr("Segment Inspector"));
    m_placeholder->setText(tr("Select a segment in the sequence diagram to see its TCP header."));
    m_explanationTitle->setText(tr("What the numbers mean"));
    refresh();
}

void SegmentInspector::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace tcplab
