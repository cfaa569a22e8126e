// Speed of the PNG encoder alone (PngEncoder, views/export/png_encoder.cpp) on the
// pictures it is written for: the slides of the steady 1,000-segment run (250 images of
// 1920 × 1080, as the slide preset paints them), or the PNG files of a folder. Each round
// encodes every image once; prints the median round in CPU ms, the raw pixels per second,
// the size of the files, and a digest of all the bytes written — an encoder that was
// only made faster writes the same bytes, so the digest stays the same. For comparison,
// the same round through Qt's PNG writer (libpng with zlib at its default level).
//
//   QT_QPA_PLATFORM=offscreen ./tcplab-bench-png-encoder [rounds] [folder of PNG files]
#include "export/diagram_export.h"
#include "export/png_encoder.h"
#include "synthetic_trace.h"

#include <QApplication>
#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QImage>
#include <QImageWriter>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>
#include <ctime>

using namespace tcplab;

namespace {

double processCpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values[values.size() / 2];
}

// The slides of the steady run, as the slide preset writes them, read back.
QList<QImage> slidesOfTheSteadyRun()
{
    const Trace trace = syntheticTrace(1000);
    DiagramExportOptions options;
    options.title = QStringLiteral("Encoder benchmark");
    options.preset = ExportPreset::Slides;
    const DiagramExporter exporter(trace, SequenceLayoutOptions{}, options);
    QTemporaryDir dir;
    QStringList written;
    QString error;
    if (!exporter.writeSlides(dir.filePath(QStringLiteral("slide.png")), &written, &error)) {
        std::fprintf(stderr, "cannot write the slides: %s\n", qPrintable(error));
        return {};
    }
    QList<QImage> images;
    for (const QString &file : std::as_const(written))
        images.append(QImage(file).convertToFormat(QImage::Format_RGB32));
    return images;
}

QList<QImage> imagesIn(const QString &folder)
{
    QList<QImage> images;
    const QDir dir(folder);
    for (const QString &name : dir.entryList({QStringLiteral("*.png")}, QDir::Files, QDir::Name)) {
        const QImage image(dir.filePath(name));
        if (!image.isNull())
            images.append(image.hasAlphaChannel() ? image.convertToFormat(QImage::Format_ARGB32)
                                                  : image.convertToFormat(QImage::Format_RGB32));
    }
    return images;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const int rounds = argc > 1 ? std::max(1, atoi(argv[1])) : 7;
    const QList<QImage> images = argc > 2 ? imagesIn(QString::fromLocal8Bit(argv[2])) : slidesOfTheSteadyRun();
    if (images.isEmpty()) {
        std::fprintf(stderr, "no images to encode\n");
        return 1;
    }
    double megapixels = 0;
    for (const QImage &image : images)
        megapixels += double(image.width()) * image.height() / 1e6;
    std::printf("%lld images, %.1f megapixels\n", qlonglong(images.size()), megapixels);

    QList<double> times;
    qint64 bytes = 0;
    QByteArray digest;
    QImage warm;
    for (int round = 0; round < rounds; ++round) {
        QCryptographicHash hash(QCryptographicHash::Sha256);
        bytes = 0;
        double ms = 0;
        for (const QImage &image : images) {
            // Copied into one image first, as a slide comes to the encoder straight from
            // being painted, in the processor's caches; only the encoding is timed.
            warm = image.copy();
            const double cpu0 = processCpuMs();
            const QByteArray png = PngEncoder::encode(warm);
            ms += processCpuMs() - cpu0;
            bytes += png.size();
            hash.addData(png);
        }
        times.append(ms);
        digest = hash.result().toHex().left(16);
    }
    const double ms = median(times);
    std::printf("PngEncoder  %8.1f CPU ms a round (median of %d), %6.0f megapixels/s, %7lld KiB, digest %s\n", ms,
                rounds, megapixels / ms * 1e3, qlonglong(bytes / 1024), digest.constData());

    // Qt's writer: one round is enough to see the ratio.
    const double cpu0 = processCpuMs();
    qint64 qtBytes = 0;
    for (const QImage &image : images) {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QImageWriter writer(&buffer, "png");
        writer.write(image);
        qtBytes += buffer.size();
    }
    const double qtMs = processCpuMs() - cpu0;
    std::printf("QImageWriter %7.1f CPU ms (one round), %7lld KiB: %.1f x the encoder's time\n", qtMs,
                qlonglong(qtBytes / 1024), qtMs / ms);
    return 0;
}
