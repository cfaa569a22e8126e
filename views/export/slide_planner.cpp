// The slide preset's planner: where a run is cut into slides and at which scale each is
// drawn (see slide_planner.h for the steps).
#include "export/slide_planner.h"
#include "export/diagram_export_shared.h"

#include "trace/trace.h"

#include <QFontMetricsF>
#include <algorithm>
#include <cmath>
#include <limits>
#include <tuple>
#include <vector>

namespace tcplab {

using namespace exportshared;

namespace {
// A slide's stretch of time is drawn at the least scale times 2^(k/8) for the largest k
// that still fits the slide (eighths of a doubling: within 9 % of full, and the few scales
// a deck uses are laid out once each). A slide already this full keeps the least scale.
// Up to 8×: a slide with little on it is stretched to fill its page only so far; time is
// not drawn at many times what its labels need (slides are filled with exchanges first).
constexpr int slideStretchStepsPerDoubling = 8;
constexpr int slideMaxStretchSteps = 3 * slideStretchStepsPerDoubling; // up to 8×
constexpr int slideMinStretchSteps = -slideStretchStepsPerDoubling;    // down to half
// A slide less full than this is a scrap, better shown with the slide beside it.
constexpr double slideScrap = 0.7;
// A run with more than this share of its labels placed anyway is planned at the least
// scale alone (measureSlide()).
constexpr double leastScaleOnlyShare = 0.1;
// A forced part of more slides than this is drawn at the least scale (forcedFill()).
constexpr int slideForcedStretchMost = 8;
// A slide less full than this shares the run out anew with its neighbour where both come
// out fuller (slides may end at many places — between moments and at hinges — and the
// first fit leaves the rest to whatever follows).
constexpr double slideWellFilled = 0.85;

// The rows a slide edge may not cross without cutting words or a fold in two: the axis'
// tick labels, the state names, timer texts, folds, flood and SYN-queue texts (the
// arrows' labels are reckoned with their arrows).
QList<std::pair<double, double>> textSpans(const SequenceLayout &layout)
{
    QList<std::pair<double, double>> spans;
    auto add = [&spans](const QRectF &r) {
        if (!r.isEmpty())
            spans.append({r.top(), r.bottom()});
    };
    const double tickText = QFontMetricsF(sequenceAnnotationFont(layout.options.font)).height() / 2 + 1;
    for (const AxisTick &tick : layout.ticks(layout.axis.top(), layout.axis.bottom()))
        spans.append({tick.y - tickText, tick.y + tickText});
    for (const StateBandGeometry &b : layout.stateBands)
        add(b.textRect);
    for (const TimerBracketGeometry &t : layout.timers)
        add(t.textRect);
    for (const BreakGeometry &b : layout.breaks)
        spans.append({b.y0, b.y1});
    for (const FloodGeometry &f : layout.floods)
        add(f.textRect);
    for (const SynQueueGeometry &q : layout.synQueues) {
        for (const SynQueueGeometry::Mark &m : q.marks)
            add(m.textRect);
    }
    return spans;
}

bool crosses(const std::pair<double, double> &span, double y)
{
    return span.first < y && span.second > y;
}

using PlaceRows = SlidePlanner::PlaceRows;

// A moment at which every arrow in flight starts or ends can end a slide: the arrows that
// arrive then (and every one sent before) end on it, those that leave then start on the
// next, and the moment's row — its tick, the states entered, the timers set — is shown at
// the foot of the one and again at the top of the other. None where an arrow or a flood
// passes the moment, or where the two rows would cut a label or reach a neighbouring
// moment's row.
std::optional<PlaceRows> hingeRows(const SequenceLayout &layout, const QList<SimTime> &moments, qsizetype i,
                                   const QList<std::pair<double, double>> &spans)
{
    const SimTime moment = moments[i];
    for (const FloodGeometry &f : layout.floods) {
        if (f.t0 < moment && f.t1 > moment)
            return std::nullopt;
    }
    const TimeAxis &axis = layout.axis;
    const double y = axis.timeToY(moment);
    const double held = y + axis.holdAt(moment);
    const double previous = axis.timeToY(moments[i - 1]) + axis.holdAt(moments[i - 1]);
    const double next = axis.timeToY(moments[i + 1]);
    PlaceRows rows{std::max(y - rangeMargin, (previous + y) / 2), std::min(held + rangeMargin, (held + next) / 2)};
    double firstLeaving = y; // the top of the arrows that leave at the moment or later
    for (int index : layout.arrowIndex.query(previous, next)) {
        const ArrowGeometry &a = layout.arrows[index];
        if (a.sentAt < moment && a.endsAt > moment)
            return std::nullopt;
        if (a.sentAt < moment || a.endsAt <= moment)
            rows.bottom = std::max(rows.bottom, a.maxY);
        else
            firstLeaving = std::min(firstLeaving, a.minY);
    }
    rows.top = std::min(rows.top, firstLeaving);
    // A text across either row is taken in whole, with room for its descenders: the
    // names of the states entered at the moment at the foot of the slide above, say. The
    // slide below leaves out one that ends above the moment and its arrows instead.
    constexpr double textRoom = 4;
    for (int passes = 0, moved = true; moved; ++passes) {
        moved = false;
        if (passes > 8)
            return std::nullopt; // texts crowd the moment: no rows part them
        for (const auto &span : spans) {
            const std::pair<double, double> padded{span.first - textRoom, span.second + textRoom};
            if (crosses(padded, rows.bottom)) {
                rows.bottom = padded.second;
                moved = true;
            }
            if (crosses(padded, rows.top)) {
                rows.top = padded.second <= firstLeaving ? padded.second : padded.first;
                moved = true;
            }
        }
        if (rows.bottom > next || rows.top < previous)
            return std::nullopt;
    }
    return rows;
}

// Inside an exchange taller than a slide: the row at most `limit` (and in the lower part
// of the slide from `top`) that cuts no words, so each label stays whole on the slide of its
// anchor, and that cuts the fewest arrows (where only the long one is in flight, as a
// textbook would), the lowest of those so the slide is full. Where words crowd every row,
// one that cuts no arrow's label at least; where labels do too, the one that cuts fewest
// (*clean is then false: another scale may part them).
double forcedCutRow(const SequenceLayout &layout, const QList<std::pair<double, double>> &texts,
                    const QList<std::pair<double, double>> &labels, double top, double limit, bool *clean)
{
    // Every row between top and limit is tried: only the spans that reach into that stretch
    // can be crossed there, so they are picked out once (a run of 1,000 segments has
    // thousands of spans, a slide a few dozen; counting all of them for every row made the
    // slide preset of such a run take seconds).
    auto reaching = [top, limit](const QList<std::pair<double, double>> &spans) {
        QList<std::pair<double, double>> near;
        for (const auto &span : spans) {
            if (span.second > top && span.first < limit)
                near.append(span);
        }
        return near;
    };
    const QList<std::pair<double, double>> nearTexts = reaching(texts);
    const QList<std::pair<double, double>> nearLabels = reaching(labels);
    QList<std::pair<double, double>> nearArrows; // the rows each arrow's line spans
    for (int i : layout.arrowIndex.query(top, limit)) {
        const ArrowGeometry &a = layout.arrows[i];
        nearArrows.append({std::min(a.p1.y(), a.end.y()), std::max(a.p1.y(), a.end.y())});
    }
    enum class Spare { TextsAndLabels, Labels, Nothing };
    const struct {
        double lowest;
        Spare spare;
    } tries[] = {{0.85, Spare::TextsAndLabels}, {0.7, Spare::TextsAndLabels}, {0.5, Spare::TextsAndLabels},
                 {0.5, Spare::Labels}, {0.2, Spare::Labels}, {0.5, Spare::Nothing}};
    // The rows tried are floor(limit), the one above, … (whole rows, so each is exact):
    // row k is floor(limit) - k. How many spans cross each is counted once for all the
    // tries, a span adding one to the rows it crosses (a slide has some 500 rows, and a
    // count for every row and try made forced cuts take most of the planning).
    const double first = std::floor(limit);
    const double lowest = std::min_element(std::cbegin(tries), std::cend(tries), [](const auto &a, const auto &b) {
                              return a.lowest < b.lowest;
                          })->lowest;
    qsizetype rows = 0;
    while (first - double(rows) > top + lowest * (limit - top))
        ++rows;
    auto countsOf = [&](const QList<std::pair<double, double>> &spans) {
        std::vector<int> counts(size_t(rows) + 1, 0);
        for (const auto &span : spans) {
            // crosses(span, first - k) for k in kLo..kHi: a first guess, then made exact.
            qsizetype kLo = std::clamp<qsizetype>(qsizetype(std::floor(first - span.second)) + 1, 0, rows);
            qsizetype kHi = std::clamp<qsizetype>(qsizetype(std::ceil(first - span.first)) - 1, -1, rows - 1);
            while (kLo > 0 && crosses(span, first - double(kLo - 1)))
                --kLo;
            while (kLo < rows && kLo <= kHi && !crosses(span, first - double(kLo)))
                ++kLo;
            while (kHi + 1 < rows && crosses(span, first - double(kHi + 1)))
                ++kHi;
            while (kHi >= kLo && !crosses(span, first - double(kHi)))
                --kHi;
            if (kLo > kHi)
                continue;
            ++counts[size_t(kLo)];
            --counts[size_t(kHi) + 1];
        }
        for (qsizetype k = 1; k < rows; ++k)
            counts[size_t(k)] += counts[size_t(k) - 1];
        return counts;
    };
    const std::vector<int> labelsAt = countsOf(nearLabels);
    const std::vector<int> textsAt = countsOf(nearTexts);
    const std::vector<int> arrowsAt = countsOf(nearArrows);
    *clean = true;
    for (const auto &attempt : tries) {
        double best = -1;
        std::pair<int, int> fewest{std::numeric_limits<int>::max(), 0}; // labels, arrows cut
        for (qsizetype k = 0; first - double(k) > top + attempt.lowest * (limit - top); ++k) {
            const int labelsCut = labelsAt[size_t(k)];
            if (attempt.spare != Spare::Nothing
                && (labelsCut > 0 || (attempt.spare == Spare::TextsAndLabels && textsAt[size_t(k)] > 0)))
                continue;
            if (const std::pair<int, int> score{labelsCut, arrowsAt[size_t(k)]}; score < fewest) {
                fewest = score;
                best = first - double(k);
            }
        }
        if (best >= 0) {
            *clean = fewest.first == 0;
            return best;
        }
    }
    *clean = false;
    return limit;
}
} // namespace

namespace {
constexpr qsizetype rangeStart = -1;
constexpr qsizetype rangeEnd = std::numeric_limits<qsizetype>::max();
// At the least scale, or (an exchange taller than a slide at it) at the largest scale
// down to half of it at which it fits, in quarters of a halving: labels need rows of
// their own at any scale, so a smaller scale is not always shorter, and a handshake a
// few rows taller than a slide at the least scale may fit at three quarters of it.
constexpr int shrinkSteps[] = {0, slideMinStretchSteps / 4, slideMinStretchSteps / 2,
                               3 * slideMinStretchSteps / 4, slideMinStretchSteps};
} // namespace

SlidePlanner::SlidePlanner(DiagramExporter &exporter, double textScale)
    : m_exporter(exporter), m_slides(exporter.m_slides), m_textScale(textScale)
{
}

DiagramExporter::SlideFlaw SlidePlanner::plan()
{
    // One text size on every slide, so labels keep their size from slide to slide: the
    // lifelines spread over the slide's width at textScale (smaller only when they do not
    // fit). A slide begins and ends between two moments of the run, where no arrow (nor
    // its label) is cut; it holds the most whole exchanges that fit at the least scale,
    // and is then drawn at the largest scale that still fits, so it fills its height.
    measureSlide();
    findPlaces();
    partGreedily();
    reshareRuns();
    mendScraps();
    return layOutPages();
}

void SlidePlanner::measureSlide()
{
    DiagramExporter::SlideGeometry &g = m_slides;
    SequenceLayout &layout = m_exporter.m_layout;
    const QSizeF slide = DiagramExporter::slideSize();
    const bool beside = m_exporter.m_options.captionBeside;
    g.scale = std::min(m_textScale, (slideDiagramArea(beside) - 2 * slideMargin) / layout.size.width());
    const double titleBand = QFontMetricsF(m_exporter.slideTitleFont()).height() + slideGap;
    g.diagramTop = slideMargin + titleBand + slideGap;
    const double caption = beside ? 0 : m_exporter.captionHeight(layout.size.width());
    const double footer = (m_exporter.legendHeight() + caption) * g.scale;
    g.contentHeight = std::max(40.0, (slide.height() - g.diagramTop - footer - slideMargin) / g.scale
                                         - layout.headerHeight);
    spaceTicksFor(layout, g.scale);
    // A run whose labels mostly found no free place (bursts of parallel arrows crossed by
    // their ACKs: 946 of 999 in the benchmark's bulk transfer) takes half a second to lay
    // out, at any scale, and no other scale frees its labels: its slides are planned at
    // the least scale alone, instead of at up to thirty (30 s for that run's deck).
    m_leastScaleOnly = layout.labelsPlacedAnyway > leastScaleOnlyShare * std::max<qsizetype>(1, layout.arrows.size());
    // The same place is found in the layout of every scale (a slide's last row at one
    // scale and the next slide's first row at another part the run at the same events).
    // Labels take more or less room at other scales: a place may be one in some layouts
    // only.
    for (int index : m_exporter.stepEvents())
        m_moments.append(m_exporter.m_trace.events[index].time);
}

qsizetype SlidePlanner::eventsBefore(SimTime t) const
{
    return qsizetype(std::upper_bound(m_moments.cbegin(), m_moments.cend(), t) - m_moments.cbegin());
}

const SlidePlanner::Stretch &SlidePlanner::stretch(int steps)
{
    if (m_leastScaleOnly)
        steps = 0;
    if (const auto it = m_stretches.find(steps); it != m_stretches.end())
        return it->second;
    Stretch s;
    if (steps != 0) {
        SequenceLayoutOptions o = m_exporter.m_layout.options;
        o.pixelsPerMs *= std::exp2(double(steps) / slideStretchStepsPerDoubling);
        SequenceLayout layout = layoutSequence(m_exporter.m_trace, o);
        hideLabelsInFlight(layout, m_exporter.m_options.playhead);
        spaceTicksFor(layout, m_slides.scale);
        m_exporter.m_slideLayouts.append(std::move(layout));
        s.layout = int(m_exporter.m_slideLayouts.size()) - 1;
    }
    const SequenceLayout &layout = layoutOf(s);
    for (double cut : m_exporter.cutCandidates(layout)) {
        const qsizetype place = eventsBefore(layout.axis.yToTime(cut));
        // The run's quiet end stays with its last moment.
        if (place > 0 && place < m_moments.size() && !s.cutAt.contains(2 * place))
            s.cutAt.insert(2 * place, PlaceRows{cut, cut});
    }
    const auto texts = textSpans(layout);
    for (qsizetype i = 1; i + 1 < m_moments.size(); ++i) {
        if (const auto rows = hingeRows(layout, m_moments, i, texts))
            s.cutAt.insert(2 * i + 1, *rows);
    }
    return m_stretches.emplace(steps, std::move(s)).first->second;
}

const SequenceLayout &SlidePlanner::layoutOf(const Stretch &s) const
{
    return s.layout < 0 ? m_exporter.m_layout : m_exporter.m_slideLayouts[s.layout];
}

// The row a slide that begins at a place begins at, and one that ends there ends at.
double SlidePlanner::rowAt(int steps, qsizetype place, Side side)
{
    const Stretch &s = stretch(steps);
    const DiagramExporter::Region r = m_exporter.regionIn(layoutOf(s));
    if (place == rangeStart)
        return r.y0;
    if (place == rangeEnd)
        return r.y1;
    const auto it = s.cutAt.constFind(place);
    if (it == s.cutAt.cend())
        return std::numeric_limits<double>::quiet_NaN();
    return side == Side::SlideBegins ? it->top : it->bottom;
}

// Rows the stretch between two places takes at a scale; NaN where either is no cut, and
// where it holds nothing but one hinge's row (from just above the moment to the hinge,
// or from the hinge to just below it: the slide beside it shows that row already).
double SlidePlanner::heightAt(int steps, qsizetype from, qsizetype to)
{
    if (from != rangeStart && to != rangeEnd && to - from == 1)
        return std::numeric_limits<double>::quiet_NaN();
    const double top = rowAt(steps, from, Side::SlideBegins);
    const double bottom = rowAt(steps, to, Side::SlideEnds);
    return bottom > top ? bottom - top : std::numeric_limits<double>::quiet_NaN();
}

bool SlidePlanner::fitsAt(int steps, qsizetype from, qsizetype to)
{
    const double h = heightAt(steps, from, to);
    return !std::isnan(h) && h <= m_slides.contentHeight;
}

std::optional<int> SlidePlanner::leastFitting(qsizetype from, qsizetype to)
{
    for (int steps : shrinkSteps) {
        if (fitsAt(steps, from, to))
            return steps;
    }
    return std::nullopt;
}

bool SlidePlanner::fits(qsizetype from, qsizetype to)
{
    return leastFitting(from, to).has_value();
}

void SlidePlanner::findPlaces()
{
    for (int steps : shrinkSteps) {
        for (auto it = stretch(steps).cutAt.cbegin(); it != stretch(steps).cutAt.cend(); ++it)
            m_places.append(it.key());
    }
    std::sort(m_places.begin(), m_places.end());
    m_places.erase(std::unique(m_places.begin(), m_places.end()), m_places.end());
    m_places.append(rangeEnd);
}

void SlidePlanner::partGreedily()
{
    const double contentHeight = m_slides.contentHeight;
    for (qsizetype from = rangeStart; from != rangeEnd;) {
        auto next = std::upper_bound(m_places.cbegin(), m_places.cend(), from);
        qsizetype to = from;
        for (auto it = next; it != m_places.cend(); ++it) {
            if (fits(from, *it)) {
                to = *it;
                continue;
            }
            // Longer stretches are taller still.
            const double h0 = heightAt(0, from, *it);
            const double hMin = heightAt(slideMinStretchSteps, from, *it);
            if ((!std::isnan(h0) && h0 > contentHeight) || (!std::isnan(hMin) && hMin > contentHeight))
                break;
        }
        if (to == from) {
            // Up to the next place either scale can cut at.
            to = rangeEnd;
            for (auto it = next; it != m_places.cend(); ++it) {
                if (std::any_of(std::cbegin(shrinkSteps), std::cend(shrinkSteps),
                                [&](int steps) { return !std::isnan(heightAt(steps, from, *it)); })) {
                    to = *it;
                    break;
                }
            }
            // Exchanges taller than a slide back to back are cut as one (each alone would
            // leave its last slide part empty).
            if (!m_parts.isEmpty() && m_parts.last().forced)
                m_parts.last().to = to;
            else
                m_parts.append({from, to, true});
        } else {
            m_parts.append({from, to, false});
        }
        from = to;
    }
}

// How full a slide would be with its time stretched as far as a slide goes (a fold keeps
// its height).
double SlidePlanner::fullAtMost(qsizetype from, qsizetype to)
{
    const int steps = leastFitting(from, to).value_or(slideMinStretchSteps);
    const double y0 = rowAt(steps, from, Side::SlideBegins);
    const double y1 = rowAt(steps, to, Side::SlideEnds);
    double fixed = 0;
    for (const TimeAxis::Piece &piece : layoutOf(stretch(steps)).axis.pieces()) {
        if (piece.kind != TimeAxis::PieceKind::Linear)
            fixed += std::max(0.0, std::min(piece.y1, y1) - std::max(piece.y0, y0));
    }
    const double grow = std::exp2(double(slideMaxStretchSteps - steps) / slideStretchStepsPerDoubling);
    return std::min(1.0, (fixed + (y1 - y0 - fixed) * grow) / m_slides.contentHeight);
}

void SlidePlanner::reshareRuns()
{
    // Filling each slide with the most that fits leaves the rest to whatever follows: a
    // fold alone between two hinges, say. Each run of parts between forced ones is parted
    // anew into as few slides as before, the least full of them as full as can be, by how
    // full a slide would be at most (fullAtMost).
    const double contentHeight = m_slides.contentHeight;
    QList<Part> &parts = m_parts;
    for (qsizetype first = 0; first < parts.size();) {
        if (parts[first].forced) {
            ++first;
            continue;
        }
        qsizetype last = first;
        while (last + 1 < parts.size() && !parts[last + 1].forced)
            ++last;
        QList<qsizetype> run{parts[first].from};
        for (auto it = std::upper_bound(m_places.cbegin(), m_places.cend(), parts[first].from);
             it != m_places.cend() && *it < parts[last].to; ++it)
            run.append(*it);
        run.append(parts[last].to);
        // best[j]: the fewest slides from the run's start to run[j], and the least full of
        // them as full as can be; previous[j]: where its last slide begins.
        // Of as few slides, those that end at fewer hinges (a slide ending between moments
        // with nothing in flight keeps every exchange whole: the handshake of lost-syn-ack
        // after the folded second rather than parted at its SYN's arrival).
        struct Best {
            qsizetype slides = std::numeric_limits<qsizetype>::max();
            qsizetype hinges = 0;
            double leastFull = 0;
            qsizetype previous = -1;
        };
        QList<Best> best(run.size());
        best[0] = Best{0, 0, 1, -1};
        for (qsizetype j = 1; j < run.size(); ++j) {
            for (qsizetype i = j - 1; i >= 0; --i) {
                if (best[i].previous < 0 && i != 0)
                    continue;
                if (!fits(run[i], run[j])) {
                    // Longer stretches are taller still.
                    const double h0 = heightAt(0, run[i], run[j]);
                    if (!std::isnan(h0) && heightAt(slideMinStretchSteps, run[i], run[j]) > contentHeight
                        && h0 > contentHeight)
                        break;
                    continue;
                }
                const qsizetype slides = best[i].slides + 1;
                const qsizetype hinges = best[i].hinges + (j + 1 < run.size() && run[j] % 2 == 1 ? 1 : 0);
                const double leastFull = std::min(best[i].leastFull, fullAtMost(run[i], run[j]));
                if (std::make_pair(slides, hinges) < std::make_pair(best[j].slides, best[j].hinges)
                    || (slides == best[j].slides && hinges == best[j].hinges && leastFull > best[j].leastFull + 1e-9))
                    best[j] = Best{slides, hinges, leastFull, i};
            }
        }
        if (best.last().previous >= 0 && best.last().slides <= last - first + 1) {
            QList<Part> parted;
            for (qsizetype j = run.size() - 1; j > 0; j = best[j].previous)
                parted.prepend(Part{run[best[j].previous], run[j], false});
            parts.remove(first, last - first + 1);
            for (qsizetype k = 0; k < parted.size(); ++k)
                parts.insert(first + k, parted[k]);
            last = first + parted.size() - 1;
        }
        first = last + 1;
    }
}

SlidePlanner::Fill SlidePlanner::bestFill(qsizetype from, qsizetype to)
{
    const double contentHeight = m_slides.contentHeight;
    // A first guess from the least scale: folded stretches and held instants keep
    // their height at any scale, only the rest grows; then up while the next fits.
    int steps = leastFitting(from, to).value_or(slideMinStretchSteps);
    const double y0 = rowAt(steps, from, Side::SlideBegins);
    const double y1 = rowAt(steps, to, Side::SlideEnds);
    const SequenceLayout &layout = layoutOf(stretch(steps));
    double fixed = 0;
    for (const TimeAxis::Piece &piece : layout.axis.pieces()) {
        if (piece.kind != TimeAxis::PieceKind::Linear)
            fixed += std::max(0.0, std::min(piece.y1, y1) - std::max(piece.y0, y0));
    }
    const double grow = std::max(1e-3, contentHeight - fixed) / std::max(1.0, y1 - y0 - fixed);
    int guess = std::clamp(steps + int(std::floor(std::log2(grow) * slideStretchStepsPerDoubling)),
                           steps, slideMaxStretchSteps);
    while (guess > steps && !fitsAt(guess, from, to))
        --guess;
    while (guess < slideMaxStretchSteps && fitsAt(guess + 1, from, to))
        ++guess;
    // A hinge may be no place at some scales (a label then reaches past the moment
    // next to it) and one again at larger: a slide not yet well filled looks past such
    // scales, up to a doubling further.
    for (int k = guess + 2; k <= std::min(slideMaxStretchSteps, guess + slideStretchStepsPerDoubling)
         && heightAt(guess, from, to) < slideWellFilled * contentHeight; ++k) {
        if (!fitsAt(k, from, to))
            continue;
        guess = k;
        while (guess < slideMaxStretchSteps && fitsAt(guess + 1, from, to))
            ++guess;
    }
    return Fill{guess, heightAt(guess, from, to) / contentHeight};
}

// An exchange taller than a slide at every scale fills a whole number of slides: it is
// drawn at the largest scale at which it takes no more of them than at the least.
SlidePlanner::Forced SlidePlanner::forcedFill(qsizetype from, qsizetype to)
{
    const double contentHeight = m_slides.contentHeight;
    // The scale down to half the least at which it is shortest (the places that bound
    // it may be places at some of those scales only).
    Forced least{0, std::numeric_limits<double>::quiet_NaN()};
    for (int steps : shrinkSteps) {
        const double h = heightAt(steps, from, to);
        if (!std::isnan(h) && (std::isnan(least.height) || h < least.height))
            least = Forced{steps, h};
    }
    const double room = std::ceil(least.height / contentHeight - 1e-6) * contentHeight;
    // Stretched to fill its last slide, unless it fills many: its last slide is then too
    // small a share of it to lay the whole run out at scale after scale for (a run that is
    // one long exchange, 1,000 segments back to back, fills 250 slides at every scale).
    if (room > slideForcedStretchMost * contentHeight)
        return least;
    int guess = std::clamp(least.steps + int(std::floor(std::log2(room / least.height) * slideStretchStepsPerDoubling)),
                           least.steps, slideMaxStretchSteps);
    auto fitsRoom = [&](int steps) {
        const double h = heightAt(steps, from, to);
        return !std::isnan(h) && h <= room;
    };
    while (guess > least.steps && !fitsRoom(guess))
        --guess;
    while (guess < slideMaxStretchSteps && fitsRoom(guess + 1))
        ++guess;
    return guess == least.steps ? least : Forced{guess, heightAt(guess, from, to)};
}

// How full a part's (last) slide is.
double SlidePlanner::shareOf(const Part &part)
{
    const double contentHeight = m_slides.contentHeight;
    if (part.forced) {
        const double h = forcedFill(part.from, part.to).height;
        const double slides = std::ceil(h / contentHeight - 1e-6);
        return (h - (slides - 1) * contentHeight) / contentHeight; // its last slide
    }
    return bestFill(part.from, part.to).share;
}

void SlidePlanner::mendScraps()
{
    // A slide with only a scrap on it (a run's final moment after a folded minute, the
    // first SYN before an exchange too tall to share its slide) joins its neighbour where
    // both fit on one, or where the neighbour fills slides of its own anyway; else the two
    // share their exchanges out as evenly as the places allow. A slide not well filled
    // shares out with its neighbour too.
    QList<Part> &parts = m_parts;
    for (bool changed = true; changed && parts.size() > 1;) {
        changed = false;
        for (qsizetype i = 0; i < parts.size() && !changed; ++i) {
            const double share = parts[i].forced ? 1 : shareOf(parts[i]);
            if (share >= slideWellFilled)
                continue;
            for (qsizetype j : {i + 1, i - 1}) {
                if (j < 0 || j >= parts.size() || share >= slideScrap)
                    continue;
                const qsizetype first = std::min(i, j);
                Part joined{parts[first].from, parts[first + 1].to, false};
                if (fits(joined.from, joined.to))
                    joined.forced = false;
                else if (parts[j].forced)
                    joined.forced = true;
                else
                    continue;
                parts[first] = joined;
                parts.removeAt(first + 1);
                changed = true;
                break;
            }
            if (changed)
                break;
            // Share out with a neighbour that is not forced.
            for (qsizetype j : {i - 1, i + 1}) {
                if (j < 0 || j >= parts.size() || parts[j].forced)
                    continue;
                const qsizetype first = std::min(i, j);
                const qsizetype from = parts[first].from;
                const qsizetype to = parts[first + 1].to;
                double bestShare = std::min(shareOf(parts[first]), shareOf(parts[first + 1]));
                const bool atGap = parts[first].to % 2 == 0;
                for (auto it = std::upper_bound(m_places.cbegin(), m_places.cend(), from);
                     it != m_places.cend() && *it < to; ++it) {
                    // A slide that ends between moments keeps its exchanges whole: it is
                    // not moved to a hinge for a fuller page.
                    if (!fits(from, *it) || !fits(*it, to) || (atGap && *it % 2 == 1))
                        continue;
                    const double share = std::min(bestFill(from, *it).share, bestFill(*it, to).share);
                    if (share > bestShare + 0.01) {
                        bestShare = share;
                        parts[first].to = *it;
                        parts[first + 1].from = *it;
                    }
                }
            }
        }
    }
}

// A place at moment k (odd) is a hinge: the slides on either side show it both.
SimTime SlidePlanner::hingeOf(qsizetype place) const
{
    return place >= 0 && place != rangeEnd && place % 2 == 1 ? m_moments[place / 2] : -1;
}

// A forced part cut where each slide is nearly full, at a row that cuts no words (the one
// case an arrow is split across slides: it is marked as continued).
SlidePlanner::Cuts SlidePlanner::cutForced(const Part &part, int steps)
{
    const double contentHeight = m_slides.contentHeight;
    const Stretch &s = stretch(steps);
    const SequenceLayout &layout = layoutOf(s);
    const double y0 = rowAt(steps, part.from, Side::SlideBegins);
    const double y1 = rowAt(steps, part.to, Side::SlideEnds);
    const auto texts = textSpans(layout);
    QList<std::pair<double, double>> labels;
    for (const ArrowGeometry &a : layout.arrows) {
        if (const QRectF r = a.labelPolygon().boundingRect(); !r.isEmpty())
            labels.append({r.top(), r.bottom()});
    }
    QList<DiagramExporter::SlidePage> pages;
    bool clean = true;
    for (double top = y0; top < y1 - 0.5;) {
        bool cleanCut = true;
        const double bottom = top + contentHeight >= y1
            ? y1
            : forcedCutRow(layout, texts, labels, top, top + contentHeight, &cleanCut);
        clean = clean && cleanCut;
        DiagramExporter::SlidePage page{s.layout, top, bottom};
        page.cutAbove = top > y0;
        page.cutBelow = bottom < y1;
        pages.append(page);
        top = bottom;
    }
    return std::make_pair(pages, clean);
}

// The rows of cutForced() may leave the last slide with a scrap: then at a smaller scale.
// Of the scales up to a doubling below the fullest, the one whose cuts part no label,
// leave no slide with a scrap, take the fewest slides and fill the least full of them
// best, in that order (the largest of equals); below that, of the scales laid out
// already, the first that does best at the first three.
QList<DiagramExporter::SlidePage> SlidePlanner::forcedPages(const Part &part)
{
    const double contentHeight = m_slides.contentHeight;
    auto flaws = [&](const Cuts &c) {
        double leastFull = 1;
        for (const DiagramExporter::SlidePage &page : c.first)
            leastFull = std::min(leastFull, (page.y1 - page.y0) / contentHeight);
        const bool scrap = c.first.size() > 1 && leastFull < slideScrap;
        return std::make_tuple(!c.second, scrap, c.first.size(), std::round(-leastFull * 20));
    };
    auto worse = [&](const Cuts &a, const Cuts &b) { return flaws(b) < flaws(a); };
    auto flawed = [&](const Cuts &c) { return std::get<0>(flaws(c)) || std::get<1>(flaws(c)); };
    const int most = forcedFill(part.from, part.to).steps;
    Cuts chosen = cutForced(part, most);
    for (int steps = most - 1;
         steps >= slideMinStretchSteps && (flawed(chosen) || steps >= most - slideStretchStepsPerDoubling); --steps) {
        // Further down, only the scales laid out already (the least one's, where every
        // place was looked for): each other one is the whole run laid out once more, and a
        // run that is one long exchange (1,000 segments back to back) laid itself out
        // thirty times here, a tenth of the time of its slides as PNG files.
        if (steps < most - slideStretchStepsPerDoubling && !m_stretches.contains(steps))
            continue;
        if (std::isnan(heightAt(steps, part.from, part.to)))
            continue;
        if (auto other = cutForced(part, steps); worse(chosen, other))
            chosen = std::move(other);
    }
    return chosen.first;
}

DiagramExporter::SlideFlaw SlidePlanner::layOutPages()
{
    DiagramExporter::SlideGeometry &g = m_slides;
    const SequenceLayout &least = m_exporter.m_layout;
    bool scrap = false;
    for (const Part &part : std::as_const(m_parts)) {
        const qsizetype firstPage = g.pages.size();
        if (part.forced) {
            for (const DiagramExporter::SlidePage &page : forcedPages(part)) {
                g.pages.append(page);
                g.breaks.append(least.axis.timeToY(m_exporter.slideLayout(int(g.pages.size()) - 1).axis.yToTime(page.y0)));
            }
        } else {
            const Fill fill = bestFill(part.from, part.to);
            const Stretch &s = stretch(fill.steps);
            g.pages.append(DiagramExporter::SlidePage{s.layout, rowAt(fill.steps, part.from, Side::SlideBegins),
                                                      rowAt(fill.steps, part.to, Side::SlideEnds)});
            // Where the slide begins in the least scale's rows (for pageBreaks()).
            const double leastRow = rowAt(0, part.from, Side::SlideBegins);
            g.breaks.append(std::isnan(leastRow) ? least.axis.timeToY(layoutOf(s).axis.yToTime(g.pages.last().y0))
                                                 : leastRow);
        }
        g.pages[firstPage].hingeAbove = hingeOf(part.from);
        g.pages.last().hingeBelow = hingeOf(part.to);
        const DiagramExporter::SlidePage &page = g.pages.last();
        scrap = scrap || (m_parts.size() > 1 && page.y1 - page.y0 < slideScrap * g.contentHeight);
    }
    g.breaks.append(m_exporter.regionIn(least).y1);
    if (scrap)
        return DiagramExporter::SlideFlaw::Scrap;
    const bool forced = std::any_of(m_parts.cbegin(), m_parts.cend(), [](const Part &part) { return part.forced; });
    return forced ? DiagramExporter::SlideFlaw::ForcedCut : DiagramExporter::SlideFlaw::None;
}

} // namespace tcplab
