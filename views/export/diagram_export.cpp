#include "export/diagram_export.h"

#include "common/host_palette.h"
#include "sequence/sequence_painter.h"
#include "trace/trace.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QPageSize>
#include <QPainter>
#include <algorithm>
#include <cmath>

namespace tcplab {

namespace {
constexpr double rangeMargin = 14;   // room above and below a chosen range
constexpr double pageMargin = 36;    // PDF page margins, points (half an inch)
constexpr double titlePadding = 12;

constexpr double slideMargin = 24;   // points around a slide's content
constexpr double slideGap = 8;       // between the title band, the diagram and the footer

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
    // A slide is short and wide: a one-way delay gets 40 px instead of the screen's 90, so
    // a slide holds two exchanges (a handshake and what follows) rather than one and a
    // half-empty page, and no page has to be cut inside an exchange.
    if (slides && o.pixelsPerMs == 0)
        o.pixelsPerMs = std::clamp(40.0 / (double(typical) / usPerMs), 1e-4, 500.0);
    return o;
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
    // A picture up to a moment shows a segment still in flight as its packet at the start
    // of its arrow: its label, placed at the middle of the whole arrow, would float beside
    // nothing, so it waits until the arrow is drawn.
    for (ArrowGeometry &a : m_layout.arrows) {
        if (a.sentAt <= options.playhead && a.endsAt > options.playhead) {
            a.textLines.clear();
            a.badgeLines.clear();
            a.labelSize = QSizeF();
            a.labelPolygon.clear();
        }
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

DiagramExporter::Region DiagramExporter::region() const
{
    Region r;
    r.y0 = m_layout.headerHeight;
    r.y1 = m_layout.size.height();
    if (m_options.from >= 0)
        r.y0 = std::max(r.y0, m_layout.axis.timeToY(m_options.from) - rangeMargin);
    if (m_options.to >= 0)
        r.y1 = std::min(r.y1, m_layout.axis.timeToY(m_options.to) + rangeMargin);
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

void DiagramExporter::paintSlice(QPainter *p, double top, double y0, double y1, SimTime playhead,
                                  bool background) const
{
    const double width = m_layout.size.width();
    const double header = m_layout.headerHeight;
    SequencePaintState state;
    state.playhead = playhead;
    state.futureMode = FutureMode::Hidden;
    state.paintBackground = background;
    state.stickyHeaders = false;

    // The slice's content below the header band, clipped so nothing of the neighbouring
    // slices (previous page, outside the range) shows.
    p->save();
    p->translate(0, top + header - y0);
    const QRectF content(0, y0, width, y1 - y0);
    p->setClipRect(content);
    SequencePainter::paint(p, m_layout, content, state);
    p->restore();

    // The lifeline headers, repeated at the top of every slice.
    p->save();
    p->translate(0, top);
    const QRectF headerRect(0, 0, width, header);
    p->setClipRect(headerRect);
    SequencePainter::paint(p, m_layout, headerRect, state);
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
    paintSlice(p, top, r.y0, r.y1, playhead, background);
    const double legendTop = top + m_layout.headerHeight + (r.y1 - r.y0);
    paintLegend(p, legendTop, size.width());
    paintCaption(p, legendTop + legendHeight(), size.width());
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

QList<double> DiagramExporter::cutCandidates() const
{
    // Between two consecutive moments at which something happens, halfway; kept only
    // where no arrow nor its label spans the row, so a page never cuts an arrow in two.
    const Region r = region();
    QList<double> ys;
    for (int index : stepEvents())
        ys.append(m_layout.axis.timeToY(m_trace.events[index].time));
    std::sort(ys.begin(), ys.end());
    QList<double> cuts;
    for (int i = 1; i < ys.size(); ++i) {
        double y = (ys[i - 1] + ys[i]) / 2;
        // A folded quiet stretch ends the page above it, its length still readable there.
        for (const BreakGeometry &b : m_layout.breaks) {
            if (b.y0 >= ys[i - 1] && b.y1 <= ys[i])
                y = std::min(ys[i] - 1, b.y1 + 2);
        }
        if (!(y > r.y0 && y < r.y1) || ys[i] - ys[i - 1] < 4)
            continue;
        bool crossesArrow = false;
        for (int a : m_layout.arrowIndex.query(y, y)) {
            const ArrowGeometry &arrow = m_layout.arrows[a];
            if (arrow.minY < y && arrow.maxY > y) {
                crossesArrow = true;
                break;
            }
        }
        if (!crossesArrow)
            cuts.append(y);
    }
    return cuts;
}

QList<double> DiagramExporter::pageBreaks(double pageContentHeight, double firstPageExtra) const
{
    const Region r = region();
    const QList<double> cuts = cutCandidates();
    QList<double> breaks{r.y0};
    double pageTop = r.y0;
    while (r.y1 - pageTop > pageContentHeight - firstPageExtra) {
        const double limit = pageTop + pageContentHeight - firstPageExtra;
        // The last cut that fits fills the page best; when a single exchange is taller
        // than a page, it is cut where the page ends, the one case an arrow is split.
        double cut = limit;
        for (double c : cuts) {
            if (c > pageTop + 1 && c <= limit)
                cut = c;
        }
        breaks.append(cut);
        pageTop = cut;
        firstPageExtra = 0;
    }
    breaks.append(r.y1);
    return breaks;
}

DiagramExporter::PdfPages DiagramExporter::pdfPages() const
{
    // The diagram is scaled down (never up) to fit the page's width, then split between
    // events, the lifeline headers repeated on every page.
    PdfPages pages;
    pages.paper = QPageSize(m_options.pdfPages == PdfPageMode::A4 ? QPageSize::A4 : QPageSize::Letter);
    const QSizeF points = pages.paper.size(QPageSize::Point);
    pages.scale = std::min(1.0, (points.width() - 2 * pageMargin) / m_layout.size.width());
    const double content = (points.height() - 2 * pageMargin) / pages.scale - m_layout.headerHeight - legendHeight();
    pages.breaks = pageBreaks(content, titleBlockHeight() + m_options.firstPageTop / pages.scale);
    return pages;
}

QList<double> DiagramExporter::pageBreaks() const
{
    if (m_options.preset == ExportPreset::Slides)
        return slideGeometry().breaks;
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
    paintSlice(p, top, breaks[i], breaks[i + 1], m_options.playhead, true);
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

DiagramExporter::SlideGeometry DiagramExporter::slideGeometry() const
{
    // One scale for every slide, so labels keep their size from slide to slide: the
    // diagram as wide as the slide allows, but not blown up past 1.5× (a two-host diagram
    // would otherwise grow labels to headline size and fit one exchange per slide).
    SlideGeometry g;
    const QSizeF slide = slideSize();
    const double titleBand = QFontMetricsF(slideTitleFont()).height() + slideGap;
    g.scale = std::min(1.5, (slide.width() - 2 * slideMargin) / m_layout.size.width());
    g.diagramLeft = (slide.width() - m_layout.size.width() * g.scale) / 2;
    g.diagramTop = slideMargin + titleBand + slideGap;
    const double footer = (legendHeight() + captionHeight(m_layout.size.width())) * g.scale;
    const double content = (slide.height() - g.diagramTop - footer - slideMargin) / g.scale
        - m_layout.headerHeight;
    g.breaks = pageBreaks(std::max(40.0, content), 0);
    return g;
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
    return int(slideGeometry().breaks.size()) - 1;
}

void DiagramExporter::paintSlide(QPainter *p, const SlideGeometry &g, int index) const
{
    const QSizeF slide = slideSize();
    const int count = int(g.breaks.size()) - 1;
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

    p->save();
    p->translate(g.diagramLeft, g.diagramTop);
    p->scale(g.scale, g.scale);
    paintSlice(p, 0, g.breaks[index], g.breaks[index + 1], m_options.playhead, true);
    const double sliceHeight = m_layout.headerHeight + (g.breaks[index + 1] - g.breaks[index]);
    paintLegend(p, sliceHeight, m_layout.size.width());
    paintCaption(p, sliceHeight + legendHeight(), m_layout.size.width());
    p->restore();
}

ImageFileWriter DiagramExporter::slideWriter(int first, int count) const
{
    const SlideGeometry g = slideGeometry();
    ImageFileWriter slides(slideSize(), [this, g, first](QPainter *p, int page) {
        paintSlide(p, g, first + page);
    });
    slides.setPdfPages(QPageSize(slideSize(), QPageSize::Point, QString(), QPageSize::ExactMatch), count);
    slides.setScale(2); // 960 × 540 points → 1920 × 1080 pixels
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
    for (int i = 0; i < count; ++i) {
        const QString file = slideFilePath(path, i, count);
        if (!slideWriter(i, 1).write(file, *format, error))
            return false;
        if (written)
            written->append(file);
    }
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
