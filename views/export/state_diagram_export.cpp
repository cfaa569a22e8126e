#include "export/state_diagram_export.h"

#include "common/duration_text.h"
#include "common/host_palette.h"
#include "state/state_diagram_painter.h"
#include "trace/trace.h"

#include <QFontMetricsF>
#include <QPainter>
#include <algorithm>
#include <cmath>

namespace tcplab {

namespace {
constexpr double margin = 16;       // white paper around the diagram
constexpr double titleGap = 10;     // between the title block and the diagram

QFont titleFont()
{
    QFont f = StateDiagramLayout::defaultStateFont();
    f.setBold(true);
    f.setPixelSize(22);
    return f;
}

QFont detailFont()
{
    return StateDiagramLayout::defaultLabelFont();
}
} // namespace

StateDiagramExporter::StateDiagramExporter(const Trace &trace, const StateDiagramExportOptions &options)
    : m_options(options),
      m_layout(StateDiagramLayout::compute(options.variant)),
      m_frame(StateDiagramFrame::compute(
          trace, options.sockets.isEmpty() ? StateDiagramFrame::defaultSockets(trace) : options.sockets,
          options.at >= 0 ? options.at : trace.endTime))
{
}

QString StateDiagramExporter::statesLine() const
{
    QStringList parts;
    for (const StateDiagramEndpoint &ep : m_frame.endpoints)
        parts << tr("%1 %2").arg(ep.hostName, tcpStateName(ep.state));
    return tr("At %1: %2").arg(durationText(m_frame.time), parts.join(tr(", ")));
}

double StateDiagramExporter::titleBlockHeight() const
{
    if (!m_options.titleBlock)
        return 0;
    double h = 0;
    if (!m_options.title.isEmpty())
        h += QFontMetricsF(titleFont()).lineSpacing() * 1.2;
    h += QFontMetricsF(detailFont()).lineSpacing() * (m_options.details.size() + 1);
    return h + titleGap;
}

QSizeF StateDiagramExporter::pictureSize() const
{
    const QSizeF diagram = m_layout.size;
    double width = diagram.width();
    if (m_options.titleBlock) {
        // A long title or detail line widens the paper rather than being cut short.
        width = std::max(width, QFontMetricsF(titleFont()).horizontalAdvance(m_options.title));
        const QFontMetricsF fm(detailFont());
        for (const QString &line : m_options.details + QStringList{statesLine()})
            width = std::max(width, fm.horizontalAdvance(line));
    }
    return {std::ceil(width + 2 * margin), std::ceil(diagram.height() + titleBlockHeight() + 2 * margin)};
}

void StateDiagramExporter::paintPicture(QPainter *p, bool background) const
{
    const QSizeF size = pictureSize();
    if (background)
        p->fillRect(QRectF(QPointF(0, 0), size), Qt::white);
    p->setRenderHint(QPainter::Antialiasing);
    p->setRenderHint(QPainter::TextAntialiasing);

    double y = margin;
    if (m_options.titleBlock) {
        const double width = size.width() - 2 * margin;
        if (!m_options.title.isEmpty()) {
            p->setFont(titleFont());
            p->setPen(QColor(0x22, 0x22, 0x22));
            const double h = QFontMetricsF(titleFont()).lineSpacing() * 1.2;
            p->drawText(QRectF(margin, y, width, h), Qt::AlignLeft | Qt::AlignVCenter, m_options.title);
            y += h;
        }
        p->setFont(detailFont());
        p->setPen(HostPalette::gridText());
        const double line = QFontMetricsF(detailFont()).lineSpacing();
        for (const QString &detail : m_options.details + QStringList{statesLine()}) {
            p->drawText(QRectF(margin, y, width, line), Qt::AlignLeft | Qt::AlignVCenter, detail);
            y += line;
        }
        y += titleGap;
    }

    // The frame's highlights and marks, without a selection (a click is not part of the
    // story) and without the pulse animation.
    StateDiagramPaintState state = m_frame.paintState(m_layout, m_options.variant);
    state.fillBackground = false; // the paper is ours: white, or transparent
    const double x = (size.width() - m_layout.size.width()) / 2;
    p->save();
    StateDiagramPainter::paint(p, m_layout, state, QRectF(QPointF(x, y), m_layout.size));
    p->restore();
}

ImageFileWriter StateDiagramExporter::writer(ExportFormat format) const
{
    // PDF paper is white whatever the choice; PNG and SVG may leave it clear.
    const bool background = format == ExportFormat::Pdf || !m_options.transparent;
    ImageFileWriter picture(pictureSize(), [this, background](QPainter *p, int) { paintPicture(p, background); });
    picture.setScale(m_options.effectiveScale());
    picture.setTransparent(!background);
    picture.setTitle(m_options.title);
    picture.setDescription(m_options.details.join(QLatin1Char('\n')));
    return picture;
}

QImage StateDiagramExporter::renderImage() const
{
    return writer(ExportFormat::Png).renderImage();
}

bool StateDiagramExporter::write(const QString &path, QString *error) const
{
    const auto format = ImageFileWriter::formatForPath(path, error);
    return format && writer(*format).write(path, *format, error);
}

} // namespace tcplab
