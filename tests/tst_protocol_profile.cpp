// The two named profiles (docs/profiles.md): rfc9293 is the settings' defaults, linux the
// Linux 6.x departures, each one an ordinary setting; the scenario file, the command line
// and the settings dock all move between them with switchProtocolProfile.
#include "scenario/scenario_file.h"
#include "settings/protocol_profile.h"

#include <QTest>

using namespace tcplab;

class TestProtocolProfile : public QObject
{
    Q_OBJECT

private slots:
    void namesRoundTrip();
    void rfc9293ProfileIsTheDefaults();
    void linuxProfileHasTheKernelDefaults();
    void everyDifferenceIsANamedSetting();
    void switchingKeepsSettingsChosenOnPurpose();
    void switchingBackRestoresTheFirstProfile();
    void scenarioProfileStartsTheProtocolSettings();
    void scenarioProtocolValuesGoOnTopOfTheProfile();
    void unknownProfileIsAnErrorWithItsPath();
    void writerSavesProfileAndOnlyTheDepartures();
};

void TestProtocolProfile::namesRoundTrip()
{
    for (ProtocolProfile p : protocolProfiles()) {
        ProtocolProfile back = ProtocolProfile::Rfc9293;
        QVERIFY(protocolProfileFromName(protocolProfileName(p), &back));
        QCOMPARE(back, p);
    }
    QCOMPARE(protocolProfileNames(), (QStringList{QStringLiteral("rfc9293"), QStringLiteral("linux")}));
    ProtocolProfile p;
    QVERIFY(!protocolProfileFromName(QStringLiteral("bsd"), &p));
}

void TestProtocolProfile::rfc9293ProfileIsTheDefaults()
{
    QCOMPARE(protocolProfileSettings(ProtocolProfile::Rfc9293), ProtocolSettings());
    // RFC 9293 §3.10.7.4: a RST in TIME-WAIT closes it; RFC 1337 is the opt-in.
    QVERIFY(ProtocolSettings().timeWaitAssassination);
}

void TestProtocolProfile::linuxProfileHasTheKernelDefaults()
{
    const ProtocolSettings s = protocolProfileSettings(ProtocolProfile::Linux);
    QVERIFY(s.delayedAck);
    QCOMPARE(s.delayedAckTimeout, msToUs(40)); // TCP_DELACK_MIN
    QCOMPARE(s.quickAcks, 16);                 // TCP_MAX_QUICKACKS
    QCOMPARE(s.synRetries, 6);
    QCOMPARE(s.synAckRetries, 5);
    QCOMPARE(s.synLinearTimeouts, 4);
    QCOMPARE(s.rtoInitial, secondsToUs(1));
    QCOMPARE(2 * s.msl, secondsToUs(60)); // TCP_TIMEWAIT_LEN
    QVERIFY(s.timeWaitAssassination);     // tcp_rfc1337 = 0
    QVERIFY(s.timeWaitAcceptsNewSyn);
    QVERIFY(s.timeWaitReopenIsn);
    QVERIFY(s.resetCarriesAck);
    QVERIFY(s.newSynResetsSynReceived); // tcp_check_req, embryonic_reset
    QVERIFY(s.synCookies); // tcp_syncookies = 1
}

void TestProtocolProfile::everyDifferenceIsANamedSetting()
{
    const QStringList keys = protocolProfileDifferences();
    QCOMPARE(keys, (QStringList{QStringLiteral("syn_linear_timeouts"), QStringLiteral("delayed_ack"),
                                QStringLiteral("quick_acks"), QStringLiteral("syn_cookies"),
                                QStringLiteral("time_wait_reopen_isn"),
                                QStringLiteral("reset_carries_ack"),
                                QStringLiteral("new_syn_resets_syn_received")}));
    // docs/profiles.md gives every one of them its source.
    QFile doc(QStringLiteral(TCPLAB_SOURCE_DIR "/docs/profiles.md"));
    QVERIFY(doc.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(doc.readAll());
    for (const QString &key : keys)
        QVERIFY2(text.contains(QLatin1Char('`') + key + QLatin1Char('`')), qPrintable(key));
}

void TestProtocolProfile::switchingKeepsSettingsChosenOnPurpose()
{
    ProtocolSettings s;
    s.backlog = 3;        // a scenario's own choice, the same in both profiles
    s.delayedAck = true;  // and one where the profiles differ, chosen anyway
    const ProtocolSettings onLinux = switchProtocolProfile(s, ProtocolProfile::Rfc9293, ProtocolProfile::Linux);
    QCOMPARE(onLinux.backlog, 3);
    QVERIFY(onLinux.delayedAck);
    QCOMPARE(onLinux.quickAcks, 16);
    QVERIFY(onLinux.resetCarriesAck);
}

void TestProtocolProfile::switchingBackRestoresTheFirstProfile()
{
    ProtocolSettings s;
    s.msl = secondsToUs(5);
    const ProtocolSettings there = switchProtocolProfile(s, ProtocolProfile::Rfc9293, ProtocolProfile::Linux);
    QCOMPARE(switchProtocolProfile(there, ProtocolProfile::Linux, ProtocolProfile::Rfc9293), s);
}

static QByteArray scenarioJson(const QByteArray &extra)
{
    return "{\"version\": 1, \"id\": \"p\", " + extra
           + " \"hosts\": [{\"name\": \"A\", \"address\": \"10.0.0.1\"},"
             " {\"name\": \"B\", \"address\": \"10.0.0.2\"}]}";
}

void TestProtocolProfile::scenarioProfileStartsTheProtocolSettings()
{
    const auto r = ScenarioFile::parse(scenarioJson("\"profile\": \"linux\","));
    QVERIFY2(r.ok, qPrintable(r.errors.join(QLatin1Char('\n'))));
    QCOMPARE(r.scenario.profile, ProtocolProfile::Linux);
    QCOMPARE(r.scenario.protocol, protocolProfileSettings(ProtocolProfile::Linux));
    const auto plain = ScenarioFile::parse(scenarioJson(""));
    QVERIFY(plain.ok);
    QCOMPARE(plain.scenario.profile, ProtocolProfile::Rfc9293);
}

void TestProtocolProfile::scenarioProtocolValuesGoOnTopOfTheProfile()
{
    // Whatever order the keys come in, the profile is the base.
    const auto r = ScenarioFile::parse(
        scenarioJson("\"protocol\": {\"delayed_ack\": false}, \"profile\": \"linux\","));
    QVERIFY2(r.ok, qPrintable(r.errors.join(QLatin1Char('\n'))));
    QVERIFY(!r.scenario.protocol.delayedAck);
    QVERIFY(r.scenario.protocol.resetCarriesAck);
}

void TestProtocolProfile::unknownProfileIsAnErrorWithItsPath()
{
    const auto r = ScenarioFile::parse(scenarioJson("\"profile\": \"bsd\","));
    QVERIFY(!r.ok);
    QCOMPARE(r.errors.size(), 1);
    QVERIFY2(r.errors.first().startsWith(QStringLiteral("profile: unknown value 'bsd'")),
             qPrintable(r.errors.first()));
}

void TestProtocolProfile::writerSavesProfileAndOnlyTheDepartures()
{
    auto r = ScenarioFile::parse(scenarioJson("\"profile\": \"linux\", \"protocol\": {\"backlog\": 4},"));
    QVERIFY(r.ok);
    const QByteArray text = ScenarioFile::serialize(r.scenario);
    QVERIFY2(text.contains("\"profile\": \"linux\""), text.constData());
    QVERIFY2(!text.contains("quick_acks"), text.constData()); // the profile's own value
    QVERIFY2(text.contains("\"backlog\": 4"), text.constData());
    const auto again = ScenarioFile::parse(text);
    QVERIFY(again.ok);
    QCOMPARE(again.scenario, r.scenario);
}

QTEST_GUILESS_MAIN(TestProtocolProfile)
#include "tst_protocol_profile.moc"
