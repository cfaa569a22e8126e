#include "export/comparison_export.h"

#include "common/duration_text.h"
#include "common/host_palette.h"

#include <QFontMetricsF>
#include <QPainter>
#include <algorithm>

namespace tcplab {

namespace {
constexpr double padding = 12;
constexpr double columnGap = 24;

DiagramExportOptions sideOptions(DiagramExportOptions o)
{
    // The title block and legend are the comparison's, once across both sides.
    o.titleBlock = false;
    o.legend = false;
    o.caption.clear();
    o.preset = ExportPreset::Standard;
    return o;
}

QFont scaledFont(QFont f, double factor)
{
    if (f.pointSizeF() > 0)
        f.setPointSizeF(f.pointSizeF() * factor);
    else if (f.pixelSize() > 0)
        f.setPixelSize(int(f.pixelSize() * factor));
    return f;
}
} // namespace

ComparisonExporter::ComparisonExporter(const Trace &left, const QString &leftTitle,
                                       const Trace &right, const QString &rightTitle,
                                       const SequenceLayoutOptions &layoutOptions,
                                       const DiagramExportOptions &options)
    : m_options(options), m_leftTitle(leftTitle), m_rightTitle(rightTitle),
      m_left(left, layoutOptions, sideOptions(options)),
      m_right(right, layoutOptions, sideOptions(options)),
      m_divergence(firstDivergence(left, right))
{
}

QString ComparisonExporter::yourRunTitle()
{
    return tr("Your run");
}

QString ComparisonExporter::shippedTitle()
{
    return tr("As shipped");
}

QString ComparisonExporter::variantTitle(ProtocolVariant variant)
{
    switch (variant) {
    case ProtocolVariant::Standard:
        return tr("Standard (RFC 9293)");
    case ProtocolVariant::TwoWayHandshake:
        return tr("Two-way handshake (flawed)");
    case ProtocolVariant::NoTimeWait:
        return tr("No TIME-WAIT (flawed)");
    }
    return protocolVariantName(variant);
}

double ComparisonExporter::headerHeight() const
{
    const QFont base = m_left.layout().options.font;
    const QFontMetricsF title(scaledFont(sequenceHeaderFont(base), 1.3));
    const QFontMetricsF detail(sequenceAnnotationFont(base));
    const QFontMetricsF column(sequenceHeaderFont(base));
    return padding + title.height() * 1.2 + detail.lineSpacing() * (m_options.details.size() + 1)
        + column.height() * 1.4 + padding;
}

QSizeF ComparisonExporter::pictureSize() const
{
    const QSizeF l = m_left.pictureSize();
    const QSizeF r = m_right.pictureSize();
    return {l.width() + columnGap + r.width(), headerHeight() + std::max(l.height(), r.height())};
}

void ComparisonExporter::paint(QPainter *p) const
{
    const QSizeF size = pictureSize();
    p->fillRect(QRectF(QPointF(0, 0), size), Qt::white);
    p->setRenderHint(QPainter::Antialiasing);
    p->setRenderHint(QPainter::TextAntialiasing);
    const QFont base = m_left.layout().options.font;
    const QFont titleFont = scaledFont(sequenceHeaderFont(base), 1.3);
    const QFont detailFont = sequenceAnnotationFont(base);
    const QFont columnFont = sequenceHeaderFont(base);

    double y = padding;
    p->setFont(titleFont);
    p->setPen(QColor(0x22, 0x22, 0x22));
    const double titleHeight = QFontMetricsF(titleFont).height() * 1.2;
    p->drawText(QRectF(padding, y, size.width() - 2 * padding, titleHeight),
                Qt::AlignLeft | Qt::AlignVCenter, m_options.title);
    y += titleHeight;
    p->setFont(detailFont);
    const double line = QFontMetricsF(detailFont).lineSpacing();
    QStringList lines = m_options.details;
    lines.append(m_divergence
                     ? tr("The runs part ways at %1 (marked in red).").arg(durationText(m_divergence->time))
                     : tr("The two runs are the same."));
    for (const QString &text : std::as_const(lines)) {
        p->setPen(text == lines.last() && m_divergence ? HostPalette::dropColor() : HostPalette::gridText());
        p->drawText(QRectF(padding, y, size.width() - 2 * padding, line), Qt::AlignLeft | Qt::AlignVCenter, text);
        y += line;
    }
    const double columnHeight = QFontMetricsF(columnFont).height() * 1.4;
    const double leftWidth = m_left.pictureSize().width();
    const double rightX = leftWidth + columnGap;
    p->setFont(columnFont);
    p->setPen(QColor(0x22, 0x22, 0x22));
    p->drawText(QRectF(0, y, leftWidth, columnHeight), Qt::AlignCenter, m_leftTitle);
    p->drawText(QRectF(rightX, y, m_right.pictureSize().width(), columnHeight), Qt::AlignCenter, m_rightTitle);

    const double top = headerHeight();
    p->save();
    p->translate(0, top);
    m_left.paint(p, true);
    p->restore();
    p->save();
    p->translate(rightX, top);
    m_right.paint(p, true);
    p->restore();
    p->setPen(QPen(QColor(0xcc, 0xcc, 0xcc), 1));
    p->drawLine(QPointF(leftWidth + columnGap / 2, top), QPointF(leftWidth + columnGap / 2, size.height()));

    if (!m_divergence)
        return;
    // The first difference: a red line across each diagram at its moment, labelled.
    const QString mark = tr("first difference");
    QPen pen(HostPalette::dropColor(), 2, Qt::DashLine);
    p->setFont(detailFont);
    const QFontMetricsF fm(detailFont);
    auto markAt = [&](double x0, double width, double yMark) {
        p->setPen(pen);
        p->drawLine(QPointF(x0, yMark), QPointF(x0 + width, yMark));
        const QRectF box(x0 + width - fm.horizontalAdvance(mark) - 10, yMark - fm.height() - 3,
                         fm.horizontalAdvance(mark) + 8, fm.height() + 2);
        p->setPen(Qt::NoPen);
        p->setBrush(QColor(255, 255, 255, 230));
        p->drawRect(box);
        p->setBrush(Qt::NoBrush);
        p->setPen(HostPalette::dropColor());
        p->drawText(box, Qt::AlignCenter, mark);
    };
    const double axis = m_left.layout().timeAxisWidth;
    markAt(axis, leftWidth - axis, top + m_left.pictureY(m_divergence->time) - 0.5);
    markAt(rightX + m_right.layout().timeAxisWidth, m_right.pictureSize().width() - m_right.layout().timeAxisWidth,
           top + m_right.pictureY(m_divergence->time) - 0.5);
}

ImageFileWriter ComparisonExporter::writer() const
{
    ImageFileWriter picture(pictureSize(), [this](QPainter *p, int) { paint(p); });
    picture.setScale(m_options.effectiveScale());
    picture.setTitle(m_options.title);
    return picture;
}

QImage ComparisonExporter::renderImage() const
{
    return writer().renderImage();
}

bool ComparisonExporter::write(const QString &path, QString *error) const
{
    const auto format = ImageFileWriter::formatForPath(path, error);
    if (!format)
        return false;
    return writer().write(path, *format, error);
}

} // namespace tcplab
