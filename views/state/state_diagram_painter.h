#pragma once

#include "common/diagram_theme.h"
#include "settings/protocol_settings.h"
#include "state/state_diagram_layout.h"

#include <QColor>
#include <QList>
#include <QRectF>
#include <QString>
#include <QTransform>

class QPainter;

namespace tcplab {

// One endpoint shown on the diagram: the box it is in and its host's colour.
struct StateHighlight {
    int node = -1;        // index into StateDiagramLayout::nodes
    QColor color;
    QString hostName;     // shown on a badge, so two endpoints in one state stay apart
};

// The transition an endpoint took last: drawn thick in its colour until the next one.
struct MarkedEdge {
    int edge = -1;        // edge id (stateDiagramEdges())
    QColor color;
    double pulse = -1;    // 0..1: where the moving dot is; < 0 for none
};

// What changes from frame to frame, as opposed to the layout.
struct StateDiagramPaintState {
    ProtocolVariant variant = ProtocolVariant::Standard;
    QList<StateHighlight> highlights;
    QList<MarkedEdge> marked;
    int selectedNode = -1;
    bool fillBackground = true; // exports want white paper; the widget fills its own
    DiagramTheme theme = DiagramTheme::standard();
};

// Paints a StateDiagramLayout into any rectangle of any paint device (widget, QImage, SVG,
// PDF), scaled to fit and centred, keeping the aspect ratio.
class StateDiagramPainter
{
public:
    static void paint(QPainter *painter, const StateDiagramLayout &layout,
                      const StateDiagramPaintState &state, const QRectF &target);
    // Diagram coordinates → target coordinates, as paint() uses them.
    static QTransform transformFor(const StateDiagramLayout &layout, const QRectF &target);

    static QColor variantColor() { return QColor(0xc8, 0x4b, 0x00); }
    static QColor supersededColor() { return QColor(0xc4, 0xc4, 0xc4); }
};

} // namespace tcplab
