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

namespace {
// Whether two convex polygons share more than an edge (the separating axis test: the
// labels are rotated boxes, the texts and tags upright ones; QPolygonF::intersects goes
// through QPainterPath and costs a hundred times as much).
bool convexOverlap(const QPolygonF &a, const QPolygonF &b)
{
    auto separated = [](const QPolygonF &edges, const QPolygonF &other, const QPolygonF &self) {
        for (qsizetype i = 0; i < edges.size(); ++i) {
            const QPointF p = edges[i];
            const QPointF q = edges[(i + 1) % edges.size()];
            const QPointF normal(q.y() - p.y(), p.x() - q.x());
            if (normal.isNull())
                continue;
            auto range = [&normal](const QPolygonF &poly) {
                double lo = std::numeric_limits<double>::max();
                double hi = std::numeric_limits<double>::lowest();
                for (const QPointF &v : poly) {
                    const double d = QPointF::dotProduct(v, normal);
                    lo = std::min(lo, d);
                    hi = std::max(hi, d);
                }
                return std::make_pair(lo, hi);
            };
            const auto [lo1, hi1] = range(self);
            const auto [lo2, hi2] = range(other);
            if (hi1 <= lo2 || hi2 <= lo1)
                return true;
        }
        return false;
    };
    if (a.size() < 3 || b.size() < 3)
        return false;
    return !separated(a, b, a) && !separated(b, a, b);
}

} // namespace

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
            o.width = slideDiagramWidth(textScale);
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
    const double slideWidth = slideSize().width();
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
            right = std::max(right, layout.arrows[a].labelPolygon.boundingRect().right());
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
    return {(slideSize().width() - width) / 2 + m_slides.shift, m_slides.diagramTop};
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

QList<DiagramExporter::Continuation> DiagramExporter::slideContinuations(int index) const
{
    QList<Continuation> marks;
    if (index < 0 || index >= slideCount())
        return marks;
    const SlidePage &page = m_slides.pages[index];
    const SequenceLayout &layout = slideLayout(index);
    auto crossing = [&](double edge, Qt::Edge side, int other) {
        for (int i : layout.arrowIndex.query(edge, edge)) {
            const ArrowGeometry &a = layout.arrows[i];
            // The line as drawn: to the cross of a dropped segment (its dotted rest
            // stays on the slide of the drop).
            const double top = std::min(a.p1.y(), a.end.y());
            const double bottom = std::max(a.p1.y(), a.end.y());
            if (!(top < edge && bottom > edge) || !slideShowsArrow(index, a))
                continue;
            const double f = (edge - a.p1.y()) / (a.end.y() - a.p1.y());
            marks.append({a.segmentId, QPointF(a.p1.x() + f * (a.end.x() - a.p1.x()), edge), side, other});
        }
    };
    if (page.cutAbove)
        crossing(page.y0, Qt::TopEdge, index - 1);
    if (page.cutBelow)
        crossing(page.y1, Qt::BottomEdge, index + 1);
    return marks;
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
    p->translate(slideDiagramOrigin(index));
    p->scale(g.scale, g.scale);
    // On the white slide; beside a hinge, the arrows on this slide's side of it.
    paintSlice(p, layout, 0, page.y0, page.y1, m_options.playhead, false,
               page.hingeAbove >= 0 ? page.hingeAbove : std::numeric_limits<SimTime>::min(),
               page.hingeBelow >= 0 ? page.hingeBelow : std::numeric_limits<SimTime>::max());
    paintContinuations(p, index);
    const double sliceHeight = layout.headerHeight + (page.y1 - page.y0);
    paintLegend(p, sliceHeight, layout.size.width());
    paintCaption(p, sliceHeight + legendHeight(), layout.size.width());
    p->restore();
}

QList<DiagramExporter::ContinuationTag> DiagramExporter::slideContinuationTags(int index) const
{
    // A tag at the edge where the line leaves the slide, in its sender's colour, inside
    // the slide (never cut by its edge) and beside the line, on the side of the slide.
    QList<ContinuationTag> tags;
    const QList<Continuation> marks = slideContinuations(index);
    if (marks.isEmpty())
        return tags;
    const SequenceLayout &layout = slideLayout(index);
    const SlidePage &page = m_slides.pages[index];
    const QFontMetricsF fm(sequenceAnnotationFont(layout.options.font));
    const double padding = 4;
    const double height = fm.height() + 2 * padding;
    const double first = layout.lifelines.isEmpty() ? 0 : layout.lifelines.first().x;
    const double last = layout.lifelines.isEmpty() ? layout.size.width() : layout.lifelines.last().x;
    // What a tag must not cover: the labels of the arrows drawn, the state and timer texts
    // on the slide (a run of 1,000 segments has thousands of them; a slide, a few dozen),
    // each with its bounding box to rule out most of them cheaply.
    struct Obstacle {
        QPolygonF shape;
        QRectF bounds;
    };
    QList<Obstacle> taken;
    auto take = [&](const QPolygonF &shape) {
        const QRectF bounds = shape.boundingRect();
        if (bounds.bottom() >= page.y0 && bounds.top() <= page.y1)
            taken.append({shape, bounds});
    };
    for (int i : layout.arrowIndex.query(page.y0, page.y1)) {
        if (slideShowsArrow(index, layout.arrows[i]))
            take(layout.arrows[i].labelPolygon);
    }
    for (const StateBandGeometry &b : layout.stateBands)
        take(QPolygonF(b.textRect));
    for (const TimerBracketGeometry &t : layout.timers)
        take(QPolygonF(t.textRect));
    auto covered = [&taken](const QRectF &box) {
        const QPolygonF shape(box);
        return std::count_if(taken.cbegin(), taken.cend(), [&](const Obstacle &o) {
            return o.bounds.intersects(box) && convexOverlap(o.shape, shape);
        });
    };
    for (const Continuation &mark : marks) {
        const ArrowGeometry *arrow = layout.arrowForSegment(mark.segmentId);
        const bool bottom = mark.edge == Qt::BottomEdge;
        ContinuationTag tag;
        tag.text = bottom ? tr("continues on slide %1 ↓").arg(mark.otherSlide + 1)
                          : tr("from slide %1 ↑").arg(mark.otherSlide + 1);
        tag.colour = arrow ? HostPalette::hostColor(arrow->fromLane) : HostPalette::gridText();
        const double width = fm.horizontalAdvance(tag.text) + 2 * padding;
        // At the edge on the line, or beside it, or a row or two further in: the first
        // place that covers no words (nor other tags). Where words crowd those, further
        // along the edge and further in, as far as the slide goes; where every place
        // covers some, the one that covers fewest.
        const double edgeY = bottom ? page.y1 - height - 1 : page.y0 + 1;
        const double x0 = mark.at.x();
        const double step = height + 2;
        const int rows = std::max(1, int((page.y1 - page.y0 - height - 2) / step) + 1);
        auto rowY = [&](int row) { return edgeY + (bottom ? -1 : 1) * row * step; };
        auto leftOf = [&](double left) { return std::clamp(left, first, std::max(first, last - width)); };
        qsizetype fewest = std::numeric_limits<qsizetype>::max();
        auto consider = [&](double left, int row) {
            const QRectF candidate(leftOf(left), rowY(row), width, height);
            if (const qsizetype count = covered(candidate); count < fewest) {
                fewest = count;
                tag.box = candidate;
            }
            return fewest == 0;
        };
        bool placed = false;
        for (int row = 0; row < std::min(rows, 3) && !placed; ++row) {
            for (double left : {x0 - width / 2, x0 - 6, x0 + 6 - width, x0 + 6, x0 - 6 - width}) {
                if ((placed = consider(left, row)))
                    break;
            }
        }
        // Further out: rows nearest the edge first, and on each the places nearest the line.
        const int reach = int(std::ceil((last - first) / (width / 2)));
        for (int row = 0; row < rows && !placed; ++row) {
            for (int k = 1; k <= reach && !placed; ++k) {
                for (double left : {x0 - width / 2 - k * width / 2, x0 - width / 2 + k * width / 2}) {
                    if ((placed = consider(left, row)))
                        break;
                }
            }
        }
        taken.append({QPolygonF(tag.box), tag.box});
        tags.append(tag);
    }
    return tags;
}

void DiagramExporter::paintContinuations(QPainter *p, int index) const
{
    const QList<ContinuationTag> tags = slideContinuationTags(index);
    if (tags.isEmpty())
        return;
    const SequenceLayout &layout = slideLayout(index);
    const SlidePage &page = m_slides.pages[index];
    p->save();
    p->translate(0, layout.headerHeight - page.y0);
    p->setFont(sequenceAnnotationFont(layout.options.font));
    // A slide is painted a band of rows at a time: a tag outside the band is not drawn.
    const std::optional<QRectF> clip = p->hasClipping() ? std::optional(p->clipBoundingRect()) : std::nullopt;
    for (const ContinuationTag &tag : tags) {
        if (clip && !clip->intersects(tag.box.adjusted(-1, -1, 1, 1)))
            continue;
        // The frame (1.2 wide, centred on the box's edge) as a coloured box with a white one
        // inside it: two fills rasterise in a fraction of the time of a fill and a stroke.
        constexpr double halfFrame = 0.6;
        constexpr double radius = 3;
        p->setPen(Qt::NoPen);
        p->setBrush(tag.colour);
        SequencePainter::drawRoundedBox(p, tag.box.adjusted(-halfFrame, -halfFrame, halfFrame, halfFrame),
                                        radius + halfFrame);
        p->setBrush(Qt::white);
        SequencePainter::drawRoundedBox(p, tag.box.adjusted(halfFrame, halfFrame, -halfFrame, -halfFrame),
                                        radius - halfFrame);
        p->setBrush(Qt::NoBrush);
        p->setPen(tag.colour);
        p->drawText(tag.box, Qt::AlignCenter, tag.text);
    }
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
