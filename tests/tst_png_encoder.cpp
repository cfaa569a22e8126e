// PngEncoder: the fast PNG path of the exports must be lossless and keep the resolution.
#include "export/png_encoder.h"

#include <QImage>
#include <QPainter>
#include <QtTest>

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
        if (png.isEmpty())
            QSKIP("built without libpng: exports use QImageWriter");
        QVERIFY(png.startsWith("\x89PNG\r\n\x1a\n"));
        QImage decoded;
        QVERIFY(decoded.loadFromData(png, "png"));
        QCOMPARE(decoded.size(), image.size());
        const QImage::Format compared = QImage::Format(format) == QImage::Format_RGB32
            ? QImage::Format_RGB32 : QImage::Format_ARGB32;
        QCOMPARE(decoded.convertToFormat(compared), image.convertToFormat(compared));
    }

    void keepsTheResolutionTheImageSays()
    {
        QImage image = sample(QImage::Format_RGB32);
        const int dotsPerMeter = int(std::lround(192 / 0.0254));
        image.setDotsPerMeterX(dotsPerMeter);
        image.setDotsPerMeterY(dotsPerMeter);
        const QByteArray png = PngEncoder::encode(image);
        if (png.isEmpty())
            QSKIP("built without libpng: exports use QImageWriter");
        QImage decoded;
        QVERIFY(decoded.loadFromData(png, "png"));
        QCOMPARE(decoded.dotsPerMeterX(), dotsPerMeter);
        QCOMPARE(decoded.dotsPerMeterY(), dotsPerMeter);
    }
};

QTEST_MAIN(TstPngEncoder)
#include "tst_png_encoder.moc"
