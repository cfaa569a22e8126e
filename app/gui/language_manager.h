#pragma once

#include "text/display_language.h"

#include <QObject>
#include <QString>
#include <QStringList>

namespace tcplab {

// Switches the window's language at run time. The catalogues are DisplayLanguage's (shared with
// tcplab-cli); installing one sends QEvent::LanguageChange to every widget, which
// retranslates itself, and languageChanged() tells the rest.
class LanguageManager : public QObject
{
    Q_OBJECT
public:
    explicit LanguageManager(QObject *parent = nullptr);
    ~LanguageManager() override;

    static LanguageManager *instance();
    // "zh_CN" or "en"; the language the texts of scenarios are shown in too.
    static QString currentLanguage();
    static QStringList availableLanguages() { return DisplayLanguage::available(); }
    // The language of the system (LC_ALL, LC_MESSAGES, LANG), if we have it; otherwise English.
    static QString systemLanguage() { return DisplayLanguage::fromEnvironment(); }
    // A code given by a user ("zh", "zh_CN", "zh-CN", "en_US") as one of ours, or empty.
    static QString normalize(const QString &code) { return DisplayLanguage::normalize(code); }
    // The language's own name: 中文, English (not translated, so anyone can find theirs).
    static QString nativeName(const QString &code) { return DisplayLanguage::nativeName(code); }

    QString language() const { return m_language; }
    bool setLanguage(const QString &code);

signals:
    void languageChanged(const QString &code);

private:
    QString m_language;
    DisplayLanguage m_catalogues;
};

} // namespace tcplab
