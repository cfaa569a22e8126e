#include "export/png_encoder.h"

#include "export/crc32.h"

#include <QImage>
#include <QtEndian>
#include <algorithm>
#include <array>
#include <bit>
#include <cstring>
#include <utility>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace tcplab {

namespace {

// Adler-32 (RFC 1950 2.2): sums modulo the largest prime below 2^16; 5552 bytes is the
// most that can be added to 32-bit sums before they must be reduced (zlib's NMAX).
constexpr uint32_t adlerBase = 65521;
constexpr int adlerMaxPending = 5552;

// Deflate's longest match (RFC 1951 3.2.5).
constexpr int maxMatch = 258;

constexpr uint32_t reversedBits(uint32_t code, int length)
{
    uint32_t reversed = 0;
    for (int i = 0; i < length; ++i)
        reversed |= ((code >> i) & 1u) << (length - 1 - i);
    return reversed;
}

// A symbol of the fixed Huffman code of RFC 1951 3.2.6, ready to be put in the bit
// stream: Huffman codes are sent from their most significant bit, so they are stored
// reversed; extra bits (lengths) follow them as plain numbers.
struct Code {
    uint32_t bits = 0;
    int length = 0;
};

constexpr Code fixedLiteralLength(int symbol)
{
    if (symbol < 144)
        return {reversedBits(0x30 + symbol, 8), 8};
    if (symbol < 256)
        return {reversedBits(0x190 + symbol - 144, 9), 9};
    if (symbol < 280)
        return {reversedBits(symbol - 256, 7), 7};
    return {reversedBits(0xc0 + symbol - 280, 8), 8};
}

struct Tables {
    std::array<Code, 257> literals{};       // bytes, then end of block
    std::array<Code, maxMatch + 1> matches{}; // a match of length 3…258 at distance 1
};

constexpr Tables makeTables()
{
    Tables t;
    for (int symbol = 0; symbol <= 256; ++symbol)
        t.literals[symbol] = fixedLiteralLength(symbol);
    // Length codes 257…285 (RFC 1951 3.2.5): the first length of each and its extra bits.
    constexpr int bases[] = {3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35,
                             43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258};
    constexpr int extras[] = {0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3,
                              3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0};
    for (int length = 3; length <= maxMatch; ++length) {
        int i = 28;
        while (bases[i] > length)
            --i;
        const Code code = fixedLiteralLength(257 + i);
        // Then distance code 0 (distance 1): five zero bits.
        t.matches[length] = {code.bits | uint32_t(length - bases[i]) << code.length, code.length + extras[i] + 5};
    }
    return t;
}

constexpr Tables tables = makeTables();

// The encoder compares a row with the one above this many pixels at a time.
constexpr int blockPixels = 16;
static_assert(blockPixels == 16, "differingPixels() compares four vectors of four pixels");

// Which of sixteen pixels differ from those above them: bit i for pixel i.
uint32_t differingPixels(const uint32_t *row, const uint32_t *above)
{
#if defined(__SSE2__)
    // Four pixels a vector; the sign bit of each 32-bit lane of a comparison says whether
    // that pixel is equal.
    __m128i equal[blockPixels / 4];
    for (int i = 0; i < blockPixels / 4; ++i) {
        equal[i] = _mm_cmpeq_epi32(_mm_loadu_si128(reinterpret_cast<const __m128i *>(row + 4 * i)),
                                   _mm_loadu_si128(reinterpret_cast<const __m128i *>(above + 4 * i)));
    }
    const __m128i all = _mm_and_si128(_mm_and_si128(equal[0], equal[1]), _mm_and_si128(equal[2], equal[3]));
    if (_mm_movemask_epi8(all) == 0xffff)
        return 0;
    uint32_t same = 0;
    for (int i = 0; i < blockPixels / 4; ++i)
        same |= uint32_t(_mm_movemask_ps(_mm_castsi128_ps(equal[i]))) << (4 * i);
    return ~same & 0xffffu;
#else
    uint32_t mask = 0;
    for (int i = 0; i < blockPixels; ++i)
        mask |= uint32_t(row[i] != above[i]) << i;
    return mask;
#endif
}

// The first pixel from x on that differs from the one above it, or width: nearly every
// block of a diagram's row is equal.
int firstDifferingPixel(const uint32_t *row, const uint32_t *above, int x, int width)
{
    for (; x + blockPixels <= width; x += blockPixels) {
        if (const uint32_t mask = differingPixels(row + x, above + x); mask != 0)
            return x + std::countr_zero(mask);
    }
    while (x < width && row[x] == above[x])
        ++x;
    return x;
}

// An IDAT chunk is closed once it holds this much and the next one opened: readers check
// each chunk's CRC as it comes in.
constexpr qsizetype idatBytes = 1 << 20;

} // namespace

// The deflate stream of a row while it is written: the state in locals the compiler can
// keep in registers, copied back to the encoder when the row is done.
struct PngEncoder::RowWriter {
    uchar *out;
    uint64_t bits;
    int count;
    bool lastByteZero;
    uint32_t a;
    uint32_t b;
    int pending;

    explicit RowWriter(PngEncoder &e)
        : out(reinterpret_cast<uchar *>(e.m_file.data()) + e.m_fileSize), bits(e.m_bitBuffer),
          count(e.m_bitCount), lastByteZero(e.m_lastByteZero), a(e.m_adlerA), b(e.m_adlerB),
          pending(e.m_adlerPending)
    {
    }

    void store(PngEncoder &e) const
    {
        e.m_fileSize = out - reinterpret_cast<uchar *>(e.m_file.data());
        e.m_bitBuffer = bits;
        e.m_bitCount = count;
        e.m_lastByteZero = lastByteZero;
        e.m_adlerA = a;
        e.m_adlerB = b;
        e.m_adlerPending = pending;
    }

    // Up to 32 bits. Fewer than 8 are ever waiting, so they fit in 64; all eight bytes
    // are stored every time (the file has room past its end) and the whole ones kept:
    // no branch on how full the buffer is, which every pixel's 24 to 27 bits made a
    // coin toss for the processor.
    void put(uint32_t code, int length)
    {
        bits |= uint64_t(code) << count;
        count += length;
        const uint64_t word = qToLittleEndian(bits);
        std::memcpy(out, &word, 8);
        const int whole = count >> 3;
        out += whole;
        bits >>= 8 * whole;
        count &= 7;
    }

    void reduceAdler()
    {
        a %= adlerBase;
        b %= adlerBase;
        pending = 0;
    }

    // The bytes of one pixel (3 or 4), each as a literal.
    void literals(const unsigned *bytes, int n)
    {
        uint32_t code = 0;
        int length = 0;
        for (int i = 0; i < n; ++i) {
            const Code &c = tables.literals[bytes[i]];
            if (length + c.length > 32) {
                put(code, length);
                code = 0;
                length = 0;
            }
            code |= c.bits << length;
            length += c.length;
            a += bytes[i];
            b += a;
        }
        put(code, length);
        lastByteZero = bytes[n - 1] == 0;
        pending += n;
        if (pending > adlerMaxPending - 4)
            reduceAdler();
    }

    void literal(unsigned byte) { literals(&byte, 1); }

    // The three bytes of an RGB pixel: at most 27 bits, put at once.
    void pixel(unsigned red, unsigned green, unsigned blue)
    {
        const Code &r = tables.literals[red];
        const Code &g = tables.literals[green];
        const Code &bl = tables.literals[blue];
        put(r.bits | g.bits << r.length | bl.bits << (r.length + g.length), r.length + g.length + bl.length);
        a += red;
        b += a;
        a += green;
        b += a;
        a += blue;
        b += a;
        lastByteZero = blue == 0;
        pending += 3;
        if (pending > adlerMaxPending - 4)
            reduceAdler();
    }

    void zeros(uint64_t n)
    {
        if (n == 0)
            return;
        // Adler-32 of n zero bytes: a stays, b gains a for each of them.
        a %= adlerBase;
        b = uint32_t((b + (n % adlerBase) * a) % adlerBase);
        pending = 0;
        // The bytes: a zero, then matches repeating the byte before (distance 1).
        const Code &zero = tables.literals[0];
        if (!lastByteZero) {
            put(zero.bits, zero.length);
            --n;
        }
        while (n >= 3) {
            // Never leave a tail of 1 or 2 bytes after a full match: shorten it instead.
            uint64_t length = std::min<uint64_t>(n, maxMatch);
            if (n > maxMatch && n - maxMatch < 3)
                length = n - 3;
            const Code &match = tables.matches[length];
            put(match.bits, match.length);
            n -= length;
        }
        for (; n > 0; --n)
            put(zero.bits, zero.length);
        lastByteZero = true;
    }
};

PngEncoder::PngEncoder(QSize size, Channels channels, QSize dotsPerMeter)
    : m_size(size), m_channels(channels)
{
    m_previous = QByteArray(qsizetype(std::max(0, size.width())) * 4, '\0');
    // Room for an eighth of the raw pixels at first: exported diagrams come out at 5 to
    // 11 % (tcplab-bench-export), so the file is rarely moved as it grows. Memory set
    // aside but not written to costs nothing.
    const qsizetype raw = qsizetype(std::max(0, size.width())) * std::max(0, size.height())
                          * (channels == Channels::Rgb ? 3 : 4);
    ensureRoom(std::clamp<qsizetype>(raw / 8, 1 << 16, qsizetype(1) << 28));
    append("\x89PNG\r\n\x1a\n", 8);
    openChunk("IHDR");
    appendBigEndian(uint32_t(size.width()));
    appendBigEndian(uint32_t(size.height()));
    // 8 bits a sample; colour type 2 (RGB) or 6 (RGBA); deflate; adaptive filtering
    // (here always Up); not interlaced.
    const char format[] = {8, char(channels == Channels::Rgb ? 2 : 6), 0, 0, 0};
    append(format, sizeof format);
    closeChunk();
    if (dotsPerMeter.width() > 0 && dotsPerMeter.height() > 0) {
        openChunk("pHYs");
        appendBigEndian(uint32_t(dotsPerMeter.width()));
        appendBigEndian(uint32_t(dotsPerMeter.height()));
        append("\x01", 1); // per metre
        closeChunk();
    }
    // The zlib stream (RFC 1950): deflate with a 32 KiB window, no dictionary, "fastest"
    // (0x78 0x01 is a multiple of 31 as the header check asks). Then one deflate block,
    // the last, with the fixed Huffman code: BFINAL 1, BTYPE 01.
    openChunk("IDAT");
    append("\x78\x01", 2);
    m_bitBuffer = 0b011;
    m_bitCount = 3;
}

void PngEncoder::ensureRoom(qsizetype bytes)
{
    if (m_file.size() < m_fileSize + bytes)
        m_file.resize(std::max(m_file.size() * 2, m_fileSize + bytes));
}

void PngEncoder::append(const char *bytes, qsizetype size)
{
    ensureRoom(size);
    std::memcpy(m_file.data() + m_fileSize, bytes, size_t(size));
    m_fileSize += size;
}

void PngEncoder::appendBigEndian(uint32_t value)
{
    const uint32_t bigEndian = qToBigEndian(value);
    append(reinterpret_cast<const char *>(&bigEndian), 4);
}

void PngEncoder::openChunk(const char *type)
{
    m_chunkStart = m_fileSize;
    append("\0\0\0\0", 4);
    append(type, 4);
}

void PngEncoder::closeChunk()
{
    const uint32_t length = qToBigEndian(uint32_t(m_fileSize - m_chunkStart - 8));
    std::memcpy(m_file.data() + m_chunkStart, &length, 4);
    // The CRC covers the type and the data.
    appendBigEndian(crc32(0, reinterpret_cast<const uchar *>(m_file.constData()) + m_chunkStart + 4,
                          m_fileSize - m_chunkStart - 4));
    m_chunkStart = -1;
}

void PngEncoder::appendRow(const uint32_t *row, const uint32_t *above)
{
    const int width = m_size.width();
    const int channels = m_channels == Channels::Rgb ? 3 : 4;
    // Room for the worst row: every byte a 9-bit literal.
    ensureRoom(qsizetype(width) * channels * 9 / 8 + 64);
    RowWriter w(*this);
    w.literal(2); // the row's filter: Up
    int x = 0;
    while (x < width) {
        // A run of pixels equal to those above: zeros once filtered.
        const int runStart = x;
        x = firstDifferingPixel(row, above, x, width);
        w.zeros(uint64_t(x - runStart) * channels);
        // Pixels that differ, byte by byte: this one minus the one above, modulo 256.
        for (; x < width && row[x] != above[x]; ++x) {
            const QRgb now = row[x];
            const QRgb before = above[x];
            const unsigned red = unsigned(qRed(now) - qRed(before)) & 0xff;
            const unsigned green = unsigned(qGreen(now) - qGreen(before)) & 0xff;
            const unsigned blue = unsigned(qBlue(now) - qBlue(before)) & 0xff;
            if (channels == 3) {
                w.pixel(red, green, blue);
            } else {
                const unsigned bytes[4] = {red, green, blue, unsigned(qAlpha(now) - qAlpha(before)) & 0xff};
                w.literals(bytes, 4);
            }
        }
    }
    w.store(*this);
}

void PngEncoder::appendRows(const QImage &rows, int count)
{
    // Rows are read as RGB32 for an RGB PNG, as ARGB32 for RGBA. Others (premultiplied
    // alpha: what transparent exports paint) are converted by Qt, so a file holds the same
    // pixels as QImageWriter would write.
    const QImage::Format wanted = m_channels == Channels::Rgb ? QImage::Format_RGB32 : QImage::Format_ARGB32;
    const QImage image = rows.format() == wanted && rows.width() == m_size.width()
        ? rows
        : rows.copy(0, 0, m_size.width(), std::min(count, rows.height())).convertToFormat(wanted);
    count = m_finished ? 0 : std::min({count, image.height(), m_size.height() - m_row});
    // Each row is compared with the one above it where that is, in the same image; only
    // the last row is kept (copied) for the first row of the next call.
    const auto *previous = reinterpret_cast<const uint32_t *>(m_previous.constData());
    for (int y = 0; y < count; ++y) {
        const auto *row = reinterpret_cast<const uint32_t *>(image.constScanLine(y));
        appendRow(row, y == 0 ? previous : reinterpret_cast<const uint32_t *>(image.constScanLine(y - 1)));
        ++m_row;
        if (m_fileSize - m_chunkStart >= idatBytes) {
            closeChunk();
            openChunk("IDAT");
        }
    }
    if (count > 0)
        std::memcpy(m_previous.data(), image.constScanLine(count - 1), size_t(m_size.width()) * 4);
}

QByteArray PngEncoder::finish()
{
    if (m_finished || m_row != m_size.height() || m_size.width() < 1 || m_size.height() < 1)
        return {};
    m_finished = true;
    ensureRoom(16);
    RowWriter w(*this);
    const Code &end = tables.literals[256];
    w.put(end.bits, end.length);
    w.store(*this);
    // The bits still waiting, as whole bytes (the last one padded with zeros).
    for (; m_bitCount > 0; m_bitCount -= 8, m_bitBuffer >>= 8) {
        const char byte = char(m_bitBuffer & 0xff);
        append(&byte, 1);
    }
    appendBigEndian(((m_adlerB % adlerBase) << 16) | (m_adlerA % adlerBase));
    closeChunk();
    openChunk("IEND");
    closeChunk();
    m_file.truncate(m_fileSize);
    return std::exchange(m_file, QByteArray());
}

QByteArray PngEncoder::encode(const QImage &source)
{
    if (source.isNull())
        return {};
    QImage image = source;
    Channels channels = Channels::Rgba;
    if (image.format() == QImage::Format_RGB32) {
        channels = Channels::Rgb;
    } else if (!image.hasAlphaChannel()) {
        image = image.convertToFormat(QImage::Format_RGB32);
        channels = Channels::Rgb;
    } else if (image.format() != QImage::Format_ARGB32 && image.format() != QImage::Format_ARGB32_Premultiplied) {
        image = image.convertToFormat(QImage::Format_ARGB32);
    }
    PngEncoder encoder(image.size(), channels, QSize(image.dotsPerMeterX(), image.dotsPerMeterY()));
    encoder.appendRows(image, image.height());
    return encoder.finish();
}

} // namespace tcplab
