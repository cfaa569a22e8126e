#pragma once

#include "common/diagram_theme.h"
#include "text/narration.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QListWidgetItem;
class QToolButton;

namespace tcplab {

// The running commentary up to the playhead: what happened and why, newest last and
// highlighted, earlier items dimmed, the scenario's own notes set apart. When the run is
// not the original story, a short summary on top says what the learner's change did, and
// the notes whose event no longer happens are listed apart, greyed, under "In the
// original story".
class NarrationPanel : public QWidget
{
    Q_OBJECT
public:
    explicit NarrationPanel(QWidget *parent = nullptr);

    void setTrace(const Trace *trace, const Scenario *scenario);
    void setPlayhead(SimTime t);
    // The learner changed the story (faults, settings, actions): the scenario's notes were
    // written for the run as shipped and are marked so. Takes effect with the next setTrace().
    void setNotesMayNotMatch(bool changed) { m_notesMayNotMatch = changed; }
    // The original story (the run of the scenario as shipped or last saved) the run is
    // told against: the change summary compares the two. Null for none. Takes effect with
    // the next setTrace().
    void setOriginalStory(const Trace *trace, const Scenario *scenario)
    {
        m_original = trace;
        m_originalScenario = scenario;
    }
    // What the learner's change did (ChangeSummary), empty when the run is the original story.
    QString changeSummary() const { return m_summaryText; }
    // The notes shown under "In the original story" (up to the playhead), one per line
    // with its time.
    QStringList originalStoryNotes() const;
    SimTime playhead() const { return m_playhead; }
    // The notes' language; empty = follow the installed catalogue (the default).
    void setLanguage(const QString &code);

    // Index of the last trace event at or before the playhead, -1 before the first.
    int currentEventIndex() const;
    // The items shown (up to the playhead) and the one highlighted.
    int visibleItemCount() const { return m_visible; }
    const QList<NarrationItem> &items() const { return m_items; }
    QString itemText(int i) const;
    int currentItem() const { return m_visible - 1; }
    // What is being said now: the texts of the newest moment up to the playhead (its events
    // and its note), one per line, without their times. Empty before the first.
    QString currentNarration() const;

    // Colours of the current, past and note items.
    void setTheme(const DiagramTheme &theme);
    // The items' text at this multiple of the panel's font (1: the normal size).
    void setTextScale(double scale);
    double textScale() const { return m_textScale; }

    // The list shows at most this many of the newest items (the rest are long gone by).
    static constexpr int maxShownItems = 150;

signals:
    // The newest moment changed (the playhead moved to another one, or a new run).
    void currentNarrationChanged(const QString &text);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool m_notesMayNotMatch = false;
    void rebuild();
    void updateVisible(bool force);
    void styleItem(int item, bool current);
    QListWidgetItem *makeItem(int item) const;

    void updateOriginalStory();
    void retranslateOriginalStory();

    const Trace *m_trace = nullptr;
    const Trace *m_original = nullptr;
    const Scenario *m_originalScenario = nullptr;
    QString m_summaryText;
    QList<NarrationItem> m_gone; // notes whose event does not happen in this run
    QLabel *m_summary = nullptr;
    QToolButton *m_originalToggle = nullptr;
    QLabel *m_originalNotes = nullptr;
    const Scenario *m_scenario = nullptr;
    SimTime m_playhead = 0;
    QString m_language;
    QList<NarrationItem> m_items;
    int m_visible = 0; // items up to the playhead
    int m_first = 0;   // the first of them in the list
    QListWidget *m_list = nullptr;
    DiagramTheme m_theme = DiagramTheme::standard();
    double m_textScale = 1.0;
    QString m_current; // the last currentNarration() announced
};

} // namespace tcplab
