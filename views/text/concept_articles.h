#pragma once

#include "sim/sim_time.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace tcplab {

// A scenario and the moment in it that shows what an article explains.
struct ConceptScenarioLink {
    QString scenarioId;
    SimTime at = 0;
};

// A short article of the Concepts browser, in both of the app's languages.
struct ConceptArticle {
    QString id;
    QString titleEn;
    QString titleZh;
    QString bodyEn; // simple HTML (p, ul, ol, li, b, i, code, sup)
    QString bodyZh;
    ConceptScenarioLink scenario;      // "Open the scenario"
    QList<ConceptScenarioLink> seeAlso; // further scenarios worth a look

    // "zh_CN"/"zh…" gives Chinese, anything else English.
    QString title(const QString &language) const;
    QString body(const QString &language) const;
};

// The Concepts articles. Unlike the rest of the UI, the article texts are not tr() strings:
// each article is a whole HTML file per language, because a translator must see the whole
// argument (and the common mistakes it corrects) to translate it well, and fragments of
// 300-word prose make poor catalogue entries. The files live in resources/articles/ (built
// into the program under ":/articles"): index.json lists the articles in order with their
// scenarios, and <id>.en.html / <id>.zh_CN.html hold each text, its title in a first-line
// <h1>. docs/articles.md describes the format for teachers.
class ConceptArticles
{
public:
    // The built-in articles, read once from resourceDirectory(). An article whose files are
    // missing or malformed is left out (and named in errors()), not shown half-translated.
    static const QList<ConceptArticle> &all();
    // nullptr for an unknown id.
    static const ConceptArticle *find(const QString &id);
    // What was wrong with the built-in articles; empty when every file was read.
    static const QStringList &errors();
    static QString resourceDirectory();
    // The languages every article must have, as in the file names: "en", "zh_CN".
    static QStringList languages();

    struct LoadResult {
        QList<ConceptArticle> articles; // those read without error, in index order
        QStringList errors;             // each "<file>: <where>: <problem>"
    };
    // Reads an article directory (the built-in one, or a teacher's copy being checked).
    static LoadResult load(const QString &directory);

    // The app's language, as the app publishes it: the QCoreApplication dynamic property
    // "tcplab_language" ("zh_CN" or "en"), set by the language switch before it installs the
    // translators (so widgets read the new value on QEvent::LanguageChange). Without the
    // property: Chinese if the installed catalogue translates the browser's title
    // ("Concepts") into Chinese, else the default QLocale decides.
    static constexpr const char *languageProperty = "tcplab_language";
    static QString language();
    // Sets the property (for the app's language switch and for tests).
    static void setLanguage(const QString &code);
    static bool isChinese(const QString &language);
};

} // namespace tcplab
