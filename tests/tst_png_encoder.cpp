// PngEncoder: the PNG writer of the exports must be lossless (read back by Qt's PNG reader,
// which is libpng) whatever the picture, band by band as whole, and keep the resolution.
#include "export/crc32.h"
#include "export/png_encoder.h"

#include <QImage>
#include <QPainter>
#include <QRandomGenerator>
#include <QtTest>
#include <cstring>

using namespace tcplab;

namespace {

// A picture with what exports have: flat white, lines, antialiased text and shapes, and a
// row of every grey so that no filter can hide a wrong byte.
QImage sample(QImage::Format format)
{
    QImage image(301, 157, format);
    image.fill(format == QImage::Format_RGB32 ? QColor(Qt::white) : QColor(Qt::transparent));
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(QColor(20, 90, 200), 1.5));
    p.drawLine(QPointF(10, 5), QPointF(290, 150));
    p.setBrush(QColor(200, 40, 40, 128));
    p.drawEllipse(QPointF(150, 80), 60, 30);
    p.drawText(QPointF(20, 40), QStringLiteral("SYN seq=1000"));
    p.end();
    for (int x = 0; x < 256 && x < image.width(); ++x)
        image.setPixel(x, 150, qRgba(x, 255 - x, x / 2, format == QImage::Format_RGB32 ? 255 : x));
    return image;
}

// Pixels chosen by `random`: every value, or runs of one pixel of random lengths (longer
// than a deflate match and shorter, over row ends), or a few dots on a flat paper.
enum class Content { Noise, Runs, Dots, Flat };

QImage generated(QSize size, QImage::Format format, Content content, quint32 seed)
{
    QRandomGenerator random(seed);
    QImage image(size, format);
    const bool opaque = format == QImage::Format_RGB32;
    auto randomPixel = [&] {
        const QRgb rgb = random.generate();
        if (opaque)
            return rgb | 0xff000000u;
        return format == QImage::Format_ARGB32_Premultiplied ? qPremultiply(rgb) : rgb;
    };
    QRgb current = randomPixel();
    qint64 runLeft = 0;
    for (int y = 0; y < size.height(); ++y) {
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
        for (int x = 0; x < size.width(); ++x) {
            switch (content) {
            case Content::Noise:
                line[x] = randomPixel();
                break;
            case Content::Runs:
                if (runLeft-- <= 0) {
                    current = randomPixel();
                    runLeft = random.bounded(random.bounded(2) ? 2000 : 5);
                }
                line[x] = current;
                break;
            case Content::Dots:
                line[x] = random.bounded(200) == 0 ? randomPixel() : (opaque ? 0xffffffffu : 0u);
                break;
            case Content::Flat:
                line[x] = opaque ? 0xffffffffu : 0u;
                break;
            }
        }
    }
    return image;
}

// The pixels of an image as non-premultiplied ARGB (opaque: RGB32), for comparing.
QImage comparable(const QImage &image, QImage::Format source)
{
    return image.convertToFormat(source == QImage::Format_RGB32 ? QImage::Format_RGB32 : QImage::Format_ARGB32);
}

} // namespace

class TstPngEncoder : public QObject
{
    Q_OBJECT
private slots:
    void decodesToTheSamePixels_data()
    {
        QTest::addColumn<int>("format");
        QTest::newRow("opaque") << int(QImage::Format_RGB32);
        QTest::newRow("transparent") << int(QImage::Format_ARGB32_Premultiplied);
    }

    void decodesToTheSamePixels()
    {
        QFETCH(int, format);
        const QImage image = sample(QImage::Format(format));
        const QByteArray png = PngEncoder::encode(image);
        QVERIFY(png.startsWith("\x89PNG\r\n\x1a\n"));
        QImage decoded;
        QVERIFY(decoded.loadFromData(png, "png"));
        QCOMPARE(decoded.size(), image.size());
        const QImage::Format compared = QImage::Format(format) == QImage::Format_RGB32
            ? QImage::Format_RGB32 : QImage::Format_ARGB32;
        QCOMPARE(decoded.convertToFormat(compared), image.convertToFormat(compared));
    }

    void decodesToTheSamePixelsWhateverThePicture_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::addColumn<int>("format");
        QTest::addColumn<int>("content");
        const QList<std::pair<QImage::Format, const char *>> formats = {
            {QImage::Format_RGB32, "opaque"},
            {QImage::Format_ARGB32_Premultiplied, "premultiplied"},
            {QImage::Format_ARGB32, "straight alpha"},
        };
        const QList<std::pair<Content, const char *>> contents = {
            {Content::Noise, "noise"}, {Content::Runs, "runs"}, {Content::Dots, "dots"}, {Content::Flat, "flat"}};
        // 1 px; odd widths; 87 px (261 bytes a row: a match of 258 would leave 2); wide.
        const QList<QSize> sizes = {{1, 1}, {1, 9}, {9, 1}, {3, 7}, {87, 5}, {301, 157}, {2001, 13}};
        for (const auto &[format, formatName] : formats) {
            for (const auto &[content, contentName] : contents) {
                for (const QSize &size : sizes) {
                    QTest::addRow("%s %s %dx%d", formatName, contentName, size.width(), size.height())
                        << size << int(format) << int(content);
                }
            }
        }
    }

    void decodesToTheSamePixelsWhateverThePicture()
    {
        QFETCH(QSize, size);
        QFETCH(int, format);
        QFETCH(int, content);
        const QImage image = generated(size, QImage::Format(format), Content(content),
                                       quint32(size.width() * 7919 + size.height() * 31 + content));
        const QByteArray png = PngEncoder::encode(image);
        QVERIFY(png.startsWith("\x89PNG\r\n\x1a\n"));
        QImage decoded;
        QVERIFY(decoded.loadFromData(png, "png"));
        QCOMPARE(decoded.size(), size);
        // Opaque images are stored without an alpha channel, others with one.
        QCOMPARE(decoded.hasAlphaChannel(), QImage::Format(format) != QImage::Format_RGB32);
        QCOMPARE(comparable(decoded, QImage::Format(format)), comparable(image, QImage::Format(format)));
    }

    // A picture appended in bands of rows (as exports paint it) is the same file as the
    // picture appended whole.
    void bandsMakeTheSameFileAsTheWholeImage_data()
    {
        QTest::addColumn<int>("bandRows");
        QTest::newRow("1 row") << 1;
        QTest::newRow("7 rows") << 7;
        QTest::newRow("64 rows") << 64;
    }

    void bandsMakeTheSameFileAsTheWholeImage()
    {
        QFETCH(int, bandRows);
        const QImage image = sample(QImage::Format_RGB32);
        PngEncoder banded(image.size(), PngEncoder::Channels::Rgb,
                          QSize(image.dotsPerMeterX(), image.dotsPerMeterY()));
        for (int top = 0; top < image.height(); top += bandRows) {
            QCOMPARE(banded.rowsAppended(), top);
            // A band image of the full band height; only the rows of the picture count.
            QImage band(image.width(), bandRows, QImage::Format_RGB32);
            band.fill(Qt::black);
            const int rows = std::min(bandRows, image.height() - top);
            for (int y = 0; y < rows; ++y)
                std::memcpy(band.scanLine(y), image.constScanLine(top + y), size_t(image.bytesPerLine()));
            banded.appendRows(band, rows);
        }
        QCOMPARE(banded.finish(), PngEncoder::encode(image));
    }

    // A file is only made of all its rows.
    void unfinishedPictureGivesNoFile()
    {
        const QImage image = sample(QImage::Format_RGB32);
        PngEncoder encoder(image.size(), PngEncoder::Channels::Rgb, QSize());
        encoder.appendRows(image, image.height() - 1);
        QVERIFY(encoder.finish().isEmpty());
    }

    // Big flat pictures (what exports mostly are) become small files: under 1 % of their
    // 3 bytes a pixel.
    void flatRowsAreStoredInAFewBytes()
    {
        QImage image(1000, 1000, QImage::Format_RGB32);
        image.fill(Qt::white);
        const QByteArray png = PngEncoder::encode(image);
        QVERIFY2(png.size() < 30000, qPrintable(QString::number(png.size())));
        QImage decoded;
        QVERIFY(decoded.loadFromData(png, "png"));
        QCOMPARE(decoded.convertToFormat(QImage::Format_RGB32), image);
    }

    void keepsTheResolutionTheImageSays()
    {
        QImage image = sample(QImage::Format_RGB32);
        const int dotsPerMeter = int(std::lround(192 / 0.0254));
        image.setDotsPerMeterX(dotsPerMeter);
        image.setDotsPerMeterY(dotsPerMeter);
        const QByteArray png = PngEncoder::encode(image);
        QImage decoded;
        QVERIFY(decoded.loadFromData(png, "png"));
        QCOMPARE(decoded.dotsPerMeterX(), dotsPerMeter);
        QCOMPARE(decoded.dotsPerMeterY(), dotsPerMeter);
    }

    // Every chunk ends in this CRC: it must be the CRC-32 of the definition, bit by bit,
    // for any length and alignment (the tables take short and unaligned stretches and the
    // ends, carry-less multiplication 16 bytes at a time where the processor has it).
    void chunkChecksumIsCrc32WhateverTheBytes()
    {
        auto bitByBit = [](const uchar *data, qsizetype size) {
            uint32_t crc = 0xffffffffu;
            for (qsizetype i = 0; i < size; ++i) {
                crc ^= data[i];
                for (int k = 0; k < 8; ++k)
                    crc = (crc & 1) ? 0xedb88320u ^ (crc >> 1) : crc >> 1;
            }
            return ~crc;
        };
        const QByteArray check("123456789");
        QCOMPARE(crc32(0, reinterpret_cast<const uchar *>(check.constData()), check.size()), 0xcbf43926u);
        QRandomGenerator random(20261130);
        QByteArray bytes(70000, '\0');
        for (char &b : bytes)
            b = char(random.bounded(256));
        const auto *data = reinterpret_cast<const uchar *>(bytes.constData());
        QList<qsizetype> sizes;
        for (qsizetype size = 0; size <= 300; ++size)
            sizes.append(size);
        sizes << 1023 << 1024 << 4096 + 7 << 65536 + 13;
        for (qsizetype size : std::as_const(sizes)) {
            for (int offset = 0; offset < 16; ++offset) {
                const uint32_t whole = crc32(0, data + offset, size);
                QCOMPARE(whole, bitByBit(data + offset, size));
                // In two pieces, the first one's CRC carried on.
                const qsizetype half = size / 3;
                QCOMPARE(crc32(crc32(0, data + offset, half), data + offset + half, size - half), whole);
            }
        }
    }
};

QTEST_MAIN(TstPngEncoder)
#include "tst_png_encoder.moc"
