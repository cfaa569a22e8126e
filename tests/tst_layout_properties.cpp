// Properties of the sequence diagram's layout that must hold for every story at every size:
// every shipped scenario, under many seeded random fault plans (drop / delay / duplicate on
// segments the run really sends), laid out at several widths and zoom levels.
//   - no two labels overlap; no label covers a host box, the time axis, a state name, a
//     timer's text or bracket, a state band or a break's text;
//   - every label sits beside its own arrow: its nearest point is within a few pixels of
//     the arrow's drawn line, and no other arrow whose way stays apart from its own (does not
//     cross or touch it) is as near;
//   - segments sent by one host at the same moment are drawn apart;
//   - state and timer texts do not overlap each other;
//   - a SYN flood's words (and the box drawn round them) cross no break of the time axis;
//   - laid out for a width, every text lies on the canvas and the canvas within the width;
//   - two identical segments at one moment (a copy with no delay) keep a label each, each
//     beside its own arrow, and a key each.
// The checks here are written independently of the layout's own collision code.
// A failing run prints the scenario, the plan (as tcplab-cli options), the size and the
// first violations, so it can be replayed with `tcplab-cli layout`.
//
// TCPLAB_LAYOUT_PLANS=N changes the number of plans per scenario (default below);
// TCPLAB_LAYOUT_SNAPSHOTS=DIR saves a picture of each scenario's first failing layout there.
#include "scenario/scenario_library.h"
#include "sequence/layout_json.h"
#include "sequence/sequence_layout.h"
#include "sequence/sequence_layout_builder.h"
#include "sequence/sequence_painter.h"
#include "sim/fault_resolver.h"
#include "sim/simulator.h"
#include "trace/trace.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QImage>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QLineF>
#include <QMap>
#include <QPainter>
#include <QTranslator>
#include <QtTest>

#include <array>
#include <cmath>
#include <random>

using namespace tcplab;

namespace {

// Plans per scenario at the view's usual size; fewer at the others: see plansAt().
constexpr int kPlans = 200;
constexpr double kViewportHeight = 700; // the "fit" zoom fits this height
constexpr double kNearOwnArrow = 5.0;   // a label's gap to its own arrow, at most
constexpr double kOverlapTolerance = 0.5;

// --- geometry, independent of the layout's code ------------------------------------------

bool projectionsOverlap(const QPolygonF &a, const QPolygonF &b, QPointF axis)
{
    const double len = std::hypot(axis.x(), axis.y());
    if (len < 1e-12)
        return true;
    axis /= len;
    double aLo = 1e300, aHi = -1e300, bLo = 1e300, bHi = -1e300;
    for (QPointF p : a) {
        const double v = QPointF::dotProduct(p, axis);
        aLo = std::min(aLo, v);
        aHi = std::max(aHi, v);
    }
    for (QPointF p : b) {
        const double v = QPointF::dotProduct(p, axis);
        bLo = std::min(bLo, v);
        bHi = std::max(bHi, v);
    }
    return std::min(aHi, bHi) - std::max(aLo, bLo) > kOverlapTolerance;
}

// Convex polygons sharing more than a sliver of area (separating axes).
bool overlap(const QPolygonF &a, const QPolygonF &b)
{
    if (a.size() < 3 || b.size() < 3)
        return false;
    for (const QPolygonF *p : {&a, &b})
        for (int i = 0; i < p->size(); ++i) {
            const QPointF e = p->at((i + 1) % p->size()) - p->at(i);
            if (!projectionsOverlap(a, b, QPointF(-e.y(), e.x())))
                return false;
        }
    return true;
}

QPolygonF polygonOf(const QRectF &r)
{
    return QPolygonF({r.topLeft(), r.topRight(), r.bottomRight(), r.bottomLeft()});
}

double pointSegmentDistance(QPointF p, QPointF a, QPointF b)
{
    const QPointF ab = b - a;
    const double len2 = QPointF::dotProduct(ab, ab);
    const double t = len2 > 0 ? std::clamp(QPointF::dotProduct(p - a, ab) / len2, 0.0, 1.0) : 0.0;
    const QPointF d = p - (a + ab * t);
    return std::hypot(d.x(), d.y());
}

double cross(QPointF a, QPointF b)
{
    return a.x() * b.y() - a.y() * b.x();
}

bool segmentsIntersect(QPointF a, QPointF b, QPointF c, QPointF d)
{
    const double d1 = cross(b - a, c - a), d2 = cross(b - a, d - a);
    const double d3 = cross(d - c, a - c), d4 = cross(d - c, b - c);
    if (((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0)))
        return true;
    return pointSegmentDistance(c, a, b) < 1e-6 || pointSegmentDistance(d, a, b) < 1e-6
           || pointSegmentDistance(a, c, d) < 1e-6 || pointSegmentDistance(b, c, d) < 1e-6;
}

double segmentDistance(QPointF a, QPointF b, QPointF c, QPointF d)
{
    if (segmentsIntersect(a, b, c, d))
        return 0;
    return std::min({pointSegmentDistance(a, c, d), pointSegmentDistance(b, c, d),
                     pointSegmentDistance(c, a, b), pointSegmentDistance(d, a, b)});
}

double polygonSegmentDistance(const QPolygonF &poly, QPointF a, QPointF b)
{
    if (poly.containsPoint(a, Qt::OddEvenFill) || poly.containsPoint(b, Qt::OddEvenFill))
        return 0;
    double best = 1e300;
    for (int i = 0; i < poly.size(); ++i)
        best = std::min(best, segmentDistance(poly[i], poly[(i + 1) % poly.size()], a, b));
    return best;
}

bool samePoint(QPointF a, QPointF b)
{
    return std::hypot(a.x() - b.x(), a.y() - b.y()) < 0.5;
}

// Two arrows are "apart" when their ways (a dropped segment's includes the dotted rest) neither
// cross nor meet, except at an end they share (an arrival where the reply leaves). A crossing
// arrow may pass under a label.
bool apart(const ArrowGeometry &a, const ArrowGeometry &b)
{
    const bool sharedEnd = samePoint(a.p1, b.p1) || samePoint(a.p1, b.p2) || samePoint(a.p2, b.p1)
                           || samePoint(a.p2, b.p2) || samePoint(a.end, b.p1) || samePoint(a.p1, b.end);
    if (sharedEnd) {
        // Meeting only at the shared end is still apart; running along each other is not.
        auto shrunk = [](QPointF p, QPointF q, QPointF *from, QPointF *to) {
            *from = p + (q - p) * 0.01;
            *to = q - (q - p) * 0.01;
        };
        QPointF a0, a1, b0, b1;
        shrunk(a.p1, a.p2, &a0, &a1);
        shrunk(b.p1, b.p2, &b0, &b1);
        return !segmentsIntersect(a0, a1, b0, b1);
    }
    return !segmentsIntersect(a.p1, a.p2, b.p1, b.p2);
}

// Items filed by rows of 64 px, so that each check looks only at its neighbours.
class RowGrid
{
public:
    void add(int id, double top, double bottom)
    {
        const int r0 = row(top), r1 = row(bottom);
        if (m_rows.size() <= r1)
            m_rows.resize(r1 + 1);
        for (int r = r0; r <= r1; ++r)
            m_rows[r].append(id);
    }
    QList<int> near(double top, double bottom) const
    {
        QList<int> out;
        for (int r = row(top); r <= std::min<int>(row(bottom), int(m_rows.size()) - 1); ++r)
            out += m_rows[r];
        std::sort(out.begin(), out.end());
        out.erase(std::unique(out.begin(), out.end()), out.end());
        return out;
    }

private:
    static int row(double y) { return std::max(0, int(std::floor(y / 64))); }
    QList<QList<int>> m_rows;
};

// --- the checks ---------------------------------------------------------------------------

struct Violations {
    int labelLabel = 0;
    int labelHost = 0;
    int labelAxis = 0;
    int labelAnnotation = 0; // state, timer and break texts
    int labelBandOrBracket = 0;
    int anchorFar = 0;
    int anchorOtherNearer = 0;
    int coincidentSends = 0;
    int annotationAnnotation = 0;
    int floodBreak = 0;
    QStringList examples;

    int total() const
    {
        return labelLabel + labelHost + labelAxis + labelAnnotation + labelBandOrBracket + anchorFar
               + anchorOtherNearer + coincidentSends + annotationAnnotation + floodBreak;
    }
    void operator+=(const Violations &o)
    {
        labelLabel += o.labelLabel;
        labelHost += o.labelHost;
        labelAxis += o.labelAxis;
        labelAnnotation += o.labelAnnotation;
        labelBandOrBracket += o.labelBandOrBracket;
        anchorFar += o.anchorFar;
        anchorOtherNearer += o.anchorOtherNearer;
        coincidentSends += o.coincidentSends;
        annotationAnnotation += o.annotationAnnotation;
        floodBreak += o.floodBreak;
        for (const QString &e : o.examples)
            if (examples.size() < 12)
                examples << e;
    }
    QString counts() const
    {
        return QStringLiteral("label/label %1, label/host box %2, label/axis %3, label/annotation text %4, "
                              "label/band or bracket %5, label far from its arrow %6, other arrow nearer %7, "
                              "same-moment sends on top of each other %8, annotation/annotation %9, "
                              "flood text/break %10")
            .arg(labelLabel)
            .arg(labelHost)
            .arg(labelAxis)
            .arg(labelAnnotation)
            .arg(labelBandOrBracket)
            .arg(anchorFar)
            .arg(anchorOtherNearer)
            .arg(coincidentSends)
            .arg(annotationAnnotation)
            .arg(floodBreak);
    }
};

QString arrowName(const Trace &trace, const ArrowGeometry &a)
{
    const SegmentRecord &r = trace.segments[a.segmentId];
    return QStringLiteral("%1#%2 \"%3\"").arg(trace.hostName(r.fromHost)).arg(r.senderOrdinal).arg(a.textLines().join(QLatin1Char(' ')));
}

Violations check(const Trace &trace, const SequenceLayout &L)
{
    Violations v;
    auto note = [&](const QString &what) {
        if (v.examples.size() < 12)
            v.examples << what;
    };

    QList<QPolygonF> annotations; // texts beside the lifelines and in breaks
    QList<QString> annotationNames;
    for (const StateBandGeometry &b : L.stateBands) {
        annotations << polygonOf(b.textRect);
        annotationNames << QStringLiteral("state text %1").arg(b.text);
    }
    for (const TimerBracketGeometry &t : L.timers) {
        annotations << polygonOf(t.textRect);
        annotationNames << QStringLiteral("timer text %1").arg(t.text);
    }
    for (const BreakGeometry &b : L.breaks) {
        annotations << polygonOf(b.textRect);
        annotationNames << QStringLiteral("break text %1").arg(b.text);
    }
    RowGrid annotationGrid;
    for (int i = 0; i < annotations.size(); ++i)
        annotationGrid.add(i, annotations[i].boundingRect().top(), annotations[i].boundingRect().bottom());
    for (int i = 0; i < annotations.size(); ++i) {
        const QRectF r = annotations[i].boundingRect();
        for (int j : annotationGrid.near(r.top(), r.bottom()))
            if (j > i && overlap(annotations[i], annotations[j])) {
                ++v.annotationAnnotation;
                note(QStringLiteral("%1 overlaps %2").arg(annotationNames[i], annotationNames[j]));
            }
    }

    // A break folds a quiet stretch with a zigzag across the whole width: a flood's words
    // standing over it would read as if the fold were part of the flood's story.
    for (const FloodGeometry &f : L.floods)
        for (const BreakGeometry &b : L.breaks)
            if (!f.textRect.isNull() && f.textRect.bottom() > b.y0 + kOverlapTolerance
                && f.textRect.top() < b.y1 - kOverlapTolerance) {
                ++v.floodBreak;
                note(QStringLiteral("flood text \"%1\" (y %2…%3) crosses the break %4 (y %5…%6)")
                         .arg(f.textLines.join(QLatin1Char(' ')))
                         .arg(f.textRect.top())
                         .arg(f.textRect.bottom())
                         .arg(b.text)
                         .arg(b.y0)
                         .arg(b.y1));
            }

    // Thin obstacles: the state bands along the lifelines and the timer brackets.
    QList<QPolygonF> strips;
    for (const StateBandGeometry &b : L.stateBands)
        strips << polygonOf(b.rect);
    for (const TimerBracketGeometry &t : L.timers)
        strips << polygonOf(QRectF(QPointF(t.x - 0.75, t.y0), QPointF(t.x + 0.75, t.y1)));
    RowGrid stripGrid;
    for (int i = 0; i < strips.size(); ++i)
        stripGrid.add(i, strips[i].boundingRect().top(), strips[i].boundingRect().bottom());

    RowGrid labelGrid, arrowGrid;
    for (int i = 0; i < L.arrows.size(); ++i) {
        const QRectF r = L.arrows[i].labelPolygon().boundingRect();
        labelGrid.add(i, r.top(), r.bottom());
        const ArrowGeometry &a = L.arrows[i];
        arrowGrid.add(i, std::min(a.p1.y(), a.end.y()), std::max(a.p1.y(), a.end.y()));
    }
    const double zeroY = L.axis.timeToY(0);
    for (int i = 0; i < L.arrows.size(); ++i) {
        const ArrowGeometry &a = L.arrows[i];
        const QPolygonF label = a.labelPolygon();
        const QRectF bounds = label.boundingRect();
        const QString name = arrowName(trace, a);
        for (int j : labelGrid.near(bounds.top(), bounds.bottom()))
            if (j > i && overlap(label, L.arrows[j].labelPolygon())) {
                ++v.labelLabel;
                note(QStringLiteral("labels of %1 and %2 overlap").arg(name, arrowName(trace, L.arrows[j])));
            }
        for (const LifelineGeometry &l : L.lifelines)
            if (overlap(label, polygonOf(l.headerRect))) {
                ++v.labelHost;
                note(QStringLiteral("label of %1 covers the box of %2").arg(name, l.title));
            }
        if (bounds.left() < L.timeAxisWidth - kOverlapTolerance || bounds.top() < zeroY - kOverlapTolerance) {
            ++v.labelAxis;
            note(QStringLiteral("label of %1 reaches into the time axis or above 0 s (%2, %3)")
                     .arg(name)
                     .arg(bounds.left())
                     .arg(bounds.top()));
        }
        for (int k : annotationGrid.near(bounds.top(), bounds.bottom()))
            if (overlap(label, annotations[k])) {
                ++v.labelAnnotation;
                note(QStringLiteral("label of %1 covers the %2").arg(name, annotationNames[k]));
            }
        for (int k : stripGrid.near(bounds.top(), bounds.bottom()))
            if (overlap(label, strips[k])) {
                ++v.labelBandOrBracket;
                note(QStringLiteral("label of %1 covers a state band or timer bracket").arg(name));
                break;
            }

        const double own = polygonSegmentDistance(label, a.p1, a.end);
        if (own > kNearOwnArrow) {
            ++v.anchorFar;
            note(QStringLiteral("label of %1 is %2 px from its arrow").arg(name).arg(own, 0, 'f', 1));
        }
        for (int j : arrowGrid.near(bounds.top() - own - 1, bounds.bottom() + own + 1)) {
            if (j == i)
                continue;
            const ArrowGeometry &b = L.arrows[j];
            if (!apart(a, b))
                continue;
            const double other = polygonSegmentDistance(label, b.p1, b.end);
            if (other <= own) {
                ++v.anchorOtherNearer;
                note(QStringLiteral("label of %1 is nearer to %2 (%3 px) than to its own arrow (%4 px)")
                         .arg(name, arrowName(trace, b))
                         .arg(other, 0, 'f', 1)
                         .arg(own, 0, 'f', 1));
                break;
            }
        }
    }
    // Sends from one lifeline at one moment: each drawn where it can be told apart.
    for (int i = 0; i < L.arrows.size(); ++i)
        for (int j : arrowGrid.near(L.arrows[i].p1.y() - 3, L.arrows[i].p1.y() + 3)) {
            const ArrowGeometry &a = L.arrows[i], &b = L.arrows[j];
            if (j > i && a.fromLane == b.fromLane && a.sentAt == b.sentAt && std::abs(a.p1.y() - b.p1.y()) < 3) {
                ++v.coincidentSends;
                note(QStringLiteral("%1 and %2 start at the same point").arg(arrowName(trace, a), arrowName(trace, b)));
            }
        }
    return v;
}

// --- the runs -------------------------------------------------------------------------------

struct Zoom {
    const char *name;
    double pixelsPerMs; // 0: fit kViewportHeight
};
constexpr std::array<Zoom, 3> kZooms = {{{"fit", 0}, {"0.2 px/ms", 0.2}, {"3 px/ms", 3}}};
constexpr std::array<double, 3> kWidths = {500, 900, 1600};
// Views narrower than a syn-flood story with its flood's words on one line needed before
// they shared the target's column of side texts (issue 9): about 920 px in English, 850 in
// Chinese.
double narrowerThanAFloodOnOneLine(const QString &language)
{
    return language == QLatin1String("zh_CN") ? 800 : 900;
}

// The diagram views of a 1024×768 and a 1366×768 window with their docks as they start
// (tst_main_window, synFloodFitsTheDiagramViewOnSmallScreens measures them).
constexpr std::array<double, 2> kSmallScreenViewWidths = {734, 715};

// 200 plans per scenario as the view opens (900 px, fitted); 40 of them at every other
// width and zoom — together about 20 s in a Debug build.
int plansAt(double width, const Zoom &zoom)
{
    const int plans = qEnvironmentVariableIsSet("TCPLAB_LAYOUT_PLANS")
                          ? qEnvironmentVariableIntValue("TCPLAB_LAYOUT_PLANS")
                          : kPlans;
    return width == 900 && zoom.pixelsPerMs == 0 ? plans : std::max(1, plans / 5);
}

SequenceLayout layoutAt(const Trace &trace, double width, const Zoom &zoom)
{
    SequenceLayoutOptions o;
    o.font = QApplication::font();
    o.width = width;
    if (zoom.pixelsPerMs > 0) {
        o.pixelsPerMs = zoom.pixelsPerMs;
        return layoutSequence(trace, o);
    }
    return layoutSequenceToFit(trace, o, kViewportHeight);
}

// A random plan of one to three faults on segments this scenario really sends.
FaultPlan randomPlan(const Trace &clean, std::mt19937_64 &rng)
{
    auto uniform = [&](int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng); };
    QList<const SegmentRecord *> candidates;
    for (const SegmentRecord &r : clean.segments)
        if (r.kind != SegmentKind::Duplicate && r.fromHost >= 0)
            candidates << &r;
    FaultPlan plan;
    if (candidates.isEmpty())
        return plan;
    const int rules = uniform(1, 3);
    for (int i = 0; i < rules; ++i) {
        const SegmentRecord &r = *candidates[uniform(0, int(candidates.size()) - 1)];
        FaultRule rule;
        rule.kind = std::array{FaultKind::Drop, FaultKind::Delay, FaultKind::Duplicate}[uniform(0, 2)];
        rule.host = clean.hostName(r.fromHost);
        rule.ordinal = r.senderOrdinal;
        if (rule.kind != FaultKind::Drop) {
            // 1 ms … 3 s, log-uniform: short and long delays are both common.
            const double logMs = std::uniform_real_distribution<double>(0.0, std::log(3000.0))(rng);
            rule.delta = std::max<SimTime>(usPerMs, SimTime(std::exp(logMs) * double(usPerMs)));
        }
        plan << rule;
    }
    return plan;
}

// A seed from the scenario's id that is the same in every run (qHash() is salted per
// process), so a failure can be replayed.
uint64_t seedOf(const QString &id)
{
    uint64_t h = 1469598103934665603ull; // FNV-1a
    for (QChar c : id) {
        h ^= c.unicode();
        h *= 1099511628211ull;
    }
    return h;
}

QString planOptions(const FaultPlan &plan)
{
    QStringList parts;
    for (const FaultRule &r : plan) {
        const char *option = r.kind == FaultKind::Drop ? "--drop" : r.kind == FaultKind::Delay ? "--delay" : "--dup";
        parts << QStringLiteral("%1 %2").arg(QLatin1String(option), r.key());
    }
    return parts.join(QLatin1Char(' '));
}

void saveSnapshot(const QString &scenario, const SequenceLayout &layout)
{
    const QString dir = qEnvironmentVariable("TCPLAB_LAYOUT_SNAPSHOTS");
    if (dir.isEmpty())
        return;
    QImage image(layout.size.toSize().boundedTo(QSize(4000, 16000)), QImage::Format_RGB32);
    QPainter painter(&image);
    SequencePainter::paint(&painter, layout, QRectF(QPointF(0, 0), image.size()), SequencePaintState());
    painter.end();
    image.save(QDir(dir).filePath(scenario + QStringLiteral(".png")));
}

// Everything drawn with a place on the canvas, named for a failure message.
QList<QPair<QString, QRectF>> drawnRects(const SequenceLayout &L)
{
    QList<QPair<QString, QRectF>> out;
    for (const LifelineGeometry &l : L.lifelines)
        out.append({QStringLiteral("host box %1").arg(l.title), l.headerRect});
    for (const ArrowGeometry &a : L.arrows)
        out.append({QStringLiteral("label \"%1\"").arg(a.labelLines().join(QLatin1Char(' '))),
                    a.labelPolygon().boundingRect()});
    for (const StateBandGeometry &b : L.stateBands)
        out.append({QStringLiteral("state text %1").arg(b.text), b.textRect});
    for (const TimerBracketGeometry &t : L.timers)
        out.append({QStringLiteral("timer text %1").arg(t.text), t.textRect});
    for (const BreakGeometry &b : L.breaks)
        out.append({QStringLiteral("break text %1").arg(b.text), b.textRect});
    for (const FloodGeometry &f : L.floods)
        out.append({QStringLiteral("flood text %1").arg(f.textLines.join(QLatin1Char(' '))), f.textRect});
    for (const SynQueueGeometry &q : L.synQueues)
        for (const SynQueueGeometry::Mark &m : q.marks)
            out.append({QStringLiteral("queue mark %1").arg(m.text), m.textRect});
    return out;
}

// A fault plan that delivers a copy of one segment with no delay: two identical segments
// sent and arriving at the same moment.
Trace runWithCopyOf(const Scenario &scenario, const QString &host, int ordinal)
{
    Scenario edited = scenario;
    FaultRule copy;
    copy.kind = FaultKind::Duplicate;
    copy.host = host;
    copy.ordinal = ordinal;
    copy.delta = 0;
    edited.faults << copy;
    return Simulator::run(FaultResolver::resolveInOrder(edited));
}

// The catalogue of one language installed for as long as this lives (none for English),
// so a layout measures the words the learner reads.
class LabelLanguage
{
public:
    explicit LabelLanguage(const QString &language)
        : m_needed(language == QLatin1String("zh_CN"))
    {
        if (m_needed && m_zh.load(QStringLiteral(":/i18n/tcplab_zh_CN.qm")))
            m_installed = QCoreApplication::installTranslator(&m_zh);
    }
    ~LabelLanguage()
    {
        if (m_installed)
            QCoreApplication::removeTranslator(&m_zh);
    }
    LabelLanguage(const LabelLanguage &) = delete;
    LabelLanguage &operator=(const LabelLanguage &) = delete;
    bool isReady() const { return !m_needed || m_installed; }

private:
    QTranslator m_zh;
    bool m_needed = false;
    bool m_installed = false;
};

} // namespace

class TstLayoutProperties : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyScenarioUnderRandomFaultsLaysOutWithoutOverlapsAndWithLabelsOnTheirArrows_data()
    {
        QTest::addColumn<QString>("scenario");
        for (const QString &id : ScenarioLibrary::ids())
            QTest::newRow(qPrintable(id)) << id;
    }
    void everyScenarioUnderRandomFaultsLaysOutWithoutOverlapsAndWithLabelsOnTheirArrows()
    {
        QFETCH(QString, scenario);
        const ScenarioFile::LoadResult loaded = ScenarioLibrary::load(scenario);
        QVERIFY2(loaded.ok, qPrintable(loaded.errors.join(QLatin1Char('\n'))));
        const Trace clean = Simulator::run(loaded.scenario);
        std::mt19937_64 rng(seedOf(scenario));

        Violations all;
        QMap<QString, int> bySize; // "900 px, fit" -> violations
        QMap<QString, QString> firstBySize;
        int layouts = 0;
        QString firstFailure;
        const int plans = kZooms.size() > 0 ? plansAt(900, kZooms[0]) : 0;
        for (int p = 0; p <= plans; ++p) {
            Scenario edited = loaded.scenario;
            if (p > 0) // plan 0: the scenario as shipped
                edited.faults += randomPlan(clean, rng);
            const FaultPlan added = edited.faults.mid(loaded.scenario.faults.size());
            // The positions are resolved as `tcplab-cli layout` resolves its options (in
            // order, against the run as it stands), so the command printed for a failure
            // replays the very same run.
            edited = FaultResolver::resolveInOrder(edited);
            const Trace trace = Simulator::run(edited);
            for (double width : kWidths) {
                for (const Zoom &zoom : kZooms) {
                    if (p > plansAt(width, zoom))
                        continue;
                    const SequenceLayout layout = layoutAt(trace, width, zoom);
                    const Violations v = check(trace, layout);
                    ++layouts;
                    if (v.total() > 0 && firstFailure.isEmpty())
                        saveSnapshot(scenario, layout);
                    if (v.total() > 0 && firstFailure.isEmpty())
                        firstFailure = QStringLiteral("tcplab-cli layout %1 %2 --width %3 --zoom %4")
                                           .arg(scenario, planOptions(added))
                                           .arg(width)
                                           .arg(zoom.pixelsPerMs > 0 ? QString::number(zoom.pixelsPerMs)
                                                                     : QStringLiteral("fit"));
                    all += v;
                    if (v.total() > 0) {
                        const QString size = QStringLiteral("%1 px, %2").arg(width).arg(QLatin1String(zoom.name));
                        bySize[size] += v.total();
                        if (!firstBySize.contains(size))
                            firstBySize.insert(size, QStringLiteral("%1 %2 --width %3 --zoom %4: %5")
                                                         .arg(scenario, planOptions(added))
                                                         .arg(width)
                                                         .arg(zoom.pixelsPerMs > 0 ? QString::number(zoom.pixelsPerMs)
                                                                                   : QStringLiteral("fit"))
                                                         .arg(v.examples.value(0)));
                    }
                }
            }
        }
        if (all.total() > 0) {
            qWarning().noquote() << scenario << ":" << all.total() << "violations in" << layouts
                                 << "layouts:" << all.counts();
            QStringList sizes;
            for (auto it = bySize.cbegin(); it != bySize.cend(); ++it)
                sizes << QStringLiteral("%1: %2").arg(it.key()).arg(it.value());
            qWarning().noquote() << "  by size:" << sizes.join(QStringLiteral("; "));
            qWarning().noquote() << "  first:" << firstFailure;
            for (const QString &f : firstBySize)
                qWarning().noquote() << "  at" << f;
            for (const QString &e : all.examples)
                qWarning().noquote() << "   " << e;
        }
        QVERIFY2(all.total() == 0, qPrintable(QStringLiteral("%1 violations (%2); first: %3")
                                                  .arg(all.total())
                                                  .arg(all.counts(), firstFailure)));
    }

    // Nothing is cut at the right edge of the view: laid out for a width, every label, host
    // box and text lies inside the diagram, and the diagram inside that width (unless the
    // story is wider than any spacing can make it: then the view scrolls, but the texts of
    // the rightmost lifeline are still on the canvas).
    void everyTextLiesInsideTheWidthItIsLaidOutFor_data()
    {
        QTest::addColumn<QString>("scenario");
        for (const QString &id : ScenarioLibrary::ids())
            QTest::newRow(qPrintable(id)) << id;
    }
    void everyTextLiesInsideTheWidthItIsLaidOutFor()
    {
        QFETCH(QString, scenario);
        const ScenarioFile::LoadResult loaded = ScenarioLibrary::load(scenario);
        QVERIFY2(loaded.ok, qPrintable(loaded.errors.join(QLatin1Char('\n'))));
        const Trace clean = Simulator::run(loaded.scenario);
        std::mt19937_64 rng(seedOf(scenario) ^ 0x9e3779b97f4a7c15ull);
        for (int p = 0; p <= 8; ++p) {
            Scenario edited = loaded.scenario;
            if (p > 0)
                edited.faults += randomPlan(clean, rng);
            const FaultPlan added = edited.faults.mid(loaded.scenario.faults.size());
            const Trace trace = Simulator::run(FaultResolver::resolveInOrder(edited));
            for (double width : {700.0, 850.0, 1024.0, 1366.0, 1600.0, 2000.0}) {
                const SequenceLayout L = layoutAt(trace, width, kZooms[0]);
                const QString where = QStringLiteral("tcplab-cli layout %1 %2 --width %3")
                                          .arg(scenario, planOptions(added))
                                          .arg(width);
                QVERIFY2(L.size.width() <= std::max(width, L.minimumWidth) + 1,
                         qPrintable(QStringLiteral("%1: %2 px wide (at least %3)")
                                        .arg(where)
                                        .arg(L.size.width())
                                        .arg(L.minimumWidth)));
                for (const auto &[name, r] : drawnRects(L)) {
                    if (r.isNull())
                        continue;
                    QVERIFY2(r.left() >= -kOverlapTolerance && r.right() <= L.size.width() + kOverlapTolerance,
                             qPrintable(QStringLiteral("%1: %2 spans x %3…%4 of a %5 px canvas")
                                            .arg(where, name)
                                            .arg(r.left())
                                            .arg(r.right())
                                            .arg(L.size.width())));
                }
            }
        }
    }

    // Issue 9: a SYN flood's words (between the target and the attackers) wrap onto more lines
    // rather than push the attackers' lifeline behind a horizontal scrollbar, in both
    // languages: the story fits a view narrower than its words on one line need, every text
    // inside, and no word of the flood lost to the wrapping.
    void floodWordsWrapSoTheStoryFitsANarrowerView_data()
    {
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<QString>("language");
        QTest::addColumn<double>("width");
        for (const char *id : {"syn-flood", "syn-flood-cookies"})
            for (const char *language : {"en", "zh_CN"})
                QTest::addRow("%s %s", id, language)
                    << QString::fromLatin1(id) << QString::fromLatin1(language)
                    << narrowerThanAFloodOnOneLine(QString::fromLatin1(language));
    }
    void floodWordsWrapSoTheStoryFitsANarrowerView()
    {
        QFETCH(QString, scenario);
        QFETCH(QString, language);
        QFETCH(double, width);
        const LabelLanguage catalogue(language);
        QVERIFY(catalogue.isReady());
        const ScenarioFile::LoadResult loaded = ScenarioLibrary::load(scenario);
        QVERIFY2(loaded.ok, qPrintable(loaded.errors.join(QLatin1Char('\n'))));
        const Trace trace = Simulator::run(loaded.scenario);
        const SequenceLayout L = layoutAt(trace, width, kZooms[0]);
        QCOMPARE(L.lifelines.size(), 3);
        QCOMPARE(L.floods.size(), 1);
        QVERIFY2(L.size.width() <= width + 1,
                 qPrintable(QStringLiteral("%1 px wide for a %2 px view").arg(L.size.width()).arg(width)));
        for (const auto &[name, r] : drawnRects(L)) {
            if (r.isNull())
                continue;
            QVERIFY2(r.left() >= -kOverlapTolerance && r.right() <= width + 1,
                     qPrintable(QStringLiteral("%1 spans x %2…%3 of a %4 px view").arg(name).arg(r.left()).arg(r.right()).arg(width)));
        }
        auto words = [](const FloodGeometry &f) { return f.textLines.join(QString()).remove(QLatin1Char(' ')); };
        const SequenceLayout wide = layoutAt(trace, 2000, kZooms[0]);
        QCOMPARE(words(L.floods.first()), words(wide.floods.first()));
    }

    // Issue 9: the flood stories fit the diagram views of small screens' windows, in both
    // languages and as the learner edits them: the layout no wider than the view, every
    // text inside it, and no overlaps.
    void floodStoriesFitTheViewsOfSmallScreens_data()
    {
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<QString>("language");
        QTest::addColumn<double>("width");
        for (const char *id : {"syn-flood", "syn-flood-cookies"})
            for (const char *language : {"en", "zh_CN"})
                for (double width : kSmallScreenViewWidths)
                    QTest::addRow("%s %s %g px", id, language, width)
                        << QString::fromLatin1(id) << QString::fromLatin1(language) << width;
    }
    void floodStoriesFitTheViewsOfSmallScreens()
    {
        QFETCH(QString, scenario);
        QFETCH(QString, language);
        QFETCH(double, width);
        const LabelLanguage catalogue(language);
        QVERIFY(catalogue.isReady());
        const ScenarioFile::LoadResult loaded = ScenarioLibrary::load(scenario);
        QVERIFY2(loaded.ok, qPrintable(loaded.errors.join(QLatin1Char('\n'))));
        const Trace clean = Simulator::run(loaded.scenario);
        std::mt19937_64 rng(seedOf(scenario) ^ uint64_t(width));
        for (int p = 0; p <= 4; ++p) {
            Scenario edited = loaded.scenario;
            if (p > 0)
                edited.faults += randomPlan(clean, rng);
            const FaultPlan added = edited.faults.mid(loaded.scenario.faults.size());
            const Trace trace = Simulator::run(FaultResolver::resolveInOrder(edited));
            const SequenceLayout L = layoutAt(trace, width, kZooms[0]);
            const QString where = QStringLiteral("tcplab-cli layout %1 %2 --width %3 --lang %4")
                                      .arg(scenario, planOptions(added))
                                      .arg(width)
                                      .arg(language);
            QCOMPARE(L.lifelines.size(), 3);
            QVERIFY2(L.size.width() <= width + 1,
                     qPrintable(QStringLiteral("%1: %2 px wide").arg(where).arg(L.size.width())));
            for (const auto &[name, r] : drawnRects(L)) {
                if (r.isNull())
                    continue;
                QVERIFY2(r.left() >= -kOverlapTolerance && r.right() <= width + 1,
                         qPrintable(QStringLiteral("%1: %2 spans x %3…%4").arg(where, name).arg(r.left()).arg(r.right())));
            }
            const Violations v = check(trace, L);
            QVERIFY2(v.total() == 0, qPrintable(QStringLiteral("%1: %2 (%3)").arg(where, v.counts(), v.examples.value(0))));
        }
    }

    // Issue 9: views between the narrowest a flood story can be drawn at and the width its
    // roomy fallback spacing needs get diagrams in between, not the roomy one: a wider view
    // never gets a narrower diagram, each uses its whole view where it can (wrapping the
    // flood's words as needed), and none falls back to the roomy spacing — while every label
    // still finds its place.
    void floodStoriesUseIntermediateSpacingsInIntermediateViews_data()
    {
        QTest::addColumn<QString>("language");
        for (const char *language : {"en", "zh_CN"})
            QTest::addRow("%s", language) << QString::fromLatin1(language);
    }
    void floodStoriesUseIntermediateSpacingsInIntermediateViews()
    {
        QFETCH(QString, language);
        const LabelLanguage catalogue(language);
        QVERIFY(catalogue.isReady());
        const ScenarioFile::LoadResult loaded = ScenarioLibrary::load(QStringLiteral("syn-flood"));
        QVERIFY2(loaded.ok, qPrintable(loaded.errors.join(QLatin1Char('\n'))));
        const Trace trace = Simulator::run(loaded.scenario);
        double narrowest = 1e9, before = 0;
        QList<QPair<double, SequenceLayout>> layouts;
        for (double width = 560; width <= 760; width += 12) {
            layouts.append({width, layoutAt(trace, width, kZooms[0])});
            narrowest = std::min(narrowest, layouts.last().second.size.width());
        }
        for (const auto &[width, L] : layouts) {
            const QString where = QStringLiteral("tcplab-cli layout syn-flood --width %1 --lang %2").arg(width).arg(language);
            QCOMPARE(L.labelsPlacedAnyway, 0);
            QVERIFY2(L.lifelineSpacing < SequenceLayoutBuilder::roomySpacing,
                     qPrintable(QStringLiteral("%1: lifelines %2 px apart").arg(where).arg(L.lifelineSpacing)));
            QVERIFY2(L.size.width() >= before,
                     qPrintable(QStringLiteral("%1: %2 px wide, narrower than a narrower view's %3 px")
                                    .arg(where)
                                    .arg(L.size.width())
                                    .arg(before)));
            QVERIFY2(L.size.width() <= std::max(width, narrowest),
                     qPrintable(QStringLiteral("%1: %2 px wide; the narrowest is %3 px")
                                    .arg(where)
                                    .arg(L.size.width())
                                    .arg(narrowest)));
            before = L.size.width();
        }
    }

    // A network copy with no delay is the same segment twice at the same moment: two
    // parallel arrows with the same words. Each label stays beside its own arrow (nearer to
    // it than to the twin) and each arrow keeps a key of its own in the geometry's JSON.
    void identicalSegmentsAtOneMomentEachKeepTheirOwnLabel_data()
    {
        QTest::addColumn<QString>("scenario");
        for (const char *id : {"three-way-handshake", "handshake-and-close", "simultaneous-close", "data-transfer"})
            QTest::newRow(id) << QString::fromLatin1(id);
    }
    void identicalSegmentsAtOneMomentEachKeepTheirOwnLabel()
    {
        QFETCH(QString, scenario);
        const ScenarioFile::LoadResult loaded = ScenarioLibrary::load(scenario);
        QVERIFY2(loaded.ok, qPrintable(loaded.errors.join(QLatin1Char('\n'))));
        const Trace clean = Simulator::run(loaded.scenario);
        int pairs = 0;
        for (const SegmentRecord &r : clean.segments) {
            if (r.kind == SegmentKind::Duplicate || r.fromHost < 0)
                continue;
            const QString host = clean.hostName(r.fromHost);
            const Trace trace = runWithCopyOf(loaded.scenario, host, r.senderOrdinal);
            int original = -1, copy = -1;
            for (const SegmentRecord &s : trace.segments)
                if (s.kind == SegmentKind::Duplicate && s.duplicateOf >= 0 && s.arrivesAt == trace.segments[s.duplicateOf].arrivesAt
                    && !trace.segments[s.duplicateOf].dropped) {
                    original = s.duplicateOf;
                    copy = s.id;
                }
            if (copy < 0)
                continue; // the copy changed the story so that no twin arrives with it
            ++pairs;
            for (double width : kWidths) {
                for (const Zoom &zoom : kZooms) {
                    const SequenceLayout L = layoutAt(trace, width, zoom);
                    const QString where = QStringLiteral("tcplab-cli layout %1 --dup %2#%3:0ms --width %4 --zoom %5")
                                              .arg(scenario, host)
                                              .arg(r.senderOrdinal)
                                              .arg(width)
                                              .arg(zoom.pixelsPerMs > 0 ? QString::number(zoom.pixelsPerMs)
                                                                        : QStringLiteral("fit"));
                    const Violations v = check(trace, L);
                    QVERIFY2(v.total() == 0, qPrintable(QStringLiteral("%1: %2; %3")
                                                            .arg(where, v.counts(), v.examples.value(0))));
                    const ArrowGeometry *a = L.arrowForSegment(original);
                    const ArrowGeometry *b = L.arrowForSegment(copy);
                    QVERIFY(a && b);
                    QVERIFY2(std::abs(a->p1.y() - b->p1.y()) >= 3, qPrintable(where)); // drawn apart
                    for (const auto &[own, twin] : {std::pair{a, b}, std::pair{b, a}}) {
                        const double toOwn = polygonSegmentDistance(own->labelPolygon(), own->p1, own->end);
                        const double toTwin = polygonSegmentDistance(own->labelPolygon(), twin->p1, twin->end);
                        QVERIFY2(toOwn <= kNearOwnArrow && toOwn < toTwin,
                                 qPrintable(QStringLiteral("%1: segment %2's label is %3 px from its arrow, %4 px from its twin")
                                                .arg(where)
                                                .arg(own->segmentId)
                                                .arg(toOwn)
                                                .arg(toTwin)));
                    }
                    QSet<QString> keys;
                    for (const QJsonValue &arrow : sequenceLayoutToJson(L, trace).value(QStringLiteral("arrows")).toArray())
                        keys.insert(arrow.toObject().value(QStringLiteral("key")).toString());
                    QCOMPARE(keys.size(), L.arrows.size());
                }
            }
        }
        QVERIFY(pairs > 2);
    }
};

QTEST_MAIN(TstLayoutProperties)
#include "tst_layout_properties.moc"
