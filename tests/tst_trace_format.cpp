// The two printed forms of a trace (model/trace/trace_format.h), pinned on a hand-built trace so
// the expected lines do not depend on the simulator: a SYN dropped by a fault and
// retransmitted, a delayed SYN,ACK, a forged SYN from an attacker and the SYN,ACK to an
// address nobody has, a duplicated data segment, a notice, a host crash.
#include "trace/trace_format.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QtTest>

using namespace tcplab;

namespace {

constexpr uint32_t addrA = 0x0a000001;     // 10.0.0.1
constexpr uint32_t addrB = 0x0a000002;     // 10.0.0.2
constexpr uint32_t addrM = 0x0a000042;     // 10.0.0.66
constexpr uint32_t forged = 0xcb007107;    // 203.0.113.7

Segment makeSegment(uint32_t src, uint16_t sport, uint32_t dst, uint16_t dport, TcpFlags flags,
                    uint32_t seq, uint32_t ack, uint16_t win, uint16_t mss = 0,
                    const QByteArray &payload = {})
{
    Segment s;
    s.source = {src, sport};
    s.destination = {dst, dport};
    s.flags = flags;
    s.seq = seq;
    s.ack = ack;
    s.window = win;
    s.mss = mss;
    s.payload = payload;
    return s;
}

SegmentRecord makeRecord(int id, int from, int to, const Segment &s, int ordinal)
{
    SegmentRecord r;
    r.id = id;
    r.fromHost = from;
    r.toHost = to;
    r.segment = s;
    r.senderOrdinal = ordinal;
    return r;
}

TraceEvent makeEvent(SimTime t, TraceEventType type, int host, int socket = -1)
{
    TraceEvent e;
    e.time = t;
    e.type = type;
    e.host = host;
    e.socket = socket;
    return e;
}

TraceEvent segmentEvent(SimTime t, TraceEventType type, int host, int segment,
                        DropReason reason = DropReason::None)
{
    TraceEvent e = makeEvent(t, type, host);
    e.segment = segment;
    e.dropReason = reason;
    return e;
}

TraceEvent stateEvent(SimTime t, int host, int socket, TcpState from, TcpState to, StateCause cause)
{
    TraceEvent e = makeEvent(t, TraceEventType::State, host, socket);
    e.fromState = from;
    e.toState = to;
    e.cause = cause;
    return e;
}

TraceEvent timerEvent(SimTime t, int host, int socket, TimerKind k, TimerAction a, SimTime due = 0)
{
    TraceEvent e = makeEvent(t, TraceEventType::Timer, host, socket);
    e.timer = k;
    e.timerAction = a;
    e.due = due;
    return e;
}

TraceEvent noticeEvent(SimTime t, int host, int socket, NoticeKind k, const QByteArray &data = {})
{
    TraceEvent e = makeEvent(t, TraceEventType::Notice, host, socket);
    e.notice = k;
    e.data = data;
    return e;
}

TraceEvent appEvent(SimTime t, int host, int socket, AppActionKind k, int bytes = 0)
{
    TraceEvent e = makeEvent(t, TraceEventType::App, host, socket);
    e.appCall = k;
    e.appBytes = bytes;
    return e;
}

Trace sampleTrace()
{
    using F = TraceEventType;
    Trace t;
    t.hosts = {HostInfo{QStringLiteral("A"), addrA, false}, HostInfo{QStringLiteral("B"), addrB, false},
               HostInfo{QStringLiteral("M"), addrM, true}};
    SocketInfo a{0, 0, {addrA, 40000}, {addrB, 80}, false, -1, {}};
    SocketInfo listener{1, 1, {addrB, 80}, {}, true, -1, {}};
    SocketInfo child{2, 1, {addrB, 80}, {addrA, 40000}, false, 1, {}};
    t.sockets = {a, listener, child};

    const TcpFlags synAck = TcpFlag::Syn | TcpFlag::Ack;
    SegmentRecord s0 = makeRecord(0, 0, 1, makeSegment(addrA, 40000, addrB, 80, TcpFlag::Syn, 1000, 0, 65535, 1460), 1);
    s0.dropped = true;
    s0.droppedAt = 25000;
    s0.dropReason = DropReason::Fault;
    s0.fault = FaultKind::Drop;
    SegmentRecord s1 = makeRecord(1, 0, 1, s0.segment, 2);
    s1.kind = SegmentKind::Retransmission;
    s1.retransmissionOf = 0;
    SegmentRecord s2 = makeRecord(2, 1, 0, makeSegment(addrB, 80, addrA, 40000, synAck, 5000, 1001, 65535, 1460), 1);
    s2.fault = FaultKind::Delay;
    s2.faultDelta = msToUs(300);
    SegmentRecord s3 = makeRecord(3, 2, 1, makeSegment(forged, 1234, addrB, 80, TcpFlag::Syn, 7, 0, 1024), 1);
    // The simulator files an answer to a forged source under the attacker (its lifeline
    // shows the forged addresses), but the segment goes to an address nobody has.
    SegmentRecord s4 = makeRecord(4, 1, 2, makeSegment(addrB, 80, forged, 1234, synAck, 9000, 8, 65535), 2);
    s4.dropped = true;
    s4.dropReason = DropReason::NoHost;
    SegmentRecord s5 = makeRecord(5, 0, 1, makeSegment(addrA, 40000, addrB, 80, TcpFlag::Ack, 1001, 5001, 65535, 0, "hello"), 3);
    s5.fault = FaultKind::Duplicate;
    s5.faultDelta = secondsToUs(2);
    SegmentRecord s6 = s5;
    s6.id = 6;
    s6.kind = SegmentKind::Duplicate;
    s6.duplicateOf = 5;
    s6.fault = FaultKind::None;
    s6.faultDelta = 0;
    t.segments = {s0, s1, s2, s3, s4, s5, s6};

    t.events = {
        appEvent(0, 0, 0, AppActionKind::Connect),
        stateEvent(0, 0, 0, TcpState::Closed, TcpState::SynSent, StateCause::AppConnect),
        segmentEvent(0, F::Send, 0, 0),
        timerEvent(0, 0, 0, TimerKind::Retransmission, TimerAction::Set, secondsToUs(1)),
        segmentEvent(25000, F::Drop, 0, 0, DropReason::Fault),
        timerEvent(1000000, 0, 0, TimerKind::Retransmission, TimerAction::Fire),
        segmentEvent(1000000, F::Send, 0, 1),
        segmentEvent(1050000, F::Deliver, 1, 1),
        stateEvent(1050000, 1, 2, TcpState::Listen, TcpState::SynReceived, StateCause::SynReceived),
        segmentEvent(1050000, F::Send, 1, 2),
        segmentEvent(1100000, F::Send, 2, 3),
        segmentEvent(1150000, F::Deliver, 1, 3),
        noticeEvent(1150000, 1, 1, NoticeKind::SynQueueFull),
        segmentEvent(1150000, F::Send, 1, 4),
        segmentEvent(1200000, F::Drop, 1, 4, DropReason::NoHost),
        segmentEvent(1400000, F::Deliver, 0, 2),
        segmentEvent(1400000, F::Send, 0, 5),
        noticeEvent(1400000, 0, 0, NoticeKind::Established),
        noticeEvent(1450000, 1, 2, NoticeKind::DataReceived, "hello"),
        makeEvent(2000000, F::Host, 1),
        appEvent(2000000, 0, 0, AppActionKind::Send, 5),
        segmentEvent(3400000, F::Deliver, 1, 6),
    };
    t.events[19].hostEvent = HostEventKind::Crash;
    t.endTime = secondsToUs(4);
    return t;
}

QStringList lines(const QString &text)
{
    QStringList l = text.split(QLatin1Char('\n'));
    if (!l.isEmpty() && l.last().isEmpty())
        l.removeLast();
    return l;
}

// Compares line by line so a failure names the first line that differs.
void compareLines(const QStringList &actual, const QStringList &expected)
{
    for (int i = 0; i < qMin(actual.size(), expected.size()); ++i) {
        if (actual[i] != expected[i]) {
            QFAIL(qPrintable(QStringLiteral("line %1 differs:\n  actual:   %2\n  expected: %3")
                                 .arg(i + 1)
                                 .arg(actual[i], expected[i])));
        }
    }
    QCOMPARE(actual.size(), expected.size());
}

} // namespace

class TestTraceFormat : public QObject
{
    Q_OBJECT

private slots:
    void textLinesUseTextbookNotation();
    void jsonLinesHaveFixedKeysInFixedOrder();
    void everyJsonLineIsAnObjectWithTimeAndEvent();
    void jsonEscapesQuotesBackslashesAndControlCharacters();
    void eachEventEndsWithOneNewline();
    void emptyTraceGivesEmptyOutput();
    void formattingTwiceGivesTheSameBytes();
    void relativeNumbersCountFromEachSidesIsnAsWiresharkDoes();
    void everySocketIsIntroducedBeforeItsFirstEvent();
    void socketLabelNamesThePeerWhenBothEndsShareAnAddress();
    void injectedSegmentCarriesSendReasonInjectedInBothForms();
    void failedCallNoticeNamesTheErrnoInBothForms();
};

void TestTraceFormat::textLinesUseTextbookNotation()
{
    const QStringList expected = {
        QStringLiteral("0.000000 A socket 0 A:40000↔B:80 (10.0.0.1:40000 ↔ 10.0.0.2:80)"),
        QStringLiteral("0.000000 A app connect"),
        QStringLiteral("0.000000 A CLOSED → SYN-SENT (app-connect)"),
        QStringLiteral("0.000000 A→B SYN seq=1000 win=65535 mss=1460  [A#1]"),
        QStringLiteral("0.000000 A timer rto set due 1.000000"),
        QStringLiteral("0.025000 A→B ✗ dropped (fault) SYN seq=1000 win=65535 mss=1460"),
        QStringLiteral("1.000000 A timer rto fire"),
        QStringLiteral("1.000000 A→B SYN seq=1000 win=65535 mss=1460 (retransmission)  [A#2]"),
        QStringLiteral("1.050000 A→B ✓ delivered SYN seq=1000 win=65535 mss=1460 (retransmission)"),
        QStringLiteral("1.050000 B socket 2 B:80↔A:40000 (10.0.0.2:80 ↔ 10.0.0.1:40000)"),
        QStringLiteral("1.050000 B:80↔A:40000 LISTEN → SYN-RECEIVED (rcv-syn)"),
        QStringLiteral("1.050000 B→A SYN,ACK seq=5000 ack=1001 win=65535 mss=1460 (delayed +300ms)  [B#1]"),
        QStringLiteral("1.100000 M→B SYN seq=7 win=1024 from 203.0.113.7  [M#1]"),
        QStringLiteral("1.150000 M→B ✓ delivered SYN seq=7 win=1024"),
        QStringLiteral("1.150000 B socket 1 B:80 (10.0.0.2:80 listening)"),
        QStringLiteral("1.150000 B:80 notice syn-queue-full"),
        QStringLiteral("1.150000 B→203.0.113.7 SYN,ACK seq=9000 ack=8 win=65535  [B#2]"),
        QStringLiteral("1.200000 B→203.0.113.7 ✗ dropped (no-host) SYN,ACK seq=9000 ack=8 win=65535"),
        QStringLiteral("1.400000 B→A ✓ delivered SYN,ACK seq=5000 ack=1001 win=65535 mss=1460 (delayed +300ms)"),
        QStringLiteral("1.400000 A→B ACK seq=1001 ack=5001 len=5 win=65535 (copy +2s)  [A#3]"),
        QStringLiteral("1.400000 A notice established"),
        QStringLiteral("1.450000 B:80↔A:40000 notice data 5 bytes"),
        QStringLiteral("2.000000 B host crash"),
        QStringLiteral("2.000000 A app send 5 bytes"),
        QStringLiteral("3.400000 A→B ✓ delivered ACK seq=1001 ack=5001 len=5 win=65535 (duplicate)"),
    };
    compareLines(lines(traceToText(sampleTrace(), Scenario())), expected);
}

void TestTraceFormat::jsonLinesHaveFixedKeysInFixedOrder()
{
    const QStringList expected = {
        QStringLiteral(R"({"t_us":0,"event":"socket","host":"A","socket":0,"label":"A:40000↔B:80","local":"10.0.0.1:40000","remote":"10.0.0.2:80"})"),
        QStringLiteral(R"({"t_us":0,"event":"app","host":"A","socket":0,"call":"connect","bytes":0})"),
        QStringLiteral(R"({"t_us":0,"event":"state","host":"A","socket":0,"from":"CLOSED","to":"SYN-SENT","cause":"app-connect"})"),
        QStringLiteral(R"({"t_us":0,"event":"send","host":"A","socket":-1,"seg":0,"from":"A","to":"B","sport":40000,"dport":80,"seq":1000,"ack":0,"flags":["SYN"],"len":0,"win":65535,"mss":1460,"kind":"original","key":"A#1","fault":"drop","fault_delta_us":0})"),
        QStringLiteral(R"({"t_us":0,"event":"timer","host":"A","socket":0,"timer":"rto","action":"set","due_us":1000000})"),
        QStringLiteral(R"({"t_us":25000,"event":"drop","host":"A","socket":-1,"seg":0,"from":"A","to":"B","sport":40000,"dport":80,"seq":1000,"ack":0,"flags":["SYN"],"len":0,"win":65535,"mss":1460,"kind":"original","key":"A#1","reason":"fault","fault":"drop","fault_delta_us":0})"),
        QStringLiteral(R"({"t_us":1000000,"event":"timer","host":"A","socket":0,"timer":"rto","action":"fire"})"),
        QStringLiteral(R"({"t_us":1000000,"event":"send","host":"A","socket":-1,"seg":1,"from":"A","to":"B","sport":40000,"dport":80,"seq":1000,"ack":0,"flags":["SYN"],"len":0,"win":65535,"mss":1460,"kind":"retransmission","retransmission_of":0,"key":"A#2"})"),
        QStringLiteral(R"({"t_us":1050000,"event":"deliver","host":"B","socket":-1,"seg":1,"from":"A","to":"B","sport":40000,"dport":80,"seq":1000,"ack":0,"flags":["SYN"],"len":0,"win":65535,"mss":1460,"kind":"retransmission","retransmission_of":0,"key":"A#2"})"),
        QStringLiteral(R"({"t_us":1050000,"event":"socket","host":"B","socket":2,"label":"B:80↔A:40000","local":"10.0.0.2:80","remote":"10.0.0.1:40000","parent":1})"),
        QStringLiteral(R"({"t_us":1050000,"event":"state","host":"B","socket":2,"from":"LISTEN","to":"SYN-RECEIVED","cause":"rcv-syn"})"),
        QStringLiteral(R"({"t_us":1050000,"event":"send","host":"B","socket":-1,"seg":2,"from":"B","to":"A","sport":80,"dport":40000,"seq":5000,"ack":1001,"flags":["SYN","ACK"],"len":0,"win":65535,"mss":1460,"kind":"original","key":"B#1","fault":"delay","fault_delta_us":300000})"),
        QStringLiteral(R"({"t_us":1100000,"event":"send","host":"M","socket":-1,"seg":3,"from":"M","to":"B","spoofed_src":"203.0.113.7","sport":1234,"dport":80,"seq":7,"ack":0,"flags":["SYN"],"len":0,"win":1024,"kind":"original","key":"M#1"})"),
        QStringLiteral(R"({"t_us":1150000,"event":"deliver","host":"B","socket":-1,"seg":3,"from":"M","to":"B","spoofed_src":"203.0.113.7","sport":1234,"dport":80,"seq":7,"ack":0,"flags":["SYN"],"len":0,"win":1024,"kind":"original","key":"M#1"})"),
        QStringLiteral(R"({"t_us":1150000,"event":"socket","host":"B","socket":1,"label":"B:80","local":"10.0.0.2:80","listener":true})"),
        QStringLiteral(R"({"t_us":1150000,"event":"notice","host":"B","socket":1,"notice":"syn-queue-full","bytes":0})"),
        QStringLiteral(R"({"t_us":1150000,"event":"send","host":"B","socket":-1,"seg":4,"from":"B","to":"203.0.113.7","sport":80,"dport":1234,"seq":9000,"ack":8,"flags":["SYN","ACK"],"len":0,"win":65535,"kind":"original","key":"B#2"})"),
        QStringLiteral(R"({"t_us":1200000,"event":"drop","host":"B","socket":-1,"seg":4,"from":"B","to":"203.0.113.7","sport":80,"dport":1234,"seq":9000,"ack":8,"flags":["SYN","ACK"],"len":0,"win":65535,"kind":"original","key":"B#2","reason":"no-host"})"),
        QStringLiteral(R"({"t_us":1400000,"event":"deliver","host":"A","socket":-1,"seg":2,"from":"B","to":"A","sport":80,"dport":40000,"seq":5000,"ack":1001,"flags":["SYN","ACK"],"len":0,"win":65535,"mss":1460,"kind":"original","key":"B#1","fault":"delay","fault_delta_us":300000})"),
        QStringLiteral(R"({"t_us":1400000,"event":"send","host":"A","socket":-1,"seg":5,"from":"A","to":"B","sport":40000,"dport":80,"seq":1001,"ack":5001,"flags":["ACK"],"len":5,"win":65535,"kind":"original","key":"A#3","fault":"duplicate","fault_delta_us":2000000})"),
        QStringLiteral(R"({"t_us":1400000,"event":"notice","host":"A","socket":0,"notice":"established","bytes":0})"),
        QStringLiteral(R"({"t_us":1450000,"event":"notice","host":"B","socket":2,"notice":"data","bytes":5})"),
        QStringLiteral(R"({"t_us":2000000,"event":"host","host":"B","what":"crash"})"),
        QStringLiteral(R"({"t_us":2000000,"event":"app","host":"A","socket":0,"call":"send","bytes":5})"),
        QStringLiteral(R"({"t_us":3400000,"event":"deliver","host":"B","socket":-1,"seg":6,"from":"A","to":"B","sport":40000,"dport":80,"seq":1001,"ack":5001,"flags":["ACK"],"len":5,"win":65535,"kind":"duplicate","duplicate_of":5,"key":"A#3"})"),
    };
    compareLines(lines(QString::fromUtf8(traceToJsonLines(sampleTrace(), Scenario()))), expected);
}

void TestTraceFormat::everyJsonLineIsAnObjectWithTimeAndEvent()
{
    const QByteArray jsonl = traceToJsonLines(sampleTrace(), Scenario());
    const QList<QByteArray> rows = jsonl.split('\n');
    QCOMPARE(rows.last(), QByteArray()); // ends with a newline
    for (int i = 0; i + 1 < rows.size(); ++i) {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(rows[i], &error);
        QVERIFY2(error.error == QJsonParseError::NoError, rows[i].constData());
        QVERIFY2(doc.isObject(), rows[i].constData());
        const QJsonObject o = doc.object();
        QVERIFY(o.value(QStringLiteral("t_us")).isDouble());
        QVERIFY(o.value(QStringLiteral("event")).isString());
    }
}

void TestTraceFormat::jsonEscapesQuotesBackslashesAndControlCharacters()
{
    Trace t;
    t.hosts = {HostInfo{QStringLiteral("a\"b\\c\nd\x01é"), addrA, false}};
    t.events = {makeEvent(7, TraceEventType::Host, 0)};
    t.events[0].hostEvent = HostEventKind::Reboot;
    const QByteArray line = traceToJsonLines(t, Scenario());
    QCOMPARE(line, QByteArray(R"({"t_us":7,"event":"host","host":"a\"b\\c\nd\u0001é","what":"reboot"})"
                              "\n"));
    const QJsonDocument doc = QJsonDocument::fromJson(line.trimmed());
    QCOMPARE(doc.object().value(QStringLiteral("host")).toString(), QStringLiteral("a\"b\\c\nd\x01é"));
}

void TestTraceFormat::eachEventEndsWithOneNewline()
{
    const Trace t = sampleTrace();
    // One line per event, and one introducing each socket.
    QCOMPARE(traceToJsonLines(t, Scenario()).count('\n'), t.events.size() + t.sockets.size());
    QCOMPARE(traceToText(t, Scenario()).count(QLatin1Char('\n')), t.events.size() + t.sockets.size());
    QCOMPARE(traceEventToText(t, 2), QStringLiteral("0.000000 A→B SYN seq=1000 win=65535 mss=1460  [A#1]"));
}

void TestTraceFormat::emptyTraceGivesEmptyOutput()
{
    QCOMPARE(traceToJsonLines(Trace(), Scenario()), QByteArray());
    QCOMPARE(traceToText(Trace(), Scenario()), QString());
}

void TestTraceFormat::formattingTwiceGivesTheSameBytes()
{
    const Trace t = sampleTrace();
    QCOMPARE(traceToJsonLines(t, Scenario()), traceToJsonLines(sampleTrace(), Scenario()));
    QCOMPARE(traceToText(t, Scenario()), traceToText(sampleTrace(), Scenario()));
}

QTEST_GUILESS_MAIN(TestTraceFormat)
void TestTraceFormat::relativeNumbersCountFromEachSidesIsnAsWiresharkDoes()
{
    TraceFormatOptions relative;
    relative.numbering = SequenceNumbering::Relative;
    const Trace t = sampleTrace();
    const QStringList text = lines(traceToText(t, Scenario(), relative));
    auto has = [&text](const QString &line) { return text.contains(line); };
    // The handshake reads SYN seq=0, SYN,ACK seq=0 ack=1, then the data from seq=1 ack=1.
    QVERIFY(has(QStringLiteral("0.000000 A→B SYN seq=0 win=65535 mss=1460  [A#1]")));
    QVERIFY(has(QStringLiteral("1.050000 B→A SYN,ACK seq=0 ack=1 win=65535 mss=1460 (delayed +300ms)  [B#1]")));
    QVERIFY(has(QStringLiteral("1.400000 A→B ACK seq=1 ack=1 len=5 win=65535 (copy +2s)  [A#3]")));
    // Each conversation counts on its own: the forged SYN and its answer start at 0 too.
    QVERIFY(has(QStringLiteral("1.150000 B→203.0.113.7 SYN,ACK seq=0 ack=1 win=65535  [B#2]")));
    const QByteArray jsonl = traceToJsonLines(t, Scenario(), relative);
    QVERIFY(jsonl.contains(R"("seg":5,"from":"A","to":"B","sport":40000,"dport":80,"seq":1,"ack":1,)"));
    // Absolute numbering is the default and unchanged.
    QVERIFY(traceToJsonLines(t, Scenario()).contains(R"("seq":1001,"ack":5001,)"));
}

void TestTraceFormat::everySocketIsIntroducedBeforeItsFirstEvent()
{
    const QList<QByteArray> rows = traceToJsonLines(sampleTrace(), Scenario()).split('\n');
    QSet<int> introduced;
    for (const QByteArray &row : rows) {
        if (row.isEmpty())
            continue;
        const QJsonObject o = QJsonDocument::fromJson(row).object();
        const int socket = o.value(QStringLiteral("socket")).toInt(-1);
        if (o.value(QStringLiteral("event")).toString() == QLatin1String("socket")) {
            QVERIFY2(!introduced.contains(socket), row.constData());
            introduced.insert(socket);
        } else if (socket >= 0) {
            QVERIFY2(introduced.contains(socket), row.constData());
        }
    }
    QCOMPARE(introduced.size(), 3);
}

void TestTraceFormat::socketLabelNamesThePeerWhenBothEndsShareAnAddress()
{
    // A capture on loopback: A and B are both 127.0.0.1. B's socket must read B:8765↔A:…,
    // not name its own host as the peer.
    const uint32_t loopback = 0x7f000001;
    Trace t;
    t.hosts = {HostInfo{QStringLiteral("A"), loopback, false}, HostInfo{QStringLiteral("B"), loopback, false}};
    t.sockets = {SocketInfo{0, 0, {loopback, 58460}, {loopback, 8765}, false, -1, {}},
                 SocketInfo{1, 1, {loopback, 8765}, {loopback, 58460}, false, -1, {}}};
    t.events = {makeEvent(0, TraceEventType::App, 0, 0), makeEvent(10, TraceEventType::App, 1, 1)};
    const QString text = traceToText(t, Scenario());
    QVERIFY2(text.contains(QStringLiteral("A socket 0 A:58460↔B:8765")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("B socket 1 B:8765↔A:58460")), qPrintable(text));
}

void TestTraceFormat::injectedSegmentCarriesSendReasonInjectedInBothForms()
{
    // docs/trace-format.md: a hand-made segment of an `inject` action carries send reason
    // `injected` (JSONL key `send_reason`, text mark "(injected)"), so a reader does not
    // take the acting host's TCP for its author. Other send reasons (here a RST of an
    // aborting connection) are not printed.
    Trace t;
    t.hosts = {HostInfo{QStringLiteral("A"), addrA, false}, HostInfo{QStringLiteral("B"), addrB, false},
               HostInfo{QStringLiteral("M"), addrM, true}};
    t.sockets = {SocketInfo{0, 1, {addrB, 80}, {addrA, 40000}, false, -1, {}}};
    SegmentRecord forgedRst = makeRecord(0, 2, 1, makeSegment(addrA, 40000, addrB, 80, TcpFlag::Rst, 1013, 0, 0), 1);
    forgedRst.reason = SendReason::Injected;
    SegmentRecord abortRst = makeRecord(1, 1, 0, makeSegment(addrB, 80, addrA, 40000, TcpFlag::Rst, 5001, 0, 65535), 1);
    abortRst.reason = SendReason::AppAbort;
    abortRst.fromSocket = 0;
    t.segments = {forgedRst, abortRst};
    t.events = {segmentEvent(0, TraceEventType::Send, 2, 0), segmentEvent(50000, TraceEventType::Deliver, 1, 0),
                segmentEvent(60000, TraceEventType::Send, 1, 1)};
    t.events[2].socket = 0;
    t.endTime = msToUs(100);

    compareLines(lines(QString::fromUtf8(traceToJsonLines(t, Scenario()))),
                 {
                     QStringLiteral(R"({"t_us":0,"event":"send","host":"M","socket":-1,"seg":0,"from":"M","to":"B","spoofed_src":"10.0.0.1","sport":40000,"dport":80,"seq":1013,"ack":0,"flags":["RST"],"len":0,"win":0,"kind":"original","send_reason":"injected","key":"M#1"})"),
                     QStringLiteral(R"({"t_us":50000,"event":"deliver","host":"B","socket":-1,"seg":0,"from":"M","to":"B","spoofed_src":"10.0.0.1","sport":40000,"dport":80,"seq":1013,"ack":0,"flags":["RST"],"len":0,"win":0,"kind":"original","send_reason":"injected","key":"M#1"})"),
                     QStringLiteral(R"({"t_us":60000,"event":"socket","host":"B","socket":0,"label":"B:80↔A:40000","local":"10.0.0.2:80","remote":"10.0.0.1:40000"})"),
                     QStringLiteral(R"({"t_us":60000,"event":"send","host":"B","socket":0,"seg":1,"from":"B","to":"A","sport":80,"dport":40000,"seq":5001,"ack":0,"flags":["RST"],"len":0,"win":65535,"kind":"original","key":"B#1"})"),
                 });
    compareLines(lines(traceToText(t, Scenario())),
                 {
                     QStringLiteral("0.000000 M→B RST seq=1013 win=0 (injected) from 10.0.0.1  [M#1]"),
                     QStringLiteral("0.050000 M→B ✓ delivered RST seq=1013 win=0 (injected)"),
                     QStringLiteral("0.060000 B socket 0 B:80↔A:40000 (10.0.0.2:80 ↔ 10.0.0.1:40000)"),
                     QStringLiteral("0.060000 B→A RST seq=5001 win=65535  [B#1]"),
                 });
}

void TestTraceFormat::failedCallNoticeNamesTheErrnoInBothForms()
{
    // Issue 12: errors reach the application and the trace says which errno it got; a notice
    // that is no error (established) has no `error` key.
    Trace t;
    t.hosts = {HostInfo{QStringLiteral("A"), addrA, false}};
    t.sockets = {SocketInfo{0, 0, {addrA, 40000}, {addrB, 80}, false, -1, {}}};
    t.events = {noticeEvent(0, 0, 0, NoticeKind::Established), noticeEvent(10, 0, 0, NoticeKind::ConnectionReset),
                noticeEvent(20, 0, 0, NoticeKind::ConnectionRefused), noticeEvent(30, 0, 0, NoticeKind::TimedOut),
                noticeEvent(40, 0, 0, NoticeKind::BrokenPipe)};
    const QStringList json = lines(QString::fromUtf8(traceToJsonLines(t, Scenario())));
    QCOMPARE(json.size(), 6); // the socket line first
    QCOMPARE(json[1], QStringLiteral(R"({"t_us":0,"event":"notice","host":"A","socket":0,"notice":"established","bytes":0})"));
    QCOMPARE(json[2], QStringLiteral(R"({"t_us":10,"event":"notice","host":"A","socket":0,"notice":"reset","bytes":0,"error":"ECONNRESET"})"));
    QCOMPARE(json[3], QStringLiteral(R"({"t_us":20,"event":"notice","host":"A","socket":0,"notice":"refused","bytes":0,"error":"ECONNREFUSED"})"));
    QCOMPARE(json[4], QStringLiteral(R"({"t_us":30,"event":"notice","host":"A","socket":0,"notice":"timed-out","bytes":0,"error":"ETIMEDOUT"})"));
    QCOMPARE(json[5], QStringLiteral(R"({"t_us":40,"event":"notice","host":"A","socket":0,"notice":"broken-pipe","bytes":0,"error":"EPIPE"})"));
    const QStringList text = lines(traceToText(t, Scenario()));
    QCOMPARE(text.mid(1), (QStringList{QStringLiteral("0.000000 A notice established"),
                                       QStringLiteral("0.000010 A notice reset (ECONNRESET)"),
                                       QStringLiteral("0.000020 A notice refused (ECONNREFUSED)"),
                                       QStringLiteral("0.000030 A notice timed-out (ETIMEDOUT)"),
                                       QStringLiteral("0.000040 A notice broken-pipe (EPIPE)")}));
}

#include "tst_trace_format.moc"
