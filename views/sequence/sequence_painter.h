#pragma once

#include "common/diagram_theme.h"
#include "sequence/sequence_layout.h"
#include "sim/sim_time.h"

#include <QLineF>
#include <QRectF>
#include <limits>

class QPainter;

namespace tcplab {

class LabelImageCache;

// How the diagram shows what has not happened yet at the playhead.
enum class FutureMode { Hidden, Faint };

// What changes from frame to frame, as opposed to the layout.
struct SequencePaintState {
    // Everything after this time is "the future"; the maximum means "no playhead".
    SimTime playhead = std::numeric_limits<SimTime>::max();
    FutureMode futureMode = FutureMode::Faint;
    int selectedSegment = -1;
    int hoveredSegment = -1;
    // Keep the lifeline headers at the top of the visible rect while scrolling.
    bool stickyHeaders = true;
    // An arrow head being dragged down to delay the segment: its preview end y.
    int draggedSegment = -1;
    double dragHeadY = 0;

    // The colours and line widths: the screen's look unless presenter mode asks otherwise.
    DiagramTheme theme = DiagramTheme::standard();

    // Exports with a transparent background leave the canvas untouched.
    bool paintBackground = true;
    // Screen painting passes a cache of rendered labels (fast); exports leave it null and
    // get real text (vector in SVG/PDF).
    LabelImageCache *labelCache = nullptr;
    // Slides parted at a moment where one exchange hands over to the next draw only the
    // arrows on their side of it (see DiagramExporter): those sent before arrowsBefore (or
    // of no length at it) on the slide above, those ending after arrowsAfter below.
    SimTime arrowsAfter = std::numeric_limits<SimTime>::min();
    SimTime arrowsBefore = std::numeric_limits<SimTime>::max();

    bool hasPlayhead() const { return playhead != std::numeric_limits<SimTime>::max(); }
};

// Paints a SequenceLayout with a QPainter on any device (screen, QImage, SVG, PDF). Only
// what meets `visible` (in diagram coordinates) is painted, so a frame costs what is on
// screen, not what is in the trace.
class SequencePainter
{
public:
    static void paint(QPainter *painter, const SequenceLayout &layout, const QRectF &visible,
                      const SequencePaintState &state);
    // Where the packet of an arrow in flight at the playhead is drawn.
    static QPointF packetPosition(const SequenceLayout &layout, const ArrowGeometry &arrow,
                                  SimTime playhead);
    // The playhead's line within `visible`: from the time axis to the right edge, so the
    // axis' tick labels stay readable under it. Null when the playhead is out of view.
    static QLineF playheadLine(const SequenceLayout &layout, const QRectF &visible,
                               SimTime playhead);
    // Whether the arrow is drawn at all (arrowsAfter, arrowsBefore).
    static bool showsArrow(const SequencePaintState &state, const ArrowGeometry &arrow);
    // How opaque what has not happened yet is drawn: 0 when it is hidden.
    static double futureOpacity(const SequencePaintState &state);
    // A rectangle with rounded corners as a polygon (four straight pieces a corner: within
    // a fifth of a pixel of the arc at 3 pixels a unit). Qt's raster engine fills it in
    // about 60 % of the time it takes for QPainter::drawRoundedRect's curves, which
    // it flattens anew for every box.
    static QPolygonF roundedBox(const QRectF &rect, double radius);
    // Draws a rounded box with the painter's pen and brush: as roundedBox() on an image,
    // as QPainter::drawRoundedRect for SVG and PDF (whose curves are shorter to write and
    // exact at any zoom); a turned box without an outline on an image as a rectangle.
    static void drawRoundedBox(QPainter *painter, const QRectF &rect, double radius);
    // Draws a rounded box with a frame `frameWidth` wide centred on its edge, filled with
    // `fill` (which may be translucent: it is laid over `paper`, what the box stands on).
    // On an image as two fills, a box of the frame's colour and the fill's box inside it:
    // Qt's raster engine takes about a fifth of the time a stroke and a fill take. For SVG
    // and PDF as a stroked box.
    static void drawFramedBox(QPainter *painter, const QRectF &rect, double radius, const QColor &frame,
                              double frameWidth, const QColor &fill, const QColor &paper);
    // Draws a filled circle with the painter's brush: as a polygon of 32 sides on an image
    // (within a fiftieth of a pixel of the circle up to 10 pixels across), which Qt's
    // raster engine fills in an eighth of the time of QPainter::drawEllipse's curves;
    // as that ellipse for SVG and PDF.
    static void drawDot(QPainter *painter, const QPointF &center, double radius);
};

} // namespace tcplab
