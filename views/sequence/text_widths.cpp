#include "sequence/text_widths.h"

#include <algorithm>
#include <cmath>

namespace tcplab {

TextWidths::TextWidths(const QFont &font) : m_fm(font)
{
    m_ascii.fill(-1);
}

double TextWidths::width(const QString &text)
{
    double w = 0;
    for (QChar c : text) {
        const ushort u = c.unicode();
        if (u >= 128)
            return measured(text);
        w += advance(u);
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
    // width(), knowing on the way whether the text is ASCII.
    double sum = 0;
    bool ascii = true;
    for (QChar c : text) {
        const ushort u = c.unicode();
        if (u >= 128) {
            ascii = false;
            break;
        }
        sum += advance(u);
    }
    const double whole = ascii ? std::ceil(sum * 1.02) : measured(text);
    if (widest)
        *widest = whole;
    if (whole <= maxWidth)
        return {text};
    QStringList lines = ascii ? wrapAscii(text, maxWidth, widest) : wrapMeasured(text, maxWidth);
    if (widest && !ascii) {
        *widest = 0;
        for (const QString &l : lines)
            *widest = std::max(*widest, width(l));
    }
    return lines;
}

// The greedy wrap of wrapMeasured() without building a string per word tried: a line's
// width is the sum of its characters' advances, added in the same order as width() adds
// them (the line so far, a space, the word's characters), so every sum — and so every
// break — is the same to the last bit. 100,000 labels are wrapped in every layout.
QStringList TextWidths::wrapAscii(const QString &text, double maxWidth, double *widest)
{
    auto rounded = [](double sum) { return std::ceil(sum * 1.02); };
    QStringList lines;
    lines.reserve(4);
    const qsizetype n = text.size();
    // The line so far: from the start of its first word to the end of its last; its words
    // are joined by single spaces, as the text has them unless `spaced`.
    qsizetype lineStart = -1, lineEnd = -1;
    bool spaced = false;
    double lineSum = 0;
    auto finishLine = [&] {
        const QString whole = text.mid(lineStart, lineEnd - lineStart);
        lines.append(spaced ? whole.split(QLatin1Char(' '), Qt::SkipEmptyParts).join(QLatin1Char(' ')) : whole);
        if (widest)
            *widest = std::max(*widest, rounded(lineSum));
    };
    if (widest)
        *widest = 0;
    for (qsizetype i = 0; i < n;) {
        if (text[i] == QLatin1Char(' ')) {
            ++i;
            continue;
        }
        qsizetype j = i;
        while (j < n && text[j] != QLatin1Char(' '))
            ++j;
        const bool empty = lineStart < 0;
        double sum = lineSum;
        if (!empty)
            sum += advance(' ');
        for (qsizetype k = i; k < j; ++k)
            sum += advance(text[k].unicode());
        if (!empty && rounded(sum) > maxWidth) {
            finishLine();
            lineStart = i;
            spaced = false;
            lineSum = 0;
            for (qsizetype k = i; k < j; ++k)
                lineSum += advance(text[k].unicode());
        } else {
            if (empty)
                lineStart = i;
            else if (i - lineEnd > 1)
                spaced = true;
            lineSum = sum;
        }
        lineEnd = j;
        i = j;
    }
    if (lineStart >= 0)
        finishLine();
    return lines;
}

QStringList TextWidths::wrapMeasured(const QString &text, double maxWidth)
{
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
    return lines;
}

} // namespace tcplab
