#include "language_manager.h"

#include "text/concept_articles.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>

namespace tcplab {

namespace {
LanguageManager *s_instance = nullptr;
}

LanguageManager::LanguageManager(QObject *parent)
    : QObject(parent)
{
    if (!s_instance)
        s_instance = this;
}

LanguageManager::~LanguageManager()
{
    if (s_instance == this)
        s_instance = nullptr;
}

LanguageManager *LanguageManager::instance()
{
    return s_instance;
}

QString LanguageManager::currentLanguage()
{
    return s_instance && !s_instance->m_language.isEmpty() ? s_instance->m_language
                                                           : QStringLiteral("en");
}

QString LanguageManager::systemLanguage()
{
    return QLocale::system().language() == QLocale::Chinese ? QStringLiteral("zh_CN")
                                                            : QStringLiteral("en");
}

QString LanguageManager::normalize(const QString &code)
{
    const QString c = code.trimmed().toLower().replace(QLatin1Char('-'), QLatin1Char('_'));
    if (c == QLatin1String("zh") || c.startsWith(QLatin1String("zh_")))
        return QStringLiteral("zh_CN");
    if (c == QLatin1String("en") || c.startsWith(QLatin1String("en_")))
        return QStringLiteral("en");
    return {};
}

QString LanguageManager::nativeName(const QString &code)
{
    if (code == QLatin1String("zh_CN"))
        return QStringLiteral("中文");
    return QStringLiteral("English");
}

bool LanguageManager::setLanguage(const QString &requested)
{
    const QString code = normalize(requested);
    if (code.isEmpty())
        return false;
    if (code == m_language)
        return true;

    if (m_appInstalled)
        QCoreApplication::removeTranslator(&m_appTranslator);
    if (m_qtInstalled)
        QCoreApplication::removeTranslator(&m_qtTranslator);
    m_appInstalled = m_qtInstalled = false;
    // Set before installing: widgets read currentLanguage() when the LanguageChange arrives.
    m_language = code;
    // Concept articles are whole texts per language, not tr() fragments.
    ConceptArticles::setLanguage(code);

    // Qt's standard dialogs (QMessageBox buttons, QFileDialog) speak the language too.
    if (code != QLatin1String("en")
        && m_qtTranslator.load(QStringLiteral("qtbase_") + code,
                               QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        m_qtInstalled = QCoreApplication::installTranslator(&m_qtTranslator);
    }
    const bool loaded = m_appTranslator.load(QStringLiteral(":/i18n/tcplab_") + code);
    if (loaded)
        m_appInstalled = QCoreApplication::installTranslator(&m_appTranslator);

    QLocale::setDefault(QLocale(code == QLatin1String("zh_CN") ? QLocale::Chinese : QLocale::English,
                                code == QLatin1String("zh_CN") ? QLocale::China
                                                               : QLocale::UnitedStates));
    emit languageChanged(m_language);
    return loaded;
}

} // namespace tcplab
