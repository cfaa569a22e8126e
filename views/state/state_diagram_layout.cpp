#include "state/state_diagram_layout.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QLineF>

#include <cmath>

namespace tcplab {

namespace {

constexpr char kContext[] = "tcplab::StateDiagramLayout";

using C = StateCause;
using S = TcpState;

// Edge ids, in table order. Kept as named constants so the routes below read like the
// figure.
enum EdgeId {
    ClosedToListen,
    ListenToClosed,
    ClosedToSynSent,
    SynSentToClosed,
    AnyToClosed,
    ListenToSynReceived,
    SynSentToSynReceived,
    SynSentToEstablished,
    SynReceivedToEstablished,
    SynReceivedToListen,
    SynReceivedToFinWait1,
    EstablishedToFinWait1,
    EstablishedToCloseWait,
    FinWait1ToFinWait2,
    FinWait1ToClosing,
    FinWait1ToTimeWait,
    FinWait2ToTimeWait,
    ClosingToTimeWait,
    CloseWaitToLastAck,
    LastAckToClosed,
    TimeWaitToClosed,
    ListenToEstablishedTwoWay,
    FinWait2ToClosedNoTimeWait,
    FinWait1ToClosedNoTimeWait,
    EdgeCount
};

QList<StateEdgeSpec> buildEdges()
{
    // Labels follow RFC 9293 Figure 5 ("event / action"); the edges the figure leaves out in
    // its notes 2 and 3 (FIN,ACK in FIN-WAIT-1; RST and give-up from any state) are drawn too,
    // because the simulator takes them and the learner should see where they go.
    const QList<C> closing = {C::AppClose, C::AppShutdown, C::ProcessExit};
    QList<StateEdgeSpec> e(EdgeCount);
    auto set = [&e](int id, S from, S to, bool bottom, QList<C> causes, const char *event,
                    const char *action, StateEdgeKind kind = StateEdgeKind::Standard,
                    const char *note = "") {
        e[id] = StateEdgeSpec{id, from, to, bottom, std::move(causes), event, action, note, kind};
    };
    set(ClosedToListen, S::Closed, S::Listen, false, {C::AppListen},
        QT_TRANSLATE_NOOP("tcplab::StateDiagramLayout", "passive open"), "");
    set(ListenToClosed, S::Listen, S::Closed, false, {C::AppClose, C::ProcessExit, C::AppAbort},
        QT_TRANSLATE_NOOP("tcplab::StateDiagramLayout", "close"), "");
    set(ClosedToSynSent, S::Closed, S::SynSent, false, {C::AppConnect},
        QT_TRANSLATE_NOOP("tcplab::StateDiagramLayout", "active open"),
        QT_TRANSLATE_NOOP("tcplab::StateDiagramLayout", "snd SYN"));
    set(SynSentToClosed, S::SynSent, S::Closed, false,
        {C::AppClose, C::AppShutdown, C::ProcessExit, C::AppAbort, C::RetriesExhausted,
         C::RstReceived},
        QT_TRANSLATE_NOOP("tcplab::StateDiagramLayout", "close, timeout, rcv RST"), "");
    set(AnyToClosed, S::Closed, S::Closed, false,
        {C::RstReceived, C::AppAbort, C::AppClose, C::AppShutdown, C::ProcessExit,
         C::RetriesExhausted, C::KeepaliveExhausted, C::FinWait2Timeout, C::HostCrash,
         C::SynInTimeWait},
        QT_TRANSLATE_NOOP("tcplab::StateDiagramLayout", "rcv RST, abort, give up"),
        QT_TRANSLATE_NOOP("tcplab::StateDiagramLayout", "snd RST on abort"), StateEdgeKind::AnyState);
    set(ListenToSynReceived, S::Listen, S::SynReceived, false, {C::SynReceived},
        QT_TRANSLATE_NOOP("tcplab::StateDiagramLayout", "rcv SYN"),
        QT_TRANSLATE_NOOP("tcplab::StateDiagramLayout", "snd SYN,ACK"));
    // Simultaneous open (RFC 9293 §3.5, Figure 8).
    set(SynSentToSynReceived, S::SynSent, S::SynReceived, false, {C::SynReceived},
        QT_TRANSLATE_NOOP("tcplab::StateDiagramLayout", "rcv SYN"),
        QT_TRANSLATE_NOOP("tcplab::StateDiagramLayout", "snd SYN,ACK"));
    set(SynSentToEstablished, S::SynSent, S::Established, false, {C::SynAckReceived},
        QT_TRANSLATE_NOOP("tcplab::StateDiagramLayout", "rcv SYN,ACK"),
        QT_TRANSLATE_NOOP("tcplab::StateDiagramLayout", "snd ACK"));
    set(SynReceivedToEstablished, S::SynReceived, S::Established, false,
        // Simultaneous open: the SYN,ACK carries it. SYN cookies: the final ACK proves it.
        {C::AckOfSynReceived, C::SynAckReceived, C::CookieAckReceived},
        QT_TRANSLATE_NOOP("tcplab::StateDiagramLayout", "rcv ACK of SYN"), "");
    // Figure 5 note 1: only after a passive open; the listener keeps listening.
    set(SynReceivedToListen, S::SynReceived, S::Listen, false,
        {C::RstReceived, C::SynReceived, C::RetriesExhausted, C::AppAbort, C::HostCrash},
        QT_TRANSLATE_NOOP("tcplab::StateDiagramLayout", "rcv RST, timeout"), "",
        StateEdgeKind::Standard,
        QT_TRANSLATE_NOOP("tcplab::StateDiagramLayout", "(after passive open)"));
    set(SynReceivedToFinWait1, S::SynReceived, S::FinWait1, false, closing,
        QT_TRANSLATE_NOOP("tcplab::StateDiagramLayout", "close"),
        QT_TRANSLATE_NOOP("tcplab::StateDiagramLayout", "snd FIN"));
    set(EstablishedToFinWait1, S::Established, S::FinWait1, false, closing,
        QT_TRANSLATE_NOOP("tcplab::StateDiagramLayout", "close"),
        QT_TRANSLATE_NOOP("tcplab::StateDiagramLayout", "snd FIN"));
    set(EstablishedToCloseWait, S::Established, S::CloseWait, false, {C::FinReceived},
        QT_TRANSLATE_NOOP("tcplab::StateDiagramLayout", "rcv FIN"),
        QT_TRANSLATE_NOOP("tcplab::StateDiagramLayout", "snd ACK"));
    set(FinWait1ToFinWait2, S::FinWait1, S::FinWait2, false, {C::AckOfFinReceived},
        QT_TRANSLATE_NOOP("tcplab::StateDiagramLayout", "rcv ACK of FIN"), "");
    // Simultaneous close.
    set(FinWait1ToClosing, S::FinWait1, S::Closing, false, {C::FinReceived},
        QT_TRANSLATE_NOOP("tcplab::StateDiagramLayout", "rcv FIN"),
        QT_TRANSLATE_NOOP("tcplab::StateDiagramLayout", "snd ACK"));
    // Figure 5 note 2: FIN and the ACK of our FIN in one segment.
    set(FinWait1ToTimeWait, S::FinWait1, S::TimeWait, false, {C::FinAckReceived},
        QT_TRANSLATE_NOOP("tcplab::StateDiagramLayout", "rcv FIN,ACK"),
        QT_TRANSLATE_NOOP("tcplab::StateDiagramLayout", "snd ACK"));
    set(FinWait2ToTimeWait, S::FinWait2, S::TimeWait, false, {C::FinReceived},
        QT_TRANSLATE_NOOP("tcplab::StateDiagramLayout", "rcv FIN"),
        QT_TRANSLATE_NOOP("tcplab::StateDiagramLayout", "snd ACK"));
    set(ClosingToTimeWait, S::Closing, S::TimeWait, false, {C::AckOfFinReceived},
        QT_TRANSLATE_NOOP("tcplab::StateDiagramLayout", "rcv ACK of FIN"), "");
    set(CloseWaitToLastAck, S::CloseWait, S::LastAck, false, closing,
        QT_TRANSLATE_NOOP("tcplab::StateDiagramLayout", "close"),
        QT_TRANSLATE_NOOP("tcplab::StateDiagramLayout", "snd FIN"));
    set(LastAckToClosed, S::LastAck, S::Closed, true, {C::AckOfFinReceived},
        QT_TRANSLATE_NOOP("tcplab::StateDiagramLayout", "rcv ACK of FIN"), "");
    set(TimeWaitToClosed, S::TimeWait, S::Closed, true, {C::TimeWaitExpired},
        QT_TRANSLATE_NOOP("tcplab::StateDiagramLayout", "timeout=2MSL"), "");
    set(ListenToEstablishedTwoWay, S::Listen, S::Established, false, {C::TwoWayHandshake},
        QT_TRANSLATE_NOOP("tcplab::StateDiagramLayout", "rcv SYN"),
        QT_TRANSLATE_NOOP("tcplab::StateDiagramLayout", "snd SYN,ACK"), StateEdgeKind::TwoWayHandshake,
        QT_TRANSLATE_NOOP("tcplab::StateDiagramLayout", "two-way handshake\nvariant"));
    set(FinWait2ToClosedNoTimeWait, S::FinWait2, S::Closed, true, {C::NoTimeWait},
        QT_TRANSLATE_NOOP("tcplab::StateDiagramLayout", "rcv FIN"),
        QT_TRANSLATE_NOOP("tcplab::StateDiagramLayout", "snd ACK"), StateEdgeKind::NoTimeWait,
        QT_TRANSLATE_NOOP("tcplab::StateDiagramLayout", "(no TIME-WAIT)"));
    set(FinWait1ToClosedNoTimeWait, S::FinWait1, S::Closed, true, {C::NoTimeWait},
        QT_TRANSLATE_NOOP("tcplab::StateDiagramLayout", "rcv FIN,ACK"),
        QT_TRANSLATE_NOOP("tcplab::StateDiagramLayout", "snd ACK"), StateEdgeKind::NoTimeWait,
        QT_TRANSLATE_NOOP("tcplab::StateDiagramLayout", "(no TIME-WAIT)"));
    return e;
}

QString translated(const char *source)
{
    return source && *source ? QCoreApplication::translate(kContext, source) : QString();
}

// --- geometry of the classic shape, in diagram units -----------------------------------
constexpr double boxW = 170;
constexpr double boxH = 44;
constexpr double colL = 120, colM = 500, colR = 880;
// Rows as tight as the two-line labels between them allow: the tighter, the larger the
// text when the diagram is scaled into a panel (tests check nothing overlaps).
constexpr double row0 = 70, row1 = 175, row2 = 285, row3 = 395, row4 = 505, row5 = 615,
                 row6 = 720;
constexpr double diagramW = 1000;
constexpr double diagramH = row6 + 40;
constexpr double diagramHNoTimeWait = row6 + 150;
constexpr double labelPad = 4;
constexpr double anyX = 105, anyW = 140; // the "any other state" box: narrower, for its label
constexpr double ruleGap = 3;

QRectF boxAt(double cx, double cy)
{
    return QRectF(cx - boxW / 2, cy - boxH / 2, boxW, boxH);
}

QSizeF labelSize(const QFontMetricsF &fm, const StateEdgeGeometry &g)
{
    double w = fm.horizontalAdvance(g.event);
    int lines = 1;
    if (!g.action.isEmpty()) {
        w = std::max(w, fm.horizontalAdvance(g.action));
        ++lines;
    }
    // A note may have several lines ('\n'), so long variant notes stay narrow.
    if (!g.note.isEmpty()) {
        for (const QString &line : g.note.split(QLatin1Char('\n'))) {
            w = std::max(w, fm.horizontalAdvance(line));
            ++lines;
        }
    }
    const double h = lines * fm.lineSpacing() + (g.action.isEmpty() ? 0 : ruleGap) + 2 * labelPad;
    return QSizeF(std::ceil(w + 2 * labelPad + 2), std::ceil(h));
}

QRectF placeLabel(QPointF anchor, QSizeF size, Qt::Alignment align)
{
    double x = anchor.x() - size.width() / 2;
    if (align & Qt::AlignLeft)
        x = anchor.x();
    else if (align & Qt::AlignRight)
        x = anchor.x() - size.width();
    double y = anchor.y() - size.height() / 2;
    if (align & Qt::AlignTop)
        y = anchor.y();
    else if (align & Qt::AlignBottom)
        y = anchor.y() - size.height();
    return QRectF(QPointF(x, y), size);
}

struct Route {
    QPolygonF path;
    QPointF anchor;
    Qt::Alignment align;
};

Route routeFor(int id)
{
    using P = QPointF;
    const Qt::Alignment L = Qt::AlignLeft, R = Qt::AlignRight, H = Qt::AlignHCenter;
    const Qt::Alignment T = Qt::AlignTop, B = Qt::AlignBottom, V = Qt::AlignVCenter;
    const double top2 = row2 - boxH / 2, bot2 = row2 + boxH / 2;
    switch (id) {
    case ClosedToListen:
        return {{P(480, row0 + 22), P(480, row1 - 22)}, P(470, (row0 + row1) / 2), R | V};
    case ListenToClosed:
        return {{P(520, row1 - 22), P(520, row0 + 22)}, P(530, (row0 + row1) / 2), L | V};
    case ClosedToSynSent:
        return {{P(585, row0 - 10), P(920, row0 - 10), P(920, top2)}, P(752, row0 - 14), H | B};
    case SynSentToClosed:
        return {{P(865, top2), P(865, row0 + 12), P(585, row0 + 12)}, P(855, row0 + 18), R | T};
    case AnyToClosed:
        return {{P(anyX + anyW / 2, row0), P(415, row0)}, P(300, row0 - 6), H | B};
    case ListenToSynReceived:
        return {{P(430, row1 + 22), P(430, row2 - 12), P(205, row2 - 12)}, P(300, row2 - 18), H | B};
    case SynSentToSynReceived:
        return {{P(795, row2), P(205, row2)}, P(660, row2 - 6), H | B};
    case SynSentToEstablished:
        return {{P(795, row2 + 13), P(540, row2 + 13), P(540, row3 - 22)}, P(552, row2 + 21), L | T};
    case SynReceivedToEstablished:
        return {{P(205, row2 + 13), P(460, row2 + 13), P(460, row3 - 22)}, P(448, row2 + 21), R | T};
    case SynReceivedToListen:
        return {{P(colL, top2), P(colL, row1), P(415, row1)}, P(colL + 10, row1 - 6), L | B};
    case SynReceivedToFinWait1:
        return {{P(colL - 20, bot2), P(colL - 20, row4 - 22)}, P(colL - 8, (bot2 + row4 - 22) / 2), L | V};
    case EstablishedToFinWait1:
        return {{P(430, row3 + 22), P(430, row4 - 14), P(205, row4 - 14)}, P(318, row4 - 20), H | B};
    case EstablishedToCloseWait:
        return {{P(570, row3 + 22), P(570, row4), P(795, row4)}, P(690, row4 - 6), H | B};
    case FinWait1ToFinWait2:
        return {{P(colL - 40, row4 + 22), P(colL - 40, row5 - 22)}, P(colL - 28, (row4 + row5) / 2), L | V};
    case FinWait1ToClosing:
        return {{P(205, row4), P(470, row4), P(470, row5 - 22)}, P(458, row4 + 8), R | T};
    case FinWait1ToTimeWait:
        return {{P(205, row4 + 14), P(290, row4 + 14), P(445, row6 - 22)}, P(222, row5 - 20), L | T};
    case FinWait2ToTimeWait:
        return {{P(colL, row5 + 22), P(colL, row6), P(415, row6)}, P(270, row6 - 6), H | B};
    case ClosingToTimeWait:
        return {{P(colM, row5 + 22), P(colM, row6 - 22)}, P(colM + 12, (row5 + row6) / 2), L | V};
    case CloseWaitToLastAck:
        return {{P(colR, row4 + 22), P(colR, row5 - 22)}, P(colR - 12, (row4 + row5) / 2), R | V};
    case LastAckToClosed:
        return {{P(colR, row5 + 22), P(colR, row6 - 22)}, P(colR - 12, (row5 + row6) / 2), R | V};
    case TimeWaitToClosed:
        return {{P(585, row6), P(795, row6)}, P(690, row6 - 6), H | B};
    case ListenToEstablishedTwoWay:
        return {{P(585, row1), P(760, row1), P(760, row3 + 10), P(585, row3 + 10)}, P(772, row2 + 40), L | T};
    case FinWait2ToClosedNoTimeWait:
        return {{P(70, row5 + 22), P(70, row6 + 50), P(900, row6 + 50), P(900, row6 + 22)},
                P(300, row6 + 56), H | T};
    case FinWait1ToClosedNoTimeWait:
        return {{P(35, row4 + 10), P(15, row4 + 10), P(15, diagramHNoTimeWait - 14),
                 P(940, diagramHNoTimeWait - 14), P(940, row6 + 22)},
                P(700, diagramHNoTimeWait - 20), H | B};
    default:
        return {};
    }
}

} // namespace

const QList<StateEdgeSpec> &stateDiagramEdges()
{
    static const QList<StateEdgeSpec> edges = buildEdges();
    return edges;
}

int edgeFor(TcpState from, TcpState to, StateCause cause)
{
    const QList<StateEdgeSpec> &edges = stateDiagramEdges();
    // SYN cookies rebuild the connection from the final ACK: the SYN-RECEIVED stage happened
    // without state, so the listener's child goes LISTEN → ESTABLISHED. It is the "rcv ACK of
    // SYN" step of the handshake (RFC 4987 §3.6).
    if (from == TcpState::Listen && to == TcpState::Established
        && (cause == StateCause::CookieAckReceived || cause == StateCause::AckOfSynReceived))
        return SynReceivedToEstablished;
    for (const StateEdgeSpec &e : edges) {
        if (e.kind == StateEdgeKind::AnyState)
            continue;
        if (e.from == from && e.to == to && e.causes.contains(cause))
            return e.id;
    }
    // The model passes through TIME-WAIT to CLOSED in the no-TIME-WAIT variant; the view
    // resolves which variant edge (from FIN-WAIT-1 or FIN-WAIT-2) by the step before.
    if (from == TcpState::SynReceived && to == TcpState::Closed
        && edges[SynReceivedToListen].causes.contains(cause))
        return SynReceivedToListen;
    if (to == TcpState::Closed && cause != StateCause::NoTimeWait
        && edges[AnyToClosed].causes.contains(cause))
        return AnyToClosed;
    return -1;
}

QString stateDiagramEdgeEvent(int edge)
{
    const auto &edges = stateDiagramEdges();
    return edge >= 0 && edge < edges.size() ? translated(edges[edge].event) : QString();
}

QString stateDiagramEdgeAction(int edge)
{
    const auto &edges = stateDiagramEdges();
    return edge >= 0 && edge < edges.size() ? translated(edges[edge].action) : QString();
}

QString stateDiagramEdgeNote(int edge)
{
    const auto &edges = stateDiagramEdges();
    return edge >= 0 && edge < edges.size() ? translated(edges[edge].note) : QString();
}

QString stateDiagramEdgeText(int edge)
{
    const QString event = stateDiagramEdgeEvent(edge);
    const QString action = stateDiagramEdgeAction(edge);
    QString text = action.isEmpty() ? event : event + QStringLiteral(" / ") + action;
    const QString note = stateDiagramEdgeNote(edge);
    if (!note.isEmpty())
        text += QLatin1Char(' ') + QString(note).replace(QLatin1Char('\n'), QLatin1Char(' '));
    return text;
}

bool stateDiagramEdgeVisible(int edge, ProtocolVariant variant)
{
    const auto &edges = stateDiagramEdges();
    if (edge < 0 || edge >= edges.size())
        return false;
    switch (edges[edge].kind) {
    case StateEdgeKind::Standard:
        return true;
    case StateEdgeKind::AnyState:
        return true;
    case StateEdgeKind::TwoWayHandshake:
        return variant == ProtocolVariant::TwoWayHandshake;
    case StateEdgeKind::NoTimeWait:
        return variant == ProtocolVariant::NoTimeWait;
    }
    return false;
}

bool stateDiagramEdgeSuperseded(int edge, ProtocolVariant variant)
{
    // The variant replaces the rule it drops: the two-way server never passes through
    // SYN-RECEIVED on a passive open, and the no-TIME-WAIT closer never waits.
    switch (variant) {
    case ProtocolVariant::TwoWayHandshake:
        return edge == ListenToSynReceived || edge == SynReceivedToEstablished;
    case ProtocolVariant::NoTimeWait:
        return edge == FinWait1ToTimeWait || edge == FinWait2ToTimeWait || edge == ClosingToTimeWait
            || edge == TimeWaitToClosed;
    case ProtocolVariant::Standard:
        break;
    }
    return false;
}

QFont StateDiagramLayout::defaultStateFont()
{
    QFont f;
    f.setPixelSize(18);
    f.setBold(true);
    return f;
}

QFont StateDiagramLayout::defaultLabelFont()
{
    QFont f;
    f.setPixelSize(16);
    return f;
}

StateDiagramLayout StateDiagramLayout::compute(ProtocolVariant variant, const QFont &stateFont,
                                               const QFont &labelFont)
{
    StateDiagramLayout L;
    L.stateFont = stateFont;
    L.labelFont = labelFont;
    L.size = QSizeF(diagramW, variant == ProtocolVariant::NoTimeWait ? diagramHNoTimeWait : diagramH);

    auto addNode = [&L](TcpState s, StateNodeRole role, double cx, double cy) {
        StateNodeGeometry n;
        n.state = s;
        n.role = role;
        n.rect = boxAt(cx, cy);
        n.text = role == StateNodeRole::AnyState ? translated(QT_TRANSLATE_NOOP("tcplab::StateDiagramLayout", "any other state"))
                                                 : tcpStateName(s);
        L.nodes.append(n);
    };
    // RFC 9293 Figure 5: opening at the top, the active closer down the left, the passive
    // closer down the right, CLOSED drawn twice so closing paths end short.
    addNode(S::Closed, StateNodeRole::Primary, colM, row0);
    addNode(S::Listen, StateNodeRole::Primary, colM, row1);
    addNode(S::SynReceived, StateNodeRole::Primary, colL, row2);
    addNode(S::SynSent, StateNodeRole::Primary, colR, row2);
    addNode(S::Established, StateNodeRole::Primary, colM, row3);
    addNode(S::FinWait1, StateNodeRole::Primary, colL, row4);
    addNode(S::CloseWait, StateNodeRole::Primary, colR, row4);
    addNode(S::FinWait2, StateNodeRole::Primary, colL, row5);
    addNode(S::Closing, StateNodeRole::Primary, colM, row5);
    addNode(S::LastAck, StateNodeRole::Primary, colR, row5);
    addNode(S::TimeWait, StateNodeRole::Primary, colM, row6);
    addNode(S::Closed, StateNodeRole::BottomClosed, colR, row6);
    addNode(S::Closed, StateNodeRole::AnyState, anyX, row0);
    L.nodes.last().rect = QRectF(anyX - anyW / 2, row0 - boxH / 2, anyW, boxH);

    // A marked edge's label is drawn bold: reserve its width always.
    QFont bold = labelFont;
    bold.setBold(true);
    const QFontMetricsF fm(bold);
    for (const StateEdgeSpec &spec : stateDiagramEdges()) {
        if (!stateDiagramEdgeVisible(spec.id, variant))
            continue;
        const Route r = routeFor(spec.id);
        StateEdgeGeometry g;
        g.edge = spec.id;
        g.path = r.path;
        g.event = translated(spec.event);
        g.action = translated(spec.action);
        g.note = translated(spec.note);
        g.labelRect = placeLabel(r.anchor, labelSize(fm, g), r.align);
        L.edges.append(g);
    }
    return L;
}

int StateDiagramLayout::nodeIndex(TcpState state, StateNodeRole role) const
{
    for (int i = 0; i < nodes.size(); ++i) {
        if (nodes[i].role == role && (role == StateNodeRole::AnyState || nodes[i].state == state))
            return i;
    }
    return -1;
}

int StateDiagramLayout::edgeIndex(int edgeId) const
{
    for (int i = 0; i < edges.size(); ++i) {
        if (edges[i].edge == edgeId)
            return i;
    }
    return -1;
}

int StateDiagramLayout::nodeAt(const QPointF &point) const
{
    for (int i = 0; i < nodes.size(); ++i) {
        if (nodes[i].rect.contains(point))
            return i;
    }
    return -1;
}

QPointF StateDiagramLayout::pointAlong(const QPolygonF &path, double f)
{
    if (path.isEmpty())
        return {};
    double total = 0;
    for (int i = 1; i < path.size(); ++i)
        total += QLineF(path[i - 1], path[i]).length();
    double want = std::clamp(f, 0.0, 1.0) * total;
    for (int i = 1; i < path.size(); ++i) {
        const QLineF seg(path[i - 1], path[i]);
        if (want <= seg.length() || i == path.size() - 1)
            return seg.length() > 0 ? seg.pointAt(std::min(1.0, want / seg.length())) : seg.p2();
        want -= seg.length();
    }
    return path.last();
}

} // namespace tcplab
