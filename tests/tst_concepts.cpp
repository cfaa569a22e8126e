// The Concepts articles and their browser.
#include "text/concept_articles.h"
#include "panels/concepts_browser.h"
#include "scenario/scenario_library.h"

#include <QApplication>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPushButton>
#include <QRegularExpression>
#include <QTemporaryDir>
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

void writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &content)
{
    QFile f(dir.filePath(name));
    QVERIFY2(f.open(QIODevice::WriteOnly), qPrintable(f.fileName()));
    f.write(content);
}

// An article directory with one article, "probe", linked to a shipped scenario.
const QByteArray oneArticleIndex = R"({"version": 1, "articles": [
    {"id": "probe", "scenario": {"id": "three-way-handshake", "at_ms": 110}, "see_also": []}]})";

void writeProbeArticle(const QTemporaryDir &dir)
{
    writeFile(dir, QStringLiteral("index.json"), oneArticleIndex);
    writeFile(dir, QStringLiteral("probe.en.html"), "<h1>Probe</h1>\n<p>Text.</p>\n");
    writeFile(dir, QStringLiteral("probe.zh_CN.html"), "<h1>\xe6\x8e\xa2\xe6\xb5\x8b</h1>\n<p>\xe6\x96\x87</p>\n");
}

bool anyContains(const QStringList &errors, const QString &text)
{
    for (const QString &e : errors) {
        if (e.contains(text))
            return true;
    }
    return false;
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
    void builtInArticlesAreReadWithoutErrors();
    void embeddedArticleFilesAreTheSourceFiles();
    void everyIndexedArticleExistsInBothLanguagesAndNamesShippedScenarios();
    void articleFileGivesTitleFromItsFirstLineAndBodyVerbatim();
    void missingLanguageFileIsNamedAndLeavesTheArticleOut();
    void indexProblemsAreReportedWithTheirJsonPath_data();
    void indexProblemsAreReportedWithTheirJsonPath();
    void malformedTitleLineIsReported_data();
    void malformedTitleLineIsReported();
    void articleFileMissingFromTheIndexIsReported();
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

void TstConcepts::builtInArticlesAreReadWithoutErrors()
{
    QVERIFY2(ConceptArticles::errors().isEmpty(), qPrintable(ConceptArticles::errors().join(QLatin1Char('\n'))));
    QCOMPARE(ConceptArticles::languages(), (QStringList{"en", "zh_CN"}));
}

void TstConcepts::embeddedArticleFilesAreTheSourceFiles()
{
    // Every file in resources/articles is built in, unchanged (a stale build would differ).
    const QDir source(QStringLiteral(TCPLAB_SOURCE_DIR "/resources/articles"));
    const QDir embedded(ConceptArticles::resourceDirectory());
    const QStringList files = source.entryList(QDir::Files, QDir::Name);
    QVERIFY(files.contains(QStringLiteral("index.json")));
    QCOMPARE(embedded.entryList(QDir::Files, QDir::Name), files);
    for (const QString &name : files) {
        QFile a(source.filePath(name)), b(embedded.filePath(name));
        QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
        QVERIFY2(a.readAll() == b.readAll(), qPrintable(name));
    }
}

void TstConcepts::everyIndexedArticleExistsInBothLanguagesAndNamesShippedScenarios()
{
    // Read the index directly, not through the reader under test.
    QFile index(ConceptArticles::resourceDirectory() + QStringLiteral("/index.json"));
    QVERIFY(index.open(QIODevice::ReadOnly));
    const QJsonArray articles = QJsonDocument::fromJson(index.readAll()).object().value("articles").toArray();
    QCOMPARE(articles.size(), ConceptArticles::all().size());
    for (int i = 0; i < articles.size(); ++i) {
        const QJsonObject entry = articles[i].toObject();
        const QString id = entry.value("id").toString();
        QCOMPARE(ConceptArticles::all().at(i).id, id); // the index order is the browser's order
        for (const QString &language : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
            const QString file = QStringLiteral("%1/%2.%3.html").arg(ConceptArticles::resourceDirectory(), id, language);
            QVERIFY2(QFile::exists(file), qPrintable(file));
        }
        QJsonArray links = entry.value("see_also").toArray();
        links.prepend(entry.value("scenario"));
        for (const QJsonValue &link : links) {
            const QString scenario = link.toObject().value("id").toString();
            QVERIFY2(ScenarioLibrary::contains(scenario), qPrintable(id + QStringLiteral(" names ") + scenario));
        }
    }
}

void TstConcepts::articleFileGivesTitleFromItsFirstLineAndBodyVerbatim()
{
    QTemporaryDir dir;
    writeProbeArticle(dir);
    // Entities in the title are decoded; a BOM and Windows line ends are dropped; the body is
    // kept as written, markup and all.
    writeFile(dir, QStringLiteral("probe.en.html"),
              "\xef\xbb\xbf<h1>SYN &amp; ACK</h1>\r\n<p>One <b>two</b>.</p>\r\n\r\n<p>Three.</p>\r\n");
    const ConceptArticles::LoadResult r = ConceptArticles::load(dir.path());
    QVERIFY2(r.errors.isEmpty(), qPrintable(r.errors.join(QLatin1Char('\n'))));
    QCOMPARE(r.articles.size(), 1);
    const ConceptArticle &a = r.articles.first();
    QCOMPARE(a.id, QStringLiteral("probe"));
    QCOMPARE(a.titleEn, QStringLiteral("SYN & ACK"));
    QCOMPARE(a.bodyEn, QStringLiteral("<p>One <b>two</b>.</p>\n\n<p>Three.</p>\n"));
    QCOMPARE(a.titleZh, QString::fromUtf8("探测"));
    QCOMPARE(a.bodyZh, QString::fromUtf8("<p>文</p>\n"));
    QCOMPARE(a.scenario.scenarioId, QStringLiteral("three-way-handshake"));
    QCOMPARE(a.scenario.at, msToUs(110));
    QVERIFY(a.seeAlso.isEmpty());
}

void TstConcepts::missingLanguageFileIsNamedAndLeavesTheArticleOut()
{
    QTemporaryDir dir;
    writeProbeArticle(dir);
    QVERIFY(QFile::remove(dir.filePath(QStringLiteral("probe.zh_CN.html"))));
    const ConceptArticles::LoadResult r = ConceptArticles::load(dir.path());
    QVERIFY(r.articles.isEmpty()); // not shown in one language only
    QCOMPARE(r.errors.size(), 1);
    QVERIFY2(r.errors.first().startsWith(dir.filePath(QStringLiteral("probe.zh_CN.html")) + QStringLiteral(": missing")),
             qPrintable(r.errors.first()));
}

void TstConcepts::indexProblemsAreReportedWithTheirJsonPath_data()
{
    QTest::addColumn<QByteArray>("index");
    QTest::addColumn<QString>("error");
    QTest::newRow("not JSON") << QByteArray("{\"version\": 1,") << "index.json: not valid JSON";
    QTest::newRow("version") << QByteArray(R"({"version": 2, "articles": []})") << "index.json: version: must be 1";
    QTest::newRow("no articles") << QByteArray(R"({"version": 1})") << "index.json: articles: must be an array";
    QTest::newRow("unknown key")
        << QByteArray(R"({"version": 1, "articles": [{"id": "probe", "scenario": {"id": "lost-syn", "at_ms": 0}, "seealso": []}]})")
        << "index.json: articles[0].seealso: unknown key";
    QTest::newRow("id with spaces")
        << QByteArray(R"({"version": 1, "articles": [{"id": "Probe One", "scenario": {"id": "lost-syn", "at_ms": 0}}]})")
        << "index.json: articles[0].id: must be lower-case letters, digits and hyphens";
    QTest::newRow("no scenario") << QByteArray(R"({"version": 1, "articles": [{"id": "probe"}]})")
                                 << "index.json: articles[0].scenario: missing";
    QTest::newRow("negative moment")
        << QByteArray(R"({"version": 1, "articles": [{"id": "probe", "scenario": {"id": "lost-syn", "at_ms": -5}}]})")
        << "index.json: articles[0].scenario.at_ms: must be a whole number of milliseconds";
    QTest::newRow("fractional moment")
        << QByteArray(R"({"version": 1, "articles": [{"id": "probe", "scenario": {"id": "lost-syn", "at_ms": 1.5}}]})")
        << "index.json: articles[0].scenario.at_ms: must be a whole number of milliseconds";
    QTest::newRow("unknown scenario")
        << QByteArray(R"({"version": 1, "articles": [{"id": "probe", "scenario": {"id": "lost-syn", "at_ms": 0},)"
                      R"( "see_also": [{"id": "lost-syn-akc", "at_ms": 0}]}]})")
        << "index.json: articles[0].see_also[0].id: no built-in scenario is called \"lost-syn-akc\"";
    QTest::newRow("listed twice")
        << QByteArray(R"({"version": 1, "articles": [{"id": "probe", "scenario": {"id": "lost-syn", "at_ms": 0}},)"
                      R"( {"id": "probe", "scenario": {"id": "lost-syn", "at_ms": 0}}]})")
        << "index.json: articles[1].id: \"probe\" is listed twice";
}

void TstConcepts::indexProblemsAreReportedWithTheirJsonPath()
{
    QFETCH(QByteArray, index);
    QFETCH(QString, error);
    QTemporaryDir dir;
    writeProbeArticle(dir);
    writeFile(dir, QStringLiteral("index.json"), index);
    const ConceptArticles::LoadResult r = ConceptArticles::load(dir.path());
    QVERIFY2(anyContains(r.errors, error), qPrintable(r.errors.join(QLatin1Char('\n'))));
    // Only a complete, valid entry becomes an article ("listed twice" keeps the first).
    QCOMPARE(r.articles.size(), QByteArray(QTest::currentDataTag()) == "listed twice" ? 1 : 0);
}

void TstConcepts::malformedTitleLineIsReported_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("error");
    QTest::newRow("no heading") << QByteArray("<p>Text.</p>\n") << "line 1: must be the title alone";
    QTest::newRow("h2") << QByteArray("<h2>Probe</h2>\n<p>Text.</p>\n") << "line 1: must be the title alone";
    QTest::newRow("text after title") << QByteArray("<h1>Probe</h1><p>Text.</p>\n") << "line 1: must be the title alone";
    QTest::newRow("tag in title") << QByteArray("<h1>Probe <i>this</i></h1>\n<p>Text.</p>\n") << "line 1: the title is plain text";
    QTest::newRow("empty title") << QByteArray("<h1> </h1>\n<p>Text.</p>\n") << "line 1: the title is empty";
    QTest::newRow("no body") << QByteArray("<h1>Probe</h1>\n\n") << "has no text after the title";
    QTest::newRow("not UTF-8") << QByteArray("<h1>Probe</h1>\n<p>caf\xe9</p>\n") << "is not valid UTF-8";
}

void TstConcepts::malformedTitleLineIsReported()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, error);
    QTemporaryDir dir;
    writeProbeArticle(dir);
    writeFile(dir, QStringLiteral("probe.en.html"), content);
    const ConceptArticles::LoadResult r = ConceptArticles::load(dir.path());
    QVERIFY(r.articles.isEmpty());
    QCOMPARE(r.errors.size(), 1);
    QVERIFY2(r.errors.first().startsWith(dir.filePath(QStringLiteral("probe.en.html")) + QStringLiteral(": ") + error),
             qPrintable(r.errors.first()));
}

void TstConcepts::articleFileMissingFromTheIndexIsReported()
{
    QTemporaryDir dir;
    writeProbeArticle(dir);
    writeFile(dir, QStringLiteral("probe.zh.html"), "<h1>Probe</h1>\n<p>Text.</p>\n"); // language misspelt
    const ConceptArticles::LoadResult r = ConceptArticles::load(dir.path());
    QCOMPARE(r.articles.size(), 1);
    QCOMPARE(r.errors.size(), 1);
    QVERIFY2(r.errors.first().startsWith(dir.filePath(QStringLiteral("probe.zh.html")) + QStringLiteral(": not listed in index.json")),
             qPrintable(r.errors.first()));
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
