// The slide preset: where a run is cut into 1920×1080 slides (between moments, at hinge
// moments, or across arrows marked as continued) and how each slide is painted and written.
// The rest of DiagramExporter is in diagram_export.cpp.
#include "export/diagram_export.h"
#include "export/diagram_export_shared.h"

#include "common/host_palette.h"
#include "sequence/sequence_painter.h"
#include "trace/trace.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QPageSize>
#include <QPainter>
#include <QSemaphore>
#include <QThread>
#include <QThreadPool>
#include <algorithm>
#include <array>
#include <atomic>
#include <map>
#include <optional>
#include <cmath>

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

// Whether two convex polygons share more than an edge (the separating axis test: the
// labels are rotated boxes, the texts and tags upright ones; QPolygonF::intersects goes
// through QPainterPath and costs a hundred times as much).
bool convexOverlap(const QPolygonF &a, const QPolygonF &b)
{
    auto separated = [](const QPolygonF &edges, const QPolygonF &other, const QPolygonF &self) {
        for (qsizetype i = 0; i < edges.size(); ++i) {
            const QPointF p = edges[i];
            const QPointF q = edges[(i + 1) % edges.size()];
            const QPointF normal(q.y() - p.y(), p.x() - q.x());
            if (normal.isNull())
                continue;
            auto range = [&normal](const QPolygonF &poly) {
                double lo = std::numeric_limits<double>::max();
                double hi = std::numeric_limits<double>::lowest();
                for (const QPointF &v : poly) {
                    const double d = QPointF::dotProduct(v, normal);
                    lo = std::min(lo, d);
                    hi = std::max(hi, d);
                }
                return std::make_pair(lo, hi);
            };
            const auto [lo1, hi1] = range(self);
            const auto [lo2, hi2] = range(other);
            if (hi1 <= lo2 || hi2 <= lo1)
                return true;
        }
        return false;
    };
    if (a.size() < 3 || b.size() < 3)
        return false;
    return !separated(a, b, a) && !separated(b, a, b);
}

bool crosses(const std::pair<double, double> &span, double y)
{
    return span.first < y && span.second > y;
}

// Where the slides around a hinge part: the row the next slide begins at and the row this
// one ends at (equal for a cut between moments).
struct PlaceRows {
    double top = 0;
    double bottom = 0;
};

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

void DiagramExporter::planSlides()
{
    // Every text size is planned, and the deck with the fewest slides is taken: a larger
    // text that only spreads the run over more slides (a handshake whose labels make it a
    // little taller than a slide, split at a hinge) is not worth a longer deck. Of decks
    // as long, the one that cuts no exchange across slides, then the one without a scrap,
    // then the larger text.
    struct Plan {
        SequenceLayout layout;
        QList<SequenceLayout> slideLayouts;
        SlideGeometry slides;
        std::tuple<qsizetype, bool, bool, double> rank; // less is better
    };
    constexpr qsizetype sizes = std::size(slideTextScales);
    // A plan fills m_layout, m_slideLayouts and m_slides: each text size but the first is
    // planned on a copy of the exporter, on a thread of Qt's global pool where one is free,
    // while this thread plans the first (the two take about as long: a 1,000-segment run
    // lays itself out some 45 times for them).
    std::array<std::optional<Plan>, sizes> plans;
    const SequenceLayoutOptions options = m_layout.options; // read here: this thread's plan moves m_layout
    auto plan = [this, &plans, &options](DiagramExporter &on, qsizetype size) {
        const double textScale = slideTextScales[size];
        if (size != 0) {
            SequenceLayoutOptions o = options;
            o.width = slideDiagramWidth(textScale);
            o.lifelineSpacing = o.width;
            on.m_layout = layoutSequence(m_trace, o);
            hideLabelsInFlight(on.m_layout, m_options.playhead);
        }
        on.m_slideLayouts.clear();
        on.m_slides = SlideGeometry();
        const SlideFlaw flaw = on.planSlidesAt(textScale);
        const std::tuple<qsizetype, bool, bool, double> rank{on.m_slides.pages.size(), flaw == SlideFlaw::ForcedCut,
                                                              flaw == SlideFlaw::Scrap, -textScale};
        plans[size] = Plan{std::move(on.m_layout), std::move(on.m_slideLayouts), std::move(on.m_slides), rank};
    };
    std::vector<DiagramExporter> copies(sizes - 1, *this);
    QThreadPool *pool = QThreadPool::globalInstance();
    // On a thread of that pool already, one after the other (waiting there for the pool
    // could wait forever).
    const bool alongside = !pool->contains(QThread::currentThread());
    QSemaphore done;
    int started = 0;
    for (qsizetype size = 1; size < sizes; ++size) {
        if (alongside && pool->tryStart([&, size] {
                plan(copies[size - 1], size);
                done.release();
            }))
            ++started;
    }
    plan(*this, 0);
    done.acquire(started);
    for (qsizetype size = 1; size < sizes; ++size) {
        if (!plans[size]) // no thread was free for it
            plan(copies[size - 1], size);
    }
    qsizetype best = 0;
    for (qsizetype size = 1; size < sizes; ++size) {
        if (plans[size]->rank < plans[best]->rank)
            best = size;
    }
    m_layout = std::move(plans[best]->layout);
    m_slideLayouts = std::move(plans[best]->slideLayouts);
    m_slides = std::move(plans[best]->slides);
    placeSlideDiagrams();
}

void DiagramExporter::placeSlideDiagrams()
{
    // The diagram is centred on its slide, and spans the slide between its margins; the
    // axis' tick texts are right-aligned to the axis and may reach further left than the
    // layout measured (a slide spaces its ticks anew, and a long run's ticks say "2 h 11 min
    // 15.35 s"). Every slide of the deck is then moved right by as much as the widest such
    // text needs to stay inside the slide, as far as the deck's texts leave room on the
    // right: the lifelines keep their place from slide to slide.
    SlideGeometry &g = m_slides;
    const double slideWidth = slideSize().width();
    double needed = 0;
    double rightmost = 0;
    for (int i = 0; i < slideCount(); ++i) {
        const SequenceLayout &layout = slideLayout(i);
        const SlidePage &page = g.pages[i];
        const QFontMetricsF fm(sequenceAnnotationFont(layout.options.font));
        const double left = (slideWidth - layout.size.width() * g.scale) / 2;
        for (const AxisTick &tick : layout.ticks(page.y0 - fm.height(), page.y1 + fm.height())) {
            const double textLeft = left + (tickTextRight(layout) - fm.horizontalAdvance(tick.text)) * g.scale;
            needed = std::max(needed, slideTextInset - textLeft);
        }
        double right = 0;
        for (const LifelineGeometry &l : layout.lifelines)
            right = std::max(right, l.headerRect.right());
        for (int a : layout.arrowIndex.query(page.y0, page.y1))
            right = std::max(right, layout.arrows[a].labelPolygon.boundingRect().right());
        for (const StateBandGeometry &b : layout.stateBands)
            right = std::max(right, b.textRect.right());
        for (const TimerBracketGeometry &t : layout.timers)
            right = std::max(right, t.textRect.right());
        rightmost = std::max(rightmost, left + right * g.scale);
    }
    g.shift = std::clamp(needed, 0.0, std::max(0.0, slideWidth - slideTextInset - rightmost));
}

double DiagramExporter::tickTextRight(const SequenceLayout &layout)
{
    // As SequencePainter sets them: 4 left of the axis' right edge is the axis line, a
    // 4-long tick and 6 of room left of that.
    return layout.timeAxisWidth - 10;
}

QPointF DiagramExporter::slideDiagramOrigin(int index) const
{
    const double width = slideLayout(index).size.width() * m_slides.scale;
    return {(slideSize().width() - width) / 2 + m_slides.shift, m_slides.diagramTop};
}

DiagramExporter::SlideFlaw DiagramExporter::planSlidesAt(double textScale)
{
    // One text size on every slide, so labels keep their size from slide to slide: the
    // lifelines spread over the slide's width at textScale (smaller only when they do not
    // fit). A slide begins and ends between two moments of the run, where no arrow (nor
    // its label) is cut; it holds the most whole exchanges that fit at the least scale,
    // and is then drawn at the largest scale that still fits, so it fills its height.
    SlideGeometry &g = m_slides;
    const QSizeF slide = slideSize();
    g.scale = std::min(textScale, (slide.width() - 2 * slideMargin) / m_layout.size.width());
    const double titleBand = QFontMetricsF(slideTitleFont()).height() + slideGap;
    g.diagramTop = slideMargin + titleBand + slideGap;
    const double footer = (legendHeight() + captionHeight(m_layout.size.width())) * g.scale;
    g.contentHeight = std::max(40.0, (slide.height() - g.diagramTop - footer - slideMargin) / g.scale
                                         - m_layout.headerHeight);
    spaceTicksFor(m_layout, g.scale);

    // A place where a slide may end is named after the moments of the range: 2k between
    // moments k-1 and k (a gap with nothing in flight), 2k+1 at moment k (a hinge), so the
    // same place is found in the layout of every scale (a slide's last row at one scale
    // and the next slide's first row at another part the run at the same events). Labels
    // take more or less room at other scales: a place may be one in some layouts only.
    QList<SimTime> moments;
    for (int index : stepEvents())
        moments.append(m_trace.events[index].time);
    auto eventsBefore = [&moments](SimTime t) {
        return qsizetype(std::upper_bound(moments.cbegin(), moments.cend(), t) - moments.cbegin());
    };
    constexpr qsizetype rangeStart = -1;
    constexpr qsizetype rangeEnd = std::numeric_limits<qsizetype>::max();
    struct Stretch {
        int layout = -1;                 // index into m_slideLayouts; -1: m_layout
        QHash<qsizetype, PlaceRows> cutAt; // place → rows of that layout
    };
    std::map<int, Stretch> stretches;    // by stretch steps; 0: the least scale
    auto stretch = [&](int steps) -> const Stretch & {
        if (const auto it = stretches.find(steps); it != stretches.end())
            return it->second;
        Stretch s;
        if (steps != 0) {
            SequenceLayoutOptions o = m_layout.options;
            o.pixelsPerMs *= std::exp2(double(steps) / slideStretchStepsPerDoubling);
            SequenceLayout layout = layoutSequence(m_trace, o);
            hideLabelsInFlight(layout, m_options.playhead);
            spaceTicksFor(layout, g.scale);
            m_slideLayouts.append(std::move(layout));
            s.layout = int(m_slideLayouts.size()) - 1;
        }
        const SequenceLayout &layout = s.layout < 0 ? m_layout : m_slideLayouts[s.layout];
        for (double cut : cutCandidates(layout)) {
            const qsizetype place = eventsBefore(layout.axis.yToTime(cut));
            // The run's quiet end stays with its last moment.
            if (place > 0 && place < moments.size() && !s.cutAt.contains(2 * place))
                s.cutAt.insert(2 * place, PlaceRows{cut, cut});
        }
        const auto texts = textSpans(layout);
        for (qsizetype i = 1; i + 1 < moments.size(); ++i) {
            if (const auto rows = hingeRows(layout, moments, i, texts))
                s.cutAt.insert(2 * i + 1, *rows);
        }
        return stretches.emplace(steps, std::move(s)).first->second;
    };
    auto layoutOf = [this](const Stretch &s) -> const SequenceLayout & {
        return s.layout < 0 ? m_layout : m_slideLayouts[s.layout];
    };
    // The row a slide that begins at a place begins at, and one that ends there ends at.
    enum class Side { SlideBegins, SlideEnds };
    auto rowAt = [&](int steps, qsizetype place, Side side) {
        const Stretch &s = stretch(steps);
        const Region r = regionIn(layoutOf(s));
        if (place == rangeStart)
            return r.y0;
        if (place == rangeEnd)
            return r.y1;
        const auto it = s.cutAt.constFind(place);
        if (it == s.cutAt.cend())
            return std::numeric_limits<double>::quiet_NaN();
        return side == Side::SlideBegins ? it->top : it->bottom;
    };
    // Rows the stretch between two places takes at a scale; NaN where either is no cut, and
    // where it holds nothing but one hinge's row (from just above the moment to the hinge,
    // or from the hinge to just below it: the slide beside it shows that row already).
    auto heightAt = [&](int steps, qsizetype from, qsizetype to) {
        if (from != rangeStart && to != rangeEnd && to - from == 1)
            return std::numeric_limits<double>::quiet_NaN();
        const double top = rowAt(steps, from, Side::SlideBegins);
        const double bottom = rowAt(steps, to, Side::SlideEnds);
        return bottom > top ? bottom - top : std::numeric_limits<double>::quiet_NaN();
    };
    auto fitsAt = [&](int steps, qsizetype from, qsizetype to) {
        const double h = heightAt(steps, from, to);
        return !std::isnan(h) && h <= g.contentHeight;
    };
    // At the least scale, or (an exchange taller than a slide at it) at the largest scale
    // down to half of it at which it fits, in quarters of a halving: labels need rows of
    // their own at any scale, so a smaller scale is not always shorter, and a handshake a
    // few rows taller than a slide at the least scale may fit at three quarters of it.
    constexpr int shrinkSteps[] = {0, slideMinStretchSteps / 4, slideMinStretchSteps / 2,
                                   3 * slideMinStretchSteps / 4, slideMinStretchSteps};
    auto leastFitting = [&](qsizetype from, qsizetype to) -> std::optional<int> {
        for (int steps : shrinkSteps) {
            if (fitsAt(steps, from, to))
                return steps;
        }
        return std::nullopt;
    };
    auto fits = [&](qsizetype from, qsizetype to) { return leastFitting(from, to).has_value(); };

    // The places, in order, where a slide may end.
    QList<qsizetype> places;
    for (int steps : shrinkSteps) {
        for (auto it = stretch(steps).cutAt.cbegin(); it != stretch(steps).cutAt.cend(); ++it)
            places.append(it.key());
    }
    std::sort(places.begin(), places.end());
    places.erase(std::unique(places.begin(), places.end()), places.end());
    places.append(rangeEnd);

    struct Part {
        qsizetype from = rangeStart;
        qsizetype to = rangeEnd;
        bool forced = false; // taller than a slide at every scale: cut where slides end
    };
    QList<Part> parts;
    for (qsizetype from = rangeStart; from != rangeEnd;) {
        auto next = std::upper_bound(places.cbegin(), places.cend(), from);
        qsizetype to = from;
        for (auto it = next; it != places.cend(); ++it) {
            if (fits(from, *it)) {
                to = *it;
                continue;
            }
            // Longer stretches are taller still.
            const double h0 = heightAt(0, from, *it);
            const double hMin = heightAt(slideMinStretchSteps, from, *it);
            if ((!std::isnan(h0) && h0 > g.contentHeight) || (!std::isnan(hMin) && hMin > g.contentHeight))
                break;
        }
        if (to == from) {
            // Up to the next place either scale can cut at.
            to = rangeEnd;
            for (auto it = next; it != places.cend(); ++it) {
                if (std::any_of(std::cbegin(shrinkSteps), std::cend(shrinkSteps),
                                [&](int steps) { return !std::isnan(heightAt(steps, from, *it)); })) {
                    to = *it;
                    break;
                }
            }
            // Exchanges taller than a slide back to back are cut as one (each alone would
            // leave its last slide part empty).
            if (!parts.isEmpty() && parts.last().forced)
                parts.last().to = to;
            else
                parts.append({from, to, true});
        } else {
            parts.append({from, to, false});
        }
        from = to;
    }

    // Filling each slide with the most that fits leaves the rest to whatever follows: a
    // fold alone between two hinges, say. Each run of parts between forced ones is parted
    // anew into as few slides as before, the least full of them as full as can be, by how
    // full a slide would be with its time stretched as far as a slide goes (a fold keeps
    // its height).
    auto fullAtMost = [&](qsizetype from, qsizetype to) {
        const int steps = leastFitting(from, to).value_or(slideMinStretchSteps);
        const double y0 = rowAt(steps, from, Side::SlideBegins);
        const double y1 = rowAt(steps, to, Side::SlideEnds);
        double fixed = 0;
        for (const TimeAxis::Piece &piece : layoutOf(stretch(steps)).axis.pieces()) {
            if (piece.kind != TimeAxis::PieceKind::Linear)
                fixed += std::max(0.0, std::min(piece.y1, y1) - std::max(piece.y0, y0));
        }
        const double grow = std::exp2(double(slideMaxStretchSteps - steps) / slideStretchStepsPerDoubling);
        return std::min(1.0, (fixed + (y1 - y0 - fixed) * grow) / g.contentHeight);
    };
    for (qsizetype first = 0; first < parts.size();) {
        if (parts[first].forced) {
            ++first;
            continue;
        }
        qsizetype last = first;
        while (last + 1 < parts.size() && !parts[last + 1].forced)
            ++last;
        QList<qsizetype> run{parts[first].from};
        for (auto it = std::upper_bound(places.cbegin(), places.cend(), parts[first].from);
             it != places.cend() && *it < parts[last].to; ++it)
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
                    if (!std::isnan(h0) && heightAt(slideMinStretchSteps, run[i], run[j]) > g.contentHeight
                        && h0 > g.contentHeight)
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

    // The largest scale at which a part fits, and how full its slide is then.
    struct Fill {
        int steps = 0;
        double share = 0;
    };
    auto bestFill = [&](qsizetype from, qsizetype to) {
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
        const double grow = std::max(1e-3, g.contentHeight - fixed) / std::max(1.0, y1 - y0 - fixed);
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
             && heightAt(guess, from, to) < slideWellFilled * g.contentHeight; ++k) {
            if (!fitsAt(k, from, to))
                continue;
            guess = k;
            while (guess < slideMaxStretchSteps && fitsAt(guess + 1, from, to))
                ++guess;
        }
        return Fill{guess, heightAt(guess, from, to) / g.contentHeight};
    };

    // An exchange taller than a slide at every scale fills a whole number of slides: it is
    // drawn at the largest scale at which it takes no more of them than at the least.
    struct Forced {
        int steps = 0;
        double height = 0;
    };
    auto forcedFill = [&](qsizetype from, qsizetype to) {
        // The scale down to half the least at which it is shortest (the places that bound
        // it may be places at some of those scales only).
        Forced least{0, std::numeric_limits<double>::quiet_NaN()};
        for (int steps : shrinkSteps) {
            const double h = heightAt(steps, from, to);
            if (!std::isnan(h) && (std::isnan(least.height) || h < least.height))
                least = Forced{steps, h};
        }
        const double room = std::ceil(least.height / g.contentHeight - 1e-6) * g.contentHeight;
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
    };

    // A slide with only a scrap on it (a run's final moment after a folded minute, the
    // first SYN before an exchange too tall to share its slide) joins its neighbour where
    // both fit on one, or where the neighbour fills slides of its own anyway; else the two
    // share their exchanges out as evenly as the places allow. A slide not well filled
    // shares out with its neighbour too.
    auto shareOf = [&](const Part &part) {
        if (part.forced) {
            const double h = forcedFill(part.from, part.to).height;
            const double slides = std::ceil(h / g.contentHeight - 1e-6);
            return (h - (slides - 1) * g.contentHeight) / g.contentHeight; // its last slide
        }
        return bestFill(part.from, part.to).share;
    };
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
                for (auto it = std::upper_bound(places.cbegin(), places.cend(), from);
                     it != places.cend() && *it < to; ++it) {
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

    // A place at moment k (odd) is a hinge: the slides on either side show it both.
    auto hingeOf = [&moments](qsizetype place) -> SimTime {
        return place >= 0 && place != rangeEnd && place % 2 == 1 ? moments[place / 2] : -1;
    };
    bool scrap = false;
    for (const Part &part : std::as_const(parts)) {
        const qsizetype firstPage = g.pages.size();
        if (part.forced) {
            // Cut where each slide is nearly full, at a row that cuts no words (the one
            // case an arrow is split across slides: it is marked as continued). Those rows
            // may leave the last slide with a scrap: then at a smaller scale.
            auto cutAt = [&](int steps) {
                const Stretch &s = stretch(steps);
                const SequenceLayout &layout = layoutOf(s);
                const double y0 = rowAt(steps, part.from, Side::SlideBegins);
                const double y1 = rowAt(steps, part.to, Side::SlideEnds);
                const auto texts = textSpans(layout);
                QList<std::pair<double, double>> labels;
                for (const ArrowGeometry &a : layout.arrows) {
                    if (const QRectF r = a.labelPolygon.boundingRect(); !r.isEmpty())
                        labels.append({r.top(), r.bottom()});
                }
                QList<SlidePage> pages;
                bool clean = true;
                for (double top = y0; top < y1 - 0.5;) {
                    bool cleanCut = true;
                    const double bottom = top + g.contentHeight >= y1
                        ? y1
                        : forcedCutRow(layout, texts, labels, top, top + g.contentHeight, &cleanCut);
                    clean = clean && cleanCut;
                    SlidePage page{s.layout, top, bottom};
                    page.cutAbove = top > y0;
                    page.cutBelow = bottom < y1;
                    pages.append(page);
                    top = bottom;
                }
                return std::make_pair(pages, clean);
            };
            // Of the scales up to a doubling below the fullest, the one whose cuts part no
            // label, leave no slide with a scrap, take the fewest slides and fill the least
            // full of them best, in that order (the largest of equals); below that, the
            // first that does best at the first three.
            using Cuts = std::pair<QList<SlidePage>, bool>;
            auto flaws = [&](const Cuts &c) {
                double leastFull = 1;
                for (const SlidePage &page : c.first)
                    leastFull = std::min(leastFull, (page.y1 - page.y0) / g.contentHeight);
                const bool scrap = c.first.size() > 1 && leastFull < slideScrap;
                return std::make_tuple(!c.second, scrap, c.first.size(), std::round(-leastFull * 20));
            };
            auto worse = [&](const Cuts &a, const Cuts &b) { return flaws(b) < flaws(a); };
            auto flawed = [&](const Cuts &c) { return std::get<0>(flaws(c)) || std::get<1>(flaws(c)); };
            const int most = forcedFill(part.from, part.to).steps;
            Cuts chosen = cutAt(most);
            for (int steps = most - 1;
                 steps >= slideMinStretchSteps && (flawed(chosen) || steps >= most - slideStretchStepsPerDoubling); --steps) {
                if (std::isnan(heightAt(steps, part.from, part.to)))
                    continue;
                if (auto other = cutAt(steps); worse(chosen, other))
                    chosen = std::move(other);
            }
            const QList<SlidePage> &pages = chosen.first;
            for (const SlidePage &page : std::as_const(pages)) {
                g.pages.append(page);
                g.breaks.append(m_layout.axis.timeToY(slideLayout(int(g.pages.size()) - 1).axis.yToTime(page.y0)));
            }
        } else {
            const Fill fill = bestFill(part.from, part.to);
            const Stretch &s = stretch(fill.steps);
            g.pages.append(SlidePage{s.layout, rowAt(fill.steps, part.from, Side::SlideBegins),
                                     rowAt(fill.steps, part.to, Side::SlideEnds)});
            // Where the slide begins in the least scale's rows (for pageBreaks()).
            const double least = rowAt(0, part.from, Side::SlideBegins);
            g.breaks.append(std::isnan(least) ? m_layout.axis.timeToY(layoutOf(s).axis.yToTime(g.pages.last().y0))
                                              : least);
        }
        g.pages[firstPage].hingeAbove = hingeOf(part.from);
        g.pages.last().hingeBelow = hingeOf(part.to);
        const SlidePage &page = g.pages.last();
        scrap = scrap || (parts.size() > 1 && page.y1 - page.y0 < slideScrap * g.contentHeight);
    }
    g.breaks.append(regionIn(m_layout).y1);
    if (scrap)
        return SlideFlaw::Scrap;
    const bool forced = std::any_of(parts.cbegin(), parts.cend(), [](const Part &part) { return part.forced; });
    return forced ? SlideFlaw::ForcedCut : SlideFlaw::None;
}

const SequenceLayout &DiagramExporter::slideLayout(int index) const
{
    const int layout = m_slides.pages.value(index).layout;
    return layout < 0 ? m_layout : m_slideLayouts[layout];
}

std::pair<double, double> DiagramExporter::slideRows(int index) const
{
    const SlidePage page = m_slides.pages.value(index);
    return {page.y0, page.y1};
}

DiagramExporter::SlideEdge DiagramExporter::slideEnd(int index) const
{
    if (index < 0 || index + 1 >= slideCount())
        return SlideEdge::RangeEnd; // before the first slide: where the range begins
    const SlidePage &page = m_slides.pages[index];
    if (page.hingeBelow >= 0)
        return SlideEdge::Hinge;
    return page.cutBelow ? SlideEdge::Cut : SlideEdge::Gap;
}

SimTime DiagramExporter::slideHinge(int index) const
{
    return m_slides.pages.value(index).hingeBelow;
}

bool DiagramExporter::slideShowsArrow(int index, const ArrowGeometry &arrow) const
{
    const SlidePage page = m_slides.pages.value(index);
    SequencePaintState state;
    if (page.hingeAbove >= 0)
        state.arrowsAfter = page.hingeAbove;
    if (page.hingeBelow >= 0)
        state.arrowsBefore = page.hingeBelow;
    return SequencePainter::showsArrow(state, arrow);
}

QList<DiagramExporter::Continuation> DiagramExporter::slideContinuations(int index) const
{
    QList<Continuation> marks;
    if (index < 0 || index >= slideCount())
        return marks;
    const SlidePage &page = m_slides.pages[index];
    const SequenceLayout &layout = slideLayout(index);
    auto crossing = [&](double edge, Qt::Edge side, int other) {
        for (int i : layout.arrowIndex.query(edge, edge)) {
            const ArrowGeometry &a = layout.arrows[i];
            // The line as drawn: to the cross of a dropped segment (its dotted rest
            // stays on the slide of the drop).
            const double top = std::min(a.p1.y(), a.end.y());
            const double bottom = std::max(a.p1.y(), a.end.y());
            if (!(top < edge && bottom > edge) || !slideShowsArrow(index, a))
                continue;
            const double f = (edge - a.p1.y()) / (a.end.y() - a.p1.y());
            marks.append({a.segmentId, QPointF(a.p1.x() + f * (a.end.x() - a.p1.x()), edge), side, other});
        }
    };
    if (page.cutAbove)
        crossing(page.y0, Qt::TopEdge, index - 1);
    if (page.cutBelow)
        crossing(page.y1, Qt::BottomEdge, index + 1);
    return marks;
}

QFont DiagramExporter::slideTitleFont() const
{
    QFont f = sequenceHeaderFont(m_layout.options.font);
    if (f.pointSizeF() > 0)
        f.setPointSizeF(f.pointSizeF() * 1.4);
    else if (f.pixelSize() > 0)
        f.setPixelSize(int(f.pixelSize() * 1.4));
    return f;
}

int DiagramExporter::slideCount() const
{
    return int(m_slides.pages.size());
}

void DiagramExporter::paintSlide(QPainter *p, int index) const
{
    const SlideGeometry &g = m_slides;
    const QSizeF slide = slideSize();
    const int count = slideCount();
    p->fillRect(QRectF(QPointF(0, 0), slide), Qt::white);
    p->setRenderHint(QPainter::Antialiasing);
    p->setRenderHint(QPainter::TextAntialiasing);
    // Title band: the scenario's title on the left, "3 / 7" on the right.
    const QFont titleFont = slideTitleFont();
    const double band = QFontMetricsF(titleFont).height();
    p->setFont(titleFont);
    p->setPen(QColor(0x22, 0x22, 0x22));
    const QString number = tr("%1 / %2").arg(index + 1).arg(count);
    const double numberWidth = QFontMetricsF(titleFont).horizontalAdvance(number) + slideGap;
    const QRectF titleRect(slideMargin, slideMargin, slide.width() - 2 * slideMargin - numberWidth, band);
    p->drawText(titleRect, Qt::AlignLeft | Qt::AlignVCenter,
                QFontMetricsF(titleFont).elidedText(m_options.title, Qt::ElideRight, titleRect.width()));
    p->setPen(HostPalette::gridText());
    p->drawText(QRectF(slideMargin, slideMargin, slide.width() - 2 * slideMargin, band),
                Qt::AlignRight | Qt::AlignVCenter, number);
    p->setPen(QPen(QColor(0xcc, 0xcc, 0xcc), 1));
    const double ruleY = slideMargin + band + slideGap / 2;
    p->drawLine(QPointF(slideMargin, ruleY), QPointF(slide.width() - slideMargin, ruleY));

    const SequenceLayout &layout = slideLayout(index);
    const SlidePage &page = g.pages[index];
    p->save();
    p->translate(slideDiagramOrigin(index));
    p->scale(g.scale, g.scale);
    // On the white slide; beside a hinge, the arrows on this slide's side of it.
    paintSlice(p, layout, 0, page.y0, page.y1, m_options.playhead, false,
               page.hingeAbove >= 0 ? page.hingeAbove : std::numeric_limits<SimTime>::min(),
               page.hingeBelow >= 0 ? page.hingeBelow : std::numeric_limits<SimTime>::max());
    paintContinuations(p, index);
    const double sliceHeight = layout.headerHeight + (page.y1 - page.y0);
    paintLegend(p, sliceHeight, layout.size.width());
    paintCaption(p, sliceHeight + legendHeight(), layout.size.width());
    p->restore();
}

QList<DiagramExporter::ContinuationTag> DiagramExporter::slideContinuationTags(int index) const
{
    // A tag at the edge where the line leaves the slide, in its sender's colour, inside
    // the slide (never cut by its edge) and beside the line, on the side of the slide.
    QList<ContinuationTag> tags;
    const QList<Continuation> marks = slideContinuations(index);
    if (marks.isEmpty())
        return tags;
    const SequenceLayout &layout = slideLayout(index);
    const SlidePage &page = m_slides.pages[index];
    const QFontMetricsF fm(sequenceAnnotationFont(layout.options.font));
    const double padding = 4;
    const double height = fm.height() + 2 * padding;
    const double first = layout.lifelines.isEmpty() ? 0 : layout.lifelines.first().x;
    const double last = layout.lifelines.isEmpty() ? layout.size.width() : layout.lifelines.last().x;
    // What a tag must not cover: the labels of the arrows drawn, the state and timer texts
    // on the slide (a run of 1,000 segments has thousands of them; a slide, a few dozen),
    // each with its bounding box to rule out most of them cheaply.
    struct Obstacle {
        QPolygonF shape;
        QRectF bounds;
    };
    QList<Obstacle> taken;
    auto take = [&](const QPolygonF &shape) {
        const QRectF bounds = shape.boundingRect();
        if (bounds.bottom() >= page.y0 && bounds.top() <= page.y1)
            taken.append({shape, bounds});
    };
    for (int i : layout.arrowIndex.query(page.y0, page.y1)) {
        if (slideShowsArrow(index, layout.arrows[i]))
            take(layout.arrows[i].labelPolygon);
    }
    for (const StateBandGeometry &b : layout.stateBands)
        take(QPolygonF(b.textRect));
    for (const TimerBracketGeometry &t : layout.timers)
        take(QPolygonF(t.textRect));
    auto covered = [&taken](const QRectF &box) {
        const QPolygonF shape(box);
        return std::count_if(taken.cbegin(), taken.cend(), [&](const Obstacle &o) {
            return o.bounds.intersects(box) && convexOverlap(o.shape, shape);
        });
    };
    for (const Continuation &mark : marks) {
        const ArrowGeometry *arrow = layout.arrowForSegment(mark.segmentId);
        const bool bottom = mark.edge == Qt::BottomEdge;
        ContinuationTag tag;
        tag.text = bottom ? tr("continues on slide %1 ↓").arg(mark.otherSlide + 1)
                          : tr("from slide %1 ↑").arg(mark.otherSlide + 1);
        tag.colour = arrow ? HostPalette::hostColor(arrow->fromLane) : HostPalette::gridText();
        const double width = fm.horizontalAdvance(tag.text) + 2 * padding;
        // At the edge on the line, or beside it, or a row or two further in: the first
        // place that covers no words (nor other tags). Where words crowd those, further
        // along the edge and further in, as far as the slide goes; where every place
        // covers some, the one that covers fewest.
        const double edgeY = bottom ? page.y1 - height - 1 : page.y0 + 1;
        const double x0 = mark.at.x();
        const double step = height + 2;
        const int rows = std::max(1, int((page.y1 - page.y0 - height - 2) / step) + 1);
        auto rowY = [&](int row) { return edgeY + (bottom ? -1 : 1) * row * step; };
        auto leftOf = [&](double left) { return std::clamp(left, first, std::max(first, last - width)); };
        qsizetype fewest = std::numeric_limits<qsizetype>::max();
        auto consider = [&](double left, int row) {
            const QRectF candidate(leftOf(left), rowY(row), width, height);
            if (const qsizetype count = covered(candidate); count < fewest) {
                fewest = count;
                tag.box = candidate;
            }
            return fewest == 0;
        };
        bool placed = false;
        for (int row = 0; row < std::min(rows, 3) && !placed; ++row) {
            for (double left : {x0 - width / 2, x0 - 6, x0 + 6 - width, x0 + 6, x0 - 6 - width}) {
                if ((placed = consider(left, row)))
                    break;
            }
        }
        // Further out: rows nearest the edge first, and on each the places nearest the line.
        const int reach = int(std::ceil((last - first) / (width / 2)));
        for (int row = 0; row < rows && !placed; ++row) {
            for (int k = 1; k <= reach && !placed; ++k) {
                for (double left : {x0 - width / 2 - k * width / 2, x0 - width / 2 + k * width / 2}) {
                    if ((placed = consider(left, row)))
                        break;
                }
            }
        }
        taken.append({QPolygonF(tag.box), tag.box});
        tags.append(tag);
    }
    return tags;
}

void DiagramExporter::paintContinuations(QPainter *p, int index) const
{
    const QList<ContinuationTag> tags = slideContinuationTags(index);
    if (tags.isEmpty())
        return;
    const SequenceLayout &layout = slideLayout(index);
    const SlidePage &page = m_slides.pages[index];
    p->save();
    p->translate(0, layout.headerHeight - page.y0);
    p->setFont(sequenceAnnotationFont(layout.options.font));
    // A slide is painted a band of rows at a time: a tag outside the band is not drawn.
    const std::optional<QRectF> clip = p->hasClipping() ? std::optional(p->clipBoundingRect()) : std::nullopt;
    for (const ContinuationTag &tag : tags) {
        if (clip && !clip->intersects(tag.box.adjusted(-1, -1, 1, 1)))
            continue;
        // The frame (1.2 wide, centred on the box's edge) as a coloured box with a white one
        // inside it: two fills rasterise in a fraction of the time of a fill and a stroke.
        constexpr double halfFrame = 0.6;
        constexpr double radius = 3;
        p->setPen(Qt::NoPen);
        p->setBrush(tag.colour);
        SequencePainter::drawRoundedBox(p, tag.box.adjusted(-halfFrame, -halfFrame, halfFrame, halfFrame),
                                        radius + halfFrame);
        p->setBrush(Qt::white);
        SequencePainter::drawRoundedBox(p, tag.box.adjusted(halfFrame, halfFrame, -halfFrame, -halfFrame),
                                        radius - halfFrame);
        p->setBrush(Qt::NoBrush);
        p->setPen(tag.colour);
        p->drawText(tag.box, Qt::AlignCenter, tag.text);
    }
    p->restore();
}

ImageFileWriter DiagramExporter::slideWriter(int first, int count) const
{
    ImageFileWriter slides(slideSize(), [this, first](QPainter *p, int page) {
        paintSlide(p, first + page);
    });
    slides.setPdfPages(QPageSize(slideSize(), QPageSize::Point, QString(), QPageSize::ExactMatch), count);
    slides.setScale(2); // 960 × 540 points → 1920 × 1080 pixels
    // A slide paints its own white paper first: the writer need not fill it as well.
    slides.setPaper(ImageFileWriter::Paper::PaintedByPicture);
    slides.setPngBands(ImageFileWriter::PngBands::WholePicture);
    slides.setTitle(m_options.title);
    return slides;
}

QString DiagramExporter::slideFilePath(const QString &path, int index, int count)
{
    const QFileInfo info(path);
    const int digits = std::max(2, int(QString::number(count).size()));
    const QString name = QStringLiteral("%1-%2.%3")
                             .arg(info.completeBaseName())
                             .arg(index + 1, digits, 10, QLatin1Char('0'))
                             .arg(info.suffix());
    return info.dir().filePath(name);
}

bool DiagramExporter::writeSlides(const QString &path, QStringList *written, QString *error) const
{
    const auto format = ImageFileWriter::formatForPath(path, error);
    if (!format)
        return false;
    if (isRangeEmpty()) {
        *error = tr("Nothing to export: the chosen time range contains no events.");
        return false;
    }
    const int count = slideCount();
    if (*format == ExportFormat::Pdf) {
        if (!slideWriter(0, count).write(path, *format, error))
            return false;
        if (written)
            written->append(path);
        return true;
    }
    // One file per slide, each painted and encoded on its own: the slides are shared out
    // among the threads of Qt's global pool (each keeps its band image from slide to slide,
    // see ImageFileWriter::encodePng), while this thread waits. On a thread of that pool
    // already, one after the other (waiting there for the pool could wait forever).
    QStringList files;
    for (int i = 0; i < count; ++i)
        files.append(slideFilePath(path, i, count));
    QStringList errors(count);
    std::atomic<bool> failed = false;
    auto writeSlide = [&](int i) {
        if (failed)
            return;
        if (!slideWriter(i, 1).write(files[i], *format, &errors[i]))
            failed = true;
    };
    QThreadPool *pool = QThreadPool::globalInstance();
    if (pool->contains(QThread::currentThread()) || pool->maxThreadCount() < 2) {
        for (int i = 0; i < count && !failed; ++i)
            writeSlide(i);
    } else {
        QSemaphore done;
        for (int i = 0; i < count; ++i) {
            pool->start([&, i] {
                writeSlide(i);
                done.release();
            });
        }
        done.acquire(count);
    }
    // The first slide that failed says why (ImageFileWriter::write always does).
    for (int i = 0; i < count; ++i) {
        if (!errors[i].isEmpty()) {
            *error = errors[i];
            return false;
        }
    }
    if (written)
        written->append(files);
    return true;
}

} // namespace tcplab
