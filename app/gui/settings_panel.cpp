#include "settings_panel.h"

#include "settings/network_settings.h"
#include "settings/protocol_settings.h"
#include "scenario_document.h"
#include "scenario_editor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QVBoxLayout>

namespace tcplab {

namespace {
bool isBoolean(const QString &value)
{
    return value == QLatin1String("true") || value == QLatin1String("false");
}

// "delay_ms.A>B" → ("delay_ms", "A", "B"); false for a plain key.
bool splitLinkKey(const QString &key, QString *base, QString *from, QString *to)
{
    const int dot = key.indexOf(QLatin1Char('.'));
    const int arrow = key.indexOf(QLatin1Char('>'));
    if (dot < 0 || arrow < dot)
        return false;
    *base = key.left(dot);
    *from = key.mid(dot + 1, arrow - dot - 1);
    *to = key.mid(arrow + 1);
    return true;
}
} // namespace

SettingsPanel::SettingsPanel(ScenarioDocument *document, ScenarioEditor *editor, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_editor(editor)
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    // The fields shrink with the dock; only a vertical scroll bar is ever needed.
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    outer->addWidget(scroll);
    m_content = new QWidget(scroll);
    m_layout = new QVBoxLayout(m_content);
    scroll->setWidget(m_content);

    connect(m_document, &ScenarioDocument::opened, this, &SettingsPanel::rebuild);
    connect(m_document, &ScenarioDocument::traceChanged, this, &SettingsPanel::refreshValues);
    rebuild();
}

QString SettingsPanel::settingLabel(const QString &key)
{
    QString base, from, to;
    if (splitLinkKey(key, &base, &from, &to)) {
        if (base == QLatin1String("delay_ms"))
            return tr("Delay %1 → %2 (ms)").arg(from, to);
        if (base == QLatin1String("loss"))
            return tr("Loss %1 → %2 (0–1)").arg(from, to);
    }
    static const QHash<QString, const char *> labels = {
        {QStringLiteral("delay_ms"), QT_TR_NOOP("Delay each way (ms)")},
        {QStringLiteral("jitter_ms"), QT_TR_NOOP("Jitter (± ms)")},
        {QStringLiteral("loss"), QT_TR_NOOP("Random loss (0–1)")},
        {QStringLiteral("seed"), QT_TR_NOOP("Random seed")},
        {QStringLiteral("variant"), QT_TR_NOOP("Protocol variant")},
        {QStringLiteral("rto_initial_ms"), QT_TR_NOOP("Initial RTO (ms)")},
        {QStringLiteral("rto_min_ms"), QT_TR_NOOP("Minimum RTO (ms)")},
        {QStringLiteral("rto_max_ms"), QT_TR_NOOP("Maximum RTO (ms)")},
        {QStringLiteral("syn_retries"), QT_TR_NOOP("SYN retries")},
        {QStringLiteral("synack_retries"), QT_TR_NOOP("SYN,ACK retries")},
        {QStringLiteral("data_retries"), QT_TR_NOOP("Data retries")},
        {QStringLiteral("syn_linear_timeouts"), QT_TR_NOOP("Linear SYN timeouts")},
        {QStringLiteral("msl_s"), QT_TR_NOOP("MSL (s)")},
        {QStringLiteral("fin_wait2_timeout_s"), QT_TR_NOOP("FIN-WAIT-2 timeout (s)")},
        {QStringLiteral("keepalive"), QT_TR_NOOP("Keepalive")},
        {QStringLiteral("keepalive_idle_s"), QT_TR_NOOP("Keepalive idle time (s)")},
        {QStringLiteral("keepalive_interval_s"), QT_TR_NOOP("Keepalive interval (s)")},
        {QStringLiteral("keepalive_probes"), QT_TR_NOOP("Keepalive probes")},
        {QStringLiteral("delayed_ack"), QT_TR_NOOP("Delayed ACK")},
        {QStringLiteral("delayed_ack_ms"), QT_TR_NOOP("Delayed ACK timeout (ms)")},
        {QStringLiteral("backlog"), QT_TR_NOOP("Listen backlog")},
        {QStringLiteral("syn_cookies"), QT_TR_NOOP("SYN cookies")},
        {QStringLiteral("window"), QT_TR_NOOP("Receive window (bytes)")},
        {QStringLiteral("time_wait_assassination"), QT_TR_NOOP("RST ends TIME-WAIT")},
        {QStringLiteral("time_wait_accepts_new_syn"), QT_TR_NOOP("New SYN reopens TIME-WAIT")},
    };
    const auto it = labels.constFind(key);
    return it == labels.cend() ? key : tr(it.value());
}

QString SettingsPanel::settingHelp(const QString &key)
{
    static const QHash<QString, const char *> help = {
        {QStringLiteral("variant"),
         QT_TR_NOOP("Teaching variants leave out a rule to show what goes wrong without it.")},
        {QStringLiteral("rto_initial_ms"),
         QT_TR_NOOP("RFC 6298: the first retransmission timeout is 1 s; it doubles on each retry.")},
        {QStringLiteral("syn_retries"),
         QT_TR_NOOP("Linux tcp_syn_retries: 6, so connect() gives up after about 127 s.")},
        {QStringLiteral("synack_retries"), QT_TR_NOOP("Linux tcp_synack_retries: 5.")},
        {QStringLiteral("syn_linear_timeouts"),
         QT_TR_NOOP("Recent Linux retries the SYN a few times at 1 s before doubling (0 = classic doubling).")},
        {QStringLiteral("msl_s"),
         QT_TR_NOOP("Maximum segment lifetime; TIME-WAIT lasts twice as long (Linux: 60 s).")},
        {QStringLiteral("keepalive_idle_s"),
         QT_TR_NOOP("RFC 1122 §4.2.3.6: at least two hours by default (Linux: 7200 s).")},
        {QStringLiteral("keepalive_interval_s"),
         QT_TR_NOOP("Linux: a probe every 75 seconds (seconds, not minutes).")},
        {QStringLiteral("keepalive_probes"), QT_TR_NOOP("Linux: 9 unanswered probes drop the connection.")},
        {QStringLiteral("syn_cookies"),
         QT_TR_NOOP("The server keeps no state for a SYN until the final ACK proves the address.")},
        {QStringLiteral("time_wait_assassination"),
         QT_TR_NOOP("Linux with tcp_rfc1337 = 0: an in-window RST received in TIME-WAIT ends it at once.")},
    };
    const auto it = help.constFind(key);
    const QString keyNote = tr("Scenario file key: %1").arg(key);
    return it == help.cend() ? keyNote : tr(it.value()) + QLatin1Char('\n') + keyNote;
}

QString SettingsPanel::variantLabel(ProtocolVariant variant)
{
    switch (variant) {
    case ProtocolVariant::Standard:
        return tr("Standard (RFC 9293)");
    case ProtocolVariant::TwoWayHandshake:
        return tr("Two-way handshake (flawed)");
    case ProtocolVariant::NoTimeWait:
        return tr("No TIME-WAIT (flawed)");
    }
    return protocolVariantName(variant);
}

void SettingsPanel::rebuild()
{
    QStringList hosts;
    for (const HostSpec &host : m_document->scenario().hosts) {
        if (host.kind == HostKind::Host)
            hosts.append(host.name);
    }
    if (hosts == m_hostNames && !m_fields.isEmpty()) {
        refreshValues();
        return;
    }
    m_hostNames = hosts;

    // Remove the old forms.
    while (QLayoutItem *item = m_layout->takeAt(0)) {
        if (QWidget *w = item->widget())
            w->deleteLater();
        delete item;
    }
    m_fields.clear();

    m_networkTitle = new QLabel(m_content);
    m_layout->addWidget(m_networkTitle);
    auto *networkBox = new QWidget(m_content);
    auto *networkForm = new QFormLayout(networkBox);
    networkForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    networkForm->setRowWrapPolicy(QFormLayout::DontWrapRows);
    networkForm->setContentsMargins(6, 0, 0, 6);
    for (const QString &key : NetworkSettings::keys())
        addField(networkForm, Group::Network, key);
    // One-way links have their own delay and loss (scenario key "delay_ms.A>B").
    for (const QString &from : std::as_const(m_hostNames)) {
        for (const QString &to : std::as_const(m_hostNames)) {
            if (from == to)
                continue;
            addField(networkForm, Group::Network,
                     QStringLiteral("delay_ms.%1>%2").arg(from, to));
            addField(networkForm, Group::Network, QStringLiteral("loss.%1>%2").arg(from, to));
        }
    }
    m_layout->addWidget(networkBox);

    m_protocolTitle = new QLabel(m_content);
    m_layout->addWidget(m_protocolTitle);
    auto *protocolBox = new QWidget(m_content);
    auto *protocolForm = new QFormLayout(protocolBox);
    protocolForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    protocolForm->setRowWrapPolicy(QFormLayout::DontWrapRows);
    protocolForm->setContentsMargins(6, 0, 0, 6);
    for (const QString &key : ProtocolSettings::keys())
        addField(protocolForm, Group::Protocol, key);
    m_layout->addWidget(protocolBox);
    m_layout->addStretch(1);

    retranslateUi();
    refreshValues();
}

void SettingsPanel::addField(QFormLayout *form, Group group, const QString &key)
{
    Field field;
    field.group = group;
    field.key = key;
    const QString value = group == Group::Network ? m_document->scenario().network.text(key)
                                                  : m_document->scenario().protocol.text(key);
    if (key == QLatin1String("variant")) {
        auto *combo = new QComboBox;
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(8);
        for (ProtocolVariant v : {ProtocolVariant::Standard, ProtocolVariant::TwoWayHandshake,
                                  ProtocolVariant::NoTimeWait}) {
            combo->addItem(QString(), protocolVariantName(v));
        }
        connect(combo, &QComboBox::activated, this, [this, key] { commit(key); });
        field.editor = combo;
    } else if (isBoolean(value)) {
        auto *check = new QCheckBox;
        connect(check, &QCheckBox::toggled, this, [this, key] { commit(key); });
        field.editor = check;
    } else {
        auto *edit = new QLineEdit;
        edit->setMinimumWidth(60);
        connect(edit, &QLineEdit::editingFinished, this, [this, key] { commit(key); });
        field.editor = edit;
    }
    field.editor->setObjectName(QStringLiteral("setting:") + key);
    field.label = new QLabel;
    field.label->setWordWrap(true);
    field.label->setBuddy(field.editor);
    field.error = new QLabel;
    field.error->setWordWrap(true);
    field.error->setStyleSheet(QStringLiteral("color: #c62828;"));
    field.error->hide();

    auto *cell = new QWidget;
    auto *cellLayout = new QVBoxLayout(cell);
    cellLayout->setContentsMargins(0, 0, 0, 0);
    cellLayout->setSpacing(2);
    cellLayout->addWidget(field.editor);
    cellLayout->addWidget(field.error);
    form->addRow(field.label, cell);
    m_fields.insert(key, field);
}

QString SettingsPanel::currentValue(const Field &field) const
{
    if (auto *combo = qobject_cast<QComboBox *>(field.editor))
        return combo->currentData().toString();
    if (auto *check = qobject_cast<QCheckBox *>(field.editor))
        return check->isChecked() ? QStringLiteral("true") : QStringLiteral("false");
    if (auto *edit = qobject_cast<QLineEdit *>(field.editor))
        return edit->text();
    return {};
}

void SettingsPanel::commit(const QString &key)
{
    if (m_refreshing)
        return;
    auto it = m_fields.find(key);
    if (it == m_fields.end())
        return;
    Field &field = it.value();
    const QString value = currentValue(field);
    const QString stored = field.group == Group::Network ? m_document->scenario().network.text(key)
                                                         : m_document->scenario().protocol.text(key);
    if (value.trimmed() == stored) {
        field.error->hide();
        return;
    }
    QString error;
    const bool ok = field.group == Group::Network ? m_editor->setNetworkSetting(key, value, &error)
                                                  : m_editor->setProtocolSetting(key, value, &error);
    if (ok) {
        field.error->hide();
    } else {
        // The model explains in its own words; we say which field and keep the learner's text
        // so it can be corrected.
        field.error->setText(tr("Not applied: %1").arg(error));
        field.error->show();
    }
}

void SettingsPanel::refreshValues()
{
    m_refreshing = true;
    const Scenario &scenario = m_document->scenario();
    for (Field &field : m_fields) {
        const QString value = field.group == Group::Network ? scenario.network.text(field.key)
                                                            : scenario.protocol.text(field.key);
        if (auto *combo = qobject_cast<QComboBox *>(field.editor)) {
            combo->setCurrentIndex(std::max(0, combo->findData(value)));
        } else if (auto *check = qobject_cast<QCheckBox *>(field.editor)) {
            check->setChecked(value == QLatin1String("true"));
        } else if (auto *edit = qobject_cast<QLineEdit *>(field.editor)) {
            if (edit->text() != value)
                edit->setText(value);
        }
        // The document changed (an edit, an undo): what is shown is what is in force now, so
        // an earlier refusal no longer applies.
        field.error->hide();
    }
    m_refreshing = false;
}

void SettingsPanel::retranslateUi()
{
    if (m_networkTitle)
        m_networkTitle->setText(QStringLiteral("<b>%1</b>").arg(tr("Network")));
    if (m_protocolTitle)
        m_protocolTitle->setText(QStringLiteral("<b>%1</b>").arg(tr("Protocol")));
    for (Field &field : m_fields) {
        field.label->setText(settingLabel(field.key));
        field.label->setToolTip(settingHelp(field.key));
        field.editor->setToolTip(settingHelp(field.key));
        if (auto *combo = qobject_cast<QComboBox *>(field.editor)) {
            for (int i = 0; i < combo->count(); ++i) {
                ProtocolVariant v = ProtocolVariant::Standard;
                protocolVariantFromName(combo->itemData(i).toString(), &v);
                combo->setItemText(i, variantLabel(v));
            }
        }
    }
}

void SettingsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace tcplab
