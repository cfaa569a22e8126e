#pragma once

#include <QFont>
#include <QFontMetricsF>
#include <QHash>
#include <QList>
#include <QStringList>

#include <array>

namespace tcplab {

// Text widths for layout, fast: protocol text is ASCII, so a label's width is the sum of
// cached character advances (plus 2% for kerning and rounding); other text (translated
// badges) is measured once per distinct string. 100,000 labels would otherwise spend
// seconds in text shaping.
class TextWidths
{
public:
    explicit TextWidths(const QFont &font);

    double width(const QString &text);
    // Greedy word wrap to maxWidth; a word wider than that stays whole on its own line.
    // Never elides. *widest, if given, receives the width of the widest line.
    QStringList wrap(const QString &text, double maxWidth, double *widest = nullptr);
    // The same lines joined by '\n' into *joined, and how many there are. A text that fits
    // is shared, not copied; one that does not is built in one string: the layout wraps
    // 100,000 labels without a list and a string per line.
    int wrapJoined(const QString &text, double maxWidth, QString *joined, double *widest = nullptr);

private:
    double measured(const QString &text);
    // Calls addLine(start, end, spaced) for each line of text[start, end), in order;
    // spaced: the line has runs of several spaces, to be written as one.
    template<typename AddLine>
    void wrapAscii(const QString &text, double maxWidth, double *widest, AddLine &&addLine);
    QStringList wrapMeasured(const QString &text, double maxWidth);

    QFontMetricsF m_fm;
    std::array<double, 128> m_ascii; // advances of ASCII characters, -1 until measured
    QHash<QString, double> m_measured;
};

} // namespace tcplab
