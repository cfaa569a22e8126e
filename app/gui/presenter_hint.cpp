#include "presenter_hint.h"

#include <QGraphicsOpacityEffect>
#include <QPropertyAnimation>
#include <QTimer>

namespace tcplab {

namespace {
constexpr int holdMs = 2500;
constexpr int fadeMs = 800;
} // namespace

PresenterHint::PresenterHint(QWidget *window)
    : QLabel(window)
    , m_opacity(new QGraphicsOpacityEffect(this))
    , m_fade(new QPropertyAnimation(m_opacity, "opacity", this))
    , m_hold(new QTimer(this))
{
    setObjectName(QStringLiteral("presenterHint"));
    setAlignment(Qt::AlignCenter);
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setStyleSheet(QStringLiteral("QLabel { background: rgba(20, 20, 20, 215); color: white;"
                                 " border-radius: 10px; padding: 12px 22px; }"));
    QFont f = font();
    if (f.pointSizeF() > 0)
        f.setPointSizeF(f.pointSizeF() * 1.5);
    setFont(f);
    setGraphicsEffect(m_opacity);
    m_fade->setDuration(fadeMs);
    m_fade->setStartValue(1.0);
    m_fade->setEndValue(0.0);
    connect(m_fade, &QPropertyAnimation::finished, this, &QWidget::hide);
    m_hold->setSingleShot(true);
    m_hold->setInterval(holdMs);
    connect(m_hold, &QTimer::timeout, m_fade, [this] { m_fade->start(); });
    hide();
}

void PresenterHint::showText(const QString &text)
{
    setText(text);
    m_fade->stop();
    m_opacity->setOpacity(1.0);
    place();
    show();
    raise();
    m_hold->start();
}

void PresenterHint::dismiss()
{
    m_hold->stop();
    m_fade->stop();
    hide();
}

void PresenterHint::place()
{
    adjustSize();
    const QWidget *window = parentWidget();
    move((window->width() - width()) / 2, window->height() / 8);
}

} // namespace tcplab
