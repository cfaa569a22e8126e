#pragma once

#include "tcp/segment.h"

#include <QCoreApplication>
#include <QFont>
#include <QList>
#include <QRectF>
#include <QSize>
#include <QString>

class QPainter;

namespace tcplab {

// The segment's TCP header and options as on the wire (RFC 9293 §3.1), with `checksum`
// written into its field. Options: MSS (kind 2, length 4) when the segment carries one.
QByteArray tcpHeaderBytes(const Segment &segment, uint16_t checksum = 0);
// The real TCP checksum: the 16-bit one's complement of the one's complement sum over the
// IPv4 pseudo-header (source, destination, zero, protocol 6, TCP length), the header with a
// zero checksum field, and the data padded to an even length (RFC 9293 §3.1, RFC 1071).
uint16_t tcpChecksum(const Segment &segment);

// One box of the classic 32-bit-wide header figure.
struct HeaderField {
    enum class Kind { Number, Flag, Reserved, Options, Data };
    Kind kind = Kind::Number;
    QString name;      // translated ("Source Port")
    int row = 0;       // 32-bit word
    int bit = 0;       // first bit within the row, 0 = most significant
    int width = 32;    // in bits
    QString value;     // "40000", "1", "0x1a2b"
    bool set = false;  // Flag: the bit is 1
    bool ignored = false; // the field carries no meaning here (ack number without ACK bit)
};

// Lays out and paints the header figure. Layout is a pure function of the segment, so the
// values can be tested without pixels.
class HeaderLayoutPainter
{
    Q_DECLARE_TR_FUNCTIONS(HeaderLayoutPainter)
public:
    static QList<HeaderField> fields(const Segment &segment);
    static int rowCount(const Segment &segment);
    // The smallest figure whose field names, written in `font`, can be read whole. paint()
    // writes the names in the painter's font: the same one.
    static QSize minimumSize(const Segment &segment, const QFont &font);
    static void paint(QPainter *painter, const QRectF &rect, const Segment &segment,
                      const QColor &accent);
};

} // namespace tcplab
