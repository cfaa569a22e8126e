#include "panels/concepts_browser.h"

#include "text/concept_articles.h"
#include "common/duration_text.h"
#include "scenario/scenario_library.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

namespace tcplab {

namespace {
constexpr char linkScheme[] = "tcplab-scenario";
}

ConceptsBrowser::ConceptsBrowser(QWidget *parent)
    : QWidget(parent)
{
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("conceptList"));
    m_list->setWordWrap(true);
    m_list->setSpacing(3);
    m_text = new QTextBrowser(this);
    m_text->setObjectName(QStringLiteral("conceptText"));
    m_text->setOpenLinks(false); // scenario links are ours; nothing leaves the app
    m_open = new QPushButton(this);
    m_open->setObjectName(QStringLiteral("openScenarioButton"));

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_text, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_open);
    rightLayout->addLayout(buttons);

    // The list above the article: the dock is tall and narrow, and a title side by side
    // with the article had a third of its width, cut into pieces.
    m_list->setResizeMode(QListView::Adjust); // titles wrap again when the dock is resized
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_list);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        const auto &all = ConceptArticles::all();
        if (row < 0 || row >= all.size() || all[row].id == m_current)
            return;
        m_current = all[row].id;
        showCurrent();
        emit currentArticleChanged(m_current);
    });
    connect(m_open, &QPushButton::clicked, this, &ConceptsBrowser::openCurrentScenario);
    connect(m_text, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        QString id;
        SimTime at = 0;
        if (parseScenarioLink(url.toString(), &id, &at))
            emit openScenarioRequested(id, at);
    });

    if (!ConceptArticles::all().isEmpty())
        m_current = ConceptArticles::all().first().id;
    retranslate();
}

bool ConceptsBrowser::setCurrentArticle(const QString &id)
{
    const auto &all = ConceptArticles::all();
    for (int i = 0; i < all.size(); ++i) {
        if (all[i].id == id) {
            m_list->setCurrentRow(i); // shows it and emits currentArticleChanged
            return true;
        }
    }
    return false;
}

QString ConceptsBrowser::currentHtml() const
{
    return m_html;
}

QString ConceptsBrowser::openButtonText() const
{
    return m_open->text();
}

QString ConceptsBrowser::scenarioLink(const QString &scenarioId, SimTime at)
{
    return QStringLiteral("%1:%2@%3").arg(QLatin1String(linkScheme), scenarioId).arg(at / usPerMs);
}

bool ConceptsBrowser::parseScenarioLink(const QString &link, QString *scenarioId, SimTime *at)
{
    const QString prefix = QLatin1String(linkScheme) + QLatin1Char(':');
    if (!link.startsWith(prefix))
        return false;
    const QString rest = link.mid(prefix.size());
    const int atSign = rest.lastIndexOf(QLatin1Char('@'));
    if (atSign <= 0)
        return false;
    bool ok = false;
    const qint64 ms = rest.mid(atSign + 1).toLongLong(&ok);
    if (!ok || ms < 0)
        return false;
    *scenarioId = rest.left(atSign);
    *at = msToUs(ms);
    return true;
}

void ConceptsBrowser::openCurrentScenario()
{
    if (const ConceptArticle *a = ConceptArticles::find(m_current))
        emit openScenarioRequested(a->scenario.scenarioId, a->scenario.at);
}

void ConceptsBrowser::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

QString ConceptsBrowser::scenarioTitle(const QString &scenarioId) const
{
    // The built-in scenario's own title when it exists; its id otherwise.
    if (ScenarioLibrary::contains(scenarioId)) {
        const ScenarioFile::LoadResult r = ScenarioLibrary::load(scenarioId);
        const QString title = r.ok ? r.scenario.title.text(ConceptArticles::language()) : QString();
        if (!title.isEmpty())
            return title;
    }
    return scenarioId;
}

void ConceptsBrowser::retranslate()
{
    const QString lang = ConceptArticles::language();
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    int currentRow = 0;
    const auto &all = ConceptArticles::all();
    for (int i = 0; i < all.size(); ++i) {
        m_list->addItem(all[i].title(lang));
        if (all[i].id == m_current)
            currentRow = i;
    }
    m_list->setCurrentRow(currentRow);
    setWindowTitle(tr("Concepts")); // also the language probe of ConceptArticles::language()
    m_list->setAccessibleName(windowTitle());
    showCurrent();
}

void ConceptsBrowser::showCurrent()
{
    const ConceptArticle *a = ConceptArticles::find(m_current);
    if (!a) {
        m_html.clear();
        m_text->clear();
        m_open->setEnabled(false);
        return;
    }
    const QString lang = ConceptArticles::language();
    const QString title = scenarioTitle(a->scenario.scenarioId);
    QString html = QStringLiteral("<h2>%1</h2>\n%2").arg(a->title(lang).toHtmlEscaped(), a->body(lang));
    const QString link = scenarioLink(a->scenario.scenarioId, a->scenario.at);
    const QString see = a->scenario.at > 0
                            ? tr("See it happen: <a href=\"%1\">%2</a>, at %3.")
                                  .arg(link, title.toHtmlEscaped(), durationText(a->scenario.at))
                            : tr("See it happen: <a href=\"%1\">%2</a>, from the start.")
                                  .arg(link, title.toHtmlEscaped());
    html += QStringLiteral("<hr><p>%1</p>").arg(see);
    if (!a->seeAlso.isEmpty()) {
        QStringList links;
        for (const ConceptScenarioLink &l : a->seeAlso)
            links << QStringLiteral("<a href=\"%1\">%2</a>")
                         .arg(scenarioLink(l.scenarioId, l.at), scenarioTitle(l.scenarioId).toHtmlEscaped());
        html += QStringLiteral("<p>%1</p>").arg(tr("See also: %1").arg(links.join(QStringLiteral(" · "))));
    }
    m_html = html;
    m_text->setHtml(html);
    // The article names the scenario (its "See it happen" link); the button, short, keeps
    // the dock as narrow as the learner wants it.
    m_open->setText(tr("Open the scenario"));
    m_open->setToolTip(a->scenario.at > 0
                           ? tr("Opens the scenario and moves the playhead to %1.").arg(durationText(a->scenario.at))
                           : tr("Opens the scenario at its start."));
    m_open->setEnabled(true);
}

} // namespace tcplab
