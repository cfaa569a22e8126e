#include "sequence/layout_json.h"

#include "sequence/sequence_layout.h"
#include "trace/trace.h"

#include <QHash>
#include <QJsonArray>
#include <cmath>

namespace tcplab {

namespace {

double rounded(double v)
{
    return std::round(v * 100) / 100; // a hundredth of a pixel is plenty
}

QJsonArray point(QPointF p)
{
    return QJsonArray{rounded(p.x()), rounded(p.y())};
}

QJsonObject rect(const QRectF &r)
{
    return QJsonObject{{QStringLiteral("x"), rounded(r.x())},
                       {QStringLiteral("y"), rounded(r.y())},
                       {QStringLiteral("width"), rounded(r.width())},
                       {QStringLiteral("height"), rounded(r.height())}};
}

QJsonArray polygon(const QPolygonF &p)
{
    QJsonArray out;
    for (QPointF q : p)
        out.append(point(q));
    return out;
}

QJsonArray strings(const QStringList &list)
{
    QJsonArray out;
    for (const QString &s : list)
        out.append(s);
    return out;
}

QString pieceKind(TimeAxis::PieceKind kind)
{
    switch (kind) {
    case TimeAxis::PieceKind::Linear:
        return QStringLiteral("linear");
    case TimeAxis::PieceKind::Break:
        return QStringLiteral("break");
    case TimeAxis::PieceKind::Hold:
        return QStringLiteral("hold");
    }
    return QString();
}

// One key per segment: the sender's ordinal as the command line names it ("A#6"); a
// network copy shares its original's ordinal, so it is told apart as which copy it is
// ("A#6/copy1"). Two identical segments at one moment keep two keys, and a label found by
// key is always the one of its own arrow.
QStringList segmentKeys(const Trace &trace)
{
    QStringList keys;
    keys.reserve(trace.segments.size());
    QHash<QString, int> copies;
    for (const SegmentRecord &r : trace.segments) {
        const QString key = QStringLiteral("%1#%2").arg(trace.hostName(r.fromHost)).arg(r.senderOrdinal);
        if (r.kind == SegmentKind::Duplicate)
            keys.append(QStringLiteral("%1/copy%2").arg(key).arg(++copies[key]));
        else
            keys.append(key);
    }
    return keys;
}

} // namespace

QJsonObject sequenceLayoutToJson(const SequenceLayout &L, const Trace &trace)
{
    QJsonArray hosts;
    for (const LifelineGeometry &l : L.lifelines) {
        QJsonArray names;
        for (int h : l.hosts)
            names.append(trace.hostName(h));
        hosts.append(QJsonObject{{QStringLiteral("lane"), l.lane},
                                 {QStringLiteral("title"), l.title},
                                 {QStringLiteral("subtitle"), l.subtitle},
                                 {QStringLiteral("hosts"), names},
                                 {QStringLiteral("attacker"), l.attacker},
                                 {QStringLiteral("x"), rounded(l.x)},
                                 {QStringLiteral("box"), rect(l.headerRect)}});
    }

    QJsonArray pieces;
    for (const TimeAxis::Piece &p : L.axis.pieces())
        pieces.append(QJsonObject{{QStringLiteral("kind"), pieceKind(p.kind)},
                                  {QStringLiteral("t0_us"), qint64(p.t0)},
                                  {QStringLiteral("t1_us"), qint64(p.t1)},
                                  {QStringLiteral("y0"), rounded(p.y0)},
                                  {QStringLiteral("y1"), rounded(p.y1)}});
    QJsonArray ticks;
    for (const AxisTick &t : L.ticks(L.axis.top(), L.axis.bottom()))
        ticks.append(QJsonObject{{QStringLiteral("t_us"), qint64(t.time)},
                                 {QStringLiteral("y"), rounded(t.y)},
                                 {QStringLiteral("text"), t.text}});
    const QJsonObject axis{{QStringLiteral("column"), rect(QRectF(0, L.axis.top(), L.timeAxisWidth, L.axis.bottom() - L.axis.top()))},
                           {QStringLiteral("px_per_ms"), L.axis.pixelsPerMs()},
                           {QStringLiteral("tick_step_us"), qint64(L.tickStep)},
                           {QStringLiteral("pieces"), pieces},
                           {QStringLiteral("ticks"), ticks}};

    QJsonArray arrows;
    const QStringList keys = segmentKeys(trace);
    for (const ArrowGeometry &a : L.arrows) {
        const SegmentRecord &r = trace.segments[a.segmentId];
        QJsonObject o{{QStringLiteral("segment"), a.segmentId},
                      {QStringLiteral("key"), keys.at(a.segmentId)},
                      {QStringLiteral("label"), segmentLabelText(r.segment, SegmentLabelContent::Textbook)},
                      {QStringLiteral("lines"), strings(a.textLines())},
                      {QStringLiteral("badges"), strings(a.badgeLines())},
                      {QStringLiteral("from_lane"), a.fromLane},
                      {QStringLiteral("to_lane"), a.toLane},
                      {QStringLiteral("sent_us"), qint64(a.sentAt)},
                      {QStringLiteral("ends_us"), qint64(a.endsAt)},
                      {QStringLiteral("from"), point(a.p1)},
                      {QStringLiteral("to"), point(a.p2)},
                      {QStringLiteral("end"), point(a.end)},
                      {QStringLiteral("dropped"), a.dropped}};
        if (a.labelAngle == 0)
            o.insert(QStringLiteral("label_rect"), rect(a.labelPolygon().boundingRect()));
        else
            o.insert(QStringLiteral("label_polygon"), polygon(a.labelPolygon()));
        o.insert(QStringLiteral("label_angle"), rounded(a.labelAngle));
        arrows.append(o);
    }
    QJsonArray hidden;
    for (int id = 0; id < L.arrowIndexOfSegment.size(); ++id)
        if (L.arrowIndexOfSegment[id] < 0)
            hidden.append(id);

    QJsonArray bands;
    for (const StateBandGeometry &b : L.stateBands)
        bands.append(QJsonObject{{QStringLiteral("host"), trace.hostName(b.host)},
                                 {QStringLiteral("socket"), b.socket},
                                 {QStringLiteral("state"), b.text},
                                 {QStringLiteral("t0_us"), qint64(b.t0)},
                                 {QStringLiteral("t1_us"), qint64(b.t1)},
                                 {QStringLiteral("rect"), rect(b.rect)},
                                 {QStringLiteral("text_rect"), rect(b.textRect)}});
    QJsonArray timers;
    for (const TimerBracketGeometry &t : L.timers)
        timers.append(QJsonObject{{QStringLiteral("host"), trace.hostName(t.host)},
                                  {QStringLiteral("socket"), t.socket},
                                  {QStringLiteral("kind"), timerKindName(t.kind)},
                                  {QStringLiteral("text"), t.text},
                                  {QStringLiteral("set_us"), qint64(t.setAt)},
                                  {QStringLiteral("ends_us"), qint64(t.endsAt)},
                                  {QStringLiteral("fired"), t.fired},
                                  {QStringLiteral("bracket"), QJsonArray{point(QPointF(t.x, t.y0)), point(QPointF(t.x, t.y1))}},
                                  {QStringLiteral("text_rect"), rect(t.textRect)}});
    QJsonArray breaks;
    for (const BreakGeometry &b : L.breaks)
        breaks.append(QJsonObject{{QStringLiteral("t0_us"), qint64(b.t0)},
                                  {QStringLiteral("t1_us"), qint64(b.t1)},
                                  {QStringLiteral("y0"), rounded(b.y0)},
                                  {QStringLiteral("y1"), rounded(b.y1)},
                                  {QStringLiteral("text"), b.text},
                                  {QStringLiteral("text_rect"), rect(b.textRect)}});
    QJsonArray floods;
    for (const FloodGeometry &f : L.floods)
        floods.append(QJsonObject{{QStringLiteral("from_lane"), f.fromLane},
                                  {QStringLiteral("to_lane"), f.toLane},
                                  {QStringLiteral("t0_us"), qint64(f.t0)},
                                  {QStringLiteral("t1_us"), qint64(f.t1)},
                                  {QStringLiteral("expanded"), f.expanded},
                                  {QStringLiteral("forged_syns"), f.forgedSyns},
                                  {QStringLiteral("syns_per_second"), rounded(f.synsPerSecond)},
                                  {QStringLiteral("syns_dropped_queue_full"), f.synsDroppedQueueFull},
                                  {QStringLiteral("answers"), f.answers},
                                  {QStringLiteral("segments"), int(f.segments.size())},
                                  {QStringLiteral("band"), polygon(f.band)},
                                  {QStringLiteral("lines"), strings(f.textLines)},
                                  {QStringLiteral("text_rect"), rect(f.textRect)}});
    QJsonArray queues;
    for (const SynQueueGeometry &q : L.synQueues) {
        QJsonArray marks;
        for (const SynQueueGeometry::Mark &m : q.marks)
            marks.append(QJsonObject{{QStringLiteral("t_us"), qint64(m.time)},
                                     {QStringLiteral("half_open"), m.halfOpen},
                                     {QStringLiteral("text"), m.text},
                                     {QStringLiteral("text_rect"), rect(m.textRect)}});
        queues.append(QJsonObject{{QStringLiteral("lane"), q.lane},
                                  {QStringLiteral("listener_socket"), q.listenerSocket},
                                  {QStringLiteral("max_half_open"), q.maxHalfOpen},
                                  {QStringLiteral("rect"), rect(q.rect)},
                                  {QStringLiteral("shape"), polygon(q.shape)},
                                  {QStringLiteral("marks"), marks}});
    }

    return QJsonObject{{QStringLiteral("size"), QJsonObject{{QStringLiteral("width"), rounded(L.size.width())},
                                                            {QStringLiteral("height"), rounded(L.size.height())}}},
                       {QStringLiteral("passes"), L.passes},
                       {QStringLiteral("labels_placed_anyway"), L.labelsPlacedAnyway},
                       {QStringLiteral("hosts"), hosts},
                       {QStringLiteral("axis"), axis},
                       {QStringLiteral("arrows"), arrows},
                       {QStringLiteral("summarised_segments"), hidden},
                       {QStringLiteral("state_bands"), bands},
                       {QStringLiteral("timers"), timers},
                       {QStringLiteral("breaks"), breaks},
                       {QStringLiteral("floods"), floods},
                       {QStringLiteral("syn_queues"), queues}};
}

} // namespace tcplab
