#include "presenter_hint.h"

#include <QEvent>
#include <QGraphicsOpacityEffect>
#include <QPropertyAnimation>
#include <QTimer>

#include <algorithm>

namespace tcplab {

namespace {
constexpr int holdMs = 2500;
constexpr int fadeMs = 800;
constexpr int sideMargin = 24; // between the hint and the window's edges
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
    // Placed again when the window's size changes (full screen arrives after the hint).
    window->installEventFilter(this);
    hide();
}

void PresenterHint::setTimings(int holdMilliseconds, int fadeMilliseconds)
{
    m_hold->setInterval(holdMilliseconds);
    m_fade->setDuration(fadeMilliseconds);
}

bool PresenterHint::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == parentWidget() && event->type() == QEvent::Resize && isVisible())
        place();
    return QLabel::eventFilter(watched, event);
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
    // One line where it fits; wrapped to the window's width where it does not (1024 pixels
    // at the hint's large text is narrower than its English line): never cut at the edges.
    const QWidget *window = parentWidget();
    const int room = std::max(120, window->width() - 2 * sideMargin);
    setWordWrap(false);
    const int natural = sizeHint().width();
    setWordWrap(true);
    const int width = std::min(natural, room);
    resize(width, heightForWidth(width));
    move((window->width() - width) / 2, window->height() / 8);
}

} // namespace tcplab
