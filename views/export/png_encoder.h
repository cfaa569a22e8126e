#pragma once

#include <QByteArray>

class QImage;

namespace tcplab {

// Encodes an exported picture as PNG faster than QImageWriter can: Qt leaves libpng to try
// all five row filters on every row and keep the best, which for a tall diagram (tens of
// megapixels, mostly flat) costs more than drawing it. Here every row uses the "Up" filter
// — a diagram is mostly vertical lifelines and white, which Up turns into zeros — and zlib
// packs runs (Z_RLE) at its fastest level. Lossless all the same: the pixels read back are
// the pixels drawn. Writes the resolution (pHYs) the image says, like QImageWriter.
//
// Where tcplab is built without libpng's headers, or libpng fails, encode() returns
// nothing and the caller uses QImageWriter (which also words the error).
class PngEncoder
{
public:
    // RGB32 images become RGB PNGs; any other format is written as RGBA. Empty when this
    // encoder cannot write the image.
    static QByteArray encode(const QImage &image);
};

} // namespace tcplab
