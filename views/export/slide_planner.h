#pragma once

#include "export/diagram_export.h"

#include <QHash>
#include <QList>
#include <map>
#include <optional>
#include <utility>

namespace tcplab {

// Plans the slides of DiagramExporter's slide preset at one text size: where the run is
// cut into slides (between moments, at hinge moments, or across arrows marked as
// continued) and at which stretch of the time scale each slide is drawn. It fills the
// exporter's slide geometry and the layouts of the scales it uses, in these steps:
//  1. measureSlide(): the scale, and how many diagram rows a slide holds;
//  2. findPlaces(): the places where a slide may end, at every scale that may be used;
//  3. partGreedily(): each slide takes the most whole exchanges that fit; an exchange
//     taller than a slide at every scale is a forced part, cut across slides;
//  4. reshareRuns(): each run of parts between forced ones is parted anew into as few
//     slides, the least full of them as full as can be;
//  5. mendScraps(): a slide with only a scrap on it joins its neighbour or shares out with it;
//  6. layOutPages(): each part's pages at the scale that fills them.
class SlidePlanner
{
public:
    SlidePlanner(DiagramExporter &exporter, double textScale);
    // Plans the slides (the exporter's m_slides and m_slideLayouts must be empty) and says
    // what the plan leaves wanting.
    DiagramExporter::SlideFlaw plan();

    // Where the slides around a place part: the row the next slide begins at and the row
    // this one ends at (equal for a cut between moments).
    struct PlaceRows {
        double top = 0;
        double bottom = 0;
    };

private:
    // The run laid out at the least scale times 2^(steps/8), and its places.
    struct Stretch {
        int layout = -1;                   // index into m_slideLayouts; -1: m_layout
        QHash<qsizetype, PlaceRows> cutAt; // place → rows of that layout
    };
    // Places that begin and end slides, from one to the next.
    struct Part {
        qsizetype from = 0;
        qsizetype to = 0;
        bool forced = false; // taller than a slide at every scale: cut where slides end
    };
    // The largest scale at which a part fits, and how full its slide is then.
    struct Fill {
        int steps = 0;
        double share = 0;
    };
    // A forced part: the scale it is drawn at, and its height there.
    struct Forced {
        int steps = 0;
        double height = 0;
    };
    enum class Side { SlideBegins, SlideEnds };
    // A forced part's pages at one scale, and whether their cuts part no label.
    using Cuts = std::pair<QList<DiagramExporter::SlidePage>, bool>;

    void measureSlide();
    void findPlaces();
    void partGreedily();
    void reshareRuns();
    void mendScraps();
    DiagramExporter::SlideFlaw layOutPages();

    qsizetype eventsBefore(SimTime t) const;
    const Stretch &stretch(int steps);
    const SequenceLayout &layoutOf(const Stretch &s) const;
    double rowAt(int steps, qsizetype place, Side side);
    double heightAt(int steps, qsizetype from, qsizetype to);
    bool fitsAt(int steps, qsizetype from, qsizetype to);
    std::optional<int> leastFitting(qsizetype from, qsizetype to);
    bool fits(qsizetype from, qsizetype to);
    double fullAtMost(qsizetype from, qsizetype to);
    Fill bestFill(qsizetype from, qsizetype to);
    Forced forcedFill(qsizetype from, qsizetype to);
    double shareOf(const Part &part);
    SimTime hingeOf(qsizetype place) const;
    Cuts cutForced(const Part &part, int steps);
    QList<DiagramExporter::SlidePage> forcedPages(const Part &part);

    DiagramExporter &m_exporter;
    DiagramExporter::SlideGeometry &m_slides;
    const double m_textScale;
    // The moments of the range. A place where a slide may end is named after them: 2k
    // between moments k-1 and k (a gap with nothing in flight), 2k+1 at moment k (a hinge).
    QList<SimTime> m_moments;
    std::map<int, Stretch> m_stretches; // by stretch steps; 0: the least scale
    bool m_leastScaleOnly = false;      // every scale is the least (see measureSlide())
    QList<qsizetype> m_places;          // in order, then the range's end
    QList<Part> m_parts;
};

} // namespace tcplab
