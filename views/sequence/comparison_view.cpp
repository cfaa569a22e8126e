#include "sequence/comparison_view.h"

#include "common/duration_text.h"
#include "sequence/sequence_diagram_view.h"
#include "text/narration.h"
#include "trace/trace.h"
#include "trace/trace_format.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QStyle>
#include <QVBoxLayout>

#include <algorithm>

namespace tcplab {

namespace {
QWidget *titledColumn(QLabel *title, SequenceDiagramView *view)
{
    auto *column = new QWidget;
    auto *layout = new QVBoxLayout(column);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    title->setAlignment(Qt::AlignCenter);
    QFont f = title->font();
    f.setBold(true);
    title->setFont(f);
    layout->addWidget(title);
    layout->addWidget(view, 1);
    return column;
}
} // namespace

ComparisonView::ComparisonView(QWidget *parent)
    : QWidget(parent), m_left(new SequenceDiagramView), m_right(new SequenceDiagramView),
      m_leftTitle(new QLabel), m_rightTitle(new QLabel), m_banner(new QLabel),
      m_goButton(new QPushButton), m_splitter(new QSplitter(Qt::Horizontal))
{
    m_banner->setObjectName(QStringLiteral("differenceBanner"));
    m_banner->setWordWrap(true);
    m_banner->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *bannerRow = new QHBoxLayout;
    bannerRow->addWidget(m_banner, 1);
    bannerRow->addWidget(m_goButton);

    m_splitter->addWidget(titledColumn(m_leftTitle, m_left));
    m_splitter->addWidget(titledColumn(m_rightTitle, m_right));
    m_splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4); // the panes need every pixel of a small screen
    layout->addLayout(bannerRow);
    layout->addWidget(m_splitter, 1);

    for (SequenceDiagramView *view : {m_left, m_right}) {
        connect(view, &SequenceDiagramView::playheadScrubbed, this, [this](SimTime t) {
            setPlayhead(t);
            emit playheadScrubbed(t);
        });
    }
    connect(m_left->verticalScrollBar(), &QScrollBar::valueChanged, this,
            [this] { followScroll(m_left, m_right); });
    connect(m_right->verticalScrollBar(), &QScrollBar::valueChanged, this,
            [this] { followScroll(m_right, m_left); });
    connect(m_goButton, &QPushButton::clicked, this, &ComparisonView::goToDivergence);
    updateBanner();
}

void ComparisonView::setTraces(const Trace *left, const QString &leftTitle, const Trace *right,
                               const QString &rightTitle)
{
    m_leftTrace = left;
    m_rightTrace = right;
    m_leftTitle->setText(leftTitle);
    m_rightTitle->setText(rightTitle);
    m_left->setTrace(left);
    m_right->setTrace(right);
    fitPanes();
    m_divergence.reset();
    if (left && right)
        m_divergence = firstDivergence(*left, *right);
    // Select the first differing segment on each side so the eye finds it.
    auto selectDiffering = [](SequenceDiagramView *view, const Trace *trace, int eventIndex) {
        int segment = -1;
        if (trace && eventIndex >= 0 && eventIndex < trace->events.size())
            segment = trace->events[eventIndex].segment;
        view->setSelectedSegment(segment);
    };
    selectDiffering(m_left, left, m_divergence ? m_divergence->leftEvent : -1);
    selectDiffering(m_right, right, m_divergence ? m_divergence->rightEvent : -1);
    updateBanner();
}

void ComparisonView::fitPanes()
{
    // The textbook labels only: the panes share the room (each diagram spaces its lifelines
    // to its own pane's width).
    for (SequenceDiagramView *view : {m_left, m_right})
        view->setLabelContent(SegmentLabelContent::Textbook);
    arrangePanes();
}

void ComparisonView::arrangePanes()
{
    // Side by side (times line up across) while half the width holds each whole diagram
    // with its lifelines as close as labels allow; else one above the other, so that both
    // hosts of each run always show, with their state and timer texts.
    double needed = 0;
    for (SequenceDiagramView *view : {m_left, m_right})
        if (view->trace())
            needed = std::max(needed, view->diagramLayout().minimumWidth);
    const QMargins margins = layout()->contentsMargins();
    const int half = (width() - margins.left() - margins.right() - m_splitter->handleWidth()) / 2;
    const int paneFrame = style()->pixelMetric(QStyle::PM_ScrollBarExtent) + 2 * m_left->frameWidth();
    const Qt::Orientation orientation = needed + paneFrame <= half ? Qt::Horizontal : Qt::Vertical;
    if (m_splitter->orientation() == orientation)
        return;
    m_splitter->setOrientation(orientation);
    const int length = orientation == Qt::Horizontal ? m_splitter->width() : m_splitter->height();
    m_splitter->setSizes({length / 2, length - length / 2});
}

void ComparisonView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    arrangePanes();
    showBanner();
}

void ComparisonView::setPlayhead(SimTime t)
{
    m_left->setPlayhead(t);
    m_right->setPlayhead(t);
}

void ComparisonView::followScroll(SequenceDiagramView *from, SequenceDiagramView *to)
{
    if (m_syncingScroll || !from->trace() || !to->trace())
        return;
    // Keep the same moment at the top of both diagrams; their time axes are compressed
    // differently, so pixels do not correspond, times do.
    m_syncingScroll = true;
    const SimTime topTime = from->diagramLayout().axis.yToTime(from->toDiagram(QPoint(0, 0)).y());
    const double targetY = to->diagramLayout().axis.timeToY(topTime);
    const double currentTopY = to->toDiagram(QPoint(0, 0)).y();
    QScrollBar *bar = to->verticalScrollBar();
    bar->setValue(bar->value() + int(targetY - currentTopY));
    m_syncingScroll = false;
}

void ComparisonView::goToDivergence()
{
    if (!m_divergence)
        return;
    setPlayhead(m_divergence->time);
    m_left->ensureTimeVisible(m_divergence->time);
    emit playheadScrubbed(m_divergence->time);
}

QString ComparisonView::bannerText() const
{
    return m_bannerFull.isEmpty() ? m_banner->text() : m_bannerFull;
}

bool ComparisonView::bannerShowsOnlyItsHeadline() const
{
    return !m_bannerHeadline.isEmpty() && m_banner->text() == m_bannerHeadline;
}

void ComparisonView::setTheme(const DiagramTheme &theme)
{
    m_theme = theme;
    m_left->setTheme(theme);
    m_right->setTheme(theme);
    // The words above the diagrams: black on a projector, the window's colours on a screen
    // (an empty palette inherits them again).
    for (QLabel *label : {m_leftTitle, m_rightTitle, m_banner}) {
        QPalette palette;
        if (theme.kind == DiagramTheme::Kind::Projector)
            palette.setColor(QPalette::WindowText, theme.stateLabelText);
        label->setPalette(palette);
    }
}

void ComparisonView::setTextScale(double scale)
{
    if (qFuzzyCompare(scale, m_textScale))
        return;
    m_textScale = scale;
    m_left->setTextScale(scale);
    m_right->setTextScale(scale);
    // The titles, the banner and its button grow with the labels.
    for (QWidget *w : std::initializer_list<QWidget *>{m_leftTitle, m_rightTitle, m_banner, m_goButton}) {
        QFont f = font();
        if (f.pointSizeF() > 0)
            f.setPointSizeF(f.pointSizeF() * scale);
        else if (f.pixelSize() > 0)
            f.setPixelSize(int(f.pixelSize() * scale));
        f.setBold(w == m_leftTitle || w == m_rightTitle);
        w->setFont(f);
    }
    // Larger labels need more room between the lifelines: side by side only while each
    // pane still holds its whole diagram, else one above the other, so no label is cut at
    // a pane's edge.
    arrangePanes();
    showBanner();
}

std::pair<SimTime, SimTime> ComparisonView::shownTimeRange() const
{
    // What either pane shows: the panes keep the same moment at their tops, but their
    // axes fold quiet stretches differently, so their bottoms differ.
    SimTime from = -1;
    SimTime to = -1;
    for (SequenceDiagramView *view : {m_left, m_right}) {
        if (!view->trace() || !view->isVisible())
            continue;
        const TimeAxis &axis = view->diagramLayout().axis;
        const SimTime top = std::max<SimTime>(0, axis.yToTime(view->toDiagram(QPoint(0, 0)).y()));
        const SimTime bottom = axis.yToTime(view->toDiagram(QPoint(0, view->viewport()->height())).y());
        from = from < 0 ? top : std::min(from, top);
        to = std::max(to, bottom);
    }
    return {from, std::max(from, to)};
}

QString ComparisonView::leftTitle() const
{
    return m_leftTitle->text();
}

QString ComparisonView::rightTitle() const
{
    return m_rightTitle->text();
}

void ComparisonView::updateBanner()
{
    m_goButton->setText(tr("Go to the difference"));
    m_bannerFull.clear();
    m_bannerHeadline.clear();
    if (!m_leftTrace || !m_rightTrace) {
        m_banner->clear();
        m_goButton->setEnabled(false);
        return;
    }
    if (!m_divergence) {
        m_banner->setText(tr("The two runs are the same from start to end."));
        m_goButton->setEnabled(false);
        return;
    }
    // When the segments differ, the words may read the same on both sides (they name flags,
    // seq and ack, not the window or the MSS): the whole header then shows what differs.
    const bool showHeaders = m_divergence->aspect == DivergenceAspect::Segment;
    auto describe = [showHeaders](const Trace *trace, int eventIndex) {
        if (eventIndex < 0)
            return tr("(this run has already ended)");
        QString text = eventText(*trace, eventIndex).toHtmlEscaped();
        const int segment = trace->events.at(eventIndex).segment;
        if (showHeaders && segment >= 0)
            text += QStringLiteral(" <tt>[%1]</tt>").arg(trace->segments.at(segment).segment.summary().toHtmlEscaped());
        return text;
    };
    // The moment as exactly as it happened, and no more: "0.85 s", not "0.850000 s".
    SimTime resolution = usPerSecond;
    while (resolution > 1 && m_divergence->time % resolution != 0)
        resolution /= 10;
    const QString when = timePointText(m_divergence->time, resolution);
    const QString headline = tr("First difference at %1: %2").arg(when, aspectText(m_divergence->aspect));
    m_bannerFull = tr("<b>%1</b><br>left: %2<br>right: %3")
                       .arg(headline.toHtmlEscaped(),
                            describe(m_leftTrace, m_divergence->leftEvent),
                            describe(m_rightTrace, m_divergence->rightEvent));
    m_bannerHeadline = QStringLiteral("<b>%1</b>").arg(headline.toHtmlEscaped());
    showBanner();
    m_goButton->setEnabled(true);
}

void ComparisonView::showBanner()
{
    // Large text on a small screen (presenter mode at 1024×768) would make the banner's
    // three long lines take most of the height and leave the panes a sliver: then only
    // the headline shows, the rest is its tooltip (and the caption strip narrates).
    m_banner->setText(m_bannerFull);
    m_banner->setToolTip(QString());
    if (m_bannerHeadline.isEmpty() || height() <= 0)
        return;
    const int textWidth = std::max(1, width() - m_goButton->sizeHint().width() - 24);
    if (m_banner->heightForWidth(textWidth) > height() / 5) {
        m_banner->setText(m_bannerHeadline);
        m_banner->setToolTip(m_bannerFull);
    }
}

QString ComparisonView::aspectText(DivergenceAspect aspect)
{
    switch (aspect) {
    case DivergenceAspect::EventType:
        return tr("something different happens");
    case DivergenceAspect::Time:
        return tr("the same thing happens at another time");
    case DivergenceAspect::Host:
        return tr("the same thing happens on another host");
    case DivergenceAspect::AppCall:
        return tr("the application makes another call");
    case DivergenceAspect::StateChange:
        return tr("the connection changes to another state");
    case DivergenceAspect::Segment:
        return tr("the segment differs");
    case DivergenceAspect::Timer:
        return tr("a timer differs");
    case DivergenceAspect::Notice:
        return tr("the application is told something else");
    case DivergenceAspect::HostEvent:
        return tr("the host fails differently");
    case DivergenceAspect::RunEnded:
        return tr("one run has ended");
    }
    return QString();
}

QString ComparisonView::eventText(const Trace &trace, int eventIndex)
{
    // The narration's sentences, in the learner's language; the few events it leaves to
    // another (an application's crash is told as the host's) are named by their kind.
    NarrationItem item;
    item.sentences = Narration::narrate(trace, Scenario(), eventIndex);
    if (!item.sentences.isEmpty())
        return item.text();
    const TraceEvent &e = trace.events.at(eventIndex);
    const QString host = trace.hostName(e.host);
    switch (e.type) {
    case TraceEventType::App:
        return tr("%1's application makes a call").arg(host);
    case TraceEventType::State:
        return tr("%1 changes state").arg(host);
    case TraceEventType::Send:
        return tr("%1 sends a segment").arg(host);
    case TraceEventType::Deliver:
        return tr("%1 receives a segment").arg(host);
    case TraceEventType::Drop:
        return tr("a segment to %1 is lost").arg(host);
    case TraceEventType::Timer:
        return tr("%1: %2").arg(host, Narration::timerName(e.timer));
    case TraceEventType::Notice:
        return tr("%1's application is told something").arg(host);
    case TraceEventType::Host:
        return tr("%1 fails").arg(host);
    }
    return host;
}

void ComparisonView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        updateBanner();
    QWidget::changeEvent(event);
}

} // namespace tcplab
