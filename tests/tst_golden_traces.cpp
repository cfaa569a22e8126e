// Golden traces: every built-in scenario's JSONL trace (what `tcplab-cli run ID --format
// jsonl` prints) is compared byte for byte with tests/data/golden/<id>.jsonl, so any
// change of the simulator's behaviour shows up as a reviewed diff of these files.
//
// To (re)generate the files after an intended change, or for a new scenario:
//     TCPLAB_UPDATE_GOLDEN=1 ./tests/tst_golden_traces      (from the build directory)
// then READ the diff (`git diff tests/data/golden`) before committing it: a golden file is
// only worth something if a person checked that the trace is right.
#include "scenario/scenario_library.h"
#include "sim/simulator.h"
#include "trace/trace_format.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QtTest>

using namespace tcplab;

namespace {

QString goldenDirectory()
{
    return QStringLiteral(TCPLAB_TEST_DATA "/golden");
}

QString goldenPath(const QString &id)
{
    return goldenDirectory() + QLatin1Char('/') + id + QStringLiteral(".jsonl");
}

bool updating()
{
    return qEnvironmentVariable("TCPLAB_UPDATE_GOLDEN") == QLatin1String("1");
}

QByteArray currentTrace(const QString &id)
{
    const ScenarioFile::LoadResult r = ScenarioLibrary::load(id);
    if (!r.ok)
        return QByteArray();
    return traceToJsonLines(Simulator::run(r.scenario), r.scenario);
}

} // namespace

class TestGoldenTraces : public QObject
{
    Q_OBJECT

private slots:
    void builtInScenarioMatchesItsGoldenTrace_data();
    void builtInScenarioMatchesItsGoldenTrace();
    void everyGoldenFileBelongsToABuiltInScenario();
};

void TestGoldenTraces::builtInScenarioMatchesItsGoldenTrace_data()
{
    QTest::addColumn<QString>("id");
    const QStringList ids = ScenarioLibrary::ids();
    QVERIFY2(!ids.isEmpty(), "no built-in scenarios were found in the resources");
    for (const QString &id : ids)
        QTest::newRow(qPrintable(id)) << id;
}

void TestGoldenTraces::builtInScenarioMatchesItsGoldenTrace()
{
    QFETCH(QString, id);
    const QByteArray actual = currentTrace(id);
    QVERIFY2(!actual.isEmpty(), qPrintable(QStringLiteral("scenario %1 gave an empty trace").arg(id)));
    const QString path = goldenPath(id);

    if (updating()) {
        QDir().mkpath(goldenDirectory());
        QSaveFile file(path);
        QVERIFY2(file.open(QIODevice::WriteOnly), qPrintable(file.errorString()));
        file.write(actual);
        QVERIFY2(file.commit(), qPrintable(file.errorString()));
        qInfo("wrote %s (%lld lines)", qPrintable(path), static_cast<long long>(actual.count('\n')));
        return;
    }

    QFile file(path);
    if (!file.exists()) {
        QFAIL(qPrintable(QStringLiteral("no golden trace for scenario '%1': %2 is missing. Create it "
                                        "with TCPLAB_UPDATE_GOLDEN=1 ./tests/tst_golden_traces "
                                        "(in the build directory), then read it and check it "
                                        "before committing.")
                             .arg(id, path)));
    }
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.errorString()));
    const QByteArray expected = file.readAll();
    if (actual == expected)
        return;

    const QList<QByteArray> a = actual.split('\n');
    const QList<QByteArray> e = expected.split('\n');
    int line = 0;
    while (line < a.size() && line < e.size() && a[line] == e[line])
        ++line;
    QFAIL(qPrintable(QStringLiteral("scenario '%1' differs from %2 at line %3:\n"
                                    "  actual:   %4\n  expected: %5\n"
                                    "If the change is intended, regenerate with "
                                    "TCPLAB_UPDATE_GOLDEN=1 and review the diff.")
                         .arg(id, path)
                         .arg(line + 1)
                         .arg(line < a.size() ? QString::fromUtf8(a[line]) : QStringLiteral("<end of trace>"),
                              line < e.size() ? QString::fromUtf8(e[line]) : QStringLiteral("<end of file>"))));
}

// A scenario that was renamed or removed must take its golden file with it.
void TestGoldenTraces::everyGoldenFileBelongsToABuiltInScenario()
{
    const QStringList ids = ScenarioLibrary::ids();
    const QStringList files = QDir(goldenDirectory()).entryList({QStringLiteral("*.jsonl")}, QDir::Files);
    for (const QString &file : files) {
        const QString id = file.chopped(int(qstrlen(".jsonl")));
        QVERIFY2(ids.contains(id),
                 qPrintable(QStringLiteral("%1/%2 has no built-in scenario '%3'; delete it")
                                .arg(goldenDirectory(), file, id)));
    }
}

QTEST_GUILESS_MAIN(TestGoldenTraces)
#include "tst_golden_traces.moc"
