// The main window as a learner uses it: open a lesson, break a segment from its menu,
// undo and redo, switch language, survive a bad file; and the action table and the
// document's comparison runs the window is built on.

#include "action_table.h"
#include "comparison_choices.h"
#include "sequence/comparison_view.h"
#include "export/export_dialog.h"
#include "language_manager.h"
#include "main_window.h"
#include "problem_list_dialog.h"
#include "playback_controller.h"
#include "scenario_document.h"
#include "scenario_editor.h"
#include "scenario_edits.h"
#include "scenario/scenario_file.h"
#include "scenario/scenario_library.h"
#include "sequence/sequence_diagram_view.h"
#include "state/state_diagram_widget.h"
#include "sim/simulator.h"
#include "trace/trace_format.h"
#include "isolated_settings.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QImage>
#include <QComboBox>
#include <QScrollBar>
#include <QScreen>
#include <QProcess>
#include <QClipboard>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QMenu>
#include <QMenuBar>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QTabBar>
#include <QWidgetAction>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include <cmath>
#include <limits>
#include <memory>

using namespace tcplab;

namespace {

// Answers the window's questions instead of a person and records its error reports.
class TestWindow : public MainWindow
{
public:
    using MainWindow::MainWindow;

    QStringList errorTitles;
    QStringList errorTexts;
    int saveQuestions = 0;
    QMessageBox::StandardButton answer = QMessageBox::Cancel;
    int milliseconds = 250;

protected:
    void reportError(const QString &title, const QString &text) override
    {
        errorTitles.append(title);
        errorTexts.append(text);
    }
    QMessageBox::StandardButton askToSaveChanges() override
    {
        ++saveQuestions;
        return answer;
    }
    bool askMilliseconds(const QString &, const QString &, int, int *value) override
    {
        *value = milliseconds;
        return true;
    }
};

int countKind(const Trace &trace, SegmentKind kind)
{
    int n = 0;
    for (const SegmentRecord &record : trace.segments)
        n += record.kind == kind ? 1 : 0;
    return n;
}

// The first segment the client (the connecting host) sends: its SYN.
int firstSegmentOf(const Trace &trace, const QString &hostName)
{
    for (const SegmentRecord &record : trace.segments) {
        if (record.fromHost >= 0 && trace.hosts.at(record.fromHost).name == hostName)
            return record.id;
    }
    return -1;
}

// The first segment carrying data that `hostName` sends: losing it makes the sender
// retransmit after its RTO, while the connection is still open.
int firstDataSegmentOf(const Trace &trace, const QString &hostName)
{
    for (const SegmentRecord &record : trace.segments) {
        if (record.fromHost >= 0 && trace.hosts.at(record.fromHost).name == hostName
            && !record.segment.payload.isEmpty()) {
            return record.id;
        }
    }
    return -1;
}

QString connectingHost(const Scenario &scenario)
{
    for (const AppAction &action : scenario.actions) {
        if (action.kind == AppActionKind::Connect)
            return action.host;
    }
    return {};
}

QList<ActionId> allActionIds()
{
    QList<ActionId> ids;
    for (int i = 0; i < actionIdCount; ++i)
        ids.append(ActionId(i));
    return ids;
}

// Every action a learner can reach through the menu bar, submenus included.
QSet<QAction *> actionsInMenus(QMenuBar *bar)
{
    QSet<QAction *> found;
    QList<QMenu *> menus;
    for (QAction *a : bar->actions()) {
        if (a->menu())
            menus.append(a->menu());
    }
    while (!menus.isEmpty()) {
        QMenu *menu = menus.takeFirst();
        for (QAction *a : menu->actions()) {
            if (a->menu())
                menus.append(a->menu());
            else
                found.insert(a);
        }
    }
    return found;
}

void triggerMenuAction(QMenu *menu, const QString &objectName)
{
    QAction *action = menu->findChild<QAction *>(objectName);
    QVERIFY2(action, qPrintable(objectName));
    QVERIFY(action->isEnabled());
    action->trigger();
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void opensHandshakeAndCloseOnFirstRun();
    void dropFromSegmentMenuMakesTheSenderRetransmit();
    void rightClickOnAnArrowOffersDropAndDropWorks();
    void undoAndRedoRestoreAndReapplyTheDrop();
    void undoActionNamesTheEdit();
    void faultKeepsItsSegmentThroughLaterEditsUndoAndRedo();
    void faultWhoseSegmentIsGoneStaysListedAsNotMatching();
    void playheadKeepsItsTimeAcrossResimulation();
    void dragDelayFromTheViewAddsADelayFault();
    void duplicateFromSegmentMenuAddsACopy();
    void removeFaultFromMenuIsOfferedOnlyForFaultedSegments();
    void faultListDeleteKeyRemovesTheFault();
    void resetScenarioReturnsToTheFileVersionAndIsUndoable();
    void invalidSettingIsRefusedWithAReason();
    void validSettingResimulates();
    void settingsPanelShowsARefusalInlineAndAppliesAValidValue();
    void actionButtonAddsTheCallAtThePlayhead();
    void languageSwitchTranslatesActionsAndBack();
    void malformedFileReportsErrorsAndKeepsCurrentScenario();
    void saveThenReopenGivesTheSameScenario();
    void closingWithUnsavedEditsAsksAndCancelKeepsTheWindow();
    void stepForwardAndBackMoveFromEventToEvent();
    void quietStretchesAreSkippedWhilePlaying();
    void playingMovesThePlayheadAndStopsAtTheEnd();
    void speedThatIsNotFiniteIsRefusedAndPlayingGoesOn_data();
    void speedThatIsNotFiniteIsRefusedAndPlayingGoesOn();
    void reopeningRestoresLastScenarioSpeedAndLanguage();
    void exportActionWritesThePicture();
    void whatTheScreenShowsIsTakenFromTheComparisonPanes();
    void comparingWithTheTeachingVariantShowsBothRuns();
    void anyScenarioCanBeComparedWithAnyVariant();
    void faultEditsFindTheRuleTheRunRecorded();
    void everyActionIdHasANamedLabelledAction();
    void actionObjectNamesAreUnique();
    void everyActionWithAShortcutIsInAMenu();
    void retranslationChangesEveryActionTextAndBack();
    void everyProtocolVariantHasItsCompareAction();
    void documentResimulatesTheComparisonBeforeAnnouncingTheTrace();
    void comparisonEndsWhenAnEditGivesTheRunTheComparedRuleSet();
    void savingMakesTheSavedVersionTheOneComparedAsShipped();
    void redoAnswersBothCtrlShiftZAndCtrlY();
    void windowFitsTheScreenAndLeavesTheDiagramRoom_data();
    void windowFitsTheScreenAndLeavesTheDiagramRoom();
    void nextWindowRestoresGeometryAndDockLayout();
    void synFloodFitsTheDiagramViewOnSmallScreens_data();
    void synFloodFitsTheDiagramViewOnSmallScreens();
    void smallScreenStartsWithOneDockColumnAndTheLearnersLayoutWinsNextTime();
    void dockTabsShowWholeNames();
    void undoTextFollowsALanguageSwitch();
    void openingAnotherScenarioClearsTheStateExplanation();
    void segmentMenuHeadingIsNotCut();
    void variantBoxShowsWholeNamesOnASmallScreen();
    void errorWithTwoHundredProblemsFitsTheScreenAndCanBeCopied();
    void screenshotWithABadScenarioEndsWithTheErrorOnStandardError_data();
    void screenshotWithABadScenarioEndsWithTheErrorOnStandardError();
    void fileArgumentOpensTheScenarioAsTheScenarioOptionDoes();

private:
    std::unique_ptr<LanguageManager> m_language;
    std::unique_ptr<TestWindow> m_window;
    QTemporaryDir m_dir;
};

void TestMainWindow::initTestCase()
{
    QVERIFY(m_dir.isValid());
    isolateSettings(QStringLiteral("tst_main_window"), m_dir.path());
    m_language = std::make_unique<LanguageManager>();
    m_language->setLanguage(QStringLiteral("en"));
    QVERIFY(ScenarioLibrary::contains(QStringLiteral("handshake-and-close")));
}

void TestMainWindow::init()
{
    QSettings().clear();
    m_language->setLanguage(QStringLiteral("en"));
    m_window = std::make_unique<TestWindow>(m_language.get());
    // The offscreen screen is 800×600, smaller than any the window is made for: the tests
    // use a common laptop's screen instead.
    m_window->fitToScreen(QRect(0, 0, 1366, 736));
    m_window->openInitialScenario();
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestMainWindow::cleanup()
{
    if (m_window) {
        m_window->answer = QMessageBox::Discard;
        m_window->close();
    }
    m_window.reset();
}

void TestMainWindow::opensHandshakeAndCloseOnFirstRun()
{
    QCOMPARE(m_window->document()->builtinId(), QStringLiteral("handshake-and-close"));
    QCOMPARE(m_window->document()->scenario().id, QStringLiteral("handshake-and-close"));
    QVERIFY(!m_window->document()->trace().segments.isEmpty());
    QVERIFY(!m_window->document()->isModified());
    QVERIFY(m_window->centralWidget()->isAncestorOf(m_window->sequenceView()));
    QVERIFY(m_window->sequenceView()->isVisible());
}

void TestMainWindow::dropFromSegmentMenuMakesTheSenderRetransmit()
{
    ScenarioDocument *doc = m_window->document();
    const QString client = connectingHost(doc->scenario());
    QVERIFY(!client.isEmpty());
    QCOMPARE(countKind(doc->trace(), SegmentKind::Retransmission), 0);
    const int data = firstDataSegmentOf(doc->trace(), client);
    QVERIFY(data >= 0);

    QSignalSpy traceSpy(doc, &ScenarioDocument::traceChanged);
    std::unique_ptr<QMenu> menu(m_window->createSegmentMenu(data));
    QVERIFY(menu);
    triggerMenuAction(menu.get(), QStringLiteral("dropSegment"));

    QCOMPARE(traceSpy.count(), 1);
    QCOMPARE(doc->scenario().faults.size(), 1);
    QCOMPARE(doc->scenario().faults.first().kind, FaultKind::Drop);
    QCOMPARE(doc->scenario().faults.first().host, client);
    QVERIFY(doc->trace().segments.at(data).dropped);
    QCOMPARE(doc->trace().segments.at(data).fault, FaultKind::Drop);
    // The sender sends the same bytes again: a retransmission of the dropped segment.
    bool resent = false;
    for (const SegmentRecord &record : doc->trace().segments) {
        resent = resent
            || (record.kind == SegmentKind::Retransmission
                && record.segment.seq == doc->trace().segments.at(data).segment.seq
                && record.segment.payload == doc->trace().segments.at(data).segment.payload);
    }
    QVERIFY(resent);
    QVERIFY(doc->isModified());
    QVERIFY(m_window->isWindowModified());
}

void TestMainWindow::rightClickOnAnArrowOffersDropAndDropWorks()
{
    ScenarioDocument *doc = m_window->document();
    SequenceDiagramView *view = m_window->sequenceView();
    const int data = firstDataSegmentOf(doc->trace(), connectingHost(doc->scenario()));
    QVERIFY(data >= 0);
    m_window->playback()->toEnd();
    view->ensureSegmentVisible(data);
    QCoreApplication::processEvents();
    const ArrowGeometry *arrow = view->diagramLayout().arrowForSegment(data);
    QVERIFY(arrow);
    const QPoint at = view->toViewport((arrow->p1 + arrow->end) / 2);
    QVERIFY(view->viewport()->rect().contains(at));

    // The menu runs its own event loop; answer it the way a learner would.
    QStringList offered;
    bool dropped = false;
    QTimer::singleShot(0, this, [&] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        if (!menu)
            return;
        for (QAction *a : menu->actions())
            offered.append(a->objectName());
        if (QAction *drop = menu->findChild<QAction *>(QStringLiteral("dropSegment"))) {
            drop->trigger();
            dropped = true;
        }
        menu->close();
    });
    // A real right-button press on the middle of the arrow (the view asks for its menu on
    // press, as context menus do on X11).
    QTest::mouseClick(view->viewport(), Qt::RightButton, Qt::NoModifier, at);

    QVERIFY2(dropped, qPrintable(offered.join(QLatin1Char(','))));
    QVERIFY(offered.contains(QStringLiteral("delaySegment")));
    QVERIFY(offered.contains(QStringLiteral("duplicateSegment")));
    QVERIFY(offered.contains(QStringLiteral("removeFault")));
    QCOMPARE(doc->scenario().faults.size(), 1);
    QVERIFY(doc->trace().segments.at(data).dropped);
    QVERIFY(countKind(doc->trace(), SegmentKind::Retransmission) >= 1);
}

void TestMainWindow::undoAndRedoRestoreAndReapplyTheDrop()
{
    ScenarioDocument *doc = m_window->document();
    const int syn = firstDataSegmentOf(doc->trace(), connectingHost(doc->scenario()));
    const int segmentsBefore = int(doc->trace().segments.size());
    QVERIFY(m_window->editor()->dropSegment(syn));
    const int segmentsDropped = int(doc->trace().segments.size());

    QAction *undo = m_window->findChild<QAction *>(QStringLiteral("undo"));
    QAction *redo = m_window->findChild<QAction *>(QStringLiteral("redo"));
    QVERIFY(undo && redo);
    QVERIFY(undo->isEnabled());
    QVERIFY(!redo->isEnabled());

    undo->trigger();
    QVERIFY(doc->scenario().faults.isEmpty());
    QCOMPARE(int(doc->trace().segments.size()), segmentsBefore);
    QCOMPARE(countKind(doc->trace(), SegmentKind::Retransmission), 0);
    QVERIFY(!doc->trace().segments.at(syn).dropped);
    QVERIFY(!doc->isModified());
    QVERIFY(redo->isEnabled());

    redo->trigger();
    QCOMPARE(doc->scenario().faults.size(), 1);
    QCOMPARE(int(doc->trace().segments.size()), segmentsDropped);
    QVERIFY(doc->trace().segments.at(syn).dropped);
    QVERIFY(countKind(doc->trace(), SegmentKind::Retransmission) >= 1);
}

void TestMainWindow::undoActionNamesTheEdit()
{
    ScenarioDocument *doc = m_window->document();
    const QString client = connectingHost(doc->scenario());
    QVERIFY(m_window->editor()->dropSegment(firstSegmentOf(doc->trace(), client)));
    QAction *undo = m_window->findChild<QAction *>(QStringLiteral("undo"));
    // Named as the learner sees the segment: its sender, label and role.
    const int syn = firstSegmentOf(doc->trace(), client);
    const QString expected = QStringLiteral("Drop %1's SYN seq=%2 (the connection request)")
                                 .arg(client)
                                 .arg(doc->trace().segments.at(syn).segment.seq);
    QVERIFY2(undo->text().contains(expected), qPrintable(undo->text()));
    QVERIFY(m_window->findChild<QMenu *>(QStringLiteral("editMenu"))->actions().contains(undo));
}

void TestMainWindow::faultKeepsItsSegmentThroughLaterEditsUndoAndRedo()
{
    QVERIFY(m_window->openBuiltin(QStringLiteral("handshake-and-close")));
    ScenarioDocument *doc = m_window->document();
    auto droppedByFault = [doc]() {
        for (const SegmentRecord &r : doc->trace().segments) {
            if (r.dropReason == DropReason::Fault)
                return r.id;
        }
        return -1;
    };
    // Drop A's last segment (the final ACK), then delay its request by a click each.
    int finalAck = -1, request = -1;
    for (const SegmentRecord &r : doc->trace().segments) {
        if (doc->trace().hostName(r.fromHost) != QLatin1String("A"))
            continue;
        finalAck = r.id;
        if (request < 0 && !r.segment.payload.isEmpty())
            request = r.id;
    }
    QVERIFY(finalAck >= 0 && request >= 0);
    const SegmentIdentity identity = doc->trace().segments.at(finalAck).identity;
    QVERIFY(m_window->editor()->dropSegment(finalAck));
    QVERIFY(m_window->editor()->delaySegment(request, msToUs(400)));

    auto check = [&](const char *when) {
        QCOMPARE(doc->scenario().faults.first().target, FaultTarget::Segment);
        QCOMPARE(doc->scenario().faults.first().segment, identity);
        const int dropped = droppedByFault();
        QVERIFY2(dropped >= 0, when);
        QCOMPARE(doc->trace().segments.at(dropped).identity, identity);
        QCOMPARE(doc->trace().segments.at(dropped).segment.flags, TcpFlags(TcpFlag::Ack));
    };
    check("after the delay");
    auto *list = m_window->findChild<QListWidget *>(QStringLiteral("faultList"));
    QVERIFY(list);
    QCOMPARE(list->count(), 2);
    QVERIFY2(list->item(0)->text().startsWith(QStringLiteral("Drop A's ACK seq=")), qPrintable(list->item(0)->text()));
    QVERIFY2(list->item(0)->text().endsWith(QStringLiteral("(the final ACK)")), qPrintable(list->item(0)->text()));

    doc->undoStack()->undo();
    QCOMPARE(doc->scenario().faults.size(), 1);
    check("after undo");
    doc->undoStack()->redo();
    QCOMPARE(doc->scenario().faults.size(), 2);
    check("after redo");
}

void TestMainWindow::faultWhoseSegmentIsGoneStaysListedAsNotMatching()
{
    QVERIFY(m_window->openBuiltin(QStringLiteral("handshake-and-close")));
    ScenarioDocument *doc = m_window->document();
    // Drop A's SYN, delay the retransmitted SYN, then remove the drop: the retransmission
    // no longer happens, and the delay must not move to another segment.
    QVERIFY(m_window->editor()->dropSegment(firstSegmentOf(doc->trace(), QStringLiteral("A"))));
    int retransmitted = -1;
    for (const SegmentRecord &r : doc->trace().segments) {
        if (retransmitted < 0 && r.kind == SegmentKind::Retransmission && r.segment.has(TcpFlag::Syn))
            retransmitted = r.id;
    }
    QVERIFY(retransmitted >= 0);
    QVERIFY(m_window->editor()->delaySegment(retransmitted, msToUs(300)));
    QVERIFY(m_window->editor()->removeFault(0));

    QCOMPARE(doc->scenario().faults.size(), 1);
    for (const SegmentRecord &r : doc->trace().segments)
        QCOMPARE(r.fault, FaultKind::None);
    auto *list = m_window->findChild<QListWidget *>(QStringLiteral("faultList"));
    QVERIFY(list);
    QCOMPARE(list->count(), 1);
    QCOMPARE(list->item(0)->data(Qt::UserRole).toString(), QStringLiteral("unmatched"));
    QVERIFY2(list->item(0)->text().contains(QStringLiteral("matches no segment in this run")),
             qPrintable(list->item(0)->text()));
}

void TestMainWindow::playheadKeepsItsTimeAcrossResimulation()
{
    ScenarioDocument *doc = m_window->document();
    const SimTime t = msToUs(120);
    QVERIFY(t < m_window->playback()->endTime());
    m_window->playback()->setTime(t);
    QVERIFY(m_window->editor()->dropSegment(firstSegmentOf(doc->trace(),
                                                           connectingHost(doc->scenario()))));
    QCOMPARE(m_window->playback()->time(), t);
    QCOMPARE(m_window->sequenceView()->playhead(), t);
    doc->undoStack()->undo();
    QCOMPARE(m_window->playback()->time(), t);
}

void TestMainWindow::dragDelayFromTheViewAddsADelayFault()
{
    ScenarioDocument *doc = m_window->document();
    const int syn = firstSegmentOf(doc->trace(), connectingHost(doc->scenario()));
    const SimTime arrival = doc->trace().segments.at(syn).arrivesAt;
    emit m_window->sequenceView()->segmentDelayRequested(syn, msToUs(300));
    QCOMPARE(doc->scenario().faults.size(), 1);
    QCOMPARE(doc->scenario().faults.first().kind, FaultKind::Delay);
    QCOMPARE(doc->scenario().faults.first().delta, msToUs(300));
    QCOMPARE(doc->trace().segments.at(syn).arrivesAt, arrival + msToUs(300));
    // A second drag adds to the delay the segment already has.
    emit m_window->sequenceView()->segmentDelayRequested(syn, msToUs(100));
    QCOMPARE(doc->scenario().faults.size(), 1);
    QCOMPARE(doc->scenario().faults.first().delta, msToUs(400));
}

void TestMainWindow::duplicateFromSegmentMenuAddsACopy()
{
    ScenarioDocument *doc = m_window->document();
    const int syn = firstSegmentOf(doc->trace(), connectingHost(doc->scenario()));
    QCOMPARE(countKind(doc->trace(), SegmentKind::Duplicate), 0);
    m_window->milliseconds = 200;
    std::unique_ptr<QMenu> menu(m_window->createSegmentMenu(syn));
    triggerMenuAction(menu.get(), QStringLiteral("duplicateSegment"));
    QCOMPARE(doc->scenario().faults.size(), 1);
    QCOMPARE(doc->scenario().faults.first().kind, FaultKind::Duplicate);
    QCOMPARE(doc->scenario().faults.first().delta, msToUs(200));
    QVERIFY(countKind(doc->trace(), SegmentKind::Duplicate) >= 1);
}

void TestMainWindow::removeFaultFromMenuIsOfferedOnlyForFaultedSegments()
{
    ScenarioDocument *doc = m_window->document();
    const int syn = firstSegmentOf(doc->trace(), connectingHost(doc->scenario()));
    {
        std::unique_ptr<QMenu> menu(m_window->createSegmentMenu(syn));
        QVERIFY(!menu->findChild<QAction *>(QStringLiteral("removeFault"))->isEnabled());
    }
    QVERIFY(m_window->editor()->dropSegment(syn));
    std::unique_ptr<QMenu> menu(m_window->createSegmentMenu(syn));
    triggerMenuAction(menu.get(), QStringLiteral("removeFault"));
    QVERIFY(doc->scenario().faults.isEmpty());
    QVERIFY(!doc->trace().segments.at(syn).dropped);
    QCOMPARE(doc->undoStack()->count(), 2);
}

void TestMainWindow::faultListDeleteKeyRemovesTheFault()
{
    ScenarioDocument *doc = m_window->document();
    QVERIFY(m_window->editor()->dropSegment(firstSegmentOf(doc->trace(),
                                                           connectingHost(doc->scenario()))));
    auto *list = m_window->findChild<QListWidget *>(QStringLiteral("faultList"));
    QVERIFY(list);
    QCOMPARE(list->count(), 1);
    list->setCurrentRow(0);
    QTest::keyClick(list, Qt::Key_Delete);
    QVERIFY(doc->scenario().faults.isEmpty());
    QCOMPARE(list->count(), 0);
    doc->undoStack()->undo();
    QCOMPARE(list->count(), 1);
}

void TestMainWindow::resetScenarioReturnsToTheFileVersionAndIsUndoable()
{
    ScenarioDocument *doc = m_window->document();
    QAction *reset = m_window->findChild<QAction *>(QStringLiteral("resetScenario"));
    QVERIFY(!reset->isEnabled());
    QVERIFY(m_window->editor()->dropSegment(firstSegmentOf(doc->trace(),
                                                           connectingHost(doc->scenario()))));
    QVERIFY(reset->isEnabled());
    reset->trigger();
    QVERIFY(doc->scenario() == doc->fileScenario());
    QVERIFY(!doc->isModified());
    doc->undoStack()->undo();
    QCOMPARE(doc->scenario().faults.size(), 1);
}

void TestMainWindow::invalidSettingIsRefusedWithAReason()
{
    ScenarioDocument *doc = m_window->document();
    QString error;
    QVERIFY(!m_window->editor()->setProtocolSetting(QStringLiteral("syn_retries"),
                                                     QStringLiteral("many"), &error));
    QVERIFY(error.contains(QStringLiteral("syn_retries")));
    QCOMPARE(doc->undoStack()->count(), 0);
    QVERIFY(!m_window->editor()->setNetworkSetting(QStringLiteral("loss"), QStringLiteral("2"),
                                                    &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(doc->undoStack()->count(), 0);
}

void TestMainWindow::validSettingResimulates()
{
    ScenarioDocument *doc = m_window->document();
    const SimTime firstArrival = doc->trace().segments.first().arrivesAt;
    const SimTime sent = doc->trace().segments.first().sentAt;
    QString error;
    QVERIFY2(m_window->editor()->setNetworkSetting(QStringLiteral("delay_ms"),
                                                    QStringLiteral("200"), &error),
             qPrintable(error));
    QCOMPARE(doc->scenario().network.delay, msToUs(200));
    QCOMPARE(doc->trace().segments.first().arrivesAt - doc->trace().segments.first().sentAt,
             msToUs(200));
    QVERIFY(firstArrival - sent != msToUs(200));
    doc->undoStack()->undo();
    QCOMPARE(doc->trace().segments.first().arrivesAt, firstArrival);
}

void TestMainWindow::settingsPanelShowsARefusalInlineAndAppliesAValidValue()
{
    ScenarioDocument *doc = m_window->document();
    auto *edit = m_window->findChild<QLineEdit *>(QStringLiteral("setting:syn_retries"));
    QVERIFY(edit);
    edit->setText(QStringLiteral("many"));
    emit edit->editingFinished();
    QCOMPARE(doc->undoStack()->count(), 0);
    // The explanation sits right under the field.
    QLabel *error = nullptr;
    for (QLabel *label : edit->parentWidget()->findChildren<QLabel *>()) {
        if (!label->isHidden())
            error = label;
    }
    QVERIFY(error);
    QVERIFY2(error->text().contains(QStringLiteral("syn_retries")), qPrintable(error->text()));

    edit->setText(QStringLiteral("2"));
    emit edit->editingFinished();
    QCOMPARE(doc->scenario().protocol.synRetries, 2);
    QCOMPARE(doc->undoStack()->count(), 1);
    QVERIFY(error->isHidden());
    doc->undoStack()->undo();
    QCOMPARE(edit->text(), QStringLiteral("6"));
}

void TestMainWindow::actionButtonAddsTheCallAtThePlayhead()
{
    ScenarioDocument *doc = m_window->document();
    const QString client = connectingHost(doc->scenario());
    auto *host = m_window->findChild<QComboBox *>(QStringLiteral("actionHost"));
    QVERIFY(host);
    host->setCurrentIndex(host->findText(client));
    // Abort once the connection is established: A sends RST instead of closing with FIN.
    const SimTime t = msToUs(200);
    m_window->playback()->setTime(t);
    const int actionsBefore = int(doc->scenario().actions.size());
    auto *abort = m_window->findChild<QPushButton *>(QStringLiteral("action:abort"));
    QVERIFY(abort);
    abort->click();
    QCOMPARE(int(doc->scenario().actions.size()), actionsBefore + 1);
    bool found = false;
    for (const AppAction &a : doc->scenario().actions)
        found = found || (a.kind == AppActionKind::Abort && a.host == client && a.at == t);
    QVERIFY(found);
    bool rst = false;
    for (const SegmentRecord &record : doc->trace().segments) {
        rst = rst
            || (record.sentAt == t && (record.segment.flags & TcpFlag::Rst)
                && doc->trace().hosts.at(record.fromHost).name == client);
    }
    QVERIFY(rst);
    QCOMPARE(m_window->playback()->time(), t);
    doc->undoStack()->undo();
    QCOMPARE(int(doc->scenario().actions.size()), actionsBefore);
}

void TestMainWindow::languageSwitchTranslatesActionsAndBack()
{
    QAction *play = m_window->findChild<QAction *>(QStringLiteral("playPause"));
    QMenu *file = m_window->findChild<QMenu *>(QStringLiteral("fileMenu"));
    QVERIFY(play && file);
    QCOMPARE(play->text(), QStringLiteral("Play"));
    QCOMPARE(file->title(), QStringLiteral("&File"));

    m_window->setLanguage(QStringLiteral("zh_CN"));
    QCoreApplication::processEvents();
    QCOMPARE(play->text(), QStringLiteral("播放"));
    QVERIFY2(file->title().startsWith(QStringLiteral("文件")), qPrintable(file->title()));
    QCOMPARE(m_window->findChild<QDockWidget *>(QStringLiteral("scenarioDock"))->windowTitle(),
             QStringLiteral("场景"));
    QCOMPARE(QSettings().value(QStringLiteral("language")).toString(), QStringLiteral("zh_CN"));

    m_window->setLanguage(QStringLiteral("en"));
    QCoreApplication::processEvents();
    QCOMPARE(play->text(), QStringLiteral("Play"));
    QCOMPARE(file->title(), QStringLiteral("&File"));
}

void TestMainWindow::malformedFileReportsErrorsAndKeepsCurrentScenario()
{
    ScenarioDocument *doc = m_window->document();
    QVERIFY(m_window->editor()->dropSegment(firstSegmentOf(doc->trace(),
                                                           connectingHost(doc->scenario()))));
    const Scenario before = doc->scenario();

    const QString notJson = m_dir.filePath(QStringLiteral("broken.json"));
    QFile f(notJson);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("{ \"version\": 1, \"hosts\": [ ");
    f.close();
    QVERIFY(!m_window->openFile(notJson));
    QCOMPARE(m_window->errorTexts.size(), 1);
    QVERIFY(m_window->errorTexts.first().contains(QStringLiteral("broken.json")));
    // The loader's own explanation is shown, not only "failed".
    const ScenarioFile::LoadResult direct = ScenarioFile::load(notJson);
    QVERIFY(!direct.ok && !direct.errors.isEmpty());
    QVERIFY(m_window->errorTexts.first().contains(direct.errors.first()));

    QVERIFY(doc->scenario() == before);
    QCOMPARE(doc->builtinId(), QStringLiteral("handshake-and-close"));
    QCOMPARE(doc->undoStack()->count(), 1);
}

void TestMainWindow::saveThenReopenGivesTheSameScenario()
{
    ScenarioDocument *doc = m_window->document();
    QVERIFY(m_window->editor()->dropSegment(firstSegmentOf(doc->trace(),
                                                           connectingHost(doc->scenario()))));
    const QString path = m_dir.filePath(QStringLiteral("saved.json"));
    QVERIFY(m_window->saveAs(path));
    QVERIFY(!doc->isModified());
    QCOMPARE(QFileInfo(doc->filePath()), QFileInfo(path));
    const Scenario saved = doc->scenario();

    QVERIFY(m_window->openBuiltin(QStringLiteral("handshake-and-close")));
    QVERIFY(doc->scenario().faults.isEmpty());
    QVERIFY(m_window->openFile(path));
    QVERIFY(doc->scenario() == saved);
    QCOMPARE(doc->scenario().faults.size(), 1);
    QVERIFY(m_window->errorTexts.isEmpty());
}

void TestMainWindow::closingWithUnsavedEditsAsksAndCancelKeepsTheWindow()
{
    ScenarioDocument *doc = m_window->document();
    // An unmodified window closes without asking.
    QVERIFY(m_window->close());
    QCOMPARE(m_window->saveQuestions, 0);
    m_window->show();
    QVERIFY(m_window->editor()->dropSegment(firstSegmentOf(doc->trace(),
                                                           connectingHost(doc->scenario()))));
    m_window->answer = QMessageBox::Cancel;
    QVERIFY(!m_window->close());
    QCOMPARE(m_window->saveQuestions, 1);
    QVERIFY(m_window->isVisible());
    m_window->answer = QMessageBox::Discard;
    QVERIFY(m_window->close());
    QCOMPARE(m_window->saveQuestions, 2);
}

void TestMainWindow::stepForwardAndBackMoveFromEventToEvent()
{
    PlaybackController *playback = m_window->playback();
    const Trace &trace = m_window->document()->trace();
    QVERIFY(!trace.events.isEmpty());
    playback->toStart();
    SimTime firstAfterZero = -1;
    for (const TraceEvent &event : trace.events) {
        if (event.time > 0) {
            firstAfterZero = event.time;
            break;
        }
    }
    QVERIFY(firstAfterZero > 0);
    m_window->findChild<QAction *>(QStringLiteral("stepForward"))->trigger();
    QCOMPARE(playback->time(), firstAfterZero);
    m_window->findChild<QAction *>(QStringLiteral("stepBack"))->trigger();
    QVERIFY(playback->time() < firstAfterZero);
    m_window->findChild<QAction *>(QStringLiteral("toEnd"))->trigger();
    QCOMPARE(playback->time(), trace.events.constLast().time);
}

void TestMainWindow::quietStretchesAreSkippedWhilePlaying()
{
    PlaybackController *playback = m_window->playback();
    playback->setSpeed(1.0);
    playback->setSkipQuietStretches(true);
    // Find a gap between consecutive events longer than 5 s with nothing in flight (the
    // TIME-WAIT of handshake-and-close).
    const QList<SimTime> &times = playback->eventTimes();
    int gap = -1;
    for (int i = 0; i + 1 < times.size(); ++i) {
        if (times.at(i + 1) - times.at(i) > secondsToUs(5)
            && m_window->document()->trace().segmentsInFlight(times.at(i)).isEmpty()) {
            gap = i;
            break;
        }
    }
    QVERIFY2(gap >= 0, "handshake-and-close should have a quiet TIME-WAIT");
    const SimTime from = times.at(gap);
    const SimTime next = times.at(gap + 1);
    // One frame of wall time jumps to just before the next event...
    const SimTime after = playback->advance(from, 16'000'000);
    QVERIFY(after > from + secondsToUs(1));
    QVERIFY(after < next);
    // ...and without the option the same frame moves 16 ms.
    playback->setSkipQuietStretches(false);
    QCOMPARE(playback->advance(from, 16'000'000), from + msToUs(16));
}

void TestMainWindow::playingMovesThePlayheadAndStopsAtTheEnd()
{
    PlaybackController *playback = m_window->playback();
    playback->setSpeed(PlaybackController::maxSpeed);
    playback->setSkipQuietStretches(true);
    playback->toStart();
    m_window->findChild<QAction *>(QStringLiteral("playPause"))->trigger();
    QVERIFY(playback->isPlaying());
    QCOMPARE(m_window->findChild<QAction *>(QStringLiteral("playPause"))->text(),
             QStringLiteral("Pause"));
    QTRY_VERIFY_WITH_TIMEOUT(playback->time() > 0, 2000);
    QCOMPARE(m_window->sequenceView()->playhead(), playback->time());
    // 61 s of virtual time at 10× with the quiet TIME-WAIT skipped: a few seconds at most.
    QTRY_VERIFY_WITH_TIMEOUT(!playback->isPlaying(), 15000);
    QCOMPARE(playback->time(), playback->endTime());
    QCOMPARE(m_window->findChild<QAction *>(QStringLiteral("playPause"))->text(),
             QStringLiteral("Play"));
}

void TestMainWindow::speedThatIsNotFiniteIsRefusedAndPlayingGoesOn_data()
{
    QTest::addColumn<double>("speed");
    QTest::addColumn<double>("expected");
    QTest::newRow("NaN") << std::nan("") << 2.0;
    QTest::newRow("+infinity") << std::numeric_limits<double>::infinity() << 2.0;
    QTest::newRow("-infinity") << -std::numeric_limits<double>::infinity() << 2.0;
    QTest::newRow("negative") << -3.0 << PlaybackController::minSpeed;
    QTest::newRow("zero") << 0.0 << PlaybackController::minSpeed;
    QTest::newRow("too fast") << 1e300 << PlaybackController::maxSpeed;
}

void TestMainWindow::speedThatIsNotFiniteIsRefusedAndPlayingGoesOn()
{
    // A NaN speed passed std::clamp unchanged and froze the playhead for good.
    QFETCH(double, speed);
    QFETCH(double, expected);
    PlaybackController *playback = m_window->playback();
    playback->setSpeed(2.0);
    playback->setSpeed(speed);
    QCOMPARE(playback->speed(), expected);
    playback->setSkipQuietStretches(false);
    const SimTime from = playback->eventTimes().value(1);
    QVERIFY(playback->advance(from, 100'000'000) > from);
}

void TestMainWindow::reopeningRestoresLastScenarioSpeedAndLanguage()
{
    QVERIFY(ScenarioLibrary::contains(QStringLiteral("lost-syn")));
    QVERIFY(m_window->openBuiltin(QStringLiteral("lost-syn")));
    m_window->playback()->setSpeed(2.0);
    m_window->setLanguage(QStringLiteral("zh_CN"));
    QVERIFY(m_window->close());
    m_window.reset();

    m_language->setLanguage(QSettings().value(QStringLiteral("language")).toString());
    m_window = std::make_unique<TestWindow>(m_language.get());
    m_window->openInitialScenario();
    QCOMPARE(m_window->document()->builtinId(), QStringLiteral("lost-syn"));
    QCOMPARE(m_window->playback()->speed(), 2.0);
    QCOMPARE(LanguageManager::currentLanguage(), QStringLiteral("zh_CN"));
    QCOMPARE(m_window->findChild<QAction *>(QStringLiteral("playPause"))->text(),
             QStringLiteral("播放"));
}

void TestMainWindow::exportActionWritesThePicture()
{
    const QString path = m_dir.filePath(QStringLiteral("diagram.png"));
    QFile::remove(path);
    bool answered = false;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<ExportDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        answered = true;
        dialog->setStepSeries(false);
        dialog->setFormat(ExportFormat::Png);
        dialog->setRange(ExportDialog::Range::WholeRun);
        dialog->setPath(path);
        dialog->accept();
        if (dialog->isVisible()) // the export failed: do not hang the test
            dialog->reject();
    });
    m_window->findChild<QAction *>(QStringLiteral("exportDiagram"))->trigger();
    QVERIFY(answered);
    QVERIFY(QFileInfo(path).size() > 0);
    QImage image(path);
    QVERIFY(!image.isNull());
    QVERIFY(image.height() > 200);
}

void TestMainWindow::whatTheScreenShowsIsTakenFromTheComparisonPanes()
{
    // The single diagram, hidden behind the comparison, is left at the end of the run
    // while the panes show its start: "what the screen shows" is what the panes show.
    QVERIFY(m_window->openBuiltin(QStringLiteral("lost-final-ack")));
    SequenceDiagramView *single = m_window->sequenceView();
    single->setZoom(single->zoom() * 8);
    single->verticalScrollBar()->setValue(single->verticalScrollBar()->maximum());
    m_window->findChild<QAction *>(QStringLiteral("compareNoTimeWait"))->trigger();
    auto *comparison = m_window->findChild<ComparisonView *>(QStringLiteral("comparison"));
    QVERIFY(comparison && comparison->isVisible());
    SequenceDiagramView *left = comparison->leftView();
    left->setZoom(left->zoom() * 8);
    left->verticalScrollBar()->setValue(0);
    QCoreApplication::processEvents();
    const auto [shownFrom, shownTo] = comparison->shownTimeRange();
    QVERIFY(shownFrom >= 0 && shownTo > shownFrom);
    QVERIFY(shownTo < m_window->document()->trace().endTime);

    SimTime from = -1;
    SimTime to = -1;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<ExportDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        dialog->setRange(ExportDialog::Range::Visible);
        from = dialog->options().from;
        to = dialog->options().to;
        dialog->reject();
    });
    m_window->findChild<QAction *>(QStringLiteral("exportDiagram"))->trigger();
    QCOMPARE(from, shownFrom);
    QCOMPARE(to, shownTo);
    m_window->findChild<QAction *>(QStringLiteral("compareNone"))->trigger();
}

void TestMainWindow::comparingWithTheTeachingVariantShowsBothRuns()
{
    // A scenario that names a variant to compare with.
    QString id;
    for (const Scenario &scenario : ScenarioLibrary::scenarios()) {
        if (!scenario.compareVariant.isEmpty()) {
            id = scenario.id;
            break;
        }
    }
    QVERIFY2(!id.isEmpty(), "no built-in scenario has compare_variant");
    QAction *withVariant = m_window->findChild<QAction *>(QStringLiteral("compareVariant"));
    QVERIFY(!withVariant->isEnabled()); // handshake-and-close names none
    QVERIFY(m_window->openBuiltin(id));
    QVERIFY(withVariant->isEnabled());
    withVariant->trigger();
    auto *comparison = m_window->findChild<ComparisonView *>(QStringLiteral("comparison"));
    QVERIFY(comparison && comparison->isVisible());
    QVERIFY(!m_window->sequenceView()->isVisible());
    QVERIFY(comparison->leftView()->trace() == &m_window->document()->trace());
    QVERIFY(comparison->rightView()->trace() != nullptr);
    // The variant leaves a rule out, so the runs part ways somewhere.
    QVERIFY(comparison->divergence().has_value());

    m_window->findChild<QAction *>(QStringLiteral("compareNone"))->trigger();
    QVERIFY(m_window->sequenceView()->isVisible());
    QVERIFY(!comparison->isVisible());
}

void TestMainWindow::anyScenarioCanBeComparedWithAnyVariant()
{
    // handshake-and-close names no variant, yet the menu offers every other rule set.
    QVERIFY(m_window->openBuiltin(QStringLiteral("handshake-and-close")));
    QAction *standard = m_window->findChild<QAction *>(QStringLiteral("compareStandard"));
    QAction *noTimeWait = m_window->findChild<QAction *>(QStringLiteral("compareNoTimeWait"));
    QVERIFY(standard && noTimeWait);
    QVERIFY(!standard->isEnabled()); // the run already follows the real rule
    QVERIFY(noTimeWait->isEnabled());
    noTimeWait->trigger();
    auto *comparison = m_window->findChild<ComparisonView *>(QStringLiteral("comparison"));
    QVERIFY(comparison && comparison->isVisible());
    // Without TIME-WAIT the client forgets the connection at once: the runs part ways there.
    QVERIFY(comparison->divergence().has_value());
    const Trace *right = comparison->rightView()->trace();
    QVERIFY(right);
    bool skipped = false;
    for (const TraceEvent &e : right->events)
        skipped |= e.type == TraceEventType::State && e.cause == StateCause::NoTimeWait;
    QVERIFY(skipped);
    m_window->findChild<QAction *>(QStringLiteral("compareNone"))->trigger();
}

void TestMainWindow::faultEditsFindTheRuleTheRunRecorded()
{
    ScenarioDocument *doc = m_window->document();
    const QString client = connectingHost(doc->scenario());
    const Trace &trace = doc->trace();
    // The server: whoever answers the client's SYN with SYN,ACK.
    QString server;
    for (const SegmentRecord &record : trace.segments) {
        if (record.segment.has(TcpFlag::Syn | TcpFlag::Ack))
            server = trace.hostName(record.fromHost);
    }
    QVERIFY(!server.isEmpty() && server != client);
    auto firstFinOf = [&](const QString &host) {
        for (const SegmentRecord &record : doc->trace().segments) {
            if (record.duplicateOf < 0 && doc->trace().hostName(record.fromHost) == host
                && record.segment.has(TcpFlag::Fin)) {
                return record.id;
            }
        }
        return -1;
    };

    // Rule 0 delays the client's SYN; rule 1 drops the server's first FIN, keyed by its
    // flags rather than by its ordinal among all the server's segments.
    const int syn = firstSegmentOf(trace, client);
    QVERIFY(m_window->editor()->delaySegment(syn, msToUs(10)));
    FaultRule finRule;
    QVERIFY(parseFaultRule(FaultKind::Drop, server + QStringLiteral(":FIN#1"), &finRule, nullptr));
    QVERIFY(m_window->editor()->addFault(finRule));
    QCOMPARE(doc->scenario().faults.size(), 2);

    const int fin = firstFinOf(server);
    QVERIFY(fin >= 0);
    QVERIFY(doc->trace().segments.at(fin).dropped);
    QCOMPARE(ScenarioEdits::faultIndexForSegment(doc->scenario(), doc->trace(), syn), 0);
    QCOMPARE(ScenarioEdits::faultIndexForSegment(doc->scenario(), doc->trace(), fin), 1);
    const int untouched = firstDataSegmentOf(doc->trace(), client);
    QVERIFY(untouched >= 0);
    QCOMPARE(ScenarioEdits::faultIndexForSegment(doc->scenario(), doc->trace(), untouched), -1);
    QCOMPARE(ScenarioEdits::faultIndexForSegment(doc->scenario(), doc->trace(), -1), -1);

    // "Remove Fault" on the FIN removes the second rule and keeps the first.
    {
        std::unique_ptr<QMenu> menu(m_window->createSegmentMenu(fin));
        triggerMenuAction(menu.get(), QStringLiteral("removeFault"));
    }
    QCOMPARE(doc->scenario().faults.size(), 1);
    QCOMPARE(doc->scenario().faults.first().kind, FaultKind::Delay);
    QVERIFY(!doc->trace().segments.at(firstFinOf(server)).dropped);

    // A network copy stands for its original: both find the duplicate rule.
    QVERIFY(m_window->editor()->duplicateSegment(untouched, msToUs(50)));
    int copy = -1;
    for (const SegmentRecord &record : doc->trace().segments) {
        if (record.duplicateOf >= 0)
            copy = record.id;
    }
    QVERIFY(copy >= 0);
    const int original = doc->trace().segments.at(copy).duplicateOf;
    QCOMPARE(ScenarioEdits::faultIndexForSegment(doc->scenario(), doc->trace(), original), 1);
    QCOMPARE(ScenarioEdits::faultIndexForSegment(doc->scenario(), doc->trace(), copy), 1);
}

void TestMainWindow::everyActionIdHasANamedLabelledAction()
{
    for (ActionId id : allActionIds()) {
        QAction *action = m_window->action(id);
        QVERIFY2(action, qPrintable(QString::number(int(id))));
        QCOMPARE(action->objectName(), QLatin1String(ActionTable::spec(id).objectName));
        QVERIFY2(!action->objectName().isEmpty(), qPrintable(QString::number(int(id))));
        QVERIFY2(!action->text().isEmpty(), qPrintable(action->objectName()));
        // Found by name, as main.cpp's --compare and these tests find them.
        QCOMPARE(m_window->findChild<QAction *>(action->objectName()), action);
    }
}

void TestMainWindow::actionObjectNamesAreUnique()
{
    QSet<QString> names;
    for (ActionId id : allActionIds()) {
        const QString name = m_window->action(id)->objectName();
        QVERIFY2(!names.contains(name), qPrintable(name));
        names.insert(name);
        // Nothing else in the window answers to the same name.
        QCOMPARE(m_window->findChildren<QAction *>(name).size(), 1);
    }
}

void TestMainWindow::everyActionWithAShortcutIsInAMenu()
{
    const QSet<QAction *> reachable = actionsInMenus(m_window->menuBar());
    int withShortcut = 0;
    for (ActionId id : allActionIds()) {
        QAction *action = m_window->action(id);
        if (action->shortcuts().isEmpty())
            continue;
        ++withShortcut;
        QVERIFY2(reachable.contains(action), qPrintable(action->objectName()));
    }
    QVERIFY(withShortcut > 10);
}

void TestMainWindow::retranslationChangesEveryActionTextAndBack()
{
    QStringList english; // by ActionId
    for (ActionId id : allActionIds())
        english.append(m_window->action(id)->text());

    m_window->setLanguage(QStringLiteral("zh_CN"));
    QCoreApplication::processEvents();
    for (ActionId id : allActionIds()) {
        const QString chinese = m_window->action(id)->text();
        QVERIFY2(!chinese.isEmpty() && chinese != english.at(int(id)),
                 qPrintable(m_window->action(id)->objectName() + QStringLiteral(": ") + chinese));
    }

    m_window->setLanguage(QStringLiteral("en"));
    QCoreApplication::processEvents();
    for (ActionId id : allActionIds())
        QCOMPARE(m_window->action(id)->text(), english.at(int(id)));
}

void TestMainWindow::everyProtocolVariantHasItsCompareAction()
{
    QMenu *compare = m_window->findChild<QMenu *>(QStringLiteral("compareMenu"));
    QVERIFY(compare);
    const ProtocolVariant own = m_window->document()->scenario().protocol.variant;
    QSet<QAction *> seen;
    for (ProtocolVariant variant : protocolVariants()) {
        QAction *action = m_window->action(ComparisonChoices::actionFor(variant));
        QVERIFY2(!seen.contains(action), qPrintable(protocolVariantName(variant)));
        seen.insert(action);
        QVERIFY(compare->actions().contains(action));
        QCOMPARE(action->isEnabled(), variant != own);
        if (!action->isEnabled())
            continue;
        action->trigger();
        QCOMPARE(m_window->document()->comparison(), CompareWith::Variant);
        QCOMPARE(m_window->document()->comparedVariant(), variant);
        QVERIFY(action->isChecked());
    }
}

void TestMainWindow::documentResimulatesTheComparisonBeforeAnnouncingTheTrace()
{
    ScenarioDocument *doc = m_window->document();
    m_window->action(ActionId::CompareShipped)->trigger();
    QCOMPARE(doc->comparison(), CompareWith::FileVersion);
    QStringList heard;
    connect(doc, &ScenarioDocument::comparisonChanged, this,
            [&] { heard.append(QStringLiteral("comparison")); });
    connect(doc, &ScenarioDocument::traceChanged, this,
            [&] { heard.append(QStringLiteral("trace")); });
    QVERIFY(m_window->editor()->dropSegment(firstSegmentOf(doc->trace(),
                                                           connectingHost(doc->scenario()))));
    disconnect(doc, nullptr, this, nullptr);
    // The comparison view gets both runs before the views that follow the playhead do.
    QCOMPARE(heard, QStringList({QStringLiteral("comparison"), QStringLiteral("trace")}));
    const Scenario &shipped = doc->fileScenario();
    QCOMPARE(traceToText(doc->comparisonTrace(), shipped),
             traceToText(Simulator::run(shipped), shipped));
    auto *comparison = m_window->findChild<ComparisonView *>(QStringLiteral("comparison"));
    QVERIFY(comparison->leftView()->trace() == &doc->trace());
    QVERIFY(comparison->rightView()->trace() == &doc->comparisonTrace());
    QVERIFY(comparison->divergence().has_value());
}

void TestMainWindow::comparisonEndsWhenAnEditGivesTheRunTheComparedRuleSet()
{
    ScenarioDocument *doc = m_window->document();
    QAction *noTimeWait = m_window->action(ActionId::CompareNoTimeWait);
    noTimeWait->trigger();
    QCOMPARE(doc->comparison(), CompareWith::Variant);
    QString error;
    QVERIFY2(m_window->editor()->setProtocolSetting(QStringLiteral("variant"),
                                                     QStringLiteral("no-time-wait"), &error),
             qPrintable(error));
    QCOMPARE(doc->comparison(), CompareWith::Nothing);
    QVERIFY(doc->comparisonTrace().events.isEmpty());
    QVERIFY(!noTimeWait->isEnabled());
    QVERIFY(m_window->action(ActionId::CompareNone)->isChecked());
    QVERIFY(m_window->sequenceView()->isVisible());
    // Undoing the edit does not bring the comparison back unasked.
    doc->undoStack()->undo();
    QCOMPARE(doc->comparison(), CompareWith::Nothing);
    QVERIFY(noTimeWait->isEnabled());
}

void TestMainWindow::savingMakesTheSavedVersionTheOneComparedAsShipped()
{
    ScenarioDocument *doc = m_window->document();
    m_window->action(ActionId::CompareShipped)->trigger();
    QVERIFY(m_window->editor()->dropSegment(firstSegmentOf(doc->trace(),
                                                           connectingHost(doc->scenario()))));
    QVERIFY(traceToText(doc->comparisonTrace(), doc->scenario())
            != traceToText(doc->trace(), doc->scenario()));
    QVERIFY(m_window->saveAs(m_dir.filePath(QStringLiteral("compared.json"))));
    QCOMPARE(doc->comparison(), CompareWith::FileVersion);
    QCOMPARE(traceToText(doc->comparisonTrace(), doc->scenario()),
             traceToText(doc->trace(), doc->scenario()));
}

void TestMainWindow::redoAnswersBothCtrlShiftZAndCtrlY()
{
    ScenarioDocument *doc = m_window->document();
    const int data = firstDataSegmentOf(doc->trace(), connectingHost(doc->scenario()));
    QVERIFY(data >= 0);
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));

    const QList<std::pair<Qt::Key, Qt::KeyboardModifiers>> redoKeys = {
        {Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier}, {Qt::Key_Y, Qt::ControlModifier}};
    QVERIFY(m_window->editor()->dropSegment(data));
    for (const auto &[key, modifiers] : redoKeys) {
        QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(doc->scenario().faults.isEmpty());
        QTest::keyClick(m_window.get(), key, modifiers);
        QCOMPARE(doc->scenario().faults.size(), 1);
        QVERIFY(doc->trace().segments.at(data).dropped);
    }
}

void TestMainWindow::windowFitsTheScreenAndLeavesTheDiagramRoom_data()
{
    QTest::addColumn<QRect>("available");
    QTest::newRow("1024x768") << QRect(0, 0, 1024, 768 - 32);
    QTest::newRow("1366x768") << QRect(0, 0, 1366, 768 - 32);
    QTest::newRow("1920x1080") << QRect(0, 0, 1920, 1080 - 40);
    QTest::newRow("4K") << QRect(0, 0, 3840, 2160 - 48);
}

void TestMainWindow::windowFitsTheScreenAndLeavesTheDiagramRoom()
{
    QFETCH(QRect, available);
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
        m_window->setLanguage(language);
        m_window->fitToScreen(available);
        QCoreApplication::processEvents();
        QVERIFY2(available.contains(m_window->geometry()),
                 qPrintable(QStringLiteral("%1: window %2x%3 at %4,%5")
                                .arg(language)
                                .arg(m_window->width())
                                .arg(m_window->height())
                                .arg(m_window->x())
                                .arg(m_window->y())));
        // The diagram is the lesson: at least two fifths of the window's width.
        const int diagram = m_window->centralWidget()->width();
        QVERIFY2(diagram >= m_window->width() * 2 / 5,
                 qPrintable(QStringLiteral("%1: diagram %2 of %3")
                                .arg(language)
                                .arg(diagram)
                                .arg(m_window->width())));
    }
}

void TestMainWindow::nextWindowRestoresGeometryAndDockLayout()
{
    auto *sockets = m_window->findChild<QDockWidget *>(QStringLiteral("socketDock"));
    auto *state = m_window->findChild<QDockWidget *>(QStringLiteral("stateDock"));
    QVERIFY(sockets && state);
    sockets->hide();
    m_window->addDockWidget(Qt::LeftDockWidgetArea, state);
    m_window->fitToScreen(QRect(0, 0, 1366, 736));
    QCoreApplication::processEvents();
    const QSize size = m_window->size();
    QVERIFY(m_window->close());
    m_window.reset();

    m_window = std::make_unique<TestWindow>(m_language.get());
    m_window->openInitialScenario();
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QCOMPARE(m_window->size(), size);
    QVERIFY(!m_window->findChild<QDockWidget *>(QStringLiteral("socketDock"))->isVisible());
    QCOMPARE(m_window->dockWidgetArea(m_window->findChild<QDockWidget *>(QStringLiteral("stateDock"))),
             Qt::LeftDockWidgetArea);
}

// The diagram views of 1024×768 and 1366×768 windows with the docks as they start (issue 9):
// at 1024 the docks stand in one column, so a three-host story still has room; the
// widths measured here are the ones tst_layout_properties lays syn-flood out at.
void TestMainWindow::synFloodFitsTheDiagramViewOnSmallScreens_data()
{
    QTest::addColumn<QRect>("available");
    QTest::addColumn<int>("viewWidth");
    QTest::newRow("1024x768") << QRect(0, 0, 1024, 768 - 32) << 734;
    QTest::newRow("1366x768") << QRect(0, 0, 1366, 768 - 32) << 715;
}

void TestMainWindow::synFloodFitsTheDiagramViewOnSmallScreens()
{
    QFETCH(QRect, available);
    QFETCH(int, viewWidth);
    m_window->fitToScreen(available);
    m_window->answer = QMessageBox::Discard;
    QVERIFY(m_window->openBuiltin(QStringLiteral("syn-flood")));
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
        m_window->setLanguage(language);
        QCoreApplication::processEvents();
        SequenceDiagramView *view = m_window->sequenceView();
        const int width = view->viewport()->width();
        // Within a few pixels of the measured width (fonts differ a little by machine).
        QVERIFY2(std::abs(width - viewWidth) <= 12,
                 qPrintable(QStringLiteral("%1: the diagram view is %2 px wide").arg(language).arg(width)));
        const SequenceLayout &L = view->diagramLayout();
        QCOMPARE(L.lifelines.size(), 3);
        // Exactly the viewport's width, not a pixel more: no horizontal scrollbar.
        QVERIFY2(L.size.width() <= width && view->horizontalScrollBar()->maximum() == 0,
                 qPrintable(QStringLiteral("%1: syn-flood is %2 px wide in a %3 px view")
                                .arg(language)
                                .arg(L.size.width())
                                .arg(width)));
    }
}

void TestMainWindow::smallScreenStartsWithOneDockColumnAndTheLearnersLayoutWinsNextTime()
{
    auto dockArea = [this](const char *name) {
        return m_window->dockWidgetArea(m_window->findChild<QDockWidget *>(QLatin1String(name)));
    };
    m_window->fitToScreen(QRect(0, 0, 1024, 736));
    QCoreApplication::processEvents();
    for (QDockWidget *dock : m_window->findChildren<QDockWidget *>())
        QVERIFY2(dock->isFloating() || m_window->dockWidgetArea(dock) != Qt::RightDockWidgetArea,
                 qPrintable(dock->objectName()));
    QVERIFY(m_window->findChild<QDockWidget *>(QStringLiteral("narrationDock"))->isVisible());
    // A larger screen gets the two columns back.
    m_window->fitToScreen(QRect(0, 0, 1366, 736));
    QCoreApplication::processEvents();
    QCOMPARE(dockArea("stateDock"), Qt::RightDockWidgetArea);
    QCOMPARE(dockArea("narrationDock"), Qt::RightDockWidgetArea);
    QCOMPARE(dockArea("faultDock"), Qt::LeftDockWidgetArea);

    // On the small screen the learner puts the state diagram back on the right: the next
    // window opens as they left it.
    m_window->fitToScreen(QRect(0, 0, 1024, 736));
    QCoreApplication::processEvents();
    m_window->addDockWidget(Qt::RightDockWidgetArea, m_window->findChild<QDockWidget *>(QStringLiteral("stateDock")));
    QVERIFY(m_window->close());
    m_window.reset();
    m_window = std::make_unique<TestWindow>(m_language.get());
    m_window->openInitialScenario();
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QCOMPARE(dockArea("stateDock"), Qt::RightDockWidgetArea);
    QCOMPARE(dockArea("narrationDock"), Qt::LeftDockWidgetArea);
}

void TestMainWindow::dockTabsShowWholeNames()
{
    m_window->setLanguage(QStringLiteral("zh_CN"));
    m_window->fitToScreen(QRect(0, 0, 1366, 736));
    QCoreApplication::processEvents();
    const QList<QTabBar *> bars = m_window->findChildren<QTabBar *>(Qt::FindDirectChildrenOnly);
    QVERIFY(!bars.isEmpty()); // the docks are tabbed at the start
    for (QTabBar *bar : bars) {
        QCOMPARE(bar->elideMode(), Qt::ElideNone);
        QVERIFY(bar->usesScrollButtons());
        for (int i = 0; i < bar->count(); ++i) {
            const int textWidth = bar->fontMetrics().horizontalAdvance(bar->tabText(i));
            QVERIFY2(bar->tabRect(i).width() >= textWidth, qPrintable(bar->tabText(i)));
        }
    }
}

void TestMainWindow::undoTextFollowsALanguageSwitch()
{
    ScenarioDocument *doc = m_window->document();
    const int data = firstDataSegmentOf(doc->trace(), connectingHost(doc->scenario()));
    QVERIFY(m_window->editor()->dropSegment(data));
    QAction *undo = m_window->action(ActionId::Undo);
    const QString english = undo->text();
    QVERIFY2(english.contains(QStringLiteral("Drop")), qPrintable(english));

    m_window->setLanguage(QStringLiteral("zh_CN"));
    QVERIFY2(!undo->text().contains(QStringLiteral("Drop")), qPrintable(undo->text()));
    QVERIFY2(doc->undoStack()->undoText().contains(QStringLiteral("丢弃")),
             qPrintable(doc->undoStack()->undoText()));
    // Undone, the same edit is named by Redo in the new language too.
    undo->trigger();
    QVERIFY2(m_window->action(ActionId::Redo)->text().contains(QStringLiteral("丢弃")),
             qPrintable(m_window->action(ActionId::Redo)->text()));

    m_window->setLanguage(QStringLiteral("en"));
    QVERIFY2(m_window->action(ActionId::Redo)->text().contains(QStringLiteral("Drop")),
             qPrintable(m_window->action(ActionId::Redo)->text()));
}

void TestMainWindow::openingAnotherScenarioClearsTheStateExplanation()
{
    auto *state = m_window->findChild<StateDiagramWidget *>();
    QVERIFY(state);
    state->setSelectedState(TcpState::Listen);
    QVERIFY(state->hasSelection());
    // An edit keeps the lesson, and the explanation with it.
    ScenarioDocument *doc = m_window->document();
    QVERIFY(m_window->editor()->dropSegment(
        firstDataSegmentOf(doc->trace(), connectingHost(doc->scenario()))));
    QVERIFY(state->hasSelection());
    m_window->answer = QMessageBox::Discard;
    QVERIFY(m_window->openBuiltin(QStringLiteral("lost-syn")));
    QVERIFY(!state->hasSelection());
}

void TestMainWindow::segmentMenuHeadingIsNotCut()
{
    const Trace &trace = m_window->document()->trace();
    const int synAck = firstSegmentOf(trace, QStringLiteral("B"));
    QVERIFY(synAck >= 0);
    std::unique_ptr<QMenu> menu(m_window->createSegmentMenu(synAck));
    QVERIFY(menu);
    auto *heading = menu->findChild<QLabel *>(QStringLiteral("segmentMenuHeading"));
    QVERIFY(heading);
    QVERIFY(heading->text().contains(trace.segments.at(synAck).segment.summary()));
    menu->popup(m_window->mapToGlobal(QPoint(100, 100)));
    QVERIFY(QTest::qWaitForWindowExposed(menu.get()));
    QVERIFY2(heading->width() >= heading->sizeHint().width(),
             qPrintable(QStringLiteral("%1 < %2").arg(heading->width()).arg(heading->sizeHint().width())));
    menu->hide();
}

void TestMainWindow::variantBoxShowsWholeNamesOnASmallScreen()
{
    m_window->fitToScreen(QRect(0, 0, 1024, 736));
    m_window->findChild<QDockWidget *>(QStringLiteral("settingsDock"))->raise();
    QCoreApplication::processEvents();
    auto *variant = m_window->findChild<QComboBox *>(QStringLiteral("setting:variant"));
    QVERIFY(variant);
    QCOMPARE(variant->count(), int(protocolVariants().size()));
    for (int i = 0; i < variant->count(); ++i) {
        const int text = variant->fontMetrics().horizontalAdvance(variant->itemText(i));
        QVERIFY2(variant->width() > text, qPrintable(variant->itemText(i)));
    }
}

namespace {

// A scenario file whose every one of `count` keys is unknown.
QByteArray scenarioWithBadKeys(int count)
{
    QByteArray json = "{\n  \"version\": 1";
    for (int i = 0; i < count; ++i)
        json += ",\n  \"no_such_key_" + QByteArray::number(i) + "\": " + QByteArray::number(i);
    return json + "\n}\n";
}

// tcplab --screenshot, with the offscreen platform and English messages.
struct GuiRun {
    bool finished = false;
    int exitCode = -1;
    QString err;
};

GuiRun runGui(const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(TCPLAB_GUI_PATH), QStringList{QStringLiteral("--lang=en")} + arguments);
    GuiRun run;
    // A run that shows a modal box never ends by itself: give up well before the test's limit.
    run.finished = process.waitForFinished(30000);
    if (!run.finished) {
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.exitCode = process.exitCode();
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

} // namespace

void TestMainWindow::errorWithTwoHundredProblemsFitsTheScreenAndCanBeCopied()
{
    const QString path = m_dir.filePath(QStringLiteral("two-hundred-problems.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(scenarioWithBadKeys(200));
    file.close();
    const int problemCount = int(ScenarioFile::load(path).errors.size());
    QVERIFY2(problemCount >= 200, qPrintable(QString::number(problemCount)));

    // The window as the program makes it (not TestWindow, which answers errors itself).
    MainWindow window(m_language.get());
    window.openInitialScenario();
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QRect screen = window.screen()->availableGeometry();
    bool inspected = false;
    QRect dialogGeometry;
    int listed = -1;
    bool scrolls = false;
    QString copied;
    QTimer::singleShot(0, &window, [&] {
        QWidget *modal = QApplication::activeModalWidget();
        if (!modal)
            return;
        inspected = true;
        dialogGeometry = modal->frameGeometry();
        if (auto *list = modal->findChild<QListWidget *>(QStringLiteral("problemList"))) {
            listed = list->count();
            scrolls = list->verticalScrollBar()->maximum() > 0;
        }
        if (auto *copy = modal->findChild<QPushButton *>(QStringLiteral("copyProblems"))) {
            copy->click();
            copied = QGuiApplication::clipboard()->text();
        }
        modal->close();
    });
    QVERIFY(!window.openFile(path));
    QVERIFY(inspected);
    QVERIFY2(dialogGeometry.height() <= screen.height(),
             qPrintable(QStringLiteral("%1 px high on a screen of %2").arg(dialogGeometry.height()).arg(screen.height())));
    QVERIFY(dialogGeometry.width() <= screen.width());
    QCOMPARE(listed, problemCount);
    QVERIFY(scrolls);
    QVERIFY(copied.contains(QDir::toNativeSeparators(path)));
    QVERIFY(copied.contains(QLatin1String("no_such_key_0")));
    QVERIFY(copied.contains(QLatin1String("no_such_key_199")));
    QCOMPARE(copied.count(QLatin1Char('\n')), problemCount + 2); // title, summary, problems
}

void TestMainWindow::screenshotWithABadScenarioEndsWithTheErrorOnStandardError_data()
{
    QTest::addColumn<bool>("asFileArgument");
    QTest::newRow("--scenario FILE") << false;
    QTest::newRow("FILE") << true;
}

void TestMainWindow::screenshotWithABadScenarioEndsWithTheErrorOnStandardError()
{
    // Nobody can close a modal box in an offscreen screenshot run: it waited for ever.
    QFETCH(bool, asFileArgument);
    const QString bad = m_dir.filePath(QStringLiteral("bad-for-screenshot.json"));
    QFile file(bad);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(scenarioWithBadKeys(3));
    file.close();
    const QString picture = m_dir.filePath(QStringLiteral("never.png"));
    const QStringList scenario = asFileArgument ? QStringList{bad} : QStringList{QStringLiteral("--scenario"), bad};
    const GuiRun run = runGui(QStringList{QStringLiteral("--screenshot"), picture} + scenario);
    QVERIFY2(run.finished, "tcplab --screenshot waited for someone to close an error box");
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(QLatin1String("tcplab: Cannot Open Scenario")), qPrintable(run.err));
    QVERIFY2(run.err.contains(QLatin1String("no_such_key_2")), qPrintable(run.err));
    QVERIFY(!QFile::exists(picture));
}

void TestMainWindow::fileArgumentOpensTheScenarioAsTheScenarioOptionDoes()
{
    // A lesson unlike the first one opened by default (handshake-and-close).
    const QString lesson = QStringLiteral(TCPLAB_SOURCE_DIR "/resources/scenarios/lost-syn.json");
    QVERIFY(QFile::exists(lesson));
    auto screenshot = [this](const QString &name, const QStringList &arguments) {
        const QString path = m_dir.filePath(name);
        const GuiRun run = runGui(QStringList{QStringLiteral("--screenshot"), path, QStringLiteral("--size=1000x700")}
                                  + arguments);
        if (!run.finished || run.exitCode != 0) {
            qWarning("%s", qPrintable(run.err));
            return QImage();
        }
        return QImage(path);
    };
    const QImage byArgument = screenshot(QStringLiteral("argument.png"), {lesson});
    const QImage byOption = screenshot(QStringLiteral("option.png"), {QStringLiteral("--scenario"), lesson});
    const QImage byDefault = screenshot(QStringLiteral("default.png"), {});
    QVERIFY(!byArgument.isNull() && !byOption.isNull() && !byDefault.isNull());
    // The status bar tells how long the simulation took: it may differ between runs.
    const QRect aboveStatusBar(0, 0, byArgument.width(), byArgument.height() - 40);
    QCOMPARE(byArgument.copy(aboveStatusBar), byOption.copy(aboveStatusBar));
    QVERIFY(byArgument.copy(aboveStatusBar) != byDefault.copy(aboveStatusBar));

    // Two scenarios at once is a usage error, not a guess.
    const GuiRun both = runGui({QStringLiteral("--screenshot"), m_dir.filePath(QStringLiteral("both.png")),
                                QStringLiteral("--scenario"), QStringLiteral("lost-syn"), lesson});
    QVERIFY(both.finished);
    QCOMPARE(both.exitCode, 2);
    QVERIFY2(both.err.contains(QLatin1String("give one scenario")), qPrintable(both.err));
}

QTEST_MAIN(TestMainWindow)
#include "tst_main_window.moc"
