#include "common/host_palette.h"
#include "export/comparison_export.h"
#include "export/export_dialog.h"
#include "export/export_details.h"
#include "export/step_captions.h"
#include "scenario/scenario_library.h"
#include "sim/simulator.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QFile>
#include <QImage>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace tcplab;

namespace {
Scenario handshakeScenario()
{
    const auto loaded = ScenarioLibrary::load(QStringLiteral("handshake-and-close"));
    if (!loaded.ok)
        qFatal("handshake-and-close does not load");
    return loaded.scenario;
}

Trace handshakeTrace()
{
    return Simulator::run(handshakeScenario());
}

// Rows of an image with anything but white in them, from `top` down.
int inkedRows(const QImage &image, int top)
{
    const QImage rgb = image.convertToFormat(QImage::Format_RGB32);
    int rows = 0;
    for (int y = std::max(0, top); y < rgb.height(); ++y) {
        const auto *row = reinterpret_cast<const QRgb *>(rgb.constScanLine(y));
        for (int x = 0; x < rgb.width(); ++x) {
            if (qRed(row[x]) < 200 || qGreen(row[x]) < 200 || qBlue(row[x]) < 200) {
                ++rows;
                break;
            }
        }
    }
    return rows;
}

int pixelsOfColour(const QImage &image, const QColor &colour)
{
    const QImage rgb = image.convertToFormat(QImage::Format_RGB32);
    int n = 0;
    for (int y = 0; y < rgb.height(); ++y) {
        const auto *row = reinterpret_cast<const QRgb *>(rgb.constScanLine(y));
        for (int x = 0; x < rgb.width(); ++x)
            n += qAbs(qRed(row[x]) - colour.red()) + qAbs(qGreen(row[x]) - colour.green())
                         + qAbs(qBlue(row[x]) - colour.blue()) < 30 ? 1 : 0;
    }
    return n;
}

template<typename T>
T *child(const QWidget &parent, const char *name)
{
    T *w = parent.findChild<T *>(QLatin1String(name));
    if (!w)
        qFatal("no child %s", name);
    return w;
}

void choose(QComboBox *box, int data)
{
    const int i = box->findData(data);
    QVERIFY(i >= 0);
    box->setCurrentIndex(i);
}
} // namespace

class TestExportDialog : public QObject
{
    Q_OBJECT

    QTemporaryDir m_settingsDir;
    Trace m_trace;

    std::unique_ptr<ExportDialog> makeDialog()
    {
        return std::make_unique<ExportDialog>(m_trace, SequenceLayoutOptions{}, 100 * usPerMs,
                                              800 * usPerMs, QStringLiteral("Handshake"),
                                              QStringList{QStringLiteral("Faults: drop A#3")});
    }

private slots:
    void initTestCase()
    {
        // The dialog remembers choices; keep the tester's own settings out of it.
        QVERIFY(m_settingsDir.isValid());
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
        QCoreApplication::setOrganizationName(QStringLiteral("tcplab-test"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_export_dialog"));
        m_trace = handshakeTrace();
    }

    void proposedFileIsNamedAfterTheScenarioAndLanguage()
    {
        auto dialog = makeDialog();
        dialog->setStepSeries(false);
        dialog->setFormat(ExportFormat::Png);
        dialog->setScenarioId(QStringLiteral("lost-final-ack"), QStringLiteral("zh_CN"));
        QCOMPARE(QFileInfo(dialog->path()).fileName(), QStringLiteral("lost-final-ack.zh_CN.png"));
        // A name the user typed is left alone.
        dialog->setPath(QDir::temp().filePath(QStringLiteral("mine.png")));
        dialog->setScenarioId(QStringLiteral("handshake-and-close"), QStringLiteral("en"));
        QCOMPARE(QFileInfo(dialog->path()).fileName(), QStringLiteral("mine.png"));
    }

    void rangeTimesAreWrittenAsTimes()
    {
        auto dialog = std::make_unique<ExportDialog>(m_trace, SequenceLayoutOptions{}, 0,
                                                     61281420, QStringLiteral("Handshake"), QStringList{});
        const QString visible = child<QRadioButton>(*dialog, "rangeVisible")->text();
        QVERIFY2(visible.contains(QStringLiteral("0 s")) && visible.contains(QStringLiteral("61.3 s")),
                 qPrintable(visible));
        QVERIFY2(!visible.contains(QStringLiteral("61.28142")), qPrintable(visible));
        QCOMPARE(child<QLineEdit>(*dialog, "to")->text(), QStringLiteral("61.282 s"));
    }

    void slidesLayoutWritesOnePngPerSlide()
    {
        auto dialog = makeDialog();
        QTemporaryDir dir;
        dialog->setStepSeries(false);
        dialog->setFormat(ExportFormat::Png);
        choose(child<QComboBox>(*dialog, "preset"), int(ExportPreset::Slides));
        QVERIFY(dialog->isSlides());
        // A step series of slides is one slide a step (slidesStepSeriesWritesOneSlideAStep).
        QVERIFY(child<QCheckBox>(*dialog, "stepSeries")->isEnabled());
        dialog->setRange(ExportDialog::Range::WholeRun);
        dialog->setPath(dir.filePath(QStringLiteral("slide.png")));
        QVERIFY2(dialog->exportNow(), qPrintable(dialog->lastError()));
        QVERIFY(dialog->writtenFiles().size() >= 2);
        QCOMPARE(QFileInfo(dialog->writtenFiles().first()).fileName(), QStringLiteral("slide-01.png"));
        QCOMPARE(QImage(dialog->writtenFiles().first()).size(), QSize(1920, 1080));
        choose(child<QComboBox>(*dialog, "preset"), int(ExportPreset::Standard));
    }


    void init()
    {
        QSettings().clear();
    }

    void optionsReflectThePngWidgets_data()
    {
        QTest::addColumn<int>("size");
        QTest::addColumn<int>("dpi");
        QTest::addColumn<bool>("transparent");
        QTest::addColumn<double>("effectiveScale");
        QTest::newRow("1x white") << int(ExportDialog::PngSize::Scale1) << 0 << false << 1.0;
        QTest::newRow("2x transparent") << int(ExportDialog::PngSize::Scale2) << 0 << true << 2.0;
        QTest::newRow("288 dpi") << int(ExportDialog::PngSize::Dpi) << 288 << false << 3.0;
    }
    void optionsReflectThePngWidgets()
    {
        QFETCH(int, size);
        QFETCH(int, dpi);
        QFETCH(bool, transparent);
        QFETCH(double, effectiveScale);
        auto dialog = makeDialog();
        choose(child<QComboBox>(*dialog, "pngSize"), size);
        if (dpi > 0)
            child<QSpinBox>(*dialog, "dpi")->setValue(dpi);
        choose(child<QComboBox>(*dialog, "background"), transparent);
        const DiagramExportOptions o = dialog->options();
        QCOMPARE(o.effectiveScale(), effectiveScale);
        QCOMPARE(o.transparent, transparent);
        QCOMPARE(child<QSpinBox>(*dialog, "dpi")->isEnabled(), dpi > 0);
    }

    void optionsReflectTheCheckboxesAndTitle()
    {
        auto dialog = makeDialog();
        child<QCheckBox>(*dialog, "stateBands")->setChecked(false);
        child<QCheckBox>(*dialog, "timers")->setChecked(true);
        child<QCheckBox>(*dialog, "legend")->setChecked(false);
        child<QCheckBox>(*dialog, "titleBlock")->setChecked(true);
        const DiagramExportOptions o = dialog->options();
        QVERIFY(!o.stateBands);
        QVERIFY(o.timers);
        QVERIFY(!o.legend);
        QVERIFY(o.titleBlock);
        QCOMPARE(o.title, QStringLiteral("Handshake"));
        QCOMPARE(o.details, QStringList{QStringLiteral("Faults: drop A#3")});
    }

    void pagesComboSetsThePdfPageMode_data()
    {
        QTest::addColumn<int>("mode");
        QTest::newRow("single") << int(PdfPageMode::SinglePage);
        QTest::newRow("a4") << int(PdfPageMode::A4);
        QTest::newRow("letter") << int(PdfPageMode::Letter);
    }
    void pagesComboSetsThePdfPageMode()
    {
        QFETCH(int, mode);
        auto dialog = makeDialog();
        dialog->setFormat(ExportFormat::Pdf);
        QVERIFY(child<QComboBox>(*dialog, "pages")->isEnabled());
        choose(child<QComboBox>(*dialog, "pages"), mode);
        QCOMPARE(int(dialog->options().pdfPages), mode);
    }

    void rangeChoiceSetsFromAndTo()
    {
        auto dialog = makeDialog();
        child<QRadioButton>(*dialog, "rangeWhole")->setChecked(true);
        QCOMPARE(dialog->options().from, SimTime(-1));
        QCOMPARE(dialog->options().to, SimTime(-1));

        child<QRadioButton>(*dialog, "rangeVisible")->setChecked(true);
        QCOMPARE(dialog->options().from, 100 * usPerMs);
        QCOMPARE(dialog->options().to, 800 * usPerMs);

        child<QRadioButton>(*dialog, "rangeBetween")->setChecked(true);
        child<QLineEdit>(*dialog, "from")->setText(QStringLiteral("1.5 s"));
        child<QLineEdit>(*dialog, "to")->setText(QStringLiteral("2500ms"));
        QCOMPARE(dialog->options().from, SimTime(1500) * usPerMs);
        QCOMPARE(dialog->options().to, SimTime(2500) * usPerMs);
        QVERIFY(dialog->rangeError().isEmpty());
    }

    void badTimeTextIsNamedInTheRangeError()
    {
        auto dialog = makeDialog();
        dialog->setRange(ExportDialog::Range::Between);
        child<QLineEdit>(*dialog, "from")->setText(QStringLiteral("soon"));
        QVERIFY(dialog->rangeError().contains(QStringLiteral("soon")));
        child<QLineEdit>(*dialog, "from")->setText(QStringLiteral("3s"));
        child<QLineEdit>(*dialog, "to")->setText(QStringLiteral("2s"));
        QVERIFY(!dialog->rangeError().isEmpty());
    }

    void formatFollowsTheFileNameAndBack()
    {
        auto dialog = makeDialog();
        QLineEdit *path = child<QLineEdit>(*dialog, "path");
        path->clear();
        QTest::keyClicks(path, QStringLiteral("/tmp/diagram.svg"));
        QCOMPARE(dialog->format(), ExportFormat::Svg);
        QVERIFY(!child<QComboBox>(*dialog, "pngSize")->isEnabled());

        dialog->setFormat(ExportFormat::Pdf);
        QCOMPARE(dialog->path(), QStringLiteral("/tmp/diagram.pdf"));
    }

    void stepSeriesForcesPng()
    {
        auto dialog = makeDialog();
        dialog->setFormat(ExportFormat::Svg);
        dialog->setStepSeries(true);
        QCOMPARE(dialog->format(), ExportFormat::Png);
        QVERIFY(!child<QComboBox>(*dialog, "format")->isEnabled());
    }

    void acceptWritesTheFileAndCloses()
    {
        QTemporaryDir dir;
        auto dialog = makeDialog();
        dialog->show();
        const QString target = dir.filePath(QStringLiteral("out.png"));
        dialog->setPath(target);
        QSignalSpy exported(dialog.get(), &ExportDialog::exported);
        QTest::mouseClick(child<QPushButton>(*dialog, "exportButton"), Qt::LeftButton);
        QCOMPARE(exported.count(), 1);
        QCOMPARE(dialog->result(), int(QDialog::Accepted));
        QVERIFY(!dialog->isVisible());
        QVERIFY(!QImage(target).isNull());
        QCOMPARE(dialog->writtenFiles(), QStringList{target});
    }

    void badPathShowsAnErrorAndKeepsTheDialogOpen_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("expected");
        QTest::newRow("missing folder") << "no-such-folder/out.png" << "no-such-folder";
        QTest::newRow("unknown extension") << "out.bmp" << "bmp";
    }
    void badPathShowsAnErrorAndKeepsTheDialogOpen()
    {
        QFETCH(QString, name);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        auto dialog = makeDialog();
        dialog->show();
        dialog->setPath(dir.filePath(name));
        QSignalSpy failed(dialog.get(), &ExportDialog::exportFailed);
        QTest::mouseClick(child<QPushButton>(*dialog, "exportButton"), Qt::LeftButton);
        QCOMPARE(failed.count(), 1);
        QVERIFY2(dialog->lastError().contains(expected), qPrintable(dialog->lastError()));
        QVERIFY(dialog->isVisible());
        auto *box = dialog->findChild<QMessageBox *>(QStringLiteral("exportError"));
        QVERIFY(box);
        QVERIFY(box->isVisible());
        QCOMPARE(box->text(), dialog->lastError());
        box->accept();
        QVERIFY(dialog->isVisible());
        QVERIFY(QDir(dir.path()).entryList(QDir::Files).isEmpty());
    }

    void emptyRangeIsReportedNotWritten()
    {
        QTemporaryDir dir;
        auto dialog = makeDialog();
        dialog->show();
        dialog->setPath(dir.filePath(QStringLiteral("late.png")));
        dialog->setRange(ExportDialog::Range::Between);
        child<QLineEdit>(*dialog, "from")->setText(QStringLiteral("1h"));
        child<QLineEdit>(*dialog, "to")->setText(QStringLiteral("2h"));
        QVERIFY(!dialog->exportNow());
        QVERIFY(!dialog->lastError().isEmpty());
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("late.png"))));
    }

    void stepSeriesWritesOneImagePerStep()
    {
        QTemporaryDir dir;
        auto dialog = makeDialog();
        dialog->setStepSeries(true);
        dialog->setPath(dir.path());
        QVERIFY2(dialog->exportNow(), qPrintable(dialog->lastError()));
        const int expected = int(DiagramExporter(m_trace, {}, dialog->options()).stepEvents().size());
        QVERIFY(expected > 1);
        QCOMPARE(int(dialog->writtenFiles().size()), expected);
        QCOMPARE(int(QDir(dir.path()).entryList({QStringLiteral("step-*.png")}).size()), expected);
    }

    void stepSeriesProposesTheFilesFolder()
    {
        // The step series writes into a folder: ticking it turns the file proposed into
        // its folder (a file path there was refused as "no such folder"), and unticking
        // it proposes a file named after the scenario in that folder again.
        QTemporaryDir dir;
        auto dialog = makeDialog();
        dialog->setStepSeries(false);
        dialog->setFormat(ExportFormat::Png);
        dialog->setPath(dir.filePath(QStringLiteral("picture.png")));
        dialog->setStepSeries(true);
        QCOMPARE(QDir(dialog->path()).absolutePath(), QDir(dir.path()).absolutePath());
        dialog->setStepSeries(false);
        const QFileInfo file(dialog->path());
        QCOMPARE(QDir(file.absolutePath()).absolutePath(), QDir(dir.path()).absolutePath());
        QCOMPARE(file.suffix(), QStringLiteral("png"));
    }

    void slidesStepSeriesWritesOneSlideAStep()
    {
        // Slides and a step series together: one 1920×1080 slide a step, into the folder.
        QTemporaryDir dir;
        auto dialog = makeDialog();
        choose(child<QComboBox>(*dialog, "preset"), int(ExportPreset::Slides));
        dialog->setStepSeries(true);
        QVERIFY(dialog->isSlides());
        QVERIFY(dialog->isStepSeries());
        dialog->setStepCaptions(stepCaptions(m_trace, handshakeScenario(), QStringLiteral("en")));
        dialog->setRange(ExportDialog::Range::WholeRun);
        dialog->setPath(dir.path());
        QVERIFY2(dialog->exportNow(), qPrintable(dialog->lastError()));
        const int expected = int(DiagramExporter(m_trace, {}, dialog->options()).stepEvents().size());
        QCOMPARE(int(dialog->writtenFiles().size()), expected);
        QCOMPARE(QFileInfo(dialog->writtenFiles().first()).fileName(), QStringLiteral("step-01.png"));
        for (const QString &file : dialog->writtenFiles())
            QCOMPARE(QImage(file).size(), QSize(1920, 1080));
        choose(child<QComboBox>(*dialog, "preset"), int(ExportPreset::Standard));
        dialog->setStepSeries(false);
    }

    void stepSeriesWritesTheNarrationUnderEachPictureWhenAsked()
    {
        const QHash<SimTime, QString> captions = stepCaptions(m_trace, handshakeScenario(), QStringLiteral("en"));
        QVERIFY(!captions.isEmpty());
        auto dialog = makeDialog();
        dialog->show();
        auto *captionBox = child<QCheckBox>(*dialog, "stepCaptions");
        dialog->setStepSeries(true);
        // Nothing to write without the narration.
        QVERIFY(!captionBox->isEnabled());
        QVERIFY(!dialog->writesStepCaptions());
        dialog->setStepCaptions(captions);
        QVERIFY(captionBox->isVisible());
        QVERIFY(captionBox->isEnabled());
        QVERIFY(captionBox->isChecked()); // offered, and on unless turned off
        QVERIFY(dialog->writesStepCaptions());

        QTemporaryDir with;
        QTemporaryDir without;
        dialog->setPath(with.path());
        QVERIFY2(dialog->exportNow(), qPrintable(dialog->lastError()));
        const QStringList captioned = dialog->writtenFiles();
        QTest::mouseClick(captionBox, Qt::LeftButton);
        QVERIFY(!dialog->writesStepCaptions());
        dialog->setPath(without.path());
        QVERIFY2(dialog->exportNow(), qPrintable(dialog->lastError()));
        const QStringList plain = dialog->writtenFiles();
        QCOMPARE(captioned.size(), plain.size());
        QVERIFY(captioned.size() > 1);

        // Each captioned step is its plain picture with its narration's lines under it.
        const QList<int> steps = DiagramExporter(m_trace, {}, dialog->options()).stepEvents();
        QCOMPARE(steps.size(), captioned.size());
        int withWords = 0;
        for (int n = 0; n < captioned.size(); ++n) {
            const QImage a(captioned[n]);
            const QImage b(plain[n]);
            QVERIFY2(a.height() > b.height(), qPrintable(captioned[n]));
            QCOMPARE(a.width(), b.width());
            if (captions.value(m_trace.events[steps[n]].time).isEmpty())
                continue;
            ++withWords;
            QVERIFY2(inkedRows(a, b.height()) > 10, qPrintable(QStringLiteral("no caption under %1").arg(captioned[n])));
        }
        QVERIFY(withWords > captioned.size() / 2);
        // Turning captions off is remembered like every other choice.
        auto again = makeDialog();
        again->setStepCaptions(captions);
        again->setStepSeries(true);
        QVERIFY(!again->writesStepCaptions());
    }

    void sideBySideIsOfferedWhileAComparisonIsOpen()
    {
        auto dialog = makeDialog();
        dialog->show();
        auto *sideBySide = child<QCheckBox>(*dialog, "sideBySide");
        QVERIFY(!sideBySide->isVisible());
        dialog->setSideBySide(true);
        QVERIFY(!dialog->isSideBySide());

        Scenario variant = handshakeScenario();
        variant.protocol.variant = ProtocolVariant::NoTimeWait;
        const Trace other = Simulator::run(variant);
        dialog->setComparison(&other, QStringLiteral("Standard"), QStringLiteral("No TIME-WAIT"));
        QVERIFY(sideBySide->isVisible());
        choose(child<QComboBox>(*dialog, "preset"), int(ExportPreset::Slides));
        dialog->setStepSeries(false);
        QTest::mouseClick(sideBySide, Qt::LeftButton);
        QVERIFY(dialog->isSideBySide());
        // One picture of both runs: neither slides nor a step series.
        QVERIFY(!dialog->isSlides());
        QVERIFY(!dialog->isStepSeries());
        dialog->setStepSeries(true);
        QVERIFY(!dialog->isSideBySide());
        dialog->setSideBySide(true);
        QVERIFY(!dialog->isStepSeries());

        QTemporaryDir dir;
        dialog->setFormat(ExportFormat::Png);
        dialog->setRange(ExportDialog::Range::WholeRun);
        const QString target = dir.filePath(QStringLiteral("both.png"));
        dialog->setPath(target);
        QVERIFY2(dialog->exportNow(), qPrintable(dialog->lastError()));
        QCOMPARE(dialog->writtenFiles(), QStringList{target});
        const QImage image(target);
        const ComparisonExporter expected(m_trace, QStringLiteral("Standard"), other, QStringLiteral("No TIME-WAIT"),
                                          SequenceLayoutOptions{}, dialog->options());
        QVERIFY(expected.divergence().has_value());
        QCOMPARE(image.size(), expected.pictureSize().toSize());
        QVERIFY(image.width() > 1.8 * DiagramExporter(m_trace, {}, dialog->options()).pictureSize().width());
        // The first difference is marked in red across both runs.
        QVERIFY(pixelsOfColour(image, HostPalette::dropColor()) > 100);

        // Without a comparison (it was closed), a plain diagram again.
        dialog->setComparison(nullptr, QString(), QString());
        QVERIFY(!sideBySide->isVisible());
        QVERIFY(!dialog->isSideBySide());
        QVERIFY2(dialog->exportNow(), qPrintable(dialog->lastError()));
        QVERIFY(QImage(target).width() < image.width() / 1.8);
    }

    void choicesAreRememberedForTheNextExport()
    {
        QTemporaryDir dir;
        {
            auto dialog = makeDialog();
            dialog->setPath(dir.filePath(QStringLiteral("remembered.pdf")));
            choose(child<QComboBox>(*dialog, "pages"), int(PdfPageMode::A4));
            child<QCheckBox>(*dialog, "legend")->setChecked(false);
            QVERIFY2(dialog->exportNow(), qPrintable(dialog->lastError()));
        }
        auto again = makeDialog();
        QCOMPARE(again->format(), ExportFormat::Pdf);
        QCOMPARE(again->options().pdfPages, PdfPageMode::A4);
        QVERIFY(!again->options().legend);
        QCOMPARE(again->path(), dir.filePath(QStringLiteral("remembered.pdf")));
    }

    void copyPutsTheDiagramOnTheClipboard()
    {
        QGuiApplication::clipboard()->clear();
        DiagramExportOptions o;
        copyDiagramToClipboard(m_trace, {}, o);
        const QImage image = QGuiApplication::clipboard()->image();
        QVERIFY(!image.isNull());
        QCOMPARE(image.size(), DiagramExporter(m_trace, {}, o).renderImage().size());
    }

    // The title block names a fault as the fault list does, by what the segment is in the
    // run exported — not by the key typed to make it — and says when it hit nothing.
    void detailsNameTheFaultsAsTheLearnerSeesThemAndTheVariant()
    {
        Scenario s = ScenarioLibrary::load(QStringLiteral("handshake-and-close")).scenario;
        FaultRule drop;
        drop.kind = FaultKind::Drop;
        drop.host = QStringLiteral("A");
        drop.ordinal = 6;
        FaultRule nowhere = drop;
        nowhere.ordinal = 99;
        s.faults = {drop, nowhere};
        const Trace trace = Simulator::run(s);
        const QStringList lines = exportDetails(trace, s.faults, ProtocolVariant::NoTimeWait);
        QCOMPARE(lines.size(), 3);
        QCOMPARE(lines[0], QStringLiteral("Drop A's ACK seq=1020 ack=5021 (the final ACK)"));
        QVERIFY2(lines[1].startsWith(QStringLiteral("Drop A's segment #99")) && lines[1].contains(QStringLiteral("matches no segment")),
                 qPrintable(lines[1]));
        QVERIFY(lines[2].contains(QStringLiteral("no-time-wait")));
        QVERIFY(exportDetails(trace, {}, ProtocolVariant::Standard).isEmpty());
        // A worksheet that asks for the numbers names the segment without them.
        const QStringList hidden = exportDetails(trace, s.faults, ProtocolVariant::Standard, FaultNumbers::Hidden);
        QCOMPARE(hidden[0], QStringLiteral("Drop A's ACK #3 (the final ACK)"));
        QVERIFY2(!hidden.join(QLatin1Char(' ')).contains(QStringLiteral("seq=")), qPrintable(hidden.join(QLatin1Char('|'))));
    }
};

QTEST_MAIN(TestExportDialog)
#include "tst_export_dialog.moc"
