#include "blank_overlay.h"

#include <QKeyEvent>
#include <QPainter>

namespace tcplab {

BlankOverlay::BlankOverlay(QWidget *window)
    : QWidget(window)
{
    setObjectName(QStringLiteral("blankOverlay"));
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_OpaquePaintEvent);
    hide();
}

bool BlankOverlay::isStepKey(int key)
{
    return key == Qt::Key_PageDown || key == Qt::Key_PageUp || key == Qt::Key_Right
        || key == Qt::Key_Left || key == Qt::Key_Space;
}

void BlankOverlay::paintEvent(QPaintEvent *)
{
    QPainter(this).fillRect(rect(), Qt::black);
}

void BlankOverlay::keyPressEvent(QKeyEvent *event)
{
    if (isStepKey(event->key())) {
        emit dismissed();
        return;
    }
    QWidget::keyPressEvent(event);
}

void BlankOverlay::mousePressEvent(QMouseEvent *)
{
    emit dismissed();
}

} // namespace tcplab
