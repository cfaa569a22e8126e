#include "playback_bar.h"

#include "playback_controller.h"
#include "common/duration_text.h"

#include <QComboBox>
#include <QEvent>
#include <QLabel>
#include <QSignalBlocker>
#include <QSlider>

namespace tcplab {

PlaybackBar::PlaybackBar(PlaybackController *playback, QWidget *parent)
    : QToolBar(parent)
    , m_playback(playback)
{
    setObjectName(QStringLiteral("playbackToolBar"));
    m_slider = new QSlider(Qt::Horizontal, this);
    m_slider->setObjectName(QStringLiteral("timeline"));
    m_slider->setMinimumWidth(260);
    m_slider->setPageStep(1);
    m_slider->setTracking(true);
    m_time = new QLabel(this);
    m_time->setObjectName(QStringLiteral("timeReadout"));
    m_time->setMinimumWidth(120);
    m_time->setAlignment(Qt::AlignCenter);
    m_speedLabel = new QLabel(this);
    m_speed = new QComboBox(this);
    m_speed->setObjectName(QStringLiteral("speed"));
    for (double s : speeds())
        m_speed->addItem(QStringLiteral("%1×").arg(s), s);
    m_speedLabel->setBuddy(m_speed);

    // The slider's stops are the moments something happens, so quiet minutes take no room
    // and every stop shows a change (like the diagram's compressed breaks).
    connect(m_slider, &QSlider::valueChanged, this, [this](int value) {
        const auto &times = m_playback->eventTimes();
        if (value >= 0 && value < times.size())
            m_playback->setTime(times.at(value));
    });
    connect(m_slider, &QSlider::sliderPressed, m_playback, &PlaybackController::pause);
    connect(m_speed, &QComboBox::activated, this,
            [this] { m_playback->setSpeed(m_speed->currentData().toDouble()); });
    connect(m_playback, &PlaybackController::traceReset, this, &PlaybackBar::syncSlider);
    connect(m_playback, &PlaybackController::timeChanged, this, &PlaybackBar::syncSlider);
    connect(m_playback, &PlaybackController::speedChanged, this, &PlaybackBar::syncSpeed);
    retranslateUi();
    syncSpeed();
}

QList<double> PlaybackBar::speeds()
{
    // The slowest let a class watch a SYN cross the network: at 0.02× a 50 ms trip takes 2.5 s.
    return {0.02, 0.05, 0.1, 0.25, 0.5, 1.0, 2.0, 5.0, 10.0};
}

void PlaybackBar::addPlaybackWidgets()
{
    addWidget(m_slider);
    addWidget(m_time);
    addSeparator();
    addWidget(m_speedLabel);
    addWidget(m_speed);
}

void PlaybackBar::syncSlider()
{
    const QSignalBlocker blocker(m_slider);
    const int stops = int(m_playback->eventTimes().size());
    m_slider->setRange(0, std::max(0, stops - 1));
    m_slider->setValue(m_playback->stopIndexAt(m_playback->time()));
    updateTimeLabel();
}

void PlaybackBar::updateTimeLabel()
{
    // To the millisecond, and from two minutes on in hours, minutes and seconds as the
    // time axis writes them: a two-hour keepalive run reads "2 h 11 min 15.4 s", not
    // "7875.400 s".
    m_time->setText(tr("%1 / %2").arg(timePointText(m_playback->time(), usPerMs),
                                      timePointText(m_playback->endTime(), usPerMs)));
}

void PlaybackBar::syncSpeed()
{
    const double speed = m_playback->speed();
    int best = 0;
    for (int i = 1; i < m_speed->count(); ++i) {
        if (std::abs(m_speed->itemData(i).toDouble() - speed)
            < std::abs(m_speed->itemData(best).toDouble() - speed)) {
            best = i;
        }
    }
    m_speed->setCurrentIndex(best);
}

void PlaybackBar::retranslateUi()
{
    setWindowTitle(tr("Playback"));
    m_slider->setToolTip(tr("Timeline: drag to move from event to event"));
    m_speedLabel->setText(tr("Speed:"));
    m_speed->setToolTip(tr("Playback speed: virtual time per second of real time"));
    m_time->setToolTip(tr("Playhead time / end of the run"));
    updateTimeLabel();
}

void PlaybackBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QToolBar::changeEvent(event);
}

} // namespace tcplab
