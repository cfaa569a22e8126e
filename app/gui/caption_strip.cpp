#include "caption_strip.h"

#include <QFontMetrics>
#include <QLabel>
#include <QVBoxLayout>

#include <algorithm>

namespace tcplab {

namespace {
// Relative to the window's font: subtitles are read from a distance.
constexpr double captionFontFactor = 1.6;
// Never smaller than the window's own text when shrinking to fit.
constexpr double smallestFactor = 1.0;
constexpr int marginX = 24;
constexpr int marginY = 8;
} // namespace

CaptionStrip::CaptionStrip(QWidget *parent)
    : QFrame(parent)
    , m_label(new QLabel(this))
{
    setObjectName(QStringLiteral("captionStrip"));
    setAutoFillBackground(true);
    m_label->setObjectName(QStringLiteral("captionText"));
    m_label->setWordWrap(true);
    m_label->setAlignment(Qt::AlignCenter);
    m_label->setTextFormat(Qt::PlainText);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(marginX, marginY, marginX, marginY);
    layout->addWidget(m_label);
    setTheme(DiagramTheme::projector());
    fit();
}

void CaptionStrip::setText(const QString &text)
{
    m_label->setText(text);
    fit();
}

QString CaptionStrip::text() const
{
    return m_label->text();
}

QFont CaptionStrip::textFont() const
{
    return m_label->font();
}

void CaptionStrip::setTheme(const DiagramTheme &theme)
{
    QPalette p = palette();
    p.setColor(QPalette::Window, theme.captionBackground);
    p.setColor(QPalette::WindowText, theme.captionText);
    setPalette(p);
}

void CaptionStrip::setTextScale(double scale)
{
    m_textScale = scale;
    fit();
}

void CaptionStrip::setMaximumStripHeight(int pixels)
{
    m_maximumHeight = std::max(pixels, 2 * marginY + 20);
    fit();
}

void CaptionStrip::resizeEvent(QResizeEvent *event)
{
    QFrame::resizeEvent(event);
    fit();
}

void CaptionStrip::fit()
{
    const QFont base = QWidget::font();
    const double basePoints = base.pointSizeF() > 0 ? base.pointSizeF() : 10.0;
    const int textWidth = std::max(100, width() - 2 * marginX);
    const int room = m_maximumHeight - 2 * marginY;
    QFont f = base;
    f.setBold(true);
    double factor = captionFontFactor * m_textScale;
    int needed = 0;
    for (;;) {
        f.setPointSizeF(basePoints * factor);
        m_label->setFont(f);
        // Room for two lines even when fewer are said, so the diagram does not jump.
        needed = std::max(m_label->heightForWidth(textWidth), QFontMetrics(f).lineSpacing() * 2);
        if (needed <= room || factor <= smallestFactor)
            break;
        factor = std::max(smallestFactor, factor * 0.9);
    }
    setFixedHeight(std::min(needed, room) + 2 * marginY);
}

} // namespace tcplab
