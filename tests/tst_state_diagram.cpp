// The RFC 9293 state diagram: layout and frame (pure), edge mapping, and the widget on real
// traces.
#include "common/host_palette.h"
#include "scenario/scenario.h"
#include "scenario/scenario_library.h"
#include "sim/simulator.h"
#include "state/state_diagram_frame.h"
#include "state/state_diagram_layout.h"
#include "state/state_diagram_painter.h"
#include "state/state_diagram_widget.h"
#include "trace/trace.h"

#include <QApplication>
#include <QDir>
#include <QImage>
#include <QLabel>
#include <QLineF>
#include <QPainter>
#include <QTranslator>
#include <QtTest>

using namespace tcplab;

Q_DECLARE_METATYPE(tcplab::TcpState)
Q_DECLARE_METATYPE(tcplab::StateCause)
Q_DECLARE_METATYPE(tcplab::ProtocolVariant)

namespace {

// The diagram's labels in Chinese, standing in for the real catalogue so the layout is
// checked with the other language's text widths too.
class ChineseLabels : public QTranslator
{
public:
    QString translate(const char *context, const char *source, const char *, int) const override
    {
        if (qstrcmp(context, "tcplab::StateDiagramLayout") != 0)
            return {};
        static const QHash<QString, QString> zh = {
            {"passive open", "被动打开"},
            {"close", "关闭"},
            {"active open", "主动打开"},
            {"snd SYN", "发送 SYN"},
            {"close, timeout, rcv RST", "关闭、超时或收到 RST"},
            {"rcv RST, abort, give up", "收到 RST、中止或放弃"},
            {"snd RST on abort", "中止时发送 RST"},
            {"rcv SYN", "收到 SYN"},
            {"snd SYN,ACK", "发送 SYN,ACK"},
            {"rcv SYN,ACK", "收到 SYN,ACK"},
            {"snd ACK", "发送 ACK"},
            {"rcv ACK of SYN", "收到对 SYN 的 ACK"},
            {"rcv RST, timeout", "收到 RST 或超时"},
            {"(after passive open)", "（仅限被动打开）"},
            {"snd FIN", "发送 FIN"},
            {"rcv FIN", "收到 FIN"},
            {"rcv ACK of FIN", "收到对 FIN 的 ACK"},
            {"rcv FIN,ACK", "收到 FIN,ACK"},
            {"timeout=2MSL", "超时 = 2MSL"},
            {"two-way handshake\nvariant", "两次握手变体"},
            {"(no TIME-WAIT)", "（无 TIME-WAIT）"},
            {"any other state", "其他任一状态"},
        };
        return zh.value(QString::fromUtf8(source));
    }
};

HostSpec host(const char *name, uint32_t address)
{
    HostSpec h;
    h.name = QString::fromLatin1(name);
    h.address = address;
    return h;
}

AppAction action(int atMs, const char *hostName, AppActionKind kind)
{
    AppAction a;
    a.at = msToUs(atMs);
    a.host = QString::fromLatin1(hostName);
    a.kind = kind;
    return a;
}

// B listens on port 80 at 0; A connects to B:80 at 10 ms (50 ms one way); optionally A
// closes at 300 ms and B at 600 ms.
Scenario handshakeScenario(bool close, ProtocolVariant variant = ProtocolVariant::Standard)
{
    Scenario s;
    s.id = QStringLiteral("test-handshake");
    s.hosts = {host("A", 0x0a000001), host("B", 0x0a000002)};
    s.protocol.variant = variant;
    AppAction listen = action(0, "B", AppActionKind::Listen);
    listen.port = 80;
    AppAction connect = action(10, "A", AppActionKind::Connect);
    connect.to = QStringLiteral("B");
    connect.remotePort = 80;
    connect.isn = 1000;
    s.actions = {listen, connect};
    if (close)
        s.actions << action(300, "A", AppActionKind::Close) << action(600, "B", AppActionKind::Close);
    s.duration = secondsToUs(70);
    return s;
}

const StateDiagramEndpoint *endpointOf(const StateDiagramFrame &frame, const QString &hostName)
{
    for (const StateDiagramEndpoint &ep : frame.endpoints) {
        if (ep.hostName == hostName)
            return &ep;
    }
    return nullptr;
}

// The widget's endpoint of a host, copied: the widget's frame changes with the playhead.
const StateDiagramEndpoint *highlightOf(const StateDiagramWidget &w, const QString &hostName)
{
    static StateDiagramEndpoint copy;
    const StateDiagramEndpoint *ep = endpointOf(w.frame(), hostName);
    if (!ep)
        return nullptr;
    copy = *ep;
    return &copy;
}

// The pure step for the sockets the diagram shows by default.
StateDiagramFrame frameAt(const Trace &trace, SimTime t)
{
    return StateDiagramFrame::compute(trace, StateDiagramFrame::defaultSockets(trace), t);
}

// What the painter draws of a frame, into an image of the given size.
QImage paintFrame(const StateDiagramFrame &frame, QSize size, ProtocolVariant variant = ProtocolVariant::Standard)
{
    const StateDiagramLayout layout = StateDiagramLayout::compute(variant);
    QImage image(size, QImage::Format_RGB32);
    QPainter p(&image);
    StateDiagramPainter::paint(&p, layout, frame.paintState(layout, variant), QRectF(image.rect()));
    p.end();
    return image;
}

int edgeWithEvent(TcpState from, TcpState to, const char *event)
{
    for (const StateEdgeSpec &e : stateDiagramEdges()) {
        if (e.from == from && e.to == to && qstrcmp(e.event, event) == 0)
            return e.id;
    }
    return -1;
}

// True when the line from a to b passes through the inside of r.
bool segmentCrossesRect(QPointF a, QPointF b, const QRectF &r)
{
    const QLineF line(a, b);
    const int steps = std::max(2, int(line.length() / 2));
    const QRectF inner = r.adjusted(1, 1, -1, -1);
    for (int i = 0; i <= steps; ++i) {
        if (inner.contains(line.pointAt(double(i) / steps)))
            return true;
    }
    return false;
}

QString edgeName(int id)
{
    const StateEdgeSpec &e = stateDiagramEdges()[id];
    return QStringLiteral("%1→%2 \"%3\"").arg(tcpStateName(e.from), tcpStateName(e.to),
                                               QString::fromUtf8(e.event));
}

} // namespace

class TstStateDiagram : public QObject
{
    Q_OBJECT

private slots:
    void layoutHasElevenStatesEachOnce();
    void layoutDrawsEveryEdgeOfTheTableInSomeVariant();
    void edgesRunFromTheirSourceBoxToTheirTargetBox();
    void labelsStayApartAndOffBoxesAndLines_data();
    void labelsStayApartAndOffBoxesAndLines();
    void edgeForMapsModelTransitions_data();
    void edgeForMapsModelTransitions();
    void edgeForAgreesWithTheTable();
    void edgeForHasNoEdgeForImpossibleTransitions();
    void variantEdgesShowOnlyInTheirVariant();
    void beforeAnyEventEveryEndpointIsClosedWithNothingMarked();
    void afterSynAckArrivesClientIsEstablishedAndServerSynReceived();
    void listenersChildShowsListenUntilItExists();
    void droppedHalfOpenConnectionShowsTheListenerAgain();
    void socketThatNeverExistedIsLeftOut();
    void noTimeWaitVariantMarksTheEdgeFromTheStateReallyLeft();
    void twoWayVariantMarksItsOwnEdge();
    void paintStateHighlightsEachEndpointsBoxAndMarksItsEdge();
    void widgetShowsThePureStepsFrame();
    void widgetHighlightsClientThroughTheHandshake();
    void widgetPulsesWhenATransitionIsTaken();
    void widgetShowsListenerStateBeforeTheChildExists();
    void widgetShowsBothEndpointsInOneState();
    void widgetClosesIntoTimeWaitThenBottomClosed();
    void widgetMarksTwoWayVariantEdge();
    void widgetMarksNoTimeWaitVariantEdge();
    void everyTransitionOfTheBuiltInScenariosHasAnEdge();
    void synFloodShowsTheRealClientsConnection();
    void clickingAStateExplainsIt();
    void everyStateHasADescription();
    void paintDrawsHostColoursOnlyWithEndpoints();
    void reviewScenesShowWhatTheyClaim();
};

void TstStateDiagram::layoutHasElevenStatesEachOnce()
{
    const StateDiagramLayout L = StateDiagramLayout::compute();
    QSet<TcpState> seen;
    for (const StateNodeGeometry &n : L.nodes) {
        if (n.role != StateNodeRole::Primary)
            continue;
        QVERIFY2(!seen.contains(n.state), qPrintable(tcpStateName(n.state)));
        seen.insert(n.state);
        QCOMPARE(n.text, tcpStateName(n.state));
    }
    QCOMPARE(seen.size(), tcpStateCount);
    QVERIFY(L.nodeIndex(TcpState::Closed, StateNodeRole::BottomClosed) >= 0);
    QVERIFY(L.nodeIndex(TcpState::Closed, StateNodeRole::AnyState) >= 0);
    // Boxes never overlap each other.
    for (int i = 0; i < L.nodes.size(); ++i)
        for (int j = i + 1; j < L.nodes.size(); ++j)
            QVERIFY(!L.nodes[i].rect.intersects(L.nodes[j].rect));
}

void TstStateDiagram::layoutDrawsEveryEdgeOfTheTableInSomeVariant()
{
    QSet<int> drawn;
    for (ProtocolVariant v : {ProtocolVariant::Standard, ProtocolVariant::TwoWayHandshake,
                              ProtocolVariant::NoTimeWait}) {
        const StateDiagramLayout L = StateDiagramLayout::compute(v);
        for (const StateEdgeGeometry &g : L.edges) {
            QVERIFY(g.path.size() >= 2);
            QVERIFY2(!g.event.isEmpty(), qPrintable(edgeName(g.edge)));
            drawn.insert(g.edge);
        }
    }
    QCOMPARE(drawn.size(), stateDiagramEdges().size());
    for (int i = 0; i < stateDiagramEdges().size(); ++i)
        QCOMPARE(stateDiagramEdges()[i].id, i);
    // The standard transitions the brief names are all in the table.
    QVERIFY(edgeWithEvent(TcpState::Listen, TcpState::SynReceived, "rcv SYN") >= 0);
    QVERIFY(edgeWithEvent(TcpState::SynSent, TcpState::SynReceived, "rcv SYN") >= 0);
    QVERIFY(edgeWithEvent(TcpState::SynReceived, TcpState::FinWait1, "close") >= 0);
    QVERIFY(edgeWithEvent(TcpState::FinWait1, TcpState::TimeWait, "rcv FIN,ACK") >= 0);
    QVERIFY(edgeWithEvent(TcpState::TimeWait, TcpState::Closed, "timeout=2MSL") >= 0);
    QVERIFY(edgeWithEvent(TcpState::SynReceived, TcpState::Listen, "rcv RST, timeout") >= 0);
}

void TstStateDiagram::edgesRunFromTheirSourceBoxToTheirTargetBox()
{
    const StateDiagramLayout L = StateDiagramLayout::compute(ProtocolVariant::NoTimeWait);
    const StateDiagramLayout L2 = StateDiagramLayout::compute(ProtocolVariant::TwoWayHandshake);
    for (const StateDiagramLayout *layout : {&L, &L2}) {
        for (const StateEdgeGeometry &g : layout->edges) {
            const StateEdgeSpec &spec = stateDiagramEdges()[g.edge];
            const int from = spec.kind == StateEdgeKind::AnyState
                                 ? layout->nodeIndex(TcpState::Closed, StateNodeRole::AnyState)
                                 : layout->nodeIndex(spec.from);
            const int to = layout->nodeIndex(spec.to, spec.toBottomClosed ? StateNodeRole::BottomClosed
                                                                          : StateNodeRole::Primary);
            QVERIFY(from >= 0 && to >= 0);
            QVERIFY2(layout->nodes[from].rect.adjusted(-1, -1, 1, 1).contains(g.path.first()),
                     qPrintable(edgeName(g.edge)));
            QVERIFY2(layout->nodes[to].rect.adjusted(-1, -1, 1, 1).contains(g.path.last()),
                     qPrintable(edgeName(g.edge)));
            // Between its ends an edge goes around every box, not through one.
            for (int k = 1; k < g.path.size(); ++k) {
                for (int n = 0; n < layout->nodes.size(); ++n) {
                    const bool endBox = (n == from && k == 1) || (n == to && k == g.path.size() - 1);
                    if (!endBox)
                        QVERIFY2(!segmentCrossesRect(g.path[k - 1], g.path[k], layout->nodes[n].rect),
                                 qPrintable(edgeName(g.edge) + QStringLiteral(" crosses ")
                                            + layout->nodes[n].text));
                }
            }
        }
    }
}

void TstStateDiagram::labelsStayApartAndOffBoxesAndLines_data()
{
    QTest::addColumn<ProtocolVariant>("variant");
    QTest::addColumn<bool>("chinese");
    QTest::newRow("standard, English") << ProtocolVariant::Standard << false;
    QTest::newRow("two-way, English") << ProtocolVariant::TwoWayHandshake << false;
    QTest::newRow("no TIME-WAIT, English") << ProtocolVariant::NoTimeWait << false;
    QTest::newRow("standard, Chinese") << ProtocolVariant::Standard << true;
    QTest::newRow("two-way, Chinese") << ProtocolVariant::TwoWayHandshake << true;
    QTest::newRow("no TIME-WAIT, Chinese") << ProtocolVariant::NoTimeWait << true;
}

void TstStateDiagram::labelsStayApartAndOffBoxesAndLines()
{
    QFETCH(ProtocolVariant, variant);
    QFETCH(bool, chinese);
    ChineseLabels zh;
    if (chinese)
        QCoreApplication::installTranslator(&zh);
    const StateDiagramLayout L = StateDiagramLayout::compute(variant);
    if (chinese) {
        QCoreApplication::removeTranslator(&zh);
        QVERIFY(L.edges.first().event.contains(QStringLiteral("打开")));
    }
    const QRectF canvas(QPointF(0, 0), L.size);
    for (int i = 0; i < L.edges.size(); ++i) {
        const StateEdgeGeometry &a = L.edges[i];
        QVERIFY2(canvas.contains(a.labelRect), qPrintable(edgeName(a.edge)));
        for (int j = i + 1; j < L.edges.size(); ++j)
            QVERIFY2(!a.labelRect.intersects(L.edges[j].labelRect),
                     qPrintable(edgeName(a.edge) + QStringLiteral(" overlaps ") + edgeName(L.edges[j].edge)));
        for (const StateNodeGeometry &n : L.nodes)
            QVERIFY2(!a.labelRect.intersects(n.rect),
                     qPrintable(edgeName(a.edge) + QStringLiteral(" covers ") + n.text));
        // No other edge's line runs through this label.
        for (const StateEdgeGeometry &b : L.edges) {
            if (b.edge == a.edge)
                continue;
            for (int k = 1; k < b.path.size(); ++k)
                QVERIFY2(!segmentCrossesRect(b.path[k - 1], b.path[k], a.labelRect),
                         qPrintable(edgeName(b.edge) + QStringLiteral(" runs through the label of ")
                                    + edgeName(a.edge)));
        }
        for (int k = 1; k < L.edges[i].path.size(); ++k)
            QVERIFY(L.edges[i].path[k] != L.edges[i].path[k - 1]);
    }
}

void TstStateDiagram::edgeForMapsModelTransitions_data()
{
    QTest::addColumn<TcpState>("from");
    QTest::addColumn<TcpState>("to");
    QTest::addColumn<StateCause>("cause");
    QTest::addColumn<QString>("edgeText");
    using S = TcpState;
    using C = StateCause;
    QTest::newRow("connect") << S::Closed << S::SynSent << C::AppConnect << "active open / snd SYN";
    QTest::newRow("listen") << S::Closed << S::Listen << C::AppListen << "passive open";
    QTest::newRow("SYN in LISTEN") << S::Listen << S::SynReceived << C::SynReceived << "rcv SYN / snd SYN,ACK";
    QTest::newRow("SYN,ACK in SYN-SENT") << S::SynSent << S::Established << C::SynAckReceived << "rcv SYN,ACK / snd ACK";
    QTest::newRow("ACK of SYN") << S::SynReceived << S::Established << C::AckOfSynReceived << "rcv ACK of SYN";
    QTest::newRow("SYN cookie ACK") << S::Listen << S::Established << C::CookieAckReceived << "rcv ACK of SYN";
    QTest::newRow("simultaneous open") << S::SynSent << S::SynReceived << C::SynReceived << "rcv SYN / snd SYN,ACK";
    QTest::newRow("connect refused") << S::SynSent << S::Closed << C::RstReceived << "close, timeout, rcv RST";
    QTest::newRow("connect timed out") << S::SynSent << S::Closed << C::RetriesExhausted << "close, timeout, rcv RST";
    QTest::newRow("half-open dropped by RST") << S::SynReceived << S::Closed << C::RstReceived << "rcv RST, timeout (after passive open)";
    QTest::newRow("half-open timed out") << S::SynReceived << S::Closed << C::RetriesExhausted << "rcv RST, timeout (after passive open)";
    // RFC 9293 §3.10.7.4: the model now returns a passive open's half-open connection to
    // LISTEN on a RST or an in-window SYN; the same edge lights up.
    QTest::newRow("half-open returns to LISTEN on RST") << S::SynReceived << S::Listen << C::RstReceived << "rcv RST, timeout (after passive open)";
    QTest::newRow("half-open returns to LISTEN on SYN") << S::SynReceived << S::Listen << C::SynReceived << "rcv RST, timeout (after passive open)";
    QTest::newRow("active close") << S::Established << S::FinWait1 << C::AppClose << "close / snd FIN";
    QTest::newRow("shutdown") << S::Established << S::FinWait1 << C::AppShutdown << "close / snd FIN";
    QTest::newRow("process killed") << S::Established << S::FinWait1 << C::ProcessExit << "close / snd FIN";
    QTest::newRow("passive close") << S::Established << S::CloseWait << C::FinReceived << "rcv FIN / snd ACK";
    QTest::newRow("ACK of FIN in FIN-WAIT-1") << S::FinWait1 << S::FinWait2 << C::AckOfFinReceived << "rcv ACK of FIN";
    QTest::newRow("FIN,ACK in FIN-WAIT-1") << S::FinWait1 << S::TimeWait << C::FinAckReceived << "rcv FIN,ACK / snd ACK";
    QTest::newRow("simultaneous close") << S::FinWait1 << S::Closing << C::FinReceived << "rcv FIN / snd ACK";
    QTest::newRow("FIN in FIN-WAIT-2") << S::FinWait2 << S::TimeWait << C::FinReceived << "rcv FIN / snd ACK";
    QTest::newRow("ACK in CLOSING") << S::Closing << S::TimeWait << C::AckOfFinReceived << "rcv ACK of FIN";
    QTest::newRow("close in CLOSE-WAIT") << S::CloseWait << S::LastAck << C::AppClose << "close / snd FIN";
    QTest::newRow("last ACK") << S::LastAck << S::Closed << C::AckOfFinReceived << "rcv ACK of FIN";
    QTest::newRow("2MSL") << S::TimeWait << S::Closed << C::TimeWaitExpired << "timeout=2MSL";
    QTest::newRow("reset in ESTABLISHED") << S::Established << S::Closed << C::RstReceived << "rcv RST, abort, give up / snd RST on abort";
    QTest::newRow("abort") << S::Established << S::Closed << C::AppAbort << "rcv RST, abort, give up / snd RST on abort";
    QTest::newRow("keepalive gave up") << S::Established << S::Closed << C::KeepaliveExhausted << "rcv RST, abort, give up / snd RST on abort";
    QTest::newRow("two-way variant") << S::Listen << S::Established << C::TwoWayHandshake << "rcv SYN / snd SYN,ACK two-way handshake variant";
    QTest::newRow("no TIME-WAIT from FIN-WAIT-2") << S::FinWait2 << S::Closed << C::NoTimeWait << "rcv FIN / snd ACK (no TIME-WAIT)";
    QTest::newRow("no TIME-WAIT from FIN-WAIT-1") << S::FinWait1 << S::Closed << C::NoTimeWait << "rcv FIN,ACK / snd ACK (no TIME-WAIT)";
}

void TstStateDiagram::edgeForMapsModelTransitions()
{
    QFETCH(TcpState, from);
    QFETCH(TcpState, to);
    QFETCH(StateCause, cause);
    QFETCH(QString, edgeText);
    const int edge = edgeFor(from, to, cause);
    QVERIFY(edge >= 0);
    QCOMPARE(stateDiagramEdgeText(edge), edgeText);
    const StateEdgeSpec &spec = stateDiagramEdges()[edge];
    if (spec.kind != StateEdgeKind::AnyState && cause != StateCause::CookieAckReceived)
        QCOMPARE(spec.from, from);
}

void TstStateDiagram::edgeForAgreesWithTheTable()
{
    for (const StateEdgeSpec &e : stateDiagramEdges()) {
        if (e.kind == StateEdgeKind::AnyState)
            continue;
        QVERIFY(!e.causes.isEmpty());
        for (StateCause c : e.causes)
            QVERIFY2(edgeFor(e.from, e.to, c) == e.id,
                     qPrintable(edgeName(e.id) + QStringLiteral(" for ") + stateCauseName(c)));
    }
}

void TstStateDiagram::edgeForHasNoEdgeForImpossibleTransitions()
{
    QCOMPARE(edgeFor(TcpState::Established, TcpState::Listen, StateCause::AppConnect), -1);
    QCOMPARE(edgeFor(TcpState::TimeWait, TcpState::FinWait1, StateCause::FinReceived), -1);
    QCOMPARE(edgeFor(TcpState::Closed, TcpState::Established, StateCause::SynAckReceived), -1);
}

void TstStateDiagram::variantEdgesShowOnlyInTheirVariant()
{
    const int twoWay = edgeFor(TcpState::Listen, TcpState::Established, StateCause::TwoWayHandshake);
    const int noTw = edgeFor(TcpState::FinWait2, TcpState::Closed, StateCause::NoTimeWait);
    QVERIFY(stateDiagramEdgeVisible(twoWay, ProtocolVariant::TwoWayHandshake));
    QVERIFY(!stateDiagramEdgeVisible(twoWay, ProtocolVariant::Standard));
    QVERIFY(!stateDiagramEdgeVisible(twoWay, ProtocolVariant::NoTimeWait));
    QVERIFY(stateDiagramEdgeVisible(noTw, ProtocolVariant::NoTimeWait));
    QVERIFY(!stateDiagramEdgeVisible(noTw, ProtocolVariant::Standard));
    QVERIFY(stateDiagramEdgeSuperseded(edgeFor(TcpState::FinWait2, TcpState::TimeWait, StateCause::FinReceived),
                                       ProtocolVariant::NoTimeWait));
    QVERIFY(!stateDiagramEdgeSuperseded(edgeFor(TcpState::FinWait2, TcpState::TimeWait, StateCause::FinReceived),
                                        ProtocolVariant::Standard));
    QCOMPARE(StateDiagramLayout::compute(ProtocolVariant::TwoWayHandshake).edgeIndex(noTw), -1);
}

void TstStateDiagram::beforeAnyEventEveryEndpointIsClosedWithNothingMarked()
{
    Scenario late = handshakeScenario(false);
    late.actions[0].at = msToUs(5); // B listens at 5 ms: nothing happens before
    const Trace trace = Simulator::run(late);
    QVERIFY(!trace.events.isEmpty());
    const SimTime before = trace.events.first().time - 1;
    QVERIFY(before >= 0);
    const StateDiagramFrame frame = frameAt(trace, before);
    QCOMPARE(frame.time, before);
    QCOMPARE(frame.endpoints.size(), 2); // shown, though neither exists yet
    for (const StateDiagramEndpoint &ep : frame.endpoints) {
        QCOMPARE(ep.state, TcpState::Closed);
        QCOMPARE(ep.node, StateNodeRole::Primary);
        QCOMPARE(ep.edge, -1);
        QCOMPARE(ep.eventIndex, -1);
    }
    const StateDiagramPaintState painted = frame.paintState(StateDiagramLayout::compute(), ProtocolVariant::Standard);
    QCOMPARE(painted.highlights.size(), 2);
    QVERIFY(painted.marked.isEmpty());
}

void TstStateDiagram::afterSynAckArrivesClientIsEstablishedAndServerSynReceived()
{
    // SYN sent at 10 ms reaches B at 60 ms; B's SYN,ACK reaches A at 110 ms; A's ACK
    // reaches B at 160 ms.
    const Trace trace = Simulator::run(handshakeScenario(false));
    const StateDiagramFrame frame = frameAt(trace, msToUs(120));
    const StateDiagramEndpoint *a = endpointOf(frame, QStringLiteral("A"));
    const StateDiagramEndpoint *b = endpointOf(frame, QStringLiteral("B"));
    QVERIFY(a && b);
    QCOMPARE(a->state, TcpState::Established);
    QCOMPARE(a->leftState, TcpState::SynSent);
    QCOMPARE(a->edge, edgeFor(TcpState::SynSent, TcpState::Established, StateCause::SynAckReceived));
    QCOMPARE(trace.events[a->eventIndex].toState, TcpState::Established);
    QCOMPARE(b->state, TcpState::SynReceived);
    QCOMPARE(b->leftState, TcpState::Listen);
    QCOMPARE(b->edge, edgeFor(TcpState::Listen, TcpState::SynReceived, StateCause::SynReceived));
    // Each in its host's colour, the sequence diagram's lane order.
    QCOMPARE(a->color, HostPalette::hostColor(0));
    QCOMPARE(b->color, HostPalette::hostColor(1));
    QCOMPARE(frame.statesByHost(), (QMap<QString, TcpState>{{QStringLiteral("A"), TcpState::Established},
                                                             {QStringLiteral("B"), TcpState::SynReceived}}));
}

void TstStateDiagram::listenersChildShowsListenUntilItExists()
{
    const Trace trace = Simulator::run(handshakeScenario(false));
    const StateDiagramFrame frame = frameAt(trace, msToUs(20));
    const StateDiagramEndpoint *b = endpointOf(frame, QStringLiteral("B"));
    QVERIFY(b);
    QVERIFY(trace.sockets[b->socket].listenerSocket >= 0);
    QCOMPARE(trace.stateAt(b->socket, msToUs(20)), TcpState::Closed); // the child is not there yet
    QCOMPARE(b->state, TcpState::Listen);                            // its listener is
    QCOMPARE(b->edge, -1);
    QCOMPARE(b->eventIndex, -1);
}

void TstStateDiagram::droppedHalfOpenConnectionShowsTheListenerAgain()
{
    // B's listener (socket 0) has a child (socket 1) whose SYN-RECEIVED entry a RST drops:
    // RFC 9293 §3.10.7.4 returns a passively opened connection to LISTEN.
    Trace t;
    t.hosts = {HostInfo{QStringLiteral("B"), 0x0a000002, false}};
    SocketInfo listener;
    listener.id = 0;
    listener.host = 0;
    listener.listener = true;
    SocketInfo child;
    child.id = 1;
    child.host = 0;
    child.listenerSocket = 0;
    t.sockets = {listener, child};
    auto state = [&t](int ms, int socket, TcpState from, TcpState to, StateCause cause) {
        TraceEvent e;
        e.time = msToUs(ms);
        e.type = TraceEventType::State;
        e.host = 0;
        e.socket = socket;
        e.fromState = from;
        e.toState = to;
        e.cause = cause;
        t.events.append(e);
    };
    state(0, 0, TcpState::Closed, TcpState::Listen, StateCause::AppListen);
    state(60, 1, TcpState::Listen, TcpState::SynReceived, StateCause::SynReceived);
    state(200, 1, TcpState::SynReceived, TcpState::Closed, StateCause::RstReceived);
    t.endTime = msToUs(300);
    t.finish();

    const StateDiagramFrame frame = StateDiagramFrame::compute(t, {1}, msToUs(250));
    QCOMPARE(frame.endpoints.size(), 1);
    const StateDiagramEndpoint &ep = frame.endpoints.first();
    QCOMPARE(ep.state, TcpState::Listen);
    QCOMPARE(ep.leftState, TcpState::SynReceived);
    QCOMPARE(stateDiagramEdges()[ep.edge].to, TcpState::Listen);
    QCOMPARE(ep.eventIndex, 2);
}

void TstStateDiagram::socketThatNeverExistedIsLeftOut()
{
    const Trace trace = Simulator::run(handshakeScenario(false));
    const QList<int> shown = StateDiagramFrame::defaultSockets(trace);
    QCOMPARE(shown.size(), 2);
    const int never = int(trace.sockets.size()) + 5;
    const StateDiagramFrame frame = StateDiagramFrame::compute(trace, {shown[0], never, -1, shown[1]}, msToUs(200));
    QCOMPARE(frame.endpoints.size(), 2);
    QCOMPARE(frame.endpoints[0].socket, shown[0]);
    QCOMPARE(frame.endpoints[1].socket, shown[1]);
    QVERIFY(!frame.endpointOf(never));
    QVERIFY(!frame.endpointOf(-1));
    // Nothing shown at all is an empty frame, not a crash.
    QVERIFY(StateDiagramFrame::compute(trace, {never}, msToUs(200)).endpoints.isEmpty());
}

void TstStateDiagram::noTimeWaitVariantMarksTheEdgeFromTheStateReallyLeft()
{
    // The model passes through TIME-WAIT in no time; the frame names FIN-WAIT-2.
    const Trace trace = Simulator::run(handshakeScenario(true, ProtocolVariant::NoTimeWait));
    const StateDiagramFrame frame = frameAt(trace, msToUs(660));
    const StateDiagramEndpoint *a = endpointOf(frame, QStringLiteral("A"));
    QVERIFY(a);
    QCOMPARE(a->state, TcpState::Closed);
    QCOMPARE(a->leftState, TcpState::FinWait2);
    QCOMPARE(a->edge, edgeFor(TcpState::FinWait2, TcpState::Closed, StateCause::NoTimeWait));
    QCOMPARE(stateDiagramEdges()[a->edge].kind, StateEdgeKind::NoTimeWait);
    QCOMPARE(a->node, StateNodeRole::BottomClosed);
    // The variant's layout draws that edge, so the painter marks it.
    const StateDiagramLayout layout = StateDiagramLayout::compute(ProtocolVariant::NoTimeWait);
    QVERIFY(layout.edgeIndex(a->edge) >= 0);
    QCOMPARE(frame.paintState(layout, ProtocolVariant::NoTimeWait).highlights.first().node,
             layout.nodeIndex(TcpState::Closed, StateNodeRole::BottomClosed));
}

void TstStateDiagram::twoWayVariantMarksItsOwnEdge()
{
    const Trace trace = Simulator::run(handshakeScenario(false, ProtocolVariant::TwoWayHandshake));
    const StateDiagramFrame frame = frameAt(trace, msToUs(70));
    const StateDiagramEndpoint *b = endpointOf(frame, QStringLiteral("B"));
    QVERIFY(b);
    QCOMPARE(b->state, TcpState::Established);
    QCOMPARE(stateDiagramEdges()[b->edge].kind, StateEdgeKind::TwoWayHandshake);
    QVERIFY(StateDiagramLayout::compute(ProtocolVariant::TwoWayHandshake).edgeIndex(b->edge) >= 0);
}

void TstStateDiagram::paintStateHighlightsEachEndpointsBoxAndMarksItsEdge()
{
    const Trace trace = Simulator::run(handshakeScenario(true));
    const StateDiagramLayout layout = StateDiagramLayout::compute();
    // At 360 ms A is in FIN-WAIT-1 and B in CLOSE-WAIT: two boxes, two marked edges.
    const StateDiagramFrame frame = frameAt(trace, msToUs(360));
    const StateDiagramPaintState painted = frame.paintState(layout, ProtocolVariant::NoTimeWait);
    QCOMPARE(painted.variant, ProtocolVariant::NoTimeWait);
    QCOMPARE(painted.selectedNode, -1);
    QCOMPARE(painted.highlights.size(), frame.endpoints.size());
    QCOMPARE(painted.marked.size(), frame.endpoints.size());
    for (int i = 0; i < frame.endpoints.size(); ++i) {
        const StateDiagramEndpoint &ep = frame.endpoints[i];
        QCOMPARE(painted.highlights[i].node, layout.nodeIndex(ep.state));
        QCOMPARE(painted.highlights[i].color, ep.color);
        QCOMPARE(painted.highlights[i].hostName, ep.hostName);
        QCOMPARE(painted.marked[i].edge, ep.edge);
        QCOMPARE(painted.marked[i].color, ep.color);
        QVERIFY(painted.marked[i].pulse < 0);
    }
    QCOMPARE(layout.nodes[painted.highlights[0].node].state, TcpState::FinWait1);
    QCOMPARE(layout.nodes[painted.highlights[1].node].state, TcpState::CloseWait);
}

void TstStateDiagram::widgetShowsThePureStepsFrame()
{
    const Trace trace = Simulator::run(handshakeScenario(true));
    StateDiagramWidget w;
    w.setTrace(&trace);
    for (int ms : {0, 20, 70, 120, 170, 360, 660, 710, 61000}) {
        w.setPlayhead(msToUs(ms));
        const StateDiagramFrame expected = frameAt(trace, msToUs(ms));
        QCOMPARE(w.frame().time, msToUs(ms));
        QCOMPARE(w.frame().endpoints.size(), expected.endpoints.size());
        for (int i = 0; i < expected.endpoints.size(); ++i) {
            const StateDiagramEndpoint &got = w.frame().endpoints[i];
            const StateDiagramEndpoint &want = expected.endpoints[i];
            QCOMPARE(got.socket, want.socket);
            QCOMPARE(got.state, want.state);
            QCOMPARE(got.node, want.node);
            QCOMPARE(got.edge, want.edge);
            QCOMPARE(got.eventIndex, want.eventIndex);
            QCOMPARE(got.color, want.color);
        }
    }
}

void TstStateDiagram::widgetHighlightsClientThroughTheHandshake()
{
    const Trace trace = Simulator::run(handshakeScenario(false));
    StateDiagramWidget w;
    w.setTrace(&trace);
    QCOMPARE(w.sockets().size(), 2);

    w.setPlayhead(msToUs(20));
    QCOMPARE(w.frame().statesByHost().value(QStringLiteral("A")), TcpState::SynSent);
    const auto *a = highlightOf(w, QStringLiteral("A"));
    QVERIFY(a);
    QCOMPARE(a->edge, edgeFor(TcpState::Closed, TcpState::SynSent, StateCause::AppConnect));
    QCOMPARE(a->color, HostPalette::hostColor(0));

    w.setPlayhead(msToUs(120));
    QCOMPARE(w.frame().statesByHost().value(QStringLiteral("A")), TcpState::Established);
    a = highlightOf(w, QStringLiteral("A"));
    QCOMPARE(a->edge, edgeFor(TcpState::SynSent, TcpState::Established, StateCause::SynAckReceived));
    QCOMPARE(trace.events[a->eventIndex].toState, TcpState::Established);
    // The mark stays until the next transition.
    w.setPlayhead(msToUs(250));
    QCOMPARE(highlightOf(w, QStringLiteral("A"))->edge,
             edgeFor(TcpState::SynSent, TcpState::Established, StateCause::SynAckReceived));
    // The caption names the step.
    QVERIFY(w.findChild<QLabel *>()->text().contains(QStringLiteral("rcv SYN,ACK / snd ACK")));
}

void TstStateDiagram::widgetPulsesWhenATransitionIsTaken()
{
    const Trace trace = Simulator::run(handshakeScenario(false));
    StateDiagramWidget w;
    w.setTrace(&trace);
    QVERIFY(!w.isPulsing()); // a new trace starts still
    w.setPlayhead(msToUs(20)); // A's connect at 10 ms
    QVERIFY(w.isPulsing());
    QTRY_VERIFY_WITH_TIMEOUT(!w.isPulsing(), 3000);
    w.setPlayhead(msToUs(30));
    QVERIFY(!w.isPulsing()); // nothing happened between 20 and 30 ms
    w.setPlayhead(msToUs(120));
    QVERIFY(w.isPulsing());
    QTRY_VERIFY_WITH_TIMEOUT(!w.isPulsing(), 3000);
    // The mark stays after the pulse.
    QCOMPARE(highlightOf(w, QStringLiteral("A"))->edge,
             edgeFor(TcpState::SynSent, TcpState::Established, StateCause::SynAckReceived));
}

void TstStateDiagram::widgetShowsListenerStateBeforeTheChildExists()
{
    const Trace trace = Simulator::run(handshakeScenario(false));
    StateDiagramWidget w;
    w.setTrace(&trace);
    const int bSocket = w.sockets().at(1);
    QVERIFY(trace.sockets[bSocket].listenerSocket >= 0);
    w.setPlayhead(msToUs(20));
    QCOMPARE(w.frame().statesByHost().value(QStringLiteral("B")), TcpState::Listen);
    w.setPlayhead(msToUs(70));
    QCOMPARE(w.frame().statesByHost().value(QStringLiteral("B")), TcpState::SynReceived);
    QCOMPARE(highlightOf(w, QStringLiteral("B"))->edge,
             edgeFor(TcpState::Listen, TcpState::SynReceived, StateCause::SynReceived));
    w.setPlayhead(msToUs(170));
    QCOMPARE(w.frame().statesByHost().value(QStringLiteral("B")), TcpState::Established);
}

void TstStateDiagram::widgetShowsBothEndpointsInOneState()
{
    const Trace trace = Simulator::run(handshakeScenario(false));
    StateDiagramWidget w;
    w.setTrace(&trace);
    w.setPlayhead(msToUs(200));
    const QList<StateDiagramEndpoint> hs = w.frame().endpoints;
    QCOMPARE(hs.size(), 2);
    QCOMPARE(hs[0].state, TcpState::Established);
    QCOMPARE(hs[1].state, TcpState::Established);
    QVERIFY(hs[0].color != hs[1].color);
    QCOMPARE(hs[0].node, hs[1].node);
}

void TstStateDiagram::widgetClosesIntoTimeWaitThenBottomClosed()
{
    const Trace trace = Simulator::run(handshakeScenario(true));
    StateDiagramWidget w;
    w.setTrace(&trace);
    w.setPlayhead(msToUs(360));
    QCOMPARE(w.frame().statesByHost().value(QStringLiteral("A")), TcpState::FinWait1);
    QCOMPARE(w.frame().statesByHost().value(QStringLiteral("B")), TcpState::CloseWait);
    w.setPlayhead(msToUs(660));
    QCOMPARE(w.frame().statesByHost().value(QStringLiteral("A")), TcpState::TimeWait);
    QCOMPARE(highlightOf(w, QStringLiteral("A"))->edge,
             edgeFor(TcpState::FinWait2, TcpState::TimeWait, StateCause::FinReceived));
    w.setPlayhead(msToUs(710));
    QCOMPARE(w.frame().statesByHost().value(QStringLiteral("B")), TcpState::Closed);
    QCOMPARE(highlightOf(w, QStringLiteral("B"))->node, StateNodeRole::BottomClosed);
    w.setPlayhead(secondsToUs(61));
    QCOMPARE(w.frame().statesByHost().value(QStringLiteral("A")), TcpState::Closed);
    QCOMPARE(highlightOf(w, QStringLiteral("A"))->edge,
             edgeFor(TcpState::TimeWait, TcpState::Closed, StateCause::TimeWaitExpired));
    // Rewinding is free: back to the start, nothing marked.
    w.setPlayhead(0);
    QCOMPARE(highlightOf(w, QStringLiteral("A"))->edge, -1);
    QCOMPARE(highlightOf(w, QStringLiteral("A"))->node, StateNodeRole::Primary);
}

void TstStateDiagram::widgetMarksTwoWayVariantEdge()
{
    const Trace trace = Simulator::run(handshakeScenario(false, ProtocolVariant::TwoWayHandshake));
    StateDiagramWidget w;
    w.setVariant(ProtocolVariant::TwoWayHandshake);
    w.setTrace(&trace);
    w.setPlayhead(msToUs(70));
    QCOMPARE(w.frame().statesByHost().value(QStringLiteral("B")), TcpState::Established);
    const int edge = highlightOf(w, QStringLiteral("B"))->edge;
    QCOMPARE(stateDiagramEdges()[edge].kind, StateEdgeKind::TwoWayHandshake);
    QVERIFY(w.diagramLayout().edgeIndex(edge) >= 0);
}

void TstStateDiagram::widgetMarksNoTimeWaitVariantEdge()
{
    const Trace trace = Simulator::run(handshakeScenario(true, ProtocolVariant::NoTimeWait));
    StateDiagramWidget w;
    w.setVariant(ProtocolVariant::NoTimeWait);
    w.setTrace(&trace);
    w.setPlayhead(msToUs(660));
    QCOMPARE(w.frame().statesByHost().value(QStringLiteral("A")), TcpState::Closed);
    const auto *a = highlightOf(w, QStringLiteral("A"));
    QCOMPARE(a->edge, edgeFor(TcpState::FinWait2, TcpState::Closed, StateCause::NoTimeWait));
    QCOMPARE(a->node, StateNodeRole::BottomClosed);
    // The caption names the state A really left, not the instant pass through TIME-WAIT.
    QVERIFY(w.findChild<QLabel *>()->text().contains(QStringLiteral("FIN-WAIT-2 → <b>CLOSED</b>")));
}

void TstStateDiagram::everyTransitionOfTheBuiltInScenariosHasAnEdge()
{
    QVERIFY(!ScenarioLibrary::ids().isEmpty());
    for (const Scenario &scenario : ScenarioLibrary::scenarios()) {
        const Trace trace = Simulator::run(scenario);
        for (int i = 0; i < trace.events.size(); ++i) {
            const TraceEvent &e = trace.events[i];
            if (e.type != TraceEventType::State)
                continue;
            if (e.cause == StateCause::NoTimeWait && e.fromState == TcpState::TimeWait)
                continue; // resolved by the view from the step before (tested below)
            QVERIFY2(edgeFor(e.fromState, e.toState, e.cause) >= 0,
                     qPrintable(QStringLiteral("%1: %2 → %3 (%4)")
                                    .arg(scenario.id, tcpStateName(e.fromState), tcpStateName(e.toState),
                                         stateCauseName(e.cause))));
        }
        // The widget marks an edge the diagram draws for every shown endpoint that moved.
        StateDiagramWidget w;
        w.setVariant(scenario.protocol.variant);
        w.setTrace(&trace);
        for (const TraceEvent &e : trace.events) {
            if (e.type != TraceEventType::State)
                continue;
            w.setPlayhead(e.time);
            for (const StateDiagramEndpoint &h : w.frame().endpoints) {
                if (h.eventIndex >= 0)
                    QVERIFY2(h.edge >= 0 && w.diagramLayout().edgeIndex(h.edge) >= 0,
                             qPrintable(scenario.id + QStringLiteral(" at ") + formatSimTime(e.time)));
            }
        }
    }
}

void TstStateDiagram::synFloodShowsTheRealClientsConnection()
{
    // The scenario ships: a missing or broken one is a failure, not a reason to skip.
    const ScenarioFile::LoadResult r = ScenarioLibrary::load(QStringLiteral("syn-flood-cookies"));
    QVERIFY2(r.ok, qPrintable(r.errors.join(QLatin1Char('\n'))));
    const Trace trace = Simulator::run(r.scenario);
    const QList<int> shown = StateDiagramFrame::defaultSockets(trace);
    QSet<int> hosts;
    for (int s : shown) {
        QVERIFY(!trace.hosts[trace.sockets[s].host].attacker);
        hosts.insert(trace.sockets[s].host);
        if (trace.sockets[s].listenerSocket >= 0) {
            // The server's shown child talks to the real client, not to a forged address.
            const uint32_t remote = trace.sockets[s].remote.address;
            bool real = false;
            for (const HostInfo &h : trace.hosts)
                real = real || (!h.attacker && h.address == remote);
            QVERIFY(real);
        }
    }
    QCOMPARE(hosts.size(), shown.size());
}

void TstStateDiagram::clickingAStateExplainsIt()
{
    StateDiagramWidget w;
    w.resize(900, 700);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QSignalSpy clicked(&w, &StateDiagramWidget::stateClicked);
    const StateDiagramLayout &L = w.diagramLayout();
    const QRectF area(QRectF(w.rect()).adjusted(4, 4, -4, -4 - w.findChild<QLabel *>()->height()));
    const QPointF centre = StateDiagramPainter::transformFor(L, area)
                               .map(L.nodes[L.nodeIndex(TcpState::TimeWait)].rect.center());
    QTest::mouseClick(&w, Qt::LeftButton, {}, centre.toPoint());
    QCOMPARE(clicked.size(), 1);
    QCOMPARE(clicked.first().first().value<TcpState>(), TcpState::TimeWait);
    QVERIFY(w.hasSelection());
    QCOMPARE(w.selectedState(), TcpState::TimeWait);
    QVERIFY(w.findChild<QLabel *>()->text().contains(QStringLiteral("2×MSL")));
    QTest::mouseClick(&w, Qt::LeftButton, {}, centre.toPoint());
    QVERIFY(!w.hasSelection());
}

void TstStateDiagram::everyStateHasADescription()
{
    QSet<QString> texts;
    for (int i = 0; i < tcpStateCount; ++i) {
        const QString d = StateDiagramWidget::stateDescription(TcpState(i));
        QVERIFY(d.size() > 80);
        texts.insert(d);
    }
    QCOMPARE(texts.size(), tcpStateCount);
    QVERIFY(StateDiagramWidget::stateDescription(TcpState::TimeWait).contains(QStringLiteral("60 s")));
    QVERIFY(StateDiagramWidget::stateDescription(TcpState::LastAck).contains(QStringLiteral("without TIME-WAIT")));
}

void TstStateDiagram::paintDrawsHostColoursOnlyWithEndpoints()
{
    auto countColour = [](const QImage &img, QColor c) {
        int n = 0;
        for (int y = 0; y < img.height(); ++y)
            for (int x = 0; x < img.width(); ++x)
                n += img.pixelColor(x, y) == c;
        return n;
    };
    const Trace trace = Simulator::run(handshakeScenario(false));
    const QImage empty = paintFrame(StateDiagramFrame{}, QSize(900, 700));
    const QImage drawn = paintFrame(frameAt(trace, msToUs(120)), QSize(900, 700));
    QCOMPARE(countColour(empty, HostPalette::hostColor(0)), 0);
    QVERIFY(countColour(drawn, HostPalette::hostColor(0)) > 200);
}

namespace {

// With TCPLAB_STATE_DIAGRAM_PNG=dir, the review scenes are also written there for a person
// to look at. Writing is all the variable does: the checks run either way.
bool reviewing()
{
    return !qEnvironmentVariableIsEmpty("TCPLAB_STATE_DIAGRAM_PNG");
}

void saveForReview(const QImage &image, const QString &name)
{
    if (!reviewing())
        return;
    const QString dir = qEnvironmentVariable("TCPLAB_STATE_DIAGRAM_PNG");
    QDir().mkpath(dir);
    if (!image.save(dir + QLatin1Char('/') + name))
        qWarning("could not write %s/%s", qPrintable(dir), qPrintable(name));
}

} // namespace

// The scenes a person reviews: each is checked to show what it claims (the states, the
// variants' edges, the pulse, the Chinese labels) and rendered; saved only when asked.
void TstStateDiagram::reviewScenesShowWhatTheyClaim()
{
    // A hand-made trace: A ESTABLISHED while B is in CLOSE-WAIT (two endpoints, two marks).
    Trace t;
    t.hosts = {HostInfo{QStringLiteral("A"), 0x0a000001, false}, HostInfo{QStringLiteral("B"), 0x0a000002, false}};
    SocketInfo sa;
    sa.id = 0;
    sa.host = 0;
    SocketInfo sb;
    sb.id = 1;
    sb.host = 1;
    t.sockets = {sa, sb};
    auto state = [&t](int ms, int socket, TcpState from, TcpState to, StateCause cause) {
        TraceEvent e;
        e.time = msToUs(ms);
        e.type = TraceEventType::State;
        e.host = socket;
        e.socket = socket;
        e.fromState = from;
        e.toState = to;
        e.cause = cause;
        t.events.append(e);
    };
    state(0, 1, TcpState::Closed, TcpState::Listen, StateCause::AppListen);
    state(10, 0, TcpState::Closed, TcpState::SynSent, StateCause::AppConnect);
    state(60, 1, TcpState::Listen, TcpState::SynReceived, StateCause::SynReceived);
    state(110, 0, TcpState::SynSent, TcpState::Established, StateCause::SynAckReceived);
    state(160, 1, TcpState::SynReceived, TcpState::Established, StateCause::AckOfSynReceived);
    state(300, 1, TcpState::Established, TcpState::CloseWait, StateCause::FinReceived);
    t.endTime = msToUs(400);
    t.finish();

    StateDiagramWidget w;
    w.resize(900, 700);
    w.setTrace(&t);
    w.setPlayhead(msToUs(350));
    QCOMPARE(w.frame().statesByHost().value(QStringLiteral("A")), TcpState::Established);
    QCOMPARE(w.frame().statesByHost().value(QStringLiteral("B")), TcpState::CloseWait);
    w.setSelectedState(TcpState::CloseWait);
    QCOMPARE(w.selectedState(), TcpState::CloseWait);
    const QImage scene = w.grab().toImage();
    QCOMPARE(scene.size(), QSize(900, 700));
    saveForReview(scene, QStringLiteral("state-diagram-900x700.png"));

    // The variants on simulated runs: B opened by the SYN alone; A closed without TIME-WAIT.
    const Trace twoWay = Simulator::run(handshakeScenario(false, ProtocolVariant::TwoWayHandshake));
    const Trace noTimeWait = Simulator::run(handshakeScenario(true, ProtocolVariant::NoTimeWait));
    const struct {
        ProtocolVariant variant;
        const Trace *trace;
        int atMs;
        QString host;
        TcpState state;
    } runs[] = {{ProtocolVariant::TwoWayHandshake, &twoWay, 70, QStringLiteral("B"), TcpState::Established},
                {ProtocolVariant::NoTimeWait, &noTimeWait, 660, QStringLiteral("A"), TcpState::Closed}};
    for (const auto &run : runs) {
        StateDiagramWidget vw;
        vw.resize(900, 700);
        vw.setVariant(run.variant);
        vw.setTrace(run.trace);
        vw.setPlayhead(msToUs(run.atMs));
        QCOMPARE(vw.frame().statesByHost().value(run.host), run.state);
        const QImage image = vw.grab().toImage();
        QVERIFY(!image.isNull());
        saveForReview(image, QStringLiteral("state-diagram-%1.png").arg(protocolVariantName(run.variant)));
    }
    const QImage exported = paintFrame(w.frame(), QSize(1800, 1400));
    QCOMPARE(exported.size(), QSize(1800, 1400));
    saveForReview(exported, QStringLiteral("state-diagram-export.png"));

    // Moving on pulses B's last edge; the review picture is taken in the middle of it
    // (wall-clock animation, so only when a picture is asked for).
    w.setPlayhead(msToUs(160));
    w.setPlayhead(msToUs(310));
    QVERIFY(w.isPulsing());
    if (reviewing()) {
        QTest::qWait(300);
        saveForReview(w.grab().toImage(), QStringLiteral("state-diagram-pulse.png"));
    }

    // The same in Chinese: the widget retranslates on QEvent::LanguageChange.
    ChineseLabels zh;
    QCoreApplication::installTranslator(&zh);
    QEvent change(QEvent::LanguageChange); // installTranslator sends it only in a running app
    QCoreApplication::sendEvent(&w, &change);
    QVERIFY(w.diagramLayout().edges.first().event.contains(QStringLiteral("打开")));
    saveForReview(w.grab().toImage(), QStringLiteral("state-diagram-zh.png"));
    QCoreApplication::removeTranslator(&zh);
}

QTEST_MAIN(TstStateDiagram)
#include "tst_state_diagram.moc"
