#include "settings_panel.h"

#include "scenario_document.h"
#include "scenario_editor.h"
#include "settings/network_settings.h"
#include "settings/protocol_settings.h"

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

// The descriptor's label and description name the two hosts of a link as %1 and %2.
QString withHosts(const QString &text, const SettingDescriptor &d, const QString &key)
{
    if (d.scope != SettingScope::Link)
        return text;
    const std::optional<LinkKey> link = LinkKey::split(key);
    return link ? text.arg(link->from, link->to) : text;
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
    // The fields shrink with the dock and labels go above them; a dock narrower than the
    // widest choice scrolls sideways rather than cutting the fields' right edges.
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
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
    const SettingDescriptor *d = Scenario::settingDescriptor(key);
    if (!d)
        return key;
    const QString name = withHosts(d->translatedLabel(), *d, key);
    QString unit;
    if (d->type == SettingType::Probability)
        unit = QStringLiteral("%1–%2").arg(d->format(d->minimum), d->format(d->maximum));
    else
        unit = SettingDescriptor::unitName(d->unit);
    return unit.isEmpty() ? name : tr("%1 (%2)").arg(name, unit);
}

QString SettingsPanel::settingHelp(const QString &key)
{
    QStringList lines;
    if (const SettingDescriptor *d = Scenario::settingDescriptor(key)) {
        lines << withHosts(d->translatedDescription(), *d, key);
        if (d->hasRange()) {
            const QString unit = SettingDescriptor::unitName(d->unit);
            const QString from = d->format(d->minimum);
            const QString to = d->format(d->maximum);
            lines << (unit.isEmpty() ? tr("Range: %1 to %2").arg(from, to)
                                     : tr("Range: %1 to %2 %3").arg(from, to, unit));
        }
    }
    lines << tr("Scenario file key: %1").arg(key);
    return lines.join(QLatin1Char('\n'));
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

QString SettingsPanel::profileLabel(ProtocolProfile profile)
{
    switch (profile) {
    case ProtocolProfile::Rfc9293:
        return tr("RFC 9293 (as written)");
    case ProtocolProfile::Linux:
        return tr("Linux 6.x defaults");
    }
    return protocolProfileName(profile);
}

QFormLayout *SettingsPanel::addForm()
{
    auto *box = new QWidget(m_content);
    auto *form = new QFormLayout(box);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    // A narrow dock puts a label above its field rather than cutting the field.
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->setContentsMargins(6, 0, 0, 6);
    m_layout->addWidget(box);
    return form;
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

    // The profile first: choosing one sets the protocol settings below, each still editable.
    QFormLayout *profileForm = addForm();
    m_profile = new QComboBox;
    m_profile->setObjectName(QStringLiteral("profile"));
    m_profile->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    for (ProtocolProfile p : protocolProfiles())
        m_profile->addItem(QString(), protocolProfileName(p));
    connect(m_profile, &QComboBox::activated, this, [this] {
        ProtocolProfile p = ProtocolProfile::Rfc9293;
        if (!m_refreshing && protocolProfileFromName(m_profile->currentData().toString(), &p))
            m_editor->setProfile(p);
    });
    m_profileLabel = new QLabel;
    m_profileLabel->setBuddy(m_profile);
    profileForm->addRow(m_profileLabel, m_profile);

    m_networkTitle = new QLabel(m_content);
    m_layout->addWidget(m_networkTitle);
    QFormLayout *networkForm = addForm();
    for (const SettingDescriptor &d : NetworkSettings::descriptors())
        addField(networkForm, d.key);
    // Each one-way link has its own settings (scenario key "delay_ms.A>B").
    for (const QString &from : std::as_const(m_hostNames)) {
        for (const QString &to : std::as_const(m_hostNames)) {
            if (from == to)
                continue;
            for (const SettingDescriptor &d : NetworkSettings::linkDescriptors())
                addField(networkForm, LinkKey{d.key, from, to, true}.key());
        }
    }

    m_protocolTitle = new QLabel(m_content);
    m_layout->addWidget(m_protocolTitle);
    QFormLayout *protocolForm = addForm();
    for (const SettingDescriptor &d : ProtocolSettings::descriptors())
        addField(protocolForm, d.key);
    m_layout->addStretch(1);

    retranslateUi();
    refreshValues();
}

void SettingsPanel::addField(QFormLayout *form, const QString &key)
{
    const SettingDescriptor *d = Scenario::settingDescriptor(key);
    Q_ASSERT(d); // the keys come from the same table
    Field field;
    field.key = key;
    switch (d->type) {
    case SettingType::Choice: {
        auto *combo = new QComboBox;
        // Whole choices ("Standard (RFC 9293)"): a cut name cannot be told from another.
        combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        for (const QString &choice : d->choices)
            combo->addItem(QString(), choice);
        connect(combo, &QComboBox::activated, this, [this, key] { commit(key); });
        field.editor = combo;
        break;
    }
    case SettingType::Bool: {
        auto *check = new QCheckBox;
        connect(check, &QCheckBox::toggled, this, [this, key] { commit(key); });
        field.editor = check;
        break;
    }
    case SettingType::Integer:
    case SettingType::Duration:
    case SettingType::Probability:
    case SettingType::Seed: {
        auto *edit = new QLineEdit;
        edit->setMinimumWidth(60);
        connect(edit, &QLineEdit::editingFinished, this, [this, key] { commit(key); });
        field.editor = edit;
        break;
    }
    }
    field.editor->setObjectName(QStringLiteral("setting:") + key);
    field.label = new QLabel;
    field.label->setWordWrap(true);
    field.label->setBuddy(field.editor);
    field.error = new QLabel;
    field.error->setObjectName(QStringLiteral("settingError:") + key);
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

bool SettingsPanel::currentValue(const Field &field, QVariant *value, QString *problem) const
{
    if (auto *combo = qobject_cast<QComboBox *>(field.editor)) {
        *value = combo->currentData().toString();
        return true;
    }
    if (auto *check = qobject_cast<QCheckBox *>(field.editor)) {
        *value = check->isChecked();
        return true;
    }
    // Typed text: read by the setting's own descriptor, as the command line reads it.
    const auto *edit = qobject_cast<QLineEdit *>(field.editor);
    const SettingDescriptor *d = Scenario::settingDescriptor(field.key);
    if (!d->parse(edit->text(), value, problem)) {
        *problem = field.key + QLatin1String(": ") + *problem;
        return false;
    }
    return true;
}

void SettingsPanel::showValue(const Field &field, const QVariant &value)
{
    if (auto *combo = qobject_cast<QComboBox *>(field.editor)) {
        combo->setCurrentIndex(std::max(0, combo->findData(value.toString())));
    } else if (auto *check = qobject_cast<QCheckBox *>(field.editor)) {
        check->setChecked(value.toBool());
    } else if (auto *edit = qobject_cast<QLineEdit *>(field.editor)) {
        const QString text = Scenario::settingDescriptor(field.key)->format(value);
        if (edit->text() != text)
            edit->setText(text);
    }
}

void SettingsPanel::commit(const QString &key)
{
    if (m_refreshing)
        return;
    auto it = m_fields.find(key);
    if (it == m_fields.end())
        return;
    Field &field = it.value();
    QVariant value;
    QString error;
    bool ok = currentValue(field, &value, &error);
    if (ok && value == m_document->scenario().settingValue(key)) {
        field.error->hide();
        return;
    }
    if (ok)
        ok = m_editor->setSetting(key, value, &error);
    if (ok) {
        field.error->hide();
        return;
    }
    // The model explains in its own words, naming the settings involved; we say it was not
    // applied. Typed text stays so it can be corrected; a check box or a list goes back to
    // the value in force, since it has nothing to correct.
    field.error->setText(tr("Not applied: %1").arg(error));
    field.error->show();
    if (!qobject_cast<QLineEdit *>(field.editor)) {
        m_refreshing = true;
        showValue(field, m_document->scenario().settingValue(key));
        m_refreshing = false;
    }
}

void SettingsPanel::refreshValues()
{
    m_refreshing = true;
    const Scenario &scenario = m_document->scenario();
    if (m_profile)
        m_profile->setCurrentIndex(std::max(0, m_profile->findData(protocolProfileName(scenario.profile))));
    for (Field &field : m_fields) {
        showValue(field, scenario.settingValue(field.key));
        // The document changed (an edit, an undo): what is shown is what is in force now, so
        // an earlier refusal no longer applies.
        field.error->hide();
    }
    m_refreshing = false;
}

void SettingsPanel::retranslateUi()
{
    if (m_profileLabel) {
        m_profileLabel->setText(tr("Profile"));
        const QString help = tr("A starting point for the protocol settings: the RFCs as written, or "
                                "what a Linux 6.x kernel does. Every difference is one of the settings "
                                "below, which stay editable (docs/profiles.md).");
        m_profileLabel->setToolTip(help);
        m_profile->setToolTip(help);
        for (int i = 0; i < m_profile->count(); ++i) {
            ProtocolProfile p = ProtocolProfile::Rfc9293;
            protocolProfileFromName(m_profile->itemData(i).toString(), &p);
            m_profile->setItemText(i, profileLabel(p));
        }
    }
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
                const QString choice = combo->itemData(i).toString();
                combo->setItemText(i, protocolVariantFromName(choice, &v) ? variantLabel(v) : choice);
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
