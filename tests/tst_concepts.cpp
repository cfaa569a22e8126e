// The Concepts articles and their browser.
#include "text/concept_articles.h"
#include "panels/concepts_browser.h"
#include "scenario/scenario_library.h"

#include <QApplication>
#include <QEvent>
#include <QPushButton>
#include <QRegularExpression>
#include <QTextBrowser>
#include <QTranslator>
#include <QtTest>

using namespace tcplab;

namespace {

QString plainText(const QString &html)
{
    QString t = html;
    t.remove(QRegularExpression(QStringLiteral("<[^>]+>")));
    return t;
}

int wordCount(const QString &html)
{
    return int(plainText(html).split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts).size());
}

bool hasChinese(const QString &text)
{
    for (QChar c : text) {
        if (c.unicode() >= 0x4e00 && c.unicode() <= 0x9fff)
            return true;
    }
    return false;
}

} // namespace

class TstConcepts : public QObject
{
    Q_OBJECT

private slots:
    void init() { ConceptArticles::setLanguage(QStringLiteral("en")); }
    void everyArticleHasEnglishAndChineseTitleAndBody();
    void englishArticlesAreShort();
    void articlesMentionTheirKeyFacts_data();
    void articlesMentionTheirKeyFacts();
    void keepaliveArticleCorrectsTheMinutesMistake();
    void everyArticleNamesItsScenarioAndMoment();
    void openButtonAsksForTheArticlesScenario_data();
    void openButtonAsksForTheArticlesScenario();
    void scenarioLinksInTheTextAskForTheirScenario();
    void scenarioLinksRoundTrip();
    void browserFollowsTheAppLanguage();
    void unknownArticleIsIgnored();
    void languageFallsBackToTheInstalledCatalogue();
    void renderPngForReview();
};

void TstConcepts::everyArticleHasEnglishAndChineseTitleAndBody()
{
    QVERIFY(ConceptArticles::all().size() >= 7);
    QSet<QString> ids;
    for (const ConceptArticle &a : ConceptArticles::all()) {
        QVERIFY2(!ids.contains(a.id), qPrintable(a.id));
        ids.insert(a.id);
        QVERIFY2(!a.titleEn.isEmpty() && !a.titleZh.isEmpty(), qPrintable(a.id));
        QVERIFY2(!a.bodyEn.isEmpty() && !a.bodyZh.isEmpty(), qPrintable(a.id));
        QVERIFY2(!hasChinese(a.titleEn) && !hasChinese(a.bodyEn), qPrintable(a.id));
        QVERIFY2(hasChinese(a.titleZh) && hasChinese(a.bodyZh), qPrintable(a.id));
        // Simple HTML, balanced paragraphs.
        for (const QString &body : {a.bodyEn, a.bodyZh})
            QCOMPARE(body.count(QStringLiteral("<p>")), body.count(QStringLiteral("</p>")));
        QCOMPARE(a.title(QStringLiteral("zh_CN")), a.titleZh);
        QCOMPARE(a.title(QStringLiteral("en")), a.titleEn);
        QCOMPARE(a.body(QStringLiteral("zh")), a.bodyZh);
    }
}

void TstConcepts::englishArticlesAreShort()
{
    for (const ConceptArticle &a : ConceptArticles::all()) {
        const int words = wordCount(a.bodyEn);
        QVERIFY2(words >= 150 && words <= 300, qPrintable(QStringLiteral("%1: %2 words").arg(a.id).arg(words)));
        // The Chinese says about as much: roughly two to three characters per English word.
        const int chars = int(plainText(a.bodyZh).size());
        QVERIFY2(chars >= 300 && chars <= 900, qPrintable(QStringLiteral("%1: %2 characters").arg(a.id).arg(chars)));
    }
}

void TstConcepts::articlesMentionTheirKeyFacts_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QStringList>("facts"); // each in both languages
    QTest::newRow("handshake") << "why-three-segments-to-open"
                               << QStringList{"ack=x+1", "ack=y+1", "RST", "RFC 6528"};
    QTest::newRow("close") << "why-four-segments-to-close"
                           << QStringList{"FIN,ACK / FIN,ACK / ACK", "40", "CLOSE-WAIT", "FIN-WAIT-2"};
    QTest::newRow("time-wait") << "why-time-wait-2msl"
                               << QStringList{"2×MSL", "60", "RFC 793", "SO_REUSEADDR", "RST"};
    QTest::newRow("syn flood") << "syn-flood-and-cookies"
                               << QStringList{"ss -tan state syn-recv", "SYN_RECV", "ISN + 1", "backlog", "5"};
    QTest::newRow("keepalive") << "keepalive"
                               << QStringList{"7200", "75", "9 ", "RFC 1122", "7875", "10", "BSD"};
    QTest::newRow("rst") << "what-rst-does"
                         << QStringList{"TIME-WAIT", "RFC 9293 §3.10.7.4", "RFC 5961", "RFC 2525", "RST,ACK"};
    QTest::newRow("seq/ack") << "sequence-and-ack-numbers"
                             << QStringList{"ack = seq + len", "ack=1001", "MTU − 40", "1460", "1452", "1492", "2<sup>32</sup>"};
}

void TstConcepts::articlesMentionTheirKeyFacts()
{
    QFETCH(QString, id);
    QFETCH(QStringList, facts);
    const ConceptArticle *a = ConceptArticles::find(id);
    QVERIFY(a);
    for (const QString &f : facts) {
        QVERIFY2(a->bodyEn.contains(f), qPrintable(id + QStringLiteral(" (en) lacks ") + f));
        QVERIFY2(a->bodyZh.contains(f), qPrintable(id + QStringLiteral(" (zh) lacks ") + f));
    }
}

void TstConcepts::keepaliveArticleCorrectsTheMinutesMistake()
{
    const ConceptArticle *a = ConceptArticles::find(QStringLiteral("keepalive"));
    QVERIFY(a);
    QVERIFY(plainText(a->bodyEn).contains(QStringLiteral("every 75 seconds")));
    QVERIFY(plainText(a->bodyEn).contains(QStringLiteral("seconds, not minutes")));
    QVERIFY(plainText(a->bodyZh).contains(QStringLiteral("每 75 秒")));
    QVERIFY(plainText(a->bodyZh).contains(QStringLiteral("秒而不是分钟")));
}

void TstConcepts::everyArticleNamesItsScenarioAndMoment()
{
    // The lessons the articles must lead to; every link must name a built-in scenario.
    const QSet<QString> lessons = {
        "three-way-handshake", "lost-final-ack", "syn-flood", "syn-flood-cookies",
        "keepalive-dead-peer", "abort-rst", "data-transfer", "three-segment-close",
        "old-duplicate-syn", "two-way-handshake-problem", "no-time-wait-lost-ack"};
    QSet<QString> used;
    for (const ConceptArticle &a : ConceptArticles::all()) {
        QVERIFY2(ScenarioLibrary::contains(a.scenario.scenarioId), qPrintable(a.scenario.scenarioId));
        QVERIFY(a.scenario.at >= 0);
        used.insert(a.scenario.scenarioId);
        for (const ConceptScenarioLink &l : a.seeAlso) {
            QVERIFY2(ScenarioLibrary::contains(l.scenarioId), qPrintable(l.scenarioId));
            used.insert(l.scenarioId);
        }
    }
    for (const QString &lesson : lessons)
        QVERIFY2(used.contains(lesson), qPrintable(lesson));
    // Moments: the lost final ACK is shown at B's retransmitted FIN, keepalive at its first
    // probe after two idle hours.
    QCOMPARE(ConceptArticles::find(QStringLiteral("why-time-wait-2msl"))->scenario.at, msToUs(1100));
    QCOMPARE(ConceptArticles::find(QStringLiteral("keepalive"))->scenario.at, msToUs(7200350));
}

void TstConcepts::openButtonAsksForTheArticlesScenario_data()
{
    QTest::addColumn<QString>("id");
    for (const ConceptArticle &a : ConceptArticles::all())
        QTest::newRow(qPrintable(a.id)) << a.id;
}

void TstConcepts::openButtonAsksForTheArticlesScenario()
{
    QFETCH(QString, id);
    ConceptsBrowser browser;
    QSignalSpy spy(&browser, &ConceptsBrowser::openScenarioRequested);
    QVERIFY(browser.setCurrentArticle(id));
    QCOMPARE(browser.currentArticle(), id);
    auto *button = browser.findChild<QPushButton *>(QStringLiteral("openScenarioButton"));
    QVERIFY(button && button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(spy.size(), 1);
    const ConceptArticle *a = ConceptArticles::find(id);
    QCOMPARE(spy.first().at(0).toString(), a->scenario.scenarioId);
    QCOMPARE(spy.first().at(1).value<SimTime>(), a->scenario.at);
    QVERIFY(browser.currentHtml().contains(a->titleEn.toHtmlEscaped()));
    QVERIFY(browser.openButtonText().startsWith(QStringLiteral("Open the scenario")));
}

void TstConcepts::scenarioLinksInTheTextAskForTheirScenario()
{
    ConceptsBrowser browser;
    QVERIFY(browser.setCurrentArticle(QStringLiteral("why-time-wait-2msl")));
    QSignalSpy spy(&browser, &ConceptsBrowser::openScenarioRequested);
    const ConceptScenarioLink other = ConceptArticles::find(QStringLiteral("why-time-wait-2msl"))->seeAlso.first();
    QCOMPARE(other.scenarioId, QStringLiteral("no-time-wait-lost-ack"));
    const QString link = ConceptsBrowser::scenarioLink(other.scenarioId, other.at);
    QVERIFY(browser.currentHtml().contains(link));
    auto *text = browser.findChild<QTextBrowser *>(QStringLiteral("conceptText"));
    QVERIFY(text);
    emit text->anchorClicked(QUrl(link));
    QCOMPARE(spy.size(), 1);
    QCOMPARE(spy.first().at(0).toString(), QStringLiteral("no-time-wait-lost-ack"));
    QCOMPARE(spy.first().at(1).value<SimTime>(), other.at);
    // Any other link is not ours: nothing is opened.
    emit text->anchorClicked(QUrl(QStringLiteral("https://example.org/")));
    QCOMPARE(spy.size(), 1);
}

void TstConcepts::scenarioLinksRoundTrip()
{
    QString id;
    SimTime at = -1;
    QVERIFY(ConceptsBrowser::parseScenarioLink(ConceptsBrowser::scenarioLink(QStringLiteral("lost-final-ack"), msToUs(1100)), &id, &at));
    QCOMPARE(id, QStringLiteral("lost-final-ack"));
    QCOMPARE(at, msToUs(1100));
    QVERIFY(!ConceptsBrowser::parseScenarioLink(QStringLiteral("tcplab-scenario:x@-5"), &id, &at));
    QVERIFY(!ConceptsBrowser::parseScenarioLink(QStringLiteral("tcplab-scenario:@5"), &id, &at));
    QVERIFY(!ConceptsBrowser::parseScenarioLink(QStringLiteral("http://x@5"), &id, &at));
}

void TstConcepts::browserFollowsTheAppLanguage()
{
    ConceptsBrowser browser;
    QVERIFY(browser.setCurrentArticle(QStringLiteral("keepalive")));
    const ConceptArticle *a = ConceptArticles::find(QStringLiteral("keepalive"));
    QVERIFY(browser.currentHtml().contains(a->titleEn));
    ConceptArticles::setLanguage(QStringLiteral("zh_CN"));
    QCOMPARE(ConceptArticles::language(), QStringLiteral("zh_CN"));
    QEvent change(QEvent::LanguageChange);
    QCoreApplication::sendEvent(&browser, &change);
    QVERIFY(browser.currentHtml().contains(a->titleZh));
    QVERIFY(browser.currentHtml().contains(QStringLiteral("7200 秒")));
    QCOMPARE(browser.currentArticle(), QStringLiteral("keepalive"));
    ConceptArticles::setLanguage(QStringLiteral("en"));
    QCoreApplication::sendEvent(&browser, &change);
    QVERIFY(browser.currentHtml().contains(a->titleEn));
}

void TstConcepts::unknownArticleIsIgnored()
{
    ConceptsBrowser browser;
    const QString before = browser.currentArticle();
    QVERIFY(!before.isEmpty());
    QVERIFY(!browser.setCurrentArticle(QStringLiteral("no-such-article")));
    QCOMPARE(browser.currentArticle(), before);
}

namespace {
class ChineseConcepts : public QTranslator
{
public:
    QString translate(const char *context, const char *source, const char *, int) const override
    {
        if (qstrcmp(context, "tcplab::ConceptsBrowser") == 0 && qstrcmp(source, "Concepts") == 0)
            return QStringLiteral("概念");
        return {};
    }
};
} // namespace

void TstConcepts::languageFallsBackToTheInstalledCatalogue()
{
    qApp->setProperty(ConceptArticles::languageProperty, QVariant());
    ChineseConcepts zh;
    QCoreApplication::installTranslator(&zh);
    QCOMPARE(ConceptArticles::language(), QStringLiteral("zh_CN"));
    QCoreApplication::removeTranslator(&zh);
    ConceptArticles::setLanguage(QStringLiteral("en"));
    QCOMPARE(ConceptArticles::language(), QStringLiteral("en"));
}

// With TCPLAB_CONCEPTS_PNG=dir, writes the browser in both languages for a person to read.
void TstConcepts::renderPngForReview()
{
    const QString dir = qEnvironmentVariable("TCPLAB_CONCEPTS_PNG");
    if (dir.isEmpty())
        QSKIP("set TCPLAB_CONCEPTS_PNG to a directory to write review images");
    for (const QString &lang : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
        ConceptArticles::setLanguage(lang);
        ConceptsBrowser browser;
        browser.resize(1000, 720);
        QVERIFY(browser.setCurrentArticle(QStringLiteral("keepalive")));
        QVERIFY(browser.grab().save(QStringLiteral("%1/concepts-%2.png").arg(dir, lang)));
    }
}

QTEST_MAIN(TstConcepts)
#include "tst_concepts.moc"
