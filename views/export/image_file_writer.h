#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QImage>
#include <QPageSize>
#include <QSizeF>
#include <QString>
#include <functional>
#include <optional>

class QPainter;

namespace tcplab {

enum class ExportFormat { Png, Svg, Pdf };
// The format a file name asks for by its extension (.png, .svg, .pdf; any case).
std::optional<ExportFormat> exportFormatForPath(const QString &path);
// An SVG document with every font-family attribute named as CSS: the faces tcplab draws
// with, then the generic family ("'Noto Sans CJK SC', 'Noto Sans', sans-serif").
QByteArray withPortableSvgFontFamilies(const QByteArray &svg);

// Writes one picture as a PNG, SVG or PDF file: the file writing every exporter shares.
// The exporter says how big the picture is and paints it through a callback; the writer
// draws it into memory first, checks that the result is whole (QSvgGenerator and
// QPdfWriter report no errors of their own), and only then replaces the file through
// QSaveFile. A failed export leaves the file that was there untouched and says, naming the
// file, what went wrong.
class ImageFileWriter
{
    Q_DECLARE_TR_FUNCTIONS(ImageFileWriter)

public:
    // Paints one page of the picture from (0, 0), in picture units: one pixel at scale 1,
    // one point in a PDF, one user unit in an SVG. Only a paged PDF has pages beyond 0.
    using PaintPage = std::function<void(QPainter *painter, int page)>;

    // The largest PNG drawn, in pixels: 200 megapixels take 800 MB while drawn (four bytes
    // a pixel). A long run at a high scale asks for gigapixels (syn-flood at scale 8: 2.8);
    // such a picture is refused before anything is allocated, naming the limit and the scale.
    static constexpr double maxPngPixels = 200e6;
    // A PNG file is painted and encoded this many bytes of image at a time (a band of
    // rows), which mostly stay in the processor's caches from painting to encoding.
    // Smaller bands cost more in painting what each band repeats (title, legend, clipped
    // text); larger ones save little more (tcplab-bench-export: 2 MiB to 8 MiB bands are
    // within a few percent, 1,000 rows and fewer of the 1× picture are slower).
    static constexpr int pngBandBytes = 4 << 20;

    // Who paints the paper under a PNG's picture: the writer (white, or clear when
    // transparent; the default), or the callback itself, which covers every pixel with
    // opaque paint first (a slide) — then the writer does not fill it as well.
    enum class Paper { FilledByWriter, PaintedByPicture };
    // How a PNG is painted: a band of pngBandBytes at a time (the default), or the whole
    // picture at once — a slide (8 MB of image) is then painted once, instead of in two
    // bands that each paint its title, its tags and the labels across their edge.
    enum class PngBands { Banded, WholePicture };

    ImageFileWriter(const QSizeF &size, PaintPage paint);

    QSizeF size() const { return m_size; }
    // PNG: image pixels per picture unit (default 1); the image says 96 dpi × scale.
    void setScale(double scale);
    double scale() const { return m_scale; }
    // PNG: keep the alpha channel (the callback left the paper clear). An opaque PNG is
    // stored without one, which makes the file smaller.
    void setTransparent(bool transparent);
    bool isTransparent() const { return m_transparent; }
    void setPaper(Paper paper);
    Paper paper() const { return m_paper; }
    void setPngBands(PngBands bands);
    PngBands pngBands() const { return m_pngBands; }
    // SVG and PDF: the document's title; SVG: its description.
    void setTitle(const QString &title);
    void setDescription(const QString &description);
    // PDF: `count` pages of this paper size, painted one after the other. By default the
    // PDF has one page exactly as big as the picture.
    void setPdfPages(const QPageSize &pageSize, int count);

    // The picture at the scale, for PNG and the clipboard; null when it is empty, above
    // maxPngPixels, or too large to allocate.
    QImage renderImage() const;
    // The bytes of the file in a format, or empty with *problem saying why (translated, a
    // phrase that write() puts after the file's name).
    QByteArray encode(ExportFormat format, QString *problem) const;
    // Writes the file atomically. On failure returns false and *error names the file and
    // the problem (missing folder, unwritable place, a picture that could not be made).
    bool write(const QString &path, ExportFormat format, QString *error) const;

    // The format a path asks for, or nothing with *error explaining the unknown extension.
    static std::optional<ExportFormat> formatForPath(const QString &path, QString *error);

private:
    // The PNG's size in pixels at the scale (each side rounded up).
    QSizeF pixelSize() const;
    // Fills `image` with the paper and paints the picture's rows from `top` (pixels at the
    // scale) into it: the whole picture, or one band of it.
    void paintImage(QImage *image, int top) const;
    QByteArray encodePng(QString *problem) const;
    QByteArray encodeSvg(QString *problem) const;
    QByteArray encodePdf(QString *problem) const;

    QSizeF m_size;
    PaintPage m_paint;
    double m_scale = 1.0;
    bool m_transparent = false;
    Paper m_paper = Paper::FilledByWriter;
    PngBands m_pngBands = PngBands::Banded;
    QString m_title;
    QString m_description;
    std::optional<QPageSize> m_pdfPageSize;
    int m_pdfPageCount = 1;
};

} // namespace tcplab
