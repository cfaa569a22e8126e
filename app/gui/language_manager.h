#pragma once

#include <QObject>
#include <QString>
#include <QStringList>
#include <QTranslator>

namespace tcplab {

// Switches the application's language at run time: installs the tcplab catalogue
// (":/i18n/tcplab_<lang>.qm", embedded by translations/CMakeLists.txt) and Qt's own
// qtbase catalogue for the standard dialogs. Installing a translator sends
// QEvent::LanguageChange to every widget, which retranslates itself.
class LanguageManager : public QObject
{
    Q_OBJECT
public:
    explicit LanguageManager(QObject *parent = nullptr);
    ~LanguageManager() override;

    static LanguageManager *instance();
    // "zh_CN" or "en"; the language the texts of scenarios are shown in too.
    static QString currentLanguage();
    static QStringList availableLanguages() { return {QStringLiteral("zh_CN"), QStringLiteral("en")}; }
    // The language of the system, if we have it; otherwise English.
    static QString systemLanguage();
    // A code given by a user ("zh", "zh_CN", "zh-CN", "en_US") as one of ours, or empty.
    static QString normalize(const QString &code);
    // The language's own name: 中文, English (not translated, so anyone can find theirs).
    static QString nativeName(const QString &code);

    QString language() const { return m_language; }
    bool setLanguage(const QString &code);

signals:
    void languageChanged(const QString &code);

private:
    QString m_language;
    QTranslator m_appTranslator;
    QTranslator m_qtTranslator;
    bool m_appInstalled = false;
    bool m_qtInstalled = false;
};

} // namespace tcplab
