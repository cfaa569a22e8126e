#include "try_this_panel.h"

#include "action_table.h"
#include "text/narration.h"
#include "trace/trace.h"

#include <QAction>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace tcplab {

TryThisPanel::TryThisPanel(QWidget *parent)
    : QWidget(parent)
    , m_intro(new QLabel)
    , m_rows(new QVBoxLayout)
{
    setObjectName(QStringLiteral("tryThisPanel"));
    m_intro->setWordWrap(true);
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->addWidget(m_intro);
    layout->addLayout(m_rows);
    layout->addStretch(1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);
    render();
}

void TryThisPanel::setChallenges(const QList<ScenarioChallenge> &challenges)
{
    m_challenges = challenges;
    m_done.fill(false, challenges.size());
    m_hintShown.fill(false, challenges.size());
    rebuild();
}

void TryThisPanel::checkRun(const Trace &trace)
{
    for (int i = 0; i < m_challenges.size(); ++i) {
        if (!m_done[i] && m_challenges[i].goal.isMetBy(trace)) {
            m_done[i] = true;
            emit challengeDone(i);
        }
    }
    render();
}

void TryThisPanel::showHint(int challenge)
{
    if (challenge < 0 || challenge >= m_hintShown.size())
        return;
    m_hintShown[challenge] = true;
    render();
}

void TryThisPanel::setNextLessonAction(QAction *action)
{
    if (!m_nextLesson) {
        m_nextLesson = new QPushButton(this);
        m_nextLesson->setObjectName(QStringLiteral("nextLessonButton"));
        // Below the scrolling tasks, so it is there however many tasks a lesson has.
        layout()->addWidget(m_nextLesson);
    }
    const auto mirror = [this, action] {
        m_nextLesson->setText(ActionTable::withoutMnemonic(action->text()));
        m_nextLesson->setEnabled(action->isEnabled());
        m_nextLesson->setToolTip(action->toolTip());
    };
    connect(action, &QAction::changed, m_nextLesson, mirror);
    connect(m_nextLesson, &QPushButton::clicked, action, &QAction::trigger);
    mirror();
}

void TryThisPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        render();
    QWidget::changeEvent(event);
}

void TryThisPanel::rebuild()
{
    for (const Row &row : m_widgets) {
        delete row.mark;
        delete row.task;
        delete row.hintButton;
        delete row.hint;
    }
    m_widgets.clear();
    while (QLayoutItem *item = m_rows->takeAt(0))
        delete item;
    for (int i = 0; i < m_challenges.size(); ++i) {
        Row row;
        row.mark = new QLabel;
        row.mark->setObjectName(QStringLiteral("tryThisMark%1").arg(i));
        row.mark->setAlignment(Qt::AlignTop);
        row.task = new QLabel;
        row.task->setObjectName(QStringLiteral("tryThisTask%1").arg(i));
        row.task->setWordWrap(true);
        row.hintButton = new QPushButton;
        row.hintButton->setObjectName(QStringLiteral("tryThisHintButton%1").arg(i));
        connect(row.hintButton, &QPushButton::clicked, this, [this, i] { showHint(i); });
        row.hint = new QLabel;
        row.hint->setObjectName(QStringLiteral("tryThisHint%1").arg(i));
        row.hint->setWordWrap(true);
        row.hint->setStyleSheet(QStringLiteral("font-style: italic"));
        auto *grid = new QGridLayout;
        grid->addWidget(row.mark, 0, 0);
        grid->addWidget(row.task, 0, 1);
        grid->addWidget(row.hintButton, 1, 1, Qt::AlignLeft);
        grid->addWidget(row.hint, 2, 1);
        grid->setColumnStretch(1, 1);
        m_rows->addLayout(grid);
        m_widgets.append(row);
    }
    render();
}

void TryThisPanel::render()
{
    // The tab shows how many tasks are done, so a lesson's tasks are seen without opening it.
    if (m_challenges.isEmpty())
        setWindowTitle(tr("Try This"));
    else
        setWindowTitle(tr("Try This (%1/%2)").arg(m_done.count(true)).arg(m_challenges.size()));
    m_intro->setText(m_challenges.isEmpty()
                         ? tr("This lesson has no tasks to try. Change the story anyway: right-click a "
                              "segment to drop, delay or duplicate it.")
                         : tr("Change the story (faults, settings, actions) until each task is done."));
    const QString language = Narration::catalogueLanguage();
    for (int i = 0; i < m_widgets.size(); ++i) {
        const Row &row = m_widgets[i];
        const ScenarioChallenge &c = m_challenges[i];
        row.mark->setText(m_done[i] ? QStringLiteral("✔") : QStringLiteral("☐"));
        row.mark->setToolTip(m_done[i] ? tr("Done") : tr("Not done yet"));
        const QString task = c.task.text(language).toHtmlEscaped();
        row.task->setText(m_done[i] ? QStringLiteral("<s>%1</s> <b>%2</b>").arg(task, tr("Done!").toHtmlEscaped())
                                    : task);
        row.hintButton->setText(tr("Hint"));
        row.hintButton->setVisible(!c.hint.isEmpty() && !m_hintShown[i]);
        row.hint->setText(c.hint.text(language));
        row.hint->setVisible(m_hintShown[i]);
    }
}

} // namespace tcplab
