#include "state/state_diagram_widget.h"

#include "state/state_diagram_painter.h"
#include "trace/trace.h"

#include <QEvent>
#include <QLabel>
#include <QMouseEvent>
#include <QPainter>
#include <QVariantAnimation>

#include <algorithm>
#include <cmath>

namespace tcplab {

StateDiagramWidget::StateDiagramWidget(QWidget *parent)
    : QWidget(parent)
{
    setAttribute(Qt::WA_OpaquePaintEvent);
    setMouseTracking(false);
    m_caption = new QLabel(this);
    m_caption->setWordWrap(true);
    m_caption->setTextFormat(Qt::RichText);
    m_caption->setMargin(6);
    m_caption->setAutoFillBackground(true);
    m_caption->setFrameShape(QFrame::StyledPanel);
    m_caption->setObjectName(QStringLiteral("stateDiagramCaption"));

    m_animation = new QVariantAnimation(this);
    m_animation->setStartValue(0.0);
    m_animation->setEndValue(1.0);
    m_animation->setDuration(700);
    m_animation->setEasingCurve(QEasingCurve::InOutQuad);
    connect(m_animation, &QVariantAnimation::valueChanged, this, [this](const QVariant &v) {
        m_pulse = v.toDouble();
        update();
    });
    connect(m_animation, &QVariantAnimation::finished, this, [this] {
        m_pulse = -1;
        m_pulsing.clear();
        update();
    });

    rebuildLayout();
    updateCaption();
}

StateDiagramWidget::~StateDiagramWidget() = default;

void StateDiagramWidget::setTrace(const Trace *trace)
{
    m_trace = trace;
    if (m_defaultSockets)
        m_sockets = trace ? StateDiagramFrame::defaultSockets(*trace) : QList<int>();
    recompute(Transition::Still);
}

void StateDiagramWidget::setPlayhead(SimTime t)
{
    if (t == m_playhead)
        return;
    m_playhead = t;
    recompute(Transition::Pulse);
}

void StateDiagramWidget::setSockets(const QList<int> &socketIds)
{
    m_defaultSockets = socketIds.isEmpty();
    m_sockets = m_defaultSockets && m_trace ? StateDiagramFrame::defaultSockets(*m_trace) : socketIds;
    recompute(Transition::Still);
}

void StateDiagramWidget::setVariant(ProtocolVariant variant)
{
    if (variant == m_variant)
        return;
    m_variant = variant;
    rebuildLayout();
    recompute(Transition::Still);
}

void StateDiagramWidget::recompute(Transition transition)
{
    const StateDiagramFrame before = m_frame;
    m_frame = m_trace ? StateDiagramFrame::compute(*m_trace, m_sockets, m_playhead) : StateDiagramFrame{};
    m_frame.time = m_playhead;

    // Pulse along the edges that changed since the last frame.
    QList<int> changed;
    for (const StateDiagramEndpoint &ep : std::as_const(m_frame.endpoints)) {
        const StateDiagramEndpoint *was = before.endpointOf(ep.socket);
        if (was && was->eventIndex != ep.eventIndex && ep.edge >= 0)
            changed.append(ep.socket);
    }
    if (transition == Transition::Pulse && !changed.isEmpty()) {
        m_pulsing = changed;
        m_animation->stop();
        m_pulse = 0;
        m_animation->start();
    } else if (transition == Transition::Still) {
        m_animation->stop();
        m_pulsing.clear();
        m_pulse = -1;
    }
    updateCaption();
    update();
}

void StateDiagramWidget::rebuildLayout()
{
    if (qFuzzyCompare(m_textScale, 1.0)) {
        m_layout = StateDiagramLayout::compute(m_variant);
        return;
    }
    auto scaled = [this](QFont f) {
        f.setPixelSize(std::max(1, int(std::lround(f.pixelSize() * m_textScale))));
        return f;
    };
    m_layout = StateDiagramLayout::compute(m_variant,
                                           scaled(StateDiagramLayout::defaultStateFont()),
                                           scaled(StateDiagramLayout::defaultLabelFont()));
}

void StateDiagramWidget::setTheme(const DiagramTheme &theme)
{
    m_theme = theme;
    QPalette palette = m_caption->palette();
    if (theme.kind == DiagramTheme::Kind::Standard) {
        palette = QPalette();
    } else {
        palette.setColor(QPalette::Window, theme.background);
        palette.setColor(QPalette::WindowText, theme.narrationCurrentText);
    }
    m_caption->setPalette(palette);
    update();
}

void StateDiagramWidget::setTextScale(double scale)
{
    if (qFuzzyCompare(scale, m_textScale))
        return;
    m_textScale = scale;
    QFont captionFont = font();
    if (captionFont.pointSizeF() > 0)
        captionFont.setPointSizeF(captionFont.pointSizeF() * scale);
    // At the normal size the caption follows the widget's font again (a default QFont
    // resolves nothing of its own).
    m_caption->setFont(qFuzzyCompare(scale, 1.0) ? QFont() : captionFont);
    rebuildLayout();
    placeCaption();
    update();
}

QRectF StateDiagramWidget::diagramRect() const
{
    const int captionHeight = m_caption->isHidden() ? 0 : m_caption->height();
    return QRectF(rect().adjusted(4, 4, -4, -4 - captionHeight));
}

void StateDiagramWidget::paintEvent(QPaintEvent *)
{
    StateDiagramPaintState state = m_frame.paintState(m_layout, m_variant);
    state.selectedNode = m_selectedNode;
    state.theme = m_theme;
    if (m_pulse >= 0) {
        // paintState() marks the endpoints' edges in the endpoints' order, the unmarked left out.
        int marked = 0;
        for (const StateDiagramEndpoint &ep : std::as_const(m_frame.endpoints)) {
            if (ep.edge < 0)
                continue;
            if (m_pulsing.contains(ep.socket))
                state.marked[marked].pulse = m_pulse;
            ++marked;
        }
    }
    QPainter p(this);
    p.fillRect(rect(), m_theme.background);
    StateDiagramPainter::paint(&p, m_layout, state, diagramRect());
}

void StateDiagramWidget::resizeEvent(QResizeEvent *)
{
    placeCaption();
}

void StateDiagramWidget::placeCaption()
{
    // The caption takes the height its text needs; the diagram scales into the rest.
    const int h = m_caption->heightForWidth(width());
    m_caption->setGeometry(0, height() - h, width(), h);
}

void StateDiagramWidget::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return QWidget::mousePressEvent(event);
    bool ok = false;
    const QTransform inverse = StateDiagramPainter::transformFor(m_layout, diagramRect()).inverted(&ok);
    const int node = ok ? m_layout.nodeAt(inverse.map(event->position())) : -1;
    m_selectedNode = (node == m_selectedNode) ? -1 : node;
    if (m_selectedNode >= 0 && m_layout.nodes[m_selectedNode].role != StateNodeRole::AnyState)
        emit stateClicked(m_layout.nodes[m_selectedNode].state);
    updateCaption();
    update();
}

void StateDiagramWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        rebuildLayout();
        updateCaption();
        update();
    }
    QWidget::changeEvent(event);
}

void StateDiagramWidget::setSelectedState(TcpState state)
{
    m_selectedNode = m_layout.nodeIndex(state);
    updateCaption();
    update();
}

void StateDiagramWidget::clearSelection()
{
    m_selectedNode = -1;
    updateCaption();
    update();
}

TcpState StateDiagramWidget::selectedState() const
{
    return m_selectedNode >= 0 ? m_layout.nodes[m_selectedNode].state : TcpState::Closed;
}

QSize StateDiagramWidget::sizeHint() const
{
    return QSize(900, 760);
}

QSize StateDiagramWidget::minimumSizeHint() const
{
    // Narrow: the whole diagram scales into a dock of a 1024-wide window rather than being
    // cut at its right edge. Tall enough that the dock scrolls before the diagram becomes
    // a strip.
    return QSize(180, 280);
}

void StateDiagramWidget::updateCaption()
{
    QStringList lines;
    for (const StateDiagramEndpoint &ep : std::as_const(m_frame.endpoints)) {
        const QString who = QStringLiteral("<b style=\"color:%1\">%2</b>")
                                .arg(ep.color.name(), ep.hostName.toHtmlEscaped());
        if (ep.eventIndex >= 0 && m_trace) {
            const TraceEvent &e = m_trace->events[ep.eventIndex];
            // leftState, not e.fromState: the no-TIME-WAIT variant passes through TIME-WAIT in
            // no time, and the caption names the state the closer really left, as the edge does.
            lines << tr("%1: %2 → %3 — %4")
                         .arg(who, tcpStateName(ep.leftState),
                              QStringLiteral("<b>%1</b>").arg(tcpStateName(e.toState)),
                              transitionText(e.fromState, e.toState, e.cause, ep.edge).toHtmlEscaped());
        } else {
            lines << tr("%1: %2").arg(who, QStringLiteral("<b>%1</b>").arg(tcpStateName(ep.state)));
        }
    }
    QString text = lines.join(QStringLiteral("&nbsp;&nbsp;&nbsp; "));
    if (!text.isEmpty())
        text += QStringLiteral("<br>");
    if (m_selectedNode >= 0) {
        const StateNodeGeometry &n = m_layout.nodes[m_selectedNode];
        const QString title = n.role == StateNodeRole::AnyState ? n.text : tcpStateName(n.state);
        const QString body = n.role == StateNodeRole::AnyState
                                 ? tr("A connection in any state ends at once in CLOSED when it receives an acceptable RST (its sequence number in the receive window), when the application aborts (a RST is sent), or when retransmissions or keepalive probes give up. A reset leaves no TIME-WAIT.")
                                 : stateDescription(n.state);
        text += QStringLiteral("<b>%1</b> — %2").arg(title.toHtmlEscaped(), body.toHtmlEscaped());
    } else {
        text += QStringLiteral("<i>%1</i>").arg(tr("Click a state to see what it means and how it is left.").toHtmlEscaped());
    }
    m_caption->setText(text);
    placeCaption();
}

QString StateDiagramWidget::transitionText(TcpState from, TcpState to, StateCause cause, int edge)
{
    Q_UNUSED(from);
    switch (cause) {
    case StateCause::RstReceived:
        return tr("rcv RST");
    case StateCause::AppAbort:
        return tr("abort / snd RST");
    case StateCause::RetriesExhausted:
        return tr("retransmissions gave up");
    case StateCause::KeepaliveExhausted:
        return tr("keepalive probes unanswered / snd RST");
    case StateCause::FinWait2Timeout:
        return tr("FIN-WAIT-2 timeout (orphaned socket)");
    case StateCause::HostCrash:
        return tr("host crashed");
    case StateCause::SynInTimeWait:
        return tr("new SYN reuses the four addresses");
    case StateCause::NoTimeWait:
        return edge >= 0 ? stateDiagramEdgeText(edge) : tr("TIME-WAIT skipped (variant)");
    case StateCause::CookieAckReceived:
        return tr("rcv ACK with a valid SYN cookie");
    case StateCause::TwoWayHandshake:
        return tr("rcv SYN / snd SYN,ACK (two-way handshake variant)");
    default:
        break;
    }
    if (edge >= 0 && stateDiagramEdges()[edge].kind == StateEdgeKind::AnyState && to == TcpState::Closed)
        return tr("close with unread data / snd RST");
    if (edge >= 0)
        return stateDiagramEdgeText(edge);
    return stateCauseName(cause);
}

QString StateDiagramWidget::stateDescription(TcpState state)
{
    switch (state) {
    case TcpState::Closed:
        return tr("No connection exists and no TCB is kept (RFC 9293 calls CLOSED a fictional state). A passive open (listen()) leads to LISTEN; an active open (connect() sends SYN) leads to SYN-SENT.");
    case TcpState::Listen:
        return tr("A server waits for connection requests on its port. A SYN creates a half-open connection in the SYN queue and is answered with SYN,ACK; that new connection is in SYN-RECEIVED while the listener keeps listening. close() returns to CLOSED.");
    case TcpState::SynSent:
        return tr("The client has sent its SYN (connect()) and waits. A SYN,ACK that acknowledges the SYN (ack = ISN + 1) is answered with ACK and leads to ESTABLISHED; a bare SYN (simultaneous open) leads to SYN-RECEIVED. Without an answer the SYN is retransmitted with a doubling timeout (1 s, 2 s, 4 s, …) and Linux gives up after 6 retries, about 127 s; a RST means \"connection refused\".");
    case TcpState::SynReceived:
        return tr("A SYN has arrived and SYN,ACK has been sent: this half-open connection waits in the listener's SYN queue for the final ACK, which leads to ESTABLISHED. Without it the SYN,ACK is retransmitted (Linux: 5 times) and the entry is dropped; a RST drops it at once. A SYN flood fills the queue with such entries.");
    case TcpState::Established:
        return tr("The connection is open: both initial sequence numbers are agreed and data flows in both directions; every segment now carries the ACK flag. close() sends FIN and leads to FIN-WAIT-1 (active close); a FIN from the peer is acknowledged and leads to CLOSE-WAIT (passive close).");
    case TcpState::FinWait1:
        return tr("This side closed first and sent its FIN; it can still receive. The ACK of its FIN leads to FIN-WAIT-2; the peer's FIN before that (simultaneous close) leads to CLOSING; a FIN that also acknowledges ours leads straight to TIME-WAIT.");
    case TcpState::FinWait2:
        return tr("Our FIN is acknowledged and the connection is half-closed: this side sends no more data but receives until the peer's FIN arrives; that FIN is acknowledged and leads to TIME-WAIT. On Linux an orphaned socket (its application has closed it) gives up after 60 s (tcp_fin_timeout).");
    case TcpState::CloseWait:
        return tr("The peer has closed its direction (its FIN is acknowledged) and the application was told end-of-stream. This side may keep sending as long as it likes; when its application calls close(), it sends its own FIN and enters LAST-ACK. Many sockets stuck here mean an application that forgets to close.");
    case TcpState::Closing:
        return tr("Both sides sent FIN at about the same time (simultaneous close): the peer's FIN arrived and was acknowledged, but our FIN is not acknowledged yet. The ACK of our FIN leads to TIME-WAIT.");
    case TcpState::LastAck:
        return tr("The passive closer has sent its own FIN and waits for the last ACK. When it arrives the connection is CLOSED at once, without TIME-WAIT; if it is lost, the FIN is retransmitted.");
    case TcpState::TimeWait:
        return tr("The active closer has acknowledged the peer's FIN. It waits 2×MSL (60 s on Linux) so a lost final ACK can be repeated (a retransmitted FIN is acknowledged again and restarts the wait) and old duplicates of this connection die out before the same four addresses are used again; then CLOSED.");
    }
    return {};
}

} // namespace tcplab
