#include "common/diagram_theme.h"

#include "common/host_palette.h"

namespace tcplab {

DiagramTheme DiagramTheme::standard()
{
    DiagramTheme t;
    t.kind = Kind::Standard;
    t.background = Qt::white;
    t.gridText = HostPalette::gridText();
    t.gridLine = QColor(0xee, 0xee, 0xee);
    t.axisLine = QColor(0xbb, 0xbb, 0xbb);
    t.breakFill = HostPalette::breakFill();
    t.breakLine = QColor(0x99, 0x99, 0x99);
    t.breakText = QColor(0x33, 0x33, 0x33);
    t.textBackground = QColor(255, 255, 255, 235);
    t.stripBackground = QColor(255, 255, 255, 240);
    t.labelBackground = QColor(255, 255, 255, 225);
    t.stateTextBackground = QColor(255, 255, 255, 220);
    t.headerSubtitle = QColor(0x44, 0x44, 0x44);
    t.headerRule = QColor(0xcc, 0xcc, 0xcc);
    t.badgeText = QColor(0x7a, 0x3b, 0x00);
    t.selection = HostPalette::selectionColor();
    t.playhead = HostPalette::playheadColor();

    t.stateEdge = QColor(0x4a, 0x4a, 0x4a);
    t.stateLabelText = QColor(0x20, 0x20, 0x20);
    t.stateLabelBackground = QColor(255, 255, 255, 235);

    t.narrationCurrentBackground = QColor(0xdc, 0xea, 0xfb);
    t.narrationNoteBackground = QColor(0xff, 0xf8, 0xe1);
    t.narrationCurrentNoteBackground = QColor(0xff, 0xec, 0xa8);
    t.narrationCurrentText = Qt::black;
    t.narrationPastText = QColor(0x80, 0x80, 0x80);
    t.captionBackground = QColor(0xf4, 0xf4, 0xf4);
    t.captionText = Qt::black;
    return t;
}

DiagramTheme DiagramTheme::projector()
{
    // Black text, no greys lighter than mid-grey for anything that carries meaning, opaque
    // boxes behind text and lines about half again as thick: a beamer in a lit room loses
    // about half the contrast a monitor has, and the back row sees a 1 px line as nothing.
    DiagramTheme t = standard();
    t.kind = Kind::Projector;
    t.gridText = Qt::black;
    t.gridLine = QColor(0xd0, 0xd0, 0xd0);
    t.axisLine = QColor(0x55, 0x55, 0x55);
    t.breakFill = QColor(0xe2, 0xe2, 0xe2);
    t.breakLine = QColor(0x55, 0x55, 0x55);
    t.breakText = Qt::black;
    t.textBackground = Qt::white;
    t.stripBackground = Qt::white;
    t.labelBackground = Qt::white;
    t.stateTextBackground = Qt::white;
    t.headerSubtitle = Qt::black;
    t.headerRule = QColor(0x55, 0x55, 0x55);
    t.badgeText = QColor(0x5c, 0x2a, 0x00);
    t.labelTextDarker = 170;
    t.arrowWidth = 2.8;
    t.lifelineWidth = 2.5;
    // Still visibly "not yet", but readable from the back of the room.
    t.futureOpacity = 0.5;
    t.selectionAlpha = 170;
    t.labelSelectionWidth = 2.5;
    t.selectionWidth = 14;
    t.hoverAlpha = 90;
    t.hoverWidth = 9;
    t.playheadWidth = 3;

    t.stateEdge = QColor(0x1a, 0x1a, 0x1a);
    t.stateLabelText = Qt::black;
    t.stateLabelBackground = Qt::white;
    t.stateEdgeWidth = 2.8;
    t.stateBorderWidth = 2.5;

    t.narrationCurrentBackground = QColor(0xff, 0xe0, 0x66);
    t.narrationCurrentNoteBackground = QColor(0xff, 0xd2, 0x4d);
    t.narrationPastText = QColor(0x30, 0x30, 0x30);
    t.captionBackground = QColor(0x10, 0x10, 0x10);
    t.captionText = Qt::white;
    return t;
}

} // namespace tcplab
