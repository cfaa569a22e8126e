#pragma once

#include <QColor>

namespace tcplab {

// The colours and stroke widths the diagrams and the narration are drawn with. The views
// take one and read it instead of constants: standard() is the look on a screen (exactly as
// it has always been), projector() the high-contrast look of presenter mode, where a beamer
// washes out pale colours and thin lines. Host and state colours stay HostPalette's in both:
// they are already chosen to survive a projector; what changes is everything drawn pale.
struct DiagramTheme {
    enum class Kind { Standard, Projector };

    static DiagramTheme standard();
    static DiagramTheme projector();

    Kind kind = Kind::Standard;

    // --- the sequence diagram
    QColor background;
    QColor gridText;          // the time axis' tick labels
    QColor gridLine;
    QColor axisLine;
    QColor breakFill;         // a compressed quiet stretch
    QColor breakLine;
    QColor breakText;
    QColor textBackground;    // behind break texts
    QColor stripBackground;   // behind flood texts and the sticky header strip
    QColor labelBackground;   // behind a segment's label
    QColor stateTextBackground;
    QColor headerSubtitle;
    QColor headerRule;
    QColor badgeText;         // "retransmission", "duplicate"
    int labelTextDarker = 125; // a label's text is its lane colour darker by this (QColor::darker)
    double arrowWidth = 1.6;
    double lifelineWidth = 1.5;
    double futureOpacity = 0.22; // the future drawn faintly (FutureMode::Faint)
    QColor selection;
    double labelSelectionWidth = 1.2; // the frame of a selected segment's label
    int selectionAlpha = 110;
    double selectionWidth = 7;
    int hoverAlpha = 60;
    double hoverWidth = 5;
    QColor playhead;
    double playheadWidth = 1.5;

    // --- the state diagram
    QColor stateEdge;
    QColor stateLabelText;
    QColor stateLabelBackground;
    double stateEdgeWidth = 1.8;
    double stateBorderWidth = 1.5;

    // --- the narration (the list and presenter mode's caption strip)
    QColor narrationCurrentBackground;
    QColor narrationNoteBackground;
    QColor narrationCurrentNoteBackground;
    QColor narrationCurrentText;
    QColor narrationPastText;
    QColor captionBackground;
    QColor captionText;
};

} // namespace tcplab
