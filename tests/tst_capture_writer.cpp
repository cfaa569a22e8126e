// Saving a run as a capture: the bytes of each frame, what each capture point sees and
// when, the pcapng comments, atomic writing, and what Wireshark's tshark makes of it.
#include "capture/capture_file_info.h"
#include "capture/capture_reader.h"
#include "capture/internet_checksum.h"
#include "capture/packet_builder.h"
#include "capture/packet_decoder.h"
#include "capture_test_support.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace tcplab;
using namespace tcplab::testing;

namespace {

Segment sampleSegment()
{
    Segment s;
    parseIpv4(QStringLiteral("10.0.0.1"), &s.source.address);
    parseIpv4(QStringLiteral("10.0.0.2"), &s.destination.address);
    s.source.port = 40000;
    s.destination.port = 80;
    s.seq = 1000;
    s.ack = 5001;
    s.flags = TcpFlag::Psh | TcpFlag::Ack;
    s.window = 65535;
    s.payload = "hello, odd length";
    return s;
}

uint16_t sumOf(const QByteArray &bytes)
{
    InternetChecksum sum;
    sum.add(bytes);
    return sum.value();
}

// What `tshark -T fields` prints for every frame of a file, one line a frame.
QStringList fields(const QString &file, const QStringList &names, const QString &filter = QString())
{
    QStringList args = {QStringLiteral("-r"), file, QStringLiteral("-o"), QStringLiteral("tcp.check_checksum:TRUE"),
                        QStringLiteral("-o"), QStringLiteral("ip.check_checksum:TRUE"), QStringLiteral("-T"),
                        QStringLiteral("fields")};
    for (const QString &n : names)
        args << QStringLiteral("-e") << n;
    if (!filter.isEmpty())
        args << QStringLiteral("-Y") << filter;
    return lines(tshark(args));
}

} // namespace

class TestCaptureWriter : public QObject
{
    Q_OBJECT

private slots:
    void internetChecksumMatchesRfc1071Example()
    {
        // RFC 1071 §3: the words 0001 f203 f4f5 f6f7 sum to ddf2; the checksum is its complement.
        const QByteArray words = QByteArray::fromHex("0001f203f4f5f6f7");
        QCOMPARE(sumOf(words), uint16_t(~0xddf2 & 0xffff));
    }

    void ipAndTcpChecksumsVerifyToZero()
    {
        const Segment s = sampleSegment();
        const QByteArray ip = PacketBuilder::ipv4Packet(s, 7);
        // A header with its checksum in place sums to zero (RFC 1071 §1).
        QCOMPARE(sumOf(ip.left(20)), uint16_t(0));
        QByteArray pseudo = ip.mid(12, 8);
        pseudo += QByteArray::fromHex("0006");
        const QByteArray tcp = ip.mid(20);
        pseudo += char(tcp.size() >> 8);
        pseudo += char(tcp.size() & 0xff);
        QCOMPARE(sumOf(pseudo + tcp), uint16_t(0));
    }

    void frameDecodesBackToTheSegment()
    {
        Segment s = sampleSegment();
        s.flags = TcpFlag::Syn;
        s.ack = 0;
        s.mss = 1452;
        const QByteArray frame = PacketBuilder::ethernetFrame(s, 3, PacketBuilder::macFor(1), PacketBuilder::macFor(2));
        QCOMPARE(frame.size(), 14 + 20 + 24 + s.payload.size());
        DecodedPacket p;
        QCOMPARE(PacketDecoder::decode(PacketDecoder::dltEthernet, reinterpret_cast<const uint8_t *>(frame.constData()),
                                       uint32_t(frame.size()), uint32_t(frame.size()), &p),
                 PacketVerdict::Tcp);
        p.segment.payload = p.payloadBytes();
        QCOMPARE(p.segment, s);
        QCOMPARE(p.ipIdentification, uint16_t(3));
    }

    void macAddressesAreLocallyAdministeredAndNameTheHost()
    {
        const MacAddress mac = PacketBuilder::macFor(0x0a000002);
        QCOMPARE(mac[0] & 0x02, 0x02); // locally administered
        QCOMPARE(mac[0] & 0x01, 0x00); // unicast
        QCOMPARE(mac[5], uint8_t(2));
    }

    void capturePointSeesWhatPassesIt_data()
    {
        QTest::addColumn<QString>("point");
        QTest::addColumn<bool>("seesTheLostAck");
        QTest::addColumn<SimTime>("ackSeenAt");
        // lost-final-ack: A's last ACK (sent 0.85 s) is dropped midway (0.875 s).
        QTest::newRow("A sends it") << "A" << true << SimTime(850000);
        QTest::newRow("B never gets it") << "B" << false << SimTime(0);
        QTest::newRow("the wire sees it before the loss") << "wire" << true << SimTime(875000);
    }

    void capturePointSeesWhatPassesIt()
    {
        QFETCH(QString, point);
        QFETCH(bool, seesTheLostAck);
        QFETCH(SimTime, ackSeenAt);
        const Run run = runScenario(QStringLiteral("lost-final-ack"));
        int lost = -1;
        for (const SegmentRecord &rec : run.trace.segments) {
            if (rec.dropped)
                lost = rec.id;
        }
        QVERIFY(lost >= 0);
        CaptureWriter writer(run.trace);
        writer.setPoint(pointNamed(run.trace, point));
        QCOMPARE(writer.visibleSegments().contains(lost), seesTheLostAck);
        if (seesTheLostAck)
            QCOMPARE(writer.point().sighting(run.trace.segments[lost])->time, ackSeenAt);
    }

    void networkCopyIsSeenAtTheReceiverOnly()
    {
        const Run run = runScenario(QStringLiteral("handshake-and-close"), {QStringLiteral("dup:A#3:20ms")});
        int copy = -1;
        for (const SegmentRecord &rec : run.trace.segments) {
            if (rec.kind == SegmentKind::Duplicate)
                copy = rec.id;
        }
        QVERIFY(copy >= 0);
        CaptureWriter writer(run.trace);
        for (const auto &[point, seen] : {std::pair{"A", false}, std::pair{"B", true}, std::pair{"wire", false}}) {
            writer.setPoint(pointNamed(run.trace, QString::fromLatin1(point)));
            QVERIFY2(writer.visibleSegments().contains(copy) == seen, point);
        }
        // The copy is the same IP packet: its identification is the original's.
        const SegmentRecord &c = run.trace.segments[copy];
        QCOMPARE(CaptureWriter::ipIdentification(c), CaptureWriter::ipIdentification(run.trace.segments[c.duplicateOf]));
    }

    void timestampsAreVirtualTimeFromTheEpoch()
    {
        const Run run = runScenario(QStringLiteral("handshake-and-close"));
        for (const CaptureFormat format : {CaptureFormat::Pcap, CaptureFormat::Pcapng}) {
            QList<int64_t> stamps;
            CaptureReadStats stats;
            QString error;
            QVERIFY(CaptureReader::readBytes(captureBytes(run, QStringLiteral("A"), format),
                                             [&](const DecodedPacket &p) { stamps << p.timestampUs; }, &stats, &error));
            QCOMPARE(stats.skipped(), 0);
            QVERIFY(!stamps.isEmpty());
            // A's SYN leaves at 0.010000 s of virtual time.
            QCOMPARE(stamps.first(), CaptureWriter::captureEpochUs + 10000);
            QCOMPARE(CaptureWriter::captureEpochSeconds, 1660780800); // 2022-08-18 00:00:00 UTC
        }
    }

    void pcapngCarriesTitleFaultsAndCapturePoint()
    {
        const Run run = runScenario(QStringLiteral("lost-final-ack"));
        const CaptureFileInfo info = CaptureFileInfo::parse(captureBytes(run, QStringLiteral("B"), CaptureFormat::Pcapng));
        QVERIFY(info.application.startsWith(QLatin1String("tcplab")));
        QCOMPARE(info.comments.value(0), run.scenario.title.text(QStringLiteral("en")));
        QVERIFY2(info.comments.contains(QStringLiteral("Faults: drop A:ACK#3")), qPrintable(info.comments.join(QLatin1Char('|'))));
        QVERIFY(info.comments.contains(QStringLiteral("Capture point: B 10.0.0.2 (the host's interface)")));
        QCOMPARE(info.interfaceName, QStringLiteral("B"));
    }

    void pcapHasNoComments()
    {
        const Run run = runScenario(QStringLiteral("lost-final-ack"));
        const QByteArray bytes = captureBytes(run, QStringLiteral("A"), CaptureFormat::Pcap);
        QCOMPARE(bytes.left(4), QByteArray::fromHex("d4c3b2a1"));
        QVERIFY(CaptureFileInfo::parse(bytes).comments.isEmpty());
    }

    void formatFollowsTheFileName()
    {
        QCOMPARE(captureFormatForPath(QStringLiteral("run.pcap")), CaptureFormat::Pcap);
        QCOMPARE(captureFormatForPath(QStringLiteral("RUN.PCAP")), CaptureFormat::Pcap);
        QCOMPARE(captureFormatForPath(QStringLiteral("run.pcapng")), CaptureFormat::Pcapng);
        QCOMPARE(captureFormatForPath(QStringLiteral("run")), CaptureFormat::Pcapng);
    }

    void failedWriteLeavesTheOldFileAlone()
    {
        QTemporaryDir dir;
        const Run run = runScenario(QStringLiteral("handshake-and-close"));
        CaptureWriter writer(run.trace);
        QString error;
        QVERIFY(!writer.write(dir.filePath(QStringLiteral("missing/run.pcapng")), &error));
        QVERIFY(error.contains(QLatin1String("missing/run.pcapng")));

        const QString path = dir.filePath(QStringLiteral("run.pcapng"));
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("an older file");
        old.close();
        QVERIFY(writer.write(path, &error));
        QFile now(path);
        QVERIFY(now.open(QIODevice::ReadOnly));
        QCOMPARE(now.read(4), QByteArray::fromHex("0a0d0d0a"));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("run.pcapng")});
    }

    void tsharkDecodesEveryFrameCleanly_data()
    {
        QTest::addColumn<QString>("point");
        QTest::addColumn<QString>("suffix");
        for (const char *point : {"A", "B", "wire"}) {
            for (const char *suffix : {".pcap", ".pcapng"})
                QTest::addRow("%s%s", point, suffix) << QString::fromLatin1(point) << QString::fromLatin1(suffix);
        }
    }

    // Every frame decodes with good IP and TCP checksums, nothing is malformed or warned
    // about, and a clean run shows no TCP analysis problem.
    void tsharkDecodesEveryFrameCleanly()
    {
        TCPLAB_REQUIRE_TSHARK();
        QFETCH(QString, point);
        QFETCH(QString, suffix);
        QTemporaryDir dir;
        const Run run = runScenario(QStringLiteral("handshake-and-close"));
        const QString file = writeCaptureFile(run, point, dir.filePath(QStringLiteral("run") + suffix));
        CaptureWriter writer(run.trace);
        writer.setPoint(pointNamed(run.trace, point));
        const int frames = int(writer.visibleSegments().size());

        const QStringList checks = fields(file, {QStringLiteral("ip.checksum.status"), QStringLiteral("tcp.checksum.status"),
                                                 QStringLiteral("tcp.option_kind")});
        QCOMPARE(checks.size(), frames);
        for (const QString &line : checks)
            QVERIFY2(line.startsWith(QLatin1String("1\t1")), qPrintable(line)); // 1 = Good (0 Bad, 2 Unverified)
        QCOMPARE(fields(file, {QStringLiteral("frame.number")}, QStringLiteral("tcp.option_kind == 2")).size(), 2); // MSS on both SYNs
        QCOMPARE(fields(file, {QStringLiteral("frame.number")},
                        QStringLiteral("_ws.malformed || _ws.expert.severity >= warning || tcp.analysis.flags"))
                     .join(QLatin1Char(',')),
                 QString());
    }

    // A dropped segment makes its sender (or, for a lost ACK, the peer) send again, and
    // Wireshark marks exactly the frames the simulation marked as retransmissions.
    void droppedSegmentShowsTheRetransmissionWiresharkExpects_data()
    {
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<QString>("point");
        QTest::newRow("lost-final-ack at A") << "lost-final-ack" << "A";
        QTest::newRow("lost-final-ack on the wire") << "lost-final-ack" << "wire";
        QTest::newRow("lost data at B") << "data-transfer" << "B";
        QTest::newRow("lost SYN on the wire") << "lost-syn" << "wire";
    }

    void droppedSegmentShowsTheRetransmissionWiresharkExpects()
    {
        TCPLAB_REQUIRE_TSHARK();
        QFETCH(QString, scenario);
        QFETCH(QString, point);
        QTemporaryDir dir;
        const Run run = runScenario(scenario);
        const QString file = writeCaptureFile(run, point, dir.filePath(QStringLiteral("run.pcapng")));
        CaptureWriter writer(run.trace);
        writer.setPoint(pointNamed(run.trace, point));
        QStringList ours;
        const QList<int> visible = writer.visibleSegments();
        for (int i = 0; i < visible.size(); ++i) {
            if (run.trace.segments[visible[i]].kind == SegmentKind::Retransmission)
                ours << QString::number(i + 1);
        }
        QVERIFY(!ours.isEmpty());
        QCOMPARE(fields(file, {QStringLiteral("frame.number")}, QStringLiteral("tcp.analysis.retransmission")), ours);
        QCOMPARE(fields(file, {QStringLiteral("frame.number")}, QStringLiteral("_ws.malformed || ip.checksum.status == 0 || tcp.checksum.status == 0")),
                 QStringList());
    }

    void packetCommentSaysWhatTheFaultDid()
    {
        TCPLAB_REQUIRE_TSHARK();
        QTemporaryDir dir;
        const Run run = runScenario(QStringLiteral("lost-final-ack"));
        const QString file = writeCaptureFile(run, QStringLiteral("wire"), dir.filePath(QStringLiteral("run.pcapng")));
        QCOMPARE(fields(file, {QStringLiteral("frame.comment")}, QStringLiteral("frame.comment")),
                 QStringList{QStringLiteral("A#4: dropped midway by the fault plan")});
    }
};

QTEST_GUILESS_MAIN(TestCaptureWriter)
#include "tst_capture_writer.moc"
