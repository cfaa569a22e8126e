#pragma once

#include <QWidget>

namespace tcplab {

// Presenter mode's blank screen (B): black over the whole window, so the room looks at the
// teacher. It takes the keyboard while shown: B again (the window's action) or a step key
// or a click brings the picture back, without stepping.
class BlankOverlay : public QWidget
{
    Q_OBJECT
public:
    explicit BlankOverlay(QWidget *window);

    // The keys that bring the picture back besides B: those a clicker sends to step.
    static bool isStepKey(int key);

signals:
    void dismissed();

protected:
    void paintEvent(QPaintEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
};

} // namespace tcplab
