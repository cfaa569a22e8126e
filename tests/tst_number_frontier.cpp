// NumberFrontier, which lets the simulator skip searching its tables for segments that are
// certainly new: "new" must never be said of a pair its stream has shown before, wherever
// the numbers start and however they wrap, and a stream's growing numbers are new.
#include "sim/number_frontier.h"

#include <QRandomGenerator>
#include <QSet>
#include <QTest>

using namespace tcplab;

class TestNumberFrontier : public QObject
{
    Q_OBJECT
private slots:
    void growingNumbersAreNewRepeatsAreNot()
    {
        NumberFrontier f;
        const uint32_t isn = 0xFFFFFF00u; // wraps past zero after 256 bytes
        for (uint32_t i = 0; i < 1000; ++i)
            QVERIFY(f.noteIsNew(0, isn + i * 88u, 1));
        QVERIFY(!f.noteIsNew(0, isn + 500 * 88u, 1)); // a retransmission
        QVERIFY(!f.noteIsNew(0, isn, 1));
        QVERIFY(f.noteIsNew(0, isn + 500 * 88u, 2)); // a higher acknowledgment number: new
        QVERIFY(f.noteIsNew(1, isn, 1));             // another stream starts afresh
        QVERIFY(!f.noteIsNew(1, isn, 1));
    }

    void neverCallsASeenPairNew()
    {
        // Random pairs in a few streams, compared with a set of everything seen: each time
        // the frontier says "new", the set agrees.
        QRandomGenerator rng(12);
        NumberFrontier f;
        QSet<quint64> seen[3];
        for (int i = 0; i < 20000; ++i) {
            const int stream = int(rng.bounded(3));
            // Mostly a few close numbers, so pairs repeat; sometimes anywhere.
            const uint32_t a = rng.bounded(4) == 0 ? rng.generate() : 0xFFFFFFF0u + rng.bounded(40);
            const uint32_t b = rng.bounded(30);
            const quint64 pair = (quint64(a) << 32) | b;
            const bool wasSeen = seen[stream].contains(pair);
            seen[stream].insert(pair);
            if (f.noteIsNew(stream, a, b))
                QVERIFY2(!wasSeen, qPrintable(QString::number(i)));
        }
    }
};

QTEST_GUILESS_MAIN(TestNumberFrontier)
#include "tst_number_frontier.moc"
