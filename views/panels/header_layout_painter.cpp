#include "panels/header_layout_painter.h"

#include "capture/packet_builder.h"

#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace tcplab {

namespace {

// Where the checksum field sits in the TCP header (RFC 9293 §3.1).
constexpr int checksumOffset = 16;

constexpr int bitsPerRow = 32;

// The figure's measures for the font its names are written in (the UI font: a figure whose
// names are smaller than the text around it cannot be read, least of all in Chinese).
struct FigureMetrics {
    qreal rulerHeight;
    qreal rowHeight;   // a name line above a value line
    qreal bitWidth;    // wide enough for the widest flag's name ("URG", "紧急")
};

QFont rulerFont(const QFont &font)
{
    QFont small = font;
    small.setPointSizeF(std::max(7.0, font.pointSizeF() * 0.85));
    return small;
}

FigureMetrics metricsFor(const Segment &s, const QFont &font)
{
    const QFontMetricsF names(font);
    qreal widestFlag = 0;
    for (const HeaderField &f : HeaderLayoutPainter::fields(s)) {
        if (f.kind == HeaderField::Kind::Flag)
            widestFlag = std::max(widestFlag, names.horizontalAdvance(f.name));
    }
    QFont bold = font;
    bold.setBold(true);
    const qreal valueHeight = QFontMetricsF(bold).height();
    return {QFontMetricsF(rulerFont(font)).height() + 4, names.height() + valueHeight + 10,
            std::max<qreal>(23, widestFlag + 6)};
}

} // namespace

// The bytes come from the model's packet builder, the same code that writes captures, so
// the inspector can never show a header or checksum a capture of the run would not hold.
QByteArray tcpHeaderBytes(const Segment &s, uint16_t checksum)
{
    QByteArray header = PacketBuilder::tcpSegment(s).left(s.dataOffset() * 4);
    header[checksumOffset] = char(checksum >> 8);
    header[checksumOffset + 1] = char(checksum & 0xff);
    return header;
}

uint16_t tcpChecksum(const Segment &s)
{
    const QByteArray tcp = PacketBuilder::tcpSegment(s);
    return uint16_t((uint16_t(uchar(tcp[checksumOffset])) << 8) | uchar(tcp[checksumOffset + 1]));
}

QList<HeaderField> HeaderLayoutPainter::fields(const Segment &s)
{
    using K = HeaderField::Kind;
    QList<HeaderField> f;
    auto add = [&f](K kind, const QString &name, int row, int bit, int width, const QString &value) {
        HeaderField h;
        h.kind = kind;
        h.name = name;
        h.row = row;
        h.bit = bit;
        h.width = width;
        h.value = value;
        f.append(h);
        return &f.last();
    };
    add(K::Number, tr("Source Port"), 0, 0, 16, QString::number(s.source.port));
    add(K::Number, tr("Destination Port"), 0, 16, 16, QString::number(s.destination.port));
    add(K::Number, tr("Sequence Number"), 1, 0, 32, QString::number(s.seq));
    HeaderField *ack = add(K::Number, tr("Acknowledgment Number"), 2, 0, 32, QString::number(s.ack));
    ack->ignored = !s.has(TcpFlag::Ack);
    add(K::Number, tr("Data Offset"), 3, 0, 4, QString::number(s.dataOffset()));
    add(K::Reserved, tr("Rsrvd"), 3, 4, 4, QStringLiteral("0"));
    // Wire order of the flag bits, most significant first (RFC 9293 §3.1, RFC 3168 for CWR/ECE).
    const struct { TcpFlags bit; const char *name; } flags[] = {
        {TcpFlag::Cwr, "CWR"}, {TcpFlag::Ece, "ECE"}, {TcpFlag::Urg, "URG"}, {TcpFlag::Ack, "ACK"},
        {TcpFlag::Psh, "PSH"}, {TcpFlag::Rst, "RST"}, {TcpFlag::Syn, "SYN"}, {TcpFlag::Fin, "FIN"},
    };
    int bit = 8;
    for (const auto &fl : flags) {
        const bool on = (s.flags & fl.bit) != 0;
        HeaderField *h = add(K::Flag, QString::fromLatin1(fl.name), 3, bit++, 1, on ? QStringLiteral("1") : QStringLiteral("0"));
        h->set = on;
    }
    add(K::Number, tr("Window"), 3, 16, 16, QString::number(s.window));
    add(K::Number, tr("Checksum"), 4, 0, 16,
        QStringLiteral("0x%1").arg(tcpChecksum(s), 4, 16, QLatin1Char('0')));
    add(K::Number, tr("Urgent Pointer"), 4, 16, 16, QStringLiteral("0"));
    int row = 5;
    if (s.mss) {
        add(K::Options, tr("Option kind"), row, 0, 8, tr("2 (MSS)"));
        add(K::Options, tr("Length"), row, 8, 8, QStringLiteral("4"));
        add(K::Options, tr("Maximum Segment Size"), row, 16, 16, QString::number(s.mss));
        ++row;
    }
    add(K::Data, tr("Data"), row, 0, 32,
        s.payload.isEmpty() ? tr("none") : (s.payload.size() == 1 ? tr("1 byte") : tr("%1 bytes").arg(s.payload.size())));
    return f;
}

int HeaderLayoutPainter::rowCount(const Segment &s)
{
    return s.mss ? 7 : 6;
}

QSize HeaderLayoutPainter::minimumSize(const Segment &s, const QFont &font)
{
    const FigureMetrics m = metricsFor(s, font);
    return QSize(int(std::ceil(m.bitWidth * bitsPerRow)) + 2,
                 int(std::ceil(m.rulerHeight + m.rowHeight * rowCount(s))) + 2);
}

void HeaderLayoutPainter::paint(QPainter *p, const QRectF &rect, const Segment &s, const QColor &accent)
{
    p->save();
    p->setRenderHint(QPainter::Antialiasing, false);
    const QFont nameFont = p->font();
    const FigureMetrics m = metricsFor(s, nameFont);
    const qreal rulerHeight = m.rulerHeight;
    const qreal rowHeight = m.rowHeight;
    const qreal bitWidth = std::max(m.bitWidth, (rect.width() - 2) / bitsPerRow);
    const qreal x0 = rect.left() + 1;
    const qreal y0 = rect.top() + rulerHeight;

    const QFont small = rulerFont(nameFont);
    QFont bold = nameFont;
    bold.setBold(true);

    // Bit ruler: 0 … 31, most significant bit first, as RFC figures number them.
    p->setFont(small);
    p->setPen(QColor(0x66, 0x66, 0x66));
    for (int b = 0; b < bitsPerRow; ++b) {
        const QRectF cell(x0 + b * bitWidth, rect.top(), bitWidth, rulerHeight);
        p->drawText(cell, Qt::AlignCenter, QString::number(b));
    }

    const QColor border(0x44, 0x44, 0x44);
    const QColor flagOn = accent.lighter(170);
    for (const HeaderField &f : fields(s)) {
        const QRectF box(x0 + f.bit * bitWidth, y0 + f.row * rowHeight, f.width * bitWidth, rowHeight);
        QColor fill = Qt::white;
        if (f.kind == HeaderField::Kind::Flag && f.set)
            fill = flagOn;
        else if (f.kind == HeaderField::Kind::Reserved || f.ignored)
            fill = QColor(0xf2, 0xf2, 0xf2);
        else if (f.kind == HeaderField::Kind::Options)
            fill = QColor(0xf6, 0xf1, 0xe3);
        else if (f.kind == HeaderField::Kind::Data)
            fill = QColor(0xee, 0xf4, 0xfb);
        p->fillRect(box, fill);
        p->setPen(QPen(border, 1));
        p->drawRect(box);

        const qreal nameHeight = QFontMetricsF(nameFont).height();
        const QRectF nameRect(box.left() + 2, box.top() + 3, box.width() - 4, nameHeight);
        const QRectF valueRect = box.adjusted(2, nameHeight + 3, -2, -3);
        p->setFont(nameFont);
        p->setPen(f.ignored || f.kind == HeaderField::Kind::Reserved ? QColor(0x88, 0x88, 0x88) : QColor(0x33, 0x33, 0x33));
        QString name = f.name;
        if (f.kind != HeaderField::Kind::Flag)
            name = QFontMetricsF(nameFont).elidedText(name, Qt::ElideRight, nameRect.width());
        p->drawText(nameRect, Qt::AlignHCenter | Qt::AlignTop, name);
        QFont valueFont = bold;
        if (f.kind == HeaderField::Kind::Flag && !f.set)
            valueFont.setBold(false);
        p->setFont(valueFont);
        p->setPen(f.ignored ? QColor(0x99, 0x99, 0x99) : (f.kind == HeaderField::Kind::Flag && f.set ? accent.darker(160) : Qt::black));
        p->drawText(valueRect, Qt::AlignCenter, f.value);
    }
    p->restore();
}

} // namespace tcplab
