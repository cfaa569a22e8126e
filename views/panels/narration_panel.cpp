#include "panels/narration_panel.h"

#include "common/host_palette.h"
#include "panels/bold_room_delegate.h"
#include "text/change_summary.h"

#include <QEvent>
#include <QLabel>
#include <QListWidget>
#include <QTimer>
#include <QToolButton>
#include <QPainter>
#include <QPixmap>
#include <QVBoxLayout>

#include <algorithm>

namespace tcplab {

namespace {
enum ItemRole { NoteRole = Qt::UserRole + 1 };

QIcon hostIcon(const QColor &color)
{
    QPixmap pm(12, 12);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    p.setBrush(color);
    p.setPen(Qt::NoPen);
    p.drawRoundedRect(QRectF(1, 1, 10, 10), 2, 2);
    return QIcon(pm);
}
} // namespace

NarrationPanel::NarrationPanel(QWidget *parent) : QWidget(parent)
{
    m_list = new QListWidget(this);
    m_list->setWordWrap(true);
    m_list->setResizeMode(QListView::Adjust);
    m_list->setUniformItemSizes(false);
    m_list->setSpacing(2);
    m_list->setSelectionMode(QAbstractItemView::NoSelection);
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_list->setTextElideMode(Qt::ElideNone);
    m_list->setItemDelegate(new BoldRoomDelegate(m_list));
    // Items wrap to the view's width. A vertical scroll bar that came and went with the
    // story's length changed that width after the items were measured: they ran past the
    // view and the current item's bold text lost its last line. Always there, it never does.
    m_list->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("changeSummary"));
    m_summary->setWordWrap(true);
    m_summary->setFrameShape(QFrame::StyledPanel);
    m_summary->setMargin(4);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->hide();
    // The notes the run no longer tells: a group that folds away, greyed.
    m_originalToggle = new QToolButton(this);
    m_originalToggle->setObjectName(QStringLiteral("originalStoryToggle"));
    m_originalToggle->setCheckable(true);
    m_originalToggle->setChecked(true);
    m_originalToggle->setAutoRaise(true);
    m_originalToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_originalToggle->setArrowType(Qt::DownArrow);
    m_originalToggle->hide();
    m_originalNotes = new QLabel(this);
    m_originalNotes->setObjectName(QStringLiteral("originalStoryNotes"));
    m_originalNotes->setWordWrap(true);
    m_originalNotes->setMargin(4);
    m_originalNotes->setTextFormat(Qt::PlainText);
    m_originalNotes->setEnabled(false); // greyed: not part of this run
    m_originalNotes->hide();
    connect(m_originalToggle, &QToolButton::toggled, this, [this](bool open) {
        m_originalToggle->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
        m_originalNotes->setVisible(open && !m_originalNotes->text().isEmpty());
    });
    // The list changes height when the window lays out its docks and when the summary or
    // the original story appears; the newest item stays in view (see eventFilter()).
    m_list->installEventFilter(this);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_summary);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_originalToggle);
    layout->addWidget(m_originalNotes);
    setWindowTitle(tr("What Happened and Why"));
}

void NarrationPanel::setTrace(const Trace *trace, const Scenario *scenario)
{
    m_trace = trace;
    m_scenario = scenario;
    rebuild();
}

void NarrationPanel::setLanguage(const QString &code)
{
    m_language = code;
    rebuild();
}

void NarrationPanel::setPlayhead(SimTime t)
{
    m_playhead = t;
    updateVisible(false);
}

int NarrationPanel::currentEventIndex() const
{
    if (!m_trace)
        return -1;
    return m_trace->firstEventAtOrAfter(m_playhead + 1) - 1;
}

QString NarrationPanel::itemText(int i) const
{
    const int row = i - m_first;
    return row >= 0 && row < m_list->count() ? m_list->item(row)->text() : QString();
}

void NarrationPanel::rebuild()
{
    m_items.clear();
    if (m_trace && m_scenario) {
        const QString language = m_language.isEmpty() ? Narration::catalogueLanguage() : m_language;
        m_items = Narration::items(*m_trace, *m_scenario, language);
    }
    m_gone.clear();
    m_summaryText.clear();
    if (m_trace && m_scenario && m_original && m_originalScenario) {
        const QString language = m_language.isEmpty() ? Narration::catalogueLanguage() : m_language;
        m_gone = Narration::originalStoryNotes(*m_trace, *m_scenario, language);
        m_summaryText = ChangeSummary::text(*m_original, *m_originalScenario, *m_trace, *m_scenario);
    }
    m_summary->setText(m_summaryText);
    m_summary->setVisible(!m_summaryText.isEmpty());
    updateVisible(true);
}

QListWidgetItem *NarrationPanel::makeItem(int i) const
{
    const NarrationItem &item = m_items[i];
    const QString time = QStringLiteral("%1 s").arg(QString::number(double(item.time) / usPerSecond, 'f', 3));
    auto *w = new QListWidgetItem;
    if (item.note) {
        w->setText(m_notesMayNotMatch
                       ? tr("%1 · Note (written for the scenario as shipped): %2").arg(time, item.text())
                       : tr("%1 · Note: %2").arg(time, item.text()));
        w->setData(NoteRole, true);
        // Notes are italic from the start, so the list measures them in the font they are
        // shown in (styleItem() only adds bold, which BoldRoomDelegate measures anyway).
        QFont italic = m_list->font();
        italic.setItalic(true);
        w->setFont(italic);
    } else {
        // Each sentence names its host; the host's colour marks the item.
        w->setText(tr("%1 · %2").arg(time, item.text()));
        const bool attacker = m_trace && item.host >= 0 && item.host < m_trace->hosts.size() && m_trace->hosts[item.host].attacker;
        w->setIcon(hostIcon(attacker ? HostPalette::attackerColor() : HostPalette::hostColor(item.host)));
    }
    return w;
}

void NarrationPanel::styleItem(int i, bool current)
{
    QListWidgetItem *w = m_list->item(i - m_first);
    if (!w)
        return;
    const bool note = w->data(NoteRole).toBool();
    QFont f = m_list->font();
    f.setItalic(note);
    f.setBold(current);
    w->setFont(f);
    if (note)
        w->setBackground(current ? m_theme.narrationCurrentNoteBackground : m_theme.narrationNoteBackground);
    else
        w->setBackground(current ? QBrush(m_theme.narrationCurrentBackground) : QBrush());
    w->setForeground(current ? m_theme.narrationCurrentText : m_theme.narrationPastText);
}

void NarrationPanel::updateVisible(bool force)
{
    // Items are in time order: the visible ones are a prefix, found by binary search.
    auto it = std::upper_bound(m_items.begin(), m_items.end(), m_playhead,
                               [](SimTime t, const NarrationItem &item) { return t < item.time; });
    const int visible = int(it - m_items.begin());
    if (visible == m_visible && !force)
        return;
    // The list holds only the newest items up to the playhead: laying out thousands of
    // word-wrapped rows on every step of a SYN flood would stall playback.
    const int first = std::max(0, visible - maxShownItems);
    const int oldFirst = m_first;
    const int oldVisible = m_visible;
    m_list->setUpdatesEnabled(false);
    if (force || first >= oldVisible || visible <= oldFirst) {
        m_list->clear();
        for (int i = first; i < visible; ++i)
            m_list->addItem(makeItem(i));
    } else {
        for (int i = oldVisible; i > visible; --i)
            delete m_list->takeItem(m_list->count() - 1);
        for (int i = oldFirst; i < first; ++i)
            delete m_list->takeItem(0);
        for (int i = std::min(oldFirst, visible) - 1; i >= first; --i)
            m_list->insertItem(0, makeItem(i));
        for (int i = std::max(oldVisible, first); i < visible; ++i)
            m_list->addItem(makeItem(i));
    }
    m_first = first;
    m_visible = visible;

    // The newest moment (its events and its note) is highlighted, everything before dimmed.
    const SimTime newest = visible > 0 ? m_items[visible - 1].time : -1;
    int from = first;
    if (!force) {
        // Only the new rows and those of the previous newest moment change their look.
        from = std::max(first, std::min(oldVisible, visible));
        const SimTime previous = oldVisible > 0 && oldVisible <= m_items.size() ? m_items[oldVisible - 1].time : -1;
        while (from > first && (m_items[from - 1].time == previous || m_items[from - 1].time == newest))
            --from;
        if (first < oldFirst)
            from = first; // rows inserted at the front are new, too
    }
    for (int i = from; i < visible; ++i)
        styleItem(i, m_items[i].time == newest);
    m_list->setUpdatesEnabled(true);
    // Before scrolling: showing the notes of the original story makes the list shorter.
    updateOriginalStory();
    if (m_list->count() > 0)
        m_list->scrollToItem(m_list->item(m_list->count() - 1), QAbstractItemView::PositionAtBottom);
    const QString now = currentNarration();
    if (force || now != m_current) {
        m_current = now;
        emit currentNarrationChanged(m_current);
    }
}

namespace {
QString momentText(SimTime t)
{
    return QStringLiteral("%1 s").arg(QString::number(double(t) / usPerSecond, 'f', 3));
}
} // namespace

QStringList NarrationPanel::originalStoryNotes() const
{
    QStringList lines;
    for (const NarrationItem &item : m_gone) {
        if (item.time <= m_playhead)
            lines << tr("%1 · %2").arg(momentText(item.time), item.text());
    }
    return lines;
}

void NarrationPanel::updateOriginalStory()
{
    const QStringList lines = originalStoryNotes();
    m_originalNotes->setText(lines.join(QLatin1Char('\n')));
    retranslateOriginalStory();
    m_originalToggle->setVisible(!lines.isEmpty());
    m_originalNotes->setVisible(!lines.isEmpty() && m_originalToggle->isChecked());
}

void NarrationPanel::retranslateOriginalStory()
{
    //: Heading of the scenario's notes whose event the learner's change took away.
    m_originalToggle->setText(tr("In the original story (%n note(s))", nullptr,
                                 int(originalStoryNotes().size())));
}

QString NarrationPanel::currentNarration() const
{
    if (m_visible <= 0)
        return {};
    const SimTime newest = m_items[m_visible - 1].time;
    int first = m_visible - 1;
    while (first > 0 && m_items[first - 1].time == newest)
        --first;
    QStringList lines;
    for (int i = first; i < m_visible; ++i)
        lines.append(m_items[i].text());
    return lines.join(QLatin1Char('\n'));
}

void NarrationPanel::setTheme(const DiagramTheme &theme)
{
    m_theme = theme;
    updateVisible(true);
}

void NarrationPanel::setTextScale(double scale)
{
    if (qFuzzyCompare(scale, m_textScale))
        return;
    m_textScale = scale;
    QFont f = font();
    if (f.pointSizeF() > 0)
        f.setPointSizeF(f.pointSizeF() * scale);
    // At the normal size the list follows the panel's font again.
    m_list->setFont(qFuzzyCompare(scale, 1.0) ? QFont() : f);
    updateVisible(true); // every item's font is set from the list's
}

bool NarrationPanel::eventFilter(QObject *watched, QEvent *event)
{
    // Word-wrapped rows get their heights in the list's delayed layout, after the resize:
    // scrolling waits for it, else the bottom row would be computed from the old heights.
    if (watched == m_list && event->type() == QEvent::Resize && m_list->count() > 0)
        QTimer::singleShot(0, m_list, [list = m_list] { list->scrollToBottom(); });
    return QWidget::eventFilter(watched, event);
}

void NarrationPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        setWindowTitle(tr("What Happened and Why"));
        rebuild();
    }
    QWidget::changeEvent(event);
}

} // namespace tcplab
