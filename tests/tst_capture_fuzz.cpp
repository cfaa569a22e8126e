// A bounded mutation fuzz test of the capture reader, the decoder, the conversation table
// and the observer: sample captures with bytes flipped, cut, repeated or dropped by a
// seeded generator, read without a crash, a hang or counts that do not add up. Under
// the sanitizer build (CI) every out-of-bounds read fails the test.
#include "capture/capture_file_info.h"
#include "capture/capture_reader.h"
#include "capture/connection_observer.h"
#include "capture/conversation_table.h"
#include "capture/packet_decoder.h"
#include "capture_test_support.h"

#include <QDir>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QtTest>

using namespace tcplab;
using namespace tcplab::testing;

namespace {

constexpr int iterations = 10000;
constexpr qint64 timeBudgetMs = 45000; // stop early on a slow machine, never hang CI

QList<QByteArray> samples()
{
    QList<QByteArray> out;
    const QDir dir(QStringLiteral(TCPLAB_TEST_DATA "/captures"));
    for (const QString &name : dir.entryList({QStringLiteral("*.pcap"), QStringLiteral("*.pcapng")}, QDir::Files)) {
        QFile f(dir.filePath(name));
        if (f.open(QIODevice::ReadOnly))
            out << f.readAll();
    }
    const Run lost = runScenario(QStringLiteral("lost-final-ack"));
    const Run data = runScenario(QStringLiteral("data-transfer"), {QStringLiteral("dup:A#3:20ms")});
    out << captureBytes(lost, QStringLiteral("wire"), CaptureFormat::Pcapng)
        << captureBytes(lost, QStringLiteral("B"), CaptureFormat::Pcap)
        << captureBytes(data, QStringLiteral("A"), CaptureFormat::Pcapng);
    return out;
}

QByteArray mutate(QByteArray bytes, QRandomGenerator &rng)
{
    const int edits = 1 + int(rng.bounded(8));
    for (int e = 0; e < edits && !bytes.isEmpty(); ++e) {
        const auto at = qsizetype(rng.bounded(quint32(bytes.size())));
        switch (rng.bounded(6)) {
        case 0: // flip a byte
        case 1:
            bytes[at] = char(rng.bounded(256));
            break;
        case 2: // an interesting value where lengths live
            bytes[at] = char(QList<int>{0, 1, 0x7f, 0x80, 0xff, 0x40, 0x05}[int(rng.bounded(7))]);
            break;
        case 3: // cut the file short
            bytes.truncate(at);
            break;
        case 4: // repeat a chunk
            bytes.insert(at, bytes.mid(at, qsizetype(rng.bounded(64))));
            break;
        default: // drop a chunk
            bytes.remove(at, qsizetype(rng.bounded(32)));
            break;
        }
    }
    return bytes;
}

} // namespace

class TestCaptureFuzz : public QObject
{
    Q_OBJECT

private slots:
    void mutatedCapturesAreReadSafely()
    {
        const QList<QByteArray> seeds = samples();
        QVERIFY(seeds.size() >= 10);
        QRandomGenerator rng(20240601); // fixed: a failure is reproducible
        QElapsedTimer clock;
        clock.start();
        int done = 0, opened = 0;
        int64_t packets = 0;
        for (; done < iterations && clock.elapsed() < timeBudgetMs; ++done) {
            const QByteArray bytes = mutate(seeds[int(rng.bounded(quint32(seeds.size())))], rng);
            CaptureFileInfo::parse(bytes); // reads lengths from the file too
            ConversationTable table;
            QList<DecodedPacket> first;
            CaptureReadStats stats;
            QString error;
            const bool ok = CaptureReader::readBytes(
                bytes,
                [&](const DecodedPacket &p) {
                    QVERIFY(p.payloadCaptured <= p.payloadLength);
                    if (table.add(p) == 0 && first.size() < 400) {
                        DecodedPacket copy = p;
                        copy.segment.payload = p.payloadBytes();
                        copy.payloadData = nullptr;
                        first << copy;
                    }
                },
                &stats, &error);
            if (!ok) {
                QVERIFY(!error.isEmpty());
                continue;
            }
            ++opened;
            packets += stats.tcp;
            // The counts add up: every frame is a segment or one kind of skip.
            QCOMPARE(stats.frames, stats.tcp + stats.notTcp + stats.truncated + stats.fragments + stats.badTcpOptions
                                       + stats.unsupportedLinkType);
            int64_t listed = 0;
            for (const Conversation &c : table.conversations()) {
                QVERIFY(c.packetsAtoB <= c.packets);
                QVERIFY(c.lastUs >= c.firstUs || c.packets > 1);
                listed += c.packets;
            }
            QCOMPARE(listed, stats.tcp);
            if (!table.conversations().isEmpty()) {
                const ObservedConnection o = ConnectionObserver().observe(table.conversations().first(), first);
                QCOMPARE(o.trace.segments.size(), first.size());
                QCOMPARE(o.observations.size(), first.size());
                for (const SegmentRecord &rec : o.trace.segments)
                    QVERIFY(rec.endsAt() >= rec.sentAt || rec.kind == SegmentKind::Duplicate);
            }
        }
        qInfo("%d mutated captures, %d opened, %lld TCP segments, %lld ms", done, opened,
              static_cast<long long>(packets), static_cast<long long>(clock.elapsed()));
        QVERIFY(done >= 200); // even a slow sanitizer build gets this far
        QVERIFY(opened > done / 4);
    }

    void randomFramesOnEveryLinkTypeDecodeSafely()
    {
        QRandomGenerator rng(7);
        const int linkTypes[] = {PacketDecoder::dltNull,     PacketDecoder::dltEthernet, PacketDecoder::dltRaw,
                                 PacketDecoder::linktypeRaw, PacketDecoder::dltLoop,     PacketDecoder::dltLinuxSll,
                                 PacketDecoder::dltIpv4,     PacketDecoder::dltIpv6,     PacketDecoder::dltLinuxSll2};
        QByteArray frame;
        DecodedPacket p;
        for (int i = 0; i < 20000; ++i) {
            frame.resize(qsizetype(rng.bounded(120)));
            for (char &c : frame)
                c = char(rng.bounded(256));
            // Often a plausible start, so the walk gets past the first checks.
            if (frame.size() > 20 && rng.bounded(2))
                frame[rng.bounded(2) ? 0 : 14] = char(rng.bounded(2) ? 0x45 : 0x60);
            // Heap copy of exactly the captured length: the sanitizer sees any overread.
            const QByteArray exact(frame.constData(), frame.size());
            const auto wire = uint32_t(exact.size() + rng.bounded(3) * rng.bounded(1500));
            const PacketVerdict v = PacketDecoder::decode(linkTypes[i % 9], reinterpret_cast<const uint8_t *>(exact.constData()),
                                                          uint32_t(exact.size()), wire, &p);
            if (v == PacketVerdict::Tcp) {
                QVERIFY(p.payloadCaptured <= p.payloadLength);
                QVERIFY(p.payloadData + p.payloadCaptured <= reinterpret_cast<const uint8_t *>(exact.constData()) + exact.size());
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestCaptureFuzz)
#include "tst_capture_fuzz.moc"
