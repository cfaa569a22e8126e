#include "language_manager.h"

#include "text/concept_articles.h"

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

bool LanguageManager::setLanguage(const QString &requested)
{
    const QString code = normalize(requested);
    if (code.isEmpty())
        return false;
    if (code == m_language)
        return true;

    // Set before installing: widgets read currentLanguage() when the LanguageChange arrives.
    m_language = code;
    // Concept articles are whole texts per language, not tr() fragments.
    ConceptArticles::setLanguage(code);
    const bool loaded = m_catalogues.install(code);
    emit languageChanged(m_language);
    return loaded;
}

} // namespace tcplab
