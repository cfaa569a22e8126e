// Sequence-number arithmetic modulo 2^32 (RFC 9293 §3.4): every comparison must keep
// working when the numbers wrap past 0xFFFFFFFF, or a connection whose ISN happens to be
// near the top of the space would break after a few bytes.
#include "tcp/sequence_number.h"

#include <QTest>

using namespace tcplab;

class TestSequenceNumber : public QObject
{
    Q_OBJECT

private slots:
    void comparisons_data();
    void comparisons();
    void comparisonsAreConstantExpressions();
    void inRange_data();
    void inRange();
    void diff_data();
    void diff();
    void orderIsConsistentAcrossTheWrap();
};

void TestSequenceNumber::comparisons_data()
{
    QTest::addColumn<uint>("a");
    QTest::addColumn<uint>("b");
    QTest::addColumn<bool>("less");
    QTest::addColumn<bool>("equal");

    QTest::newRow("small numbers") << 1000u << 2000u << true << false;
    QTest::newRow("small numbers reversed") << 2000u << 1000u << false << false;
    QTest::newRow("equal") << 5000u << 5000u << false << true;
    QTest::newRow("equal at zero") << 0u << 0u << false << true;
    QTest::newRow("equal at top") << 0xFFFFFFFFu << 0xFFFFFFFFu << false << true;
    // Across the wrap: 0xFFFFFFF0 comes *before* 0x10.
    QTest::newRow("top before wrapped") << 0xFFFFFFF0u << 0x10u << true << false;
    QTest::newRow("wrapped after top") << 0x10u << 0xFFFFFFF0u << false << false;
    QTest::newRow("max before zero") << 0xFFFFFFFFu << 0u << true << false;
    QTest::newRow("zero after max") << 0u << 0xFFFFFFFFu << false << false;
    QTest::newRow("one window across wrap") << 0xFFFF8000u << 0x00007FFFu << true << false;
    // Half the space minus one ahead is still "greater".
    QTest::newRow("distance 2^31-1") << 0u << 0x7FFFFFFFu << true << false;
    QTest::newRow("distance 2^31-1 from top") << 0xFFFFFFFFu << 0x7FFFFFFEu << true << false;
    // Exactly half the space apart the order is undefined (RFC 1982 §3.2); the signed
    // distance is -2^31 both ways, so each number claims to be the smaller one, as with
    // the kernels' before(). Pinned so that a change of definition is noticed.
    QTest::newRow("distance 2^31 forward") << 0u << 0x80000000u << true << false;
    QTest::newRow("distance 2^31 backward") << 0x80000000u << 0u << true << false;
    QTest::newRow("2^31 + 1 ahead counts as behind") << 0u << 0x80000001u << false << false;
    QTest::newRow("mid-space neighbours") << 0x7FFFFFFFu << 0x80000000u << true << false;
}

void TestSequenceNumber::comparisons()
{
    QFETCH(uint, a);
    QFETCH(uint, b);
    QFETCH(bool, less);
    QFETCH(bool, equal);

    QCOMPARE(seqLess(a, b), less);
    QCOMPARE(seqLessEqual(a, b), less || equal);
    QCOMPARE(seqGreater(b, a), less);
    QCOMPARE(seqGreaterEqual(b, a), less || equal);
    if (equal) {
        QVERIFY(!seqLess(b, a));
        QVERIFY(!seqGreater(a, b));
    }
}

void TestSequenceNumber::comparisonsAreConstantExpressions()
{
    static_assert(seqLess(0xFFFFFFFFu, 0u));
    static_assert(seqGreater(5u, 0xFFFFFFFBu));
    static_assert(seqInRange(0xFFFFFFFEu, 1u, 3u));
    static_assert(seqDiff(2u, 0xFFFFFFFEu) == 4);
    QVERIFY(true);
}

void TestSequenceNumber::inRange_data()
{
    QTest::addColumn<uint>("low");
    QTest::addColumn<uint>("x");
    QTest::addColumn<uint>("high");
    QTest::addColumn<bool>("inside");

    QTest::newRow("inside") << 100u << 150u << 200u << true;
    QTest::newRow("low edge is inside") << 100u << 100u << 200u << true;
    QTest::newRow("high edge is outside") << 100u << 200u << 200u << false;
    QTest::newRow("below") << 100u << 99u << 200u << false;
    QTest::newRow("above") << 100u << 201u << 200u << false;
    QTest::newRow("empty range") << 100u << 100u << 100u << false;
    // A receive window of 65535 that straddles 2^32.
    QTest::newRow("window across wrap, before wrap") << 0xFFFFF000u << 0xFFFFFFFFu << 0x0000EFFFu << true;
    QTest::newRow("window across wrap, after wrap") << 0xFFFFF000u << 0x00000000u << 0x0000EFFFu << true;
    QTest::newRow("window across wrap, near end") << 0xFFFFF000u << 0x0000EFFEu << 0x0000EFFFu << true;
    QTest::newRow("window across wrap, at end") << 0xFFFFF000u << 0x0000EFFFu << 0x0000EFFFu << false;
    QTest::newRow("window across wrap, old segment") << 0xFFFFF000u << 0xFFFFEFFFu << 0x0000EFFFu << false;
    QTest::newRow("window across wrap, far future") << 0xFFFFF000u << 0x00100000u << 0x0000EFFFu << false;
}

void TestSequenceNumber::inRange()
{
    QFETCH(uint, low);
    QFETCH(uint, x);
    QFETCH(uint, high);
    QFETCH(bool, inside);
    QCOMPARE(seqInRange(low, x, high), inside);
}

void TestSequenceNumber::diff_data()
{
    QTest::addColumn<uint>("a");
    QTest::addColumn<uint>("b");
    QTest::addColumn<int>("distance");

    QTest::newRow("positive") << 1100u << 1000u << 100;
    QTest::newRow("negative") << 1000u << 1100u << -100;
    QTest::newRow("zero") << 7u << 7u << 0;
    QTest::newRow("across wrap forward") << 0x00000050u << 0xFFFFFFF0u << 0x60;
    QTest::newRow("across wrap backward") << 0xFFFFFFF0u << 0x00000050u << -0x60;
    QTest::newRow("ack of SYN at top") << 0u << 0xFFFFFFFFu << 1;
}

void TestSequenceNumber::diff()
{
    QFETCH(uint, a);
    QFETCH(uint, b);
    QFETCH(int, distance);
    QCOMPARE(seqDiff(a, b), distance);
    // b + diff(a, b) == a, modulo 2^32.
    QCOMPARE(static_cast<uint32_t>(b + static_cast<uint32_t>(seqDiff(a, b))), a);
}

void TestSequenceNumber::orderIsConsistentAcrossTheWrap()
{
    // Walk a sequence of numbers climbing through 2^32 in steps; each must be greater than
    // its predecessor and the order must be transitive within a window.
    const uint32_t start = 0xFFFFFF00u;
    uint32_t previous = start;
    for (int i = 1; i <= 64; ++i) {
        const uint32_t x = start + static_cast<uint32_t>(i) * 8u;
        QVERIFY2(seqLess(previous, x), qPrintable(QString::number(x, 16)));
        QVERIFY(seqLess(start, x));
        QVERIFY(!seqLess(x, start));
        QCOMPARE(seqDiff(x, start), i * 8);
        previous = x;
    }
}

QTEST_APPLESS_MAIN(TestSequenceNumber)
#include "tst_sequence_number.moc"
