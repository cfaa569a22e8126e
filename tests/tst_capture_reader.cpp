// Reading captures: every link type and network layer the reader knows, what it skips and
// counts, damaged files, and the list of conversations. The files in data/captures are
// made by data/captures/make_captures.py, independently of tcplab's own writer.
#include "capture/capture_encoder.h"
#include "capture/capture_reader.h"
#include "capture/conversation_table.h"
#include "capture/ip_address.h"
#include "capture/packet_decoder.h"

#include <QBuffer>
#include <QFile>
#include <QtTest>

using namespace tcplab;

namespace {

QString captureFile(const QString &name)
{
    return QStringLiteral(TCPLAB_TEST_DATA "/captures/") + name;
}

QByteArray fileBytes(const QString &name)
{
    QFile f(captureFile(name));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(name));
    return f.readAll();
}

struct Read {
    bool ok = false;
    QString error;
    CaptureReadStats stats;
    QList<DecodedPacket> packets; // with their payload copied
};

Read readFile(const QString &name)
{
    Read r;
    r.ok = CaptureReader::readFile(
        captureFile(name),
        [&](const DecodedPacket &p) {
            DecodedPacket copy = p;
            copy.segment.payload = p.payloadBytes();
            copy.payloadData = nullptr;
            r.packets << copy;
        },
        &r.stats, &r.error);
    return r;
}

Read readBytes(const QByteArray &bytes)
{
    Read r;
    r.ok = CaptureReader::readBytes(bytes, [&](const DecodedPacket &p) { r.packets << p; }, &r.stats, &r.error);
    return r;
}

uint8_t ipv6Bytes(int index)
{
    // 2001:db8::1 — the address the sample files use for A.
    static const uint8_t a[16] = {0x20, 0x01, 0x0d, 0xb8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1};
    return a[index];
}

} // namespace

class TestCaptureReader : public QObject
{
    Q_OBJECT

private slots:
    void readerCountsWhatItSkips_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("linkType");
        QTest::addColumn<int>("tcp");
        QTest::addColumn<int>("notTcp");
        QTest::addColumn<int>("truncated");
        QTest::addColumn<int>("fragments");
        QTest::addColumn<int>("badOptions");
        QTest::addColumn<int>("payloadCut");
        // file                                  DLT  tcp not trunc frag opts cut
        QTest::newRow("Ethernet, 802.1Q and 802.1ad tags") << "ethernet_vlan.pcap" << 1 << 3 << 2 << 0 << 0 << 0 << 0;
        QTest::newRow("Linux cooked v1, IPv4 and IPv6") << "linux_sll.pcap" << 113 << 3 << 1 << 0 << 0 << 0 << 0;
        QTest::newRow("Linux cooked v2") << "linux_sll2.pcap" << 276 << 2 << 1 << 0 << 0 << 0 << 0;
        QTest::newRow("BSD loopback") << "bsd_null.pcap" << 0 << 2 << 1 << 0 << 0 << 0 << 0;
        QTest::newRow("raw IP, IPv6 extension headers") << "raw_ip.pcap" << 12 << 2 << 1 << 0 << 1 << 0 << 0;
        QTest::newRow("truncated and wrong lengths") << "truncated.pcap" << 1 << 1 << 0 << 4 << 0 << 0 << 1;
        QTest::newRow("IPv4 fragments") << "fragments.pcap" << 1 << 1 << 0 << 0 << 2 << 0 << 0;
        QTest::newRow("impossible TCP option lengths") << "bad_options.pcap" << 1 << 1 << 0 << 0 << 0 << 4 << 0;
        QTest::newRow("pcapng over IPv6") << "ipv6_connections.pcapng" << 1 << 12 << 1 << 0 << 0 << 0 << 0;
    }

    void readerCountsWhatItSkips()
    {
        QFETCH(QString, file);
        QFETCH(int, linkType);
        QFETCH(int, tcp);
        QFETCH(int, notTcp);
        QFETCH(int, truncated);
        QFETCH(int, fragments);
        QFETCH(int, badOptions);
        QFETCH(int, payloadCut);
        const Read r = readFile(file);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.stats.linkType, linkType);
        QCOMPARE(r.stats.tcp, tcp);
        QCOMPARE(r.packets.size(), tcp);
        QCOMPARE(r.stats.notTcp, notTcp);
        QCOMPARE(r.stats.truncated, truncated);
        QCOMPARE(r.stats.fragments, fragments);
        QCOMPARE(r.stats.badTcpOptions, badOptions);
        QCOMPARE(r.stats.payloadCut, payloadCut);
        QCOMPARE(r.stats.frames, tcp + notTcp + truncated + fragments + badOptions);
        QVERIFY(r.stats.stoppedEarly.isEmpty());
    }

    void frameNumbersCountSkippedFramesToo()
    {
        const Read r = readFile(QStringLiteral("fragments.pcap"));
        QCOMPARE(r.packets.size(), 1);
        QCOMPARE(r.packets.first().frameNumber, 3); // as Wireshark numbers it
        QCOMPARE(r.packets.first().timestampUs, int64_t(1700000002) * 1000000);
    }

    void vlanTagsAreSkippedToTheIpHeader()
    {
        const Read r = readFile(QStringLiteral("ethernet_vlan.pcap"));
        QCOMPARE(r.packets.size(), 3);
        const Segment &ack = r.packets[2].segment; // behind an 802.1ad and an 802.1Q tag
        QCOMPARE(ack.flags, TcpFlags(TcpFlag::Ack));
        QCOMPARE(ack.seq, 1001u);
        QCOMPARE(ack.ack, 5001u);
        QCOMPARE(formatIpv4(ack.source.address), QStringLiteral("192.0.2.1"));
        QCOMPARE(r.packets[1].segment.mss, uint16_t(1460));
    }

    void ipv6AddressesStayInTheCaptureLayer()
    {
        const Read r = readFile(QStringLiteral("linux_sll.pcap"));
        const DecodedPacket &v6 = r.packets[2];
        QVERIFY(v6.source.address.isV6());
        QCOMPARE(v6.source.address.toString(), QStringLiteral("2001:db8::1"));
        QCOMPARE(v6.source.toString(), QStringLiteral("[2001:db8::1]:50000"));
        QCOMPARE(v6.source.address.bytes()[15], ipv6Bytes(15));
        QVERIFY(!v6.hasIpIdentification);
        // The model's addresses are IPv4 only: zero for IPv6.
        QCOMPARE(v6.segment.source.address, 0u);
        QCOMPARE(v6.segment.source.port, uint16_t(50000));
    }

    void ipv6TextFollowsRfc5952_data()
    {
        QTest::addColumn<QByteArray>("hex");
        QTest::addColumn<QString>("text");
        QTest::newRow("longest zero run") << QByteArray("20010db8000000000000000000000001") << "2001:db8::1";
        QTest::newRow("first of two equal runs") << QByteArray("20010db8000000010000000000000001") << "2001:db8:0:1::1";
        QTest::newRow("a single zero word stays") << QByteArray("20010db8000000010001000100010001") << "2001:db8:0:1:1:1:1:1";
        QTest::newRow("all zero") << QByteArray("00000000000000000000000000000000") << "::";
        QTest::newRow("loopback") << QByteArray("00000000000000000000000000000001") << "::1";
        QTest::newRow("trailing run") << QByteArray("fe800000000000000000000000000000") << "fe80::";
    }

    void ipv6TextFollowsRfc5952()
    {
        QFETCH(QByteArray, hex);
        QFETCH(QString, text);
        const QByteArray bytes = QByteArray::fromHex(hex);
        QCOMPARE(IpAddress::v6(reinterpret_cast<const uint8_t *>(bytes.constData())).toString(), text);
    }

    void snapLengthCutKeepsTheSegmentWithItsLength()
    {
        const Read r = readFile(QStringLiteral("truncated.pcap"));
        QCOMPARE(r.packets.size(), 1);
        const DecodedPacket &p = r.packets.first();
        QCOMPARE(p.payloadLength, 100u);
        QCOMPARE(p.payloadCaptured, 6u); // 60 captured bytes − 54 of headers
        QCOMPARE(p.segment.payload.size(), 100);
        QCOMPARE(p.segment.payload.left(6), QByteArray("xxxxxx"));
        QCOMPARE(p.segment.payload.mid(6), QByteArray(94, '\0'));
    }

    void goodOptionsAreWalkedToTheMss()
    {
        const Read r = readFile(QStringLiteral("bad_options.pcap"));
        QCOMPARE(r.packets.size(), 1);
        QCOMPARE(r.packets.first().frameNumber, 5);
        QCOMPARE(r.packets.first().segment.mss, uint16_t(1460));
    }

    void summaryNamesEveryKindOfSkip()
    {
        QCOMPARE(readFile(QStringLiteral("ethernet_vlan.pcap")).stats.summary(), QStringLiteral("2 packets were not TCP"));
        QCOMPARE(readFile(QStringLiteral("truncated.pcap")).stats.summary(),
                 QStringLiteral("4 truncated; 1 kept with the payload cut short by the snap length"));
        QCOMPARE(readFile(QStringLiteral("raw_ip.pcap")).stats.summary(),
                 QStringLiteral("1 packet was not TCP; 1 IP fragment"));
        QCOMPARE(readFile(QStringLiteral("bad_options.pcap")).stats.summary(),
                 QStringLiteral("4 with impossible TCP option lengths"));
        CaptureReadStats stats;
        stats.count(PacketVerdict::Tcp);
        QCOMPARE(stats.summary(), QString());
    }

    void unknownLinkTypeIsCountedNotDecoded()
    {
        QByteArray bytes = fileBytes(QStringLiteral("ethernet_vlan.pcap"));
        bytes[20] = char(147); // DLT_USER0
        const Read r = readBytes(bytes);
        QVERIFY(r.ok);
        QCOMPARE(r.stats.unsupportedLinkType, 5);
        QCOMPARE(r.stats.tcp, 0);
        QVERIFY(r.stats.summary().contains(QLatin1String("DLT 147")));
    }

    void notACaptureIsAnError()
    {
        Read r = readBytes("this is not a capture file at all");
        QVERIFY(!r.ok);
        QVERIFY(r.error.startsWith(QLatin1String("not a capture libpcap can read")));
        r = readBytes(QByteArray());
        QVERIFY(!r.ok);
        r = readFile(QStringLiteral("no-such-file.pcap"));
        QVERIFY(!r.ok);
        QVERIFY(r.error.contains(QLatin1String("no-such-file.pcap")));
    }

    void fileEndingInsideARecordKeepsWhatCameBefore()
    {
        const QByteArray whole = fileBytes(QStringLiteral("ethernet_vlan.pcap"));
        const Read r = readBytes(whole.left(whole.size() - 10));
        QVERIFY(r.ok);
        QCOMPARE(r.stats.tcp, 3);
        QVERIFY(!r.stats.stoppedEarly.isEmpty());
        QVERIFY(r.stats.summary().startsWith(QLatin1String("1 packet was not TCP; reading stopped early: ")));
    }

    // Found by the fuzz test under UBSan: a damaged pcapng timestamp overflowed the
    // microsecond count.
    void absurdTimestampIsClampedNotOverflowed()
    {
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        CaptureEncoder encoder(&buffer, CaptureFormat::Pcapng);
        encoder.writeHeader(CaptureFileHeader());
        const QByteArray frame = fileBytes(QStringLiteral("ethernet_vlan.pcap")).mid(24 + 16, 58); // the SYN
        encoder.writeFrame(int64_t(1) << 62, frame);
        const Read r = readBytes(bytes);
        QCOMPARE(r.stats.tcp, 1);
        QCOMPARE(r.packets.first().timestampUs / 1000000, int64_t(1) << 40);
    }

    void conversationsAreListedWithHowTheyEnded()
    {
        ConversationTable table;
        const Read r = readFile(QStringLiteral("ipv6_connections.pcapng"));
        for (const DecodedPacket &p : r.packets)
            table.add(p);
        const QList<Conversation> &c = table.conversations();
        QCOMPARE(c.size(), 2);
        QCOMPARE(c[0].index, 1);
        QCOMPARE(c[0].a.toString(), QStringLiteral("[2001:db8::1]:50010"));
        QCOMPARE(c[0].b.toString(), QStringLiteral("[2001:db8::2]:443"));
        QCOMPARE(c[0].packets, 11);
        QCOMPARE(c[0].packetsAtoB, 6);
        QCOMPARE(c[0].payloadBytes, 11);
        QCOMPARE(c[0].durationUs(), 100030);
        QCOMPARE(c[0].ending(), ConversationEnding::Closed);
        QCOMPARE(c[1].ending(), ConversationEnding::SynOnly);
        QCOMPARE(c[1].packets, 1);
    }

    void endingIsJudgedFromTheControlBits_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("conversation");
        QTest::addColumn<ConversationEnding>("ending");
        QTest::newRow("SYN answered by RST") << "linux_sll2.pcap" << 0 << ConversationEnding::Refused;
        QTest::newRow("handshake, no FIN") << "ethernet_vlan.pcap" << 0 << ConversationEnding::Open;
        QTest::newRow("no handshake in the capture") << "truncated.pcap" << 0 << ConversationEnding::OpenedBefore;
    }

    void endingIsJudgedFromTheControlBits()
    {
        QFETCH(QString, file);
        QFETCH(int, conversation);
        QFETCH(ConversationEnding, ending);
        ConversationTable table;
        for (const DecodedPacket &p : readFile(file).packets)
            table.add(p);
        QCOMPARE(table.conversations().at(conversation).ending(), ending);
    }

    void reusedFourTupleAfterCloseStartsANewConversation()
    {
        DecodedPacket p;
        p.source = {IpAddress::v4(0x0a000001), 40000};
        p.destination = {IpAddress::v4(0x0a000002), 80};
        auto send = [&](ConversationTable &t, bool fromA, TcpFlags flags, uint32_t seq) {
            DecodedPacket q = p;
            if (!fromA)
                std::swap(q.source, q.destination);
            q.segment.flags = flags;
            q.segment.seq = seq;
            return t.add(q);
        };
        ConversationTable table;
        QCOMPARE(send(table, true, TcpFlag::Syn, 1000), 0);
        QCOMPARE(send(table, true, TcpFlag::Syn, 1000), 0); // a retransmitted SYN
        QCOMPARE(send(table, false, TcpFlag::Syn | TcpFlag::Ack, 5000), 0);
        QCOMPARE(send(table, true, TcpFlag::Syn, 7777), 0); // an old duplicate SYN mid-handshake
        QCOMPARE(send(table, true, TcpFlag::Fin | TcpFlag::Ack, 1001), 0);
        QCOMPARE(send(table, false, TcpFlag::Fin | TcpFlag::Ack, 5001), 0);
        QCOMPARE(send(table, true, TcpFlag::Syn, 90000), 1); // a new incarnation
        QCOMPARE(table.conversations().size(), 2);
        QCOMPARE(table.conversations()[1].index, 2);
    }
};

QTEST_GUILESS_MAIN(TestCaptureReader)
#include "tst_capture_reader.moc"
