#include "display_language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>

namespace tcplab {

DisplayLanguage::~DisplayLanguage()
{
    uninstall();
}

QString DisplayLanguage::normalize(const QString &code)
{
    const QString c = code.trimmed().toLower().replace(QLatin1Char('-'), QLatin1Char('_'));
    if (c == QLatin1String("zh") || c.startsWith(QLatin1String("zh_")))
        return QStringLiteral("zh_CN");
    if (c == QLatin1String("en") || c.startsWith(QLatin1String("en_")))
        return QStringLiteral("en");
    return {};
}

QString DisplayLanguage::fromEnvironment()
{
    // POSIX: LC_ALL overrides LC_MESSAGES, which overrides LANG; the first one set counts.
    QString locale;
    for (const char *name : {"LC_ALL", "LC_MESSAGES", "LANG"}) {
        locale = qEnvironmentVariable(name);
        if (!locale.isEmpty())
            break;
    }
    // "zh_CN.UTF-8", "en_GB@euro": the language is what comes before the codeset.
    locale = locale.section(QLatin1Char('.'), 0, 0).section(QLatin1Char('@'), 0, 0);
    // gettext ignores LANGUAGE in the C locale: LANG=C means "untranslated", i.e. English.
    if (locale.isEmpty() || locale == QLatin1String("C") || locale == QLatin1String("POSIX"))
        return QStringLiteral("en");
    for (const QString &entry : qEnvironmentVariable("LANGUAGE").split(QLatin1Char(':'), Qt::SkipEmptyParts)) {
        const QString code = normalize(entry.section(QLatin1Char('.'), 0, 0));
        if (!code.isEmpty())
            return code;
    }
    const QString code = normalize(locale);
    return code.isEmpty() ? QStringLiteral("en") : code;
}

QString DisplayLanguage::nativeName(const QString &code)
{
    if (code == QLatin1String("zh_CN"))
        return QStringLiteral("中文");
    return QStringLiteral("English");
}

void DisplayLanguage::uninstall()
{
    if (m_appInstalled)
        QCoreApplication::removeTranslator(&m_appTranslator);
    if (m_qtInstalled)
        QCoreApplication::removeTranslator(&m_qtTranslator);
    m_appInstalled = m_qtInstalled = false;
}

bool DisplayLanguage::install(const QString &code)
{
    uninstall();
    m_code = code;
    const bool chinese = code == QLatin1String("zh_CN");
    // Qt's own texts (QMessageBox buttons, QFileDialog, QCommandLineParser's errors) speak the
    // language too; English needs no catalogue.
    if (chinese
        && m_qtTranslator.load(QStringLiteral("qtbase_") + code,
                               QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        m_qtInstalled = QCoreApplication::installTranslator(&m_qtTranslator);
    }
    // English is a catalogue too (translation = source): installed over another language's
    // catalogue (an export's diagram in English while the messages are Chinese), it wins.
    const bool loaded = m_appTranslator.load(QStringLiteral(":/i18n/tcplab_") + code);
    if (loaded)
        m_appInstalled = QCoreApplication::installTranslator(&m_appTranslator);
    QLocale::setDefault(QLocale(chinese ? QLocale::Chinese : QLocale::English,
                                chinese ? QLocale::China : QLocale::UnitedStates));
    return loaded;
}

} // namespace tcplab
