// Captures in the window: File ▸ Open Capture… with its connection chooser, the chosen
// connection shown as a trace that cannot be edited, View ▸ Compare ▸ With the Model, and
// File ▸ Export Capture…. Sample captures are written by the project's own writer.
#include "action_table.h"
#include "capture/capture_writer.h"
#include "capture_export_dialog.h"
#include "capture_panel.h"
#include "capture_test_support.h"
#include "connection_chooser_dialog.h"
#include "diagram_centre.h"
#include "language_manager.h"
#include "main_window.h"
#include "scenario_document.h"
#include "sequence/comparison_view.h"
#include "panels/segment_inspector.h"
#include "sequence/sequence_diagram_view.h"
#include "sequence/sequence_layout.h"
#include "isolated_settings.h"

#include <QDockWidget>
#include <QMenu>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace tcplab;
using namespace tcplab::testing;

namespace {

// Answers the window's questions instead of a person and records its error reports.
class TestWindow : public MainWindow
{
public:
    using MainWindow::MainWindow;

    QStringList errorTexts;
    int chosenConnection = 1;
    int connectionQuestions = 0;
    CaptureImporter::Listing lastListing;

protected:
    void reportError(const QString &, const QString &text) override { errorTexts.append(text); }
    QMessageBox::StandardButton askToSaveChanges() override { return QMessageBox::Discard; }
    int askConnection(const QString &, const CaptureImporter::Listing &listing) override
    {
        ++connectionQuestions;
        lastListing = listing;
        return chosenConnection;
    }
};

} // namespace

class TestCaptureWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        isolateSettings(QStringLiteral("tst_capture_window"), m_dir.path());
        m_language = std::make_unique<LanguageManager>();
        m_language->setLanguage(QStringLiteral("en"));
    }

    void init()
    {
        QSettings().clear();
        m_language->setLanguage(QStringLiteral("en"));
        m_window = std::make_unique<TestWindow>(m_language.get());
        m_window->fitToScreen(QRect(0, 0, 1366, 736));
        QVERIFY(m_window->openBuiltin(QStringLiteral("handshake-and-close")));
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanup() { m_window.reset(); }

    void openCaptureShowsTheChosenConnectionWithInferredStates()
    {
        const QString path = writeCapture(QStringLiteral("lost-final-ack"), QStringLiteral("wire"),
                                          QStringLiteral("lost.pcapng"));
        QVERIFY(m_window->openCapture(path));
        QCOMPARE(m_window->connectionQuestions, 1);
        QCOMPARE(m_window->lastListing.conversations.size(), 1);
        ScenarioDocument *document = m_window->document();
        QVERIFY(document->isCapture());
        const Trace &trace = document->trace();
        QCOMPARE(trace.segments.size(), document->capture()->trace.segments.size());
        QCOMPARE(m_window->sequenceView()->trace(), &trace);
        // The observer's states and its inferred loss are what the views are given.
        QCOMPARE(trace.stateAt(0, trace.endTime), TcpState::TimeWait);
        QCOMPARE(trace.stateAt(1, trace.endTime), TcpState::Closed);
        int lost = 0;
        for (const SegmentRecord &r : trace.segments)
            lost += r.dropped && r.dropReason == DropReason::Loss ? 1 : 0;
        QCOMPARE(lost, 1);
        QVERIFY2(m_window->windowTitle().contains(QLatin1String("lost.pcapng")), qPrintable(m_window->windowTitle()));
        QVERIFY(m_window->windowTitle().contains(QLatin1String("10.0.0.1:40000")));
    }

    void anOpenedCaptureIsInOpenRecentAndReopensAsACapture()
    {
        const QString path = writeCapture(QStringLiteral("lost-final-ack"), QStringLiteral("wire"),
                                          QStringLiteral("recent.pcapng"));
        QVERIFY(m_window->openCapture(path));
        QVERIFY(m_window->openBuiltin(QStringLiteral("lost-syn")));
        QVERIFY(!m_window->document()->isCapture());

        QMenu *recent = m_window->findChild<QMenu *>(QStringLiteral("recentMenu"));
        QVERIFY(recent);
        emit recent->aboutToShow();
        QAction *entry = nullptr;
        for (QAction *a : recent->actions()) {
            if (a->text() == QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath()))
                entry = a;
        }
        QVERIFY2(entry, "the capture is not listed in File ▸ Open Recent");
        const int questionsBefore = m_window->connectionQuestions;
        entry->trigger();
        // Opened as a capture (its connection chooser asked again), not read as a scenario.
        QCOMPARE(m_window->connectionQuestions, questionsBefore + 1);
        QVERIFY(m_window->document()->isCapture());
        QVERIFY2(m_window->errorTexts.isEmpty(), qPrintable(m_window->errorTexts.join('\n')));
    }

    void capturePanelMarksWhatWasWorkedOutRatherThanSeen()
    {
        QVERIFY(m_window->openCapture(writeCapture(QStringLiteral("lost-final-ack"), QStringLiteral("A"),
                                                   QStringLiteral("at-a.pcapng"))));
        auto *panel = m_window->findChild<CapturePanel *>(QStringLiteral("capturePanel"));
        QVERIFY(panel && panel->isVisible());
        QVERIFY2(panel->summaryText().contains(QLatin1String("at A's interface")), qPrintable(panel->summaryText()));
        QVERIFY(panel->summaryText().contains(QLatin1String("10.0.0.2:80")));
        const Trace &trace = m_window->document()->trace();
        QCOMPARE(panel->table()->rowCount(), trace.segments.size());
        // At A's interface A's sending is seen and B's is worked out.
        QVERIFY(!panel->table()->item(0, 3)->text().startsWith(QStringLiteral("≈")));
        QVERIFY(panel->table()->item(1, 3)->text().startsWith(QStringLiteral("≈")));
        int lostRows = 0;
        for (int row = 0; row < panel->table()->rowCount(); ++row)
            lostRows += panel->table()->item(row, 5)->text().contains(QLatin1String("lost after")) ? 1 : 0;
        QCOMPARE(lostRows, 1);
        emit m_window->sequenceView()->segmentSelected(2);
        QCOMPARE(panel->table()->currentRow(), 2);
    }

    void ipv6ConnectionShowsItsAddresses()
    {
        QVERIFY(m_window->openCapture(QStringLiteral(TCPLAB_TEST_DATA "/captures/ipv6_connections.pcapng")));
        QVERIFY(m_window->windowTitle().contains(QLatin1String("[2001:db8::1]:50010")));
        auto *panel = m_window->findChild<CapturePanel *>(QStringLiteral("capturePanel"));
        QVERIFY(panel->summaryText().contains(QLatin1String("[2001:db8::1]:50010")));
    }

    void ipv6EndsAreWrittenInTheHostBoxesAndTheInspector()
    {
        QVERIFY(m_window->openCapture(QStringLiteral(TCPLAB_TEST_DATA "/captures/ipv6_connections.pcapng")));
        const SequenceLayout &layout = m_window->sequenceView()->diagramLayout();
        QStringList subtitles;
        for (const LifelineGeometry &lane : layout.lifelines)
            subtitles << lane.subtitle;
        QVERIFY2(subtitles.contains(QStringLiteral("2001:db8::1")), qPrintable(subtitles.join(u',')));
        QVERIFY2(!subtitles.join(u',').contains(QLatin1String("0.0.0.0")), qPrintable(subtitles.join(u',')));

        emit m_window->sequenceView()->segmentSelected(0);
        auto *inspector = m_window->findChild<SegmentInspector *>();
        QVERIFY(inspector);
        QCOMPARE(inspector->segment(), 0);
        QVERIFY2(inspector->title().contains(QLatin1String("[2001:db8::1]:50010")), qPrintable(inspector->title()));
        const QString text = inspector->title() + u'\n' + inspector->explanation().join(u'\n');
        QVERIFY2(!text.contains(QLatin1String("0.0.0.0")), qPrintable(text));
    }

    void choosingTheSecondConnectionShowsIt()
    {
        m_window->chosenConnection = 2;
        QVERIFY(m_window->openCapture(QStringLiteral(TCPLAB_TEST_DATA "/captures/raw_ip.pcap")));
        QCOMPARE(m_window->document()->capture()->a, m_window->lastListing.conversations[1].a);
    }

    void cancellingTheChooserKeepsTheScenario()
    {
        m_window->chosenConnection = 0;
        QVERIFY(!m_window->openCapture(QStringLiteral(TCPLAB_TEST_DATA "/captures/raw_ip.pcap")));
        QVERIFY(!m_window->document()->isCapture());
        QCOMPARE(m_window->document()->scenario().id, QStringLiteral("handshake-and-close"));
    }

    void badCaptureIsReportedAndTheScenarioStays()
    {
        QVERIFY(!m_window->openCapture(QStringLiteral(TCPLAB_TEST_DATA "/cli/handshake.json")));
        QCOMPARE(m_window->errorTexts.size(), 1);
        QVERIFY2(m_window->errorTexts.first().contains(QLatin1String("could not be read as a capture")),
                 qPrintable(m_window->errorTexts.first()));
        QCOMPARE(m_window->connectionQuestions, 0);
        QVERIFY(!m_window->document()->isCapture());
        QCOMPARE(m_window->document()->scenario().id, QStringLiteral("handshake-and-close"));
        QVERIFY(m_window->action(ActionId::Save)->isEnabled());
    }

    void editingIsDisabledOnACaptureAndTheTooltipSaysWhy()
    {
        QVERIFY(m_window->openCapture(writeCapture(QStringLiteral("handshake-and-close"), QStringLiteral("A"),
                                                   QStringLiteral("hc.pcap"))));
        for (ActionId id : {ActionId::Save, ActionId::SaveAs, ActionId::ExportCapture}) {
            QVERIFY(!m_window->action(id)->isEnabled());
            QVERIFY(m_window->action(id)->toolTip().contains(QLatin1String("capture")));
        }
        auto *faults = m_window->findChild<QDockWidget *>(QStringLiteral("faultDock"));
        QVERIFY(faults && !faults->widget()->isEnabled());
        QVERIFY(faults->widget()->toolTip().contains(QLatin1String("cannot be dropped")));

        std::unique_ptr<QMenu> menu(m_window->createSegmentMenu(0));
        QVERIFY(menu);
        QVERIFY(!menu->actions().isEmpty());
        for (QAction *a : menu->actions()) {
            if (a->isSeparator())
                continue;
            QVERIFY2(!a->isEnabled(), qPrintable(a->text()));
            QVERIFY(a->toolTip().contains(QLatin1String("cannot be dropped")));
        }
        // Dragging an arrow to delay it changes nothing either.
        emit m_window->sequenceView()->segmentDelayRequested(0, msToUs(100));
        QCOMPARE(m_window->document()->undoStack()->count(), 0);
        QVERIFY(m_window->document()->scenario().faults.isEmpty());

        // Back to a scenario, everything may be edited again.
        QVERIFY(m_window->openBuiltin(QStringLiteral("lost-syn")));
        QVERIFY(!m_window->document()->isCapture());
        QVERIFY(m_window->action(ActionId::Save)->isEnabled());
        QVERIFY(m_window->action(ActionId::ExportCapture)->isEnabled());
        QVERIFY(faults->widget()->isEnabled());
    }

    void compareWithModelShowsTheCaptureBesideTheSimulatedStory()
    {
        QAction *model = m_window->action(ActionId::CompareModel);
        QVERIFY(!model->isEnabled()); // a scenario is no capture
        QVERIFY(m_window->openCapture(writeCapture(QStringLiteral("lost-final-ack"), QStringLiteral("wire"),
                                                   QStringLiteral("lost.pcapng"))));
        QVERIFY(model->isEnabled());
        QVERIFY(!m_window->action(ActionId::CompareShipped)->isEnabled());
        QVERIFY(!m_window->action(ActionId::CompareTwoWayHandshake)->isEnabled());
        model->trigger();
        ScenarioDocument *document = m_window->document();
        QCOMPARE(document->comparison(), CompareWith::Model);
        QVERIFY(model->isChecked());
        auto *comparison = m_window->findChild<ComparisonView *>(QStringLiteral("comparison"));
        QVERIFY(comparison && comparison->isVisible());
        QCOMPARE(comparison->leftView()->trace(), &document->trace());
        QCOMPARE(comparison->rightView()->trace(), &document->comparisonTrace());
        // The simulated story sends the same segments as the capture shows.
        QCOMPARE(document->comparisonTrace().segments.size(), document->trace().segments.size());
        QVERIFY(!comparison->bannerText().isEmpty());
    }

    void compareWithModelNamesTheFirstDifference()
    {
        // A capture where B answers late (a slow server): the model answers at once.
        Run run = runScenario(QStringLiteral("handshake-and-close"), {QStringLiteral("delay:B#1:300ms")});
        QTemporaryDir dir;
        QVERIFY(m_window->openCapture(writeCaptureFile(run, QStringLiteral("A"), dir.filePath(QStringLiteral("slow.pcapng")))));
        m_window->action(ActionId::CompareModel)->trigger();
        auto *comparison = m_window->findChild<ComparisonView *>(QStringLiteral("comparison"));
        QVERIFY(comparison->divergence().has_value());
        QVERIFY2(comparison->bannerText().contains(QLatin1String("differ"), Qt::CaseInsensitive)
                     || comparison->bannerText().contains(QLatin1String("first"), Qt::CaseInsensitive),
                 qPrintable(comparison->bannerText()));
    }

    void captureWithoutTheHandshakeCannotBeComparedAndSaysWhy()
    {
        QVERIFY(m_window->openCapture(QStringLiteral(TCPLAB_TEST_DATA "/captures/truncated.pcap")));
        QAction *model = m_window->action(ActionId::CompareModel);
        QVERIFY(!model->isEnabled());
        QVERIFY2(model->toolTip().contains(QLatin1String("handshake")), qPrintable(model->toolTip()));
    }

    void chooserListsTheConnectionsAndWhatWasSkipped()
    {
        CaptureImporter::Listing listing;
        QString error;
        QVERIFY(CaptureImporter::list(QStringLiteral(TCPLAB_TEST_DATA "/captures/raw_ip.pcap"), &listing, &error));
        ConnectionChooserDialog two(QStringLiteral("raw_ip.pcap"), listing, nullptr);
        QCOMPARE(two.table()->rowCount(), 2);
        QCOMPARE(two.table()->item(1, 1)->text(), listing.conversations[1].a.toString());
        QCOMPARE(two.table()->item(0, 9)->text(),
                 ConnectionChooserDialog::endingText(listing.conversations[0].ending()));
        two.table()->selectRow(1);
        QCOMPARE(two.chosenConnection(), 2);

        CaptureImporter::Listing skipped;
        QVERIFY(CaptureImporter::list(QStringLiteral(TCPLAB_TEST_DATA "/captures/truncated.pcap"), &skipped, &error));
        ConnectionChooserDialog one(QStringLiteral("truncated.pcap"), skipped, nullptr);
        QVERIFY2(one.summaryText().contains(QLatin1String("5 frames, 1 TCP segment in 1 connection. 4 truncated; "
                                                          "1 kept with the payload cut short by the snap length.")),
                 qPrintable(one.summaryText()));
    }

    void exportCaptureWritesWhatThePointSaw()
    {
        QVERIFY(m_window->openBuiltin(QStringLiteral("lost-final-ack")));
        const ScenarioDocument *document = m_window->document();
        CaptureExportDialog dialog(document->trace(), document->scenario(), m_dir.path(), m_window.get());
        QCOMPARE(QFileInfo(dialog.path()).fileName(), QStringLiteral("lost-final-ack.pcapng"));
        QVERIFY(dialog.setPoint(QStringLiteral("B")));
        QVERIFY(!dialog.setPoint(QStringLiteral("C")));
        const QString path = m_dir.filePath(QStringLiteral("b.pcap"));
        dialog.setPath(path);
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.writtenPath(), path);
        QFile written(path);
        QVERIFY(written.open(QIODevice::ReadOnly));
        CaptureWriter writer(document->trace());
        writer.setPoint(CapturePoint::atHost(1));
        writer.setFormat(CaptureFormat::Pcap);
        writer.setDescription(CaptureDescription::fromScenario(document->scenario()));
        QByteArray expected;
        QBuffer buffer(&expected);
        buffer.open(QIODevice::WriteOnly);
        QVERIFY(writer.writeTo(&buffer));
        QCOMPARE(written.readAll(), expected);
    }

    void exportCaptureToAMissingFolderSaysSoAndStaysOpen()
    {
        const ScenarioDocument *document = m_window->document();
        CaptureExportDialog dialog(document->trace(), document->scenario(), m_dir.path(), m_window.get());
        QSignalSpy failed(&dialog, &CaptureExportDialog::failed);
        dialog.setPath(m_dir.filePath(QStringLiteral("no/such/folder/x.pcapng")));
        dialog.accept();
        QCOMPARE(failed.count(), 1);
        QVERIFY(failed.first().at(1).toString().contains(QLatin1String("does not exist")));
        QVERIFY(dialog.writtenPath().isEmpty());
        QVERIFY(dialog.result() != QDialog::Accepted);
    }

private:
    QString writeCapture(const QString &scenario, const QString &point, const QString &name)
    {
        return writeCaptureFile(runScenario(scenario), point, m_dir.filePath(name));
    }

    std::unique_ptr<LanguageManager> m_language;
    std::unique_ptr<TestWindow> m_window;
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestCaptureWindow)
#include "tst_capture_window.moc"
