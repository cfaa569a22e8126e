// ProtocolSettings and NetworkSettings: the text spelling used by scenario files and the
// command line, its round trip, and the errors for impossible values.
#include "settings/network_settings.h"
#include "settings/protocol_settings.h"

#include <QSet>
#include <QTest>

using namespace tcplab;

class TstSettings : public QObject
{
    Q_OBJECT

private slots:
    void protocolDefaultsAreTheRealNumbers();
    void protocolSetThenValueRoundTrips_data();
    void protocolSetThenValueRoundTrips();
    void protocolRoundTripTableCoversEveryKey();
    void protocolValueOfDefaultsSetsNothingNew();
    void protocolTimeSettingsAcceptFractionsInTheirUnit_data();
    void protocolTimeSettingsAcceptFractionsInTheirUnit();
    void protocolBadValueIsRejectedAndExplained_data();
    void protocolBadValueIsRejectedAndExplained();
    void protocolBadValueLeavesSettingsUnchanged();
    void protocolVariantNamesRoundTrip();
    void protocolUnknownKeyHasNoValue();

    void networkSetThenValueRoundTrips_data();
    void networkSetThenValueRoundTrips();
    void networkLinkKeyCreatesOverrideForThatDirectionOnly();
    void networkLinkDefaultRemovesOverride();
    void networkSeedKeepsAll64Bits();
    void networkBadValueIsRejectedAndExplained_data();
    void networkBadValueIsRejectedAndExplained();
};

void TstSettings::protocolDefaultsAreTheRealNumbers()
{
    const ProtocolSettings p;
    QCOMPARE(p.value("rto_initial_ms"), QString("1000")); // RFC 6298 §2.1
    QCOMPARE(p.value("syn_retries"), QString("6"));       // Linux tcp_syn_retries
    QCOMPARE(p.value("msl_s"), QString("30"));
    QCOMPARE(p.value("keepalive_idle_s"), QString("7200")); // RFC 1122 §4.2.3.6
    QCOMPARE(p.value("keepalive_interval_s"), QString("75"));
    QCOMPARE(p.value("variant"), QString("standard"));
    QCOMPARE(p.value("keepalive"), QString("false"));
}

void TstSettings::protocolSetThenValueRoundTrips_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("variant") << "variant" << "two-way-handshake" << "two-way-handshake";
    QTest::newRow("rto_initial_ms") << "rto_initial_ms" << "3000" << "3000";
    QTest::newRow("rto_min_ms") << "rto_min_ms" << "1000" << "1000";
    QTest::newRow("rto_max_ms") << "rto_max_ms" << "60000" << "60000";
    QTest::newRow("syn_retries") << "syn_retries" << "2" << "2";
    QTest::newRow("synack_retries") << "synack_retries" << "0" << "0";
    QTest::newRow("data_retries") << "data_retries" << "255" << "255";
    QTest::newRow("syn_linear_timeouts") << "syn_linear_timeouts" << "4" << "4";
    QTest::newRow("msl_s") << "msl_s" << "60" << "60";
    QTest::newRow("fin_wait2_timeout_s") << "fin_wait2_timeout_s" << "10" << "10";
    QTest::newRow("keepalive") << "keepalive" << "true" << "true";
    QTest::newRow("keepalive_idle_s") << "keepalive_idle_s" << "20" << "20";
    QTest::newRow("keepalive_interval_s") << "keepalive_interval_s" << "5" << "5";
    QTest::newRow("keepalive_probes") << "keepalive_probes" << "10" << "10";
    QTest::newRow("delayed_ack") << "delayed_ack" << "true" << "true";
    QTest::newRow("delayed_ack_ms") << "delayed_ack_ms" << "200" << "200";
    QTest::newRow("backlog") << "backlog" << "8" << "8";
    QTest::newRow("syn_cookies") << "syn_cookies" << "true" << "true";
    QTest::newRow("window") << "window" << "1000" << "1000";
    QTest::newRow("time_wait_assassination") << "time_wait_assassination" << "true" << "true";
    QTest::newRow("time_wait_accepts_new_syn") << "time_wait_accepts_new_syn" << "false"
                                               << "false";
    // Spellings that normalise.
    QTest::newRow("bool 1") << "syn_cookies" << "1" << "true";
    QTest::newRow("bool TRUE") << "keepalive" << "TRUE" << "true";
    QTest::newRow("bool off") << "time_wait_accepts_new_syn" << "off" << "false";
    QTest::newRow("spaces") << "syn_retries" << " 3 " << "3";
    QTest::newRow("integer written as 3.0") << "syn_retries" << "3.0" << "3";
    QTest::newRow("time 2.50") << "msl_s" << "2.50" << "2.5";
}

void TstSettings::protocolSetThenValueRoundTrips()
{
    QFETCH(QString, key);
    QFETCH(QString, input);
    QFETCH(QString, expected);
    ProtocolSettings p;
    QString error;
    QVERIFY2(p.set(key, input, &error), qPrintable(error));
    QCOMPARE(p.value(key), expected);
    QVERIFY(p != ProtocolSettings() || expected == ProtocolSettings().value(key));
    // Setting the printed value again gives the same settings.
    ProtocolSettings q;
    QVERIFY(q.set(key, p.value(key), &error));
    QCOMPARE(q, p);
}

void TstSettings::protocolRoundTripTableCoversEveryKey()
{
    // Every key must be exercised by protocolSetThenValueRoundTrips with a non-default value.
    const QStringList keys = ProtocolSettings::keys();
    QCOMPARE(keys.size(), 21);
    QCOMPARE(QSet<QString>(keys.begin(), keys.end()).size(), keys.size());
    const ProtocolSettings defaults;
    for (const QString &key : keys) {
        QVERIFY2(!defaults.value(key).isEmpty(), qPrintable(key));
        // The row named after the key sets a value that differs from the default.
        ProtocolSettings p;
        bool found = false;
        const QList<std::pair<QString, QString>> rows = {
            {"variant", "two-way-handshake"}, {"rto_initial_ms", "3000"},
            {"rto_min_ms", "1000"}, {"rto_max_ms", "60000"}, {"syn_retries", "2"},
            {"synack_retries", "0"}, {"data_retries", "255"}, {"syn_linear_timeouts", "4"},
            {"msl_s", "60"}, {"fin_wait2_timeout_s", "10"}, {"keepalive", "true"},
            {"keepalive_idle_s", "20"}, {"keepalive_interval_s", "5"},
            {"keepalive_probes", "10"}, {"delayed_ack", "true"}, {"delayed_ack_ms", "200"},
            {"backlog", "8"}, {"syn_cookies", "true"}, {"window", "1000"},
            {"time_wait_assassination", "true"}, {"time_wait_accepts_new_syn", "false"}};
        for (const auto &row : rows) {
            if (row.first == key) {
                found = true;
                QVERIFY(p.set(key, row.second, nullptr));
                QVERIFY2(p != defaults, qPrintable(key));
            }
        }
        QVERIFY2(found, qPrintable(key + " has no round-trip row"));
    }
}

void TstSettings::protocolValueOfDefaultsSetsNothingNew()
{
    ProtocolSettings p;
    for (const QString &key : ProtocolSettings::keys()) {
        QString error;
        QVERIFY2(p.set(key, ProtocolSettings().value(key), &error), qPrintable(error));
    }
    QCOMPARE(p, ProtocolSettings());
}

void TstSettings::protocolTimeSettingsAcceptFractionsInTheirUnit_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("input");
    QTest::addColumn<qint64>("micros");
    QTest::newRow("ms") << "rto_initial_ms" << "1.5" << qint64(1500);
    QTest::newRow("ms whole") << "rto_min_ms" << "250" << qint64(250000);
    QTest::newRow("s fraction") << "msl_s" << "0.25" << qint64(250000);
    QTest::newRow("s") << "keepalive_idle_s" << "7200" << qint64(7200000000LL);
    QTest::newRow("delayed ack") << "delayed_ack_ms" << "40" << qint64(40000);
}

void TstSettings::protocolTimeSettingsAcceptFractionsInTheirUnit()
{
    QFETCH(QString, key);
    QFETCH(QString, input);
    QFETCH(qint64, micros);
    ProtocolSettings p;
    QVERIFY(p.set(key, input, nullptr));
    const QMap<QString, SimTime> fields = {
        {"rto_initial_ms", p.rtoInitial}, {"rto_min_ms", p.rtoMin}, {"msl_s", p.msl},
        {"keepalive_idle_s", p.keepaliveIdle}, {"delayed_ack_ms", p.delayedAckTimeout}};
    QCOMPARE(fields.value(key), micros);
}

void TstSettings::protocolBadValueIsRejectedAndExplained_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("error");
    QTest::newRow("not a number") << "msl_s" << "abc" << "msl_s: 'abc' is not a number";
    QTest::newRow("empty") << "syn_retries" << "" << "syn_retries: '' is not a number";
    QTest::newRow("too many retries") << "syn_retries" << "256"
                                      << "syn_retries: must be between 0 and 255";
    QTest::newRow("negative retries") << "synack_retries" << "-1"
                                      << "synack_retries: must be between 0 and 255";
    QTest::newRow("fractional count") << "keepalive_probes" << "2.5"
                                      << "keepalive_probes: '2.5' is not a whole number";
    QTest::newRow("zero rto") << "rto_initial_ms" << "0"
                              << "rto_initial_ms: must be between 1 and 3600000";
    QTest::newRow("negative msl") << "msl_s" << "-1" << "msl_s: must be between 0 and 3600";
    QTest::newRow("delayed ack over RFC 1122 limit")
        << "delayed_ack_ms" << "501" << "delayed_ack_ms: must be between 1 and 500";
    QTest::newRow("window over 16 bits") << "window" << "65536"
                                         << "window: must be between 1 and 65535";
    QTest::newRow("backlog zero") << "backlog" << "0" << "backlog: must be between 1 and 65535";
    QTest::newRow("idle too small") << "keepalive_idle_s" << "0"
                                    << "keepalive_idle_s: must be between 0.001 and 86400";
    QTest::newRow("infinity") << "msl_s" << "inf" << "msl_s: 'inf' is not a number";
    QTest::newRow("bool") << "keepalive" << "maybe" << "keepalive: 'maybe' is not true or false";
    QTest::newRow("variant") << "variant" << "three-way"
                             << "variant: unknown value 'three-way' (expected standard, "
                                "two-way-handshake or no-time-wait)";
    QTest::newRow("unknown key") << "syn_retry" << "3" << "syn_retry: unknown setting";
}

void TstSettings::protocolBadValueIsRejectedAndExplained()
{
    QFETCH(QString, key);
    QFETCH(QString, input);
    QFETCH(QString, error);
    ProtocolSettings p;
    QString actual;
    QVERIFY(!p.set(key, input, &actual));
    QCOMPARE(actual, error);
}

void TstSettings::protocolBadValueLeavesSettingsUnchanged()
{
    ProtocolSettings p;
    QVERIFY(!p.set("syn_retries", "1000", nullptr)); // a null error pointer is allowed
    QVERIFY(!p.set("msl_s", "x", nullptr));
    QCOMPARE(p, ProtocolSettings());
}

void TstSettings::protocolVariantNamesRoundTrip()
{
    for (ProtocolVariant v : {ProtocolVariant::Standard, ProtocolVariant::TwoWayHandshake,
                              ProtocolVariant::NoTimeWait}) {
        ProtocolVariant back = ProtocolVariant::Standard;
        QVERIFY(protocolVariantFromName(protocolVariantName(v), &back));
        QCOMPARE(back, v);
    }
    QCOMPARE(protocolVariantName(ProtocolVariant::NoTimeWait), QString("no-time-wait"));
    ProtocolVariant v = ProtocolVariant::NoTimeWait;
    QVERIFY(!protocolVariantFromName("Standard", &v));
    QCOMPARE(v, ProtocolVariant::NoTimeWait);
}

void TstSettings::protocolUnknownKeyHasNoValue()
{
    QVERIFY(ProtocolSettings().value("nonsense").isNull());
}

void TstSettings::networkSetThenValueRoundTrips_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("delay_ms") << "delay_ms" << "80" << "80";
    QTest::newRow("delay_ms fraction") << "delay_ms" << "0.5" << "0.5";
    QTest::newRow("jitter_ms") << "jitter_ms" << "10" << "10";
    QTest::newRow("loss") << "loss" << "0.25" << "0.25";
    QTest::newRow("loss one") << "loss" << "1" << "1";
    QTest::newRow("seed") << "seed" << "42" << "42";
    QTest::newRow("link delay") << "delay_ms.A>B" << "120" << "120";
    QTest::newRow("link loss") << "loss.B>A" << "0.5" << "0.5";
}

void TstSettings::networkSetThenValueRoundTrips()
{
    QFETCH(QString, key);
    QFETCH(QString, input);
    QFETCH(QString, expected);
    NetworkSettings n;
    QString error;
    QVERIFY2(n.set(key, input, &error), qPrintable(error));
    QCOMPARE(n.value(key), expected);
    QVERIFY(n != NetworkSettings());
    NetworkSettings again;
    QVERIFY(again.set(key, n.value(key), &error));
    QCOMPARE(again, n);
}

void TstSettings::networkLinkKeyCreatesOverrideForThatDirectionOnly()
{
    NetworkSettings n;
    QVERIFY(n.set("delay_ms.A>B", "80", nullptr));
    QVERIFY(n.set("loss.A>B", "0.1", nullptr));
    QCOMPARE(n.links.size(), 1);
    QCOMPARE(n.links[0].from, QString("A"));
    QCOMPARE(n.links[0].to, QString("B"));
    QCOMPARE(n.delayFor("A", "B"), msToUs(80));
    QCOMPARE(n.lossFor("A", "B"), 0.1);
    // The other direction keeps the network defaults.
    QCOMPARE(n.delayFor("B", "A"), msToUs(50));
    QCOMPARE(n.lossFor("B", "A"), 0.0);
    QCOMPARE(n.value("delay_ms.B>A"), QString("50"));
    // A link that overrides only its delay takes the default loss.
    QVERIFY(n.set("delay_ms.B>A", "10", nullptr));
    QVERIFY(n.set("loss", "0.3", nullptr));
    QCOMPARE(n.lossFor("B", "A"), 0.3);
    QCOMPARE(n.delayFor("B", "A"), msToUs(10));
}

void TstSettings::networkLinkDefaultRemovesOverride()
{
    NetworkSettings n;
    QVERIFY(n.set("delay_ms.A>B", "80", nullptr));
    QVERIFY(n.set("delay_ms.A>B", "default", nullptr));
    QVERIFY(n.links.isEmpty());
    QCOMPARE(n, NetworkSettings());
}

void TstSettings::networkSeedKeepsAll64Bits()
{
    NetworkSettings n;
    QVERIFY(n.set("seed", "18446744073709551615", nullptr));
    QCOMPARE(n.seed, uint64_t(18446744073709551615ULL));
    QCOMPARE(n.value("seed"), QString("18446744073709551615"));
}

void TstSettings::networkBadValueIsRejectedAndExplained_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("error");
    QTest::newRow("loss over one") << "loss" << "1.5" << "loss: must be between 0 and 1";
    QTest::newRow("negative loss") << "loss" << "-0.1" << "loss: must be between 0 and 1";
    QTest::newRow("loss text") << "loss" << "much" << "loss: 'much' is not a number";
    QTest::newRow("negative delay") << "delay_ms" << "-1"
                                    << "delay_ms: must be between 0 and 600000";
    QTest::newRow("negative seed") << "seed" << "-1"
                                   << "seed: '-1' is not a whole number between 0 and "
                                      "18446744073709551615";
    QTest::newRow("link loss") << "loss.A>B" << "2" << "loss.A>B: must be between 0 and 1";
    QTest::newRow("link to itself") << "delay_ms.A>A" << "10"
                                    << "delay_ms.A>A: expected two different host names, "
                                       "e.g. delay_ms.A>B";
    QTest::newRow("link without arrow") << "delay_ms.AB" << "10" << "delay_ms.AB: unknown setting";
    QTest::newRow("unknown key") << "dely_ms" << "10" << "dely_ms: unknown setting";
    QTest::newRow("unknown link setting") << "jitter_ms.A>B" << "10"
                                          << "jitter_ms.A>B: unknown setting";
}

void TstSettings::networkBadValueIsRejectedAndExplained()
{
    QFETCH(QString, key);
    QFETCH(QString, input);
    QFETCH(QString, error);
    NetworkSettings n;
    QString actual;
    QVERIFY(!n.set(key, input, &actual));
    QCOMPARE(actual, error);
    QCOMPARE(n, NetworkSettings());
}

QTEST_GUILESS_MAIN(TstSettings)
#include "tst_settings.moc"
