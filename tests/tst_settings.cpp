// The settings table (SettingDescriptor) that the file, the command line and the settings
// dock all read; ProtocolSettings and NetworkSettings, typed and as text (the spelling of
// scenario files and the command line); the checks of one value and the rules between
// settings (SettingsValidation); and Scenario::setSetting, which keeps those rules.
#include "scenario/scenario.h"
#include "settings/network_settings.h"
#include "settings/protocol_settings.h"
#include "settings/setting_descriptor.h"
#include "settings/settings_validation.h"

#include <QSet>
#include <QTest>
#include <QTranslator>

#include <cmath>
#include <limits>

using namespace tcplab;

namespace {

// Every descriptor of the model, whoever publishes it.
QList<SettingDescriptor> allDescriptors()
{
    return ProtocolSettings::descriptors() + NetworkSettings::descriptors()
           + NetworkSettings::linkDescriptors();
}

// One row per rule between settings: the assignments that break it (applied in order to
// default settings, protocol keys to ProtocolSettings, the others to NetworkSettings) and
// what it reports.
struct RuleRow {
    const char *rule;
    QStringList assignments;
    const char *text;
    const char *textWithValues;
};

const QList<RuleRow> &ruleRows()
{
    static const QList<RuleRow> rows = {
        {"rto_min_not_above_max", {"rto_max_ms=150"}, "rto_min_ms: must not exceed rto_max_ms",
         "rto_min_ms (200) must not exceed rto_max_ms (150)"},
        {"rto_min_not_above_initial", {"rto_min_ms=3000"},
         "rto_min_ms: must not exceed rto_initial_ms",
         "rto_min_ms (3000) must not exceed rto_initial_ms (1000)"},
        {"rto_initial_not_above_max", {"rto_max_ms=500"},
         "rto_initial_ms: must not exceed rto_max_ms",
         "rto_initial_ms (1000) must not exceed rto_max_ms (500)"},
        {"jitter_not_above_delay", {"jitter_ms=60"}, "jitter_ms: must not exceed delay_ms",
         "jitter_ms (60) must not exceed delay_ms (50)"},
        {"link_delay_not_below_jitter", {"jitter_ms=10", "delay_ms.A>B=5"},
         "delay_ms.A>B: must not be less than jitter_ms",
         "delay_ms.A>B (5) must not be less than jitter_ms (10)"},
    };
    return rows;
}

} // namespace

class TstSettings : public QObject
{
    Q_OBJECT

private slots:
    // The table.
    void everySettingIsDescribed_data();
    void everySettingIsDescribed();
    void tableDefaultsAreTheStructDefaults();
    void tableKeysAreTheSettingsKeys();
    void everyLabelAndDescriptionHasAChineseTranslation();

    // One value.
    void checkValueAcceptsOnlyTheTypeAndRange_data();
    void checkValueAcceptsOnlyTheTypeAndRange();
    void valuesAreTyped_data();
    void valuesAreTyped();
    void setValueOfTheWrongTypeChangesNothing();

    // Rules between settings.
    void ruleIsReportedByName_data();
    void ruleIsReportedByName();
    void everyRuleHasARow();
    void valuesOnTheBoundsKeepTheRules();
    void rtoChainReportsOnlyItsFirstBrokenLink();
    void defaultsKeepEveryRule();

    // A scenario's settings.
    void scenarioRefusesASettingThatBreaksARuleAndStaysAsItWas();
    void scenarioChecksEachHostsOwnSettings();
    void scenarioAppliesAConsistentSetting();

    // Link keys.
    void linkKeyIsSplitInOnePlace_data();
    void linkKeyIsSplitInOnePlace();

    // Text, as files and the command line spell it.
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

void TstSettings::everySettingIsDescribed_data()
{
    // A link's settings are looked up with two hosts in the key.
    QTest::addColumn<QString>("key");
    QSet<QString> seen;
    for (const SettingDescriptor &d : allDescriptors()) {
        const QString key = d.scope == SettingScope::Link ? d.key + QStringLiteral(".A>B") : d.key;
        QVERIFY2(!seen.contains(key), qPrintable(key + " is described twice"));
        seen.insert(key);
        QTest::newRow(qPrintable(key)) << key;
    }
    QCOMPARE(seen.size(), 26 + 4 + 2);
}

void TstSettings::everySettingIsDescribed()
{
    QFETCH(QString, key);
    QVERIFY(Scenario::settingDescriptor(key));
    const SettingDescriptor &d = *Scenario::settingDescriptor(key);
    QVERIFY(!d.key.isEmpty());
    QVERIFY(d.label && *d.label);
    QVERIFY(d.description && *d.description);
    QVERIFY(d.valueType().isValid());

    // A duration is spelled in its unit, and its key says which.
    switch (d.type) {
    case SettingType::Duration:
        QVERIFY(d.unit == SettingUnit::Milliseconds || d.unit == SettingUnit::Seconds);
        QVERIFY2(d.key.endsWith(d.unit == SettingUnit::Milliseconds ? QLatin1String("_ms")
                                                                    : QLatin1String("_s")),
                 qPrintable(d.key));
        break;
    case SettingType::Integer:
        QVERIFY(d.unit == SettingUnit::None || d.unit == SettingUnit::Bytes);
        break;
    default:
        QCOMPARE(d.unit, SettingUnit::None);
    }
    if (d.type != SettingType::Duration)
        QVERIFY2(!d.key.endsWith(QLatin1String("_ms")) && !d.key.endsWith(QLatin1String("_s")),
                 qPrintable(d.key));

    // Numbers have a range of their own type, flags and names have none.
    const bool numeric = d.type != SettingType::Bool && d.type != SettingType::Choice;
    QCOMPARE(d.hasRange(), numeric);
    if (numeric) {
        QCOMPARE(d.minimum.metaType(), d.valueType());
        QCOMPARE(d.maximum.metaType(), d.valueType());
        QCOMPARE(QVariant::compare(d.minimum, d.maximum), QPartialOrdering::Less);
        QVERIFY(d.rangeProblem().startsWith(QLatin1String("must be between ")));
    }
    if (d.type == SettingType::Choice)
        QVERIFY(d.choices.size() >= 2);
    else
        QVERIFY(d.choices.isEmpty());

    // The default is a valid value; a link's is the network's own (null).
    QString problem;
    if (d.scope == SettingScope::Link) {
        QVERIFY(d.defaultValue.isNull());
    } else {
        QCOMPARE(d.defaultValue.metaType(), d.valueType());
        QVERIFY2(SettingsValidation::checkValue(d, d.defaultValue, &problem), qPrintable(problem));
        // Its spelling reads back as the same value.
        QVariant back;
        QVERIFY2(d.parse(d.format(d.defaultValue), &back, &problem), qPrintable(problem));
        QCOMPARE(back, d.defaultValue);
    }
}

void TstSettings::tableDefaultsAreTheStructDefaults()
{
    for (const SettingDescriptor &d : ProtocolSettings::descriptors())
        QCOMPARE(ProtocolSettings().value(d.key), d.defaultValue);
    for (const SettingDescriptor &d : NetworkSettings::descriptors())
        QCOMPARE(NetworkSettings().value(d.key), d.defaultValue);
}

void TstSettings::tableKeysAreTheSettingsKeys()
{
    QStringList protocol, network;
    for (const SettingDescriptor &d : ProtocolSettings::descriptors()) {
        protocol << d.key;
        QCOMPARE(d.scope, SettingScope::Protocol);
        QCOMPARE(ProtocolSettings::descriptor(d.key), &d);
    }
    for (const SettingDescriptor &d : NetworkSettings::descriptors()) {
        network << d.key;
        QCOMPARE(d.scope, SettingScope::Network);
        QCOMPARE(NetworkSettings::descriptor(d.key), &d);
    }
    QCOMPARE(ProtocolSettings::keys(), protocol);
    QCOMPARE(NetworkSettings::keys(), network);
    for (const SettingDescriptor &d : NetworkSettings::linkDescriptors()) {
        QCOMPARE(d.scope, SettingScope::Link);
        QCOMPARE(NetworkSettings::descriptor(d.key + QStringLiteral(".A>B")), &d);
        QCOMPARE(Scenario::settingDescriptor(d.key + QStringLiteral(".B>A")), &d);
    }
    QCOMPARE(Scenario::settingDescriptor(QStringLiteral("rto_min_ms")),
             ProtocolSettings::descriptor(QStringLiteral("rto_min_ms")));
    QVERIFY(!Scenario::settingDescriptor(QStringLiteral("jitter_ms.A>B")));
    QVERIFY(!Scenario::settingDescriptor(QStringLiteral("nonsense")));
}

void TstSettings::everyLabelAndDescriptionHasAChineseTranslation()
{
    // The views translate the table's texts in its context; the catalogue must have them.
    QTranslator chinese;
    QVERIFY(chinese.load(QStringLiteral(":/i18n/tcplab_zh_CN.qm")));
    QStringList missing;
    for (const SettingDescriptor &d : allDescriptors()) {
        for (const char *text : {d.label, d.description}) {
            if (chinese.translate(SettingDescriptor::translationContext, text).isEmpty())
                missing << QString::fromUtf8(text);
        }
    }
    for (SettingUnit unit : {SettingUnit::Milliseconds, SettingUnit::Seconds, SettingUnit::Bytes}) {
        QVERIFY(!SettingDescriptor::unitName(unit).isEmpty());
    }
    QVERIFY(SettingDescriptor::unitName(SettingUnit::None).isEmpty());
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QLatin1Char('\n'))));
}

void TstSettings::checkValueAcceptsOnlyTheTypeAndRange_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<QString>("problem"); // empty: accepted
    QTest::newRow("integer") << "syn_retries" << QVariant(3) << "";
    QTest::newRow("integer at its maximum") << "syn_retries" << QVariant(255) << "";
    QTest::newRow("integer above") << "syn_retries" << QVariant(256) << "must be between 0 and 255";
    QTest::newRow("integer as text") << "syn_retries" << QVariant(QStringLiteral("3"))
                                     << "expects a int value, not QString";
    QTest::newRow("integer as 64 bits") << "syn_retries" << QVariant(qint64(3))
                                        << "expects a int value, not qlonglong";
    QTest::newRow("duration") << "rto_min_ms" << QVariant(qint64(1000)) << "";
    QTest::newRow("duration zero") << "rto_min_ms" << QVariant(qint64(0))
                                   << "must be between 1 and 3600000";
    QTest::newRow("duration below a fraction of its unit")
        << "keepalive_idle_s" << QVariant(qint64(999)) << "must be between 0.001 and 86400";
    QTest::newRow("duration as int") << "rto_min_ms" << QVariant(1000)
                                     << "expects a qlonglong value, not int";
    QTest::newRow("probability") << "loss" << QVariant(0.5) << "";
    QTest::newRow("probability above one") << "loss" << QVariant(1.5) << "must be between 0 and 1";
    QTest::newRow("probability NaN") << "loss" << QVariant(std::nan("")) << "must be between 0 and 1";
    QTest::newRow("seed, all 64 bits")
        << "seed" << QVariant(qulonglong(std::numeric_limits<quint64>::max())) << "";
    QTest::newRow("choice") << "variant" << QVariant(QStringLiteral("no-time-wait")) << "";
    QTest::newRow("unknown choice")
        << "variant" << QVariant(QStringLiteral("three-way"))
        << "unknown value 'three-way' (expected standard, two-way-handshake or no-time-wait)";
    QTest::newRow("flag") << "keepalive" << QVariant(true) << "";
    QTest::newRow("flag as number") << "keepalive" << QVariant(1) << "expects a bool value, not int";
    QTest::newRow("link: the network's value") << "delay_ms.A>B" << QVariant() << "";
    QTest::newRow("link: its own") << "loss.A>B" << QVariant(0.25) << "";
    QTest::newRow("network: a value is needed") << "delay_ms" << QVariant() << "needs a value";
}

void TstSettings::checkValueAcceptsOnlyTheTypeAndRange()
{
    QFETCH(QString, key);
    QFETCH(QVariant, value);
    QFETCH(QString, problem);
    const SettingDescriptor *d = Scenario::settingDescriptor(key);
    QVERIFY(d);
    QString actual;
    QCOMPARE(SettingsValidation::checkValue(*d, value, &actual), problem.isEmpty());
    QCOMPARE(actual, problem);
}

void TstSettings::valuesAreTyped_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QVariant>("value");
    QTest::newRow("duration in microseconds") << "rto_initial_ms" << QVariant(qint64(1000000));
    QTest::newRow("seconds too") << "msl_s" << QVariant(qint64(30000000));
    QTest::newRow("integer") << "syn_retries" << QVariant(6);
    QTest::newRow("flag") << "time_wait_accepts_new_syn" << QVariant(true);
    QTest::newRow("choice") << "variant" << QVariant(QStringLiteral("standard"));
    QTest::newRow("probability") << "loss" << QVariant(0.0);
    QTest::newRow("seed") << "seed" << QVariant(qulonglong(1));
    QTest::newRow("link: the network's value in force") << "delay_ms.A>B" << QVariant(qint64(50000));
}

void TstSettings::valuesAreTyped()
{
    QFETCH(QString, key);
    QFETCH(QVariant, value);
    const Scenario defaults;
    const QVariant actual = defaults.settingValue(key);
    QCOMPARE(actual.metaType(), value.metaType());
    QCOMPARE(actual, value);
}

void TstSettings::setValueOfTheWrongTypeChangesNothing()
{
    ProtocolSettings p;
    QString error;
    QVERIFY(!p.setValue(QStringLiteral("rto_min_ms"), QVariant(QStringLiteral("3000")), &error));
    QCOMPARE(error, QStringLiteral("rto_min_ms: expects a qlonglong value, not QString"));
    QVERIFY(!p.setValue(QStringLiteral("window"), QVariant(70000), &error));
    QCOMPARE(error, QStringLiteral("window: must be between 1 and 65535"));
    QCOMPARE(p, ProtocolSettings());
    QVERIFY(p.setValue(QStringLiteral("rto_min_ms"), QVariant(qint64(250000)), &error));
    QCOMPARE(p.rtoMin, msToUs(250));

    NetworkSettings n;
    QVERIFY(!n.setValue(QStringLiteral("loss.A>B"), QVariant(QStringLiteral("0.5")), &error));
    QCOMPARE(error, QStringLiteral("loss.A>B: expects a double value, not QString"));
    QCOMPARE(n, NetworkSettings());
}

void TstSettings::ruleIsReportedByName_data()
{
    QTest::addColumn<QStringList>("assignments");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("textWithValues");
    for (const RuleRow &row : ruleRows()) {
        QTest::newRow(row.rule) << row.assignments << QString::fromUtf8(row.text)
                                << QString::fromUtf8(row.textWithValues);
    }
}

void TstSettings::ruleIsReportedByName()
{
    QFETCH(QStringList, assignments);
    QFETCH(QString, text);
    QFETCH(QString, textWithValues);
    ProtocolSettings protocol;
    NetworkSettings network;
    QVERIFY(SettingsValidation::check(protocol).isEmpty());
    QVERIFY(SettingsValidation::check(network).isEmpty());
    for (const QString &a : std::as_const(assignments)) {
        const QString key = a.section(QLatin1Char('='), 0, 0);
        const QString value = a.section(QLatin1Char('='), 1);
        QString error;
        // One value at a time is checked alone: the rules are for the whole set.
        const bool ok = ProtocolSettings::descriptor(key) ? protocol.set(key, value, &error)
                                                          : network.set(key, value, &error);
        QVERIFY2(ok, qPrintable(error));
    }
    const QList<SettingProblem> problems =
        SettingsValidation::check(protocol) + SettingsValidation::check(network);
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems[0].rule, QString::fromLatin1(QTest::currentDataTag()));
    QCOMPARE(problems[0].text(), text);
    QCOMPARE(problems[0].textWithValues(), textWithValues);
    QCOMPARE(problems[0].key + QLatin1String(": ") + problems[0].message(), text);
    QVERIFY(problems[0].host.isEmpty());
}

void TstSettings::everyRuleHasARow()
{
    QStringList covered;
    for (const RuleRow &row : ruleRows())
        covered << QString::fromLatin1(row.rule);
    QCOMPARE(covered, SettingsValidation::ruleNames());
}

void TstSettings::valuesOnTheBoundsKeepTheRules()
{
    ProtocolSettings p;
    p.rtoMin = p.rtoInitial = p.rtoMax = secondsToUs(3);
    QVERIFY(SettingsValidation::check(p).isEmpty());
    NetworkSettings n;
    n.jitter = n.delay;
    QVERIFY(n.set(QStringLiteral("delay_ms.A>B"), QStringLiteral("50"), nullptr));
    QVERIFY(SettingsValidation::check(n).isEmpty());
}

void TstSettings::rtoChainReportsOnlyItsFirstBrokenLink()
{
    // Minimum above maximum breaks two links of the chain; the first says it all.
    ProtocolSettings p;
    p.rtoMin = secondsToUs(5);
    p.rtoMax = secondsToUs(1);
    const QList<SettingProblem> problems = SettingsValidation::check(p);
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems[0].rule, QStringLiteral("rto_min_not_above_max"));
}

void TstSettings::defaultsKeepEveryRule()
{
    QVERIFY(SettingsValidation::check(ProtocolSettings()).isEmpty());
    QVERIFY(SettingsValidation::check(NetworkSettings()).isEmpty());
    QVERIFY(Scenario().settingProblems().isEmpty());
}

void TstSettings::scenarioRefusesASettingThatBreaksARuleAndStaysAsItWas()
{
    Scenario s;
    const Scenario before = s;
    QString error;
    QVERIFY(!s.setSetting(QStringLiteral("rto_min_ms"), QVariant(qint64(msToUs(3000))), &error));
    QCOMPARE(error, QStringLiteral("rto_min_ms (3000) must not exceed rto_initial_ms (1000)"));
    QCOMPARE(s, before);
    QVERIFY(!s.setSetting(QStringLiteral("jitter_ms"), QVariant(qint64(msToUs(60))), &error));
    QCOMPARE(error, QStringLiteral("jitter_ms (60) must not exceed delay_ms (50)"));
    QVERIFY(!s.setSetting(QStringLiteral("syn_retries"), QVariant(300), &error));
    QCOMPARE(error, QStringLiteral("syn_retries: must be between 0 and 255"));
    QVERIFY(!s.setSetting(QStringLiteral("nonsense"), QVariant(1), &error));
    QCOMPARE(error, QStringLiteral("nonsense: unknown setting"));
    QCOMPARE(s, before);
}

void TstSettings::scenarioChecksEachHostsOwnSettings()
{
    Scenario s;
    HostSpec a;
    a.name = QStringLiteral("A");
    a.protocol.insert(QStringLiteral("rto_initial_ms"), QVariant(qint64(msToUs(500))));
    HostSpec b;
    b.name = QStringLiteral("B");
    s.hosts << a << b;
    QVERIFY(s.settingProblems().isEmpty());
    // Fine for B and for the shared settings, but not with A's own initial RTO.
    QString error;
    QVERIFY(!s.setSetting(QStringLiteral("rto_min_ms"), QVariant(qint64(msToUs(800))), &error));
    QCOMPARE(error, QStringLiteral("host A: rto_min_ms (800) must not exceed rto_initial_ms (500)"));
    QCOMPARE(s.protocol.rtoMin, msToUs(200));
    QVERIFY(s.setSetting(QStringLiteral("rto_min_ms"), QVariant(qint64(msToUs(400))), &error));
    QCOMPARE(s.protocolFor(0).rtoMin, msToUs(400));
    QCOMPARE(s.protocolFor(0).rtoInitial, msToUs(500));
}

void TstSettings::scenarioAppliesAConsistentSetting()
{
    Scenario s;
    QString error;
    QVERIFY2(s.setSetting(QStringLiteral("rto_initial_ms"), QVariant(qint64(msToUs(5000))), &error),
             qPrintable(error));
    QVERIFY2(s.setSetting(QStringLiteral("rto_min_ms"), QVariant(qint64(msToUs(3000))), &error),
             qPrintable(error));
    QVERIFY2(s.setSetting(QStringLiteral("delay_ms.A>B"), QVariant(qint64(msToUs(80))), &error),
             qPrintable(error));
    QCOMPARE(s.protocol.rtoMin, msToUs(3000));
    QCOMPARE(s.network.delayFor(QStringLiteral("A"), QStringLiteral("B")), msToUs(80));
    QVERIFY(s.setSetting(QStringLiteral("delay_ms.A>B"), QVariant(), &error));
    QVERIFY(s.network.links.isEmpty());
}

void TstSettings::linkKeyIsSplitInOnePlace_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<bool>("isLink");
    QTest::addColumn<QString>("base");
    QTest::addColumn<bool>("hasDirection");
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::newRow("link") << "delay_ms.A>B" << true << "delay_ms" << true << "A" << "B";
    QTest::newRow("long names") << "loss.client>server" << true << "loss" << true << "client"
                                << "server";
    QTest::newRow("network key") << "delay_ms" << false << "" << false << "" << "";
    QTest::newRow("no arrow") << "delay_ms.AB" << true << "delay_ms" << false << "" << "";
    QTest::newRow("two arrows") << "delay_ms.A>B>C" << true << "delay_ms" << false << "" << "";
    QTest::newRow("no sender") << "loss.>B" << true << "loss" << true << "" << "B";
}

void TstSettings::linkKeyIsSplitInOnePlace()
{
    QFETCH(QString, key);
    QFETCH(bool, isLink);
    QFETCH(QString, base);
    QFETCH(bool, hasDirection);
    QFETCH(QString, from);
    QFETCH(QString, to);
    const std::optional<LinkKey> link = LinkKey::split(key);
    QCOMPARE(link.has_value(), isLink);
    if (!link)
        return;
    QCOMPARE(link->base, base);
    QCOMPARE(link->hasDirection, hasDirection);
    QCOMPARE(link->from, from);
    QCOMPARE(link->to, to);
    if (link->namesTwoHosts())
        QCOMPARE(link->key(), key);
}

void TstSettings::protocolDefaultsAreTheRealNumbers()
{
    const ProtocolSettings p;
    QCOMPARE(p.text("rto_initial_ms"), QString("1000")); // RFC 6298 §2.1
    QCOMPARE(p.text("syn_retries"), QString("6"));       // Linux tcp_syn_retries
    QCOMPARE(p.text("msl_s"), QString("30"));
    QCOMPARE(p.text("keepalive_idle_s"), QString("7200")); // RFC 1122 §4.2.3.6
    QCOMPARE(p.text("keepalive_interval_s"), QString("75"));
    QCOMPARE(p.text("variant"), QString("standard"));
    QCOMPARE(p.text("keepalive"), QString("false"));
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
    QTest::newRow("quick_acks") << "quick_acks" << "16" << "16";
    QTest::newRow("backlog") << "backlog" << "8" << "8";
    QTest::newRow("syn_cookies") << "syn_cookies" << "true" << "true";
    QTest::newRow("window") << "window" << "1000" << "1000";
    QTest::newRow("time_wait_assassination") << "time_wait_assassination" << "false" << "false";
    QTest::newRow("time_wait_accepts_new_syn") << "time_wait_accepts_new_syn" << "false"
                                               << "false";
    QTest::newRow("time_wait_reopen_isn") << "time_wait_reopen_isn" << "true" << "true";
    QTest::newRow("reset_carries_ack") << "reset_carries_ack" << "true" << "true";
    QTest::newRow("rfc5961_challenge_ack") << "rfc5961_challenge_ack" << "false" << "false";
    QTest::newRow("new_syn_resets_syn_received") << "new_syn_resets_syn_received" << "true" << "true";
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
    QCOMPARE(p.text(key), expected);
    QVERIFY(p != ProtocolSettings() || expected == ProtocolSettings().text(key));
    // Setting the printed value again gives the same settings.
    ProtocolSettings q;
    QVERIFY(q.set(key, p.text(key), &error));
    QCOMPARE(q, p);
    // And so does setting the typed value.
    ProtocolSettings r;
    QVERIFY2(r.setValue(key, p.value(key), &error), qPrintable(error));
    QCOMPARE(r, p);
}

void TstSettings::protocolRoundTripTableCoversEveryKey()
{
    // Every key must be exercised by protocolSetThenValueRoundTrips with a non-default value.
    const QStringList keys = ProtocolSettings::keys();
    QCOMPARE(keys.size(), 26);
    QCOMPARE(QSet<QString>(keys.begin(), keys.end()).size(), keys.size());
    const ProtocolSettings defaults;
    for (const QString &key : keys) {
        QVERIFY2(!defaults.text(key).isEmpty(), qPrintable(key));
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
            {"quick_acks", "16"}, {"backlog", "8"}, {"syn_cookies", "true"}, {"window", "1000"},
            {"time_wait_assassination", "false"}, {"time_wait_accepts_new_syn", "false"},
            {"time_wait_reopen_isn", "true"}, {"reset_carries_ack", "true"},
            {"rfc5961_challenge_ack", "false"}, {"new_syn_resets_syn_received", "true"}};
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
        QVERIFY2(p.set(key, ProtocolSettings().text(key), &error), qPrintable(error));
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
    QCOMPARE(p.value(key), QVariant(micros));
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
    QTest::newRow("huge duration") << "msl_s" << "1e300" << "msl_s: must be between 0 and 3600";
    QTest::newRow("infinity") << "msl_s" << "inf" << "msl_s: 'inf' is not a number";
    QTest::newRow("bool") << "keepalive" << "maybe" << "keepalive: 'maybe' is not true or false";
    QTest::newRow("variant") << "variant" << "three-way"
                             << "variant: unknown value 'three-way' (expected standard, "
                                "two-way-handshake or no-time-wait)";
    QTest::newRow("unknown key") << "syn_retry" << "3" << "syn_retry: unknown setting";
    QTest::newRow("'default' is for links") << "msl_s" << "default" << "msl_s: 'default' is not a number";
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
        // The table's choices are the variant names.
        QVERIFY(ProtocolSettings::descriptor("variant")->choices.contains(protocolVariantName(v)));
    }
    QCOMPARE(protocolVariantName(ProtocolVariant::NoTimeWait), QString("no-time-wait"));
    ProtocolVariant v = ProtocolVariant::NoTimeWait;
    QVERIFY(!protocolVariantFromName("Standard", &v));
    QCOMPARE(v, ProtocolVariant::NoTimeWait);
}

void TstSettings::protocolUnknownKeyHasNoValue()
{
    QVERIFY(ProtocolSettings().value("nonsense").isNull());
    QVERIFY(ProtocolSettings().text("nonsense").isNull());
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
    QCOMPARE(n.text(key), expected);
    QVERIFY(n != NetworkSettings());
    NetworkSettings again;
    QVERIFY(again.set(key, n.text(key), &error));
    QCOMPARE(again, n);
    NetworkSettings typed;
    QVERIFY2(typed.setValue(key, n.value(key), &error), qPrintable(error));
    QCOMPARE(typed, n);
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
    QCOMPARE(n.text("delay_ms.B>A"), QString("50"));
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
    QCOMPARE(n.text("seed"), QString("18446744073709551615"));
    QCOMPARE(n.value("seed"), QVariant(qulonglong(18446744073709551615ULL)));
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
    QTest::newRow("'default' is for links") << "delay_ms" << "default"
                                            << "delay_ms: 'default' is not a number";
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
