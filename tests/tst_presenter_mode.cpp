// Presenter mode as a teacher uses it with a projector and a clicker (F5, Page Down, B,
// Ctrl+=, Escape), pausing at each arrival, the slowest speeds, and what the window shows at
// first sight, before anything has been played.

#include "action_table.h"
#include "blank_overlay.h"
#include "caption_strip.h"
#include "language_manager.h"
#include "main_window.h"
#include "panels/narration_panel.h"
#include "playback_bar.h"
#include "playback_controller.h"
#include "presenter_mode.h"
#include "presenter_hint.h"
#include "scenario_document.h"
#include "sequence/comparison_view.h"
#include "sequence/sequence_diagram_view.h"
#include "sequence/sequence_painter.h"
#include "settings_values.h"
#include "state/state_diagram_widget.h"
#include "isolated_settings.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QLabel>
#include <QMenuBar>
#include <QScrollBar>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>

#include <numeric>

#include <algorithm>
#include <memory>

using namespace tcplab;

namespace {

// Answers no question: nothing here should ask one.
class TestWindow : public MainWindow
{
public:
    using MainWindow::MainWindow;

protected:
    void reportError(const QString &, const QString &) override {}
    QMessageBox::StandardButton askToSaveChanges() override { return QMessageBox::Discard; }
};

// What the window shows of its layout: each dock and toolbar by name, shown or not and
// where, the menu and status bar, and the window itself.
struct LayoutSnapshot {
    QMap<QString, bool> visible;
    QMap<QString, QRect> geometry;
    QRect window;
    Qt::WindowStates state;
    bool menuBar = false;
    bool statusBar = false;

    static LayoutSnapshot of(QMainWindow *w)
    {
        LayoutSnapshot s;
        for (QDockWidget *dock : w->findChildren<QDockWidget *>()) {
            s.visible[dock->objectName()] = dock->isVisible();
            if (dock->isVisible())
                s.geometry[dock->objectName()] = dock->geometry();
        }
        for (QToolBar *bar : w->findChildren<QToolBar *>())
            s.visible[bar->objectName()] = bar->isVisible();
        s.window = w->geometry();
        s.state = w->windowState();
        s.menuBar = w->menuBar()->isVisible();
        s.statusBar = w->statusBar()->isVisible();
        return s;
    }
};

// The narration at the playhead, worked out from the items and not from the panel's own
// answer: the texts of the newest moment at or before it.
QString narrationAt(const NarrationPanel *panel, SimTime t)
{
    const QList<NarrationItem> &items = panel->items();
    SimTime newest = -1;
    for (const NarrationItem &item : items) {
        if (item.time <= t)
            newest = std::max(newest, item.time);
    }
    QStringList lines;
    for (const NarrationItem &item : items) {
        if (item.time == newest)
            lines.append(item.text());
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace

class TestPresenterMode : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void f5ShowsOnlyTheDiagramAndTheCaptionFullScreen();
    void presentIsInTheViewMenuAndTheShortcutsList();
    void captionIsTheCurrentNarrationAsTheClickerSteps();
    void pageDownAndPageUpStepLikeTheArrowKeys();
    void steppingKeepsThePlayheadOnScreen();
    void aLongCaptionShrinksToItsShareOfTheScreen();
    void bBlanksAndBAgainOrAStepKeyBringsThePictureBack();
    void escapeRestoresTheLayoutExactly();
    void textSizeScalesLabelsCaptionNarrationAndStateDiagramTogether();
    void largerTextIsLaidOutAgainWithoutOverlaps();
    void textSizeIsRememberedAndTheNormalWindowKeepsItsOwn();
    void defaultTextSizeGrowsWithTheScreensLines();
    void zoomKeysGiveWayToTheTextKeysWhilePresenting();
    void presenterModeUsesTheProjectorThemeAndLeavingRestoresTheStandard();
    void comparisonTakesTheProjectorThemeAndTheTextSize();
    void comparisonPanesFollowThePlayheadAsTheClickerSteps();
    void standardThemeIsTheLookOfTheScreenAsBefore();
    void selectedSegmentStandsOutMoreOnTheProjector();
    void enteringShowsAHintThatFades();
    void hintWrapsInsideANarrowScreen();
    void pauseAtEachArrivalStopsWhereEachSegmentLands();
    void pauseAtEachArrivalIsRemembered();
    void speedsGoDownToTwoHundredths();
    void firstSightDrawsNoFaintFuture();
    void playheadLeavesTheAxisLabelsReadable();
    void closingWhilePresentingSavesTheNormalLayout();

private:
    PresenterMode *presenter() const { return m_window->presenterMode(); }
    NarrationPanel *narration() const { return m_window->findChild<NarrationPanel *>(); }
    void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QTest::keyClick(m_window.get(), key, modifiers);
    }

    QTemporaryDir m_dir;
    std::unique_ptr<LanguageManager> m_language;
    std::unique_ptr<TestWindow> m_window;
};

void TestPresenterMode::initTestCase()
{
    QVERIFY(m_dir.isValid());
    isolateSettings(QStringLiteral("tst_presenter_mode"), m_dir.path());
    m_language = std::make_unique<LanguageManager>();
    m_language->setLanguage(QStringLiteral("en"));
}

void TestPresenterMode::init()
{
    QSettings().clear();
    m_window = std::make_unique<TestWindow>(m_language.get());
    m_window->fitToScreen(QRect(0, 0, 1366, 736));
    m_window->openInitialScenario();
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void TestPresenterMode::cleanup()
{
    if (m_window)
        m_window->close();
    m_window.reset();
}

void TestPresenterMode::f5ShowsOnlyTheDiagramAndTheCaptionFullScreen()
{
    QVERIFY(!presenter()->isActive());
    press(Qt::Key_F5);
    QVERIFY(presenter()->isActive());
    QVERIFY(m_window->windowState().testFlag(Qt::WindowFullScreen));
    int docks = 0;
    for (QDockWidget *dock : m_window->findChildren<QDockWidget *>()) {
        ++docks;
        QCOMPARE(dock->isVisible(), dock == presenter()->captionDock());
    }
    QVERIFY(docks > 5);
    for (QToolBar *bar : m_window->findChildren<QToolBar *>())
        QVERIFY2(!bar->isVisible(), qPrintable(bar->objectName()));
    QVERIFY(!m_window->menuBar()->isVisible());
    QVERIFY(!m_window->statusBar()->isVisible());
    QVERIFY(m_window->sequenceView()->isVisible());
    QVERIFY(presenter()->caption()->isVisible());
    QVERIFY(m_window->action(ActionId::Present)->isChecked());
}

void TestPresenterMode::presentIsInTheViewMenuAndTheShortcutsList()
{
    QCOMPARE(ActionTable::spec(ActionId::Present).menu, MenuId::View);
    QVERIFY(m_window->action(ActionId::Present)->shortcuts().contains(QKeySequence(Qt::Key_F5)));
    QCOMPARE(ActionTable::spec(ActionId::PauseAtArrivals).menu, MenuId::Playback);
    QVERIFY(m_window->action(ActionId::PauseAtArrivals)->isCheckable());
    // Outside presenter mode its own keys are free for everything else.
    for (ActionId id : {ActionId::LeavePresenter, ActionId::BlankScreen, ActionId::TextLarger,
                        ActionId::TextSmaller, ActionId::TextDefault}) {
        QVERIFY(!m_window->action(id)->isEnabled());
    }
    QVERIFY(m_window->action(ActionId::StepForward)
                ->shortcuts()
                .contains(QKeySequence(Qt::Key_PageDown)));
    QVERIFY(m_window->action(ActionId::StepBack)->shortcuts().contains(QKeySequence(Qt::Key_PageUp)));
}

void TestPresenterMode::captionIsTheCurrentNarrationAsTheClickerSteps()
{
    PlaybackController *playback = m_window->playback();
    playback->toStart();
    press(Qt::Key_F5);
    CaptionStrip *caption = presenter()->caption();
    QCOMPARE(caption->text(), narrationAt(narration(), playback->time()));
    for (int i = 0; i < 6; ++i) {
        press(Qt::Key_PageDown);
        QVERIFY(playback->time() > 0);
        const QString expected = narrationAt(narration(), playback->time());
        QVERIFY(!expected.isEmpty());
        QCOMPARE(caption->text(), expected);
    }
    press(Qt::Key_PageUp);
    QCOMPARE(caption->text(), narrationAt(narration(), playback->time()));
    // A new language says the same in its words.
    m_window->setLanguage(QStringLiteral("zh_CN"));
    QCOMPARE(caption->text(), narrationAt(narration(), playback->time()));
    QVERIFY(caption->text() != QString());
    m_window->setLanguage(QStringLiteral("en"));
}

void TestPresenterMode::pageDownAndPageUpStepLikeTheArrowKeys()
{
    PlaybackController *playback = m_window->playback();
    const QList<SimTime> &times = playback->eventTimes();
    QVERIFY(times.size() > 4);
    playback->toStart();
    press(Qt::Key_F5);
    press(Qt::Key_PageDown);
    const SimTime first = playback->time();
    QCOMPARE(first, times.at(times.at(0) == 0 ? 1 : 0));
    press(Qt::Key_Right);
    const SimTime second = playback->time();
    QVERIFY(second > first);
    press(Qt::Key_PageUp);
    QCOMPARE(playback->time(), first);
    press(Qt::Key_PageDown);
    QCOMPARE(playback->time(), second);
    press(Qt::Key_Left);
    QCOMPARE(playback->time(), first);
}

void TestPresenterMode::steppingKeepsThePlayheadOnScreen()
{
    SequenceDiagramView *view = m_window->sequenceView();
    PlaybackController *playback = m_window->playback();
    playback->toStart();
    press(Qt::Key_F5);
    const int height = view->viewport()->height();
    for (int i = 0; i < playback->eventTimes().size(); ++i) {
        press(Qt::Key_PageDown);
        const double y = view->diagramLayout().axis.timeToY(playback->time());
        const int at = view->toViewport(QPointF(0, y)).y();
        QVERIFY2(at >= 0 && at <= height,
                 qPrintable(QStringLiteral("t=%1 at y=%2 of %3").arg(playback->time()).arg(at).arg(height)));
    }
    QCOMPARE(playback->time(), playback->endTime());
}

void TestPresenterMode::aLongCaptionShrinksToItsShareOfTheScreen()
{
    press(Qt::Key_F5);
    CaptionStrip *caption = presenter()->caption();
    caption->setText(QStringLiteral("A sends SYN."));
    const QFont normal = caption->textFont();
    QString longText;
    for (int i = 0; i < 12; ++i)
        longText += QStringLiteral("B receives ACK seq=1001 ack=5001 and moves to ESTABLISHED. ");
    caption->setText(longText);
    QCoreApplication::processEvents();
    QVERIFY(caption->height() <= m_window->height() * 27 / 100 + 1);
    QVERIFY(caption->textFont().pointSizeF() < normal.pointSizeF());
    // Nothing is cut off: the words fit into the strip at the smaller size.
    auto *label = caption->findChild<QLabel *>(QStringLiteral("captionText"));
    QVERIFY(label->heightForWidth(label->width()) <= label->height());
    // A short one is large again.
    caption->setText(QStringLiteral("A sends SYN."));
    QCOMPARE(caption->textFont().pointSizeF(), normal.pointSizeF());
}

void TestPresenterMode::bBlanksAndBAgainOrAStepKeyBringsThePictureBack()
{
    PlaybackController *playback = m_window->playback();
    auto *blank = m_window->findChild<BlankOverlay *>();
    QVERIFY(blank);
    press(Qt::Key_F5);
    press(Qt::Key_PageDown);
    const SimTime before = playback->time();

    press(Qt::Key_B);
    QVERIFY(presenter()->isBlank());
    QVERIFY(blank->isVisible());
    QCOMPARE(blank->geometry(), m_window->rect());
    press(Qt::Key_B);
    QVERIFY(!blank->isVisible());
    QCOMPARE(playback->time(), before);

    for (Qt::Key key : {Qt::Key_PageDown, Qt::Key_PageUp, Qt::Key_Right, Qt::Key_Left}) {
        press(Qt::Key_B);
        QVERIFY(blank->isVisible());
        // Given to the window, as a clicker's key is when the window has the focus...
        press(key);
        QVERIFY(!blank->isVisible());
        // ...the picture comes back where it was: the room has not seen a step yet.
        QCOMPARE(playback->time(), before);
        press(Qt::Key_B);
        // ...and given to the blank screen itself, which has the focus while it is shown.
        QCOMPARE(QApplication::focusWidget(), blank);
        QTest::keyClick(blank, key);
        QVERIFY(!blank->isVisible());
        QCOMPARE(playback->time(), before);
    }
    // Stepping works again once the picture is back.
    press(Qt::Key_PageDown);
    QVERIFY(playback->time() > before);

    // B means nothing outside presenter mode, and leaving takes the blank away.
    press(Qt::Key_B);
    press(Qt::Key_Escape);
    QVERIFY(!presenter()->isActive());
    QVERIFY(!blank->isVisible());
    press(Qt::Key_B);
    QVERIFY(!blank->isVisible());
}

void TestPresenterMode::escapeRestoresTheLayoutExactly()
{
    // A layout of the learner's own: one dock closed, the inspector on top of its tab.
    auto *settingsDock = m_window->findChild<QDockWidget *>(QStringLiteral("settingsDock"));
    QVERIFY(settingsDock);
    settingsDock->hide();
    QCoreApplication::processEvents();
    const LayoutSnapshot before = LayoutSnapshot::of(m_window.get());
    QVERIFY(!before.visible.value(QStringLiteral("captionDock"), true));
    QVERIFY(before.menuBar);

    press(Qt::Key_F5);
    QVERIFY(presenter()->isActive());
    press(Qt::Key_Escape);
    QVERIFY(!presenter()->isActive());
    QCoreApplication::processEvents();

    const LayoutSnapshot after = LayoutSnapshot::of(m_window.get());
    QCOMPARE(after.visible, before.visible);
    QCOMPARE(after.geometry, before.geometry);
    QCOMPARE(after.window, before.window);
    QCOMPARE(after.state, before.state);
    QCOMPARE(after.menuBar, before.menuBar);
    QCOMPARE(after.statusBar, before.statusBar);
    QVERIFY(!m_window->action(ActionId::Present)->isChecked());

    // F5 twice is in and out, too.
    press(Qt::Key_F5);
    press(Qt::Key_F5);
    QVERIFY(!presenter()->isActive());
    QCOMPARE(LayoutSnapshot::of(m_window.get()).visible, before.visible);
}

void TestPresenterMode::textSizeScalesLabelsCaptionNarrationAndStateDiagramTogether()
{
    SequenceDiagramView *view = m_window->sequenceView();
    auto *state = m_window->findChild<StateDiagramWidget *>();
    QVERIFY(state);
    const double normalLabel = view->diagramLayout().options.font.pointSizeF();
    QVERIFY(normalLabel > 0);

    press(Qt::Key_F5);
    const double start = presenter()->textScale();
    QCOMPARE(start, presenter()->defaultTextScale());
    auto expectEverywhere = [&](double scale) {
        QCOMPARE(view->textScale(), scale);
        QCOMPARE(state->textScale(), scale);
        QCOMPARE(narration()->textScale(), scale);
        QCOMPARE(presenter()->caption()->textScale(), scale);
        QVERIFY(qAbs(view->diagramLayout().options.font.pointSizeF() - normalLabel * scale) < 0.01);
    };
    expectEverywhere(start);

    press(Qt::Key_Equal, Qt::ControlModifier);
    const double larger = presenter()->textScale();
    QVERIFY(larger > start);
    expectEverywhere(larger);
    // The state diagram was laid out again with the larger fonts.
    QCOMPARE(state->diagramLayout().labelFont.pixelSize(),
             int(std::lround(StateDiagramLayout::defaultLabelFont().pixelSize() * larger)));

    press(Qt::Key_Minus, Qt::ControlModifier);
    press(Qt::Key_Minus, Qt::ControlModifier);
    QVERIFY(presenter()->textScale() < start);
    expectEverywhere(presenter()->textScale());

    press(Qt::Key_0, Qt::ControlModifier);
    expectEverywhere(presenter()->defaultTextScale());
}

void TestPresenterMode::largerTextIsLaidOutAgainWithoutOverlaps()
{
    SequenceDiagramView *view = m_window->sequenceView();
    press(Qt::Key_F5);
    press(Qt::Key_Equal, Qt::ControlModifier);
    press(Qt::Key_Equal, Qt::ControlModifier);
    const SequenceLayout &layout = view->diagramLayout();
    QVERIFY(presenter()->textScale() >= 2.0);
    QCOMPARE(layout.labelsPlacedAnyway, 0);
    for (int i = 0; i < layout.arrows.size(); ++i) {
        for (int j = i + 1; j < layout.arrows.size(); ++j) {
            const QPolygonF overlap =
                layout.arrows[i].labelPolygon().intersected(layout.arrows[j].labelPolygon());
            QVERIFY2(overlap.boundingRect().width() < 1 || overlap.boundingRect().height() < 1,
                     qPrintable(QStringLiteral("labels %1 and %2").arg(i).arg(j)));
        }
    }
}

void TestPresenterMode::textSizeIsRememberedAndTheNormalWindowKeepsItsOwn()
{
    press(Qt::Key_F5);
    press(Qt::Key_Equal, Qt::ControlModifier);
    const double chosen = presenter()->textScale();
    QCOMPARE(QSettings().value(PresenterMode::textScaleKey()).toDouble(), chosen);
    press(Qt::Key_Escape);
    // The normal window's text is its normal size again.
    QCOMPARE(m_window->sequenceView()->textScale(), 1.0);
    QCOMPARE(m_window->findChild<StateDiagramWidget *>()->textScale(), 1.0);
    QCOMPARE(narration()->textScale(), 1.0);
    // The next presentation starts with the size chosen last.
    press(Qt::Key_F5);
    QCOMPARE(presenter()->textScale(), chosen);
    QCOMPARE(m_window->sequenceView()->textScale(), chosen);
}

void TestPresenterMode::defaultTextSizeGrowsWithTheScreensLines()
{
    QCOMPARE(PresenterMode::defaultTextScale(600), 1.5);
    QCOMPARE(PresenterMode::defaultTextScale(768), 1.5);
    QCOMPARE(PresenterMode::defaultTextScale(1080), 2.0);
    QCOMPARE(PresenterMode::defaultTextScale(1440), 3.0);
    QCOMPARE(PresenterMode::defaultTextScale(2160), 3.0);
    QVERIFY(PresenterMode::textScales().contains(PresenterMode::defaultTextScale(900)));
}

void TestPresenterMode::zoomKeysGiveWayToTheTextKeysWhilePresenting()
{
    SequenceDiagramView *view = m_window->sequenceView();
    press(Qt::Key_F5);
    QVERIFY(!m_window->action(ActionId::ZoomOut)->isEnabled());
    QVERIFY(!m_window->action(ActionId::FitToWindow)->isEnabled());
    const double zoom = view->zoom();
    press(Qt::Key_Minus, Qt::ControlModifier); // smaller text, not a smaller zoom
    QVERIFY(presenter()->textScale() < presenter()->defaultTextScale());
    QVERIFY(view->isFitted());
    Q_UNUSED(zoom);
    press(Qt::Key_Escape);
    QVERIFY(m_window->action(ActionId::ZoomOut)->isEnabled());
    QVERIFY(!m_window->action(ActionId::TextSmaller)->isEnabled());
    const double before = view->zoom();
    press(Qt::Key_Minus, Qt::ControlModifier);
    QVERIFY(view->zoom() < before);
}

void TestPresenterMode::presenterModeUsesTheProjectorThemeAndLeavingRestoresTheStandard()
{
    SequenceDiagramView *view = m_window->sequenceView();
    QCOMPARE(view->theme().kind, DiagramTheme::Kind::Standard);
    press(Qt::Key_F5);
    QCOMPARE(view->theme().kind, DiagramTheme::Kind::Projector);
    QCOMPARE(view->paintState().theme.kind, DiagramTheme::Kind::Projector);
    QCOMPARE(m_window->findChild<StateDiagramWidget *>()->theme().kind,
             DiagramTheme::Kind::Projector);
    press(Qt::Key_Escape);
    QCOMPARE(view->theme().kind, DiagramTheme::Kind::Standard);
    QCOMPARE(m_window->findChild<StateDiagramWidget *>()->theme().kind,
             DiagramTheme::Kind::Standard);
}

void TestPresenterMode::comparisonTakesTheProjectorThemeAndTheTextSize()
{
    m_window->document()->setComparison(CompareWith::Variant, ProtocolVariant::NoTimeWait);
    auto *comparison = m_window->findChild<ComparisonView *>();
    QVERIFY(comparison);
    QVERIFY(comparison->isVisible());
    auto *title = comparison->findChild<QLabel *>();
    QVERIFY(title);
    const double normalPoints = title->font().pointSizeF();
    auto expect = [&](DiagramTheme::Kind kind, double scale) {
        QCOMPARE(comparison->theme().kind, kind);
        QCOMPARE(comparison->textScale(), scale);
        for (SequenceDiagramView *side : {comparison->leftView(), comparison->rightView()}) {
            QCOMPARE(side->theme().kind, kind);
            QCOMPARE(side->paintState().theme.kind, kind);
            QCOMPARE(side->textScale(), scale);
        }
        // The column titles and the banner grow with the labels.
        QVERIFY2(qAbs(title->font().pointSizeF() - normalPoints * scale) < 0.01,
                 qPrintable(QString::number(title->font().pointSizeF())));
    };
    expect(DiagramTheme::Kind::Standard, 1.0);

    press(Qt::Key_F5);
    expect(DiagramTheme::Kind::Projector, presenter()->textScale());
    press(Qt::Key_Equal, Qt::ControlModifier);
    QVERIFY(presenter()->textScale() > presenter()->defaultTextScale() - 1e-9);
    expect(DiagramTheme::Kind::Projector, presenter()->textScale());
    press(Qt::Key_Escape);
    expect(DiagramTheme::Kind::Standard, 1.0);
}

void TestPresenterMode::comparisonPanesFollowThePlayheadAsTheClickerSteps()
{
    // The panes used to stay at the start while the hidden single diagram scrolled.
    m_window->document()->setComparison(CompareWith::Variant, ProtocolVariant::NoTimeWait);
    auto *comparison = m_window->findChild<ComparisonView *>();
    QVERIFY(comparison && comparison->isVisible());
    PlaybackController *playback = m_window->playback();
    playback->toStart();
    press(Qt::Key_F5);
    press(Qt::Key_Equal, Qt::ControlModifier);
    press(Qt::Key_Equal, Qt::ControlModifier);
    SequenceDiagramView *left = comparison->leftView();
    bool scrolled = false;
    for (int i = 0; i < playback->eventTimes().size(); ++i) {
        press(Qt::Key_PageDown);
        const SimTime t = playback->time();
        const double y = left->diagramLayout().axis.timeToY(t);
        const int at = left->toViewport(QPointF(0, y)).y();
        QVERIFY2(at >= 0 && at <= left->viewport()->height(),
                 qPrintable(QStringLiteral("t=%1 at y=%2 of %3").arg(t).arg(at).arg(left->viewport()->height())));
        scrolled |= left->verticalScrollBar()->value() > 0;
    }
    QVERIFY2(scrolled, "the run fits one screen: the test shows nothing");
    QCOMPARE(playback->time(), playback->endTime());
}

void TestPresenterMode::standardThemeIsTheLookOfTheScreenAsBefore()
{
    // The values the painters used as constants before there were themes.
    const DiagramTheme t = DiagramTheme::standard();
    QCOMPARE(t.background, QColor(Qt::white));
    QCOMPARE(t.futureOpacity, 0.22);
    QCOMPARE(t.arrowWidth, 1.6);
    QCOMPARE(t.lifelineWidth, 1.5);
    QCOMPARE(t.labelTextDarker, 125);
    QCOMPARE(t.labelBackground, QColor(255, 255, 255, 225));
    QCOMPARE(t.selectionAlpha, 110);
    QCOMPARE(t.selectionWidth, 7.0);
    QCOMPARE(t.gridText, QColor(0x55, 0x55, 0x55));
    QCOMPARE(t.stateEdge, QColor(0x4a, 0x4a, 0x4a));
    QCOMPARE(t.stateEdgeWidth, 1.8);
    QCOMPARE(t.narrationPastText, QColor(0x80, 0x80, 0x80));
    QCOMPARE(t.narrationCurrentBackground, QColor(0xdc, 0xea, 0xfb));
}

void TestPresenterMode::selectedSegmentStandsOutMoreOnTheProjector()
{
    const DiagramTheme screen = DiagramTheme::standard();
    const DiagramTheme projector = DiagramTheme::projector();
    QVERIFY(projector.selectionWidth > screen.selectionWidth);
    QVERIFY(projector.selectionAlpha > screen.selectionAlpha);
    QVERIFY(projector.arrowWidth > screen.arrowWidth);
    // Text that carries meaning is black or nearly so on the projector.
    for (const QColor &c : {projector.gridText, projector.breakText, projector.stateLabelText,
                            projector.headerSubtitle})
        QVERIFY(c.lightness() < 40);
    // A caption reads white on black, like subtitles.
    QVERIFY(projector.captionBackground.lightness() < 40);
    QVERIFY(projector.captionText.lightness() > 215);
}

void TestPresenterMode::enteringShowsAHintThatFades()
{
    press(Qt::Key_F5);
    PresenterHint *hint = presenter()->hint();
    QVERIFY(hint->isVisible());
    QVERIFY(hint->text().contains(QStringLiteral("Esc")));
    // It goes by itself, without a click (its hold and fade shortened: no test waits
    // seconds of wall-clock time).
    hint->setTimings(1, 1);
    hint->showText(hint->text());
    QTRY_VERIFY_WITH_TIMEOUT(!hint->isVisible(), 2000);
    press(Qt::Key_Escape);
    QVERIFY(!hint->isVisible());
}

void TestPresenterMode::hintWrapsInsideANarrowScreen()
{
    // At 1024×768 the English hint, one line of large text, ran past both edges of the
    // screen ("sc leaves presenter mode … text siz"). It wraps inside the window instead,
    // at any width, also when the window changes size after the hint appeared.
    press(Qt::Key_F5);
    PresenterHint *hint = presenter()->hint();
    QVERIFY(hint->isVisible());
    for (const int width : {1024, 700, 480}) {
        m_window->setGeometry(QRect(0, 0, width, 600));
        QTRY_COMPARE(m_window->width(), width);
        const QRect inside = m_window->rect();
        QVERIFY2(inside.contains(hint->geometry()),
                 qPrintable(QStringLiteral("at %1: hint at %2,%3 %4×%5").arg(width).arg(hint->x()).arg(hint->y())
                                .arg(hint->width()).arg(hint->height())));
        // Every line of the text fits the hint's width.
        const QStringList words = hint->text().split(u' ');
        const int widest = std::accumulate(words.cbegin(), words.cend(), 0, [hint](int w, const QString &word) {
            return std::max(w, hint->fontMetrics().horizontalAdvance(word));
        });
        QVERIFY(widest < hint->contentsRect().width());
        QVERIFY(hint->height() >= hint->heightForWidth(hint->width()));
    }
}

void TestPresenterMode::pauseAtEachArrivalStopsWhereEachSegmentLands()
{
    PlaybackController *playback = m_window->playback();
    const Trace &trace = m_window->document()->trace();
    QList<SimTime> landings;
    for (const SegmentRecord &record : trace.segments)
        landings.append(record.dropped ? record.droppedAt : record.arrivesAt);
    std::sort(landings.begin(), landings.end());
    landings.erase(std::unique(landings.begin(), landings.end()), landings.end());
    QVERIFY(landings.size() >= 5);

    m_window->action(ActionId::PauseAtArrivals)->trigger();
    QVERIFY(playback->pausesAtArrivals());
    playback->setSpeed(1.0);
    playback->setSkipQuietStretches(true);
    playback->toStart();
    // Each frame is given as much wall time as the whole run would take: only an arrival or
    // the end stops it. The virtual clock is driven directly, never waited for.
    const qint64 wholeRun = playback->endTime() * 1000 * 2;
    for (SimTime landing : landings) {
        playback->play();
        QVERIFY(playback->isPlaying());
        playback->playFor(wholeRun);
        QVERIFY(!playback->isPlaying());
        QCOMPARE(playback->time(), landing);
    }
    playback->play();
    playback->playFor(wholeRun);
    QCOMPARE(playback->time(), playback->endTime());
    QVERIFY(!playback->isPlaying());

    // Small frames stop at the same place: an arrival is not jumped over.
    playback->toStart();
    playback->play();
    while (playback->isPlaying())
        playback->playFor(16'000'000);
    QCOMPARE(playback->time(), landings.first());

    // Without the option the same frame plays to the end.
    m_window->action(ActionId::PauseAtArrivals)->trigger();
    QVERIFY(!playback->pausesAtArrivals());
    playback->toStart();
    playback->play();
    playback->playFor(wholeRun);
    QCOMPARE(playback->time(), playback->endTime());
}

void TestPresenterMode::pauseAtEachArrivalIsRemembered()
{
    m_window->action(ActionId::PauseAtArrivals)->setChecked(true);
    m_window->close();
    m_window = std::make_unique<TestWindow>(m_language.get());
    QVERIFY(m_window->action(ActionId::PauseAtArrivals)->isChecked());
    QVERIFY(m_window->playback()->pausesAtArrivals());
}

void TestPresenterMode::speedsGoDownToTwoHundredths()
{
    const QList<double> speeds = PlaybackBar::speeds();
    QVERIFY(speeds.contains(0.02));
    QVERIFY(speeds.contains(0.05));
    QVERIFY(std::is_sorted(speeds.cbegin(), speeds.cend()));
    QCOMPARE(speeds.constFirst(), PlaybackController::minSpeed);
    PlaybackController *playback = m_window->playback();
    playback->setSpeed(0.02);
    QCOMPARE(playback->speed(), 0.02);
    // 0.02× plays 20 µs of virtual time per millisecond of wall time.
    QCOMPARE(playback->advance(0, 1'000'000), SimTime(20));
    auto *box = m_window->findChild<PlaybackBar *>()->speedBox();
    QCOMPARE(box->currentData().toDouble(), 0.02);
    // And it is read back from the settings.
    QSettings settings;
    settings.setValue(QStringLiteral("speed"), 0.02);
    QCOMPARE(SettingsValues::playbackSpeed(settings), 0.02);
}

void TestPresenterMode::firstSightDrawsNoFaintFuture()
{
    // init() started with no settings at all: a first start, with nothing played.
    SequenceDiagramView *view = m_window->sequenceView();
    QCOMPARE(m_window->playback()->time(), SimTime(0));
    QVERIFY(!m_window->document()->trace().segments.isEmpty());
    const SequencePaintState &state = view->paintState();
    const double future = SequencePainter::futureOpacity(state);
    // What has not happened is either not drawn or drawn readably, never a ghost.
    QVERIFY2(future == 0.0 || future >= 0.6, qPrintable(QString::number(future)));
    QCOMPARE(view->futureMode(), FutureMode::Hidden);
    QVERIFY(!m_window->action(ActionId::ShowFuture)->isChecked());
}

void TestPresenterMode::playheadLeavesTheAxisLabelsReadable()
{
    SequenceDiagramView *view = m_window->sequenceView();
    const SequenceLayout &layout = view->diagramLayout();
    const QRectF visible(QPointF(0, 0), layout.size);
    // At the start the playhead sits on the "0" tick; the labels end left of the axis line.
    const QLineF line = SequencePainter::playheadLine(layout, visible, 0);
    QVERIFY(!line.isNull());
    const QList<AxisTick> ticks = layout.ticks(visible.top(), visible.bottom());
    QVERIFY(!ticks.isEmpty());
    QVERIFY(qAbs(ticks.first().y - layout.axis.timeToY(0)) < 1);
    const double labelsRight = layout.timeAxisWidth - 4 - 6; // paintTimeAxis()'s text rect
    QVERIFY2(line.x1() > labelsRight,
             qPrintable(QStringLiteral("%1 vs %2").arg(line.x1()).arg(labelsRight)));
    QCOMPARE(line.x2(), visible.right());
}

void TestPresenterMode::closingWhilePresentingSavesTheNormalLayout()
{
    const QByteArray geometry = m_window->saveGeometry();
    press(Qt::Key_F5);
    m_window->close();
    QVERIFY(!presenter()->isActive());
    QCOMPARE(QSettings().value(QStringLiteral("geometry")).toByteArray(), geometry);
    QVERIFY(!QSettings().value(QStringLiteral("windowState")).toByteArray().isEmpty());
}

QTEST_MAIN(TestPresenterMode)
#include "tst_presenter_mode.moc"
