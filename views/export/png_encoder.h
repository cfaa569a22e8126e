#pragma once

#include <QByteArray>
#include <QImage>
#include <QSize>
#include <cstdint>

namespace tcplab {

// Writes PNG files of exported pictures, row band by row band, several times faster than
// libpng with zlib can. An exported diagram is mostly flat: white paper, vertical
// lifelines, horizontal bands. With the PNG "Up" filter on every row (each byte minus the
// byte above it) nearly all of it turns into runs of zero bytes, and what is left (text,
// arrows) is a few bytes here and there. So the encoder compares each row with the one
// above a machine word at a time, writes a run of equal pixels as a run of zeros — one
// deflate match of distance 1 per 258 bytes, in the fixed Huffman code of RFC 1951 3.2.6 —
// and only the differing pixels byte by byte. The Adler-32 of a run of zeros is computed
// in one step (b grows by the run's length times a). Lossless like any PNG: the pixels
// read back are the pixels drawn.
//
// Rows come in top to bottom from images of the picture's width, in the format of the
// PNG's channels: RGB32 for RGB (no alpha channel: smaller), ARGB32 for RGBA; rows in
// other formats (ARGB32_Premultiplied, what transparent exports paint) are converted.
class PngEncoder
{
public:
    enum class Channels { Rgb, Rgba };

    // A PNG of `size` pixels (each side at least 1); a resolution with both values above
    // zero is written (pHYs), as QImageWriter does.
    PngEncoder(QSize size, Channels channels, QSize dotsPerMeter);

    // Appends the first `count` rows of `rows` (of the PNG's width) under the rows
    // appended before.
    void appendRows(const QImage &rows, int count);
    int rowsAppended() const { return m_row; }
    // The PNG file, once every row has been appended (empty before).
    QByteArray finish();

    // A whole image as a PNG (any format: others are converted to ARGB32 first); its
    // resolution is written when it has one.
    static QByteArray encode(const QImage &image);

private:
    struct RowWriter;
    // One row under `above` (the row before it: in the same image, or m_previous).
    void appendRow(const uint32_t *row, const uint32_t *above);
    // Room for `bytes` more bytes of the file.
    void ensureRoom(qsizetype bytes);
    void append(const char *bytes, qsizetype size);
    void appendBigEndian(uint32_t value);
    // Chunks are written in place: the length is filled in when the chunk is closed.
    void openChunk(const char *type);
    void closeChunk();

    QSize m_size;
    Channels m_channels;
    int m_row = 0;
    bool m_finished = false;
    QByteArray m_file;          // its first m_fileSize bytes are the file so far
    qsizetype m_fileSize = 0;
    qsizetype m_chunkStart = -1; // where the open chunk's length is
    QByteArray m_previous;      // the last row appended (zeros before the first)
    // The deflate stream's state between rows: bits not yet whole bytes, whether the last
    // byte was a zero (a match at distance 1 can repeat it), the Adler-32 sums and how many
    // bytes were added since they were last reduced.
    uint64_t m_bitBuffer = 0;
    int m_bitCount = 0;
    bool m_lastByteZero = false;
    uint32_t m_adlerA = 1;
    uint32_t m_adlerB = 0;
    int m_adlerPending = 0;
};

} // namespace tcplab
