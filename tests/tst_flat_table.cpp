// FlatTable, the simulator's grow-only hash table (segment identities, last-sent segments):
// every key keeps its own value through growth and rehashing, and absent keys (and keys
// whose value was left zero) are absent, even when every key hashes alike; keys added as
// known-absent (written in batches) are found like any other.
#include "sim/flat_table.h"
#include "sim/zeroed_memory.h"

#include <QHash>
#include <QTest>

#include <cstring>

using namespace tcplab;

namespace {

struct PairKey {
    uint32_t a;
    uint32_t b;
    friend bool operator==(const PairKey &, const PairKey &) = default;
};

struct PairKeyHash {
    uint64_t operator()(const PairKey &k) const { return (uint64_t(k.a) << 32) | k.b; }
};

PairKey key(uint32_t a, uint32_t b)
{
    return {a, b};
}

struct NonZero {
    bool operator()(int v) const { return v != 0; }
};

// Every key hashes alike: all of them collide, so only probing can tell them apart.
struct ConstantHash {
    uint64_t operator()(const PairKey &) const { return 42; }
};

} // namespace

class TestFlatTable : public QObject
{
    Q_OBJECT
private slots:
    void aNewKeyStartsAtZeroAndKeepsWhatIsWritten()
    {
        FlatTable<PairKey, int, PairKeyHash, NonZero> t;
        QVERIFY(!t.find(key(1, 2)));
        int &value = t[key(1, 2)];
        QCOMPARE(value, 0);
        value = 7;
        QCOMPARE(*t.find(key(1, 2)), 7);
        QVERIFY(!t.find(key(2, 1)));
        QCOMPARE(t.size(), qsizetype(1));
    }

    void valuesSurviveGrowthLikeQHash()
    {
        // The same operations on QHash and on FlatTable, through many rehashes.
        FlatTable<PairKey, int, PairKeyHash, NonZero> t;
        QHash<quint64, int> reference;
        for (uint32_t i = 0; i < 50000; ++i) {
            const PairKey k{i * 88u, (i * 7u) % 13u};
            ++t[k];
            ++reference[(quint64(k.a) << 32) | k.b];
            if (i % 3 == 0) {
                ++t[{0, 1}]; // one key counted again and again, as a flood's SYN,ACK
                ++reference[1];
            }
        }
        QCOMPARE(t.size(), qsizetype(reference.size()));
        for (auto it = reference.cbegin(); it != reference.cend(); ++it) {
            const int *v = t.find({uint32_t(it.key() >> 32), uint32_t(it.key())});
            QVERIFY(v);
            QCOMPARE(*v, it.value());
        }
        QVERIFY(!t.find(key(1, 0)));
    }

    void reservingKeepsEntriesAndRoomForTheRun()
    {
        FlatTable<PairKey, int, PairKeyHash, NonZero> t;
        t[{3, 4}] = 5;
        t.reserve(100000);
        const qsizetype capacity = t.capacity();
        QVERIFY(capacity >= 100000);
        QCOMPARE(*t.find(key(3, 4)), 5);
        for (uint32_t i = 0; i < 99999; ++i)
            t[{i, 0xFFFFFFFFu}] = int(i) + 1;
        QCOMPARE(t.capacity(), capacity); // no rehash within what was reserved
        QCOMPARE(*t.find(key(12345, 0xFFFFFFFFu)), 12346);
    }

    void aKeyLeftAtZeroIsNoEntry()
    {
        FlatTable<PairKey, int, PairKeyHash, NonZero> t;
        t[key(5, 6)] = 1;
        t[key(7, 8)]; // added, but given no value
        QVERIFY(!t.find(key(7, 8)));
        QCOMPARE(*t.find(key(5, 6)), 1);
        t[key(7, 8)] = 2;
        QCOMPARE(*t.find(key(7, 8)), 2);
    }

    void keysThatAllCollideAreStillToldApart()
    {
        FlatTable<PairKey, int, ConstantHash, NonZero> t;
        for (uint32_t i = 0; i < 300; ++i)
            t[{i, i}] = int(i) + 1;
        for (uint32_t i = 0; i < 300; ++i)
            QCOMPARE(*t.find(key(i, i)), int(i) + 1);
        QVERIFY(!t.find(key(300, 300)));
    }

    void keysAddedAsAbsentAreFoundBeforeAndAfterTheirBatchIsWritten()
    {
        // insertAbsent() defers writing the slots; the keys are there all the same, their
        // values can be changed, and the table matches one filled key by key.
        FlatTable<PairKey, int, PairKeyHash, NonZero> t;
        QHash<quint64, int> reference;
        for (uint32_t i = 0; i < 5000; ++i) {
            const PairKey k{i * 88u, 1};
            t.insertAbsent(k, 1);
            reference[(quint64(k.a) << 32) | k.b] = 1;
            QCOMPARE(t.size(), qsizetype(reference.size()));
            QCOMPARE(*t.find(k), 1); // at once, whether its batch is written or not
            if (i % 7 == 0) {
                ++t[k]; // sent again while (perhaps) still waiting
                ++reference[(quint64(k.a) << 32) | k.b];
            }
            if (i % 5 == 0) {
                ++t[{0, 2}]; // a key added the ordinary way in between
                ++reference[2];
            }
        }
        QCOMPARE(t.size(), qsizetype(reference.size()));
        for (auto it = reference.cbegin(); it != reference.cend(); ++it) {
            const int *v = t.find({uint32_t(it.key() >> 32), uint32_t(it.key())});
            QVERIFY(v);
            QCOMPARE(*v, it.value());
        }
        QVERIFY(!t.find(key(88, 2)));
    }

    void zeroedMemoryStartsZeroSmallOrMapped()
    {
        for (std::size_t bytes : {std::size_t(100), std::size_t(5) << 20}) {
            ZeroedMemory m(bytes);
            QVERIFY(m.data());
            QCOMPARE(m.size(), bytes);
            const auto *p = static_cast<const unsigned char *>(m.data());
            QCOMPARE(int(p[0]), 0);
            QCOMPARE(int(p[bytes / 2]), 0);
            QCOMPARE(int(p[bytes - 1]), 0);
            std::memset(m.data(), 0xAB, bytes); // all of it is writable
            ZeroedMemory moved = std::move(m);
            QVERIFY(!m.data()); // NOLINT(bugprone-use-after-move): what moving leaves
            QCOMPARE(int(static_cast<const unsigned char *>(moved.data())[bytes - 1]), 0xAB);
        }
    }
};

QTEST_GUILESS_MAIN(TestFlatTable)
#include "tst_flat_table.moc"
