#include "sequence/text_widths.h"

#include <algorithm>
#include <cmath>

namespace tcplab {

namespace {

// Measures the advances of the characters not measured yet; false (and stops) at the
// first character that is not ASCII. Measuring apart from summing keeps the sums below
// free of calls, so their running total stays in a register: a label's characters are
// added in order, one dependent addition after another, two or three times per label.
bool measureAscii(std::array<double, 128> &advances, const QFontMetricsF &fm, const QChar *chars, qsizetype n)
{
    for (qsizetype k = 0; k < n; ++k) {
        const ushort u = chars[k].unicode();
        if (u >= 128)
            return false;
        if (advances[u] < 0)
            advances[u] = fm.horizontalAdvance(QChar(u));
    }
    return true;
}

// sum + the advances of chars[0, n), added in that order. All of them measured.
double addAdvances(const std::array<double, 128> &advances, const QChar *chars, qsizetype n, double sum)
{
    for (qsizetype k = 0; k < n; ++k)
        sum += advances[chars[k].unicode()];
    return sum;
}

double rounded(double sum)
{
    return std::ceil(sum * 1.02);
}

} // namespace

TextWidths::TextWidths(const QFont &font) : m_fm(font)
{
    m_ascii.fill(-1);
}

double TextWidths::width(const QString &text)
{
    if (!measureAscii(m_ascii, m_fm, text.constData(), text.size()))
        return measured(text);
    return rounded(addAdvances(m_ascii, text.constData(), text.size(), 0));
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
    const bool ascii = measureAscii(m_ascii, m_fm, text.constData(), text.size());
    const double whole = ascii ? rounded(addAdvances(m_ascii, text.constData(), text.size(), 0)) : measured(text);
    if (widest)
        *widest = whole;
    if (whole <= maxWidth)
        return {text};
    QStringList lines;
    if (ascii) {
        lines.reserve(4);
        wrapAscii(text, maxWidth, widest, [&lines, &text](qsizetype start, qsizetype end, bool spaced) {
            const QString whole = text.mid(start, end - start);
            lines.append(spaced ? whole.split(QLatin1Char(' '), Qt::SkipEmptyParts).join(QLatin1Char(' ')) : whole);
        });
        return lines;
    }
    lines = wrapMeasured(text, maxWidth);
    if (widest) {
        *widest = 0;
        for (const QString &l : lines)
            *widest = std::max(*widest, width(l));
    }
    return lines;
}

int TextWidths::wrapJoined(const QString &text, double maxWidth, QString *joined, double *widest)
{
    const bool ascii = measureAscii(m_ascii, m_fm, text.constData(), text.size());
    const double whole = ascii ? rounded(addAdvances(m_ascii, text.constData(), text.size(), 0)) : measured(text);
    if (widest)
        *widest = whole;
    if (whole <= maxWidth) {
        *joined = text;
        return 1;
    }
    if (!ascii) {
        const QStringList lines = wrap(text, maxWidth, widest);
        *joined = lines.join(QLatin1Char('\n'));
        return int(lines.size());
    }
    QString out(text.size() + 8, Qt::Uninitialized);
    QChar *to = out.data();
    const QChar *from = text.constData();
    int count = 0;
    wrapAscii(text, maxWidth, widest, [&](qsizetype start, qsizetype end, bool spaced) {
        if (count++ > 0)
            *to++ = QLatin1Char('\n');
        // As wrap(): the words of the line, one space between two.
        for (qsizetype k = start; k < end; ++k) {
            if (spaced && from[k] == QLatin1Char(' ') && from[k - 1] == QLatin1Char(' '))
                continue;
            *to++ = from[k];
        }
    });
    out.truncate(to - out.constData());
    *joined = std::move(out);
    return count;
}

// The greedy wrap of wrapMeasured() without building a string per word tried: a line's
// width is the sum of its characters' advances, added in the same order as width() adds
// them (the line so far, a space, the word's characters), so every sum — and so every
// break — is the same to the last bit. 100,000 labels are wrapped in every layout. The
// text's advances are all measured (wrap() measured them).
template<typename AddLine>
void TextWidths::wrapAscii(const QString &text, double maxWidth, double *widest, AddLine &&addLine)
{
    const QChar *chars = text.constData();
    const qsizetype n = text.size();
    const double space = m_ascii[' '];
    // The line so far: from the start of its first word to the end of its last; its words
    // are joined by single spaces, as the text has them unless `spaced`.
    qsizetype lineStart = -1, lineEnd = -1;
    bool spaced = false;
    double lineSum = 0;
    double widestLine = 0;
    for (qsizetype i = 0; i < n;) {
        if (chars[i] == QLatin1Char(' ')) {
            ++i;
            continue;
        }
        qsizetype j = i;
        while (j < n && chars[j] != QLatin1Char(' '))
            ++j;
        const bool empty = lineStart < 0;
        const double sum = addAdvances(m_ascii, chars + i, j - i, empty ? lineSum : lineSum + space);
        if (!empty && rounded(sum) > maxWidth) {
            addLine(lineStart, lineEnd, spaced);
            widestLine = std::max(widestLine, rounded(lineSum));
            lineStart = i;
            spaced = false;
            lineSum = addAdvances(m_ascii, chars + i, j - i, 0);
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
    if (lineStart >= 0) {
        addLine(lineStart, lineEnd, spaced);
        widestLine = std::max(widestLine, rounded(lineSum));
    }
    if (widest)
        *widest = widestLine;
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
