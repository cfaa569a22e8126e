// SegmentIdentifier numbers each direction of a connection from that direction's own ISN,
// though both directions share one entry of its table (one per connection keeps a long
// flood's table half as large).
#include "sim/segment_identifier.h"

#include <QTest>

using namespace tcplab;

namespace {

const SocketAddress a{0x0a000001, 40000};
const SocketAddress b{0x0a000002, 80};

Segment segment(SocketAddress from, SocketAddress to, TcpFlags flags, uint32_t seq, uint32_t ack = 0)
{
    Segment s;
    s.source = from;
    s.destination = to;
    s.flags = flags;
    s.seq = seq;
    s.ack = ack;
    return s;
}

} // namespace

class TstSegmentIdentifier : public QObject
{
    Q_OBJECT

private slots:
    void eachDirectionCountsFromItsOwnIsn()
    {
        SegmentIdentifier ids;
        ids.identify(QStringLiteral("A"), segment(a, b, TcpFlag::Syn, 1000));
        const SegmentIdentity synAck = ids.identify(QStringLiteral("B"), segment(b, a, TcpFlag::Syn | TcpFlag::Ack, 5000, 1001));
        QCOMPARE(synAck.seq, 0u);
        QCOMPARE(synAck.ack, 1u);
        const SegmentIdentity ack = ids.identify(QStringLiteral("A"), segment(a, b, TcpFlag::Ack, 1001, 5001));
        QCOMPARE(ack.seq, 1u);
        QCOMPARE(ack.ack, 1u);
        const SegmentIdentity reply = ids.identify(QStringLiteral("B"), segment(b, a, TcpFlag::Ack, 5001, 1101));
        QCOMPARE(reply.seq, 1u);
        QCOMPARE(reply.ack, 101u);
    }

    void aDirectionWithoutSynKeepsAbsoluteNumbers()
    {
        SegmentIdentifier ids;
        ids.identify(QStringLiteral("A"), segment(a, b, TcpFlag::Syn, 1000));
        // B never sent a SYN on this connection: its seq has no ISN to count from, while
        // its ack counts from A's.
        const SegmentIdentity rst = ids.identify(QStringLiteral("B"), segment(b, a, TcpFlag::Rst | TcpFlag::Ack, 0, 1001));
        QCOMPARE(rst.seq, 0u);
        QCOMPARE(rst.ack, 1u);
        const SegmentIdentity stray = ids.identify(QStringLiteral("B"), segment(b, a, TcpFlag::Ack, 7777, 1001));
        QCOMPARE(stray.seq, 7777u);
    }

    void aNewSynRenumbersOnlyItsOwnDirection()
    {
        SegmentIdentifier ids;
        ids.identify(QStringLiteral("A"), segment(a, b, TcpFlag::Syn, 1000));
        ids.identify(QStringLiteral("B"), segment(b, a, TcpFlag::Syn | TcpFlag::Ack, 5000, 1001));
        ids.identify(QStringLiteral("A"), segment(a, b, TcpFlag::Syn, 9000)); // a new incarnation
        const SegmentIdentity fromB = ids.identify(QStringLiteral("B"), segment(b, a, TcpFlag::Ack, 5001, 9001));
        QCOMPARE(fromB.seq, 1u);
        QCOMPARE(fromB.ack, 1u);
    }

    void aSegmentToItsOwnAddressAndPortUsesOneIsnBothWays()
    {
        SegmentIdentifier ids;
        ids.identify(QStringLiteral("A"), segment(a, a, TcpFlag::Syn, 1000));
        const SegmentIdentity selfAck = ids.identify(QStringLiteral("A"), segment(a, a, TcpFlag::Ack, 1001, 1001));
        QCOMPARE(selfAck.seq, 1u);
        QCOMPARE(selfAck.ack, 1u);
    }

    void theSameNumbersAgainAreTheNextTransmission()
    {
        SegmentIdentifier ids;
        ids.identify(QStringLiteral("A"), segment(a, b, TcpFlag::Syn, 1000));
        QCOMPARE(ids.identify(QStringLiteral("A"), segment(a, b, TcpFlag::Syn, 1000)).transmission, 2);
        QCOMPARE(ids.identify(QStringLiteral("B"), segment(b, a, TcpFlag::Syn | TcpFlag::Ack, 5000, 1001)).transmission, 1);
    }
};

QTEST_GUILESS_MAIN(TstSegmentIdentifier)
#include "tst_segment_identifier.moc"
