#include "cli_language.h"

#include <QCoreApplication>
#include <QTranslator>

namespace tcplab::CliLanguage {

bool isKnown(const QString &lang)
{
    return lang == QLatin1String("en") || lang == QLatin1String("zh_CN");
}

bool install(const QString &lang, QString *error)
{
    auto *translator = new QTranslator(QCoreApplication::instance());
    if (!translator->load(QStringLiteral(":/i18n/tcplab_") + lang)) {
        *error = QStringLiteral("--lang %1: the translation catalogue :/i18n/tcplab_%1.qm is missing "
                                "from this build").arg(lang);
        delete translator;
        return false;
    }
    QCoreApplication::installTranslator(translator);
    return true;
}

} // namespace tcplab::CliLanguage
