#include "language_option.h"

#include "text/display_language.h"

namespace tcplab {

LanguageOption LanguageOption::takeFrom(QStringList *arguments)
{
    static const QString name = QStringLiteral("--lang");
    static const QString prefix = QStringLiteral("--lang=");
    LanguageOption option;
    for (int i = 0; i < arguments->size();) {
        const QString &arg = arguments->at(i);
        if (arg == QLatin1String("--"))
            break;
        if (arg == name) {
            option.m_given = true;
            option.m_lacksValue = i + 1 >= arguments->size();
            option.m_value = option.m_lacksValue ? QString() : arguments->at(i + 1);
            arguments->remove(i, option.m_lacksValue ? 1 : 2);
        } else if (arg.startsWith(prefix)) {
            option.m_given = true;
            option.m_lacksValue = false;
            option.m_value = arg.mid(prefix.size());
            arguments->removeAt(i);
        } else {
            ++i;
        }
    }
    return option;
}

QString LanguageOption::code() const
{
    return DisplayLanguage::normalize(m_value);
}

} // namespace tcplab
