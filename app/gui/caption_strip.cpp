#include "caption_strip.h"

#include <QFontMetrics>
#include <QLabel>
#include <QVBoxLayout>

namespace tcplab {

namespace {
// Relative to the window's font: subtitles are read from a distance.
constexpr double captionFontFactor = 1.9;
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
    layout->setContentsMargins(24, 10, 24, 10);
    layout->addWidget(m_label);
    setTheme(DiagramTheme::projector());
    updateFont();
}

void CaptionStrip::setText(const QString &text)
{
    m_label->setText(text);
}

QString CaptionStrip::text() const
{
    return m_label->text();
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
    updateFont();
}

void CaptionStrip::updateFont()
{
    QFont f = QWidget::font();
    f.setBold(true);
    if (f.pointSizeF() > 0)
        f.setPointSizeF(f.pointSizeF() * captionFontFactor * m_textScale);
    else
        f.setPixelSize(int(f.pixelSize() * captionFontFactor * m_textScale));
    m_label->setFont(f);
    // Room for two lines even when fewer are said, so the diagram above does not jump.
    const QFontMetrics fm(f);
    m_label->setMinimumHeight(fm.lineSpacing() * 2);
}

} // namespace tcplab
