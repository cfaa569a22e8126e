// The listener's SYN cookies (RFC 4987 §3.6): the final ACK proves a cookie made in its own
// 64-second period or the one before, so a handshake that straddles a period boundary
// still completes, and an old cookie is refused.
#include "tcp/listener.h"

#include <QTest>

using namespace tcplab;

namespace {

Segment clientSyn()
{
    Segment syn;
    syn.source = {0x0a000001, 40000};
    syn.destination = {0x0a000002, 80};
    syn.seq = 1000;
    syn.flags = TcpFlag::Syn;
    syn.mss = 1460;
    return syn;
}

// The client's answer to the cookie SYN,ACK: <SEQ=ISN+1><ACK=cookie+1><CTL=ACK>.
Segment finalAck(const Segment &synAck)
{
    Segment ack;
    ack.source = synAck.destination;
    ack.destination = synAck.source;
    ack.seq = synAck.ack;
    ack.ack = synAck.seq + 1;
    ack.flags = TcpFlag::Ack;
    return ack;
}

} // namespace

class TestListener : public QObject
{
    Q_OBJECT
private slots:
    void cookieIsAcceptedInItsPeriodAndTheNext_data()
    {
        QTest::addColumn<double>("sentAtS");
        QTest::addColumn<double>("answeredAtS");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("same period") << 10.0 << 10.2 << true;
        QTest::newRow("across the 64 s boundary") << 63.9 << 64.1 << true;
        QTest::newRow("one whole period later") << 10.0 << 100.0 << true;
        QTest::newRow("two periods later: expired") << 10.0 << 130.0 << false;
    }
    void cookieIsAcceptedInItsPeriodAndTheNext()
    {
        QFETCH(double, sentAtS);
        QFETCH(double, answeredAtS);
        QFETCH(bool, accepted);
        const Listener listener(1, Listener::SynCookies::On, 42);
        const SimTime sent = SimTime(sentAtS * 1e6), answered = SimTime(answeredAtS * 1e6);
        const Segment synAck = listener.cookieSynAck(clientSyn(), sent, 65535, 1460);
        const std::optional<uint16_t> mss = listener.checkCookie(finalAck(synAck), answered);
        QCOMPARE(mss.has_value(), accepted);
        if (accepted)
            QCOMPARE(*mss, uint16_t(1460)); // the MSS the SYN announced, from the cookie's low bits
    }

    void forgedAckIsNoCookie()
    {
        const Listener listener(1, Listener::SynCookies::On, 42);
        Segment ack = finalAck(listener.cookieSynAck(clientSyn(), 0, 65535, 1460));
        ack.ack += 8; // another cookie value, same MSS bits
        QVERIFY(!listener.checkCookie(ack, 0).has_value());
    }
};

QTEST_GUILESS_MAIN(TestListener)
#include "tst_listener.moc"
