#include "export/diagram_export.h"
#include "export/diagram_export_shared.h"

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

namespace exportshared {

double slideDiagramArea(bool captionBeside)
{
    return DiagramExporter::slideSize().width() - (captionBeside ? slideCaptionColumn + slideCaptionGap : 0);
}

double slideDiagramWidth(double textScale, bool captionBeside)
{
    return (slideDiagramArea(captionBeside) - 2 * slideMargin) / textScale;
}

QString stepFileName(qsizetype index, qsizetype count)
{
    const int digits = std::max(2, int(QString::number(count).size()));
    return QStringLiteral("step-%1.png").arg(index + 1, digits, 10, QLatin1Char('0'));
}

void hideLabelsInFlight(SequenceLayout &layout, SimTime playhead)
{
    for (ArrowGeometry &a : layout.arrows) {
        if (a.sentAt <= playhead && a.endsAt > playhead) {
            a.clearLabel();
        }
    }
}

void spaceTicksFor(SequenceLayout &layout, double drawnScale)
{
    if (drawnScale >= 1 || drawnScale <= 0)
        return;
    layout.tickStep = std::max(layout.tickStep, TimeAxis::tickStep(layout.axis.pixelsPerMs(),
                                                                   TimeAxis::minimumTickSpacing / drawnScale));
}

} // namespace exportshared

using namespace exportshared;

namespace {
constexpr double pageMargin = 36;    // PDF page margins, points (half an inch)
constexpr double titlePadding = 12;

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
        o.width = slideDiagramWidth(slideTextScales[0], e.captionBeside);
        o.lifelineSpacing = o.width;
        // A folded stretch is a slim band: on a slide its length is all it has to say. Its
        // text and the zigzag edges above and below it still fit (a Chinese face has taller
        // lines).
        const double line = QFontMetricsF(sequenceAnnotationFont(o.font)).lineSpacing();
        o.breakHeight = std::min(o.breakHeight, std::ceil(line + 20));
    }
    return o;
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
    // The last moment's row is as tall as its hold, and the arrows that end by then (with
    // their labels) end below its top where several arrive at once.
    if (m_options.preset == ExportPreset::Slides && m_lastMoment >= 0) {
        const double moment = layout.axis.timeToY(m_lastMoment);
        double end = moment + layout.axis.holdAt(m_lastMoment) + rangeMargin;
        for (int i : layout.arrowIndex.query(moment, r.y1)) {
            if (layout.arrows[i].endsAt <= m_lastMoment)
                end = std::max(end, layout.arrows[i].maxY);
        }
        r.y1 = std::min(r.y1, end);
    }
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
                                 double y1, SimTime playhead, bool background, SimTime arrowsAfter,
                                 SimTime arrowsBefore) const
{
    const double width = layout.size.width();
    const double header = layout.headerHeight;
    SequencePaintState state;
    state.playhead = playhead;
    state.futureMode = FutureMode::Hidden;
    state.paintBackground = background;
    state.stickyHeaders = false;
    state.arrowsAfter = arrowsAfter;
    state.arrowsBefore = arrowsBefore;

    // The slice's content below the header band, clipped so nothing of the neighbouring
    // slices (previous page, outside the range) shows. Clipped above and below only: the
    // axis' tick texts may reach left of the diagram (a slide spaces its ticks anew and
    // has room for them beside it, see placeSlideDiagrams()).
    // A PNG is painted a band of rows at a time, each band clipped (ImageFileWriter): only
    // what meets the band is painted, as on screen, where a frame costs what is visible.
    auto withinClip = [p](const QRectF &rect) {
        return p->hasClipping() ? rect & p->clipBoundingRect() : rect;
    };
    p->save();
    p->translate(0, top + header - y0);
    const QRectF content(0, y0, width, y1 - y0);
    if (const QRectF visible = withinClip(content); !visible.isEmpty()) {
        p->setClipRect(QRectF(-width, y0, 3 * width, y1 - y0), Qt::IntersectClip);
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
    if (m_options.preset == ExportPreset::Slides)
        return writeSlideSteps(directory, steps, written, error);
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
        const QString path = dir.filePath(stepFileName(n, steps.size()));
        if (!step.write(path, error))
            return false;
        if (written)
            written->append(path);
    }
    return true;
}

} // namespace tcplab
