// tcplab-cli capture and import as a user meets them: files written, connections listed,
// a connection printed as a trace, and the messages for bad input. Runs the real program.
#include "cli_process.h"
#include "capture_test_support.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace tcplab;
using namespace tcplab::testing;

class TestCliCapture : public QObject
{
    Q_OBJECT

private slots:
    void captureWritesAFileImportListsItsConnection()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("run.pcapng"));
        CliResult r = runCli({QStringLiteral("capture"), QStringLiteral("handshake-and-close"), QStringLiteral("--out"), file,
                              QStringLiteral("--point"), QStringLiteral("A")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.isEmpty());
        QVERIFY(QFile::exists(file));

        r = runCli({QStringLiteral("import"), file});
        QCOMPARE(r.exitCode, 0);
        const QStringList rows = lines(r.out);
        QCOMPARE(rows.size(), 3);
        QVERIFY(rows[0].startsWith(QLatin1String("#  A")));
        QVERIFY2(rows[1].contains(QLatin1String("10.0.0.1:40000  10.0.0.2:80")), qPrintable(rows[1]));
        QVERIFY(rows[1].endsWith(QLatin1String("FIN both ways")));
        QVERIFY(rows[2].endsWith(QLatin1String(": 11 frames, 11 TCP segments in 1 connection")));
    }

    void importPrintsAConnectionAsARunTrace()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("run.pcap"));
        QCOMPARE(runCli({QStringLiteral("capture"), QStringLiteral("lost-final-ack"), QStringLiteral("--out"), file}).exitCode, 0);
        const CliResult r = runCli({QStringLiteral("import"), file, QStringLiteral("--connection"), QStringLiteral("1"),
                                    QStringLiteral("--format"), QStringLiteral("jsonl")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.contains(QLatin1String("captured on the path between (from the timing)")), qPrintable(r.err));
        QStringList states;
        int drops = 0;
        for (const QString &line : lines(r.out)) {
            const QJsonObject o = QJsonDocument::fromJson(line.toUtf8()).object();
            QVERIFY(o.contains(QLatin1String("t_us")));
            if (o.value(QLatin1String("event")).toString() == QLatin1String("state"))
                states << o.value(QLatin1String("host")).toString() + QLatin1Char(':') + o.value(QLatin1String("to")).toString();
            if (o.value(QLatin1String("event")).toString() == QLatin1String("drop"))
                ++drops;
        }
        QCOMPARE(drops, 1);
        QCOMPARE(states, (QStringList{"A:SYN-SENT", "B:SYN-RECEIVED", "A:ESTABLISHED", "B:ESTABLISHED", "A:FIN-WAIT-1",
                                      "B:CLOSE-WAIT", "A:FIN-WAIT-2", "B:LAST-ACK", "A:TIME-WAIT", "B:CLOSED"}));

        const CliResult text = runCli({QStringLiteral("import"), file, QStringLiteral("--connection"), QStringLiteral("1")});
        QVERIFY(text.out.contains(QStringLiteral("A→B ✗ dropped (loss) ACK seq=1002 ack=5002")));
    }

    void captureTakesTheFaultOptionsOfRun()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("run.pcapng"));
        QCOMPARE(runCli({QStringLiteral("capture"), QStringLiteral("handshake-and-close"), QStringLiteral("--out"), file,
                         QStringLiteral("--drop"), QStringLiteral("A#1"), QStringLiteral("--set"), QStringLiteral("delay_ms=20")})
                     .exitCode,
                 0);
        const CliResult r = runCli({QStringLiteral("import"), file, QStringLiteral("--connection"), QStringLiteral("1")});
        QVERIFY2(r.err.contains(QLatin1String("one-way delay about 0.020000 s")), qPrintable(r.err));
        QVERIFY(r.out.contains(QLatin1String("SYN seq=1000 win=65535 mss=1460 (retransmission)")));
    }

    void exportWritesTheSameCaptureAsCaptureByTheExtension_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("point");
        QTest::newRow("pcapng on the wire") << "run.pcapng" << "wire";
        QTest::newRow("pcap at B") << "run.pcap" << "B";
        QTest::newRow("upper-case PCAPNG at A") << "RUN.PCAPNG" << "A";
    }

    void exportWritesTheSameCaptureAsCaptureByTheExtension()
    {
        QFETCH(QString, name);
        QFETCH(QString, point);
        QTemporaryDir dir;
        const QString exported = dir.filePath(name);
        const QString captured = dir.filePath(QStringLiteral("captured-") + name);
        const QStringList story = {QStringLiteral("lost-final-ack"), QStringLiteral("--point"), point,
                                   QStringLiteral("--delay"), QStringLiteral("A#1:20ms")};
        const CliResult r = runCli(QStringList{QStringLiteral("export")} + story + QStringList{QStringLiteral("--out"), exported});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, exported + QLatin1Char('\n'));
        QCOMPARE(runCli(QStringList{QStringLiteral("capture")} + story + QStringList{QStringLiteral("--out"), captured}).exitCode, 0);
        QFile a(exported), b(captured);
        QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
        const QByteArray bytes = a.readAll();
        QVERIFY(bytes.size() > 100);
        QCOMPARE(bytes, b.readAll());
        // The extension chose the format: pcapng starts with a section header block.
        const bool pcapng = name.endsWith(QLatin1String("ng"), Qt::CaseInsensitive);
        QCOMPARE(bytes.startsWith(QByteArray::fromHex("0a0d0d0a")), pcapng);
    }

    void badInputIsRefusedWithAMessage_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        const QString data = QStringLiteral(TCPLAB_TEST_DATA);
        QTest::newRow("capture without --out") << QStringList{"capture", "handshake-and-close"} << 2 << "missing --out FILE";
        QTest::newRow("capture at no such host")
            << QStringList{"capture", "handshake-and-close", "--out", "x.pcap", "--point", "C"} << 2
            << "--point 'C': expected wire or a host (A, B)";
        QTest::newRow("capture into a missing folder")
            << QStringList{"capture", "handshake-and-close", "--out", "/nonexistent/x.pcap"} << 1 << "/nonexistent/x.pcap";
        QTest::newRow("export of a capture at no such host")
            << QStringList{"export", "handshake-and-close", "--out", "x.pcapng", "--point", "C"} << 2
            << "--point 'C': expected wire or a host (A, B)";
        QTest::newRow("export of a capture with an image option")
            << QStringList{"export", "handshake-and-close", "--out", "x.pcap", "--scale", "2"} << 2
            << "--scale is for images";
        QTest::newRow("export of an image with a capture point")
            << QStringList{"export", "handshake-and-close", "--out", "x.png", "--point", "A"} << 2
            << "--point is for captures";
        QTest::newRow("export of a capture into a missing folder")
            << QStringList{"export", "handshake-and-close", "--out", "/nonexistent/x.pcapng"} << 2
            << "the folder '/nonexistent' does not exist";
        QTest::newRow("import of a non-capture") << QStringList{"import", data + "/cli/handshake.json"} << 2
                                                 << "not a capture libpcap can read";
        QTest::newRow("import of a missing connection")
            << QStringList{"import", data + "/captures/raw_ip.pcap", "--connection", "9"} << 2 << "no connection 9; the capture has 2";
        QTest::newRow("import with a bad point")
            << QStringList{"import", data + "/captures/raw_ip.pcap", "--connection", "1", "--point", "middle"} << 2
            << "--point 'middle': expected A, B or wire";
    }

    void badInputIsRefusedWithAMessage()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        QTemporaryDir dir;
        QDir::setCurrent(dir.path());
        const CliResult r = runCli(args);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
    }

    void importSaysWhatItSkipped()
    {
        const CliResult r = runCli({QStringLiteral("import"), QStringLiteral(TCPLAB_TEST_DATA "/captures/truncated.pcap")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QLatin1String("5 frames, 1 TCP segment in 1 connection; 4 truncated; "
                                              "1 kept with the payload cut short by the snap length")),
                 qPrintable(r.out));
    }
};

QTEST_GUILESS_MAIN(TestCliCapture)
#include "tst_cli_capture.moc"
