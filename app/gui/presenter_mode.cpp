#include "presenter_mode.h"

#include "action_table.h"
#include "blank_overlay.h"
#include "caption_strip.h"
#include "common/diagram_theme.h"
#include "panels/narration_panel.h"
#include "playback_controller.h"
#include "presenter_hint.h"
#include "sequence/comparison_view.h"
#include "sequence/sequence_diagram_view.h"
#include "state/state_diagram_widget.h"
#include "settings_saver.h"
#include "welcome_banner.h"

#include <QApplication>
#include <QCursor>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QKeyEvent>
#include <QMainWindow>
#include <QMenuBar>
#include <QScreen>
#include <QScrollBar>
#include <QSettings>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>

#include <algorithm>
#include <cmath>

namespace tcplab {

namespace {
// How often the mouse is looked at while presenting (to hide the cursor when it rests).
constexpr int cursorPollMs = 250;

double nearestTextScale(double scale)
{
    const QList<double> scales = PresenterMode::textScales();
    return *std::min_element(scales.cbegin(), scales.cend(), [scale](double a, double b) {
        return std::abs(a - scale) < std::abs(b - scale);
    });
}

double storedTextScale(double fallback)
{
    bool ok = false;
    const double scale = QSettings().value(PresenterMode::textScaleKey()).toDouble(&ok);
    // A value from another version or a person's editor: the nearest size offered.
    if (!ok || !std::isfinite(scale))
        return fallback;
    return nearestTextScale(scale);
}
} // namespace

PresenterMode::PresenterMode(QMainWindow *window, const ActionTable &actions, const Views &views)
    : QObject(window)
    , m_window(window)
    , m_actions(actions)
    , m_views(views)
    , m_caption(new CaptionStrip(window))
    , m_captionDock(new QDockWidget(window))
    , m_blank(new BlankOverlay(window))
    , m_hint(new PresenterHint(window))
    , m_cursorTimer(new QTimer(this))
{
    // A dock without a title or features: restoreState() then puts it back to hidden with
    // everything else when the mode ends. It is not listed with the panels.
    m_captionDock->setObjectName(QStringLiteral("captionDock"));
    m_captionDock->setFeatures(QDockWidget::NoDockWidgetFeatures);
    m_captionDock->setTitleBarWidget(new QWidget(m_captionDock));
    m_captionDock->setWidget(m_caption);
    m_captionDock->toggleViewAction()->setVisible(false);
    window->addDockWidget(Qt::BottomDockWidgetArea, m_captionDock);
    m_captionDock->hide();

    connect(m_views.narration, &NarrationPanel::currentNarrationChanged, m_caption,
            &CaptionStrip::setText);
    connect(m_blank, &BlankOverlay::dismissed, this, [this] { setBlank(false); });
    connect(actions.action(ActionId::Present), &QAction::toggled, this,
            [this](bool on) { on ? enter() : leave(); });
    connect(actions.action(ActionId::LeavePresenter), &QAction::triggered, this,
            &PresenterMode::leave);
    connect(actions.action(ActionId::BlankScreen), &QAction::toggled, this,
            &PresenterMode::setBlank);
    connect(actions.action(ActionId::TextLarger), &QAction::triggered, this,
            &PresenterMode::largerText);
    connect(actions.action(ActionId::TextSmaller), &QAction::triggered, this,
            &PresenterMode::smallerText);
    connect(actions.action(ActionId::TextDefault), &QAction::triggered, this,
            [this] { setTextScale(defaultTextScale()); });

    m_cursorTimer->setInterval(cursorPollMs);
    connect(m_cursorTimer, &QTimer::timeout, this, [this, last = QPoint(), still = QElapsedTimer()]() mutable {
        const QPoint now = QCursor::pos();
        if (now != last || !still.isValid()) {
            last = now;
            still.start();
            showCursor();
        } else if (still.elapsed() >= cursorHideMs) {
            hideCursor();
        }
    });
    m_window->installEventFilter(this);
    // Stepping with a clicker moves the playhead anywhere in the run: the room must see it.
    connect(m_views.playback, &PlaybackController::timeChanged, this, [this](SimTime t) {
        if (m_active)
            followPlayhead(t);
    });
    updateActions();
}

PresenterMode::~PresenterMode()
{
    showCursor();
}

double PresenterMode::defaultTextScale(int screenHeight)
{
    return nearestTextScale(1.5 * std::max(768, screenHeight) / 768.0);
}

double PresenterMode::defaultTextScale() const
{
    const QScreen *screen = m_window->screen();
    return defaultTextScale(screen ? screen->geometry().height() : 768);
}

QList<double> PresenterMode::textScales()
{
    return {1.0, 1.25, 1.5, 1.75, 2.0, 2.5, 3.0};
}

void PresenterMode::enter()
{
    if (m_active)
        return;
    m_saved.windowState = m_window->windowState();
    m_saved.geometry = m_window->saveGeometry();
    m_saved.dockState = m_window->saveState();
    m_saved.menuBarVisible = !m_window->menuBar()->isHidden();
    m_saved.statusBarVisible = !m_window->statusBar()->isHidden();
    m_saved.diagramFitted = m_views.diagram->isFitted();
    m_saved.diagramZoom = m_views.diagram->zoom();
    m_saved.focus = QApplication::focusWidget();
    m_active = true;

    for (QDockWidget *dock : m_window->findChildren<QDockWidget *>(Qt::FindDirectChildrenOnly)) {
        if (dock != m_captionDock)
            dock->hide();
    }
    for (QToolBar *bar : m_window->findChildren<QToolBar *>(Qt::FindDirectChildrenOnly))
        bar->hide();
    for (WelcomeBanner *banner : m_window->findChildren<WelcomeBanner *>())
        banner->hide();
    m_window->menuBar()->hide();
    m_window->statusBar()->hide();
    m_captionDock->show();
    m_caption->setText(m_views.narration->currentNarration());

    m_textScale = storedTextScale(defaultTextScale());
    applyLook(DiagramTheme::projector(), m_textScale);
    updateActions();
    // The screen's size asked for as well: without a window manager (a kiosk, a bare X
    // session) the full-screen state alone changes nothing.
    if (QScreen *screen = m_window->screen())
        m_window->setGeometry(screen->geometry());
    m_window->showFullScreen();
    fitCaption();
    refitDiagram();
    // Once the window has its full-screen size (a window manager answers later).
    QTimer::singleShot(0, this, [this] {
        if (m_active)
            refitDiagram();
    });
    m_views.diagram->setFocus();
    m_hint->showText(tr("Esc leaves presenter mode · B blanks the screen · Ctrl+= and Ctrl+- "
                        "change the text size"));
    m_cursorTimer->start();
    emit activeChanged(true);
}

void PresenterMode::leave()
{
    if (!m_active)
        return;
    setBlank(false);
    m_hint->dismiss();
    m_cursorTimer->stop();
    showCursor();
    m_active = false;

    applyLook(DiagramTheme::standard(), 1.0);
    m_window->setWindowState(m_saved.windowState);
    m_window->restoreGeometry(m_saved.geometry);
    m_window->restoreState(m_saved.dockState);
    m_captionDock->hide();
    m_window->menuBar()->setVisible(m_saved.menuBarVisible);
    m_window->statusBar()->setVisible(m_saved.statusBarVisible);
    if (m_saved.diagramFitted)
        refitDiagram();
    else
        m_views.diagram->setZoom(m_saved.diagramZoom);
    if (m_saved.focus)
        m_saved.focus->setFocus();
    updateActions();
    emit activeChanged(false);
}

bool PresenterMode::isBlank() const
{
    return !m_blank->isHidden();
}

void PresenterMode::setBlank(bool blank)
{
    if (blank && !m_active)
        blank = false;
    if (blank != isBlank()) {
        if (blank) {
            m_hint->dismiss();
            m_blank->setGeometry(m_window->rect());
            m_blank->show();
            m_blank->raise();
            m_blank->setFocus();
        } else {
            m_blank->hide();
            if (m_active)
                m_views.diagram->setFocus();
        }
    }
    updateActions();
}

void PresenterMode::setTextScale(double scale)
{
    const QList<double> scales = textScales();
    m_textScale = std::clamp(scale, scales.constFirst(), scales.constLast());
    SettingsSaver::setValue(textScaleKey(), m_textScale);
    if (!m_active)
        return;
    applyLook(DiagramTheme::projector(), m_textScale);
    refitDiagram();
    m_hint->showText(tr("Text size %1 %").arg(int(std::lround(m_textScale * 100))));
}

void PresenterMode::largerText()
{
    for (double s : textScales()) {
        if (s > m_textScale + 1e-9) {
            setTextScale(s);
            return;
        }
    }
}

void PresenterMode::smallerText()
{
    const QList<double> scales = textScales();
    for (auto it = scales.crbegin(); it != scales.crend(); ++it) {
        if (*it < m_textScale - 1e-9) {
            setTextScale(*it);
            return;
        }
    }
}

void PresenterMode::applyLook(const DiagramTheme &theme, double textScale)
{
    m_views.diagram->setTheme(theme);
    m_views.diagram->setTextScale(textScale);
    m_views.stateDiagram->setTheme(theme);
    m_views.stateDiagram->setTextScale(textScale);
    m_views.narration->setTheme(theme);
    m_views.narration->setTextScale(textScale);
    m_caption->setTheme(theme);
    m_caption->setTextScale(textScale);
    if (m_views.comparison) {
        m_views.comparison->setTheme(theme);
        m_views.comparison->setTextScale(textScale);
    }
}

void PresenterMode::updateActions()
{
    auto enable = [this](ActionId id, bool on) { m_actions.action(id)->setEnabled(on); };
    // The table says which keys belong to the mode, so the Keyboard Shortcuts page lists
    // them as they behave. One size control while presenting: the text keys take Ctrl+-
    // and Ctrl+0 from the zoom.
    for (const ActionSpec &spec : ActionTable::specs()) {
        if (spec.keyScope == KeyScope::InPresenterMode)
            enable(spec.id, m_active);
        else if (spec.keyScope == KeyScope::OutsidePresenterMode)
            enable(spec.id, !m_active);
    }
    // Keys pressed on the blank screen bring the picture back instead of stepping unseen.
    for (ActionId id : {ActionId::PlayPause, ActionId::StepBack, ActionId::StepForward,
                        ActionId::ToStart, ActionId::ToEnd}) {
        enable(id, !isBlank());
    }
    m_actions.action(ActionId::Present)->setChecked(m_active);
    m_actions.action(ActionId::BlankScreen)->setChecked(isBlank());
}

void PresenterMode::fitCaption()
{
    // Subtitles take at most about a quarter of the screen; the diagram keeps the rest.
    m_caption->setMaximumStripHeight(m_window->height() * 27 / 100);
}

SequenceDiagramView *PresenterMode::leadingDiagram() const
{
    // The diagram alone, or the left pane while a comparison takes its place: the right
    // pane keeps the same moment at its top as the left (ComparisonView), so scrolling
    // the left moves both.
    if (m_views.comparison && m_views.comparison->isVisibleTo(m_window))
        return m_views.comparison->leftView();
    return m_views.diagram;
}

void PresenterMode::refitDiagram()
{
    m_views.diagram->fitToWindow();
    // The panes of a comparison fit their share of the screen at the new text size too
    // (both, shown or not: the comparison may be opened while presenting).
    if (m_views.comparison) {
        for (SequenceDiagramView *pane : {m_views.comparison->leftView(), m_views.comparison->rightView()}) {
            if (pane->trace())
                pane->fitToWindow();
        }
    }
    if (m_active)
        followPlayhead(m_views.playback->time());
}

void PresenterMode::followPlayhead(SimTime t)
{
    // The playhead stays in the upper part of the screen: what just happened is above it,
    // and below it there is room for the arrows on their way.
    SequenceDiagramView *view = leadingDiagram();
    if (!view->trace())
        return;
    const SequenceLayout &layout = view->diagramLayout();
    const int y = view->toViewport(QPointF(0, layout.axis.timeToY(t))).y();
    const int height = view->viewport()->height();
    if (y < int(layout.headerHeight) + 8 || y > height * 7 / 10) {
        QScrollBar *bar = view->verticalScrollBar();
        bar->setValue(bar->value() + y - height * 2 / 5);
    }
}

void PresenterMode::showCursor()
{
    if (!m_cursorHidden)
        return;
    m_cursorHidden = false;
    QGuiApplication::restoreOverrideCursor();
}

void PresenterMode::hideCursor()
{
    if (m_cursorHidden || !m_active)
        return;
    m_cursorHidden = true;
    QGuiApplication::setOverrideCursor(Qt::BlankCursor);
}

bool PresenterMode::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window) {
        if (event->type() == QEvent::Resize) {
            if (isBlank())
                m_blank->setGeometry(m_window->rect());
            if (m_active)
                fitCaption();
        }
        // A key given to the window itself rather than to the focused overlay.
        if (event->type() == QEvent::KeyPress && isBlank()
            && BlankOverlay::isStepKey(static_cast<QKeyEvent *>(event)->key())) {
            setBlank(false);
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace tcplab
