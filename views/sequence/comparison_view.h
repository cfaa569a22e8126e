#pragma once

#include "common/diagram_theme.h"
#include "sim/sim_time.h"
#include "trace/trace_comparison.h"

#include <QWidget>
#include <optional>
#include <utility>

class QLabel;
class QPushButton;
class QSplitter;

namespace tcplab {

class SequenceDiagramView;
class Trace;

// Two sequence diagrams side by side (one above the other where the width would not show
// both hosts of each) with one playhead: the real rule against a teaching
// variant, or the learner's run against the scenario as shipped. The first moment where
// the runs differ is named in a banner and selected in both diagrams.
class ComparisonView : public QWidget
{
    Q_OBJECT

public:
    explicit ComparisonView(QWidget *parent = nullptr);

    // Neither trace is owned; call again after a re-simulation.
    void setTraces(const Trace *left, const QString &leftTitle, const Trace *right,
                   const QString &rightTitle);
    void setPlayhead(SimTime t);
    // Presenter mode's look for both diagrams, their titles and the banner: the projector
    // theme and one text size (1 = the window's own).
    void setTheme(const DiagramTheme &theme);
    const DiagramTheme &theme() const { return m_theme; }
    void setTextScale(double scale);
    double textScale() const { return m_textScale; }
    std::optional<TraceDivergence> divergence() const { return m_divergence; }
    // The moments the panes show, from the top of the higher to the bottom of the lower
    // (what "what the screen shows" exports while the comparison is on screen); (-1, -1)
    // when no pane shows a run.
    std::pair<SimTime, SimTime> shownTimeRange() const;

    SequenceDiagramView *leftView() const { return m_left; }
    SequenceDiagramView *rightView() const { return m_right; }
    // The column titles ("Your run", "As shipped"), as setTraces() was given them.
    QString leftTitle() const;
    QString rightTitle() const;
    // The difference in full, whether or not the banner has room to show it all.
    QString bannerText() const;
    // Whether the banner shows only "First difference at …" for want of height.
    bool bannerShowsOnlyItsHeadline() const;
    // What differs, in words of the current language ("the same thing happens at another
    // time").
    static QString aspectText(DivergenceAspect aspect);
    // One event of a run, in words of the current language.
    static QString eventText(const Trace &trace, int eventIndex);

Q_SIGNALS:
    void playheadScrubbed(tcplab::SimTime t);

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void updateBanner();
    void showBanner();
    void fitPanes();
    void arrangePanes();
    void followScroll(SequenceDiagramView *from, SequenceDiagramView *to);
    void goToDivergence();

    const Trace *m_leftTrace = nullptr;
    const Trace *m_rightTrace = nullptr;
    std::optional<TraceDivergence> m_divergence;
    SequenceDiagramView *m_left = nullptr;
    SequenceDiagramView *m_right = nullptr;
    QLabel *m_leftTitle = nullptr;
    QLabel *m_rightTitle = nullptr;
    QLabel *m_banner = nullptr;
    QString m_bannerFull;     // the difference in full: headline, left, right
    QString m_bannerHeadline; // only "First difference at 0.85 s: …", when room is short
    QPushButton *m_goButton = nullptr;
    QSplitter *m_splitter = nullptr;
    bool m_syncingScroll = false;
    DiagramTheme m_theme = DiagramTheme::standard();
    double m_textScale = 1.0;
};

} // namespace tcplab
