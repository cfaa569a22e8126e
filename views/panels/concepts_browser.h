#pragma once

#include "sim/sim_time.h"

#include <QString>
#include <QWidget>

class QListWidget;
class QPushButton;
class QTextBrowser;

namespace tcplab {

// The Concepts articles: a list of titles and the chosen article as rich text, with a button
// (and links inside the text) that open the scenario showing it at the right moment. The
// language follows ConceptArticles::language(), re-read on QEvent::LanguageChange.
class ConceptsBrowser : public QWidget
{
    Q_OBJECT
public:
    explicit ConceptsBrowser(QWidget *parent = nullptr);

    // Shows an article by id; an unknown id is ignored (returns false).
    bool setCurrentArticle(const QString &id);
    QString currentArticle() const { return m_current; }
    // The HTML shown for the current article (for tests and export).
    QString currentHtml() const;
    QString openButtonText() const;

    // Link scheme used inside articles: "tcplab-scenario:<id>@<ms>".
    static QString scenarioLink(const QString &scenarioId, SimTime at);
    static bool parseScenarioLink(const QString &link, QString *scenarioId, SimTime *at);

public slots:
    // Asks the application to open the current article's scenario at its moment.
    void openCurrentScenario();

signals:
    void openScenarioRequested(const QString &scenarioId, tcplab::SimTime at);
    void currentArticleChanged(const QString &id);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showCurrent();
    QString scenarioTitle(const QString &scenarioId) const;

    QListWidget *m_list = nullptr;
    QTextBrowser *m_text = nullptr;
    QPushButton *m_open = nullptr;
    QString m_current;
    QString m_html;
};

} // namespace tcplab
