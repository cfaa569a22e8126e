#pragma once

#include <QToolBar>

class QComboBox;
class QLabel;
class QSlider;

namespace tcplab {

class PlaybackController;

// The playback toolbar's own widgets: the scrubbing timeline, the time readout and the
// speed. The buttons are the main window's QActions, shared with the Playback menu.
class PlaybackBar : public QToolBar
{
    Q_OBJECT
public:
    PlaybackBar(PlaybackController *playback, QWidget *parent = nullptr);

    // The speeds offered, 0.02× to 10×.
    static QList<double> speeds();

    QSlider *timeline() const { return m_slider; }
    QComboBox *speedBox() const { return m_speed; }
    // Adds the widgets after the actions already added.
    void addPlaybackWidgets();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void syncSlider();
    void updateTimeLabel();
    void syncSpeed();

    PlaybackController *m_playback;
    QSlider *m_slider = nullptr;
    QLabel *m_time = nullptr;
    QLabel *m_speedLabel = nullptr;
    QComboBox *m_speed = nullptr;
};

} // namespace tcplab
