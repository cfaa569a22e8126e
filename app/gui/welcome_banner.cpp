#include "welcome_banner.h"

#include "banner_style.h"
#include "settings_saver.h"
#include "settings_values.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMainWindow>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

#include <algorithm>

namespace tcplab {

namespace {
constexpr int margin = 12;   // between the banner and the edges of the diagram
constexpr int widest = 640;  // a banner wider than this is hard to read at a glance
} // namespace

bool WelcomeBanner::isDismissedForGood()
{
    return SettingsValues::flag(QSettings(), dismissedKey(), false);
}

WelcomeBanner *WelcomeBanner::showUnlessDismissed(QMainWindow *window)
{
    if (isDismissedForGood())
        return nullptr;
    auto *banner = new WelcomeBanner(window);
    banner->show();
    return banner;
}

WelcomeBanner::WelcomeBanner(QMainWindow *window)
    : QFrame(window)
    , m_window(window)
    , m_title(new QLabel(this))
    , m_steps(new QLabel(this))
    , m_never(new QPushButton(this))
    , m_close(new QPushButton(this))
{
    setObjectName(QStringLiteral("welcomeBanner"));
    styleAsBanner(this);

    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_steps->setWordWrap(true);
    m_steps->setTextFormat(Qt::PlainText);
    m_never->setObjectName(QStringLiteral("welcomeDontShowAgain"));
    m_close->setObjectName(QStringLiteral("welcomeClose"));
    // A click on the banner must not take the keys from the diagram: Space plays.
    m_never->setFocusPolicy(Qt::TabFocus);
    m_close->setFocusPolicy(Qt::TabFocus);
    connect(m_never, &QPushButton::clicked, this, &WelcomeBanner::dismissForGood);
    connect(m_close, &QPushButton::clicked, this, &QWidget::close);
    setAttribute(Qt::WA_DeleteOnClose);

    auto *text = new QVBoxLayout;
    text->addWidget(m_title);
    text->addWidget(m_steps);
    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_close);
    buttons->addWidget(m_never);
    buttons->addStretch();
    auto *layout = new QHBoxLayout(this);
    layout->addLayout(text, 1);
    layout->addLayout(buttons);

    m_centre = m_window->centralWidget();
    retranslate();
    if (m_centre)
        m_centre->installEventFilter(this);
    place();
    raise();
}

void WelcomeBanner::dismissForGood()
{
    SettingsSaver::setValue(dismissedKey(), true);
    close();
}

void WelcomeBanner::retranslate()
{
    m_title->setText(tr("Welcome to TCP Connection Lab"));
    m_steps->setText(
        QStringList{tr("1. Pick a lesson in the Scenarios list on the left (double-click it)."),
                    tr("2. Press Space to play it; Left and Right step one event at a time."),
                    tr("3. Right-click an arrow to drop, delay or duplicate that segment.")}
            .join(QLatin1Char('\n')));
    m_close->setText(tr("Close"));
    m_never->setText(tr("Don't Show Again"));
    place();
}

void WelcomeBanner::place()
{
    if (!m_centre)
        return;
    const QRect area = m_centre->geometry();
    const int width = std::min(area.width() - 2 * margin, widest);
    const int height = hasHeightForWidth() ? heightForWidth(width) : sizeHint().height();
    setGeometry(area.x() + (area.width() - width) / 2, area.y() + margin, width, height);
    // Above the diagram, not over it: the diagram gives up the banner's height at its top,
    // so the host boxes and the first arrows stay in sight, and takes it back when the
    // banner goes (hideEvent()).
    if (isVisibleTo(m_window))
        m_centre->setContentsMargins(0, height + 2 * margin, 0, 0);
}

void WelcomeBanner::showEvent(QShowEvent *event)
{
    QFrame::showEvent(event);
    place();
}

void WelcomeBanner::hideEvent(QHideEvent *event)
{
    if (m_centre)
        m_centre->setContentsMargins(0, 0, 0, 0);
    QFrame::hideEvent(event);
}

bool WelcomeBanner::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_centre
        && (event->type() == QEvent::Resize || event->type() == QEvent::Move)) {
        place();
    }
    return QFrame::eventFilter(watched, event);
}

void WelcomeBanner::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QFrame::changeEvent(event);
}

} // namespace tcplab
