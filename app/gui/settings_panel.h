#pragma once

#include "settings/protocol_profile.h"
#include "settings/protocol_settings.h"

#include <QHash>
#include <QVariant>
#include <QWidget>

class QComboBox;
class QFormLayout;
class QLabel;
class QVBoxLayout;

namespace tcplab {

class ScenarioDocument;
class ScenarioEditor;

// Every network and protocol setting of the scenario as an editable field, built from the
// model's table of settings (NetworkSettings::descriptors(), linkDescriptors() for each
// direction between two hosts, ProtocolSettings::descriptors()): labels, units, ranges and
// tooltips all come from there, so a new setting appears here without code. A value is
// applied through ScenarioEditor::setSetting, which refuses what a scenario file may not
// hold (a value out of range, rto_min_ms above rto_initial_ms); the refusal is explained
// under the field and nothing changes.
class SettingsPanel : public QWidget
{
    Q_OBJECT
public:
    SettingsPanel(ScenarioDocument *document, ScenarioEditor *editor, QWidget *parent = nullptr);

    // Readable name of a setting with its unit ("Initial RTO (ms)", "Delay A → B (ms)",
    // "Random loss (0–1)"), translated; the key itself for an unknown one.
    static QString settingLabel(const QString &key);
    // What the setting means, its range and its scenario-file key: the field's tooltip.
    static QString settingHelp(const QString &key);
    // "Standard (RFC 9293)", "Two-way handshake (flawed)", ...
    static QString variantLabel(ProtocolVariant variant);
    // "RFC 9293 (as written)", "Linux 6.x defaults"
    static QString profileLabel(ProtocolProfile profile);

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Field {
        QString key;
        QWidget *editor = nullptr;
        QLabel *label = nullptr;
        QLabel *error = nullptr;
    };

    void rebuild();
    void refreshValues();
    void retranslateUi();
    QFormLayout *addForm();
    void addField(QFormLayout *form, const QString &key);
    void commit(const QString &key);
    // The editor's value, typed by the setting's descriptor; false with *problem when the
    // text cannot be read as one.
    bool currentValue(const Field &field, QVariant *value, QString *problem) const;
    void showValue(const Field &field, const QVariant &value);

    ScenarioDocument *m_document;
    ScenarioEditor *m_editor;
    QVBoxLayout *m_layout = nullptr;
    QWidget *m_content = nullptr;
    QLabel *m_profileLabel = nullptr;
    QComboBox *m_profile = nullptr; // switches every setting the profiles differ in
    QLabel *m_networkTitle = nullptr;
    QLabel *m_protocolTitle = nullptr;
    QHash<QString, Field> m_fields; // by key
    QStringList m_hostNames;        // the hosts the per-link fields were built for
    bool m_refreshing = false;
};

} // namespace tcplab
