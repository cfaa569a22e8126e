#include "sequence/label_blanks.h"

#include "common/duration_text.h"
#include "sequence/sequence_layout.h"
#include "trace/trace.h"

#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <tuple>

namespace tcplab {

QStringList LabelBlanks::names()
{
    return {QStringLiteral("seq"), QStringLiteral("ack"), QStringLiteral("states"), QStringLiteral("timers")};
}

std::optional<LabelBlanks> LabelBlanks::fromNames(const QString &list)
{
    LabelBlanks blanks;
    const QStringList parts = list.split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (parts.isEmpty())
        return std::nullopt;
    for (const QString &raw : parts) {
        const QString name = raw.trimmed().toLower();
        if (name == QLatin1String("seq"))
            blanks.seq = true;
        else if (name == QLatin1String("ack"))
            blanks.ack = true;
        else if (name == QLatin1String("states"))
            blanks.states = true;
        else if (name == QLatin1String("timers"))
            blanks.timers = true;
        else
            return std::nullopt;
    }
    return blanks;
}

QStringList LabelBlanks::toNames() const
{
    QStringList list;
    const bool chosen[] = {seq, ack, states, timers};
    const QStringList all = names();
    for (int i = 0; i < all.size(); ++i) {
        if (chosen[i])
            list << all[i];
    }
    return list;
}

QString blankNumberText(int number)
{
    // U+2460 CIRCLED DIGIT ONE … U+2473 CIRCLED NUMBER TWENTY: in every face we draw
    // Chinese with, and in the common Latin ones' fallbacks.
    if (number >= 1 && number <= 20)
        return QString(QChar(char16_t(0x2460 + number - 1)));
    // U+3251 … U+325F: 21 to 35; U+32B1 … U+32BF: 36 to 50.
    if (number >= 21 && number <= 35)
        return QString(QChar(char16_t(0x3251 + number - 21)));
    if (number >= 36 && number <= 50)
        return QString(QChar(char16_t(0x32B1 + number - 36)));
    return QStringLiteral("(%1)").arg(number);
}

QList<BlankField> blankFields(const SequenceLayout &layout, const Trace &trace, const LabelBlanks &blanks)
{
    QList<BlankField> fields;
    if (!blanks.any())
        return fields;
    // "seq=1000", "ack=1001" in the textbook label, not the "ACK" of the control bits.
    static const QRegularExpression number(QStringLiteral("(?<![A-Za-z])(seq|ack)=(\\d+)"));
    for (int i = 0; i < layout.arrows.size(); ++i) {
        const ArrowGeometry &a = layout.arrows[i];
        if (a.segmentId < 0 || a.segmentId >= trace.segments.size())
            continue;
        const Segment &segment = trace.segments[a.segmentId].segment;
        const QStringList textLines = a.textLines();
        const double lineHeight = textLines.isEmpty() ? 0 : a.labelSize.height() / a.labelLineCount();
        for (int line = 0; line < textLines.size(); ++line) {
            auto it = number.globalMatch(textLines[line]);
            while (it.hasNext()) {
                const QRegularExpressionMatch m = it.next();
                const bool isSeq = m.captured(1) == QLatin1String("seq");
                if ((isSeq && !blanks.seq) || (!isSeq && !blanks.ack))
                    continue;
                BlankField f;
                f.kind = isSeq ? BlankField::Kind::Seq : BlankField::Kind::Ack;
                f.item = i;
                f.line = line;
                f.start = int(m.capturedStart(2));
                f.length = int(m.capturedLength(2));
                // The value from the segment itself, not from the text drawn of it.
                f.value = QString::number(isSeq ? segment.seq : segment.ack);
                f.position = a.labelCenter + QPointF(0, (line - (a.labelLineCount() - 1) / 2.0) * lineHeight);
                fields.append(f);
            }
        }
    }
    if (blanks.states) {
        for (int i = 0; i < layout.stateBands.size(); ++i) {
            const StateBandGeometry &b = layout.stateBands[i];
            if (b.text.isEmpty() || b.textRect.isEmpty())
                continue;
            BlankField f;
            f.kind = BlankField::Kind::State;
            f.item = i;
            f.length = int(b.text.size());
            f.value = tcpStateName(b.state);
            f.position = b.textRect.center();
            fields.append(f);
        }
    }
    if (blanks.timers) {
        for (int i = 0; i < layout.timers.size(); ++i) {
            const TimerBracketGeometry &t = layout.timers[i];
            const QString duration = durationText(t.duration);
            if (t.textRect.isEmpty() || !t.text.endsWith(duration))
                continue;
            BlankField f;
            f.kind = BlankField::Kind::Timer;
            f.item = i;
            f.start = int(t.text.size() - duration.size());
            f.length = int(duration.size());
            f.value = duration;
            f.position = t.textRect.center();
            fields.append(f);
        }
    }
    // Numbered in reading order: down the page, then across; the same input always gives
    // the same numbers.
    std::stable_sort(fields.begin(), fields.end(), [](const BlankField &a, const BlankField &b) {
        const double ya = std::round(a.position.y()), yb = std::round(b.position.y());
        const double xa = std::round(a.position.x()), xb = std::round(b.position.x());
        return std::tie(ya, xa, a.start) < std::tie(yb, xb, b.start);
    });
    for (int n = 0; n < fields.size(); ++n)
        fields[n].number = n + 1;
    return fields;
}

} // namespace tcplab
