#include "export/image_file_writer.h"

#include "export/png_encoder.h"

#include <QBuffer>
#include <QDir>
#include <QFileInfo>
#include <QImageWriter>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSemaphore>
#include <QThread>
#include <QThreadPool>
#include <algorithm>
#include <QSvgGenerator>
#include <cmath>
#include <limits>
#include <utility>

namespace tcplab {

namespace {

// The largest side a QImage can have: its lines are indexed with int, four bytes a pixel.
constexpr double maxImageSide = std::numeric_limits<int>::max() / 4.0;

QString cannotWrite(const QString &path, const QString &problem)
{
    return ImageFileWriter::tr("Cannot write \"%1\": %2").arg(QDir::toNativeSeparators(path), problem);
}

// Runs `work` on a thread of Qt's global thread pool and waits for it. Qt's raster engine
// (Qt 6.4, qdrawhelper.cpp) hands every fill of more than 95 spans — an antialiased label
// box is one — to the global pool in pieces unless it is already running on one of the
// pool's threads; for the small fills of a diagram, waking the pool costs several times the
// fill (a fifth of a PNG export's time, most of it in the kernel). Painting on a pool
// thread keeps each fill on the thread that paints.
template<typename Work>
void onGlobalPoolThread(Work work)
{
    QThreadPool *pool = QThreadPool::globalInstance();
    if (pool->contains(QThread::currentThread())) {
        work();
        return;
    }
    QSemaphore done;
    pool->start([&] {
        work();
        done.release();
    });
    done.acquire();
}

} // namespace

QByteArray withPortableSvgFontFamilies(const QByteArray &svg)
{
    // QSvgGenerator writes the QFont family as the painter resolved it ("Sans Serif",
    // "Noto Sans CJK SC"): a fontconfig alias that browsers and slide tools do not know,
    // so they fall back to a serif face. Every family becomes a CSS list that names the
    // faces we draw with and ends in a generic family, which every reader knows.
    static const QRegularExpression family(QStringLiteral("font-family=\"([^\"]*)\""));
    const QString text = QString::fromUtf8(svg);
    QString out;
    out.reserve(text.size() + text.size() / 8);
    qsizetype last = 0;
    auto it = family.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        out += QStringView(text).mid(last, m.capturedStart() - last);
        const QString name = m.captured(1).toLower();
        const bool mono = name.contains(QLatin1String("mono")) || name.contains(QLatin1String("courier"));
        out += mono ? QStringLiteral("font-family=\"'Noto Sans Mono', 'DejaVu Sans Mono', monospace\"")
                    : QStringLiteral("font-family=\"'Noto Sans CJK SC', 'Noto Sans', sans-serif\"");
        last = m.capturedEnd();
    }
    out += QStringView(text).mid(last);
    return out.toUtf8();
}

std::optional<ExportFormat> exportFormatForPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("png"))
        return ExportFormat::Png;
    if (suffix == QLatin1String("svg"))
        return ExportFormat::Svg;
    if (suffix == QLatin1String("pdf"))
        return ExportFormat::Pdf;
    return std::nullopt;
}

ImageFileWriter::ImageFileWriter(const QSizeF &size, PaintPage paint)
    : m_size(size), m_paint(std::move(paint))
{
}

void ImageFileWriter::setScale(double scale)
{
    m_scale = scale;
}

void ImageFileWriter::setTransparent(bool transparent)
{
    m_transparent = transparent;
}

void ImageFileWriter::setPaper(Paper paper)
{
    m_paper = paper;
}

void ImageFileWriter::setPngBands(PngBands bands)
{
    m_pngBands = bands;
}

void ImageFileWriter::setTitle(const QString &title)
{
    m_title = title;
}

void ImageFileWriter::setDescription(const QString &description)
{
    m_description = description;
}

void ImageFileWriter::setPdfPages(const QPageSize &pageSize, int count)
{
    m_pdfPageSize = pageSize;
    m_pdfPageCount = count;
}

std::optional<ExportFormat> ImageFileWriter::formatForPath(const QString &path, QString *error)
{
    const auto format = exportFormatForPath(path);
    if (!format) {
        *error = tr("Cannot export to \"%1\": unknown file type \"%2\" (use .png, .svg or .pdf).")
                     .arg(QDir::toNativeSeparators(path), QFileInfo(path).suffix());
    }
    return format;
}

QSizeF ImageFileWriter::pixelSize() const
{
    return QSizeF(std::ceil(m_size.width() * m_scale), std::ceil(m_size.height() * m_scale));
}

QImage ImageFileWriter::renderImage() const
{
    const double width = pixelSize().width();
    const double height = pixelSize().height();
    if (!(width >= 1 && height >= 1 && width <= maxImageSide && height <= maxImageSide
          && width * height <= maxPngPixels))
        return {};
    // An opaque picture is drawn straight into an opaque image: no alpha to blend or to
    // convert away before encoding.
    QImage image(QSize(int(width), int(height)),
                 m_transparent ? QImage::Format_ARGB32_Premultiplied : QImage::Format_RGB32);
    if (image.isNull())
        return image; // out of memory
    paintImage(&image, 0);
    const int dotsPerMeter = int(std::lround(96.0 * m_scale / 0.0254));
    image.setDotsPerMeterX(dotsPerMeter);
    image.setDotsPerMeterY(dotsPerMeter);
    return image;
}

void ImageFileWriter::paintImage(QImage *image, int top) const
{
    // A picture that paints its own paper covers every pixel (the clip below is wider than
    // the image): filling it first as well would write every pixel twice.
    if (m_paper == Paper::FilledByWriter)
        image->fill(m_transparent ? Qt::transparent : Qt::white);
    // The picture is drawn in picture units on an image of scale × as many pixels: the
    // device pixel ratio makes QPainter scale everything once (lines, positions and text
    // alike). The image keeps the default 96 dpi while it is painted, because Qt sizes
    // point fonts by the device's dpi: an image saying 192 dpi would draw every text twice
    // as large on top of the ratio, and overflow the boxes the layout measured at 1×.
    image->setDevicePixelRatio(m_scale);
    QPainter p(image);
    if (top != 0 || image->height() < std::ceil(m_size.height() * m_scale)) {
        // Rows top… of the picture: moved up by whole pixels, so the band's pixels are the
        // whole picture's (but for a few levels along antialiased lines that Qt clips at
        // the band's edge: tst_diagram_export measures it). The clip, a picture unit wider
        // than the image on each side, cuts nothing off; it tells the painting code what
        // it may skip.
        p.translate(0, -top / m_scale);
        p.setClipRect(QRectF(-1, top / m_scale - 1, m_size.width() + 2, image->height() / m_scale + 2));
    }
    m_paint(&p, 0);
    p.end();
    image->setDevicePixelRatio(1);
}

QByteArray ImageFileWriter::encode(ExportFormat format, QString *problem) const
{
    if (m_size.isEmpty()) {
        *problem = tr("the picture is empty");
        return {};
    }
    switch (format) {
    case ExportFormat::Png: return encodePng(problem);
    case ExportFormat::Svg: return encodeSvg(problem);
    case ExportFormat::Pdf: return encodePdf(problem);
    }
    return {};
}

QByteArray ImageFileWriter::encodePng(QString *problem) const
{
    const QSizeF pixels = pixelSize();
    if (!(pixels.width() * pixels.height() <= maxPngPixels)) {
        //: %1 × %2: the PNG's width and height in pixels; %3: the limit in megapixels
        *problem = tr("the picture is too large: %1 × %2 pixels is more than the limit of %3 "
                      "megapixels for a PNG. Choose a smaller scale, a shorter time range, or SVG or PDF")
                       .arg(pixels.width(), 0, 'f', 0)
                       .arg(pixels.height(), 0, 'f', 0)
                       .arg(maxPngPixels / 1e6, 0, 'f', 0);
        return {};
    }
    if (!(pixels.width() >= 1 && pixels.height() >= 1 && pixels.width() <= maxImageSide
          && pixels.height() <= maxImageSide)) {
        *problem = tr("the picture is too large to draw (%1 × %2 pixels)")
                       .arg(pixels.width(), 0, 'f', 0)
                       .arg(pixels.height(), 0, 'f', 0);
        return {};
    }
    const int width = int(pixels.width());
    const int height = int(pixels.height());
    // The picture is painted a band of rows at a time into one small image, and each band
    // is encoded before the next is painted: no image of the whole picture (hundreds of
    // megabytes to fill and fault in), and the band stays in the cache between painting and
    // encoding. The painter is moved up by the band's top and clipped to the band, so
    // painting code that culls by the clip (the sequence painter) skips what is elsewhere.
    const int bandRows = m_pngBands == PngBands::WholePicture ? height
                                                              : std::clamp(pngBandBytes / (width * 4), 1, height);
    const QImage::Format format = m_transparent ? QImage::Format_ARGB32_Premultiplied : QImage::Format_RGB32;
    // Kept between exports on this thread: a slide series paints hundreds of PNGs of one size.
    thread_local QImage reused;
    if (reused.format() != format || reused.width() != width || reused.height() != bandRows)
        reused = QImage(width, bandRows, format);
    QImage &band = reused; // this thread's, where the painting thread would see its own
    if (band.isNull()) {
        *problem = tr("the picture is too large to draw (%1 × %2 pixels)").arg(width).arg(height);
        return {};
    }
    // Only the file says the finer resolution, so a viewer shows it at its 1× size (see
    // paintImage() for why the image itself keeps 96 dpi).
    const int dotsPerMeter = int(std::lround(96.0 * m_scale / 0.0254));
    PngEncoder encoder(QSize(width, height),
                       m_transparent ? PngEncoder::Channels::Rgba : PngEncoder::Channels::Rgb,
                       QSize(dotsPerMeter, dotsPerMeter));
    onGlobalPoolThread([&] {
        for (int top = 0; top < height; top += bandRows) {
            paintImage(&band, top);
            encoder.appendRows(band, std::min(bandRows, height - top));
        }
    });
    QByteArray bytes = encoder.finish();
    if (bytes.isEmpty())
        *problem = tr("the picture could not be drawn");
    return bytes;
}

QByteArray ImageFileWriter::encodeSvg(QString *problem) const
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator svg;
    svg.setOutputDevice(&buffer);
    svg.setSize(m_size.toSize());
    svg.setViewBox(QRectF(QPointF(0, 0), m_size));
    svg.setTitle(m_title);
    svg.setDescription(m_description);
    QPainter p;
    if (!p.begin(&svg)) {
        *problem = tr("the picture could not be drawn");
        return {};
    }
    m_paint(&p, 0);
    // QSvgGenerator reports nothing: a drawing is whole when the painter ends cleanly and
    // the document is closed.
    if (!p.end() || !bytes.trimmed().endsWith("</svg>")) {
        *problem = tr("the SVG drawing came out incomplete");
        return {};
    }
    return withPortableSvgFontFamilies(bytes);
}

QByteArray ImageFileWriter::encodePdf(QString *problem) const
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter pdf(&buffer);
    pdf.setResolution(72); // one unit = one point
    pdf.setTitle(m_title);
    pdf.setCreator(QStringLiteral("tcplab"));
    pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
    pdf.setPageSize(m_pdfPageSize ? *m_pdfPageSize
                                  : QPageSize(m_size, QPageSize::Point, QString(), QPageSize::ExactMatch));
    QPainter p;
    if (!p.begin(&pdf)) {
        *problem = tr("the picture could not be drawn");
        return {};
    }
    for (int page = 0; page < m_pdfPageCount; ++page) {
        if (page > 0 && !pdf.newPage()) {
            p.end();
            *problem = tr("the PDF document came out incomplete");
            return {};
        }
        m_paint(&p, page);
    }
    // QPdfWriter reports nothing: a document is whole when the painter ends cleanly and the
    // file has both its header and its end-of-file marker.
    if (!p.end() || !bytes.startsWith("%PDF-") || !bytes.trimmed().endsWith("%%EOF")) {
        *problem = tr("the PDF document came out incomplete");
        return {};
    }
    return bytes;
}

bool ImageFileWriter::write(const QString &path, ExportFormat format, QString *error) const
{
    const QFileInfo info(path);
    if (!info.absoluteDir().exists()) {
        *error = tr("Cannot export to \"%1\": the folder \"%2\" does not exist.")
                     .arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(info.absolutePath()));
        return false;
    }
    // QSaveFile writes a temporary file beside the target and renames it over the target
    // on commit: until then the old file stays as it was, and a failure leaves nothing
    // half-written. Opened first, so an unwritable place fails before anything is drawn.
    // Unbuffered: Qt 6.4's QSaveFile::commit() overlooks an error that only comes up when
    // its write buffer is flushed (a full disk) and renames the truncated file into place
    // (QTBUG-75077). Written straight through, every failure shows in write().
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered)) {
        *error = cannotWrite(path, file.errorString());
        return false;
    }
    QString problem;
    const QByteArray bytes = encode(format, &problem);
    if (bytes.isEmpty()) {
        file.cancelWriting();
        *error = cannotWrite(path, problem.isEmpty() ? tr("the picture could not be drawn") : problem);
        return false;
    }
    // A short write is no error of its own; writing the rest brings out the cause
    // ("No space left on device").
    qint64 done = 0;
    while (done < bytes.size()) {
        const qint64 n = file.write(bytes.constData() + done, bytes.size() - done);
        if (n <= 0)
            break;
        done += n;
    }
    if (done != bytes.size() || file.error() != QFileDevice::NoError) {
        const QString reason = file.error() != QFileDevice::NoError
                                   ? file.errorString()
                                   : tr("only %1 of %2 bytes could be written").arg(done).arg(bytes.size());
        file.cancelWriting();
        *error = cannotWrite(path, reason);
        return false;
    }
    if (!file.commit()) {
        *error = cannotWrite(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace tcplab
