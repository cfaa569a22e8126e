#include "sequence/sequence_diagram_view.h"

#include "common/duration_text.h"
#include "trace/trace.h"

#include <QApplication>
#include <QContextMenuEvent>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QResizeEvent>
#include <QPainter>
#include <QScrollBar>
#include <QToolTip>
#include <QWheelEvent>
#include <algorithm>
#include <cmath>

namespace tcplab {

namespace {
constexpr double minPixelsPerMs = 1e-5;
constexpr double maxPixelsPerMs = 2000;
constexpr double zoomStep = 1.25;
} // namespace

SequenceDiagramView::SequenceDiagramView(QWidget *parent) : QAbstractScrollArea(parent)
{
    viewport()->setMouseTracking(true);
    viewport()->setAttribute(Qt::WA_OpaquePaintEvent);
    viewport()->setBackgroundRole(QPalette::Base);
    setFocusPolicy(Qt::StrongFocus);
    m_options.font = labelBaseFont();
    m_state.labelCache = &m_labelCache;
}

SequenceDiagramView::~SequenceDiagramView() = default;

QSize SequenceDiagramView::sizeHint() const
{
    return QSize(800, 600);
}

double SequenceDiagramView::originX() const
{
    const double spare = viewport()->width() - m_layout.size.width();
    if (spare > 0)
        return -std::floor(spare / 2);
    return horizontalScrollBar()->value();
}

QPointF SequenceDiagramView::toDiagram(const QPoint &p) const
{
    return QPointF(p.x() + originX() + 0.5, p.y() + verticalScrollBar()->value() + 0.5);
}

QPoint SequenceDiagramView::toViewport(const QPointF &p) const
{
    return QPoint(int(std::floor(p.x() - originX())), int(std::floor(p.y())) - verticalScrollBar()->value());
}

void SequenceDiagramView::setTrace(const Trace *trace, TraceOrigin origin)
{
    m_trace = trace;
    if (m_trace && m_state.selectedSegment >= m_trace->segments.size())
        m_state.selectedSegment = -1;
    m_state.hoveredSegment = -1;
    m_state.draggedSegment = -1;
    m_gesture = Gesture::None;
    if (origin == TraceOrigin::NewScenario) {
        m_fitted = true;
        m_options.floods = FloodDrawing::Summarised;
        m_state.selectedSegment = -1;
        relayout();
        verticalScrollBar()->setValue(0);
        horizontalScrollBar()->setValue(0);
        Q_EMIT zoomChanged(zoom());
        return;
    }
    relayoutKeepingTimeAt(int(m_layout.headerHeight) + 8);
}

SequenceLayoutOptions SequenceDiagramView::currentOptions() const
{
    SequenceLayoutOptions o = m_options;
    o.font = labelBaseFont();
    o.width = viewport()->width(); // the lifelines use the width there is
    return o;
}

void SequenceDiagramView::relayout()
{
    m_options.font = labelBaseFont();
    m_labelCache.clear();
    if (!m_trace) {
        m_layout = SequenceLayout();
    } else if (m_fitted) {
        m_layout = layoutSequenceToFit(*m_trace, currentOptions(), viewport()->height());
        m_options.pixelsPerMs = m_layout.options.pixelsPerMs;
    } else {
        m_layout = layoutSequence(*m_trace, currentOptions());
    }
    updateScrollBars();
    viewport()->update();
}

void SequenceDiagramView::relayoutKeepingTimeAt(int viewportY)
{
    const bool hadLayout = !m_layout.lifelines.isEmpty();
    const SimTime anchor = m_layout.axis.yToTime(verticalScrollBar()->value() + viewportY);
    relayout();
    if (hadLayout)
        verticalScrollBar()->setValue(int(std::lround(m_layout.axis.timeToY(anchor))) - viewportY);
}

void SequenceDiagramView::updateScrollBars()
{
    const QSize vp = viewport()->size();
    horizontalScrollBar()->setRange(0, std::max(0, int(std::ceil(m_layout.size.width())) - vp.width()));
    horizontalScrollBar()->setPageStep(vp.width());
    horizontalScrollBar()->setSingleStep(20);
    verticalScrollBar()->setRange(0, std::max(0, int(std::ceil(m_layout.size.height())) - vp.height()));
    verticalScrollBar()->setPageStep(vp.height());
    verticalScrollBar()->setSingleStep(24);
}

void SequenceDiagramView::setPlayhead(SimTime t)
{
    if (m_state.playhead == t)
        return;
    m_state.playhead = t;
    viewport()->update();
}

QFont SequenceDiagramView::labelBaseFont() const
{
    // Every font of the diagram derives from this one (sequenceLabelFont() and the rest), so
    // scaling it scales labels, headers, states and the axis together, and the layout, which
    // measures with it, keeps labels apart at any size.
    QFont f = font();
    if (!qFuzzyCompare(m_textScale, 1.0)) {
        if (f.pointSizeF() > 0)
            f.setPointSizeF(f.pointSizeF() * m_textScale);
        else
            f.setPixelSize(std::max(1, int(std::lround(f.pixelSize() * m_textScale))));
    }
    return f;
}

void SequenceDiagramView::setTextScale(double scale)
{
    if (qFuzzyCompare(scale, m_textScale))
        return;
    m_textScale = scale;
    relayoutKeepingTimeAt(viewport()->height() / 2);
}

void SequenceDiagramView::setTheme(const DiagramTheme &theme)
{
    m_state.theme = theme;
    m_labelCache.clear(); // the labels' images carry the old colours
    viewport()->update();
}

void SequenceDiagramView::setFutureMode(FutureMode mode)
{
    m_state.futureMode = mode;
    viewport()->update();
}

double SequenceDiagramView::zoom() const
{
    return !m_trace && m_options.pixelsPerMs > 0 ? m_options.pixelsPerMs : m_layout.axis.pixelsPerMs();
}

void SequenceDiagramView::setZoom(double pixelsPerMs)
{
    zoomAround(pixelsPerMs, viewport()->height() / 2);
}

void SequenceDiagramView::zoomAround(double pixelsPerMs, int viewportY)
{
    pixelsPerMs = std::clamp(pixelsPerMs, minPixelsPerMs, maxPixelsPerMs);
    if (!m_fitted && m_options.pixelsPerMs == pixelsPerMs)
        return;
    m_fitted = false;
    m_options.pixelsPerMs = pixelsPerMs;
    relayoutKeepingTimeAt(viewportY);
    Q_EMIT zoomChanged(zoom());
}

void SequenceDiagramView::zoomIn()
{
    setZoom(zoom() * zoomStep);
}

void SequenceDiagramView::zoomOut()
{
    setZoom(zoom() / zoomStep);
}

void SequenceDiagramView::fitToWindow()
{
    m_fitted = true;
    if (!m_trace)
        return;
    relayout(); // layoutSequenceToFit(): from the trace and the window alone, in one call
    verticalScrollBar()->setValue(0);
    Q_EMIT zoomChanged(zoom());
}

void SequenceDiagramView::setFloodDrawing(FloodDrawing drawing)
{
    if (m_options.floods == drawing)
        return;
    m_options.floods = drawing;
    relayoutKeepingTimeAt(viewport()->height() / 2);
}

void SequenceDiagramView::setLabelContent(SegmentLabelContent content)
{
    if (m_options.labelContent == content)
        return;
    m_options.labelContent = content;
    relayoutKeepingTimeAt(viewport()->height() / 2);
}

void SequenceDiagramView::setSelectedSegment(int segmentId)
{
    if (m_state.selectedSegment == segmentId)
        return;
    m_state.selectedSegment = segmentId;
    viewport()->update();
}

void SequenceDiagramView::ensureTimeVisible(SimTime t)
{
    const double y = m_layout.axis.timeToY(t);
    const int top = verticalScrollBar()->value() + int(m_layout.headerHeight) + 8;
    const int bottom = verticalScrollBar()->value() + viewport()->height() - 20;
    if (y < top || y > bottom)
        verticalScrollBar()->setValue(int(y) - viewport()->height() / 3);
}

void SequenceDiagramView::ensureSegmentVisible(int segmentId)
{
    if (const ArrowGeometry *a = m_layout.arrowForSegment(segmentId))
        ensureTimeVisible(a->sentAt);
}

QString SequenceDiagramView::segmentToolTip(int segmentId) const
{
    if (!m_trace || segmentId < 0 || segmentId >= m_trace->segments.size())
        return QString();
    const SegmentRecord &r = m_trace->segments[segmentId];
    auto hostName = [&](int h) {
        return h >= 0 && h < m_trace->hosts.size() ? m_trace->hosts[h].name : tr("nobody");
    };
    QStringList lines;
    lines << r.segment.summary();
    lines << tr("%1 → %2 (%3 → %4)")
                 .arg(hostName(r.fromHost), hostName(r.toHost),
                      endpointText(m_trace->addressText(r.segment.source.address, r.fromHost), r.segment.source.port),
                      endpointText(m_trace->addressText(r.segment.destination.address, r.toHost),
                                   r.segment.destination.port));
    switch (r.kind) {
    case SegmentKind::Original:
        lines << tr("Original transmission");
        break;
    case SegmentKind::Retransmission:
        lines << tr("Retransmission");
        break;
    case SegmentKind::Duplicate:
        lines << tr("Duplicate made by the network");
        break;
    }
    switch (r.fault) {
    case FaultKind::None:
        break;
    case FaultKind::Drop:
        lines << tr("Fault: dropped");
        break;
    case FaultKind::Delay:
        lines << tr("Fault: delayed by %1").arg(durationText(r.faultDelta));
        break;
    case FaultKind::Duplicate:
        lines << tr("Fault: duplicated, copy %1 later").arg(durationText(r.faultDelta));
        break;
    }
    lines << tr("Sent at %1 s").arg(formatSimTime(r.sentAt));
    if (r.dropped)
        lines << tr("Dropped at %1 s").arg(formatSimTime(r.droppedAt));
    else
        lines << tr("Arrives at %1 s (after %2)").arg(formatSimTime(r.arrivesAt), durationText(r.arrivesAt - r.sentAt));
    return lines.join(QLatin1Char('\n'));
}

void SequenceDiagramView::paintEvent(QPaintEvent *)
{
    QPainter p(viewport());
    if (!m_trace) {
        p.fillRect(viewport()->rect(), palette().base());
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(viewport()->rect(), Qt::AlignCenter, tr("No simulation yet"));
        return;
    }
    if (m_labelCacheDpr != devicePixelRatioF()) { // moved to another screen
        m_labelCache.clear();
        m_labelCacheDpr = devicePixelRatioF();
    }
    const QPointF offset(originX(), verticalScrollBar()->value());
    p.translate(-offset);
    SequencePainter::paint(&p, m_layout, QRectF(offset, QSizeF(viewport()->size())), m_state);
}

void SequenceDiagramView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    // The lifelines follow the width; a fitted diagram follows the height too.
    const bool widthChanged = event->size().width() != event->oldSize().width();
    const bool heightChanged = event->size().height() != event->oldSize().height();
    if (m_trace && (widthChanged || (m_fitted && heightChanged)))
        relayoutKeepingTimeAt(viewport()->height() / 2);
    else
        updateScrollBars();
}

void SequenceDiagramView::scrollContentsBy(int, int)
{
    viewport()->update();
}

void SequenceDiagramView::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        const double steps = event->angleDelta().y() / 120.0;
        if (steps != 0)
            zoomAround(zoom() * std::pow(zoomStep, steps), int(event->position().y()));
        event->accept();
        return;
    }
    QAbstractScrollArea::wheelEvent(event);
}

void SequenceDiagramView::mousePressEvent(QMouseEvent *event)
{
    const QPointF d = toDiagram(event->position().toPoint());
    m_pressPos = event->position().toPoint();
    if (event->button() == Qt::RightButton) {
        // Emitted on press, as menus open on press on X11 and macOS; the app builds it.
        const int id = m_layout.segmentAt(d);
        if (id >= 0) {
            m_state.selectedSegment = id;
            viewport()->update();
            Q_EMIT segmentSelected(id);
            Q_EMIT segmentContextMenuRequested(id, event->globalPosition().toPoint());
        }
        event->accept();
        return;
    }
    if (event->button() != Qt::LeftButton) {
        QAbstractScrollArea::mousePressEvent(event);
        return;
    }
    m_pressedOnFlood = false;
    const int head = m_layout.segmentHeadAt(d);
    const ArrowGeometry *headArrow = m_layout.arrowForSegment(head);
    if (headArrow && !headArrow->dropped) {
        m_pressedSegment = head;
        m_pressedOnHead = true;
        m_gesture = Gesture::PendingClick;
    } else if (const int id = m_layout.segmentAt(d); id >= 0) {
        m_pressedSegment = id;
        m_pressedOnHead = false;
        m_gesture = Gesture::PendingClick;
    } else if (m_layout.floodAt(d) >= 0) {
        m_pressedSegment = -1;
        m_pressedOnHead = false;
        m_pressedOnFlood = true;
        m_gesture = Gesture::PendingClick;
    } else if (m_trace) {
        m_gesture = Gesture::Scrubbing;
        const SimTime t = std::clamp<SimTime>(m_layout.axis.yToTime(d.y()), 0, m_trace->endTime);
        setPlayhead(t);
        Q_EMIT playheadScrubbed(t);
    }
    event->accept();
}

void SequenceDiagramView::mouseMoveEvent(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    const QPointF d = toDiagram(pos);
    switch (m_gesture) {
    case Gesture::PendingClick:
        if (m_pressedOnHead && (pos - m_pressPos).manhattanLength() >= QApplication::startDragDistance()) {
            m_gesture = Gesture::DraggingHead;
            m_state.draggedSegment = m_pressedSegment;
        }
        if (m_gesture != Gesture::DraggingHead)
            break;
        [[fallthrough]];
    case Gesture::DraggingHead:
        m_state.dragHeadY = d.y();
        viewport()->update();
        return;
    case Gesture::Scrubbing:
        if (m_trace) {
            const SimTime t = std::clamp<SimTime>(m_layout.axis.yToTime(d.y()), 0, m_trace->endTime);
            setPlayhead(t);
            Q_EMIT playheadScrubbed(t);
        }
        return;
    case Gesture::None:
        break;
    }
    const int head = m_layout.segmentHeadAt(d);
    const ArrowGeometry *headArrow = m_layout.arrowForSegment(head);
    const int id = m_layout.segmentAt(d);
    setHovered(headArrow ? head : id);
    if (headArrow && !headArrow->dropped)
        viewport()->setCursor(Qt::SizeVerCursor);
    else if (id >= 0 || m_layout.floodAt(d) >= 0)
        viewport()->setCursor(Qt::PointingHandCursor);
    else
        viewport()->unsetCursor();
}

void SequenceDiagramView::mouseReleaseEvent(QMouseEvent *event)
{
    const Gesture gesture = m_gesture;
    m_gesture = Gesture::None;
    if (event->button() != Qt::LeftButton)
        return;
    if (gesture == Gesture::PendingClick && m_pressedOnFlood) {
        m_pressedOnFlood = false;
        setFloodDrawing(m_options.floods == FloodDrawing::Summarised ? FloodDrawing::Expanded
                                                                       : FloodDrawing::Summarised);
    } else if (gesture == Gesture::PendingClick) {
        m_state.selectedSegment = m_pressedSegment;
        viewport()->update();
        Q_EMIT segmentSelected(m_pressedSegment);
    } else if (gesture == Gesture::DraggingHead) {
        const int id = m_state.draggedSegment;
        m_state.draggedSegment = -1;
        viewport()->update();
        if (const ArrowGeometry *a = m_layout.arrowForSegment(id)) {
            const double y = toDiagram(event->position().toPoint()).y();
            const SimTime extra = m_layout.axis.yToTime(y) - a->endsAt;
            if (y > a->end.y() && extra > 0)
                Q_EMIT segmentDelayRequested(id, extra);
        }
    }
    event->accept();
}

void SequenceDiagramView::contextMenuEvent(QContextMenuEvent *event)
{
    // Mouse menus are requested on press; here only the keyboard's menu key.
    if (event->reason() == QContextMenuEvent::Keyboard && m_state.selectedSegment >= 0) {
        if (const ArrowGeometry *a = m_layout.arrowForSegment(m_state.selectedSegment))
            Q_EMIT segmentContextMenuRequested(a->segmentId,
                                               viewport()->mapToGlobal(toViewport(a->labelCenter)));
    }
    event->accept();
}

void SequenceDiagramView::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape && m_gesture == Gesture::DraggingHead) {
        m_gesture = Gesture::None;
        m_state.draggedSegment = -1;
        viewport()->update();
        return;
    }
    if (event->modifiers() & Qt::ControlModifier) {
        if (event->key() == Qt::Key_Plus || event->key() == Qt::Key_Equal) {
            zoomIn();
            return;
        }
        if (event->key() == Qt::Key_Minus) {
            zoomOut();
            return;
        }
    }
    QAbstractScrollArea::keyPressEvent(event);
}

void SequenceDiagramView::leaveEvent(QEvent *event)
{
    setHovered(-1);
    QAbstractScrollArea::leaveEvent(event);
}

void SequenceDiagramView::setHovered(int segmentId)
{
    if (m_state.hoveredSegment == segmentId)
        return;
    m_state.hoveredSegment = segmentId;
    viewport()->update();
}

void SequenceDiagramView::changeEvent(QEvent *event)
{
    // Translated labels ("retransmission", "… 58.9 s …") and measured text follow the
    // language and the font.
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::FontChange)
        relayoutKeepingTimeAt(viewport()->height() / 2);
    QAbstractScrollArea::changeEvent(event);
}

bool SequenceDiagramView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QPointF d = toDiagram(help->pos());
        const int id = m_layout.segmentAt(d);
        if (id >= 0)
            QToolTip::showText(help->globalPos(), segmentToolTip(id), viewport());
        else if (m_layout.floodAt(d) >= 0)
            QToolTip::showText(help->globalPos(),
                               m_options.floods == FloodDrawing::Summarised
                                   ? tr("Click to show every segment of the flood")
                                   : tr("Click to show the flood as one band again"),
                               viewport());
        else
            QToolTip::hideText();
        return true;
    }
    if (event->type() == QEvent::Leave)
        setHovered(-1);
    return QAbstractScrollArea::viewportEvent(event);
}

} // namespace tcplab
