#pragma once

#include "settings/protocol_settings.h"

#include <QHash>
#include <QWidget>

class QFormLayout;
class QLabel;
class QVBoxLayout;

namespace tcplab {

class ScenarioDocument;
class ScenarioEditor;

// Every network and protocol setting of the scenario as an editable field, built from
// NetworkSettings::keys() and ProtocolSettings::keys() so a new setting appears here
// without code. A refused value is explained under its field and not applied.
class SettingsPanel : public QWidget
{
    Q_OBJECT
public:
    SettingsPanel(ScenarioDocument *document, ScenarioEditor *editor, QWidget *parent = nullptr);

    // Readable name of a setting ("Initial RTO (ms)"); the file's key is its tooltip.
    static QString settingLabel(const QString &key);
    static QString settingHelp(const QString &key);
    // "Standard (RFC 9293)", "Two-way handshake (flawed)", ...
    static QString variantLabel(ProtocolVariant variant);

protected:
    void changeEvent(QEvent *event) override;

private:
    enum class Group { Network, Protocol };
    struct Field {
        Group group;
        QString key;
        QWidget *editor = nullptr;
        QLabel *label = nullptr;
        QLabel *error = nullptr;
    };

    void rebuild();
    void refreshValues();
    void retranslateUi();
    void addField(QFormLayout *form, Group group, const QString &key);
    void commit(const QString &key);
    QString currentValue(const Field &field) const;

    ScenarioDocument *m_document;
    ScenarioEditor *m_editor;
    QVBoxLayout *m_layout = nullptr;
    QWidget *m_content = nullptr;
    QLabel *m_networkTitle = nullptr;
    QLabel *m_protocolTitle = nullptr;
    QHash<QString, Field> m_fields; // by key
    QStringList m_hostNames;        // the hosts the per-link fields were built for
    bool m_refreshing = false;
};

} // namespace tcplab
