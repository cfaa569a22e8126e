#pragma once

#include <QLabel>

class QGraphicsOpacityEffect;
class QPropertyAnimation;
class QTimer;

namespace tcplab {

// A short line over the top of the window that fades away by itself ("Esc leaves presenter
// mode", "Text size 150 %"): it tells without asking for a click, and then it is gone.
class PresenterHint : public QLabel
{
    Q_OBJECT
public:
    explicit PresenterHint(QWidget *window);

    void showText(const QString &text);
    void dismiss();
    // How long the hint stays, then how long it fades (2.5 s and 0.8 s unless set).
    void setTimings(int holdMilliseconds, int fadeMilliseconds);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void place();

    QGraphicsOpacityEffect *m_opacity;
    QPropertyAnimation *m_fade;
    QTimer *m_hold;
};

} // namespace tcplab
