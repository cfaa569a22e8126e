// The settings dock as a learner uses it: fields built from the model's table of settings
// (labels, units, ranges, descriptions), values typed into them, and refusals for what a
// scenario file may not hold, so that Save never writes a file that Open refuses.

#include "scenario_document.h"
#include "scenario_editor.h"
#include "settings_panel.h"

#include "scenario/scenario_file.h"
#include "scenario/scenario_library.h"
#include "settings/network_settings.h"
#include "settings/protocol_profile.h"
#include "settings/protocol_settings.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QTest>
#include <QTranslator>
#include <QUndoStack>

#include <memory>

using namespace tcplab;

class TstSettingsPanel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void rtoMinAboveRtoInitialIsRefusedWithAMessageAndNotApplied();
    void choosingTheLinuxProfileSwitchesTheSettingsAndUndoRestoresThem();
    void raisingTheInitialRtoFirstLetsTheMinimumFollow();
    void jitterAboveTheDelayIsRefused();
    void refusalIsClearedByTheNextAcceptedValue();
    void typedTextReachesTheScenarioAsTypedValues();
    void everySettingHasAnEditorOfItsType();
    void labelsUnitsRangesAndTooltipsComeFromTheTable();
    void labelsAreTranslatedFromTheTable();

private:
    QLineEdit *lineEdit(const QString &key) const;
    QLabel *errorLabel(const QString &key) const;
    QLabel *labelOf(const QWidget *editor) const;
    // Types `text` over the field's contents and presses Return, as a learner does.
    void type(const QString &key, const QString &text);
    // Save, then Open: what the dock leaves in the document must read back.
    void verifySavedFileOpens();

    std::unique_ptr<ScenarioDocument> m_document;
    std::unique_ptr<ScenarioEditor> m_editor;
    std::unique_ptr<SettingsPanel> m_panel;
};

void TstSettingsPanel::init()
{
    const ScenarioFile::LoadResult r = ScenarioLibrary::load(QStringLiteral("handshake-and-close"));
    QVERIFY2(r.ok, qPrintable(r.errors.join(QLatin1Char('\n'))));
    m_document = std::make_unique<ScenarioDocument>();
    m_document->open(r.scenario, QString(), QStringLiteral("handshake-and-close"));
    m_editor = std::make_unique<ScenarioEditor>(m_document.get());
    m_panel = std::make_unique<SettingsPanel>(m_document.get(), m_editor.get());
    m_panel->resize(400, 800);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
}

void TstSettingsPanel::cleanup()
{
    m_panel.reset();
    m_editor.reset();
    m_document.reset();
}

QLineEdit *TstSettingsPanel::lineEdit(const QString &key) const
{
    return m_panel->findChild<QLineEdit *>(QStringLiteral("setting:") + key);
}

QLabel *TstSettingsPanel::errorLabel(const QString &key) const
{
    return m_panel->findChild<QLabel *>(QStringLiteral("settingError:") + key);
}

QLabel *TstSettingsPanel::labelOf(const QWidget *editor) const
{
    for (QLabel *label : m_panel->findChildren<QLabel *>()) {
        if (label->buddy() == editor)
            return label;
    }
    return nullptr;
}

void TstSettingsPanel::type(const QString &key, const QString &text)
{
    QLineEdit *edit = lineEdit(key);
    QVERIFY2(edit, qPrintable(key));
    edit->setFocus();
    edit->selectAll();
    QTest::keyClicks(edit, text);
    QTest::keyClick(edit, Qt::Key_Return);
}

void TstSettingsPanel::verifySavedFileOpens()
{
    const QByteArray saved = ScenarioFile::serialize(m_document->scenario());
    const ScenarioFile::LoadResult reopened = ScenarioFile::parse(saved);
    QVERIFY2(reopened.ok, qPrintable(reopened.errors.join(QLatin1Char('\n')) + "\n" + saved));
    QCOMPARE(reopened.scenario, m_document->scenario());
}

void TstSettingsPanel::rtoMinAboveRtoInitialIsRefusedWithAMessageAndNotApplied()
{
    // The default initial RTO is 1000 ms; a minimum of 3000 ms is in its own range but not
    // below the initial one (RFC 6298 §2.4), and a file with both would not open.
    type(QStringLiteral("rto_min_ms"), QStringLiteral("3000"));
    QCOMPARE(m_document->scenario().protocol.rtoMin, msToUs(200));
    QCOMPARE(m_document->undoStack()->count(), 0);
    QVERIFY(!m_document->isModified());

    QLabel *error = errorLabel(QStringLiteral("rto_min_ms"));
    QVERIFY(error);
    QVERIFY(error->isVisible());
    QCOMPARE(error->text(),
             QStringLiteral("Not applied: rto_min_ms (3000) must not exceed rto_initial_ms (1000)"));
    // What was typed stays, to be corrected.
    QCOMPARE(lineEdit(QStringLiteral("rto_min_ms"))->text(), QStringLiteral("3000"));
    verifySavedFileOpens();
}

void TstSettingsPanel::choosingTheLinuxProfileSwitchesTheSettingsAndUndoRestoresThem()
{
    // Issue 12, "the settings dock switches it": the profile box sets every setting the two
    // profiles differ in (reset_carries_ack is one), shows the new values, and is one undo step.
    auto *profile = m_panel->findChild<QComboBox *>(QStringLiteral("profile"));
    QVERIFY(profile);
    QCOMPARE(profile->currentData().toString(), QStringLiteral("rfc9293"));
    auto *resetCarriesAck = m_panel->findChild<QCheckBox *>(QStringLiteral("setting:reset_carries_ack"));
    QVERIFY(resetCarriesAck);
    QVERIFY(!resetCarriesAck->isChecked());

    const int linuxIndex = profile->findData(QStringLiteral("linux"));
    QVERIFY(linuxIndex >= 0);
    profile->setCurrentIndex(linuxIndex);
    emit profile->activated(linuxIndex); // what a click on the entry emits
    QCOMPARE(m_document->scenario().profile, ProtocolProfile::Linux);
    QCOMPARE(m_document->scenario().protocol, protocolProfileSettings(ProtocolProfile::Linux));
    QVERIFY(resetCarriesAck->isChecked());
    QCOMPARE(m_document->undoStack()->count(), 1);
    verifySavedFileOpens();

    m_document->undoStack()->undo();
    QCOMPARE(m_document->scenario().profile, ProtocolProfile::Rfc9293);
    QVERIFY(!m_document->scenario().protocol.resetCarriesAck);
    QCOMPARE(profile->currentData().toString(), QStringLiteral("rfc9293"));
    QVERIFY(!resetCarriesAck->isChecked());
}

void TstSettingsPanel::raisingTheInitialRtoFirstLetsTheMinimumFollow()
{
    type(QStringLiteral("rto_initial_ms"), QStringLiteral("5000"));
    type(QStringLiteral("rto_min_ms"), QStringLiteral("3000"));
    QCOMPARE(m_document->scenario().protocol.rtoInitial, msToUs(5000));
    QCOMPARE(m_document->scenario().protocol.rtoMin, msToUs(3000));
    QCOMPARE(m_document->undoStack()->count(), 2);
    QVERIFY(errorLabel(QStringLiteral("rto_min_ms"))->isHidden());
    verifySavedFileOpens();

    // Going back under the minimum is refused the same way, from the other side.
    type(QStringLiteral("rto_initial_ms"), QStringLiteral("2000"));
    QCOMPARE(m_document->scenario().protocol.rtoInitial, msToUs(5000));
    QCOMPARE(errorLabel(QStringLiteral("rto_initial_ms"))->text(),
             QStringLiteral("Not applied: rto_min_ms (3000) must not exceed rto_initial_ms (2000)"));
    verifySavedFileOpens();
}

void TstSettingsPanel::jitterAboveTheDelayIsRefused()
{
    type(QStringLiteral("jitter_ms"), QStringLiteral("60"));
    QCOMPARE(m_document->scenario().network.jitter, SimTime(0));
    QCOMPARE(errorLabel(QStringLiteral("jitter_ms"))->text(),
             QStringLiteral("Not applied: jitter_ms (60) must not exceed delay_ms (50)"));
    // Nor may a link's own delay go under the jitter.
    type(QStringLiteral("jitter_ms"), QStringLiteral("20"));
    QCOMPARE(m_document->scenario().network.jitter, msToUs(20));
    type(QStringLiteral("delay_ms.A>B"), QStringLiteral("10"));
    QVERIFY(m_document->scenario().network.links.isEmpty());
    QVERIFY(errorLabel(QStringLiteral("delay_ms.A>B"))->isVisible());
    verifySavedFileOpens();
}

void TstSettingsPanel::refusalIsClearedByTheNextAcceptedValue()
{
    type(QStringLiteral("syn_retries"), QStringLiteral("300"));
    QLabel *error = errorLabel(QStringLiteral("syn_retries"));
    QCOMPARE(error->text(), QStringLiteral("Not applied: syn_retries: must be between 0 and 255"));
    type(QStringLiteral("syn_retries"), QStringLiteral("2"));
    QVERIFY(error->isHidden());
    QCOMPARE(m_document->scenario().protocol.synRetries, 2);
}

void TstSettingsPanel::typedTextReachesTheScenarioAsTypedValues()
{
    type(QStringLiteral("rto_initial_ms"), QStringLiteral("1500.5"));
    QCOMPARE(m_document->scenario().protocol.rtoInitial, SimTime(1500500));
    type(QStringLiteral("msl_s"), QStringLiteral("0.25"));
    QCOMPARE(m_document->scenario().protocol.msl, SimTime(250000));
    type(QStringLiteral("loss.B>A"), QStringLiteral("0.5"));
    QCOMPARE(m_document->scenario().network.lossFor(QStringLiteral("B"), QStringLiteral("A")), 0.5);
    auto *keepalive = m_panel->findChild<QCheckBox *>(QStringLiteral("setting:keepalive"));
    QVERIFY(keepalive);
    keepalive->click();
    QVERIFY(m_document->scenario().protocol.keepalive);
    auto *variant = m_panel->findChild<QComboBox *>(QStringLiteral("setting:variant"));
    QVERIFY(variant);
    variant->setCurrentIndex(variant->findData(QStringLiteral("no-time-wait")));
    emit variant->activated(variant->currentIndex());
    QCOMPARE(m_document->scenario().protocol.variant, ProtocolVariant::NoTimeWait);
    // The field shows the value in force, spelled as the file spells it.
    QCOMPARE(lineEdit(QStringLiteral("rto_initial_ms"))->text(), QStringLiteral("1500.5"));
    verifySavedFileOpens();
}

void TstSettingsPanel::everySettingHasAnEditorOfItsType()
{
    QStringList keys;
    for (const SettingDescriptor &d : ProtocolSettings::descriptors() + NetworkSettings::descriptors())
        keys << d.key;
    for (const SettingDescriptor &d : NetworkSettings::linkDescriptors())
        keys << d.key + QStringLiteral(".A>B") << d.key + QStringLiteral(".B>A");
    for (const QString &key : std::as_const(keys)) {
        const SettingDescriptor *d = Scenario::settingDescriptor(key);
        QWidget *editor = m_panel->findChild<QWidget *>(QStringLiteral("setting:") + key);
        QVERIFY2(editor, qPrintable(key));
        switch (d->type) {
        case SettingType::Bool:
            QVERIFY2(qobject_cast<QCheckBox *>(editor), qPrintable(key));
            break;
        case SettingType::Choice:
            QVERIFY2(qobject_cast<QComboBox *>(editor), qPrintable(key));
            QCOMPARE(qobject_cast<QComboBox *>(editor)->count(), d->choices.size());
            break;
        default:
            QVERIFY2(qobject_cast<QLineEdit *>(editor), qPrintable(key));
        }
        QVERIFY2(labelOf(editor), qPrintable(key));
    }
}

void TstSettingsPanel::labelsUnitsRangesAndTooltipsComeFromTheTable()
{
    const QList<std::pair<QString, QString>> labels = {
        {QStringLiteral("rto_initial_ms"), QStringLiteral("Initial RTO (ms)")},
        {QStringLiteral("msl_s"), QStringLiteral("MSL (s)")},
        {QStringLiteral("window"), QStringLiteral("Receive window (bytes)")},
        {QStringLiteral("loss"), QStringLiteral("Random loss (0–1)")},
        {QStringLiteral("syn_retries"), QStringLiteral("SYN retries")},
        {QStringLiteral("delay_ms.A>B"), QStringLiteral("Delay A → B (ms)")},
        {QStringLiteral("loss.B>A"), QStringLiteral("Loss B → A (0–1)")},
    };
    for (const auto &[key, text] : labels) {
        QWidget *editor = m_panel->findChild<QWidget *>(QStringLiteral("setting:") + key);
        QVERIFY2(editor, qPrintable(key));
        QCOMPARE(labelOf(editor)->text(), text);
    }
    const QString tip = lineEdit(QStringLiteral("rto_min_ms"))->toolTip();
    const SettingDescriptor *d = ProtocolSettings::descriptor(QStringLiteral("rto_min_ms"));
    QVERIFY2(tip.contains(QString::fromUtf8(d->description)), qPrintable(tip));
    QVERIFY2(tip.contains(QStringLiteral("Range: 1 to 3600000 ms")), qPrintable(tip));
    QVERIFY2(tip.contains(QStringLiteral("Scenario file key: rto_min_ms")), qPrintable(tip));
    const QString linkTip = lineEdit(QStringLiteral("delay_ms.B>A"))->toolTip();
    QVERIFY2(linkTip.contains(QStringLiteral("from B to A")), qPrintable(linkTip));
}

void TstSettingsPanel::labelsAreTranslatedFromTheTable()
{
    QTranslator chinese;
    QVERIFY(chinese.load(QStringLiteral(":/i18n/tcplab_zh_CN.qm")));
    QCoreApplication::installTranslator(&chinese);
    QLineEdit *edit = lineEdit(QStringLiteral("rto_initial_ms"));
    QTRY_COMPARE(labelOf(edit)->text(), QStringLiteral("初始 RTO（毫秒）"));
    QVERIFY(edit->toolTip().contains(QStringLiteral("RFC 6298：首次重传超时为 1 秒")));
    QCOMPARE(labelOf(lineEdit(QStringLiteral("delay_ms.A>B")))->text(),
             QStringLiteral("延迟 A → B（毫秒）"));
    QCoreApplication::removeTranslator(&chinese);
    QTRY_COMPARE(labelOf(edit)->text(), QStringLiteral("Initial RTO (ms)"));
}

QTEST_MAIN(TstSettingsPanel)
#include "tst_settings_panel.moc"
