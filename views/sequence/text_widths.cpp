#include "sequence/text_widths.h"

#include <algorithm>
#include <cmath>

namespace tcplab {

TextWidths::TextWidths(const QFont &font) : m_fm(font)
{
    m_ascii.fill(-1, 128);
}

double TextWidths::width(const QString &text)
{
    double w = 0;
    for (QChar c : text) {
        const ushort u = c.unicode();
        if (u >= 128)
            return measured(text);
        if (m_ascii[u] < 0)
            m_ascii[u] = m_fm.horizontalAdvance(c);
        w += m_ascii[u];
    }
    return std::ceil(w * 1.02);
}

double TextWidths::measured(const QString &text)
{
    auto it = m_measured.constFind(text);
    if (it != m_measured.cend())
        return *it;
    const double w = std::ceil(m_fm.horizontalAdvance(text));
    m_measured.insert(text, w);
    return w;
}

QStringList TextWidths::wrap(const QString &text, double maxWidth, double *widest)
{
    const double whole = width(text);
    if (widest)
        *widest = whole;
    if (whole <= maxWidth)
        return {text};
    QStringList lines;
    QString line;
    const QStringList words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &word : words) {
        const QString candidate = line.isEmpty() ? word : line + QLatin1Char(' ') + word;
        if (!line.isEmpty() && width(candidate) > maxWidth) {
            lines.append(line);
            line = word;
        } else {
            line = candidate;
        }
    }
    if (!line.isEmpty())
        lines.append(line);
    if (widest) {
        *widest = 0;
        for (const QString &l : lines)
            *widest = std::max(*widest, width(l));
    }
    return lines;
}

} // namespace tcplab
