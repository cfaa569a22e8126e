// The slide preset: the text sizes tried, where each slide's diagram goes, how each slide
// is painted (with the tags of arrows continued across slides) and written. Where a run is
// cut into 1920×1080 slides (between moments, at hinge moments, or across arrows marked as
// continued) is SlidePlanner's (slide_planner.cpp); the rest of DiagramExporter is in
// diagram_export.cpp.
#include "export/diagram_export.h"
#include "export/diagram_export_shared.h"
#include "export/slide_planner.h"

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
#include <array>
#include <atomic>
#include <optional>
#include <cmath>

namespace tcplab {

using namespace exportshared;


void DiagramExporter::planSlides()
{
    // Every text size is planned, and the deck with the fewest slides is taken: a larger
    // text that only spreads the run over more slides (a handshake whose labels make it a
    // little taller than a slide, split at a hinge) is not worth a longer deck. Of decks
    // as long, the one that cuts no exchange across slides, then the one without a scrap,
    // then the larger text.
    struct Plan {
        SequenceLayout layout;
        QList<SequenceLayout> slideLayouts;
        SlideGeometry slides;
        std::tuple<qsizetype, bool, bool, double> rank; // less is better
    };
    constexpr qsizetype sizes = std::size(slideTextScales);
    // A plan fills m_layout, m_slideLayouts and m_slides: each text size but the first is
    // planned on a copy of the exporter, on a thread of Qt's global pool where one is free,
    // while this thread plans the first (the two take about as long: a 1,000-segment run
    // lays itself out some 45 times for them).
    std::array<std::optional<Plan>, sizes> plans;
    const SequenceLayoutOptions options = m_layout.options; // read here: this thread's plan moves m_layout
    auto plan = [this, &plans, &options](DiagramExporter &on, qsizetype size) {
        const double textScale = slideTextScales[size];
        if (size != 0) {
            SequenceLayoutOptions o = options;
            o.width = slideDiagramWidth(textScale, m_options.captionBeside);
            o.lifelineSpacing = o.width;
            on.m_layout = layoutSequence(m_trace, o);
            hideLabelsInFlight(on.m_layout, m_options.playhead);
        }
        on.m_slideLayouts.clear();
        on.m_slides = SlideGeometry();
        const SlideFlaw flaw = on.planSlidesAt(textScale);
        const std::tuple<qsizetype, bool, bool, double> rank{on.m_slides.pages.size(), flaw == SlideFlaw::ForcedCut,
                                                              flaw == SlideFlaw::Scrap, -textScale};
        plans[size] = Plan{std::move(on.m_layout), std::move(on.m_slideLayouts), std::move(on.m_slides), rank};
    };
    std::vector<DiagramExporter> copies(sizes - 1, *this);
    QThreadPool *pool = QThreadPool::globalInstance();
    // On a thread of that pool already, one after the other (waiting there for the pool
    // could wait forever).
    const bool alongside = !pool->contains(QThread::currentThread());
    QSemaphore done;
    int started = 0;
    for (qsizetype size = 1; size < sizes; ++size) {
        if (alongside && pool->tryStart([&, size] {
                plan(copies[size - 1], size);
                done.release();
            }))
            ++started;
    }
    plan(*this, 0);
    done.acquire(started);
    for (qsizetype size = 1; size < sizes; ++size) {
        if (!plans[size]) // no thread was free for it
            plan(copies[size - 1], size);
    }
    qsizetype best = 0;
    for (qsizetype size = 1; size < sizes; ++size) {
        if (plans[size]->rank < plans[best]->rank)
            best = size;
    }
    m_layout = std::move(plans[best]->layout);
    m_slideLayouts = std::move(plans[best]->slideLayouts);
    m_slides = std::move(plans[best]->slides);
    placeSlideDiagrams();
}

void DiagramExporter::placeSlideDiagrams()
{
    // The diagram is centred on its slide, and spans the slide between its margins; the
    // axis' tick texts are right-aligned to the axis and may reach further left than the
    // layout measured (a slide spaces its ticks anew, and a long run's ticks say "2 h 11 min
    // 15.35 s"). Every slide of the deck is then moved right by as much as the widest such
    // text needs to stay inside the slide, as far as the deck's texts leave room on the
    // right: the lifelines keep their place from slide to slide.
    SlideGeometry &g = m_slides;
    const double slideWidth = slideDiagramArea(m_options.captionBeside);
    double needed = 0;
    double rightmost = 0;
    for (int i = 0; i < slideCount(); ++i) {
        const SequenceLayout &layout = slideLayout(i);
        const SlidePage &page = g.pages[i];
        const QFontMetricsF fm(sequenceAnnotationFont(layout.options.font));
        const double left = (slideWidth - layout.size.width() * g.scale) / 2;
        for (const AxisTick &tick : layout.ticks(page.y0 - fm.height(), page.y1 + fm.height())) {
            const double textLeft = left + (tickTextRight(layout) - fm.horizontalAdvance(tick.text)) * g.scale;
            needed = std::max(needed, slideTextInset - textLeft);
        }
        double right = 0;
        for (const LifelineGeometry &l : layout.lifelines)
            right = std::max(right, l.headerRect.right());
        for (int a : layout.arrowIndex.query(page.y0, page.y1))
            right = std::max(right, layout.arrows[a].labelPolygon().boundingRect().right());
        for (const StateBandGeometry &b : layout.stateBands)
            right = std::max(right, b.textRect.right());
        for (const TimerBracketGeometry &t : layout.timers)
            right = std::max(right, t.textRect.right());
        rightmost = std::max(rightmost, left + right * g.scale);
    }
    g.shift = std::clamp(needed, 0.0, std::max(0.0, slideWidth - slideTextInset - rightmost));
}

double DiagramExporter::tickTextRight(const SequenceLayout &layout)
{
    // As SequencePainter sets them: 4 left of the axis' right edge is the axis line, a
    // 4-long tick and 6 of room left of that.
    return layout.timeAxisWidth - 10;
}

QPointF DiagramExporter::slideDiagramOrigin(int index) const
{
    const double width = slideLayout(index).size.width() * m_slides.scale;
    return {(slideDiagramArea(m_options.captionBeside) - width) / 2 + m_slides.shift, m_slides.diagramTop};
}

DiagramExporter::SlideFlaw DiagramExporter::planSlidesAt(double textScale)
{
    return SlidePlanner(*this, textScale).plan();
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

DiagramExporter::SlideEdge DiagramExporter::slideEnd(int index) const
{
    if (index < 0 || index + 1 >= slideCount())
        return SlideEdge::RangeEnd; // before the first slide: where the range begins
    const SlidePage &page = m_slides.pages[index];
    if (page.hingeBelow >= 0)
        return SlideEdge::Hinge;
    return page.cutBelow ? SlideEdge::Cut : SlideEdge::Gap;
}

SimTime DiagramExporter::slideHinge(int index) const
{
    return m_slides.pages.value(index).hingeBelow;
}

bool DiagramExporter::slideShowsArrow(int index, const ArrowGeometry &arrow) const
{
    const SlidePage page = m_slides.pages.value(index);
    SequencePaintState state;
    if (page.hingeAbove >= 0)
        state.arrowsAfter = page.hingeAbove;
    if (page.hingeBelow >= 0)
        state.arrowsBefore = page.hingeBelow;
    return SequencePainter::showsArrow(state, arrow);
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
    const QString number = m_stepNumber > 0 ? tr("%1 / %2").arg(m_stepNumber).arg(m_stepCount)
                                            : tr("%1 / %2").arg(index + 1).arg(count);
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
    p->translate(slideDiagramOrigin(index));
    p->scale(g.scale, g.scale);
    // On the white slide; beside a hinge, the arrows on this slide's side of it.
    paintSlice(p, layout, 0, page.y0, page.y1, m_options.playhead, false,
               page.hingeAbove >= 0 ? page.hingeAbove : std::numeric_limits<SimTime>::min(),
               page.hingeBelow >= 0 ? page.hingeBelow : std::numeric_limits<SimTime>::max());
    paintContinuations(p, index);
    const double sliceHeight = layout.headerHeight + (page.y1 - page.y0);
    paintLegend(p, sliceHeight, layout.size.width());
    if (!m_options.captionBeside)
        paintCaption(p, sliceHeight + legendHeight(), layout.size.width());
    p->restore();
    if (m_options.captionBeside)
        paintCaptionBeside(p);
}

void DiagramExporter::paintCaptionBeside(QPainter *p) const
{
    if (m_options.caption.isEmpty())
        return;
    const QSizeF slide = slideSize();
    const QRectF column(slide.width() - slideMargin - slideCaptionColumn, m_slides.diagramTop, slideCaptionColumn,
                        slide.height() - slideMargin - m_slides.diagramTop);
    p->save();
    p->setPen(Qt::NoPen);
    p->setBrush(QColor(0xf4, 0xf4, 0xf4));
    SequencePainter::drawRoundedBox(p, column, 6);
    // The caption's text at the diagram's text size, smaller only as far as a long
    // narration needs to fit its column.
    constexpr double padding = 12;
    const QRectF text = column.adjusted(padding, padding, -padding, -padding);
    QFont font = captionFont();
    const double full = font.pointSizeF() > 0 ? font.pointSizeF() * m_slides.scale : 0;
    for (double size = full; size > 0; size *= 0.92) {
        font.setPointSizeF(size);
        const QRectF needed = QFontMetricsF(font).boundingRect(QRectF(0, 0, text.width(), 1e6), Qt::TextWordWrap,
                                                               m_options.caption);
        if (needed.height() <= text.height() || size < full * 0.5)
            break;
    }
    p->setFont(font);
    p->setPen(QColor(0x22, 0x22, 0x22));
    p->drawText(text, Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, m_options.caption);
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
    slides.setPngBands(ImageFileWriter::PngBands::WholePicture);
    slides.setTitle(m_options.title);
    return slides;
}

int DiagramExporter::slideOfMoment(SimTime time) const
{
    // m_slides.breaks: the rows of m_layout where the slides begin, then the end. A hinge
    // moment is the last row of one slide and the first of the next: the first has the
    // arrows that arrive then.
    const double row = m_layout.axis.timeToY(time);
    const QList<double> &breaks = m_slides.breaks;
    for (int i = 0; i + 1 < breaks.size(); ++i) {
        if (row <= breaks[i + 1] + 0.5)
            return i;
    }
    return std::max(0, slideCount() - 1);
}

bool DiagramExporter::writeSlideSteps(const QString &directory, const QList<int> &steps, QStringList *written,
                                      QString *error) const
{
    const QDir dir(directory);
    QStringList captions;
    for (int index : steps)
        captions.append(m_stepCaptions.value(m_trace.events[index].time));
    // The deck every step is drawn on: the whole run's slides, with a column beside the
    // diagram for the captions (as high as the slide: a long narration does not squeeze
    // the diagram, and every step of a slide shows the same stretch of the run).
    DiagramExportOptions deckOptions = m_options;
    deckOptions.playhead = std::numeric_limits<SimTime>::max();
    deckOptions.caption.clear();
    deckOptions.captionBeside =
        std::any_of(captions.cbegin(), captions.cend(), [](const QString &c) { return !c.isEmpty(); });
    const DiagramExporter deck(m_trace, m_layout.options, deckOptions);
    for (qsizetype n = 0; n < steps.size(); ++n) {
        const SimTime moment = m_trace.events[steps[n]].time;
        const int slide = deck.slideOfMoment(moment);
        // The deck's slide up to the step's moment: a copy that shares the deck's layouts
        // but for the one drawn, whose arrows in flight lose their labels (as in a step
        // image of the whole diagram: a label beside nothing would say what is to come).
        DiagramExporter step = deck;
        step.m_options.playhead = moment;
        step.m_options.caption = captions[n];
        step.m_stepNumber = int(n) + 1;
        step.m_stepCount = int(steps.size());
        const int layout = step.m_slides.pages[slide].layout;
        hideLabelsInFlight(layout < 0 ? step.m_layout : step.m_slideLayouts[layout], moment);
        const QString path = dir.filePath(stepFileName(n, steps.size()));
        if (!step.slideWriter(slide, 1).write(path, ExportFormat::Png, error))
            return false;
        if (written)
            written->append(path);
    }
    return true;
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

} // namespace tcplab
