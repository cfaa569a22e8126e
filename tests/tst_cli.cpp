// tcplab-cli as a user meets it: exit statuses, the messages for every kind of bad input,
// and the traces it prints. Runs the real program (TCPLAB_CLI_PATH) with QProcess.
#include "cli_process.h"
#include "scenario/scenario_library.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

using namespace tcplab;
using namespace tcplab::testing;

namespace {

QString dataFile(const char *name)
{
    return QStringLiteral(TCPLAB_TEST_DATA "/cli/") + QLatin1String(name);
}

// A small scenario of our own (handshake, data, close), so these tests do not change
// when a lesson scenario is edited.
QString handshakeFile()
{
    return dataFile("handshake.json");
}

QStringList nonEmptyLines(const QString &text)
{
    return text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

QList<QJsonObject> jsonLines(const QString &text)
{
    QList<QJsonObject> objects;
    for (const QString &line : nonEmptyLines(text)) {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(line.toUtf8(), &error);
        if (error.error != QJsonParseError::NoError || !doc.isObject()) {
            qWarning("not a JSON object: %s", qPrintable(line));
            return {};
        }
        objects << doc.object();
    }
    return objects;
}

int countRetransmittedSyns(const QList<QJsonObject> &events)
{
    int n = 0;
    for (const QJsonObject &o : events) {
        if (o.value(QStringLiteral("event")).toString() == QLatin1String("send")
            && o.value(QStringLiteral("kind")).toString() == QLatin1String("retransmission")
            && o.value(QStringLiteral("flags")).toArray().contains(QStringLiteral("SYN")))
            ++n;
    }
    return n;
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void helpAndVersionExitZero_data();
    void helpAndVersionExitZero();
    void manualPagesDescribeEveryCommandTheHelpLists_data();
    void manualPagesDescribeEveryCommandTheHelpLists();
    void badUsageExitsTwoAndNamesTheProblem_data();
    void badUsageExitsTwoAndNamesTheProblem();
    void unknownScenarioListsTheBuiltInIds();
    void badScenarioFileNamesEveryError();
    void unknownSettingListsTheValidKeys();
    void profileLinuxAbortsWithRstAckAndSetGoesOnTop_data();
    void profileLinuxAbortsWithRstAckAndSetGoesOnTop();
    void unknownProfileNamesTheChoices();
    void listShowsEveryBuiltInScenarioWithItsTitle();
    void listShowsEveryScenarioFileOfTheSources();
    void jsonlLinesAreObjectsWithTheRequiredKeys();
    void textTraceStartsWithTheListenAndTheSyn();
    void relativeOptionNumbersFromEachSidesIsn();
    void scriptedCloseWhileConnectingClosesAtOnceRfc9293Section3_10_4();
    void droppingTheFirstSynMakesARetransmissionAppear();
    void faultsAreResolvedInTheOrderTypedAndKeepTheirSegment();
    void faultThatMatchesNoSegmentIsWarnedAboutOnStderr();
    void aFaultOnASegmentThatHasOneTakesItsPlace();
    void setChangesTheSimulation();
    void setThatBreaksTheRtoOrderIsRefusedByRunAndExport_data();
    void setThatBreaksTheRtoOrderIsRefusedByRunAndExport();
    void setsAreCheckedTogetherWhateverTheirOrder();
    void untilStopsTheTrace();
    void everyBuiltInScenarioRuns_data();
    void everyBuiltInScenarioRuns();
    void validateSaysOkForAGoodFile();
    void validateListsEveryErrorOfABadFile();
    void languageOptionIsAcceptedAnywhere_data();
    void languageOptionIsAcceptedAnywhere();
    void tracesAreTheSameInEveryLanguage_data();
    void tracesAreTheSameInEveryLanguage();
    void helpAndVersionIntoAFullDiskFailWithAMessage_data();
    void helpAndVersionIntoAFullDiskFailWithAMessage();
    void quizJsonGivesEachQuestionOneRightChoice();
    void quizFollowsTheFaultOptions();
    void quizSpeaksTheChosenLanguage();
};

void TestCli::helpAndVersionExitZero_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("expected");
    QTest::newRow("--help") << QStringList{QStringLiteral("--help")} << QStringLiteral("Usage: tcplab-cli COMMAND");
    QTest::newRow("help run") << QStringList{QStringLiteral("help"), QStringLiteral("run")}
                              << QStringLiteral("Usage: tcplab-cli run ID|FILE");
    QTest::newRow("run --help") << QStringList{QStringLiteral("run"), QStringLiteral("--help")}
                                << QStringLiteral("--drop SPEC");
    QTest::newRow("--version") << QStringList{QStringLiteral("--version")} << QStringLiteral("tcplab-cli 0.");
    QTest::newRow("--lang en --help") << QStringList{QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--help")}
                                      << QStringLiteral("Usage: tcplab-cli COMMAND");
    QTest::newRow("--help --lang=en") << QStringList{QStringLiteral("--help"), QStringLiteral("--lang=en")}
                                      << QStringLiteral("--lang zh_CN|en");
}

void TestCli::helpAndVersionExitZero()
{
    QFETCH(QStringList, args);
    QFETCH(QString, expected);
    const CliResult r = runCli(args);
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(expected), qPrintable(r.out));
    QCOMPARE(r.err, QString());
}

void TestCli::manualPagesDescribeEveryCommandTheHelpLists_data()
{
    QTest::addColumn<QString>("page");
    QTest::newRow("en") << QStringLiteral(TCPLAB_SOURCE_DIR "/docs/man/tcplab-cli.1");
    QTest::newRow("zh_CN") << QStringLiteral(TCPLAB_SOURCE_DIR "/docs/man/zh_CN/tcplab-cli.1");
}

// `man tcplab-cli` is what the package installs: a command the help lists but the page
// leaves out is one a learner reading the manual never finds.
void TestCli::manualPagesDescribeEveryCommandTheHelpLists()
{
    QFETCH(QString, page);
    QFile file(page);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(page));
    const QString roff = QString::fromUtf8(file.readAll());
    const CliResult help = runCli({QStringLiteral("--help"), QStringLiteral("--lang"), QStringLiteral("en")});
    QCOMPARE(help.exitCode, 0);
    const QString commandList = help.out.section(QStringLiteral("Commands:"), 1).section(QStringLiteral("Options:"), 0, 0);
    const QRegularExpression commandLine(QStringLiteral("^  ([a-z]+) "), QRegularExpression::MultilineOption);
    QStringList commands;
    for (auto it = commandLine.globalMatch(commandList); it.hasNext();)
        commands.append(it.next().captured(1));
    QVERIFY2(commands.size() >= 9, qPrintable(commandList));
    for (const QString &command : std::as_const(commands)) {
        // In the synopsis (".B tcplab\-cli quiz") and as an entry under COMMANDS
        // (".B list" or ".BI quiz \" id…\"").
        const QString synopsis = QStringLiteral(".B tcplab\\-cli %1\n").arg(command);
        const QRegularExpression entry(QStringLiteral("^\\.TP\\n\\.BI? \"?%1[\\s\"]").arg(command),
                                       QRegularExpression::MultilineOption);
        QVERIFY2(roff.contains(synopsis), qPrintable(QStringLiteral("%1: no synopsis line for %2").arg(page, command)));
        QVERIFY2(entry.match(roff).hasMatch(), qPrintable(QStringLiteral("%1: no entry for %2").arg(page, command)));
    }
}

void TestCli::badUsageExitsTwoAndNamesTheProblem_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message"); // the first line of stderr
    const QString file = handshakeFile();
    auto run = [&file](std::initializer_list<const char *> extra) {
        QStringList a{QStringLiteral("run"), file};
        for (const char *e : extra)
            a << QString::fromUtf8(e);
        return a;
    };
    QTest::newRow("no command") << QStringList{}
                                << QStringLiteral("tcplab-cli: missing the command (list, run, export, layout, validate, capture, import, quiz, worksheet)");
    QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")}
                                     << QStringLiteral("tcplab-cli: unknown command 'frobnicate'");
    QTest::newRow("unknown global option") << QStringList{QStringLiteral("--frob")}
                                           << QStringLiteral("tcplab-cli: unknown option '--frob'");
    QTest::newRow("run without scenario")
        << QStringList{QStringLiteral("run")}
        << QStringLiteral("tcplab-cli: run: missing the scenario (an id from `tcplab-cli list`, or a file)");
    QTest::newRow("run with two scenarios") << run({"other"})
                                            << QStringLiteral("tcplab-cli: run: expected one scenario, got 2: ")
                                                   + file + QStringLiteral(" other");
    QTest::newRow("unknown run option") << run({"--bogus"}) << QStringLiteral("tcplab-cli: Unknown option 'bogus'.");
    QTest::newRow("bad format") << run({"--format", "xml"})
                                << QStringLiteral("tcplab-cli: --format 'xml': expected text or jsonl");
    QTest::newRow("drop without #") << run({"--drop", "A3"})
                                    << QStringLiteral("tcplab-cli: --drop 'A3': expected HOST#N, e.g. A#3");
    QTest::newRow("drop with unknown flag")
        << run({"--drop", "A:SNY#1"})
        << QStringLiteral("tcplab-cli: --drop 'A:SNY#1': unknown flag 'SNY' (expected SYN, FIN, RST, PSH, ACK, URG, ECE or CWR)");
    QTest::newRow("drop on unknown host")
        << run({"--drop", "Z#1"})
        << QStringLiteral("tcplab-cli: --drop 'Z#1': no host named 'Z' in this scenario (hosts: A, B)");
    QTest::newRow("delay without time") << run({"--delay", "A#1"})
                                        << QStringLiteral("tcplab-cli: --delay 'A#1': delay needs a time, e.g. A#1:300ms");
    QTest::newRow("dup with bad time")
        << run({"--dup", "B#1:soon"})
        << QStringLiteral("tcplab-cli: --dup 'B#1:soon': 'soon' is not a duration (e.g. 300ms, 2s)");
    QTest::newRow("set without =") << run({"--set", "loss"})
                                   << QStringLiteral("tcplab-cli: --set 'loss': expected KEY=VALUE, e.g. loss=0.2");
    QTest::newRow("set bad network value") << run({"--set", "loss=3"})
                                           << QStringLiteral("tcplab-cli: --set 'loss=3': loss: must be between 0 and 1");
    QTest::newRow("set bad protocol value")
        << run({"--set", "rto_initial_ms=abc"})
        << QStringLiteral("tcplab-cli: --set 'rto_initial_ms=abc': rto_initial_ms: 'abc' is not a number");
    QTest::newRow("set link of unknown host")
        << run({"--set", "delay_ms.A>C=200"})
        << QStringLiteral("tcplab-cli: --set 'delay_ms.A>C=200': no host named 'C' in this scenario (hosts: A, B)");
    QTest::newRow("set link without arrow")
        << run({"--set", "delay_ms.AB=200"})
        << QStringLiteral("tcplab-cli: --set 'delay_ms.AB=200': expected delay_ms.FROM>TO, e.g. delay_ms.A>B");
    QTest::newRow("set that puts rto_min_ms above rto_initial_ms")
        << run({"--set", "rto_min_ms=3000"})
        << QStringLiteral("tcplab-cli: --set 'rto_min_ms=3000': rto_min_ms (3000) must not exceed rto_initial_ms (1000)");
    QTest::newRow("set that puts rto_max_ms below rto_initial_ms")
        << run({"--set", "rto_max_ms=500"})
        << QStringLiteral("tcplab-cli: --set 'rto_max_ms=500': rto_initial_ms (1000) must not exceed rto_max_ms (500)");
    QTest::newRow("set jitter above the delay")
        << run({"--set", "jitter_ms=60"})
        << QStringLiteral("tcplab-cli: --set 'jitter_ms=60': jitter_ms (60) must not exceed delay_ms (50)");
    QTest::newRow("set a link delay below the jitter")
        << run({"--set", "jitter_ms=20", "--set", "delay_ms.A>B=10"})
        << QStringLiteral("tcplab-cli: --set 'delay_ms.A>B=10': delay_ms.A>B (10) must not be less than jitter_ms (20)");
    QTest::newRow("quiz bad format")
        << QStringList{QStringLiteral("quiz"), file, QStringLiteral("--format"), QStringLiteral("jsonl")}
        << QStringLiteral("tcplab-cli: --format 'jsonl': expected text or json");
    QTest::newRow("quiz bad language")
        << QStringList{QStringLiteral("quiz"), file, QStringLiteral("--lang"), QStringLiteral("fr")}
        << QStringLiteral("tcplab-cli: --lang 'fr': expected zh_CN or en");
    QTest::newRow("quiz without scenario")
        << QStringList{QStringLiteral("quiz")}
        << QStringLiteral("tcplab-cli: quiz: missing the scenario (an id from `tcplab-cli list`, or a file)");
    QTest::newRow("bad until") << run({"--until", "later"})
                               << QStringLiteral("tcplab-cli: --until 'later': expected a duration, e.g. 300ms, 2s, 2min");
    QTest::newRow("until beyond a week") << run({"--until", "250000000h"})
                                         << QStringLiteral("tcplab-cli: --until '250000000h': must be between 0 and 168 h (a week of virtual time)");
    QTest::newRow("delay longer than any run") << run({"--delay", "A#2:250000000h"})
                                               << QStringLiteral("tcplab-cli: --delay 'A#2:250000000h': '250000000h' is longer than a run can be (a week, 168h)");
    QTest::newRow("missing file") << QStringList{QStringLiteral("run"), QStringLiteral("/nonexistent/x.json")}
                                  << QStringLiteral("tcplab-cli: /nonexistent/x.json: ");
    QTest::newRow("validate without file") << QStringList{QStringLiteral("validate")}
                                           << QStringLiteral("tcplab-cli: validate: missing the scenario file");
    QTest::newRow("list with argument") << QStringList{QStringLiteral("list"), QStringLiteral("x")}
                                        << QStringLiteral("tcplab-cli: list: unexpected argument 'x'");
    QTest::newRow("unknown language") << QStringList{QStringLiteral("--lang"), QStringLiteral("fr"), QStringLiteral("list")}
                                      << QStringLiteral("tcplab-cli: --lang 'fr': expected zh_CN or en");
    QTest::newRow("unknown language after the command")
        << run({"--lang=klingon"}) << QStringLiteral("tcplab-cli: --lang 'klingon': expected zh_CN or en");
    QTest::newRow("language option without a value")
        << QStringList{QStringLiteral("list"), QStringLiteral("--lang")}
        << QStringLiteral("tcplab-cli: --lang: missing the language (zh_CN or en)");
}

void TestCli::badUsageExitsTwoAndNamesTheProblem()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const CliResult r = runCli(args);
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(r.out, QString()); // no half a trace on stdout
    const QString firstLine = r.err.section(QLatin1Char('\n'), 0, 0);
    QVERIFY2(firstLine.startsWith(message),
             qPrintable(QStringLiteral("stderr: %1\nexpected it to start with: %2").arg(r.err, message)));
}

void TestCli::unknownScenarioListsTheBuiltInIds()
{
    const CliResult r = runCli({QStringLiteral("run"), QStringLiteral("no-such-lesson")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.startsWith(QStringLiteral("tcplab-cli: 'no-such-lesson': neither a built-in scenario nor a file")),
             qPrintable(r.err));
    for (const QString &id : ScenarioLibrary::ids())
        QVERIFY2(r.err.contains(id), qPrintable(id));
}

void TestCli::badScenarioFileNamesEveryError()
{
    const QString file = dataFile("bad_scenario.json");
    const CliResult r = runCli({QStringLiteral("run"), file});
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(r.out, QString());
    const QStringList lines = nonEmptyLines(r.err);
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines[0], QStringLiteral("tcplab-cli: %1: actions[1].at_ms: must be ≥ 0").arg(file));
    QCOMPARE(lines[1], QStringLiteral("tcplab-cli: %1: actions[2].host: no host named 'Z'").arg(file));
}

void TestCli::unknownSettingListsTheValidKeys()
{
    const CliResult r = runCli({QStringLiteral("run"), handshakeFile(), QStringLiteral("--set"),
                                QStringLiteral("rto_inital_ms=3000")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.startsWith(QStringLiteral("tcplab-cli: --set 'rto_inital_ms=3000': unknown setting 'rto_inital_ms'")),
             qPrintable(r.err));
    for (const QString &key : ProtocolSettings::keys() + NetworkSettings::keys())
        QVERIFY2(r.err.contains(key), qPrintable(key));
}

void TestCli::profileLinuxAbortsWithRstAckAndSetGoesOnTop_data()
{
    // --profile is shared by every command that takes --set (ScenarioOptions).
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<QString>("rst");
    QTest::newRow("rfc9293") << QStringList{} << QStringLiteral("A→B RST seq=1006");
    QTest::newRow("linux") << QStringList{QStringLiteral("--profile"), QStringLiteral("linux")}
                           << QStringLiteral("A→B RST,ACK seq=1006 ack=5001");
    QTest::newRow("linux, then --set") << QStringList{QStringLiteral("--set"), QStringLiteral("reset_carries_ack=false"),
                                                      QStringLiteral("--profile"), QStringLiteral("linux")}
                                       << QStringLiteral("A→B RST seq=1006");
}

void TestCli::profileLinuxAbortsWithRstAckAndSetGoesOnTop()
{
    QFETCH(QStringList, extra);
    QFETCH(QString, rst);
    const CliResult r = runCli(QStringList{QStringLiteral("run"), QStringLiteral("abort-rst")} + extra);
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(rst), qPrintable(r.out));
}

void TestCli::unknownProfileNamesTheChoices()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QStringList exportOut{QStringLiteral("--out"), dir.filePath(QStringLiteral("never.png"))};
    for (const QString &command : {QStringLiteral("run"), QStringLiteral("export"), QStringLiteral("layout")}) {
        const QStringList more = command == QLatin1String("export") ? exportOut : QStringList();
        const CliResult r = runCli(QStringList{command, QStringLiteral("abort-rst"), QStringLiteral("--profile"),
                                               QStringLiteral("bsd")} + more);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.startsWith(QStringLiteral("tcplab-cli: --profile 'bsd': expected rfc9293 or linux")),
                 qPrintable(command + QLatin1String(": ") + r.err));
    }
}

void TestCli::listShowsEveryBuiltInScenarioWithItsTitle()
{
    const CliResult r = runCli({QStringLiteral("list")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.err, QString());
    const QStringList lines = nonEmptyLines(r.out);
    const QList<Scenario> scenarios = ScenarioLibrary::scenarios();
    QVERIFY2(scenarios.size() >= 5, "the program ships at least five lessons");
    QCOMPARE(lines.size(), scenarios.size() + 1); // a header line, then one per scenario
    QVERIFY(lines[0].startsWith(QStringLiteral("ID ")));
    const int titleColumn = int(lines[0].indexOf(QStringLiteral("TITLE")));
    for (int i = 0; i < scenarios.size(); ++i) {
        const QString &line = lines[i + 1];
        QVERIFY2(line.startsWith(scenarios[i].id + QLatin1Char(' ')), qPrintable(line));
        // Aligned columns: every title starts under the TITLE heading.
        QCOMPARE(line.mid(titleColumn), scenarios[i].title.en);
    }
}

// A built-in file that fails to load is left out of the library with only a warning; the
// list must not lose a lesson that way.
void TestCli::listShowsEveryScenarioFileOfTheSources()
{
    const CliResult r = runCli({QStringLiteral("list")});
    QCOMPARE(r.exitCode, 0);
    QStringList listed;
    for (const QString &line : nonEmptyLines(r.out).mid(1))
        listed << line.section(QLatin1Char(' '), 0, 0);
    const QDir dir(QStringLiteral(TCPLAB_SOURCE_DIR "/resources/scenarios"));
    const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files);
    QVERIFY2(files.size() >= 5, qPrintable(dir.path()));
    for (const QString &file : files) {
        QFile f(dir.filePath(file));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString id = QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("id")).toString();
        QVERIFY2(listed.contains(id), qPrintable(QStringLiteral("%1 (id '%2') is not listed").arg(file, id)));
    }
    QCOMPARE(listed.size(), files.size());
}

void TestCli::jsonlLinesAreObjectsWithTheRequiredKeys()
{
    const CliResult r = runCli({QStringLiteral("run"), handshakeFile(), QStringLiteral("--format"),
                                QStringLiteral("jsonl")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.endsWith(QLatin1Char('\n')));
    const QList<QJsonObject> events = jsonLines(r.out);
    QCOMPARE(events.size(), nonEmptyLines(r.out).size());
    QVERIFY(events.size() > 20);

    const QHash<QString, QStringList> required = {
        {QStringLiteral("socket"), {QStringLiteral("host"), QStringLiteral("socket"), QStringLiteral("label"),
                                    QStringLiteral("local")}},
        {QStringLiteral("app"), {QStringLiteral("host"), QStringLiteral("call"), QStringLiteral("bytes")}},
        {QStringLiteral("state"), {QStringLiteral("host"), QStringLiteral("socket"), QStringLiteral("from"),
                                   QStringLiteral("to"), QStringLiteral("cause")}},
        {QStringLiteral("send"), {QStringLiteral("host"), QStringLiteral("socket"), QStringLiteral("seg"), QStringLiteral("from"), QStringLiteral("to"),
                                  QStringLiteral("seq"), QStringLiteral("ack"), QStringLiteral("flags"),
                                  QStringLiteral("len"), QStringLiteral("win"), QStringLiteral("kind")}},
        {QStringLiteral("deliver"), {QStringLiteral("socket"), QStringLiteral("seg"), QStringLiteral("from"), QStringLiteral("to"),
                                     QStringLiteral("seq"), QStringLiteral("flags"), QStringLiteral("kind")}},
        {QStringLiteral("drop"), {QStringLiteral("seg"), QStringLiteral("reason")}},
        {QStringLiteral("timer"), {QStringLiteral("host"), QStringLiteral("timer"), QStringLiteral("action")}},
        {QStringLiteral("notice"), {QStringLiteral("host"), QStringLiteral("notice"), QStringLiteral("bytes")}},
        {QStringLiteral("host"), {QStringLiteral("host"), QStringLiteral("what")}},
    };
    QSet<QString> seen;
    qint64 lastTime = 0;
    for (const QJsonObject &o : events) {
        QVERIFY(o.value(QStringLiteral("t_us")).isDouble());
        const qint64 t = o.value(QStringLiteral("t_us")).toInteger();
        QVERIFY2(t >= lastTime, "events are ordered by time");
        lastTime = t;
        const QString type = o.value(QStringLiteral("event")).toString();
        QVERIFY2(required.contains(type), qPrintable(type));
        seen << type;
        for (const QString &key : required.value(type))
            QVERIFY2(o.contains(key), qPrintable(type + QStringLiteral(" lacks ") + key));
        if (type == QLatin1String("timer") && o.value(QStringLiteral("action")).toString() == QLatin1String("set"))
            QVERIFY(o.contains(QStringLiteral("due_us")));
        if (type == QLatin1String("send") && o.value(QStringLiteral("flags")).toArray().contains(QStringLiteral("SYN")))
            QCOMPARE(o.value(QStringLiteral("mss")).toInt(), 1460); // MTU 1500 − 40
    }
    for (const char *type : {"socket", "app", "state", "send", "deliver", "timer", "notice"})
        QVERIFY2(seen.contains(QLatin1String(type)), type);
}

void TestCli::relativeOptionNumbersFromEachSidesIsn()
{
    // --relative: seq and ack from each side's ISN, as Wireshark shows them.
    const CliResult r = runCli({QStringLiteral("run"), handshakeFile(), QStringLiteral("--relative")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QStringLiteral("A→B SYN seq=0 win=65535 mss=1460  [A#1]")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QRegularExpression(QStringLiteral("B→A SYN,ACK seq=0 ack=1 "))), qPrintable(r.out));
    QVERIFY(r.out.contains(QRegularExpression(QStringLiteral("A→B ACK seq=1 ack=1 "))));
    const CliResult j = runCli({QStringLiteral("run"), handshakeFile(), QStringLiteral("--relative"),
                                QStringLiteral("--format"), QStringLiteral("jsonl")});
    QCOMPARE(j.exitCode, 0);
    QVERIFY(j.out.contains(QStringLiteral(R"("flags":["SYN","ACK"])")));
    QVERIFY(j.out.contains(QStringLiteral(R"("seq":0,"ack":1,"flags":["SYN","ACK"])")));
}

void TestCli::scriptedCloseWhileConnectingClosesAtOnceRfc9293Section3_10_4()
{
    // The server never answers; the client's application gives up connect() at 0.5 s. RFC
    // 9293 §3.10.4, CLOSE in SYN-SENT: delete the TCB. So SYN-SENT → CLOSED at 0.5 s, one SYN
    // only (the retransmission due at 1.01 s never comes), no FIN, no RST.
    const CliResult r = runCli({QStringLiteral("run"), dataFile("close-while-connecting.json")});
    QCOMPARE(r.exitCode, 0);
    const QStringList lines = nonEmptyLines(r.out);
    QVERIFY2(lines.contains(QStringLiteral("0.500000 A app close")), qPrintable(r.out));
    QVERIFY2(lines.contains(QStringLiteral("0.500000 A SYN-SENT → CLOSED (app-close)")), qPrintable(r.out));
    QVERIFY2(!r.out.contains(QStringLiteral("timed-out")), qPrintable(r.out));
    const QStringList sent = lines.filter(QRegularExpression(QStringLiteral("^\\S+ A→B .*\\[A#[0-9]+\\]$")));
    QCOMPARE(sent, QStringList{QStringLiteral("0.010000 A→B SYN seq=1000 win=65535 mss=1460  [A#1]")});
}

void TestCli::textTraceStartsWithTheListenAndTheSyn()
{
    const CliResult r = runCli({QStringLiteral("run"), handshakeFile()});
    QCOMPARE(r.exitCode, 0);
    const QStringList lines = nonEmptyLines(r.out);
    QVERIFY(lines.size() > 20);
    // Each socket is introduced before its first event (docs/trace-format.md).
    QCOMPARE(lines[0], QStringLiteral("0.000000 B socket 0 B:80 (10.0.0.2:80 listening)"));
    QCOMPARE(lines[1], QStringLiteral("0.000000 B:80 app listen"));
    QCOMPARE(lines[2], QStringLiteral("0.000000 B:80 CLOSED → LISTEN (app-listen)"));
    QCOMPARE(lines[3], QStringLiteral("0.100000 A socket 1 A:40000↔B:80 (10.0.0.1:40000 ↔ 10.0.0.2:80)"));
    QCOMPARE(lines[4], QStringLiteral("0.100000 A app connect"));
    QCOMPARE(lines[5], QStringLiteral("0.100000 A CLOSED → SYN-SENT (app-connect)"));
    QCOMPARE(lines[6], QStringLiteral("0.100000 A→B SYN seq=1000 win=65535 mss=1460  [A#1]"));
    // Every line starts with the time in seconds, six decimals.
    static const QRegularExpression timeFirst(QStringLiteral("^[0-9]+\\.[0-9]{6} "));
    for (const QString &line : lines)
        QVERIFY2(timeFirst.match(line).hasMatch(), qPrintable(line));
    // The handshake's numbers: the SYN,ACK acknowledges ISN + 1.
    QVERIFY(r.out.contains(QRegularExpression(QStringLiteral("B→A SYN,ACK seq=[0-9]+ ack=1001 "))));
}

void TestCli::faultsAreResolvedInTheOrderTypedAndKeepTheirSegment()
{
    // --drop A#6 names the final ACK of the run as it stands; the delay typed after it makes
    // A send a retransmission earlier, yet the drop stays on the final ACK.
    const CliResult r = runCli({QStringLiteral("run"), QStringLiteral("handshake-and-close"),
                                QStringLiteral("--format"), QStringLiteral("jsonl"),
                                QStringLiteral("--drop"), QStringLiteral("A#6"),
                                QStringLiteral("--delay"), QStringLiteral("A#3:400ms")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.err, QString());
    QStringList dropped;
    QString lastOfA, lastOfB;
    for (const QJsonObject &o : jsonLines(r.out)) {
        if (o.value(QStringLiteral("event")).toString() == QLatin1String("drop"))
            dropped << o.value(QStringLiteral("flags")).toVariant().toStringList().join(QLatin1Char(','));
        if (o.value(QStringLiteral("event")).toString() == QLatin1String("state")) {
            QString &last = o.value(QStringLiteral("host")).toString() == QLatin1String("A") ? lastOfA : lastOfB;
            last = o.value(QStringLiteral("from")).toString() + QStringLiteral(">") + o.value(QStringLiteral("to")).toString();
        }
    }
    QCOMPARE(dropped, QStringList{QStringLiteral("ACK")});
    QCOMPARE(lastOfA, QStringLiteral("TIME-WAIT>CLOSED"));
    QCOMPARE(lastOfB, QStringLiteral("LAST-ACK>CLOSED"));
}

void TestCli::faultThatMatchesNoSegmentIsWarnedAboutOnStderr()
{
    const CliResult r = runCli({QStringLiteral("run"), handshakeFile(), QStringLiteral("--format"),
                                QStringLiteral("jsonl"), QStringLiteral("--drop"), QStringLiteral("A#99")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.err, QStringLiteral("tcplab-cli: warning: faults[0] (drop A#99) matches no segment of "
                                   "this run; it hits nothing\n"));
    bool noticed = false;
    for (const QJsonObject &o : jsonLines(r.out)) {
        noticed |= o.value(QStringLiteral("notice")).toString() == QLatin1String("fault-matched-nothing")
            && o.value(QStringLiteral("fault_rule")).toInt(-1) == 0;
        QVERIFY(!o.contains(QStringLiteral("fault")));
    }
    QVERIFY(noticed);
}

void TestCli::aFaultOnASegmentThatHasOneTakesItsPlace()
{
    // lost-final-ack drops A's final ACK (A#4). `--delay A#4:1s` delayed that ACK *and*
    // dropped it; `--drop A#4` listed the drop twice. One segment takes one fault, as in
    // the window: the option's fault takes the place of the scenario's, and a note says so.
    const QStringList base = {QStringLiteral("run"), QStringLiteral("lost-final-ack"), QStringLiteral("--format"),
                              QStringLiteral("jsonl")};
    const CliResult delayed = runCli(base + QStringList{QStringLiteral("--delay"), QStringLiteral("A#4:1s")});
    QCOMPARE(delayed.exitCode, 0);
    QCOMPARE(delayed.err, QStringLiteral("tcplab-cli: note: --delay A#4:1s takes the place of the drop already on "
                                         "that segment (a segment takes one fault, as in the window)\n"));
    int delivered = 0;
    for (const QJsonObject &o : jsonLines(delayed.out)) {
        if (o.value(QStringLiteral("key")).toString() != QLatin1String("A#4"))
            continue;
        QCOMPARE(o.value(QStringLiteral("fault")).toString(), QStringLiteral("delay"));
        if (o.value(QStringLiteral("event")).toString() == QLatin1String("deliver")) {
            ++delivered;
            QCOMPARE(o.value(QStringLiteral("t_us")).toInteger(), qint64(1'900'000)); // sent at 0.85 s, 50 ms + 1 s
        }
    }
    QCOMPARE(delivered, 1);

    // The same fault again: the export lists the drop as often as without the option.
    QTemporaryDir dir;
    auto dropsListed = [&dir](const QStringList &extra) {
        const QString svg = dir.filePath(QStringLiteral("x.svg"));
        const CliResult r = runCli(QStringList{QStringLiteral("export"), QStringLiteral("lost-final-ack"),
                                               QStringLiteral("--out"), svg} + extra);
        QFile file(svg);
        if (r.exitCode != 0 || !file.open(QIODevice::ReadOnly))
            return -1;
        return int(QString::fromUtf8(file.readAll()).count(QStringLiteral("Drop A's ACK seq=1002 ack=5002")));
    };
    const int asShipped = dropsListed({});
    QVERIFY(asShipped > 0);
    QCOMPARE(dropsListed({QStringLiteral("--drop"), QStringLiteral("A#4")}), asShipped);
}

void TestCli::droppingTheFirstSynMakesARetransmissionAppear()
{
    const QStringList base = {QStringLiteral("run"), handshakeFile(), QStringLiteral("--format"),
                              QStringLiteral("jsonl")};
    const CliResult plain = runCli(base);
    const CliResult dropped = runCli(base + QStringList{QStringLiteral("--drop"), QStringLiteral("A:SYN#1")});
    QCOMPARE(plain.exitCode, 0);
    QCOMPARE(dropped.exitCode, 0);
    QCOMPARE(countRetransmittedSyns(jsonLines(plain.out)), 0);
    QCOMPARE(countRetransmittedSyns(jsonLines(dropped.out)), 1);
    const QList<QJsonObject> events = jsonLines(dropped.out);
    bool sawFaultDrop = false;
    for (const QJsonObject &o : events) {
        if (o.value(QStringLiteral("event")).toString() == QLatin1String("drop")) {
            QCOMPARE(o.value(QStringLiteral("reason")).toString(), QStringLiteral("fault"));
            QCOMPARE(o.value(QStringLiteral("key")).toString(), QStringLiteral("A#1"));
            sawFaultDrop = true;
        }
    }
    QVERIFY(sawFaultDrop);
}

void TestCli::setChangesTheSimulation()
{
    // A slower link: the SYN arrives 200 ms after it was sent instead of 50 ms.
    const CliResult r = runCli({QStringLiteral("run"), handshakeFile(), QStringLiteral("--set"),
                                QStringLiteral("delay_ms=200")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QStringLiteral("\n0.300000 A→B ✓ delivered SYN seq=1000")), qPrintable(r.out));
    // A protocol setting: without TIME-WAIT the active closer never waits 2×MSL.
    const QString timeWaitTimer = QStringLiteral(" A timer 2msl set due 65.250000");
    const CliResult v = runCli({QStringLiteral("run"), handshakeFile(), QStringLiteral("--set"),
                                QStringLiteral("variant=no-time-wait")});
    QCOMPARE(v.exitCode, 0);
    QVERIFY2(!v.out.contains(QStringLiteral("2msl")), qPrintable(v.out));
    QVERIFY(v.out.contains(QStringLiteral("A TIME-WAIT → CLOSED (no-time-wait)")));
    QVERIFY(runCli({QStringLiteral("run"), handshakeFile()}).out.contains(timeWaitTimer));
}

void TestCli::setThatBreaksTheRtoOrderIsRefusedByRunAndExport_data()
{
    QTest::addColumn<QStringList>("args");
    const QString out = QDir::temp().filePath(QStringLiteral("tst_cli_rto_refused.svg"));
    QTest::newRow("run") << QStringList{QStringLiteral("run"), handshakeFile()};
    QTest::newRow("export") << QStringList{QStringLiteral("export"), handshakeFile(),
                                           QStringLiteral("--out"), out};
}

void TestCli::setThatBreaksTheRtoOrderIsRefusedByRunAndExport()
{
    // rto_min_ms above the default rto_initial_ms (1000): each value is in its own range, but
    // together they break RFC 6298's bounds, and a file with them would not open.
    QFETCH(QStringList, args);
    QFile::remove(QDir::temp().filePath(QStringLiteral("tst_cli_rto_refused.svg")));
    const CliResult r = runCli(args + QStringList{QStringLiteral("--set"), QStringLiteral("rto_min_ms=3000")});
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(r.out, QString());
    const QString firstLine = r.err.section(QLatin1Char('\n'), 0, 0);
    QVERIFY2(firstLine.contains(QStringLiteral("rto_min_ms")) && firstLine.contains(QStringLiteral("rto_initial_ms")),
             qPrintable(r.err));
    QVERIFY2(firstLine.contains(QStringLiteral("--set 'rto_min_ms=3000'")), qPrintable(r.err));
    QVERIFY(!QFile::exists(QDir::temp().filePath(QStringLiteral("tst_cli_rto_refused.svg"))));
}

void TestCli::setsAreCheckedTogetherWhateverTheirOrder()
{
    // The rules between settings hold for the settings once all are given, so raising the
    // initial RTO after the minimum works as well as before it.
    for (const QStringList &sets : {QStringList{QStringLiteral("rto_min_ms=3000"), QStringLiteral("rto_initial_ms=5000")},
                                    QStringList{QStringLiteral("rto_initial_ms=5000"), QStringLiteral("rto_min_ms=3000")}}) {
        QStringList args{QStringLiteral("run"), handshakeFile()};
        for (const QString &set : sets)
            args << QStringLiteral("--set") << set;
        const CliResult r = runCli(args);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.err, QString());
    }
}

void TestCli::untilStopsTheTrace()
{
    const CliResult r = runCli({QStringLiteral("run"), handshakeFile(), QStringLiteral("--format"),
                                QStringLiteral("jsonl"), QStringLiteral("--until"), QStringLiteral("300ms")});
    QCOMPARE(r.exitCode, 0);
    const QList<QJsonObject> events = jsonLines(r.out);
    QVERIFY(!events.isEmpty());
    for (const QJsonObject &o : events)
        QVERIFY(o.value(QStringLiteral("t_us")).toInteger() <= 300000);
    QVERIFY(events.size() < jsonLines(runCli({QStringLiteral("run"), handshakeFile(), QStringLiteral("--format"),
                                              QStringLiteral("jsonl")}).out).size());
}

void TestCli::everyBuiltInScenarioRuns_data()
{
    QTest::addColumn<QString>("id");
    for (const QString &id : ScenarioLibrary::ids())
        QTest::newRow(qPrintable(id)) << id;
}

void TestCli::everyBuiltInScenarioRuns()
{
    QFETCH(QString, id);
    const CliResult r = runCli({QStringLiteral("run"), id});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.err, QString());
    QVERIFY(nonEmptyLines(r.out).size() > 3);
}

void TestCli::validateSaysOkForAGoodFile()
{
    const QString file = handshakeFile();
    const CliResult r = runCli({QStringLiteral("validate"), file});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, file + QStringLiteral(": ok\n"));
    QCOMPARE(r.err, QString());
}

void TestCli::validateListsEveryErrorOfABadFile()
{
    const QString bad = dataFile("bad_scenario.json");
    const QString broken = dataFile("not_json.json");
    const CliResult r = runCli({QStringLiteral("validate"), handshakeFile(), bad, broken});
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(r.out, handshakeFile() + QStringLiteral(": ok\n"));
    const QStringList lines = nonEmptyLines(r.err);
    QCOMPARE(lines.size(), 3);
    QCOMPARE(lines[0], bad + QStringLiteral(": actions[1].at_ms: must be ≥ 0"));
    QCOMPARE(lines[1], bad + QStringLiteral(": actions[2].host: no host named 'Z'"));
    QVERIFY2(lines[2].startsWith(broken + QStringLiteral(": invalid JSON")), qPrintable(lines[2]));
}

void TestCli::languageOptionIsAcceptedAnywhere_data()
{
    QTest::addColumn<QStringList>("args");
    const QString file = handshakeFile();
    QTest::newRow("before the command") << QStringList{QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("run"), file};
    QTest::newRow("after the command") << QStringList{QStringLiteral("run"), QStringLiteral("--lang"), QStringLiteral("en"), file};
    QTest::newRow("at the end, with =") << QStringList{QStringLiteral("run"), file, QStringLiteral("--lang=en")};
    QTest::newRow("a spelling of ours") << QStringList{QStringLiteral("run"), file, QStringLiteral("--lang=en_GB")};
}

void TestCli::languageOptionIsAcceptedAnywhere()
{
    QFETCH(QStringList, args);
    const CliResult plain = runCli({QStringLiteral("run"), handshakeFile()});
    QCOMPARE(plain.exitCode, 0);
    const CliResult r = runCli(args);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(r.out, plain.out);
}

void TestCli::tracesAreTheSameInEveryLanguage_data()
{
    QTest::addColumn<QString>("format");
    QTest::newRow("text") << QStringLiteral("text");
    QTest::newRow("jsonl") << QStringLiteral("jsonl");
}

void TestCli::tracesAreTheSameInEveryLanguage()
{
    // Traces are a machine format (scripts, golden files): only messages are translated.
    QFETCH(QString, format);
    const QStringList args{QStringLiteral("run"), handshakeFile(), QStringLiteral("--drop"), QStringLiteral("A#1"),
                           QStringLiteral("--format"), format};
    const CliResult english = runCli(QStringList{QStringLiteral("--lang"), QStringLiteral("en")} + args);
    const CliResult chinese = runCli(QStringList{QStringLiteral("--lang"), QStringLiteral("zh_CN")} + args);
    QCOMPARE(english.exitCode, 0);
    QCOMPARE(chinese.exitCode, 0);
    QVERIFY(!english.out.isEmpty());
    QCOMPARE(chinese.out, english.out);
}

void TestCli::helpAndVersionIntoAFullDiskFailWithAMessage_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("--help") << QStringList{QStringLiteral("--help")};
    QTest::newRow("--version") << QStringList{QStringLiteral("--version")};
    QTest::newRow("run --help") << QStringList{QStringLiteral("run"), QStringLiteral("--help")};
    QTest::newRow("help export") << QStringList{QStringLiteral("help"), QStringLiteral("export")};
}

void TestCli::helpAndVersionIntoAFullDiskFailWithAMessage()
{
    // `tcplab-cli --help > /dev/full` must not claim success: the text never arrived.
    if (!QFileInfo::exists(QStringLiteral("/dev/full")))
        QSKIP("no /dev/full on this system");
    QFETCH(QStringList, args);
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.remove(QStringLiteral("LC_ALL"));
    env.remove(QStringLiteral("LC_MESSAGES"));
    p.setProcessEnvironment(env);
    p.setStandardOutputFile(QStringLiteral("/dev/full"));
    p.start(QStringLiteral(TCPLAB_CLI_PATH), args);
    QVERIFY(p.waitForFinished(60000));
    QCOMPARE(p.exitStatus(), QProcess::NormalExit);
    QCOMPARE(p.exitCode(), 1);
    const QString err = QString::fromUtf8(p.readAllStandardError());
    QVERIFY2(err.contains(QLatin1String("tcplab-cli: could not write to standard output")), qPrintable(err));
}

namespace {

QJsonArray quizQuestions(const QStringList &args)
{
    const CliResult r = runCli(QStringList{QStringLiteral("quiz")} + args + QStringList{QStringLiteral("--format"), QStringLiteral("json")});
    if (r.exitCode != 0)
        qWarning("%s", qPrintable(r.err));
    return QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("questions")).toArray();
}

} // namespace

void TestCli::quizJsonGivesEachQuestionOneRightChoice()
{
    const QJsonArray questions = quizQuestions({handshakeFile()});
    QVERIFY(!questions.isEmpty());
    for (const QJsonValue &v : questions) {
        const QJsonObject q = v.toObject();
        QVERIFY(!q.value(QStringLiteral("prompt")).toString().isEmpty());
        const QJsonArray choices = q.value(QStringLiteral("choices")).toArray();
        QVERIFY(choices.size() >= 3 && choices.size() <= 4);
        int right = -1;
        for (int i = 0; i < choices.size(); ++i) {
            const QJsonObject c = choices[i].toObject();
            if (c.value(QStringLiteral("correct")).toBool()) {
                QCOMPARE(right, -1);
                right = i;
            } else {
                QVERIFY(!c.value(QStringLiteral("misconception")).toString().isEmpty());
                QVERIFY(!c.value(QStringLiteral("explanation")).toString().isEmpty());
            }
        }
        QCOMPARE(q.value(QStringLiteral("answer")).toInt(), right);
    }
}

void TestCli::quizFollowsTheFaultOptions()
{
    // Dropping the first SYN makes the client back off: a question on the next timeout.
    auto timerQuestions = [](const QJsonArray &questions) {
        int n = 0;
        for (const QJsonValue &v : questions)
            n += v.toObject().value(QStringLiteral("kind")).toString() == QLatin1String("timer-duration")
                && v.toObject().value(QStringLiteral("prompt")).toString().contains(QLatin1String("SYN"));
        return n;
    };
    QCOMPARE(timerQuestions(quizQuestions({handshakeFile()})), 0);
    QCOMPARE(timerQuestions(quizQuestions({handshakeFile(), QStringLiteral("--drop"), QStringLiteral("A:SYN#1")})), 1);
}

void TestCli::quizSpeaksTheChosenLanguage()
{
    const CliResult en = runCli({QStringLiteral("quiz"), handshakeFile()});
    const CliResult zh = runCli({QStringLiteral("quiz"), handshakeFile(), QStringLiteral("--lang"), QStringLiteral("zh_CN")});
    QCOMPARE(en.exitCode, 0);
    QCOMPARE(zh.exitCode, 0);
    QVERIFY2(en.out.contains(QStringLiteral("Which state does")), qPrintable(en.out));
    QVERIFY2(zh.out.contains(QStringLiteral("进入哪个状态")), qPrintable(zh.out));
    QCOMPARE(nonEmptyLines(zh.out).size(), nonEmptyLines(en.out).size());
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
