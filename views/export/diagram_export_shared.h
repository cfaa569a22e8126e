#pragma once

// What diagram_export.cpp (pictures, PDF pages, steps) and diagram_export_slides.cpp (the
// slide preset) share. Internal to DiagramExporter: not for other classes.

#include "sequence/sequence_layout.h"
#include "sim/sim_time.h"

#include <QString>

namespace tcplab::exportshared {

inline constexpr double rangeMargin = 14; // room above and below a chosen range
inline constexpr double slideMargin = 24; // points around a slide's content
inline constexpr double slideGap = 8;     // between the title band, the diagram and the footer
// The diagram's text on a slide: 1.5 × the screen's size, read from the back of a room on
// a 1080-line projector (a 9 pt label becomes about 27 pixels); 1.25 × when that takes
// fewer slides, or as many with no exchange cut across slides or no scrap left
// (planSlides()). Less only when the lifelines would not fit the slide's width otherwise.
inline constexpr double slideTextScales[] = {1.5, 1.25};

// The column right of a slide's diagram that a step's caption takes, in points (with the
// gap before it), when DiagramExportOptions::captionBeside.
inline constexpr double slideCaptionColumn = 340;
inline constexpr double slideCaptionGap = 16;

// The width a slide gives the diagram, in the diagram's own pixels, at a text scale (less
// the caption's column beside it).
double slideDiagramWidth(double textScale, bool captionBeside);
// The slide's width, in points, that the diagram is centred in.
double slideDiagramArea(bool captionBeside);

// The file of step `index` (from 0) of a series of `count`: step-01.png, … (as many
// digits as the count needs, at least two, so the files sort in order).
QString stepFileName(qsizetype index, qsizetype count);

// A picture up to a moment shows a segment still in flight as its packet at the start of
// its arrow: its label, placed at the middle of the whole arrow, would float beside
// nothing, so it waits until the arrow is drawn.
void hideLabelsInFlight(SequenceLayout &layout, SimTime playhead);

// Ticks at least TimeAxis::minimumTickSpacing apart as drawn, when the layout is drawn
// smaller than its own pixels (a wide diagram on A4, many hosts on a slide).
void spaceTicksFor(SequenceLayout &layout, double drawnScale);

} // namespace tcplab::exportshared
