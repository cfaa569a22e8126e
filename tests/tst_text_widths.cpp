// TextWidths: the label widths the layout works with, and its greedy word wrap.
#include "sequence/sequence_layout.h"
#include "sequence/text_widths.h"

#include <QApplication>
#include <QRandomGenerator>
#include <QtTest>

using namespace tcplab;

namespace {

// The greedy wrap, spelled out on whole strings: each line takes words while the line,
// measured as one string, stays within maxWidth.
QStringList greedyReference(TextWidths &widths, const QString &text, double maxWidth)
{
    QStringList lines;
    QString line;
    for (const QString &word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const QString candidate = line.isEmpty() ? word : line + QLatin1Char(' ') + word;
        if (!line.isEmpty() && widths.width(candidate) > maxWidth) {
            lines << line;
            line = word;
        } else {
            line = candidate;
        }
    }
    if (!line.isEmpty())
        lines << line;
    return lines;
}

QString randomLabel(QRandomGenerator &random)
{
    static const QStringList words = {QStringLiteral("SYN"), QStringLiteral("ACK"), QStringLiteral("FIN,ACK"),
                                      QStringLiteral("PSH,ACK"), QStringLiteral("RST"), QStringLiteral("·"),
                                      QStringLiteral("retransmission"), QStringLiteral("len=100")};
    QString text;
    const int count = 1 + int(random.bounded(7));
    for (int i = 0; i < count; ++i) {
        if (!text.isEmpty())
            text += random.bounded(8) == 0 ? QStringLiteral("  ") : QStringLiteral(" ");
        if (random.bounded(3) == 0)
            text += QStringLiteral("%1=%2").arg(random.bounded(2) ? QStringLiteral("seq") : QStringLiteral("ack"))
                        .arg(random.bounded(4294967295u));
        else
            text += words[int(random.bounded(int(words.size())))];
    }
    return text;
}

} // namespace

class TstTextWidths : public QObject
{
    Q_OBJECT

private slots:
    void wrapBreaksWhereTheLinesMeasuredWholeWould();
    void wrapReportsTheWidestLine();
    void wrapJoinedGivesTheLinesOfWrap();
};

// The wrap sums character advances instead of measuring each line tried as a string; the
// lines (and so every label's size, and the layout) must be the ones measuring gives.
void TstTextWidths::wrapBreaksWhereTheLinesMeasuredWholeWould()
{
    const QFont font = sequenceLabelFont(QApplication::font());
    TextWidths widths(font);
    TextWidths reference(font);
    QRandomGenerator random(9);
    for (int i = 0; i < 3000; ++i) {
        const QString text = randomLabel(random);
        const double maxWidth = 20 + random.bounded(300.0);
        const QStringList lines = widths.wrap(text, maxWidth);
        const QStringList expected = reference.width(text) <= maxWidth ? QStringList{text}
                                                                       : greedyReference(reference, text, maxWidth);
        QCOMPARE(lines, expected);
    }
}

void TstTextWidths::wrapReportsTheWidestLine()
{
    const QFont font = sequenceLabelFont(QApplication::font());
    TextWidths widths(font);
    QRandomGenerator random(11);
    for (int i = 0; i < 1000; ++i) {
        const QString text = randomLabel(random);
        double widest = -1;
        const QStringList lines = widths.wrap(text, 20 + random.bounded(300.0), &widest);
        double expected = 0;
        for (const QString &line : lines)
            expected = std::max(expected, widths.width(line));
        QCOMPARE(widest, expected);
    }
}

// The layout keeps a label's lines joined in one string; they must be wrap()'s lines,
// spaces and all, and the same widest line.
void TstTextWidths::wrapJoinedGivesTheLinesOfWrap()
{
    const QFont font = sequenceLabelFont(QApplication::font());
    TextWidths widths(font);
    TextWidths reference(font);
    QRandomGenerator random(13);
    for (int i = 0; i < 3000; ++i) {
        const QString text = randomLabel(random);
        const double maxWidth = 20 + random.bounded(300.0);
        double widest = -1, expectedWidest = -2;
        QString joined;
        const int count = widths.wrapJoined(text, maxWidth, &joined, &widest);
        const QStringList expected = reference.wrap(text, maxWidth, &expectedWidest);
        QCOMPARE(count, int(expected.size()));
        QCOMPARE(joined, expected.join(QLatin1Char('\n')));
        QCOMPARE(widest, expectedWidest);
    }
}

QTEST_MAIN(TstTextWidths)
#include "tst_text_widths.moc"
