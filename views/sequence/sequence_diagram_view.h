#pragma once

#include "sequence/label_image_cache.h"
#include "sequence/sequence_layout.h"
#include "sequence/sequence_painter.h"
#include "sim/sim_time.h"

#include <QAbstractScrollArea>
#include <QPoint>

namespace tcplab {

class Trace;

// Where a trace given to the view comes from: the same story simulated again after an edit
// (the view keeps its zoom, scroll and selection) or a story just opened (the view starts
// over, fitted to the window).
enum class TraceOrigin { Resimulated, NewScenario };

// The sequence diagram widget: lifelines, segment arrows, states, timers, breaks, and the
// playhead. It shows a Trace it does not own; the learner's clicks on arrows come out as
// signals and the application decides what they do (select, fault-plan edits).
class SequenceDiagramView : public QAbstractScrollArea
{
    Q_OBJECT
    Q_PROPERTY(tcplab::SimTime playhead READ playhead WRITE setPlayhead)
    Q_PROPERTY(double zoom READ zoom WRITE setZoom)

public:
    explicit SequenceDiagramView(QWidget *parent = nullptr);
    ~SequenceDiagramView() override;

    // Not owned. Call again after each re-simulation: the view keeps its zoom (fitted stays
    // fitted, to the new trace), its scroll position by time and its selection if that
    // segment still exists. A new scenario starts fitted, at the top, nothing selected.
    void setTrace(const Trace *trace, TraceOrigin origin = TraceOrigin::Resimulated);
    const Trace *trace() const { return m_trace; }

    // Times after the playhead are the future (hidden or faint). The maximum SimTime means
    // "no playhead": everything shows and no line is drawn.
    void setPlayhead(SimTime t);
    SimTime playhead() const { return m_state.playhead; }
    void setFutureMode(FutureMode mode);
    FutureMode futureMode() const { return m_state.futureMode; }
    // What is drawn with what colours, and how the future looks in them.
    const SequencePaintState &paintState() const { return m_state; }

    // Colours and line widths (presenter mode's projector look, or the screen's).
    void setTheme(const DiagramTheme &theme);
    const DiagramTheme &theme() const { return m_state.theme; }
    // Every text of the diagram at this multiple of the widget's font; the layout runs again,
    // so labels at a larger size still do not overlap. 1 is the normal size.
    void setTextScale(double scale);
    double textScale() const { return m_textScale; }

    // Pixels per millisecond of time drawn to scale (breaks keep their height). The zoom
    // belongs to the trace shown: fitted (the default, and after fitToWindow()) follows the
    // trace and the window's size; any other zoom holds until a new scenario is shown.
    void setZoom(double pixelsPerMs);
    double zoom() const;
    bool isFitted() const { return m_fitted; }
    void zoomIn();
    void zoomOut();
    // Fits the whole story into the window in one step (the same result however often it
    // is asked), never below the scale at which its busy parts stay readable.
    void fitToWindow();

    // A SYN flood shows as one band until clicked; a click on the band shows every segment.
    void setFloodDrawing(FloodDrawing drawing);
    FloodDrawing floodDrawing() const { return m_options.floods; }

    // The lifelines are spaced to use the view's width (closing a dock widens them).
    void setLabelContent(SegmentLabelContent content);
    SegmentLabelContent labelContent() const { return m_options.labelContent; }

    // Programmatic selection does not emit segmentSelected (no loops with the app).
    int selectedSegment() const { return m_state.selectedSegment; }
    void setSelectedSegment(int segmentId);
    void ensureTimeVisible(SimTime t);
    void ensureSegmentVisible(int segmentId);

    const SequenceLayout &diagramLayout() const { return m_layout; }
    // Viewport coordinates <-> diagram coordinates.
    QPointF toDiagram(const QPoint &viewportPos) const;
    QPoint toViewport(const QPointF &diagramPos) const;
    // The tooltip of a segment: its full header, the hosts, kind, fault and times.
    QString segmentToolTip(int segmentId) const;

    QSize sizeHint() const override;

Q_SIGNALS:
    void segmentSelected(int segmentId);
    void segmentContextMenuRequested(int segmentId, const QPoint &globalPos);
    void segmentDelayRequested(int segmentId, tcplab::SimTime extra); // µs
    void playheadScrubbed(tcplab::SimTime t);
    void zoomChanged(double pixelsPerMs);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void changeEvent(QEvent *event) override;
    bool viewportEvent(QEvent *event) override;

private:
    enum class Gesture { None, PendingClick, DraggingHead, Scrubbing };

    // Diagram x of the viewport's left edge: scrolled, or negative to centre a narrow diagram.
    double originX() const;
    QFont labelBaseFont() const;
    void relayout();
    SequenceLayoutOptions currentOptions() const;
    void relayoutKeepingTimeAt(int viewportY);
    void updateScrollBars();
    void zoomAround(double pixelsPerMs, int viewportY);
    void setHovered(int segmentId);

    const Trace *m_trace = nullptr;
    SequenceLayoutOptions m_options;
    SequenceLayout m_layout;
    SequencePaintState m_state;
    LabelImageCache m_labelCache; // cleared on every re-layout
    qreal m_labelCacheDpr = 0;
    Gesture m_gesture = Gesture::None;
    int m_pressedSegment = -1;
    bool m_pressedOnHead = false;
    bool m_pressedOnFlood = false;
    bool m_fitted = true;
    double m_textScale = 1.0;
    QPoint m_pressPos;
};

} // namespace tcplab
