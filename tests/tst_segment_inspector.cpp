// The segment inspector (views/panels/segment_inspector.*, header_layout_painter.*): the header
// figure's fields, the real TCP checksum, and the explanation of the numbers in context.
#include "handshake_test_scenario.h"
#include "panels/header_layout_painter.h"
#include "scenario/scenario_library.h"
#include "panels/segment_inspector.h"
#include "sim/simulator.h"

#include <QScrollArea>
#include <QScrollBar>
#include <QTest>

using namespace tcplab;
using namespace tcplab::testing;

namespace {

constexpr SimTime ms(int64_t v) { return msToUs(v); }


int segmentWith(const Trace &trace, int fromHost, TcpFlags flags)
{
    for (const SegmentRecord &r : trace.segments) {
        if (r.fromHost == fromHost && r.segment.flags == flags)
            return r.id;
    }
    return -1;
}

QString field(const Segment &s, const QString &name)
{
    for (const HeaderField &f : HeaderLayoutPainter::fields(s)) {
        if (f.name == name)
            return f.value;
    }
    return QStringLiteral("<no field %1>").arg(name);
}

// The set flag bits in wire order, read from the figure.
QString setBits(const Segment &s)
{
    QStringList names;
    for (const HeaderField &f : HeaderLayoutPainter::fields(s)) {
        if (f.kind == HeaderField::Kind::Flag && f.set)
            names << f.name;
    }
    return names.join(u' ');
}

// RFC 1071's check, independent of tcpChecksum(): over the pseudo-header and the segment with
// its checksum filled in, the one's complement sum is all ones.
uint16_t verifySum(const Segment &s, uint16_t checksum)
{
    QByteArray b;
    auto put32 = [&b](uint32_t v) { for (int sh = 24; sh >= 0; sh -= 8) b.append(char((v >> sh) & 0xff)); };
    const QByteArray tcp = tcpHeaderBytes(s, checksum) + s.payload;
    put32(s.source.address);
    put32(s.destination.address);
    b.append(char(0));
    b.append(char(6));
    b.append(char(tcp.size() >> 8));
    b.append(char(tcp.size() & 0xff));
    b += tcp;
    if (b.size() % 2)
        b.append(char(0));
    uint32_t sum = 0;
    for (int i = 0; i < b.size(); i += 2)
        sum += (uint32_t(uchar(b[i])) << 8) | uchar(b[i + 1]);
    while (sum >> 16)
        sum = (sum & 0xffff) + (sum >> 16);
    return uint16_t(sum);
}

} // namespace

class TestSegmentInspector : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_scenario = handshake();
        m_trace = Simulator::run(m_scenario);
        m_syn = segmentWith(m_trace, 0, TcpFlag::Syn);
        m_synAck = segmentWith(m_trace, 1, TcpFlag::Syn | TcpFlag::Ack);
        m_data = segmentWith(m_trace, 0, TcpFlag::Psh | TcpFlag::Ack);
        QVERIFY(m_syn >= 0 && m_synAck >= 0 && m_data >= 0);
    }

    void headerFieldsOfEachSegment_data()
    {
        QTest::addColumn<int>("which");
        QTest::addColumn<QStringList>("values"); // src, dst, seq, ack, offset, window, checksum
        QTest::addColumn<QString>("bits");
        QTest::addColumn<bool>("ackIgnored");
        // Checksums computed independently (Python, RFC 1071) for these exact segments.
        QTest::newRow("SYN") << 0 << QStringList{"40000", "80", "1000", "0", "6", "65535", "0xe3ab"} << "SYN" << true;
        QTest::newRow("SYN,ACK") << 1 << QStringList{"80", "40000", "5000", "1001", "6", "65535", "0xd012"} << "ACK SYN" << false;
        QTest::newRow("data") << 2 << QStringList{"40000", "80", "1001", "5001", "5", "65535", "0xa3f0"} << "ACK PSH" << false;
    }
    void headerFieldsOfEachSegment()
    {
        QFETCH(int, which);
        QFETCH(QStringList, values);
        QFETCH(QString, bits);
        QFETCH(bool, ackIgnored);
        const Segment &s = m_trace.segments[QList<int>{m_syn, m_synAck, m_data}[which]].segment;
        const QStringList names = {"Source Port", "Destination Port", "Sequence Number", "Acknowledgment Number",
                                   "Data Offset", "Window", "Checksum"};
        for (int i = 0; i < names.size(); ++i)
            QCOMPARE(field(s, names[i]), values[i]);
        QCOMPARE(setBits(s), bits);
        QCOMPARE(field(s, "Urgent Pointer"), QStringLiteral("0"));
        for (const HeaderField &f : HeaderLayoutPainter::fields(s)) {
            if (f.name == QLatin1String("Acknowledgment Number"))
                QCOMPARE(f.ignored, ackIgnored);
        }
    }

    void figureFollowsTheRfcLayout()
    {
        const Segment &syn = m_trace.segments[m_syn].segment;
        // Every row of the figure is exactly 32 bits wide, with no gaps or overlaps.
        QMap<int, int> bitsPerRow;
        for (const HeaderField &f : HeaderLayoutPainter::fields(syn))
            bitsPerRow[f.row] += f.width;
        for (auto it = bitsPerRow.cbegin(); it != bitsPerRow.cend(); ++it)
            QCOMPARE(it.value(), 32);
        QCOMPARE(bitsPerRow.size(), 7); // 5 header words, the MSS option, data
        QCOMPARE(field(syn, "Maximum Segment Size"), QStringLiteral("1460"));
        QCOMPARE(field(syn, "Option kind"), QStringLiteral("2 (MSS)"));
        QCOMPARE(tcpHeaderBytes(syn).size(), 24);
        const Segment &data = m_trace.segments[m_data].segment;
        QCOMPARE(tcpHeaderBytes(data).size(), 20);
        QCOMPARE(field(data, "Data"), QStringLiteral("5 bytes"));
        QCOMPARE(HeaderLayoutPainter::fields(data).last().row, 5);
    }

    void checksumVerifiesToAllOnes_data()
    {
        QTest::addColumn<int>("segment");
        for (int i = 0; i < m_trace.segments.size(); ++i)
            QTest::newRow(qPrintable(m_trace.segments[i].segment.summary())) << i;
    }
    void checksumVerifiesToAllOnes()
    {
        QFETCH(int, segment);
        const Segment &s = m_trace.segments[segment].segment;
        QCOMPARE(verifySum(s, tcpChecksum(s)), uint16_t(0xffff));
        Segment damaged = s;
        damaged.seq += 1;
        QVERIFY(tcpChecksum(damaged) != tcpChecksum(s));
    }

    void synAckExplanationSaysWhatTheAckMeans()
    {
        SegmentInspector inspector;
        inspector.setTrace(&m_trace, &m_scenario);
        inspector.setSegment(m_synAck);
        const QStringList lines = inspector.explanation();
        QVERIFY(lines.contains(QStringLiteral("Sent by B at 0.060 s; arrives at A at 0.110 s.")));
        QVERIFY(lines.contains(QStringLiteral("seq=5000 is B's own ISN. ack=1001: the next byte B expects from A; "
                                              "A's SYN with seq=1000 used one sequence number.")));
        QVERIFY(lines.contains(QStringLiteral("Data offset 6: the header is 6 × 4 = 24 bytes, the 20-byte fixed header plus the 4-byte MSS option.")));
        QVERIFY(lines.last().startsWith(QStringLiteral("Checksum 0xd012, computed over the IPv4 pseudo-header (10.0.0.2 → 10.0.0.1, protocol 6, TCP length 24)")));
        QVERIFY(inspector.payloadText().startsWith(QStringLiteral("No data")));
        if (!qEnvironmentVariableIsEmpty("TCPLAB_PANEL_SNAPSHOTS")) {
            inspector.resize(820, 760);
            inspector.grab().save(qEnvironmentVariable("TCPLAB_PANEL_SNAPSHOTS") + QStringLiteral("/segment_inspector_synack.png"));
        }
    }

    void synExplanationCorrectsTheAckFlagMistake()
    {
        const QStringList lines = SegmentInspector::explain(m_trace, m_syn);
        QVERIFY(lines.contains(QStringLiteral("seq=1000 is A's initial sequence number (ISN). The SYN uses one sequence number, so the answer will be ack=1001.")));
        bool flagLesson = false;
        for (const QString &l : lines)
            flagLesson = flagLesson || l.contains(QStringLiteral("Do not confuse the ACK flag (a bit) with the ack field (a number)."));
        QVERIFY(flagLesson);
    }

    void dataSegmentShowsTextAndHex()
    {
        SegmentInspector inspector;
        inspector.setTrace(&m_trace, &m_scenario);
        inspector.setSegment(m_data);
        QVERIFY(inspector.explanation().contains(QStringLiteral("len=5, so B will answer ack=1006 (seq + len, not seq + 1).")));
        QVERIFY(inspector.payloadText().startsWith(QStringLiteral("Text: hello\n\n0000  68 65 6c 6c 6f ")));
        QVERIFY(inspector.payloadText().endsWith(QStringLiteral("|hello|")));
        if (!qEnvironmentVariableIsEmpty("TCPLAB_PANEL_SNAPSHOTS")) {
            inspector.resize(820, 760);
            inspector.grab().save(qEnvironmentVariable("TCPLAB_PANEL_SNAPSHOTS") + QStringLiteral("/segment_inspector_data.png"));
        }
        QCOMPARE(SegmentInspector::printable("GET /\r\n\x01"), QStringLiteral("GET /\\r\\n\\x01"));
        const QString dump = SegmentInspector::hexDump(QByteArray(20, 'a'));
        QCOMPARE(dump.split(u'\n').size(), 2);
        QVERIFY(dump.split(u'\n').at(1).startsWith(QStringLiteral("0010  61 61 61 61 ")));
    }

    void droppedAndRetransmittedSegmentsSayWhatHappened()
    {
        Scenario sc = m_scenario;
        FaultRule drop;
        drop.host = QStringLiteral("A");
        drop.ordinal = 1;
        sc.faults = {drop};
        sc.actions.resize(2); // nobody closes before the retransmission at 1.01 s
        const Trace trace = Simulator::run(sc);
        QVERIFY(trace.segments[0].dropped);
        QVERIFY(SegmentInspector::explain(trace, 0).contains(QStringLiteral("SYN seq=1000 is lost on the way: the fault plan drops it.")));
        int retransmission = -1;
        for (const SegmentRecord &r : trace.segments) {
            if (r.kind == SegmentKind::Retransmission) {
                retransmission = r.id;
                break;
            }
        }
        QVERIFY(retransmission >= 0);
        const QString text = SegmentInspector::explain(trace, retransmission).join(u' ');
        QVERIFY2(text.contains(QStringLiteral("This is a retransmission of segment A#1 (sent at 0.010 s)")), qPrintable(text));
    }

    void resetExplainsWhyItWasSent()
    {
        Scenario sc = m_scenario;
        sc.actions[1].remotePort = 81;
        sc.actions.resize(2);
        const Trace trace = Simulator::run(sc);
        const int rst = segmentWith(trace, 1, TcpFlag::Rst | TcpFlag::Ack);
        QVERIFY(rst >= 0);
        const QString text = SegmentInspector::explain(trace, rst).join(u' ');
        QVERIFY2(text.contains(QStringLiteral("nobody listening on the port")), qPrintable(text));
    }

    void selectionIsClearedForAnUnknownSegment()
    {
        SegmentInspector inspector;
        inspector.setTrace(&m_trace, &m_scenario);
        inspector.setSegment(m_data);
        inspector.setSegment(-1);
        QVERIFY(inspector.explanation().isEmpty());
    }

    void figureNamesAreWrittenInTheUiFont()
    {
        // A larger font makes a larger figure: the names are not drawn smaller than the
        // text around them, and every flag's name fits its one-bit box.
        const Segment &syn = m_trace.segments[m_synAck].segment;
        QFont normal;
        normal.setPointSizeF(10);
        QFont large = normal;
        large.setPointSizeF(16);
        const QSize normalSize = HeaderLayoutPainter::minimumSize(syn, normal);
        const QSize largeSize = HeaderLayoutPainter::minimumSize(syn, large);
        QVERIFY(largeSize.height() > normalSize.height());
        const QFontMetricsF metrics(large);
        for (const HeaderField &f : HeaderLayoutPainter::fields(syn)) {
            if (f.kind == HeaderField::Kind::Flag)
                QVERIFY2(metrics.horizontalAdvance(f.name) <= largeSize.width() / 32.0, qPrintable(f.name));
        }
    }

    void figureScrollsInsteadOfShrinkingInANarrowDock()
    {
        SegmentInspector inspector;
        inspector.resize(300, 700);
        inspector.setTrace(&m_trace, &m_scenario);
        inspector.setSegment(m_synAck);
        inspector.show();
        QVERIFY(QTest::qWaitForWindowExposed(&inspector));
        QWidget *figure = inspector.headerFigure();
        const QSize need = HeaderLayoutPainter::minimumSize(m_trace.segments[m_synAck].segment,
                                                            figure->font());
        QVERIFY(figure->width() >= need.width());
        QVERIFY(figure->height() >= need.height());
        auto *scroll = inspector.findChild<QScrollArea *>(QStringLiteral("headerFigureScroll"));
        QVERIFY(scroll);
        QVERIFY(scroll->horizontalScrollBar()->maximum() > 0);
        // The text below keeps the dock's width: the figure does not widen the panel.
        QVERIFY(scroll->parentWidget()->minimumSizeHint().width() < need.width());
    }

private:
    Scenario m_scenario;
    Trace m_trace;
    int m_syn = -1, m_synAck = -1, m_data = -1;
};

QTEST_MAIN(TestSegmentInspector)
#include "tst_segment_inspector.moc"
