// ImageFileWriter: the PNG/SVG/PDF file writing both exporters share.
#include "export/image_file_writer.h"
#include "file_size_limit.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QRegularExpression>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace tcplab;

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

// A 200×100 picture: white paper, a red square on the left, a word for SVG and PDF.
ImageFileWriter testPicture()
{
    return ImageFileWriter(QSizeF(200, 100), [](QPainter *p, int) {
        p->fillRect(QRectF(0, 0, 200, 100), Qt::white);
        p->fillRect(QRectF(10, 10, 50, 50), Qt::red);
        p->drawText(QPointF(80, 50), QStringLiteral("LISTEN"));
    });
}

int pdfPageCount(const QByteArray &pdf)
{
    return int(QString::fromLatin1(pdf).count(QRegularExpression(QStringLiteral("/Type\\s*/Page[^s]"))));
}

enum class Failure { WriteFailsHalfway, ReadOnlyFolder, PictureTooLarge };

} // namespace

Q_DECLARE_METATYPE(Failure)

class TestImageFileWriter : public QObject
{
    Q_OBJECT
private slots:
    void writesEachFormatWhole_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("format");
        QTest::newRow("png") << "p.png" << int(ExportFormat::Png);
        QTest::newRow("svg") << "p.svg" << int(ExportFormat::Svg);
        QTest::newRow("pdf") << "p.pdf" << int(ExportFormat::Pdf);
    }
    void writesEachFormatWhole()
    {
        QFETCH(QString, name);
        QFETCH(int, format);
        QTemporaryDir dir;
        const QString path = dir.filePath(name);
        QString error;
        QVERIFY2(testPicture().write(path, ExportFormat(format), &error), qPrintable(error));
        const QByteArray bytes = readAll(path);
        switch (ExportFormat(format)) {
        case ExportFormat::Png:
            QVERIFY(bytes.startsWith("\x89PNG"));
            QCOMPARE(QImage(path).size(), QSize(200, 100));
            break;
        case ExportFormat::Svg:
            QVERIFY(QSvgRenderer(path).isValid());
            QVERIFY(bytes.trimmed().endsWith("</svg>"));
            QVERIFY(bytes.contains("LISTEN"));
            break;
        case ExportFormat::Pdf:
            QVERIFY(bytes.startsWith("%PDF-"));
            QVERIFY(bytes.trimmed().endsWith("%%EOF"));
            QCOMPARE(pdfPageCount(bytes), 1);
            break;
        }
        // Only the picture: QSaveFile's temporary file is gone.
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{name});
    }

    void scaleSizesThePngAndItsResolution()
    {
        ImageFileWriter picture = testPicture();
        picture.setScale(2);
        const QImage image = picture.renderImage();
        QCOMPARE(image.size(), QSize(400, 200));
        QCOMPARE(image.dotsPerMeterX(), qRound(192 / 0.0254));
        // The callback paints in picture units: the square is scaled with the image.
        QCOMPARE(image.pixelColor(100, 60), QColor(Qt::red));
        QCOMPARE(image.pixelColor(130, 60), QColor(Qt::white));
    }

    // A picture that paints its own paper (a slide) is not filled by the writer first: the
    // file comes out as if it were, band after band and one file after another.
    void pictureThatPaintsItsPaperComesOutAsIfTheWriterFilledIt()
    {
        const QSizeF size(300, 20000); // 24 MB: six bands
        auto picture = [size](QColor ink) {
            return [size, ink](QPainter *p, int) {
                p->fillRect(QRectF(QPointF(0, 0), size), Qt::white);
                p->setRenderHint(QPainter::Antialiasing);
                p->setPen(QPen(ink, 3));
                p->drawLine(QPointF(10, 10), QPointF(290, 19990));
            };
        };
        QTemporaryDir dir;
        QString error;
        // Blue first, so the image the writer keeps for the next PNG holds something else.
        for (const QColor &ink : {QColor(Qt::blue), QColor(Qt::magenta)}) {
            ImageFileWriter filled(size, picture(ink));
            ImageFileWriter ownPaper(size, picture(ink));
            ownPaper.setPaper(ImageFileWriter::Paper::PaintedByPicture);
            QVERIFY2(filled.write(dir.filePath(QStringLiteral("filled.png")), ExportFormat::Png, &error),
                     qPrintable(error));
            QVERIFY2(ownPaper.write(dir.filePath(QStringLiteral("own.png")), ExportFormat::Png, &error),
                     qPrintable(error));
            QCOMPARE(QImage(dir.filePath(QStringLiteral("own.png"))), QImage(dir.filePath(QStringLiteral("filled.png"))));
        }
    }

    void opaquePngHasNoAlphaChannelAndTransparentKeepsIt()
    {
        QTemporaryDir dir;
        QString error;
        ImageFileWriter clear(QSizeF(50, 50), [](QPainter *p, int) { p->fillRect(QRectF(0, 0, 10, 10), Qt::blue); });
        clear.setTransparent(true);
        QVERIFY2(clear.write(dir.filePath(QStringLiteral("clear.png")), ExportFormat::Png, &error), qPrintable(error));
        const QImage clearImage(dir.filePath(QStringLiteral("clear.png")));
        QVERIFY(clearImage.hasAlphaChannel());
        QCOMPARE(clearImage.pixelColor(40, 40).alpha(), 0);

        QVERIFY2(testPicture().write(dir.filePath(QStringLiteral("opaque.png")), ExportFormat::Png, &error),
                 qPrintable(error));
        QVERIFY(!QImage(dir.filePath(QStringLiteral("opaque.png"))).hasAlphaChannel());
    }

    void pagedPdfPaintsEveryPageInOrder()
    {
        QList<int> painted;
        ImageFileWriter pages(QSizeF(595, 842), [&painted](QPainter *p, int page) {
            painted.append(page);
            p->drawText(QPointF(50, 50), QStringLiteral("page %1").arg(page + 1));
        });
        pages.setPdfPages(QPageSize(QPageSize::A4), 3);
        QString problem;
        const QByteArray pdf = pages.encode(ExportFormat::Pdf, &problem);
        QVERIFY2(!pdf.isEmpty(), qPrintable(problem));
        QCOMPARE(painted, (QList<int>{0, 1, 2}));
        QCOMPARE(pdfPageCount(pdf), 3);
    }

    void replacesAnExistingFileWhole()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("p.svg"));
        QVERIFY(writeFile(path, QByteArray(100000, 'x'))); // longer than the new picture
        QString error;
        QVERIFY2(testPicture().write(path, ExportFormat::Svg, &error), qPrintable(error));
        QVERIFY(QSvgRenderer(path).isValid());
        QVERIFY(!readAll(path).contains("xxxx"));
    }

    // A long run at a high scale asks for gigapixels (a 100 kB request in 536-byte segments
    // makes 3.3 GP at --scale 8, 13 GB while drawn). Above the
    // limit the PNG is refused before anything is allocated or painted, and the message
    // names the limit and what to change.
    void pngAboveThePixelLimitIsRefusedBeforeDrawing()
    {
        bool painted = false;
        ImageFileWriter big(QSizeF(10000, 10000), [&painted](QPainter *, int) { painted = true; });
        big.setScale(1.5); // 15000 × 15000 = 225 megapixels
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("big.png"));
        QString error;
        QVERIFY(!big.write(path, ExportFormat::Png, &error));
        QVERIFY(!painted);
        QVERIFY(!QFile::exists(path));
        QVERIFY2(error.contains(QStringLiteral("15000 × 15000 pixels")), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("limit of 200 megapixels")), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("smaller scale")), qPrintable(error));
        QVERIFY(big.renderImage().isNull());
        QVERIFY(!painted);

        // SVG and PDF draw vectors: the pixel limit is not theirs.
        QVERIFY2(big.write(dir.filePath(QStringLiteral("big.svg")), ExportFormat::Svg, &error), qPrintable(error));
        QVERIFY(painted);
    }

    void failedWriteNamesTheFileAndKeepsTheOldOne_data()
    {
        QTest::addColumn<Failure>("failure");
        QTest::addColumn<int>("format");
        QTest::addColumn<QString>("problem");
        QTest::newRow("png, write fails halfway") << Failure::WriteFailsHalfway << int(ExportFormat::Png) << "";
        QTest::newRow("svg, write fails halfway") << Failure::WriteFailsHalfway << int(ExportFormat::Svg) << "";
        QTest::newRow("pdf, write fails halfway") << Failure::WriteFailsHalfway << int(ExportFormat::Pdf) << "";
        QTest::newRow("read-only folder") << Failure::ReadOnlyFolder << int(ExportFormat::Png) << "";
        QTest::newRow("picture too large to draw")
            << Failure::PictureTooLarge << int(ExportFormat::Png) << "too large";
    }
    void failedWriteNamesTheFileAndKeepsTheOldOne()
    {
        QFETCH(Failure, failure);
        QFETCH(int, format);
        QFETCH(QString, problem);
        QTemporaryDir dir;
        const QString name = QStringLiteral("picture.out");
        const QString path = dir.filePath(name);
        const QByteArray old = "the picture exported last week";
        QVERIFY(writeFile(path, old));

        ImageFileWriter picture = testPicture();
        std::unique_ptr<testing::FileSizeLimit> limit;
        switch (failure) {
        case Failure::WriteFailsHalfway:
            // Every format of the picture is larger than 64 bytes, and small enough that
            // QSaveFile would hold it in its buffer until commit() (where Qt 6.4 overlooks
            // a failed flush and renames a truncated file into place).
            limit = std::make_unique<testing::FileSizeLimit>(64);
            QVERIFY(limit->isActive());
            break;
        case Failure::ReadOnlyFolder:
            QVERIFY(QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::ExeOwner));
            if (QFile probe(dir.filePath(QStringLiteral("probe"))); probe.open(QIODevice::WriteOnly)) {
                probe.remove();
                QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
                QSKIP("this user writes into read-only folders (root); the file size limit rows cover it");
            }
            break;
        case Failure::PictureTooLarge:
            picture.setScale(1e8); // 2e10 pixels wide: no image can be that large
            break;
        }
        QString error;
        const bool written = picture.write(path, ExportFormat(format), &error);
        limit.reset();
        QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);

        QVERIFY(!written);
        QVERIFY2(error.contains(QStringLiteral("Cannot write \"%1\"").arg(QDir::toNativeSeparators(path))),
                 qPrintable(error));
        QVERIFY2(error.contains(problem), qPrintable(error));
        QVERIFY2(!error.contains(QStringLiteral("Unknown error")), qPrintable(error)); // a cause, always
        QCOMPARE(readAll(path), old);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{name});
    }

    void placeNobodyMayWriteIsNamed()
    {
        // /proc takes no new files, not even from root.
        const QString path = QStringLiteral("/proc/tcplab-image-writer-test.png");
        QString error;
        QVERIFY(!testPicture().write(path, ExportFormat::Png, &error));
        QVERIFY2(error.contains(QStringLiteral("Cannot write \"%1\"").arg(path)), qPrintable(error));
        QVERIFY(!QFile::exists(path));
    }

    void missingFolderIsNamed()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("no/such/folder/p.png"));
        QString error;
        QVERIFY(!testPicture().write(path, ExportFormat::Png, &error));
        QVERIFY2(error.contains(QDir::toNativeSeparators(path)), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("does not exist")), qPrintable(error));
    }

    void emptyPictureIsRefused_data()
    {
        QTest::addColumn<int>("format");
        QTest::newRow("png") << int(ExportFormat::Png);
        QTest::newRow("svg") << int(ExportFormat::Svg);
        QTest::newRow("pdf") << int(ExportFormat::Pdf);
    }
    void emptyPictureIsRefused()
    {
        QFETCH(int, format);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("empty.out"));
        QString error;
        QVERIFY(!ImageFileWriter(QSizeF(0, 100), [](QPainter *, int) {}).write(path, ExportFormat(format), &error));
        QVERIFY2(error.contains(QStringLiteral("empty")), qPrintable(error));
        QVERIFY(!QFile::exists(path));
    }

    void unknownExtensionIsExplained()
    {
        QString error;
        QVERIFY(!ImageFileWriter::formatForPath(QStringLiteral("/tmp/picture.gif"), &error));
        QVERIFY2(error.contains(QStringLiteral("\"gif\"")), qPrintable(error));
        QCOMPARE(ImageFileWriter::formatForPath(QStringLiteral("a.PDF"), &error), ExportFormat::Pdf);
    }
};

QTEST_MAIN(TestImageFileWriter)
#include "tst_image_file_writer.moc"
