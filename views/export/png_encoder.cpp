#include "export/png_encoder.h"

#include <QImage>

#ifdef TCPLAB_HAVE_LIBPNG
#include <png.h>
#include <zlib.h>
#endif

namespace tcplab {

#ifdef TCPLAB_HAVE_LIBPNG
namespace {

void appendToByteArray(png_structp png, png_bytep data, png_size_t length)
{
    static_cast<QByteArray *>(png_get_io_ptr(png))->append(reinterpret_cast<const char *>(data), qsizetype(length));
}

void flushNothing(png_structp) {}

} // namespace
#endif

QByteArray PngEncoder::encode(const QImage &source)
{
#ifdef TCPLAB_HAVE_LIBPNG
    // libpng reads rows of bytes: RGB32 is B, G, R, X in memory on a little-endian machine
    // (one word 0xffRRGGBB), which libpng takes as it is with bgr + filler; anything else
    // is converted to RGBA bytes first.
    const bool opaque = source.format() == QImage::Format_RGB32 && QSysInfo::ByteOrder == QSysInfo::LittleEndian;
    const QImage image = opaque ? source : source.convertToFormat(QImage::Format_RGBA8888);
    if (image.isNull())
        return {};
    QByteArray bytes;
    bytes.reserve(qsizetype(image.height()) * 64);
    png_structp png = png_create_write_struct(PNG_LIBPNG_VER_STRING, nullptr, nullptr, nullptr);
    png_infop info = png ? png_create_info_struct(png) : nullptr;
    if (!info) {
        png_destroy_write_struct(&png, nullptr);
        return {};
    }
    // libpng reports errors by longjmp: nothing with a destructor lives between here and
    // the end of the writing (the rows are plain pointers into the image).
    if (setjmp(png_jmpbuf(png))) {
        png_destroy_write_struct(&png, &info);
        return {};
    }
    png_set_write_fn(png, &bytes, appendToByteArray, flushNothing);
    png_set_filter(png, PNG_FILTER_TYPE_BASE, PNG_FILTER_UP);
    png_set_compression_level(png, Z_BEST_SPEED);
    png_set_compression_strategy(png, Z_RLE);
    png_set_IHDR(png, info, png_uint_32(image.width()), png_uint_32(image.height()), 8,
                 opaque ? PNG_COLOR_TYPE_RGB : PNG_COLOR_TYPE_RGB_ALPHA, PNG_INTERLACE_NONE,
                 PNG_COMPRESSION_TYPE_BASE, PNG_FILTER_TYPE_BASE);
    if (image.dotsPerMeterX() > 0 && image.dotsPerMeterY() > 0)
        png_set_pHYs(png, info, png_uint_32(image.dotsPerMeterX()), png_uint_32(image.dotsPerMeterY()),
                     PNG_RESOLUTION_METER);
    png_write_info(png, info);
    if (opaque) {
        png_set_bgr(png);
        png_set_filler(png, 0, PNG_FILLER_AFTER); // drops the X byte
    }
    for (int y = 0; y < image.height(); ++y)
        png_write_row(png, const_cast<png_bytep>(image.constScanLine(y)));
    png_write_end(png, info);
    png_destroy_write_struct(&png, &info);
    return bytes;
#else
    Q_UNUSED(source);
    return {};
#endif
}

} // namespace tcplab
