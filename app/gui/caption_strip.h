#pragma once

#include "common/diagram_theme.h"

#include <QFrame>

class QLabel;

namespace tcplab {

// Presenter mode's caption: what is happening now, in letters large enough for the back of
// the room, across the bottom of the screen like a film's subtitles.
class CaptionStrip : public QFrame
{
    Q_OBJECT
public:
    explicit CaptionStrip(QWidget *parent = nullptr);

    void setText(const QString &text);
    QString text() const;
    void setTheme(const DiagramTheme &theme);
    // The caption's size as a multiple of its normal size (about twice the window's font).
    void setTextScale(double scale);
    double textScale() const { return m_textScale; }

private:
    void updateFont();

    QLabel *m_label;
    double m_textScale = 1.0;
};

} // namespace tcplab
