#include "teach/teach_text.h"

#include <QCoreApplication>

namespace tcplab {

TeachText::TeachText(const char *source, const QStringList &arguments)
    : m_source(source), m_arguments(arguments)
{
}

TeachText TeachText::verbatim(const QString &text)
{
    TeachText t;
    t.m_arguments = {text};
    return t;
}

TeachText TeachText::localized(const QString &english, const QString &chinese)
{
    TeachText t;
    t.m_arguments = {english, chinese};
    t.m_localized = true;
    return t;
}

QString TeachText::text() const
{
    if (m_localized) {
        // The catalogue names its own language (Narration::catalogueLanguage(), whose entry
        // this reuses): "zh_CN" in the Chinese one.
        const bool chinese = QCoreApplication::translate("Narration", "en").startsWith(QLatin1String("zh"));
        const QString &wanted = m_arguments[chinese ? 1 : 0];
        return wanted.isEmpty() ? m_arguments[chinese ? 0 : 1] : wanted;
    }
    if (!m_source)
        return m_arguments.join(QLatin1Char(' '));
    return fill(QCoreApplication::translate(context, m_source));
}

QString TeachText::english() const
{
    if (m_localized)
        return m_arguments[0].isEmpty() ? m_arguments[1] : m_arguments[0];
    if (!m_source)
        return m_arguments.join(QLatin1Char(' '));
    return fill(QString::fromUtf8(m_source));
}

QString TeachText::fill(QString pattern) const
{
    // One multi-argument arg() so that an argument containing "%1" is never re-expanded.
    switch (m_arguments.size()) {
    case 0: return pattern;
    case 1: return pattern.arg(m_arguments[0]);
    case 2: return pattern.arg(m_arguments[0], m_arguments[1]);
    case 3: return pattern.arg(m_arguments[0], m_arguments[1], m_arguments[2]);
    default: return pattern.arg(m_arguments[0], m_arguments[1], m_arguments[2], m_arguments[3]);
    }
}

} // namespace tcplab
