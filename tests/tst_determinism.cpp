// The simulation is deterministic (DESIGN.md): the same scenario, settings and fault plan
// give the same trace byte for byte — within one process, and across processes (where
// Qt's hash seeds and the heap layout differ), for every built-in scenario, also when
// random loss and jitter are switched on.
#include "scenario/scenario_library.h"
#include "sim/simulator.h"
#include "trace/trace_format.h"

#include <QProcess>
#include <QtTest>

using namespace tcplab;

namespace {

struct Variant {
    const char *name;
    QStringList settings; // network settings, "key=value"
    bool dropFirstSegment = false;
};

QList<Variant> variants()
{
    return {
        {"as-shipped", {}, false},
        {"loss+jitter", {QStringLiteral("loss=0.2"), QStringLiteral("jitter_ms=20")}, false},
        {"loss+jitter+other-seed",
         {QStringLiteral("loss=0.2"), QStringLiteral("jitter_ms=20"), QStringLiteral("seed=987654321")},
         false},
        {"fault", {}, true},
    };
}

Scenario prepared(const QString &id, const Variant &v)
{
    Scenario s = ScenarioLibrary::load(id).scenario;
    for (const QString &kv : v.settings) {
        const QString key = kv.section(QLatin1Char('='), 0, 0);
        const QString value = kv.section(QLatin1Char('='), 1);
        QString error;
        if (!s.network.set(key, value, &error))
            qFatal("bad test setting %s: %s", qPrintable(kv), qPrintable(error));
    }
    if (v.dropFirstSegment && !s.hosts.isEmpty()) {
        FaultRule r;
        r.kind = FaultKind::Drop;
        r.host = s.hosts.first().name;
        r.ordinal = 1;
        s.faults.append(r);
    }
    return s;
}

QByteArray jsonl(const Scenario &s)
{
    return traceToJsonLines(Simulator::run(s), s);
}

QByteArray runCli(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(TCPLAB_CLI_PATH), args);
    if (!p.waitForFinished(120000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        qWarning("tcplab-cli %s failed: %s", qPrintable(args.join(QLatin1Char(' '))),
                 p.readAllStandardError().constData());
        return QByteArray();
    }
    return p.readAllStandardOutput();
}

} // namespace

class TestDeterminism : public QObject
{
    Q_OBJECT

private slots:
    void sameScenarioGivesTheSameTraceTwice_data();
    void sameScenarioGivesTheSameTraceTwice();
    void separateProcessesGiveTheSameTrace_data();
    void separateProcessesGiveTheSameTrace();
    void randomLossChangesSomeTrace();
    void theSeedChoosesTheRandomness();
};

void TestDeterminism::sameScenarioGivesTheSameTraceTwice_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<int>("variant");
    const QStringList ids = ScenarioLibrary::ids();
    QVERIFY(!ids.isEmpty());
    for (const QString &id : ids) {
        for (int v = 0; v < variants().size(); ++v)
            QTest::addRow("%s/%s", qPrintable(id), variants()[v].name) << id << v;
    }
}

void TestDeterminism::sameScenarioGivesTheSameTraceTwice()
{
    QFETCH(QString, id);
    QFETCH(int, variant);
    const Variant v = variants()[variant];
    const QByteArray first = jsonl(prepared(id, v));
    // A fresh copy of the scenario, so nothing can be carried over through shared data.
    const QByteArray second = jsonl(prepared(id, v));
    QVERIFY(!first.isEmpty());
    QCOMPARE(second, first);
}

void TestDeterminism::separateProcessesGiveTheSameTrace_data()
{
    QTest::addColumn<QString>("id");
    for (const QString &id : ScenarioLibrary::ids())
        QTest::newRow(qPrintable(id)) << id;
}

void TestDeterminism::separateProcessesGiveTheSameTrace()
{
    QFETCH(QString, id);
    const QStringList args = {QStringLiteral("run"), id, QStringLiteral("--format"), QStringLiteral("jsonl"),
                              QStringLiteral("--set"), QStringLiteral("loss=0.2"),
                              QStringLiteral("--set"), QStringLiteral("jitter_ms=20")};
    const QByteArray first = runCli(args);
    const QByteArray second = runCli(args);
    QVERIFY(!first.isEmpty());
    QCOMPARE(second, first);
    // And the command line computes what the library computes.
    QCOMPARE(first, jsonl(prepared(id, variants()[1])));
}

// Without these two, the tests above could pass because the settings did nothing.
void TestDeterminism::randomLossChangesSomeTrace()
{
    int changed = 0;
    for (const QString &id : ScenarioLibrary::ids()) {
        if (jsonl(prepared(id, variants()[0])) != jsonl(prepared(id, variants()[1])))
            ++changed;
    }
    QVERIFY2(changed > 0, "loss=0.2 and jitter_ms=20 changed no built-in scenario's trace");
}

void TestDeterminism::theSeedChoosesTheRandomness()
{
    int changed = 0;
    for (const QString &id : ScenarioLibrary::ids()) {
        if (jsonl(prepared(id, variants()[1])) != jsonl(prepared(id, variants()[2])))
            ++changed;
    }
    QVERIFY2(changed > 0, "a different seed gave the same lossy traces for every scenario");
}

QTEST_GUILESS_MAIN(TestDeterminism)
#include "tst_determinism.moc"
