#include "sequence/sequence_layout.h"

#include "common/duration_text.h"
#include "sequence/label_placer.h"
#include "sequence/sequence_layout_builder.h"
#include "trace/trace.h"

#include <QFontMetricsF>
#include <algorithm>
#include <array>
#include <cmath>

namespace tcplab {

namespace {
constexpr double maxPixelsPerMs = 2000;
} // namespace

QFont sequenceLabelFont(const QFont &base)
{
    return base;
}

QFont sequenceBadgeFont(const QFont &base)
{
    QFont f = base;
    f.setItalic(true);
    return f;
}

QFont sequenceHeaderFont(const QFont &base)
{
    QFont f = base;
    f.setBold(true);
    if (f.pointSizeF() > 0)
        f.setPointSizeF(f.pointSizeF() * 1.2);
    else if (f.pixelSize() > 0)
        f.setPixelSize(int(f.pixelSize() * 1.2));
    return f;
}

QFont sequenceAnnotationFont(const QFont &base)
{
    QFont f = base;
    if (f.pointSizeF() > 0)
        f.setPointSizeF(f.pointSizeF() * 0.9);
    else if (f.pixelSize() > 0)
        f.setPixelSize(std::max(8, int(f.pixelSize() * 0.9)));
    return f;
}

namespace {
// Appends " name=value" to a byte buffer (the label is ASCII).
char *appendField(char *out, const char *name, quint64 value)
{
    *out++ = ' ';
    while (*name)
        *out++ = *name++;
    char digits[24];
    int n = 0;
    do {
        digits[n++] = char('0' + value % 10);
        value /= 10;
    } while (value);
    while (n)
        *out++ = digits[--n];
    return out;
}
} // namespace

// Built by hand rather than with QString::arg(): a 100,000-segment run lays out 100,000
// labels, and this is most of what a label costs.
QString segmentLabelText(const Segment &segment, SegmentLabelContent content)
{
    if (content == SegmentLabelContent::Full)
        return segment.summary();
    static const std::array<QByteArray, 256> flagLabels = [] {
        std::array<QByteArray, 256> labels;
        for (int f = 0; f < 256; ++f) {
            const QString label = tcpFlagsLabel(TcpFlags(f));
            labels[f] = label.isEmpty() ? QByteArrayLiteral("<none>") : label.toLatin1();
        }
        return labels;
    }();
    char buffer[128];
    const QByteArray &flags = flagLabels[segment.flags];
    const int flagLength = int(std::min<qsizetype>(flags.size(), 48));
    std::copy_n(flags.constData(), flagLength, buffer);
    char *end = buffer + flagLength;
    if (content == SegmentLabelContent::Textbook) {
        end = appendField(end, "seq=", segment.seq);
        if (segment.has(TcpFlag::Ack))
            end = appendField(end, "ack=", segment.ack);
    }
    if (!segment.payload.isEmpty())
        end = appendField(end, "len=", quint64(segment.payload.size()));
    return QString::fromLatin1(buffer, end - buffer);
}

namespace {
QStringList splitLines(QStringView joined, int from, int count)
{
    QStringList lines;
    if (count <= 0)
        return lines;
    lines.reserve(count);
    int line = 0;
    for (QStringView l : joined.tokenize(u'\n')) {
        if (line >= from + count)
            break;
        if (line++ >= from)
            lines.append(l.toString());
    }
    return lines;
}
} // namespace

QStringList ArrowGeometry::textLines() const
{
    return splitLines(m_labelLines, 0, m_textLineCount);
}

QStringList ArrowGeometry::badgeLines() const
{
    return splitLines(m_labelLines, m_textLineCount, m_badgeLineCount);
}

QStringList ArrowGeometry::labelLines() const
{
    return splitLines(m_labelLines, 0, labelLineCount());
}

void ArrowGeometry::setLabelLines(const QStringList &text, const QStringList &badges)
{
    setJoinedLabelLines((text + badges).join(u'\n'), int(text.size()), int(badges.size()));
}

void ArrowGeometry::setJoinedLabelLines(const QString &joined, int textLineCount, int badgeLineCount)
{
    m_labelLines = joined;
    m_textLineCount = quint16(textLineCount);
    m_badgeLineCount = quint16(badgeLineCount);
}

void ArrowGeometry::clearLabel()
{
    m_labelLines.clear();
    m_textLineCount = m_badgeLineCount = 0;
    labelSize = QSizeF();
}

QPolygonF ArrowGeometry::labelPolygon() const
{
    if (!labelSize.isValid())
        return {};
    return LabelPlacer::polygon(labelCenter, labelSize, labelAngle);
}

const ArrowGeometry *SequenceLayout::arrowForSegment(int segmentId) const
{
    if (segmentId < 0 || segmentId >= arrowIndexOfSegment.size())
        return nullptr;
    const int i = arrowIndexOfSegment[segmentId];
    return i < 0 ? nullptr : &arrows[i];
}

int SequenceLayout::laneOfHost(int host) const
{
    for (const LifelineGeometry &l : lifelines)
        if (l.hosts.contains(host))
            return l.lane;
    return -1;
}

namespace {
double distanceToSegment(QPointF p, QPointF a, QPointF b)
{
    const QPointF ab = b - a;
    const double len2 = QPointF::dotProduct(ab, ab);
    double t = len2 > 0 ? QPointF::dotProduct(p - a, ab) / len2 : 0;
    t = std::clamp(t, 0.0, 1.0);
    const QPointF d = p - (a + ab * t);
    return std::sqrt(QPointF::dotProduct(d, d));
}
} // namespace

int SequenceLayout::segmentAt(QPointF p, double tolerance) const
{
    int best = -1;
    double bestDistance = tolerance;
    for (int i : arrowIndex.query(p.y() - tolerance, p.y() + tolerance)) {
        const ArrowGeometry &a = arrows[i];
        double d = distanceToSegment(p, a.p1, a.end);
        if (a.labelPolygon().containsPoint(p, Qt::OddEvenFill))
            d = std::min(d, tolerance * 0.5); // a click on the words names the arrow too
        if (d <= bestDistance) {
            bestDistance = d;
            best = a.segmentId;
        }
    }
    return best;
}

int SequenceLayout::segmentHeadAt(QPointF p, double tolerance) const
{
    int best = -1;
    double bestDistance = tolerance;
    for (int i : arrowIndex.query(p.y() - tolerance, p.y() + tolerance)) {
        const ArrowGeometry &a = arrows[i];
        const QPointF d = p - a.end;
        const double dist = std::sqrt(QPointF::dotProduct(d, d));
        if (dist <= bestDistance) {
            bestDistance = dist;
            best = a.segmentId;
        }
    }
    return best;
}

int SequenceLayout::floodAt(QPointF p) const
{
    for (int i = 0; i < floods.size(); ++i)
        if (floods[i].textRect.contains(p) || floods[i].band.containsPoint(p, Qt::OddEvenFill))
            return i;
    return -1;
}

QList<AxisTick> SequenceLayout::ticks(double y0, double y1) const
{
    QList<AxisTick> out;
    if (tickStep <= 0 || axis.pieces().isEmpty())
        return out;
    const QFontMetricsF fm(sequenceAnnotationFont(options.font));
    const double nearBreak = fm.height() * 0.6;
    const QList<TimeAxis::Piece> &pieces = axis.pieces();
    for (int i = 0; i < pieces.size(); ++i) {
        const TimeAxis::Piece &piece = pieces[i];
        if (piece.kind != TimeAxis::PieceKind::Linear || piece.y1 < y0 || piece.y0 > y1)
            continue;
        const bool breakBefore = i > 0 && pieces[i - 1].kind == TimeAxis::PieceKind::Break;
        const bool breakAfter = i + 1 < pieces.size() && pieces[i + 1].kind == TimeAxis::PieceKind::Break;
        const SimTime tFrom = std::max(piece.t0, axis.yToTime(y0));
        const SimTime tTo = std::min(piece.t1, axis.yToTime(y1));
        SimTime t = tFrom >= 0 ? (tFrom + tickStep - 1) / tickStep * tickStep : tFrom / tickStep * tickStep;
        for (; t <= tTo; t += tickStep) {
            const double y = axis.timeToY(t);
            // Ticks too near a break would crowd its text.
            if ((breakBefore && y - piece.y0 < nearBreak) || (breakAfter && piece.y1 - y < nearBreak))
                continue;
            if (!out.isEmpty() && out.last().time == t)
                continue;
            out.append({t, y, timePointText(t, tickStep)});
        }
    }
    return out;
}

namespace {
SequenceLayout layoutWithSpacingAtLeast(const Trace &trace, const SequenceLayoutOptions &options, double leastSpacing)
{
    SequenceLayout L = SequenceLayoutBuilder(trace, options, leastSpacing).build();
    // Where making room locally was not enough (many segments sent at once, crossing long
    // delayed ones, in a narrow window), the whole story gets a larger scale: a taller
    // picture rather than a label over another arrow.
    SequenceLayoutOptions larger = options;
    double scale = L.axis.pixelsPerMs();
    for (int round = 0; round < 3 && L.labelsPlacedAnyway > 0; ++round) {
        scale *= 1.6;
        larger.pixelsPerMs = scale;
        SequenceLayout retry = SequenceLayoutBuilder(trace, larger, leastSpacing).build();
        if (retry.labelsPlacedAnyway < L.labelsPlacedAnyway)
            L = std::move(retry);
    }
    L.blanks = blankFields(L, trace, options.blanks);
    return L;
}

// Between the spacing too close for the labels and the roomy fallback known to part them,
// the closest at which every label finds its place (issue 9: a view a little too narrow no
// longer jumps to the roomy spacing): the lifelines at least that far apart, as far as the
// width allows, a flood's words wrapped as they need. Found by halving.
SequenceLayout closestWhereEveryLabelFits(const Trace &trace, const SequenceLayoutOptions &options,
                                          double tooClose, SequenceLayout roomy)
{
    SequenceLayout best = std::move(roomy);
    double lo = tooClose, hi = best.lifelineSpacing;
    for (int round = 0; round < 9 && hi - lo > 0.5; ++round) {
        const double mid = (lo + hi) / 2;
        SequenceLayout probe = SequenceLayoutBuilder(trace, options, mid).build();
        if (probe.labelsPlacedAnyway > 0) {
            lo = mid;
            continue;
        }
        hi = std::min(mid, probe.lifelineSpacing);
        probe.blanks = blankFields(probe, trace, options.blanks);
        best = std::move(probe);
    }
    return best;
}
} // namespace

SequenceLayout layoutSequence(const Trace &trace, const SequenceLayoutOptions &options)
{
    SequenceLayout L = layoutWithSpacingAtLeast(trace, options, SequenceLayoutBuilder::narrowestSpacing);
    // A narrow window brings the lifelines closer than some crowded stories can be parted
    // at: then they keep the least distance at which labels find their places (and the view
    // scrolls sideways) rather than a label covering another arrow.
    if (L.labelsPlacedAnyway > 0 && L.lifelineSpacing < SequenceLayoutBuilder::roomySpacing) {
        SequenceLayout roomy = layoutWithSpacingAtLeast(trace, options, SequenceLayoutBuilder::roomySpacing);
        if (roomy.labelsPlacedAnyway == 0)
            L = closestWhereEveryLabelFits(trace, options, L.lifelineSpacing, std::move(roomy));
        else if (roomy.labelsPlacedAnyway < L.labelsPlacedAnyway)
            L = std::move(roomy);
    }
    return L;
}

double minimumReadablePixelsPerMs(const Trace &trace, const SequenceLayoutOptions &options)
{
    // The typical one-way delay gets at least a little over two lines of text, so arrows
    // keep a visible slope and their moments stay apart.
    const double lines = 2.2 * QFontMetricsF(sequenceLabelFont(options.font)).lineSpacing();
    const double typicalMs = double(SequenceLayoutBuilder::typicalOneWayDelay(trace)) / usPerMs;
    return lines / typicalMs;
}

SequenceLayout layoutSequenceToFit(const Trace &trace, const SequenceLayoutOptions &options, double height)
{
    // Height = fixed part (headers, breaks, holds, room made for labels) + time drawn to
    // scale × scale. Start from the automatic scale, solve for the scale, and solve once
    // more if the room the layout makes at that scale changed the fixed part.
    const double floor = minimumReadablePixelsPerMs(trace, options);
    SequenceLayoutOptions o = options;
    o.pixelsPerMs = 0;
    SequenceLayout L = layoutSequence(trace, o);
    auto solve = [&](const SequenceLayout &l) {
        const double linearMs = double(std::max<SimTime>(1, l.axis.linearDuration())) / usPerMs;
        const double fixed = l.size.height() - linearMs * l.axis.pixelsPerMs();
        return std::clamp((height - fixed) / linearMs, std::min(floor, maxPixelsPerMs), maxPixelsPerMs);
    };
    double scale = solve(L);
    for (int round = 0; round < 4; ++round) {
        if (std::abs(scale - L.axis.pixelsPerMs()) <= 1e-3 * scale)
            break;
        o.pixelsPerMs = scale;
        L = layoutSequence(trace, o);
        if (L.size.height() <= height || scale <= floor)
            break;
        // Still too tall: the room made at this scale grew the fixed part. Solve again,
        // and shrink at least in proportion, so that a few rounds always settle.
        scale = std::max(floor, std::min(solve(L), scale * std::min(0.999, height / L.size.height())));
    }
    L.options.pixelsPerMs = L.axis.pixelsPerMs();
    return L;
}

} // namespace tcplab
