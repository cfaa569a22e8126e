#pragma once

#include "common/diagram_theme.h"

#include <QFrame>

class QLabel;

namespace tcplab {

// Presenter mode's caption: what is happening now, in letters large enough for the back of
// the room, across the bottom of the screen like a film's subtitles. A long moment (several
// things said at once) gets smaller letters rather than more room: the strip never takes
// more than its share of the screen from the diagram, and nothing is cut off.
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
    // The most height the strip may take; the text shrinks to fit into it.
    void setMaximumStripHeight(int pixels);
    // The font the text is shown in now (after shrinking to fit).
    QFont textFont() const;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void fit();

    QLabel *m_label;
    double m_textScale = 1.0;
    int m_maximumHeight = 240;
};

} // namespace tcplab
