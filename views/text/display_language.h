#pragma once

#include <QString>
#include <QStringList>
#include <QTranslator>

namespace tcplab {

// The language tcplab speaks to its user, shared by the window (LanguageManager) and
// tcplab-cli: which codes we have, the one the environment asks for, and the catalogues
// that make it so. install() loads tcplab's catalogue (":/i18n/tcplab_<code>.qm", embedded
// by translations/CMakeLists.txt) and Qt's qtbase catalogue (standard dialogs, the command
// line parser's messages) and installs both; the destructor takes them out again.
class DisplayLanguage
{
public:
    DisplayLanguage() = default;
    ~DisplayLanguage();
    DisplayLanguage(const DisplayLanguage &) = delete;
    DisplayLanguage &operator=(const DisplayLanguage &) = delete;

    static QStringList available() { return {QStringLiteral("zh_CN"), QStringLiteral("en")}; }
    // A code given by a user ("zh", "zh_CN", "zh-CN", "en_US") as one of ours, or empty.
    static QString normalize(const QString &code);
    // The language the environment asks for, as gettext reads it: LC_ALL, else LC_MESSAGES,
    // else LANG; LANGUAGE (a list) refines that unless the locale is C/POSIX. English when
    // none of it names a language we have.
    static QString fromEnvironment();
    // The language's own name: 中文, English (not translated, so anyone can find theirs).
    static QString nativeName(const QString &code);

    // "zh_CN" or "en" once install() has run; empty before.
    QString code() const { return m_code; }
    // Replaces the catalogues this object installed with those of `code` (one of
    // available()) and makes it QLocale's default. False when tcplab's own catalogue is
    // missing from the build.
    bool install(const QString &code);

private:
    void uninstall();

    QString m_code;
    QTranslator m_appTranslator;
    QTranslator m_qtTranslator;
    bool m_appInstalled = false;
    bool m_qtInstalled = false;
};

} // namespace tcplab
