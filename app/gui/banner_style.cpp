#include "banner_style.h"

#include <QFrame>
#include <QPalette>

namespace tcplab {

void styleAsBanner(QFrame *banner)
{
    banner->setFrameShape(QFrame::StyledPanel);
    banner->setAutoFillBackground(true);
    QPalette colours = banner->palette();
    colours.setColor(QPalette::Window, colours.color(QPalette::ToolTipBase));
    colours.setColor(QPalette::WindowText, colours.color(QPalette::ToolTipText));
    banner->setPalette(colours);
}

} // namespace tcplab
