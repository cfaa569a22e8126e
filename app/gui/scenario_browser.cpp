#include "scenario_browser.h"

#include "language_manager.h"
#include "scenario/scenario_library.h"

#include <QEvent>
#include <QHeaderView>
#include <QTextBrowser>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace tcplab {

namespace {
constexpr int idRole = Qt::UserRole;
constexpr int summaryRole = Qt::UserRole + 1;
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
    m_tree->setUniformRowHeights(true);
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
        groups.insert(lesson, group);
    }
    QTreeWidgetItem *current = nullptr;
    for (const Scenario &scenario : ScenarioLibrary::scenarios()) {
        QTreeWidgetItem *group = groups.value(scenario.lesson);
        if (!group) {
            group = new QTreeWidgetItem(m_tree, {lessonTitle(scenario.lesson)});
            group->setFlags(Qt::ItemIsEnabled);
            groups.insert(scenario.lesson, group);
        }
        const QString title = scenario.title.isEmpty() ? scenario.id : scenario.title.text(language);
        auto *item = new QTreeWidgetItem(group, {title});
        item->setData(0, idRole, scenario.id);
        item->setData(0, summaryRole, scenario.summary.text(language));
        item->setToolTip(0, scenario.summary.text(language));
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
    m_summary->setHtml(QStringLiteral("<b>%1</b><br>%2<br><br><i>%3</i>")
                           .arg(item->text(0).toHtmlEscaped(),
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
