// Scenario files: reading, validation messages that name the JSON path, stable writing,
// atomic saving, and the built-in library.
#include "file_size_limit.h"
#include "scenario/scenario_file.h"
#include "scenario/scenario_json.h"
#include "scenario/scenario_library.h"
#include "sim/host_table.h"

#include <QDir>
#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>
#include <limits>

#include <sys/stat.h>

using namespace tcplab;

namespace {

QByteArray readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return QByteArray();
    return f.readAll();
}

QString badDir()
{
    return QStringLiteral(TCPLAB_TEST_DATA "/bad-scenarios");
}

// The expected errors of every malformed file, all of them, in order.
const QMap<QString, QStringList> &badFileExpectations()
{
    static const QMap<QString, QStringList> table = {
        {"missing-version", {"version: missing (this format needs \"version\": 2)"}},
        {"future-version", {"version: 3 is newer than this tcplab understands (2)"}},
        {"invalid-json", {"invalid JSON at line 4, column 4: unterminated object"}},
        {"empty", {"the file is empty (expected a JSON object)"}},
        {"not-an-object", {"the file must hold a JSON object ({...})"}},
        {"unknown-top-key", {"titel: unknown key (did you mean title?)"}},
        {"network-unknown-key", {"network.dely_ms: unknown key (did you mean delay_ms?)"}},
        {"negative-time", {"actions[2].at_ms: must be ≥ 0"}},
        {"bad-address", {"hosts[1].address: '10.0.0.300' is not an IPv4 address"}},
        {"loss-out-of-range", {"network.loss: must be between 0 and 1"}},
        {"unknown-action-host", {"actions[0].host: no host named 'C'"}},
        {"unknown-fault-kind",
         {"faults[1].kind: unknown value 'explode' (expected drop, delay or duplicate)"}},
        {"wrong-types",
         {"title: must be a text or an object with \"en\" and \"zh\" texts",
          "hosts[0].mtu: must be a whole number", "network.delay_ms: must be a number",
          "protocol.keepalive: must be true or false",
          "actions[1].remote_port: must be a whole number",
          "actions[1].keepalive: must be true or false"}},
        {"connect-missing-fields",
         {"actions[1].to: required for connect", "actions[1].remote_port: required for connect"}},
        {"duplicate-host",
         {"hosts[2].name: 'A' is already used by hosts[0]",
          "hosts[2].address: '10.0.0.1' is already used by hosts[0]"}},
        {"port-out-of-range", {"actions[0].port: must be between 1 and 65535"}},
        {"isn-out-of-range", {"actions[1].isn: must be between 0 and 4294967295"}},
        {"mtu-out-of-range", {"hosts[0].mtu: must be between 68 and 65535"}},
        {"syn-flood-needs-attacker",
         {"actions[2].host: syn_flood needs a host of kind attacker; 'A' is not one"}},
        {"protocol-out-of-range",
         {"protocol.syn_retries: must be between 0 and 255",
          "protocol.variant: unknown value 'three-way' (expected standard, two-way-handshake or "
          "no-time-wait)"}},
        {"rto-bounds", {"protocol.rto_min_ms: must not exceed rto_max_ms"}},
        {"send-without-data", {"actions[2].data: required for send (or give bytes)"}},
        {"key-not-used-by-action", {"actions[2].port: not used by close"}},
        {"both-time-keys", {"actions[0]: give at_ms or at_s, not both"}},
        {"fault-unknown-flag",
         {"faults[0].flags[1]: unknown flag 'FOO' (expected SYN, FIN, RST, PSH, ACK, URG, ECE "
          "or CWR)"}},
        {"delay-without-time", {"faults[0].delay_ms: required for delay"}},
        {"link-unknown-host", {"network.links[0].to: no host named 'C'"}},
        {"action-after-end", {"actions[2].at_s: 200 is after the end of the run (it lasts 120 s)"}},
        {"unknown-action",
         {"actions[2].action: unknown value 'explode' (expected listen, connect, send, shutdown, "
          "close, abort, read, crash, reboot, kill, syn_flood or inject)"}},
        {"inject-bad-fields",
         {"actions[1].source: 'C:80' is neither HOST:PORT nor a.b.c.d:PORT (hosts: A, B)",
          "actions[1].flags: unknown control bit 'RTS' (expected SYN, FIN, RST, PSH, ACK, URG, ECE, CWR)",
          "actions[1].seq: required for inject", "actions[1].ack: required when flags include ACK"}},
    };
    return table;
}

// A small file that uses most of the format, for checks of where values land.
const char *richScenario = R"({
  "version": 1,
  "id": "rich",
  "title": "Only English",
  "lesson": "attacks",
  "lesson_order": 4,
  "compare_variant": "two-way-handshake",
  "duration_ms": 2500.5,
  "hosts": [
    {"name": "A", "address": "10.0.0.1", "mtu": 1492, "protocol": {"syn_retries": 2, "keepalive": true}},
    {"name": "B", "address": "10.0.0.2", "label": {"zh": "服务器"}},
    {"name": "M", "kind": "attacker", "address": "10.0.0.66"}
  ],
  "network": {"delay_ms": 20.5, "jitter_ms": 2, "loss": 0.01, "seed": "18446744073709551615",
              "links": [{"from": "A", "to": "B", "delay_ms": 80}, {"from": "B", "to": "A", "loss": 0.5}]},
  "protocol": {"msl_s": 0.5, "variant": "no-time-wait", "syn_cookies": true},
  "actions": [
    {"at_ms": 0, "host": "B", "action": "listen", "port": 80, "backlog": 4, "isn": 5000},
    {"at_s": 0.001, "host": "A", "action": "connect", "to": "B", "remote_port": 80, "isn": 4294967295, "keepalive": false, "auto_read": false, "socket": "c1"},
    {"at_ms": 300, "host": "A", "action": "send", "bytes": 30, "socket": "c1"},
    {"at_ms": 300, "host": "A", "action": "send", "data": "héllo"},
    {"at_ms": 400, "host": "A", "action": "read"},
    {"at_ms": 500, "host": "B", "action": "crash"},
    {"host": "M", "action": "syn_flood", "to": "B", "remote_port": 80, "count": 300, "rate_per_s": 100.5}
  ],
  "faults": [
    {"kind": "drop", "host": "A", "ordinal": 1, "flags": ["SYN"]},
    {"kind": "delay", "host": "B", "ordinal": 2, "delay_ms": 300},
    {"kind": "duplicate", "host": "A", "ordinal": 3, "after_ms": 2000, "flags": ["ACK", "FIN"]}
  ],
  "notes": [{"at_s": 1, "text": {"en": "one", "zh": "一"}}]
})";

} // namespace

class TstScenarioFile : public QObject
{
    Q_OBJECT

private slots:
    void builtInScenarioRoundTrips_data();
    void builtInScenarioRoundTrips();
    void builtInResourceMatchesSourceFile_data();
    void builtInResourceMatchesSourceFile();
    void malformedFileGivesExactErrors_data();
    void malformedFileGivesExactErrors();
    void everyMalformedFileHasAnExpectation();
    void valuesLandInTheirFields();
    void richScenarioRoundTrips();
    void serializeWritesKeysInFixedOrderAndOnlyNonDefaults();
    void serializeIsStable();
    void errorsAreCollectedNotJustTheFirst();
    void unreadableHostsAreNotReportedAgainInReferences();
    void saveThenLoadGivesTheSameScenario();
    void saveToUnwritablePathFailsAndLeavesNoFile();
    void saveOnAFullDiskFailsAndKeepsTheOldFile();
    void microsecondsRoundToTheNearestWholeOne_data();
    void microsecondsRoundToTheNearestWholeOne();
    void microsecondsBeyondSimTimeAreNoTime_data();
    void microsecondsBeyondSimTimeAreNoTime();
    void loadOfMissingFileNamesThePath();
    void loadRefusesSpecialAndHugeFilesBeforeReading_data();
    void loadRefusesSpecialAndHugeFilesBeforeReading();
    void hostsMayNotShareAnAddress_data();
    void keysGivenTwiceAreErrorsWithTheirPath_data();
    void keysGivenTwiceAreErrorsWithTheirPath();
    void durationBelowOneMicrosecondNamesTheRealRule_data();
    void announcedMssIsMtuLessForty_data();
    void oddKeysAndValuesAreQuotedSafelyInMessages_data();
    void leadingByteOrderMarkInATextSurvivesSaveAndLoad_data();
    void leadingByteOrderMarkInATextSurvivesSaveAndLoad();
    void byteOrderMarkWrittenRawInAFileStringIsKept();
    void oddKeysAndValuesAreQuotedSafelyInMessages();
    void announcedMssIsMtuLessForty();
    void durationBelowOneMicrosecondNamesTheRealRule();
    void hostsMayNotShareAnAddress();
    void libraryListsBuiltInsInLessonOrder();
    void libraryScenariosAreBilingual();
    void libraryIdsMatchFileNames();
    void loadByIdOrPathFindsBothAndExplainsNeither();

    void perHostOverridesAreReadTyped();
    void injectActionIsReadTypedAndRoundTrips();
    void injectWithFlagsNoneIsASegmentWithoutControlBits();
    void closeWithoutWaitingForTheHandshakeIsReadAndRoundTrips();
    void settingRuleErrorsNameTheirJsonPath_data();
    void settingRuleErrorsNameTheirJsonPath();
    void everySettingTheScenarioAcceptsSavesToAFileThatOpens();
};

void TstScenarioFile::builtInScenarioRoundTrips_data()
{
    QTest::addColumn<QString>("path");
    const QDir dir(ScenarioLibrary::resourceDirectory());
    const QStringList files = dir.entryList({"*.json"}, QDir::Files, QDir::Name);
    QVERIFY(!files.isEmpty());
    for (const QString &f : files)
        QTest::newRow(qPrintable(f)) << dir.filePath(f);
}

void TstScenarioFile::builtInScenarioRoundTrips()
{
    QFETCH(QString, path);
    const ScenarioFile::LoadResult first = ScenarioFile::load(path);
    QVERIFY2(first.ok, qPrintable(first.errors.join('\n')));
    const QByteArray text = ScenarioFile::serialize(first.scenario);
    const ScenarioFile::LoadResult second = ScenarioFile::parse(text);
    QVERIFY2(second.ok, qPrintable(second.errors.join('\n') + "\n" + text));
    QCOMPARE(second.scenario, first.scenario);
    QCOMPARE(ScenarioFile::serialize(second.scenario), text);
}

void TstScenarioFile::builtInResourceMatchesSourceFile_data()
{
    builtInScenarioRoundTrips_data();
}

void TstScenarioFile::builtInResourceMatchesSourceFile()
{
    // The embedded copy is the file in resources/scenarios (a stale build would differ).
    QFETCH(QString, path);
    const QString source = QStringLiteral(TCPLAB_SOURCE_DIR "/resources/scenarios/")
                           + QFileInfo(path).fileName();
    QCOMPARE(readFile(path), readFile(source));
}

void TstScenarioFile::malformedFileGivesExactErrors_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("errors");
    const auto &table = badFileExpectations();
    for (auto it = table.cbegin(); it != table.cend(); ++it)
        QTest::newRow(qPrintable(it.key())) << badDir() + "/" + it.key() + ".json" << it.value();
}

void TstScenarioFile::malformedFileGivesExactErrors()
{
    QFETCH(QString, file);
    QFETCH(QStringList, errors);
    QVERIFY2(QFile::exists(file), qPrintable(file));
    const ScenarioFile::LoadResult r = ScenarioFile::load(file);
    QVERIFY(!r.ok);
    QCOMPARE(r.errors, errors);
}

void TstScenarioFile::everyMalformedFileHasAnExpectation()
{
    const QStringList files = QDir(badDir()).entryList({"*.json"}, QDir::Files);
    QCOMPARE(files.size(), badFileExpectations().size());
    for (const QString &f : files)
        QVERIFY2(badFileExpectations().contains(QFileInfo(f).completeBaseName()), qPrintable(f));
}

void TstScenarioFile::valuesLandInTheirFields()
{
    const ScenarioFile::LoadResult r = ScenarioFile::parse(richScenario);
    QVERIFY2(r.ok, qPrintable(r.errors.join('\n')));
    const Scenario &s = r.scenario;
    QCOMPARE(s.id, QString("rich"));
    QCOMPARE(s.title.en, QString("Only English"));
    QCOMPARE(s.title.text("zh_CN"), QString("Only English")); // falls back to English
    QCOMPARE(s.hosts[1].label.text("en"), QString("服务器"));  // falls back to Chinese
    QCOMPARE(s.lesson, QString("attacks"));
    QCOMPARE(s.lessonOrder, 4);
    QCOMPARE(s.compareVariant, QString("two-way-handshake"));
    QCOMPARE(s.duration, SimTime(2500500));

    QCOMPARE(s.hosts.size(), 3);
    QCOMPARE(s.hostIndex("M"), 2);
    QCOMPARE(s.hostIndex("C"), -1);
    QCOMPARE(s.hosts[0].address, uint32_t(0x0a000001));
    QCOMPARE(s.hosts[0].mtu, 1492);
    QCOMPARE(s.hosts[2].kind, HostKind::Attacker);
    QCOMPARE(s.hosts[2].spoofNetwork, uint32_t(0xc6336400)); // default 198.51.100.0
    QCOMPARE(s.protocolFor(0).synRetries, 2);
    QCOMPARE(s.protocolFor(0).keepalive, true);
    QCOMPARE(s.protocolFor(0).msl, msToUs(500)); // the scenario's value
    QCOMPARE(s.protocolFor(1).synRetries, 6);
    QCOMPARE(s.protocol.variant, ProtocolVariant::NoTimeWait);
    QCOMPARE(s.protocol.synCookies, true);

    QCOMPARE(s.network.delay, SimTime(20500));
    QCOMPARE(s.network.jitter, msToUs(2));
    QCOMPARE(s.network.loss, 0.01);
    QCOMPARE(s.network.seed, uint64_t(18446744073709551615ULL));
    QCOMPARE(s.network.delayFor("A", "B"), msToUs(80));
    QCOMPARE(s.network.lossFor("A", "B"), 0.01);
    QCOMPARE(s.network.lossFor("B", "A"), 0.5);
    QCOMPARE(s.network.delayFor("B", "A"), SimTime(20500));

    QCOMPARE(s.actions.size(), 7);
    QCOMPARE(s.actions[0].kind, AppActionKind::Listen);
    QCOMPARE(s.actions[0].isn, std::optional<uint32_t>(5000)); // ISN of accepted connections
    QCOMPARE(s.actions[0].backlog, 4);
    QCOMPARE(s.actions[1].at, SimTime(1000));
    QCOMPARE(s.actions[1].isn, std::optional<uint32_t>(4294967295u));
    QCOMPARE(s.actions[1].port, 0); // ephemeral
    QCOMPARE(s.actions[1].keepalive, std::optional<bool>(false));
    QCOMPARE(s.actions[1].autoRead, std::optional<bool>(false));
    QCOMPARE(s.actions[1].socket, QString("c1"));
    QCOMPARE(s.actions[2].data, QByteArray("abcdefghijklmnopqrstuvwxyzabcd"));
    QCOMPARE(s.actions[3].data, QString("héllo").toUtf8());
    QCOMPARE(s.actions[4].kind, AppActionKind::Read);
    QCOMPARE(s.actions[5].kind, AppActionKind::Crash);
    QCOMPARE(s.actions[6].at, SimTime(0));
    QCOMPARE(s.actions[6].count, 300);
    QCOMPARE(s.actions[6].ratePerSecond, 100.5);

    // Version 1 names faults by position; reading resolves each to its segment's identity
    // (A's first SYN is its ISN: seq +0), or keeps it as Unresolved when it names none (A
    // sends no third FIN,ACK in this run).
    QCOMPARE(s.faults.size(), 3);
    QCOMPARE(s.faults[0].target, FaultTarget::Segment);
    QCOMPARE(s.faults[0].segment.host, QString("A"));
    QCOMPARE(s.faults[0].segment.flags, TcpFlags(TcpFlag::Syn));
    QCOMPARE(s.faults[0].segment.seq, 0u);
    QCOMPARE(s.faults[0].segment.transmission, 1);
    QCOMPARE(s.faults[1].kind, FaultKind::Delay);
    QCOMPARE(s.faults[1].delta, msToUs(300));
    QCOMPARE(s.faults[2].target, FaultTarget::Unresolved);
    QCOMPARE(s.faults[2].key(), QString("A:FIN+ACK#3:2s"));
    QCOMPARE(s.notes.size(), 1);
    QCOMPARE(s.notes[0].at, secondsToUs(1));
    QCOMPARE(s.notes[0].text.text("zh"), QString("一"));
}

void TstScenarioFile::richScenarioRoundTrips()
{
    const ScenarioFile::LoadResult r = ScenarioFile::parse(richScenario);
    QVERIFY(r.ok);
    const QByteArray text = ScenarioFile::serialize(r.scenario);
    const ScenarioFile::LoadResult back = ScenarioFile::parse(text);
    QVERIFY2(back.ok, qPrintable(back.errors.join('\n') + "\n" + text));
    QCOMPARE(back.scenario, r.scenario);
}

void TstScenarioFile::serializeWritesKeysInFixedOrderAndOnlyNonDefaults()
{
    Scenario s;
    s.id = "tiny";
    HostSpec a;
    a.name = "A";
    a.address = 0x0a000001;
    s.hosts << a;
    s.protocol.synRetries = 3;
    AppAction close;
    close.host = "A";
    close.kind = AppActionKind::Close;
    close.at = secondsToUs(12);
    s.actions << close;
    const QByteArray expected = R"({
  "version": 2,
  "id": "tiny",
  "duration_s": 120,
  "hosts": [
    {"name": "A", "address": "10.0.0.1"}
  ],
  "protocol": {"syn_retries": 3},
  "actions": [
    {"at_s": 12, "host": "A", "action": "close"}
  ]
}
)";
    QCOMPARE(ScenarioFile::serialize(s), expected);
}

void TstScenarioFile::serializeIsStable()
{
    const ScenarioFile::LoadResult r = ScenarioLibrary::load("handshake-and-close");
    QVERIFY(r.ok);
    QCOMPARE(ScenarioFile::serialize(r.scenario), ScenarioFile::serialize(r.scenario));
}

void TstScenarioFile::errorsAreCollectedNotJustTheFirst()
{
    const QByteArray json = R"({"version": 1,
        "hosts": [{"name": "A", "address": "1.2.3"}],
        "network": {"loss": 2},
        "actions": [{"at_ms": -1, "host": "A", "action": "listen", "port": 0}]})";
    const ScenarioFile::LoadResult r = ScenarioFile::parse(json);
    QVERIFY(!r.ok);
    QCOMPARE(r.errors, QStringList({"hosts[0].address: '1.2.3' is not an IPv4 address",
                                    "network.loss: must be between 0 and 1",
                                    "actions[0].at_ms: must be ≥ 0",
                                    "actions[0].port: must be between 1 and 65535"}));
}

void TstScenarioFile::unreadableHostsAreNotReportedAgainInReferences()
{
    const QByteArray json = R"({"version": 1,
        "hosts": {"name": "A"},
        "actions": [{"host": "A", "action": "connect", "to": "B", "remote_port": 80}],
        "faults": [{"kind": "drop", "host": "A", "ordinal": 1}]})";
    const ScenarioFile::LoadResult r = ScenarioFile::parse(json);
    QCOMPARE(r.errors, QStringList({"hosts: must be an array"}));

    const QByteArray oneBadHost = R"({"version": 1,
        "hosts": [{"name": "A", "address": "10.0.0.1"}, 7],
        "actions": [{"host": "A", "action": "connect", "to": "B", "remote_port": 80}]})";
    QCOMPARE(ScenarioFile::parse(oneBadHost).errors, QStringList({"hosts[1]: must be an object"}));
}

void TstScenarioFile::saveThenLoadGivesTheSameScenario()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const ScenarioFile::LoadResult r = ScenarioFile::parse(richScenario);
    QVERIFY(r.ok);
    const QString path = dir.filePath("saved.json");
    QString error;
    QVERIFY2(ScenarioFile::save(r.scenario, path, &error), qPrintable(error));
    const ScenarioFile::LoadResult back = ScenarioFile::load(path);
    QVERIFY2(back.ok, qPrintable(back.errors.join('\n')));
    QCOMPARE(back.scenario, r.scenario);
}

void TstScenarioFile::saveToUnwritablePathFailsAndLeavesNoFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    // A regular file where a directory should be: unwritable even for root.
    const QString blocker = dir.filePath("not-a-dir");
    {
        QFile f(blocker);
        QVERIFY(f.open(QIODevice::WriteOnly));
    }
    const ScenarioFile::LoadResult r = ScenarioLibrary::load("lost-syn");
    QVERIFY(r.ok);
    for (const QString &path : {blocker + "/s.json", dir.filePath("missing-dir/s.json")}) {
        QString error;
        QVERIFY(!ScenarioFile::save(r.scenario, path, &error));
        QVERIFY2(error.startsWith("cannot write '" + path + "': "), qPrintable(error));
        QVERIFY(error.size() > QString("cannot write '" + path + "': ").size());
        QVERIFY(!QFile::exists(path));
    }
    // Nothing half-written was left beside the blocker.
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot),
             QStringList({"not-a-dir"}));
}

// A disk that fills up while the file is written: QSaveFile's buffered write looks fine
// until commit() flushes it, and Qt 6.4's commit() overlooks that flush's error
// (QTBUG-75077), which would rename a truncated file over the old one. The save must fail,
// name the cause, and leave the old file as it was.
void TstScenarioFile::saveOnAFullDiskFailsAndKeepsTheOldFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath("s.json");
    const QByteArray old = "{\"version\": 1, \"hosts\": []}\n";
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QCOMPARE(f.write(old), old.size());
    }
    const ScenarioFile::LoadResult r = ScenarioLibrary::load("syn-flood");
    QVERIFY(r.ok);
    QVERIFY(ScenarioFile::serialize(r.scenario).size() > 4096);
    QString error;
    bool saved = true;
    {
        const testing::FileSizeLimit limit(1024); // the disk is full after 1 KiB
        if (!limit.isActive())
            QSKIP("RLIMIT_FSIZE cannot be set here");
        saved = ScenarioFile::save(r.scenario, path, &error);
    }
    QVERIFY(!saved);
    QVERIFY2(error.startsWith("cannot write '" + path + "': "), qPrintable(error));
    QVERIFY2(error.size() > QString("cannot write '" + path + "': ").size(), qPrintable(error));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), old);
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot), QStringList({"s.json"}));
}

// Times worked out in floating point become a SimTime only when they are one: std::llround
// is undefined beyond int64, and NaN has no time at all.
void TstScenarioFile::microsecondsRoundToTheNearestWholeOne_data()
{
    QTest::addColumn<double>("us");
    QTest::addColumn<qint64>("expected");
    QTest::newRow("zero") << 0.0 << qint64(0);
    QTest::newRow("2.5 ms as µs") << 2.5 * 1e3 << qint64(2500);
    QTest::newRow("half rounds away from zero") << 0.5 << qint64(1);
    QTest::newRow("a week") << 7.0 * 24 * 3600 * 1e6 << qint64(604800000000);
    QTest::newRow("negative") << -1.4 << qint64(-1);
    QTest::newRow("the largest double below 2^63")
        << std::nextafter(9223372036854775808.0, 0.0) << qint64(9223372036854774784);
}

void TstScenarioFile::microsecondsRoundToTheNearestWholeOne()
{
    QFETCH(double, us);
    QFETCH(qint64, expected);
    const std::optional<SimTime> t = ScenarioJson::simTimeFromMicroseconds(us);
    QVERIFY(t.has_value());
    QCOMPARE(*t, expected);
}

void TstScenarioFile::microsecondsBeyondSimTimeAreNoTime_data()
{
    QTest::addColumn<double>("us");
    QTest::newRow("2^63") << 9223372036854775808.0;
    QTest::newRow("a fault delay of 1e297 ms") << 1e300;
    QTest::newRow("below -2^63") << -1e19;
    QTest::newRow("infinity") << std::numeric_limits<double>::infinity();
    QTest::newRow("NaN") << std::numeric_limits<double>::quiet_NaN();
}

void TstScenarioFile::microsecondsBeyondSimTimeAreNoTime()
{
    QFETCH(double, us);
    QVERIFY(!ScenarioJson::simTimeFromMicroseconds(us).has_value());
}

void TstScenarioFile::loadOfMissingFileNamesThePath()
{
    const QString path = QStringLiteral(TCPLAB_TEST_DATA "/no-such-scenario.json");
    const ScenarioFile::LoadResult r = ScenarioFile::load(path);
    QVERIFY(!r.ok);
    QCOMPARE(r.errors.size(), 1);
    QVERIFY2(r.errors[0].startsWith("cannot read '" + path + "': "), qPrintable(r.errors[0]));
}

// A device never ends and a FIFO blocks until someone writes: both are refused unread, as is
// a file beyond the 16 MiB limit of docs/scenario-format.md.
void TstScenarioFile::loadRefusesSpecialAndHugeFilesBeforeReading_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("reason");
    QTest::newRow("endless device") << "device" << "not a regular file";
    QTest::newRow("fifo") << "fifo" << "not a regular file";
    QTest::newRow("folder") << "folder" << "not a regular file";
    QTest::newRow("16 MiB + 1 byte") << "huge"
                                     << "larger than 16 MiB, the limit for a scenario file";
}

void TstScenarioFile::loadRefusesSpecialAndHugeFilesBeforeReading()
{
    QFETCH(QString, kind);
    QFETCH(QString, reason);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QString path;
    if (kind == "device") {
        path = "/dev/zero";
        if (!QFileInfo::exists(path))
            QSKIP("no /dev/zero here");
    } else if (kind == "fifo") {
        path = dir.filePath("pipe.json");
        QVERIFY(mkfifo(QFile::encodeName(path).constData(), 0600) == 0);
    } else if (kind == "folder") {
        path = dir.filePath("folder.json");
        QVERIFY(QDir().mkdir(path));
    } else {
        path = dir.filePath("huge.json");
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QVERIFY(f.resize(16 * 1024 * 1024 + 1)); // sparse: no real 16 MiB written
    }
    const ScenarioFile::LoadResult r = ScenarioFile::load(path);
    QVERIFY(!r.ok);
    QCOMPARE(r.errors, QStringList{"cannot read '" + path + "': " + reason});
}

void TstScenarioFile::hostsMayNotShareAnAddress_data()
{
    QTest::addColumn<QString>("addresses");
    QTest::addColumn<QStringList>("errors");
    QTest::newRow("distinct") << "10.0.0.1 10.0.0.2 0.0.0.0" << QStringList();
    QTest::newRow("two at 0.0.0.0")
        << "0.0.0.0 0.0.0.0" << QStringList{"hosts[1].address: '0.0.0.0' is already used by hosts[0]"};
    QTest::newRow("third repeats first")
        << "10.0.0.1 10.0.0.2 10.0.0.1"
        << QStringList{"hosts[2].address: '10.0.0.1' is already used by hosts[0]"};
    QTest::newRow("three the same")
        << "10.0.0.9 10.0.0.9 10.0.0.9"
        << QStringList{"hosts[1].address: '10.0.0.9' is already used by hosts[0]",
                       "hosts[2].address: '10.0.0.9' is already used by hosts[0]"};
}

void TstScenarioFile::hostsMayNotShareAnAddress()
{
    QFETCH(QString, addresses);
    QFETCH(QStringList, errors);
    QStringList hosts;
    const QStringList list = addresses.split(' ');
    for (int i = 0; i < list.size(); ++i)
        hosts << QStringLiteral(R"({"name": "H%1", "address": "%2"})").arg(i).arg(list[i]);
    const QByteArray json =
        QStringLiteral(R"({"version": 1, "hosts": [%1]})").arg(hosts.join(", ")).toUtf8();
    const ScenarioFile::LoadResult r = ScenarioFile::parse(json);
    QCOMPARE(r.errors, errors);
    QCOMPARE(r.ok, errors.isEmpty());
}

void TstScenarioFile::keysGivenTwiceAreErrorsWithTheirPath_data()
{
    QTest::addColumn<QString>("json");
    QTest::addColumn<QStringList>("errors");
    const QString hosts = R"("hosts": [{"name": "A", "address": "10.0.0.1"}])";
    QTest::newRow("top level") << R"({"version": 1, "id": "a", "id": "b", )" + hosts + "}"
                               << QStringList{"id: appears twice"};
    QTest::newRow("in an action")
        << R"({"version": 1, )" + hosts + R"(, "actions": [
              {"at_ms": 1, "host": "A", "action": "read"},
              {"at_ms": 1, "host": "A", "action": "read"},
              {"at_ms": 1, "host": "A", "action": "read", "at_ms": 2}]})"
        << QStringList{"actions[2].at_ms: appears twice"};
    QTest::newRow("three times is said once")
        << R"({"version": 1, )" + hosts + R"(, "protocol": {"syn_retries": 1, "syn_retries": 2, "syn_retries": 3}})"
        << QStringList{"protocol.syn_retries: appears twice"};
    QTest::newRow("an escape spells the same key")
        << R"({"version": 1, )" + hosts + R"(, "title": {"en": "x", "en": "y"}})"
        << QStringList{"title.en: appears twice"};
    QTest::newRow("same key in sibling objects is fine")
        << R"({"version": 1, "hosts": [{"name": "A", "address": "10.0.0.1"},
                                       {"name": "B", "address": "10.0.0.2"}]})"
        << QStringList();
    QTest::newRow("a key inside a string value is not a key")
        << R"({"version": 1, "id": "a", "title": "\"id\": \"b\", {[", )" + hosts + "}"
        << QStringList();
}

void TstScenarioFile::keysGivenTwiceAreErrorsWithTheirPath()
{
    QFETCH(QString, json);
    QFETCH(QStringList, errors);
    const ScenarioFile::LoadResult r = ScenarioFile::parse(json.toUtf8());
    QCOMPARE(r.errors, errors);
    QCOMPARE(r.ok, errors.isEmpty());
}

void TstScenarioFile::durationBelowOneMicrosecondNamesTheRealRule_data()
{
    QTest::addColumn<QString>("duration");
    QTest::addColumn<QStringList>("errors");
    const QString rule = "must be at least 1 µs, the smallest step of virtual time";
    QTest::newRow("0 ms") << R"("duration_ms": 0)" << QStringList{"duration_ms: " + rule};
    QTest::newRow("0.0001 ms") << R"("duration_ms": 0.0001)" << QStringList{"duration_ms: " + rule};
    QTest::newRow("0.0000001 s") << R"("duration_s": 0.0000001)" << QStringList{"duration_s: " + rule};
    QTest::newRow("0.001 ms is 1 µs") << R"("duration_ms": 0.001)" << QStringList();
}

void TstScenarioFile::durationBelowOneMicrosecondNamesTheRealRule()
{
    QFETCH(QString, duration);
    QFETCH(QStringList, errors);
    const QString json = R"({"version": 1, "hosts": [{"name": "A", "address": "10.0.0.1"}], )"
                         + duration + "}";
    const ScenarioFile::LoadResult r = ScenarioFile::parse(json.toUtf8());
    QCOMPARE(r.errors, errors);
}

void TstScenarioFile::announcedMssIsMtuLessForty_data()
{
    QTest::addColumn<int>("mtu");
    QTest::addColumn<int>("mss");
    QTest::newRow("smallest IPv4 MTU") << 68 << 28;
    QTest::newRow("below 128") << 100 << 60;
    QTest::newRow("576") << 576 << 536;
    QTest::newRow("PPPoE") << 1492 << 1452;
    QTest::newRow("largest") << 65535 << 65495;
}

// RFC 879 and RFC 9293 §3.7.1: the MSS announced is the MTU less 20 bytes of IPv4 header and
// 20 of TCP header (no options), as docs/scenario-format.md says, down to the smallest MTU.
void TstScenarioFile::announcedMssIsMtuLessForty()
{
    QFETCH(int, mtu);
    QFETCH(int, mss);
    const QString json = QStringLiteral(
        R"({"version": 1, "hosts": [{"name": "A", "address": "10.0.0.1", "mtu": %1}]})").arg(mtu);
    const ScenarioFile::LoadResult r = ScenarioFile::parse(json.toUtf8());
    QVERIFY2(r.ok, qPrintable(r.errors.join('\n')));
    const HostTable hosts(r.scenario);
    QCOMPARE(int(hosts[0].mss), mss);
}

void TstScenarioFile::oddKeysAndValuesAreQuotedSafelyInMessages_data()
{
    QTest::addColumn<QString>("members");
    QTest::addColumn<QStringList>("errors");
    const QString host = R"({"name": "A", "address": "10.0.0.1"})";
    const QString hosts = R"("hosts": [)" + host + "]";
    QTest::newRow("empty key") << R"("": 1, )" + hosts << QStringList{R"("": unknown key)"};
    QTest::newRow("key with a newline")
        << R"("a\nb": 1, )" + hosts << QStringList{R"("a\nb": unknown key)"};
    QTest::newRow("megabyte key") << "\"" + QString(1000000, 'k') + "\": 1, " + hosts
                                  << QStringList{"\"" + QString(60, 'k') + "…\": unknown key"};
    QTest::newRow("empty key in a host")
        << R"("hosts": [{"name": "A", "address": "10.0.0.1", "": 2}])"
        << QStringList{R"(hosts[0]."": unknown key)"};
    QTest::newRow("empty key twice")
        << R"("network": {"": 1, "": 2}, )" + hosts
        << QStringList{R"(network."": appears twice)", R"(network."": unknown key)"};
    QTest::newRow("address with a newline and a control character")
        << R"("hosts": [{"name": "A", "address": "10.0.0.1\n\u0001"}])"
        << QStringList{R"(hosts[0].address: '10.0.0.1\n\u0001' is not an IPv4 address)"};
    QTest::newRow("megabyte id") << R"("id": ")" + QString(1000000, 'X') + "\", " + hosts
                                 << QStringList{"id: '" + QString(60, 'X')
                                                + "…' must use only a-z, 0-9 and single '-' "
                                                  "between words"};
}

void TstScenarioFile::oddKeysAndValuesAreQuotedSafelyInMessages()
{
    QFETCH(QString, members);
    QFETCH(QStringList, errors);
    const QString json = R"({"version": 1, )" + members + "}";
    const ScenarioFile::LoadResult r = ScenarioFile::parse(json.toUtf8());
    QCOMPARE(r.errors, errors);
}

void TstScenarioFile::leadingByteOrderMarkInATextSurvivesSaveAndLoad_data()
{
    QTest::addColumn<QString>("text");
    const QChar bom(0xFEFF);
    QTest::newRow("only the mark") << QString(bom);
    QTest::newRow("leading") << bom + QString("Title");
    QTest::newRow("leading Chinese") << bom + QString::fromUtf8("标题");
    QTest::newRow("inside") << "Ti" + QString(bom) + "tle";
    QTest::newRow("two leading") << QString(bom) + bom + "x";
}

void TstScenarioFile::leadingByteOrderMarkInATextSurvivesSaveAndLoad()
{
    QFETCH(QString, text);
    const ScenarioFile::LoadResult r = ScenarioFile::parse(richScenario);
    QVERIFY(r.ok);
    Scenario s = r.scenario;
    s.title = {text, text};
    s.notes[0].text = {text, text};
    s.hosts[0].label = {text, QString()};
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath("bom.json");
    QString error;
    QVERIFY2(ScenarioFile::save(s, path, &error), qPrintable(error));
    const ScenarioFile::LoadResult back = ScenarioFile::load(path);
    QVERIFY2(back.ok, qPrintable(back.errors.join('\n')));
    QCOMPARE(back.scenario.title.en, text);
    QCOMPARE(back.scenario.notes[0].text.zh, text);
    QCOMPARE(back.scenario, s);
}

// A hand-written file: the mark as raw bytes in a string, and the file's own leading mark,
// which is no part of any text.
void TstScenarioFile::byteOrderMarkWrittenRawInAFileStringIsKept()
{
    const QByteArray json = "\xEF\xBB\xBF{\"version\": 1, \"title\": \"\xEF\xBB\xBFHi\", "
                            "\"hosts\": [{\"name\": \"A\", \"address\": \"10.0.0.1\"}]}";
    const ScenarioFile::LoadResult r = ScenarioFile::parse(json);
    QVERIFY2(r.ok, qPrintable(r.errors.join('\n')));
    QCOMPARE(r.scenario.title.en, QChar(0xFEFF) + QString("Hi"));
}

void TstScenarioFile::libraryListsBuiltInsInLessonOrder()
{
    QCOMPARE(ScenarioLibrary::lessons(),
             QStringList({"opening", "data", "closing", "time-wait", "failures", "attacks"}));
    const QStringList ids = ScenarioLibrary::ids();
    // The first five lessons; later scenarios may be added between them.
    const QStringList firstFive = {"handshake-and-close", "lost-syn", "simultaneous-open",
                                   "simultaneous-close", "lost-final-ack"};
    for (const QString &id : firstFive)
        QVERIFY2(ids.contains(id), qPrintable(id));
    const QList<Scenario> all = ScenarioLibrary::scenarios();
    QCOMPARE(all.size(), ids.size());
    const QStringList lessons = ScenarioLibrary::lessons();
    for (int i = 1; i < all.size(); ++i) {
        const auto rank = [&](const Scenario &s) {
            return std::make_tuple(lessons.indexOf(s.lesson), s.lessonOrder, s.id);
        };
        QVERIFY2(rank(all[i - 1]) < rank(all[i]), qPrintable(all[i].id));
        QCOMPARE(all[i].id, ids[i]);
    }
    QVERIFY(ids.indexOf("handshake-and-close") < ids.indexOf("lost-syn"));
    QVERIFY(ids.indexOf("simultaneous-open") < ids.indexOf("simultaneous-close"));
    QVERIFY(ids.indexOf("simultaneous-close") < ids.indexOf("lost-final-ack"));
}

void TstScenarioFile::libraryScenariosAreBilingual()
{
    const QList<Scenario> all = ScenarioLibrary::scenarios();
    QVERIFY(!all.isEmpty());
    for (const Scenario &s : all) {
        QVERIFY2(!s.title.en.isEmpty() && !s.title.zh.isEmpty(), qPrintable(s.id));
        QVERIFY2(!s.summary.en.isEmpty() && !s.summary.zh.isEmpty(), qPrintable(s.id));
        QVERIFY2(ScenarioLibrary::lessons().contains(s.lesson), qPrintable(s.id));
        QVERIFY2(!s.notes.isEmpty(), qPrintable(s.id));
        for (const ScenarioNote &n : s.notes)
            QVERIFY2(!n.text.en.isEmpty() && !n.text.zh.isEmpty(), qPrintable(s.id));
        for (const HostSpec &h : s.hosts) {
            if (!h.label.isEmpty())
                QVERIFY2(!h.label.en.isEmpty() && !h.label.zh.isEmpty(), qPrintable(s.id));
        }
    }
}

void TstScenarioFile::libraryIdsMatchFileNames()
{
    const QDir dir(ScenarioLibrary::resourceDirectory());
    QStringList names;
    for (const QString &f : dir.entryList({"*.json"}, QDir::Files))
        names << QFileInfo(f).completeBaseName();
    QStringList ids = ScenarioLibrary::ids();
    names.sort();
    ids.sort();
    QCOMPARE(ids, names); // also: no built-in file was left out as invalid
}

void TstScenarioFile::loadByIdOrPathFindsBothAndExplainsNeither()
{
    const ScenarioFile::LoadResult byId = ScenarioLibrary::loadByIdOrPath("lost-syn");
    QVERIFY(byId.ok);
    QCOMPARE(byId.scenario.id, QString("lost-syn"));

    QTemporaryDir dir;
    const QString path = dir.filePath("mine.json");
    Scenario mine = byId.scenario;
    mine.id = "mine";
    QVERIFY(ScenarioFile::save(mine, path, nullptr));
    const ScenarioFile::LoadResult byPath = ScenarioLibrary::loadByIdOrPath(path);
    QVERIFY2(byPath.ok, qPrintable(byPath.errors.join('\n')));
    QCOMPARE(byPath.scenario, mine);

    const ScenarioFile::LoadResult neither = ScenarioLibrary::loadByIdOrPath("lost-sin");
    QVERIFY(!neither.ok);
    QCOMPARE(neither.errors.size(), 1);
    QVERIFY2(neither.errors[0].startsWith(
                 "'lost-sin': neither a built-in scenario nor a file (built-in: "),
             qPrintable(neither.errors[0]));
    QVERIFY(neither.errors[0].contains("lost-syn"));

    const ScenarioFile::LoadResult unknownId = ScenarioLibrary::load("nope");
    QVERIFY(!unknownId.ok);
    QVERIFY(unknownId.errors[0].startsWith("'nope': no built-in scenario has this id"));
}

void TstScenarioFile::perHostOverridesAreReadTyped()
{
    const ScenarioFile::LoadResult r = ScenarioFile::parse(R"({"version": 1,
        "hosts": [{"name": "A", "address": "10.0.0.1",
                   "protocol": {"syn_retries": 2, "keepalive": true, "rto_initial_ms": 1500.5,
                                "variant": "no-time-wait"}},
                  {"name": "B", "address": "10.0.0.2"}]})");
    QVERIFY2(r.ok, qPrintable(r.errors.join('\n')));
    const QMap<QString, QVariant> &overrides = r.scenario.hosts[0].protocol;
    QCOMPARE(overrides.size(), 4);
    // Stored as values, not text: a run applies them without reading anything again.
    QCOMPARE(overrides.value("syn_retries"), QVariant(2));
    QCOMPARE(overrides.value("keepalive"), QVariant(true));
    QCOMPARE(overrides.value("rto_initial_ms"), QVariant(qint64(1500500)));
    QCOMPARE(overrides.value("variant"), QVariant(QStringLiteral("no-time-wait")));
    QCOMPARE(r.scenario.protocolFor(0).rtoInitial, SimTime(1500500));
    QCOMPARE(r.scenario.protocolFor(0).variant, ProtocolVariant::NoTimeWait);
    QCOMPARE(r.scenario.protocolFor(1), ProtocolSettings());
}

void TstScenarioFile::settingRuleErrorsNameTheirJsonPath_data()
{
    QTest::addColumn<QByteArray>("body"); // what follows the hosts
    QTest::addColumn<QByteArray>("hostA"); // host A's protocol overrides
    QTest::addColumn<QStringList>("errors");
    QTest::newRow("host's own minimum above the initial RTO")
        << QByteArray() << QByteArray(R"({"rto_min_ms": 3000})")
        << QStringList{"hosts[0].protocol.rto_min_ms: must not exceed rto_initial_ms"};
    QTest::newRow("host's own value out of range")
        << QByteArray() << QByteArray(R"({"rto_min_ms": 0})")
        << QStringList{"hosts[0].protocol.rto_min_ms: must be between 1 and 3600000"};
    QTest::newRow("host's own value of the wrong type")
        << QByteArray() << QByteArray(R"({"keepalive": "yes"})")
        << QStringList{"hosts[0].protocol.keepalive: must be true or false"};
    QTest::newRow("host's override with the shared settings")
        << QByteArray(R"(, "protocol": {"rto_min_ms": 800})") << QByteArray(R"({"rto_initial_ms": 500})")
        << QStringList{"hosts[0].protocol.rto_min_ms: must not exceed rto_initial_ms"};
    QTest::newRow("shared initial RTO above the maximum")
        << QByteArray(R"(, "protocol": {"rto_max_ms": 500})") << QByteArray()
        << QStringList{"protocol.rto_initial_ms: must not exceed rto_max_ms"};
    QTest::newRow("a broken shared rule is not repeated for each host")
        << QByteArray(R"(, "protocol": {"rto_min_ms": 3000})") << QByteArray(R"({"syn_retries": 2})")
        << QStringList{"protocol.rto_min_ms: must not exceed rto_initial_ms"};
    QTest::newRow("jitter above the delay")
        << QByteArray(R"(, "network": {"jitter_ms": 60})") << QByteArray()
        << QStringList{"network.jitter_ms: must not exceed delay_ms"};
    QTest::newRow("link delay below the jitter")
        << QByteArray(R"(, "network": {"jitter_ms": 20, "links": [{"from": "B", "to": "A", "loss": 0.5},
                                                                  {"from": "A", "to": "B", "delay_ms": 10}]})")
        << QByteArray()
        << QStringList{"network.links[1].delay_ms: must not be less than jitter_ms"};
}

void TstScenarioFile::settingRuleErrorsNameTheirJsonPath()
{
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, hostA);
    QFETCH(QStringList, errors);
    const QByteArray overrides = hostA.isEmpty() ? QByteArray() : ", \"protocol\": " + hostA;
    const QByteArray json = R"({"version": 1, "hosts": [{"name": "A", "address": "10.0.0.1")" + overrides
                            + R"(}, {"name": "B", "address": "10.0.0.2"}])" + body + "}";
    const ScenarioFile::LoadResult r = ScenarioFile::parse(json);
    QVERIFY(!r.ok);
    QCOMPARE(r.errors, errors);
}

void TstScenarioFile::everySettingTheScenarioAcceptsSavesToAFileThatOpens()
{
    // Walk every setting of the table through its edge values, the way the settings dock
    // and `--set` do (Scenario::setSetting): whatever is accepted must save to a file that
    // opens as the same scenario; whatever would not is refused.
    const ScenarioFile::LoadResult loaded = ScenarioLibrary::load("handshake-and-close");
    QVERIFY(loaded.ok);
    Scenario s = loaded.scenario;
    QStringList keys;
    for (const SettingDescriptor &d : ProtocolSettings::descriptors() + NetworkSettings::descriptors())
        keys << d.key;
    for (const SettingDescriptor &d : NetworkSettings::linkDescriptors())
        keys << d.key + QStringLiteral(".A>B");
    int accepted = 0, refused = 0;
    for (const QString &key : std::as_const(keys)) {
        const SettingDescriptor *d = Scenario::settingDescriptor(key);
        QList<QVariant> values;
        if (d->type == SettingType::Bool)
            values = {true, false};
        else if (d->type == SettingType::Choice)
            for (const QString &c : d->choices)
                values << c;
        else
            values = {d->maximum, d->minimum, d->defaultValue};
        for (const QVariant &value : std::as_const(values)) {
            const Scenario before = s;
            QString error;
            if (!s.setSetting(key, value, &error)) {
                QCOMPARE(s, before);
                ++refused;
                continue;
            }
            ++accepted;
            const QByteArray saved = ScenarioFile::serialize(s);
            const ScenarioFile::LoadResult reopened = ScenarioFile::parse(saved);
            QVERIFY2(reopened.ok, qPrintable(key + ": " + reopened.errors.join('\n')));
            QCOMPARE(reopened.scenario, s);
        }
    }
    // Both outcomes happened: the walk crossed the rules between settings.
    QVERIFY(accepted > 40);
    QVERIFY(refused > 0);
}

void TstScenarioFile::injectActionIsReadTypedAndRoundTrips()
{
    const QByteArray json = R"({"version": 1, "hosts": [
        {"name": "A", "address": "10.0.0.1"}, {"name": "M", "kind": "attacker", "address": "10.0.0.66"}],
      "actions": [{"at_ms": 5, "host": "M", "action": "inject", "source": "192.0.2.7:443",
                   "destination": "A:40000", "flags": "fin+ack, psh", "seq": 4294967295, "ack": 7,
                   "window": 0, "data": "hi"}]})";
    const auto r = ScenarioFile::parse(json);
    QVERIFY2(r.ok, qPrintable(r.errors.join(QLatin1Char('\n'))));
    const AppAction &a = r.scenario.actions.first();
    QCOMPARE(a.kind, AppActionKind::Inject);
    QCOMPARE(a.segment.flags, TcpFlags(TcpFlag::Fin | TcpFlag::Ack | TcpFlag::Psh));
    QCOMPARE(a.segment.seq, 4294967295u);
    QCOMPARE(a.segment.ack, 7u);
    QCOMPARE(a.segment.window, 0);
    QCOMPARE(a.data, QByteArray("hi"));
    const std::optional<SocketAddress> to = r.scenario.socketAddress(a.segment.destination);
    QVERIFY(to);
    QCOMPARE(to->address, 0x0A000001u);
    QCOMPARE(to->port, uint16_t(40000));
    const auto again = ScenarioFile::parse(ScenarioFile::serialize(r.scenario));
    QVERIFY2(again.ok, qPrintable(again.errors.join(QLatin1Char('\n'))));
    QCOMPARE(again.scenario, r.scenario);
}

void TstScenarioFile::injectWithFlagsNoneIsASegmentWithoutControlBits()
{
    // Issue 12: a teacher must be able to send "a segment with no flags" (a NULL scan). It
    // is asked for by name; an empty flags text stays an error.
    auto scenario = [](const QByteArray &flags) {
        return R"({"version": 1, "hosts": [
            {"name": "A", "address": "10.0.0.1"}, {"name": "M", "kind": "attacker", "address": "10.0.0.66"}],
          "actions": [{"at_ms": 5, "host": "M", "action": "inject", "source": "M:5555",
                       "destination": "A:80", "flags": ")" + flags + R"(", "seq": 100}]})";
    };
    const auto r = ScenarioFile::parse(scenario("none"));
    QVERIFY2(r.ok, qPrintable(r.errors.join(QLatin1Char('\n'))));
    QCOMPARE(r.scenario.actions.first().segment.flags, TcpFlags(0));
    const QByteArray saved = ScenarioFile::serialize(r.scenario);
    QVERIFY2(saved.contains(R"("flags": "none")"), saved.constData());
    const auto again = ScenarioFile::parse(saved);
    QVERIFY2(again.ok, qPrintable(again.errors.join(QLatin1Char('\n'))));
    QCOMPARE(again.scenario, r.scenario);

    const auto empty = ScenarioFile::parse(scenario(""));
    QVERIFY(!empty.ok);
    QCOMPARE(empty.errors, QStringList{QStringLiteral("actions[0].flags: must not be empty")});
    const auto separatorsOnly = ScenarioFile::parse(scenario(", +"));
    QVERIFY(!separatorsOnly.ok);
    QCOMPARE(separatorsOnly.errors,
             QStringList{QStringLiteral("actions[0].flags: must name at least one control bit, or be \"none\"")});
}

void TstScenarioFile::closeWithoutWaitingForTheHandshakeIsReadAndRoundTrips()
{
    auto scenario = [](const QByteArray &action) {
        return R"({"version": 1, "hosts": [{"name": "A", "address": "10.0.0.1"}], "actions": [)" + action + "]}";
    };
    const auto r = ScenarioFile::parse(scenario(R"({"at_ms": 500, "host": "A", "action": "close", "wait_for_handshake": false})"));
    QVERIFY2(r.ok, qPrintable(r.errors.join(QLatin1Char('\n'))));
    QVERIFY(!r.scenario.actions.first().waitForHandshake);
    const QByteArray saved = ScenarioFile::serialize(r.scenario);
    QVERIFY2(saved.contains(R"("wait_for_handshake": false)"), saved.constData());
    const auto again = ScenarioFile::parse(saved);
    QVERIFY(again.ok);
    QCOMPARE(again.scenario, r.scenario);
    // The default waits, and is not written.
    const auto plain = ScenarioFile::parse(scenario(R"({"at_ms": 500, "host": "A", "action": "close"})"));
    QVERIFY(plain.ok);
    QVERIFY(plain.scenario.actions.first().waitForHandshake);
    QVERIFY(!ScenarioFile::serialize(plain.scenario).contains("wait_for_handshake"));
    const auto onSend = ScenarioFile::parse(
        scenario(R"({"at_ms": 500, "host": "A", "action": "send", "data": "x", "wait_for_handshake": false})"));
    QCOMPARE(onSend.errors, QStringList{QStringLiteral("actions[0].wait_for_handshake: not used by send")});
}

QTEST_GUILESS_MAIN(TstScenarioFile)
#include "tst_scenario_file.moc"
