#pragma once

#include "tcp/endpoint_effects.h"
#include "settings/protocol_settings.h"
#include "tcp/tcp_state.h"

#include <QFont>
#include <QList>
#include <QPolygonF>
#include <QRectF>
#include <QSizeF>
#include <QString>

namespace tcplab {

// Which diagram an edge belongs to: the standard RFC 9293 one, or a teaching variant that
// replaces a rule (drawn dashed in a warning colour, only when that variant runs).
enum class StateEdgeKind {
    Standard,
    AnyState,          // "from any other state": RST, abort, give-up (RFC 9293 Figure 5 note 3)
    TwoWayHandshake,   // variant: LISTEN → ESTABLISHED on the SYN alone
    NoTimeWait,        // variant: the active closer skips TIME-WAIT
};

// One transition of the diagram: the model's (from, to, causes) and its textbook label.
// The label texts are untranslated source strings (context "tcplab::StateDiagramLayout");
// stateDiagramEdgeEvent()/Action() translate them.
struct StateEdgeSpec {
    int id = -1;
    TcpState from = TcpState::Closed;
    TcpState to = TcpState::Closed;
    bool toBottomClosed = false; // ends at the second CLOSED box (bottom right, as in Fig. 5)
    QList<StateCause> causes;
    const char *event = "";
    const char *action = ""; // may be empty
    const char *note = "";   // may be empty; a third line (variant edges)
    StateEdgeKind kind = StateEdgeKind::Standard;
};

// The table of every edge the diagram can draw, in a fixed order (id == index).
const QList<StateEdgeSpec> &stateDiagramEdges();

// The edge that shows the model's transition (from → to because of cause), or -1 when the
// diagram has none (then the view marks nothing). Transitions with no edge of their own that
// end in CLOSED (RST, abort, retries or keepalive exhausted, crash) map to the AnyState edge.
// A passive-open half-open connection dropped from SYN-RECEIVED maps to the RFC's
// SYN-RECEIVED → LISTEN edge (Figure 5, note 1): the listener keeps listening.
int edgeFor(TcpState from, TcpState to, StateCause cause);

// Translated label parts of an edge.
QString stateDiagramEdgeEvent(int edge);
QString stateDiagramEdgeAction(int edge);
QString stateDiagramEdgeNote(int edge);
// "rcv SYN / snd SYN,ACK": the one-line textbook notation, translated.
QString stateDiagramEdgeText(int edge);

// True when the edge is drawn for this protocol variant.
bool stateDiagramEdgeVisible(int edge, ProtocolVariant variant);
// True when a variant replaces this standard edge (drawn greyed).
bool stateDiagramEdgeSuperseded(int edge, ProtocolVariant variant);

enum class StateNodeRole {
    Primary,      // the one box of a state
    BottomClosed, // the second CLOSED box, where closing paths end (Figure 5)
    AnyState,     // the dashed "any other state" box (not a state)
};

struct StateNodeGeometry {
    TcpState state = TcpState::Closed;
    StateNodeRole role = StateNodeRole::Primary;
    QRectF rect;
    QString text; // tcpStateName(), or the translated "any other state"
};

struct StateEdgeGeometry {
    int edge = -1;            // index into stateDiagramEdges()
    QPolygonF path;           // polyline from the source box border to the target's
    QRectF labelRect;         // the whole label, padding included
    QString event;            // translated
    QString action;           // translated, may be empty
    QString note;             // translated, may be empty
};

// Geometry of the whole diagram in its own coordinates (origin top left, `size` wide and
// high). A pure function of the fonts, the texts and the variant: the same layout paints the
// widget and every export, and tests check it without a screen.
struct StateDiagramLayout {
    QSizeF size;
    QFont stateFont;
    QFont labelFont;
    QList<StateNodeGeometry> nodes;
    QList<StateEdgeGeometry> edges; // only the edges visible for the variant

    // Fonts are in diagram units; the defaults are tuned for a projector at 900 px wide.
    static QFont defaultStateFont();
    static QFont defaultLabelFont();
    static StateDiagramLayout compute(ProtocolVariant variant = ProtocolVariant::Standard,
                                      const QFont &stateFont = defaultStateFont(),
                                      const QFont &labelFont = defaultLabelFont());

    // Index into nodes, or -1.
    int nodeIndex(TcpState state, StateNodeRole role = StateNodeRole::Primary) const;
    // Index into edges of the edge with this id, or -1 (not visible for the variant).
    int edgeIndex(int edgeId) const;
    // The node under a point (diagram coordinates), or -1.
    int nodeAt(const QPointF &point) const;
    // A point at fraction f (0..1) of an edge's length, for the pulse animation.
    static QPointF pointAlong(const QPolygonF &path, double f);
};

} // namespace tcplab
