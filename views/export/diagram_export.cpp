#include "export/diagram_export.h"

#include "common/host_palette.h"
#include "sequence/sequence_painter.h"
#include "trace/trace.h"

#include <QDir>
#include <QFileInfo>
#include <QPageSize>
#include <QPainter>
#include <algorithm>
#include <cmath>

namespace tcplab {

namespace {
constexpr double rangeMargin = 14;   // room above and below a chosen range
constexpr double pageMargin = 36;    // PDF page margins, points (half an inch)
constexpr double titlePadding = 12;

SequenceLayoutOptions withExportChoices(SequenceLayoutOptions o, const DiagramExportOptions &e)
{
    o.showStateBands = e.stateBands;
    o.showTimers = e.timers;
    return o;
}
} // namespace

DiagramExporter::DiagramExporter(const Trace &trace, const SequenceLayoutOptions &layoutOptions,
                                 const DiagramExportOptions &options)
    : m_trace(trace), m_options(options),
      m_layout(layoutSequence(trace, withExportChoices(layoutOptions, options)))
{
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
    return {m_layout.size.width(),
            titleBlockHeight() + m_layout.headerHeight + (r.y1 - r.y0) + legendHeight()};
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
    paintLegend(p, top + m_layout.headerHeight + (r.y1 - r.y0), size.width());
}

QImage DiagramExporter::renderImage() const
{
    return writer(ExportFormat::Png).renderImage();
}

QList<double> DiagramExporter::pageBreaks(double pageContentHeight) const
{
    // Candidate cuts lie just above each event's moment, so no event is cut in two.
    const Region r = region();
    QList<double> cuts;
    for (int index : stepEvents()) {
        const double y = m_layout.axis.timeToY(m_trace.events[index].time) - rangeMargin / 2;
        if (y > r.y0 && y < r.y1 && (cuts.isEmpty() || y > cuts.last()))
            cuts.append(y);
    }
    QList<double> breaks{r.y0};
    double pageTop = r.y0;
    double firstPageExtra = titleBlockHeight();
    while (r.y1 - pageTop > pageContentHeight - firstPageExtra) {
        const double limit = pageTop + pageContentHeight - firstPageExtra;
        double cut = limit; // no event boundary fits: cut where the page ends
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
    pages.breaks = pageBreaks(content);
    return pages;
}

int DiagramExporter::pdfPageCount() const
{
    if (m_options.pdfPages == PdfPageMode::SinglePage)
        return 1;
    return int(pdfPages().breaks.size()) - 1;
}

ImageFileWriter DiagramExporter::writer(ExportFormat format) const
{
    const SimTime playhead = m_options.playhead;
    if (format == ExportFormat::Pdf && m_options.pdfPages != PdfPageMode::SinglePage) {
        const PdfPages layout = pdfPages();
        const QList<double> breaks = layout.breaks;
        const double s = layout.scale;
        ImageFileWriter pages(layout.paper.size(QPageSize::Point), [this, breaks, s, playhead](QPainter *p, int i) {
            p->setRenderHint(QPainter::Antialiasing);
            p->setRenderHint(QPainter::TextAntialiasing);
            p->save();
            p->translate(pageMargin, pageMargin);
            p->scale(s, s);
            double top = 0;
            if (i == 0) {
                paintTitleBlock(p, m_layout.size.width());
                top = titleBlockHeight();
            }
            paintSlice(p, top, breaks[i], breaks[i + 1], playhead, true);
            const double sliceHeight = m_layout.headerHeight + (breaks[i + 1] - breaks[i]);
            if (i + 2 == breaks.size())
                paintLegend(p, top + sliceHeight, m_layout.size.width());
            p->restore();
        });
        pages.setPdfPages(layout.paper, int(breaks.size()) - 1);
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
    const int digits = std::max(2, int(QString::number(steps.size()).size()));
    for (int n = 0; n < steps.size(); ++n) {
        DiagramExportOptions stepOptions = m_options;
        stepOptions.playhead = m_trace.events[steps[n]].time;
        // Each step shows the diagram up to its moment, at the same size as every other
        // step, so the images line up as slides.
        const DiagramExporter step(m_trace, m_layout.options, stepOptions);
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
