#include "scenario_browser.h"

#include "language_manager.h"
#include "scenario/scenario_library.h"
#include "teach/learner_progress.h"
#include "teach/question_keys.h"

#include <QEvent>
#include <QAction>
#include <QHeaderView>
#include <QPixmap>
#include <QTextBrowser>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace tcplab {

namespace {
constexpr int idRole = Qt::UserRole;
constexpr int summaryRole = Qt::UserRole + 1;
constexpr int titleRole = Qt::UserRole + 2;          // a group's title without its count
constexpr int challengeCountRole = Qt::UserRole + 3; // a lesson's challenges

QIcon visitedIcon()
{
    return QIcon(QStringLiteral(":/icons/visited.svg"));
}

// An unvisited lesson's icon: nothing, as wide as the check mark, so titles stay aligned.
QIcon blankIcon()
{
    QPixmap blank(16, 16);
    blank.fill(Qt::transparent);
    return QIcon(blank);
}

// Measures a row at the width its text really gets, so a long title wraps onto a second
// line: QTreeView asks the size of an item without telling the column's width, and the
// style then measures the text as one unbroken line.
class WrappingDelegate : public QStyledItemDelegate
{
public:
    explicit WrappingDelegate(QTreeView *tree)
        : QStyledItemDelegate(tree)
        , m_tree(tree)
    {
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        int depth = 0;
        for (QModelIndex up = index.parent(); up.isValid(); up = up.parent())
            ++depth;
        QStyleOptionViewItem sized(option);
        const int decoration = m_tree->rootIsDecorated() ? 1 : 0;
        // The style wraps only within a valid rectangle: a height is needed too.
        sized.rect = QRect(0, 0,
                           std::max(40, m_tree->columnWidth(index.column())
                                            - (depth + decoration) * m_tree->indentation()),
                           option.fontMetrics.height());
        return QStyledItemDelegate::sizeHint(sized, index);
    }

private:
    QTreeView *m_tree;
};

int countIn(const QSet<QString> &keys, const QStringList &of)
{
    int n = 0;
    for (const QString &key : of)
        n += int(keys.contains(key));
    return n;
}
} // namespace

ScenarioBrowser::ScenarioBrowser(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    m_tree = new QTreeWidget(splitter);
    m_tree->setObjectName(QStringLiteral("scenarioTree"));
    m_tree->setHeaderHidden(true);
    m_tree->setRootIsDecorated(true);
    // Whole titles, never "Three-way handshake and four-…": a title longer than the dock is
    // wide takes a second line (QTreeView sizes wrapped rows by the column's width).
    m_tree->setUniformRowHeights(false);
    m_tree->setWordWrap(true);
    m_tree->setItemDelegate(new WrappingDelegate(m_tree));
    m_tree->setTextElideMode(Qt::ElideNone);
    m_tree->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_tree->header()->setStretchLastSection(true);
    // QTreeView measures rows once; a narrower or wider dock needs them measured again.
    connect(m_tree->header(), &QHeaderView::sectionResized, m_tree, [this] {
        QTimer::singleShot(0, m_tree, [this] { m_tree->doItemsLayout(); });
    });
    m_summary = new QTextBrowser(splitter);
    m_summary->setObjectName(QStringLiteral("scenarioSummary"));
    m_summary->setFrameShape(QFrame::NoFrame);
    m_summary->setOpenLinks(false);
    splitter->addWidget(m_tree);
    splitter->addWidget(m_summary);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    layout->addWidget(splitter);

    connect(m_tree, &QTreeWidget::itemActivated, this, &ScenarioBrowser::activate);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &ScenarioBrowser::showSummary);
    populate();
}

QString ScenarioBrowser::lessonTitle(const QString &lessonId)
{
    if (lessonId == QLatin1String("opening"))
        return tr("Opening: the three-way handshake");
    if (lessonId == QLatin1String("data"))
        return tr("Data and acknowledgements");
    if (lessonId == QLatin1String("closing"))
        return tr("Closing: FIN, half-close");
    if (lessonId == QLatin1String("time-wait"))
        return tr("TIME-WAIT");
    if (lessonId == QLatin1String("failures"))
        return tr("Failures: loss, crashes, resets");
    if (lessonId == QLatin1String("attacks"))
        return tr("Attacks and defences: SYN flood, forged RSTs");
    return lessonId;
}

void ScenarioBrowser::populate()
{
    const QString language = LanguageManager::currentLanguage();
    m_tree->clear();
    QHash<QString, QTreeWidgetItem *> groups;
    for (const QString &lesson : ScenarioLibrary::lessons()) {
        auto *group = new QTreeWidgetItem(m_tree, {lessonTitle(lesson)});
        group->setFlags(Qt::ItemIsEnabled);
        QFont bold = group->font(0);
        bold.setBold(true);
        group->setFont(0, bold);
        group->setData(0, titleRole, group->text(0));
        groups.insert(lesson, group);
    }
    QTreeWidgetItem *current = nullptr;
    for (const Scenario &scenario : ScenarioLibrary::scenarios()) {
        QTreeWidgetItem *group = groups.value(scenario.lesson);
        if (!group) {
            group = new QTreeWidgetItem(m_tree, {lessonTitle(scenario.lesson)});
            group->setFlags(Qt::ItemIsEnabled);
            group->setData(0, titleRole, group->text(0));
            groups.insert(scenario.lesson, group);
        }
        const QString title = scenario.title.isEmpty() ? scenario.id : scenario.title.text(language);
        auto *item = new QTreeWidgetItem(group, {title});
        item->setData(0, idRole, scenario.id);
        item->setData(0, summaryRole, scenario.summary.text(language));
        item->setData(0, challengeCountRole, int(scenario.challenges.size()));
        if (scenario.id == m_current)
            current = item;
    }
    // Lessons without scenarios would only be noise.
    for (QTreeWidgetItem *group : std::as_const(groups)) {
        if (group->childCount() == 0)
            delete group;
    }
    m_tree->expandAll();
    if (current)
        m_tree->setCurrentItem(current);
    showProgress();
}

void ScenarioBrowser::setProgress(const LearnerProgress *progress)
{
    m_progress = progress;
    showProgress();
}

void ScenarioBrowser::addContextAction(QAction *action)
{
    m_tree->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_tree->addAction(action);
}

QString ScenarioBrowser::progressText(const QTreeWidgetItem *item) const
{
    const QString scenarioId = item->data(0, idRole).toString();
    if (!m_progress || scenarioId.isEmpty())
        return QString();
    const LearnerProgress::Lesson lesson = m_progress->lesson(scenarioId);
    if (!lesson.visited)
        return tr("Not visited yet");
    QStringList parts{tr("Visited")};
    // Counted against the lesson as shipped: a question of an edited run that the lesson
    // does not ask is not one of its questions.
    const QStringList questions = QuestionKeys::ofBuiltin(scenarioId);
    if (!questions.isEmpty()) {
        parts.append(tr("questions: %1/%2 answered, %3 right first time")
                         .arg(countIn(lesson.answered, questions))
                         .arg(questions.size())
                         .arg(countIn(lesson.rightFirstTime, questions)));
    }
    const int challenges = item->data(0, challengeCountRole).toInt();
    if (challenges > 0) {
        int done = 0;
        for (int i = 0; i < challenges; ++i)
            done += int(lesson.challengesDone.contains(QString::number(i)));
        parts.append(tr("challenges: %1/%2 done").arg(done).arg(challenges));
    }
    return parts.join(QStringLiteral(" · "));
}

void ScenarioBrowser::showProgress()
{
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *group = m_tree->topLevelItem(i);
        int visited = 0;
        for (int j = 0; j < group->childCount(); ++j) {
            QTreeWidgetItem *item = group->child(j);
            const QString id = item->data(0, idRole).toString();
            const bool isVisited = m_progress && m_progress->lesson(id).visited;
            visited += int(isVisited);
            item->setIcon(0, !m_progress ? QIcon() : isVisited ? visitedIcon() : blankIcon());
            const QString summary = item->data(0, summaryRole).toString();
            const QString progress = progressText(item);
            item->setToolTip(0, progress.isEmpty() ? summary : summary + QStringLiteral("\n\n") + progress);
        }
        const QString title = group->data(0, titleRole).toString();
        if (m_progress) {
            group->setText(0, tr("%1 (%2/%3)").arg(title).arg(visited).arg(group->childCount()));
            group->setToolTip(0, tr("%1 of %n lesson(s) visited", nullptr, group->childCount()).arg(visited));
        } else {
            group->setText(0, title);
            group->setToolTip(0, QString());
        }
    }
    showSummary();
}

void ScenarioBrowser::setCurrentScenario(const QString &id)
{
    m_current = id;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *group = m_tree->topLevelItem(i);
        for (int j = 0; j < group->childCount(); ++j) {
            if (group->child(j)->data(0, idRole).toString() == id) {
                m_tree->setCurrentItem(group->child(j));
                return;
            }
        }
    }
    // A file or a capture is open: no lesson may look like the one on screen.
    m_tree->setCurrentItem(nullptr);
    m_tree->clearSelection();
}

void ScenarioBrowser::activate(QTreeWidgetItem *item)
{
    if (!item)
        return;
    const QString id = item->data(0, idRole).toString();
    if (!id.isEmpty())
        emit scenarioActivated(id);
}

void ScenarioBrowser::showSummary()
{
    QTreeWidgetItem *item = m_tree->currentItem();
    if (!item || item->data(0, idRole).toString().isEmpty()) {
        m_summary->setHtml(tr("Double-click a scenario to open it.").toHtmlEscaped());
        return;
    }
    const QString progress = progressText(item);
    // The progress under the title, where a short pane still shows it.
    m_summary->setHtml(QStringLiteral("<b>%1</b><br>%2%3<br><br><i>%4</i>")
                           .arg(item->text(0).toHtmlEscaped(),
                                progress.isEmpty() ? QString()
                                                   : QStringLiteral("<i>%1</i><br>").arg(progress.toHtmlEscaped()),
                                item->data(0, summaryRole).toString().toHtmlEscaped(),
                                tr("Double-click to open.").toHtmlEscaped()));
}

void ScenarioBrowser::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        populate();
    QWidget::changeEvent(event);
}

} // namespace tcplab
