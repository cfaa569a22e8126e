#include "export/diagram_export.h"

#include "common/host_palette.h"
#include "sequence/sequence_painter.h"
#include "trace/trace.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QPageSize>
#include <QPainter>
#include <QSemaphore>
#include <QThread>
#include <QThreadPool>
#include <algorithm>
#include <atomic>
#include <map>
#include <optional>
#include <cmath>

namespace tcplab {

namespace {
constexpr double rangeMargin = 14;   // room above and below a chosen range
constexpr double pageMargin = 36;    // PDF page margins, points (half an inch)
constexpr double titlePadding = 12;

constexpr double slideMargin = 24;   // points around a slide's content
constexpr double slideGap = 8;       // between the title band, the diagram and the footer
// The diagram's text on a slide: 1.5 × the screen's size, read from the back of a room on
// a 1080-line projector (a 9 pt label becomes about 27 pixels); 1.25 × when that leaves no
// slide with only a scrap on it, or cuts an exchange across slides that fits whole at
// 1.25 × (planSlides()). Less only when the lifelines would not fit the slide's
// width otherwise.
constexpr double slideTextScales[] = {1.5, 1.25};

double slideDiagramWidth(double textScale)
{
    return (DiagramExporter::slideSize().width() - 2 * slideMargin) / textScale;
}
// A slide's stretch of time is drawn at the least scale times 2^(k/8) for the largest k
// that still fits the slide (eighths of a doubling: within 9 % of full, and the few scales
// a deck uses are laid out once each). A slide already this full keeps the least scale.
constexpr int slideStretchStepsPerDoubling = 8;
constexpr int slideMaxStretchSteps = 4 * slideStretchStepsPerDoubling; // up to 16×
constexpr int slideMinStretchSteps = -slideStretchStepsPerDoubling;    // down to half
// A slide less full than this is a scrap, better shown with the slide beside it.
constexpr double slideScrap = 0.7;

// The median one-way delay of the delivered segments: what "quiet" is measured against.
SimTime typicalDelay(const Trace &trace)
{
    QList<SimTime> delays;
    for (const SegmentRecord &r : trace.segments)
        if (!r.dropped && r.arrivesAt > r.sentAt)
            delays.append(r.arrivesAt - r.sentAt);
    if (delays.isEmpty())
        return msToUs(50);
    auto mid = delays.begin() + delays.size() / 2;
    std::nth_element(delays.begin(), mid, delays.end());
    return std::max<SimTime>(*mid, 10);
}

SequenceLayoutOptions withExportChoices(const Trace &trace, SequenceLayoutOptions o,
                                        const DiagramExportOptions &e)
{
    o.showStateBands = e.stateBands;
    o.showTimers = e.timers;
    o.font = exportFont(o.font, exportLanguage(e.language));
    // On paper and slides nothing scrolls: a quiet stretch of a few round trips is folded
    // (the screen folds only longer ones), so the picture is not a tall strip of empty
    // lifelines. An explicit threshold is kept.
    const SimTime typical = typicalDelay(trace);
    const bool slides = e.preset == ExportPreset::Slides;
    if (o.breakThreshold == 0)
        o.breakThreshold = std::min<SimTime>((slides ? 2 : 3) * typical, usPerSecond);
    if (slides) {
        // A slide is short and wide. The least scale: a one-way delay gets 40 px instead of
        // the screen's 90, so the run is cut into as few slides as it can be without
        // cutting an exchange; each slide then stretches its time to fill its height
        // (planSlides()). The screen's zoom does not count: the slide decides.
        o.pixelsPerMs = std::clamp(40.0 / (double(typical) / usPerMs), 1e-4, 500.0);
        // The lifelines spread over the slide's width (the layout narrows them again
        // where they cannot).
        o.width = slideDiagramWidth(slideTextScales[0]);
        o.lifelineSpacing = o.width;
        // A folded stretch is a slim band: on a slide its length is all it has to say. Its
        // text and the zigzag edges above and below it still fit (a Chinese face has taller
        // lines).
        const double line = QFontMetricsF(sequenceAnnotationFont(o.font)).lineSpacing();
        o.breakHeight = std::min(o.breakHeight, std::ceil(line + 20));
    }
    return o;
}

// A picture up to a moment shows a segment still in flight as its packet at the start of
// its arrow: its label, placed at the middle of the whole arrow, would float beside
// nothing, so it waits until the arrow is drawn.
void hideLabelsInFlight(SequenceLayout &layout, SimTime playhead)
{
    for (ArrowGeometry &a : layout.arrows) {
        if (a.sentAt <= playhead && a.endsAt > playhead) {
            a.textLines.clear();
            a.badgeLines.clear();
            a.labelSize = QSizeF();
            a.labelPolygon.clear();
        }
    }
}

// Ticks at least TimeAxis::minimumTickSpacing apart as drawn, when the layout is drawn
// smaller than its own pixels (a wide diagram on A4, many hosts on a slide).
void spaceTicksFor(SequenceLayout &layout, double drawnScale)
{
    if (drawnScale >= 1 || drawnScale <= 0)
        return;
    layout.tickStep = std::max(layout.tickStep, TimeAxis::tickStep(layout.axis.pixelsPerMs(),
                                                                   TimeAxis::minimumTickSpacing / drawnScale));
}

QPageSize paperOf(PdfPageMode mode)
{
    return QPageSize(mode == PdfPageMode::A4 ? QPageSize::A4 : QPageSize::Letter);
}

// A diagram on paper is scaled down (never up) to fit the page's width.
double paperScale(PdfPageMode mode, double diagramWidth)
{
    return std::min(1.0, (paperOf(mode).size(QPageSize::Point).width() - 2 * pageMargin) / diagramWidth);
}

// The pages greedy packing gives: each takes the most whole exchanges that fit `height`
// (the first `firstExtra` less). When one exchange alone is taller than a page it is cut
// where the page ends, the one case an arrow is split; *forced counts those cuts.
QList<double> greedyBreaks(const QList<double> &cuts, double y0, double y1, double height,
                           double firstExtra, int *forced)
{
    QList<double> breaks{y0};
    double pageTop = y0;
    int forcedCuts = 0;
    auto next = cuts.cbegin();
    while (y1 - pageTop > height - firstExtra) {
        const double limit = pageTop + height - firstExtra;
        // The last cut that fits fills the page best.
        while (next != cuts.cend() && *next <= pageTop + 1)
            ++next;
        double cut = limit;
        bool found = false;
        for (auto it = next; it != cuts.cend() && *it <= limit; ++it) {
            cut = *it;
            found = true;
        }
        forcedCuts += found ? 0 : 1;
        breaks.append(cut);
        pageTop = cut;
        firstExtra = 0;
    }
    breaks.append(y1);
    if (forced)
        *forced = forcedCuts;
    return breaks;
}
} // namespace

QString exportLanguage(const QString &language)
{
    if (!language.isEmpty())
        return language;
    return QLocale().language() == QLocale::Chinese ? QStringLiteral("zh_CN") : QStringLiteral("en");
}

QFont exportFont(const QFont &base, const QString &language)
{
    if (!language.startsWith(QLatin1String("zh")))
        return base;
    QFont f = base;
    f.setFamilies({QStringLiteral("Noto Sans CJK SC"), QStringLiteral("Source Han Sans SC"),
                   QStringLiteral("WenQuanYi Micro Hei")});
    return f;
}

DiagramExporter::DiagramExporter(const Trace &trace, const SequenceLayoutOptions &layoutOptions,
                                 const DiagramExportOptions &options)
    : m_trace(trace), m_options(options),
      m_layout(layoutSequence(trace, withExportChoices(trace, layoutOptions, options)))
{
    hideLabelsInFlight(m_layout, options.playhead);
    if (options.preset == ExportPreset::Slides) {
        if (const QList<int> steps = stepEvents(); !steps.isEmpty())
            m_lastMoment = trace.events[steps.last()].time;
        planSlides();
    } else if (options.pdfPages != PdfPageMode::SinglePage) {
        spaceTicksFor(m_layout, paperScale(options.pdfPages, m_layout.size.width()));
    }
}

void DiagramExporter::setStepCaptions(const QHash<SimTime, QString> &captionsByTime)
{
    m_stepCaptions = captionsByTime;
}

bool DiagramExporter::isRangeEmpty() const
{
    if (m_options.from >= 0 && m_options.to >= 0 && m_options.from >= m_options.to)
        return true;
    if (m_options.from > m_trace.endTime)
        return true;
    if (m_trace.events.isEmpty())
        return true;
    return stepEvents().isEmpty();
}

DiagramExporter::Region DiagramExporter::regionIn(const SequenceLayout &layout) const
{
    Region r;
    r.y0 = layout.headerHeight;
    r.y1 = layout.size.height();
    if (m_options.from >= 0)
        r.y0 = std::max(r.y0, layout.axis.timeToY(m_options.from) - rangeMargin);
    if (m_options.to >= 0)
        r.y1 = std::min(r.y1, layout.axis.timeToY(m_options.to) + rangeMargin);
    // A slide has no room for the quiet stretch after the last moment, where nothing is
    // left to happen.
    if (m_options.preset == ExportPreset::Slides && m_lastMoment >= 0)
        r.y1 = std::min(r.y1, layout.axis.timeToY(m_lastMoment) + rangeMargin);
    if (r.y1 < r.y0)
        r.y1 = r.y0;
    return r;
}

double DiagramExporter::titleBlockHeight() const
{
    if (!m_options.titleBlock || (m_options.title.isEmpty() && m_options.details.isEmpty()))
        return 0;
    const QFont titleFont = sequenceHeaderFont(m_layout.options.font);
    const QFont detailFont = sequenceAnnotationFont(m_layout.options.font);
    return titlePadding * 2 + QFontMetricsF(titleFont).height() * 1.2
        + QFontMetricsF(detailFont).lineSpacing() * m_options.details.size();
}

double DiagramExporter::legendHeight() const
{
    return m_options.legend ? QFontMetricsF(sequenceAnnotationFont(m_layout.options.font)).height() + 24
                            : 0;
}

QSizeF DiagramExporter::pictureSize() const
{
    const Region r = region();
    return {m_layout.size.width(), titleBlockHeight() + m_layout.headerHeight + (r.y1 - r.y0)
                                       + legendHeight() + captionHeight(m_layout.size.width())};
}

QFont DiagramExporter::captionFont() const
{
    // The size of the host names, but regular: a paragraph in bold is hard to read.
    QFont f = sequenceHeaderFont(m_layout.options.font);
    f.setBold(false);
    return f;
}

double DiagramExporter::captionHeightOf(const QString &caption, double width) const
{
    if (caption.isEmpty())
        return 0;
    const QFontMetricsF fm(captionFont());
    const QRectF r = fm.boundingRect(QRectF(0, 0, width - 2 * titlePadding, 1e6),
                                     Qt::TextWordWrap, caption);
    return r.height() + 2 * titlePadding;
}

double DiagramExporter::captionHeight(double width) const
{
    return std::max(m_captionHeight, captionHeightOf(m_options.caption, width));
}

void DiagramExporter::paintCaption(QPainter *p, double top, double width) const
{
    if (m_options.caption.isEmpty())
        return;
    p->setPen(QPen(QColor(0xcc, 0xcc, 0xcc), 1));
    p->drawLine(QPointF(0, top + 0.5), QPointF(width, top + 0.5));
    p->setFont(captionFont());
    p->setPen(QColor(0x22, 0x22, 0x22));
    p->drawText(QRectF(titlePadding, top + titlePadding, width - 2 * titlePadding,
                       captionHeight(width) - 2 * titlePadding),
                Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, m_options.caption);
}

void DiagramExporter::paintTitleBlock(QPainter *p, double width) const
{
    if (titleBlockHeight() <= 0)
        return;
    const QFont titleFont = sequenceHeaderFont(m_layout.options.font);
    const QFont detailFont = sequenceAnnotationFont(m_layout.options.font);
    double y = titlePadding;
    p->setPen(QColor(0x22, 0x22, 0x22));
    p->setFont(titleFont);
    const double titleHeight = QFontMetricsF(titleFont).height() * 1.2;
    p->drawText(QRectF(titlePadding, y, width - 2 * titlePadding, titleHeight),
                Qt::AlignLeft | Qt::AlignVCenter, m_options.title);
    y += titleHeight;
    p->setFont(detailFont);
    p->setPen(HostPalette::gridText());
    const double line = QFontMetricsF(detailFont).lineSpacing();
    for (const QString &detail : m_options.details) {
        p->drawText(QRectF(titlePadding, y, width - 2 * titlePadding, line),
                    Qt::AlignLeft | Qt::AlignVCenter, detail);
        y += line;
    }
    p->setPen(QPen(QColor(0xcc, 0xcc, 0xcc), 1));
    p->drawLine(QPointF(0, titleBlockHeight() - 0.5), QPointF(width, titleBlockHeight() - 0.5));
}

void DiagramExporter::paintLegend(QPainter *p, double top, double width) const
{
    if (!m_options.legend)
        return;
    const QFont font = sequenceAnnotationFont(m_layout.options.font);
    p->setFont(font);
    const QFontMetricsF fm(font);
    const double mid = top + legendHeight() / 2;
    double x = titlePadding;
    const QColor ink(0x33, 0x33, 0x33);
    // The legend repeats the painter's styles: solid = original, dashed = retransmission,
    // dotted = network duplicate, cross = dropped.
    auto sample = [&](Qt::PenStyle style, const QList<qreal> &dashes, const QString &text, bool cross) {
        QPen pen(ink, 1.6, style);
        if (!dashes.isEmpty())
            pen.setDashPattern(dashes);
        p->setPen(pen);
        p->drawLine(QPointF(x, mid), QPointF(x + 34, mid));
        if (cross) {
            p->setPen(QPen(HostPalette::dropColor(), 2));
            p->drawLine(QPointF(x + 30, mid - 4), QPointF(x + 38, mid + 4));
            p->drawLine(QPointF(x + 30, mid + 4), QPointF(x + 38, mid - 4));
        }
        p->setPen(ink);
        p->drawText(QPointF(x + 42, mid + fm.ascent() / 2 - 1), text);
        x += 42 + fm.horizontalAdvance(text) + 24;
    };
    sample(Qt::SolidLine, {}, tr("segment"), false);
    sample(Qt::CustomDashLine, {6, 3}, tr("retransmission"), false);
    sample(Qt::CustomDashLine, {1.5, 2.5}, tr("duplicate"), false);
    sample(Qt::SolidLine, {}, tr("dropped"), true);
    Q_UNUSED(width);
}

void DiagramExporter::paintSlice(QPainter *p, const SequenceLayout &layout, double top, double y0,
                                 double y1, SimTime playhead, bool background) const
{
    const double width = layout.size.width();
    const double header = layout.headerHeight;
    SequencePaintState state;
    state.playhead = playhead;
    state.futureMode = FutureMode::Hidden;
    state.paintBackground = background;
    state.stickyHeaders = false;

    // The slice's content below the header band, clipped so nothing of the neighbouring
    // slices (previous page, outside the range) shows.
    // A PNG is painted a band of rows at a time, each band clipped (ImageFileWriter): only
    // what meets the band is painted, as on screen, where a frame costs what is visible.
    auto withinClip = [p](const QRectF &rect) {
        return p->hasClipping() ? rect & p->clipBoundingRect() : rect;
    };
    p->save();
    p->translate(0, top + header - y0);
    const QRectF content(0, y0, width, y1 - y0);
    if (const QRectF visible = withinClip(content); !visible.isEmpty()) {
        p->setClipRect(content, Qt::IntersectClip);
        SequencePainter::paint(p, layout, visible, state);
    }
    p->restore();

    // The lifeline headers, repeated at the top of every slice.
    p->save();
    p->translate(0, top);
    const QRectF headerRect(0, 0, width, header);
    if (!withinClip(headerRect).isEmpty()) {
        p->setClipRect(headerRect, Qt::IntersectClip);
        SequencePainter::paint(p, layout, headerRect, state);
    }
    p->restore();
}

void DiagramExporter::paintPicture(QPainter *p, SimTime playhead, bool background) const
{
    const QSizeF size = pictureSize();
    if (background)
        p->fillRect(QRectF(QPointF(0, 0), size), Qt::white);
    p->setRenderHint(QPainter::Antialiasing);
    p->setRenderHint(QPainter::TextAntialiasing);
    paintTitleBlock(p, size.width());
    const Region r = region();
    const double top = titleBlockHeight();
    // The paper is white already (or clear on purpose): the slice need not paint it again.
    paintSlice(p, m_layout, top, r.y0, shownUntil(m_layout, playhead), playhead, false);
    const double legendTop = top + m_layout.headerHeight + (r.y1 - r.y0);
    paintLegend(p, legendTop, size.width());
    paintCaption(p, legendTop + legendHeight(), size.width());
}

double DiagramExporter::shownUntil(const SequenceLayout &layout, SimTime playhead) const
{
    // A step shows the diagram as the class sees it at that moment: the time axis, the
    // folds and the lifelines end just below it, with room for the names of the states
    // entered then (two lines under their row). The picture keeps the size of the whole
    // range, so the steps of a series line up as slides, the rest left blank.
    const Region r = regionIn(layout);
    if (playhead == std::numeric_limits<SimTime>::max() || playhead >= m_trace.endTime)
        return r.y1;
    const double room = 2 * QFontMetricsF(sequenceAnnotationFont(layout.options.font)).lineSpacing() + 8;
    return std::clamp(layout.axis.timeToY(playhead) + room, r.y0, r.y1);
}

void DiagramExporter::paint(QPainter *painter, bool background) const
{
    paintPicture(painter, m_options.playhead, background);
}

double DiagramExporter::pictureY(SimTime time) const
{
    return titleBlockHeight() + m_layout.headerHeight + m_layout.axis.timeToY(time) - region().y0;
}

QImage DiagramExporter::renderImage() const
{
    return writer(ExportFormat::Png).renderImage();
}

QList<double> DiagramExporter::cutCandidates(const SequenceLayout &layout) const
{
    // Between two consecutive moments at which something happens, halfway; kept only
    // where no arrow nor its label spans the row, so a page never cuts an arrow in two.
    const Region r = regionIn(layout);
    QList<double> ys;
    for (int index : stepEvents())
        ys.append(layout.axis.timeToY(m_trace.events[index].time));
    std::sort(ys.begin(), ys.end());
    // What follows the last moment (the run's quiet end) may go on a page of its own only
    // with the moment before it: the end of the range counts as a moment.
    if (!ys.isEmpty() && r.y1 > ys.last() + 4)
        ys.append(r.y1);
    auto crossesArrow = [&layout](double y) {
        for (int a : layout.arrowIndex.query(y, y)) {
            const ArrowGeometry &arrow = layout.arrows[a];
            if (arrow.minY < y && arrow.maxY > y)
                return true;
        }
        return false;
    };
    QList<double> cuts;
    for (int i = 1; i < ys.size(); ++i) {
        if (ys[i] - ys[i - 1] < 4)
            continue;
        // A folded quiet stretch ends the page above it, its length still readable there;
        // where a label reaches up past the fold, the page ends above the fold instead.
        QList<double> places;
        for (const BreakGeometry &b : layout.breaks) {
            if (b.y0 >= ys[i - 1] && b.y1 <= ys[i])
                places << std::min(ys[i] - 1, b.y1 + 2) << std::max(ys[i - 1] + 1, b.y0 - 2);
        }
        if (places.isEmpty())
            places << (ys[i - 1] + ys[i]) / 2;
        for (double y : std::as_const(places)) {
            if (y > r.y0 && y < r.y1 && !crossesArrow(y)) {
                cuts.append(y);
                break;
            }
        }
    }
    return cuts;
}

QList<double> DiagramExporter::pageBreaks(double pageContentHeight, double firstPageExtra) const
{
    const Region r = region();
    return greedyBreaks(cutCandidates(m_layout), r.y0, r.y1, pageContentHeight, firstPageExtra, nullptr);
}

DiagramExporter::PdfPages DiagramExporter::pdfPages() const
{
    // The diagram is scaled down (never up) to fit the page's width, then split between
    // events, the lifeline headers repeated on every page.
    PdfPages pages;
    pages.paper = paperOf(m_options.pdfPages);
    const QSizeF points = pages.paper.size(QPageSize::Point);
    pages.scale = paperScale(m_options.pdfPages, m_layout.size.width());
    const double content = (points.height() - 2 * pageMargin) / pages.scale - m_layout.headerHeight - legendHeight();
    pages.breaks = pageBreaks(content, titleBlockHeight() + m_options.firstPageTop / pages.scale);
    return pages;
}

QList<double> DiagramExporter::pageBreaks() const
{
    if (m_options.preset == ExportPreset::Slides)
        return m_slides.breaks;
    if (m_options.pdfPages == PdfPageMode::SinglePage) {
        const Region r = region();
        return {r.y0, r.y1};
    }
    return pdfPages().breaks;
}

void DiagramExporter::paintPdfPage(QPainter *p, const PdfPages &pages, int i) const
{
    const QList<double> &breaks = pages.breaks;
    p->setRenderHint(QPainter::Antialiasing);
    p->setRenderHint(QPainter::TextAntialiasing);
    p->save();
    p->translate(pageMargin, pageMargin + (i == 0 ? m_options.firstPageTop : 0));
    p->scale(pages.scale, pages.scale);
    double top = 0;
    if (i == 0) {
        paintTitleBlock(p, m_layout.size.width());
        top = titleBlockHeight();
    }
    paintSlice(p, m_layout, top, breaks[i], breaks[i + 1], m_options.playhead, true);
    const double sliceHeight = m_layout.headerHeight + (breaks[i + 1] - breaks[i]);
    if (i + 2 == breaks.size())
        paintLegend(p, top + sliceHeight, m_layout.size.width());
    p->restore();
}

QPageSize DiagramExporter::pdfPaper() const
{
    return pdfPages().paper;
}

void DiagramExporter::paintPdfPage(QPainter *painter, int page) const
{
    paintPdfPage(painter, pdfPages(), page);
}

double DiagramExporter::drawnScale() const
{
    if (m_options.preset == ExportPreset::Slides)
        return m_slides.scale;
    if (m_options.pdfPages == PdfPageMode::SinglePage)
        return 1;
    return paperScale(m_options.pdfPages, m_layout.size.width());
}

int DiagramExporter::pdfPageCount() const
{
    if (m_options.preset == ExportPreset::Slides)
        return slideCount();
    if (m_options.pdfPages == PdfPageMode::SinglePage)
        return 1;
    return int(pdfPages().breaks.size()) - 1;
}

ImageFileWriter DiagramExporter::writer(ExportFormat format) const
{
    const SimTime playhead = m_options.playhead;
    if (m_options.preset == ExportPreset::Slides)
        return slideWriter(0, format == ExportFormat::Pdf ? slideCount() : 1);
    if (format == ExportFormat::Pdf && m_options.pdfPages != PdfPageMode::SinglePage) {
        const PdfPages layout = pdfPages();
        ImageFileWriter pages(layout.paper.size(QPageSize::Point), [this, layout](QPainter *p, int i) {
            paintPdfPage(p, layout, i);
        });
        pages.setPdfPages(layout.paper, int(layout.breaks.size()) - 1);
        pages.setTitle(m_options.title);
        return pages;
    }
    // PDF paper is white whatever the choice; PNG and SVG may leave it clear.
    const bool background = format == ExportFormat::Pdf || !m_options.transparent;
    ImageFileWriter picture(pictureSize(), [this, playhead, background](QPainter *p, int) {
        paintPicture(p, playhead, background);
    });
    picture.setScale(m_options.effectiveScale());
    picture.setTransparent(!background);
    picture.setTitle(m_options.title);
    picture.setDescription(m_options.details.join(QLatin1Char('\n')));
    return picture;
}

void DiagramExporter::planSlides()
{
    // The largest text that leaves no slide with only a scrap on it and cuts no arrow
    // across two slides; else the largest that leaves no scrap, an exchange cut where
    // slides end (a handshake whose labels make it taller than a slide at the largest
    // text may fit whole at the next); when every size leaves a scrap, the largest.
    struct Plan {
        SequenceLayout layout;
        QList<SequenceLayout> slideLayouts;
        SlideGeometry slides;
    };
    std::optional<Plan> largest;
    std::optional<Plan> noScrap;
    for (double textScale : slideTextScales) {
        if (textScale != slideTextScales[0]) {
            SequenceLayoutOptions o = m_layout.options;
            o.width = slideDiagramWidth(textScale);
            o.lifelineSpacing = o.width;
            m_layout = layoutSequence(m_trace, o);
            hideLabelsInFlight(m_layout, m_options.playhead);
            m_slideLayouts.clear();
            m_slides = SlideGeometry();
        }
        const SlideFlaw flaw = planSlidesAt(textScale);
        if (flaw == SlideFlaw::None)
            return;
        if (!largest)
            largest = Plan{m_layout, m_slideLayouts, m_slides};
        if (flaw == SlideFlaw::ForcedCut && !noScrap)
            noScrap = Plan{m_layout, m_slideLayouts, m_slides};
    }
    Plan &chosen = noScrap ? *noScrap : *largest;
    m_layout = std::move(chosen.layout);
    m_slideLayouts = std::move(chosen.slideLayouts);
    m_slides = std::move(chosen.slides);
}

DiagramExporter::SlideFlaw DiagramExporter::planSlidesAt(double textScale)
{
    // One text size on every slide, so labels keep their size from slide to slide: the
    // lifelines spread over the slide's width at textScale (smaller only when they do not
    // fit). A slide begins and ends between two moments of the run, where no arrow (nor
    // its label) is cut; it holds the most whole exchanges that fit at the least scale,
    // and is then drawn at the largest scale that still fits, so it fills its height.
    SlideGeometry &g = m_slides;
    const QSizeF slide = slideSize();
    g.scale = std::min(textScale, (slide.width() - 2 * slideMargin) / m_layout.size.width());
    const double titleBand = QFontMetricsF(slideTitleFont()).height() + slideGap;
    g.diagramTop = slideMargin + titleBand + slideGap;
    const double footer = (legendHeight() + captionHeight(m_layout.size.width())) * g.scale;
    g.contentHeight = std::max(40.0, (slide.height() - g.diagramTop - footer - slideMargin) / g.scale
                                         - m_layout.headerHeight);
    spaceTicksFor(m_layout, g.scale);

    // A place between moments is named by how many moments of the range lie above it, so
    // the same place is found in the layout of every scale (a slide's last row at one
    // scale and the next slide's first row at another part the run between the same two
    // events). Labels take more or less room at other scales: a place may be a cut in
    // some layouts only.
    QList<SimTime> moments;
    for (int index : stepEvents())
        moments.append(m_trace.events[index].time);
    auto eventsBefore = [&moments](SimTime t) {
        return qsizetype(std::upper_bound(moments.cbegin(), moments.cend(), t) - moments.cbegin());
    };
    constexpr qsizetype rangeStart = -1;
    constexpr qsizetype rangeEnd = std::numeric_limits<qsizetype>::max();
    struct Stretch {
        int layout = -1;                 // index into m_slideLayouts; -1: m_layout
        QHash<qsizetype, double> cutAt;  // place → row of that layout
    };
    std::map<int, Stretch> stretches;    // by stretch steps; 0: the least scale
    auto stretch = [&](int steps) -> const Stretch & {
        if (const auto it = stretches.find(steps); it != stretches.end())
            return it->second;
        Stretch s;
        if (steps != 0) {
            SequenceLayoutOptions o = m_layout.options;
            o.pixelsPerMs *= std::exp2(double(steps) / slideStretchStepsPerDoubling);
            SequenceLayout layout = layoutSequence(m_trace, o);
            hideLabelsInFlight(layout, m_options.playhead);
            spaceTicksFor(layout, g.scale);
            m_slideLayouts.append(std::move(layout));
            s.layout = int(m_slideLayouts.size()) - 1;
        }
        const SequenceLayout &layout = s.layout < 0 ? m_layout : m_slideLayouts[s.layout];
        for (double cut : cutCandidates(layout)) {
            const qsizetype place = eventsBefore(layout.axis.yToTime(cut));
            // The run's quiet end stays with its last moment.
            if (place > 0 && place < moments.size() && !s.cutAt.contains(place))
                s.cutAt.insert(place, cut);
        }
        return stretches.emplace(steps, std::move(s)).first->second;
    };
    auto layoutOf = [this](const Stretch &s) -> const SequenceLayout & {
        return s.layout < 0 ? m_layout : m_slideLayouts[s.layout];
    };
    auto rowAt = [&](int steps, qsizetype place) {
        const Stretch &s = stretch(steps);
        const Region r = regionIn(layoutOf(s));
        if (place == rangeStart)
            return r.y0;
        if (place == rangeEnd)
            return r.y1;
        return s.cutAt.value(place, std::numeric_limits<double>::quiet_NaN());
    };
    // Rows the stretch between two places takes at a scale; NaN where either is no cut.
    auto heightAt = [&](int steps, qsizetype from, qsizetype to) {
        const double top = rowAt(steps, from);
        const double bottom = rowAt(steps, to);
        return bottom > top ? bottom - top : std::numeric_limits<double>::quiet_NaN();
    };
    auto fitsAt = [&](int steps, qsizetype from, qsizetype to) {
        const double h = heightAt(steps, from, to);
        return !std::isnan(h) && h <= g.contentHeight;
    };
    // At the least scale, or (an exchange taller than a slide at it) at half of it.
    auto fits = [&](qsizetype from, qsizetype to) {
        return fitsAt(0, from, to) || fitsAt(slideMinStretchSteps, from, to);
    };

    // The places, in order, where a slide may end.
    QList<qsizetype> places;
    for (int steps : {0, slideMinStretchSteps}) {
        for (auto it = stretch(steps).cutAt.cbegin(); it != stretch(steps).cutAt.cend(); ++it)
            places.append(it.key());
    }
    std::sort(places.begin(), places.end());
    places.erase(std::unique(places.begin(), places.end()), places.end());
    places.append(rangeEnd);

    struct Part {
        qsizetype from = rangeStart;
        qsizetype to = rangeEnd;
        bool forced = false; // taller than a slide at every scale: cut where slides end
    };
    QList<Part> parts;
    for (qsizetype from = rangeStart; from != rangeEnd;) {
        auto next = std::upper_bound(places.cbegin(), places.cend(), from);
        qsizetype to = from;
        for (auto it = next; it != places.cend(); ++it) {
            if (fits(from, *it)) {
                to = *it;
                continue;
            }
            // Longer stretches are taller still.
            const double h0 = heightAt(0, from, *it);
            const double hMin = heightAt(slideMinStretchSteps, from, *it);
            if ((!std::isnan(h0) && h0 > g.contentHeight) || (!std::isnan(hMin) && hMin > g.contentHeight))
                break;
        }
        if (to == from) {
            // Up to the next place either scale can cut at.
            to = rangeEnd;
            for (auto it = next; it != places.cend(); ++it) {
                if (!std::isnan(heightAt(0, from, *it)) || !std::isnan(heightAt(slideMinStretchSteps, from, *it))) {
                    to = *it;
                    break;
                }
            }
            parts.append({from, to, true});
        } else {
            parts.append({from, to, false});
        }
        from = to;
    }

    // The largest scale at which a part fits, and how full its slide is then.
    struct Fill {
        int steps = 0;
        double share = 0;
    };
    auto bestFill = [&](qsizetype from, qsizetype to) {
        // A first guess from the least scale: folded stretches and held instants keep
        // their height at any scale, only the rest grows; then up while the next fits.
        int steps = fitsAt(0, from, to) ? 0 : slideMinStretchSteps;
        const double y0 = rowAt(steps, from);
        const double y1 = rowAt(steps, to);
        const SequenceLayout &layout = layoutOf(stretch(steps));
        double fixed = 0;
        for (const TimeAxis::Piece &piece : layout.axis.pieces()) {
            if (piece.kind != TimeAxis::PieceKind::Linear)
                fixed += std::max(0.0, std::min(piece.y1, y1) - std::max(piece.y0, y0));
        }
        const double grow = std::max(1e-3, g.contentHeight - fixed) / std::max(1.0, y1 - y0 - fixed);
        int guess = std::clamp(steps + int(std::floor(std::log2(grow) * slideStretchStepsPerDoubling)),
                               steps, slideMaxStretchSteps);
        while (guess > steps && !fitsAt(guess, from, to))
            --guess;
        while (guess < slideMaxStretchSteps && fitsAt(guess + 1, from, to))
            ++guess;
        return Fill{guess, heightAt(guess, from, to) / g.contentHeight};
    };

    // An exchange taller than a slide at every scale fills a whole number of slides: it is
    // drawn at the largest scale at which it takes no more of them than at the least.
    struct Forced {
        int steps = 0;
        double height = 0;
    };
    auto forcedFill = [&](qsizetype from, qsizetype to) {
        const double h0 = heightAt(0, from, to);
        const double hMin = heightAt(slideMinStretchSteps, from, to);
        Forced least = std::isnan(h0) || (!std::isnan(hMin) && hMin < h0) ? Forced{slideMinStretchSteps, hMin}
                                                                          : Forced{0, h0};
        const double room = std::ceil(least.height / g.contentHeight - 1e-6) * g.contentHeight;
        int guess = std::clamp(least.steps + int(std::floor(std::log2(room / least.height) * slideStretchStepsPerDoubling)),
                               least.steps, slideMaxStretchSteps);
        auto fitsRoom = [&](int steps) {
            const double h = heightAt(steps, from, to);
            return !std::isnan(h) && h <= room;
        };
        while (guess > least.steps && !fitsRoom(guess))
            --guess;
        while (guess < slideMaxStretchSteps && fitsRoom(guess + 1))
            ++guess;
        return guess == least.steps ? least : Forced{guess, heightAt(guess, from, to)};
    };

    // A slide with only a scrap on it (a run's final moment after a folded minute, the
    // first SYN before an exchange too tall to share its slide) joins its neighbour where
    // both fit on one, or where the neighbour fills slides of its own anyway; else the two
    // share their exchanges out as evenly as the places allow.
    auto shareOf = [&](const Part &part) {
        if (part.forced) {
            const double h = forcedFill(part.from, part.to).height;
            const double slides = std::ceil(h / g.contentHeight - 1e-6);
            return (h - (slides - 1) * g.contentHeight) / g.contentHeight; // its last slide
        }
        return bestFill(part.from, part.to).share;
    };
    for (bool changed = true; changed && parts.size() > 1;) {
        changed = false;
        for (qsizetype i = 0; i < parts.size() && !changed; ++i) {
            if (parts[i].forced || shareOf(parts[i]) >= slideScrap)
                continue;
            for (qsizetype j : {i + 1, i - 1}) {
                if (j < 0 || j >= parts.size())
                    continue;
                const qsizetype first = std::min(i, j);
                Part joined{parts[first].from, parts[first + 1].to, false};
                if (fits(joined.from, joined.to))
                    joined.forced = false;
                else if (parts[j].forced)
                    joined.forced = true;
                else
                    continue;
                parts[first] = joined;
                parts.removeAt(first + 1);
                changed = true;
                break;
            }
            if (changed)
                break;
            // Share out with a neighbour that is not forced.
            for (qsizetype j : {i - 1, i + 1}) {
                if (j < 0 || j >= parts.size() || parts[j].forced)
                    continue;
                const qsizetype first = std::min(i, j);
                const qsizetype from = parts[first].from;
                const qsizetype to = parts[first + 1].to;
                double bestShare = std::min(shareOf(parts[first]), shareOf(parts[first + 1]));
                for (auto it = std::upper_bound(places.cbegin(), places.cend(), from);
                     it != places.cend() && *it < to; ++it) {
                    if (!fits(from, *it) || !fits(*it, to))
                        continue;
                    const double share = std::min(bestFill(from, *it).share, bestFill(*it, to).share);
                    if (share > bestShare + 0.01) {
                        bestShare = share;
                        parts[first].to = *it;
                        parts[first + 1].from = *it;
                    }
                }
            }
        }
    }

    bool scrap = false;
    for (const Part &part : std::as_const(parts)) {
        if (part.forced) {
            // Cut where each slide is full (the one case an arrow is split across slides).
            const int steps = forcedFill(part.from, part.to).steps;
            const Stretch &s = stretch(steps);
            const double y0 = rowAt(steps, part.from);
            const double y1 = rowAt(steps, part.to);
            for (double top = y0; top < y1 - 0.5; top += g.contentHeight) {
                g.pages.append(SlidePage{s.layout, top, std::min(y1, top + g.contentHeight)});
                g.breaks.append(m_layout.axis.timeToY(layoutOf(s).axis.yToTime(top)));
            }
        } else {
            const Fill fill = bestFill(part.from, part.to);
            const Stretch &s = stretch(fill.steps);
            g.pages.append(SlidePage{s.layout, rowAt(fill.steps, part.from), rowAt(fill.steps, part.to)});
            // Where the slide begins in the least scale's rows (for pageBreaks()).
            const double least = rowAt(0, part.from);
            g.breaks.append(std::isnan(least) ? m_layout.axis.timeToY(layoutOf(s).axis.yToTime(g.pages.last().y0))
                                              : least);
        }
        const SlidePage &page = g.pages.last();
        scrap = scrap || (parts.size() > 1 && page.y1 - page.y0 < slideScrap * g.contentHeight);
    }
    g.breaks.append(regionIn(m_layout).y1);
    if (scrap)
        return SlideFlaw::Scrap;
    const bool forced = std::any_of(parts.cbegin(), parts.cend(), [](const Part &part) { return part.forced; });
    return forced ? SlideFlaw::ForcedCut : SlideFlaw::None;
}

const SequenceLayout &DiagramExporter::slideLayout(int index) const
{
    const int layout = m_slides.pages.value(index).layout;
    return layout < 0 ? m_layout : m_slideLayouts[layout];
}

std::pair<double, double> DiagramExporter::slideRows(int index) const
{
    const SlidePage page = m_slides.pages.value(index);
    return {page.y0, page.y1};
}

QFont DiagramExporter::slideTitleFont() const
{
    QFont f = sequenceHeaderFont(m_layout.options.font);
    if (f.pointSizeF() > 0)
        f.setPointSizeF(f.pointSizeF() * 1.4);
    else if (f.pixelSize() > 0)
        f.setPixelSize(int(f.pixelSize() * 1.4));
    return f;
}

int DiagramExporter::slideCount() const
{
    return int(m_slides.pages.size());
}

void DiagramExporter::paintSlide(QPainter *p, int index) const
{
    const SlideGeometry &g = m_slides;
    const QSizeF slide = slideSize();
    const int count = slideCount();
    p->fillRect(QRectF(QPointF(0, 0), slide), Qt::white);
    p->setRenderHint(QPainter::Antialiasing);
    p->setRenderHint(QPainter::TextAntialiasing);
    // Title band: the scenario's title on the left, "3 / 7" on the right.
    const QFont titleFont = slideTitleFont();
    const double band = QFontMetricsF(titleFont).height();
    p->setFont(titleFont);
    p->setPen(QColor(0x22, 0x22, 0x22));
    const QString number = tr("%1 / %2").arg(index + 1).arg(count);
    const double numberWidth = QFontMetricsF(titleFont).horizontalAdvance(number) + slideGap;
    const QRectF titleRect(slideMargin, slideMargin, slide.width() - 2 * slideMargin - numberWidth, band);
    p->drawText(titleRect, Qt::AlignLeft | Qt::AlignVCenter,
                QFontMetricsF(titleFont).elidedText(m_options.title, Qt::ElideRight, titleRect.width()));
    p->setPen(HostPalette::gridText());
    p->drawText(QRectF(slideMargin, slideMargin, slide.width() - 2 * slideMargin, band),
                Qt::AlignRight | Qt::AlignVCenter, number);
    p->setPen(QPen(QColor(0xcc, 0xcc, 0xcc), 1));
    const double ruleY = slideMargin + band + slideGap / 2;
    p->drawLine(QPointF(slideMargin, ruleY), QPointF(slide.width() - slideMargin, ruleY));

    const SequenceLayout &layout = slideLayout(index);
    const SlidePage &page = g.pages[index];
    p->save();
    p->translate((slide.width() - layout.size.width() * g.scale) / 2, g.diagramTop);
    p->scale(g.scale, g.scale);
    paintSlice(p, layout, 0, page.y0, page.y1, m_options.playhead, false); // on the white slide
    const double sliceHeight = layout.headerHeight + (page.y1 - page.y0);
    paintLegend(p, sliceHeight, layout.size.width());
    paintCaption(p, sliceHeight + legendHeight(), layout.size.width());
    p->restore();
}

ImageFileWriter DiagramExporter::slideWriter(int first, int count) const
{
    ImageFileWriter slides(slideSize(), [this, first](QPainter *p, int page) {
        paintSlide(p, first + page);
    });
    slides.setPdfPages(QPageSize(slideSize(), QPageSize::Point, QString(), QPageSize::ExactMatch), count);
    slides.setScale(2); // 960 × 540 points → 1920 × 1080 pixels
    // A slide paints its own white paper first: the writer need not fill it as well.
    slides.setPaper(ImageFileWriter::Paper::PaintedByPicture);
    slides.setTitle(m_options.title);
    return slides;
}

QString DiagramExporter::slideFilePath(const QString &path, int index, int count)
{
    const QFileInfo info(path);
    const int digits = std::max(2, int(QString::number(count).size()));
    const QString name = QStringLiteral("%1-%2.%3")
                             .arg(info.completeBaseName())
                             .arg(index + 1, digits, 10, QLatin1Char('0'))
                             .arg(info.suffix());
    return info.dir().filePath(name);
}

bool DiagramExporter::writeSlides(const QString &path, QStringList *written, QString *error) const
{
    const auto format = ImageFileWriter::formatForPath(path, error);
    if (!format)
        return false;
    if (isRangeEmpty()) {
        *error = tr("Nothing to export: the chosen time range contains no events.");
        return false;
    }
    const int count = slideCount();
    if (*format == ExportFormat::Pdf) {
        if (!slideWriter(0, count).write(path, *format, error))
            return false;
        if (written)
            written->append(path);
        return true;
    }
    // One file per slide, each painted and encoded on its own: the slides are shared out
    // among the threads of Qt's global pool (each keeps its band image from slide to slide,
    // see ImageFileWriter::encodePng), while this thread waits. On a thread of that pool
    // already, one after the other (waiting there for the pool could wait forever).
    QStringList files;
    for (int i = 0; i < count; ++i)
        files.append(slideFilePath(path, i, count));
    QStringList errors(count);
    std::atomic<bool> failed = false;
    auto writeSlide = [&](int i) {
        if (failed)
            return;
        if (!slideWriter(i, 1).write(files[i], *format, &errors[i]))
            failed = true;
    };
    QThreadPool *pool = QThreadPool::globalInstance();
    if (pool->contains(QThread::currentThread()) || pool->maxThreadCount() < 2) {
        for (int i = 0; i < count && !failed; ++i)
            writeSlide(i);
    } else {
        QSemaphore done;
        for (int i = 0; i < count; ++i) {
            pool->start([&, i] {
                writeSlide(i);
                done.release();
            });
        }
        done.acquire(count);
    }
    // The first slide that failed says why (ImageFileWriter::write always does).
    for (int i = 0; i < count; ++i) {
        if (!errors[i].isEmpty()) {
            *error = errors[i];
            return false;
        }
    }
    if (written)
        written->append(files);
    return true;
}

bool DiagramExporter::write(const QString &path, QString *error) const
{
    const auto format = ImageFileWriter::formatForPath(path, error);
    if (!format)
        return false;
    if (isRangeEmpty()) {
        *error = tr("Nothing to export: the chosen time range contains no events.");
        return false;
    }
    return writer(*format).write(path, *format, error);
}

QList<int> DiagramExporter::stepEvents() const
{
    // A step is one moment at which something happens: all events at the same instant
    // form one step, as when stepping through playback.
    QList<int> steps;
    SimTime last = -1;
    for (int i = 0; i < m_trace.events.size(); ++i) {
        const SimTime t = m_trace.events[i].time;
        if (m_options.from >= 0 && t < m_options.from)
            continue;
        if (m_options.to >= 0 && t > m_options.to)
            break;
        if (t != last)
            steps.append(i);
        last = t;
    }
    return steps;
}

bool DiagramExporter::writeSteps(const QString &directory, QStringList *written, QString *error) const
{
    const QDir dir(directory);
    if (!dir.exists()) {
        *error = tr("Cannot export steps: the folder \"%1\" does not exist.")
                     .arg(QDir::toNativeSeparators(directory));
        return false;
    }
    const QList<int> steps = stepEvents();
    if (steps.isEmpty()) {
        *error = tr("Nothing to export: the chosen time range contains no events.");
        return false;
    }
    const int digits = std::max(2, int(QString::number(steps.size()).size()));
    // Every step leaves room for the longest caption, so the images line up as slides.
    double captionRoom = 0;
    for (int index : steps) {
        captionRoom = std::max(captionRoom, captionHeightOf(m_stepCaptions.value(m_trace.events[index].time),
                                                            m_layout.size.width()));
    }
    for (int n = 0; n < steps.size(); ++n) {
        DiagramExportOptions stepOptions = m_options;
        stepOptions.playhead = m_trace.events[steps[n]].time;
        stepOptions.caption = m_stepCaptions.value(stepOptions.playhead);
        stepOptions.preset = ExportPreset::Standard;
        // Each step shows the diagram up to its moment, at the same size as every other
        // step, so the images line up as slides.
        DiagramExporter step(m_trace, m_layout.options, stepOptions);
        step.m_captionHeight = captionRoom;
        const QString path = dir.filePath(
            QStringLiteral("step-%1.png").arg(n + 1, digits, 10, QLatin1Char('0')));
        if (!step.write(path, error))
            return false;
        if (written)
            written->append(path);
    }
    return true;
}

} // namespace tcplab
