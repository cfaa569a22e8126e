#pragma once

#include "sim/sim_time.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>

class QDockWidget;
class QMainWindow;
class QTimer;

namespace tcplab {

class ActionTable;
class BlankOverlay;
class CaptionStrip;
class ComparisonView;
class NarrationPanel;
class PlaybackController;
class PresenterHint;
class SequenceDiagramView;
class StateDiagramWidget;
struct DiagramTheme;

// Presenter mode (View ▸ Present, F5): the window full screen with only the sequence
// diagram and a large caption of the current narration, in the projector theme, driven
// by a clicker (Page Up/Down or the arrows step, B blanks). Escape leaves it and puts back
// exactly what was there: window state, geometry, toolbars and docks (saveState()), menu
// and status bar, and the diagram's zoom.
//
// The text size (Ctrl+= / Ctrl+- / Ctrl+0) belongs to the mode: it scales the diagram's
// labels (both diagrams of a comparison too), the caption, the narration and the state
// diagram together, is remembered for the
// next presentation (QSettings "presenter/textScale"), and the normal window keeps its own
// size — on leaving every view goes back to it.
class PresenterMode : public QObject
{
    Q_OBJECT
public:
    struct Views {
        SequenceDiagramView *diagram = nullptr;
        StateDiagramWidget *stateDiagram = nullptr;
        NarrationPanel *narration = nullptr;
        PlaybackController *playback = nullptr; // the playhead the diagram follows
        ComparisonView *comparison = nullptr;   // both runs, while a comparison is open
    };

    PresenterMode(QMainWindow *window, const ActionTable &actions, const Views &views);
    ~PresenterMode() override;

    bool isActive() const { return m_active; }
    void enter();
    void leave();

    bool isBlank() const;
    void setBlank(bool blank);

    // The sizes the text steps through, as multiples of the normal size.
    static QList<double> textScales();
    // The size a presentation starts with until one is chosen, and Ctrl+0's: 1.5× on a
    // 768-line screen, more on one with more lines, since a projector shows every screen
    // at the same size on the wall (the nearest of textScales()).
    static double defaultTextScale(int screenHeight);
    double defaultTextScale() const;
    static QString textScaleKey() { return QStringLiteral("presenter/textScale"); }
    double textScale() const { return m_textScale; }
    void setTextScale(double scale);
    void largerText();
    void smallerText();

    CaptionStrip *caption() const { return m_caption; }
    QDockWidget *captionDock() const { return m_captionDock; }
    PresenterHint *hint() const { return m_hint; }
    // The cursor hides after this long without the mouse moving (presenting only).
    static constexpr int cursorHideMs = 3000;
    bool isCursorHidden() const { return m_cursorHidden; }

signals:
    void activeChanged(bool active);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void applyLook(const DiagramTheme &theme, double textScale);
    void updateActions();
    void showCursor();
    void hideCursor();
    void refitDiagram();
    void fitCaption();
    void followPlayhead(SimTime t);
    SequenceDiagramView *leadingDiagram() const;

    QMainWindow *m_window;
    const ActionTable &m_actions;
    Views m_views;
    CaptionStrip *m_caption;
    QDockWidget *m_captionDock;
    BlankOverlay *m_blank;
    PresenterHint *m_hint;
    QTimer *m_cursorTimer;
    bool m_active = false;
    bool m_cursorHidden = false;
    double m_textScale = 1.5;

    // What leaving puts back.
    struct Saved {
        Qt::WindowStates windowState;
        QByteArray geometry;
        QByteArray dockState;
        bool menuBarVisible = true;
        bool statusBarVisible = true;
        bool diagramFitted = true;
        double diagramZoom = 0;
        QPointer<QWidget> focus;
    } m_saved;
};

} // namespace tcplab
