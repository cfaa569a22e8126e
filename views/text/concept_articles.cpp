#include "text/concept_articles.h"

#include "scenario/scenario_library.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>
#include <QStringDecoder>
#include <QVariant>
#include <QtDebug>
#include <cmath>
#include <utility>

// Reads the article files described in concept_articles.h and docs/articles.md. The texts
// follow docs/teaching-notes.md; each article names the common mistake it corrects.

namespace tcplab {

namespace {

const QLatin1String indexFileName("index.json");
// A moment must lie within a scenario's longest possible run (a week of virtual time).
constexpr qint64 maxMomentMs = qint64(7) * 24 * 3600 * 1000;

QString child(const QString &path, const QString &key)
{
    return path.isEmpty() ? key : path + QLatin1Char('.') + key;
}

QString item(const QString &path, int index)
{
    return QStringLiteral("%1[%2]").arg(path).arg(index);
}

// Ids become file names, so they are kept to lower-case letters, digits and single hyphens.
bool isValidId(const QString &id)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9]+(-[a-z0-9]+)*$"));
    return pattern.match(id).hasMatch();
}

// Reads index.json; every problem is reported under the file's name and the JSON path.
class IndexReader
{
public:
    explicit IndexReader(const QString &file) : m_file(file) {}

    QStringList errors;

    void error(const QString &path, const QString &message)
    {
        errors << QStringLiteral("%1: %2: %3").arg(m_file, path, message);
    }

    bool onlyKeys(const QJsonObject &o, const QString &path, const QStringList &allowed)
    {
        bool ok = true;
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (!allowed.contains(it.key())) {
                error(child(path, it.key()),
                      QStringLiteral("unknown key (expected %1)").arg(allowed.join(QLatin1String(", "))));
                ok = false;
            }
        }
        return ok;
    }

    bool readId(const QJsonObject &o, const QString &path, QString *out)
    {
        const QJsonValue v = o.value(QStringLiteral("id"));
        if (v.isUndefined()) {
            error(child(path, QStringLiteral("id")), QStringLiteral("missing"));
            return false;
        }
        if (!v.isString() || !isValidId(v.toString())) {
            error(child(path, QStringLiteral("id")),
                  QStringLiteral("must be lower-case letters, digits and hyphens, like \"lost-syn\""));
            return false;
        }
        *out = v.toString();
        return true;
    }

    // {"id": "<built-in scenario>", "at_ms": <whole milliseconds ≥ 0>}
    bool readLink(const QJsonValue &v, const QString &path, ConceptScenarioLink *out)
    {
        if (!v.isObject()) {
            error(path, QStringLiteral("must be an object with \"id\" and \"at_ms\""));
            return false;
        }
        const QJsonObject o = v.toObject();
        bool ok = onlyKeys(o, path, {QStringLiteral("id"), QStringLiteral("at_ms")});
        QString id;
        if (readId(o, path, &id)) {
            if (!ScenarioLibrary::contains(id)) {
                error(child(path, QStringLiteral("id")),
                      QStringLiteral("no built-in scenario is called \"%1\" (see resources/scenarios/)").arg(id));
                ok = false;
            }
        } else {
            ok = false;
        }
        const QJsonValue at = o.value(QStringLiteral("at_ms"));
        const double ms = at.toDouble(-1);
        if (at.isUndefined()) {
            error(child(path, QStringLiteral("at_ms")), QStringLiteral("missing"));
            ok = false;
        } else if (!at.isDouble() || ms < 0 || ms > double(maxMomentMs) || ms != std::floor(ms)) {
            error(child(path, QStringLiteral("at_ms")),
                  QStringLiteral("must be a whole number of milliseconds from 0 to %1").arg(maxMomentMs));
            ok = false;
        }
        if (ok)
            *out = ConceptScenarioLink{id, msToUs(qint64(ms))};
        return ok;
    }

    // One entry of "articles"; false (with its errors reported) if it cannot be used.
    bool readEntry(const QJsonValue &v, const QString &path, ConceptArticle *out)
    {
        if (!v.isObject()) {
            error(path, QStringLiteral("must be an object"));
            return false;
        }
        const QJsonObject o = v.toObject();
        bool ok = onlyKeys(o, path, {QStringLiteral("id"), QStringLiteral("scenario"), QStringLiteral("see_also")});
        ok = readId(o, path, &out->id) && ok;
        const QJsonValue scenario = o.value(QStringLiteral("scenario"));
        if (scenario.isUndefined()) {
            error(child(path, QStringLiteral("scenario")), QStringLiteral("missing"));
            ok = false;
        } else {
            ok = readLink(scenario, child(path, QStringLiteral("scenario")), &out->scenario) && ok;
        }
        const QJsonValue seeAlso = o.value(QStringLiteral("see_also"));
        if (!seeAlso.isUndefined() && !seeAlso.isArray()) {
            error(child(path, QStringLiteral("see_also")), QStringLiteral("must be an array (it may be empty)"));
            ok = false;
        }
        const QJsonArray links = seeAlso.toArray();
        for (int i = 0; i < links.size(); ++i) {
            ConceptScenarioLink link;
            if (readLink(links[i], item(child(path, QStringLiteral("see_also")), i), &link))
                out->seeAlso << link;
            else
                ok = false;
        }
        return ok;
    }

private:
    QString m_file;
};

QString decodeEntities(QString text)
{
    text.replace(QLatin1String("&lt;"), QLatin1String("<"));
    text.replace(QLatin1String("&gt;"), QLatin1String(">"));
    text.replace(QLatin1String("&quot;"), QLatin1String("\""));
    text.replace(QLatin1String("&#39;"), QLatin1String("'"));
    text.replace(QLatin1String("&amp;"), QLatin1String("&")); // last, so "&amp;lt;" stays "&lt;"
    return text;
}

// One language of one article: "<h1>Title</h1>" alone on the first line, the body after it.
bool readArticleFile(const QString &file, QString *title, QString *body, QStringList *errors)
{
    QFile f(file);
    if (!f.exists()) {
        *errors << QStringLiteral("%1: missing (every article needs one file per language: %2)")
                       .arg(file, ConceptArticles::languages().join(QLatin1String(", ")));
        return false;
    }
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text)) { // Text: CRLF files read as LF
        *errors << QStringLiteral("%1: cannot be read: %2").arg(file, f.errorString());
        return false;
    }
    QStringDecoder utf8(QStringDecoder::Utf8);
    QString text = utf8(f.readAll());
    if (utf8.hasError()) {
        *errors << QStringLiteral("%1: is not valid UTF-8 (save it as UTF-8)").arg(file);
        return false;
    }
    if (text.startsWith(QChar(0xfeff)))
        text.remove(0, 1);
    const qsizetype newline = text.indexOf(QLatin1Char('\n'));
    const QString firstLine = newline < 0 ? text : text.left(newline);
    static const QRegularExpression heading(QStringLiteral("^<h1>(.*)</h1>\\s*$"));
    const QRegularExpressionMatch m = heading.match(firstLine);
    if (!m.hasMatch()) {
        *errors << QStringLiteral("%1: line 1: must be the title alone, as <h1>Title</h1>").arg(file);
        return false;
    }
    if (m.captured(1).contains(QLatin1Char('<'))) {
        *errors << QStringLiteral("%1: line 1: the title is plain text, without tags").arg(file);
        return false;
    }
    *title = decodeEntities(m.captured(1)).trimmed();
    *body = newline < 0 ? QString() : text.mid(newline + 1);
    if (title->isEmpty()) {
        *errors << QStringLiteral("%1: line 1: the title is empty").arg(file);
        return false;
    }
    if (body->trimmed().isEmpty()) {
        *errors << QStringLiteral("%1: has no text after the title").arg(file);
        return false;
    }
    return true;
}

const ConceptArticles::LoadResult &builtIn()
{
    static const ConceptArticles::LoadResult result = [] {
        ConceptArticles::LoadResult r = ConceptArticles::load(ConceptArticles::resourceDirectory());
        // A broken built-in article is a bug caught by tst_concepts; say what is wrong
        // rather than show an article in one language only.
        for (const QString &e : std::as_const(r.errors))
            qWarning("tcplab: built-in article %s", qPrintable(e));
        return r;
    }();
    return result;
}

} // namespace

QString ConceptArticle::title(const QString &language) const
{
    return ConceptArticles::isChinese(language) ? titleZh : titleEn;
}

QString ConceptArticle::body(const QString &language) const
{
    return ConceptArticles::isChinese(language) ? bodyZh : bodyEn;
}

QString ConceptArticles::resourceDirectory()
{
    return QStringLiteral(":/articles");
}

QStringList ConceptArticles::languages()
{
    return {QStringLiteral("en"), QStringLiteral("zh_CN")};
}

ConceptArticles::LoadResult ConceptArticles::load(const QString &directory)
{
    LoadResult result;
    const QDir dir(directory);
    const QString indexPath = dir.filePath(QString(indexFileName));
    QFile indexFile(indexPath);
    if (!indexFile.open(QIODevice::ReadOnly)) {
        result.errors << QStringLiteral("%1: cannot be read: %2").arg(indexPath, indexFile.errorString());
        return result;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(indexFile.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        result.errors << QStringLiteral("%1: not valid JSON at offset %2: %3")
                             .arg(indexPath).arg(parseError.offset).arg(parseError.errorString());
        return result;
    }
    IndexReader reader(indexPath);
    if (!doc.isObject()) {
        reader.error(QStringLiteral("(top level)"), QStringLiteral("must be an object"));
        result.errors = reader.errors;
        return result;
    }
    const QJsonObject top = doc.object();
    reader.onlyKeys(top, QString(), {QStringLiteral("version"), QStringLiteral("articles")});
    if (top.value(QStringLiteral("version")) != QJsonValue(1))
        reader.error(QStringLiteral("version"), QStringLiteral("must be 1"));
    const QJsonValue articles = top.value(QStringLiteral("articles"));
    if (!articles.isArray())
        reader.error(QStringLiteral("articles"), QStringLiteral("must be an array of articles"));

    QSet<QString> listedIds, expectedFiles;
    const QJsonArray entries = articles.toArray();
    for (int i = 0; i < entries.size(); ++i) {
        const QString path = item(QStringLiteral("articles"), i);
        ConceptArticle a;
        bool ok = reader.readEntry(entries[i], path, &a);
        if (!a.id.isEmpty()) {
            if (listedIds.contains(a.id)) {
                reader.error(child(path, QStringLiteral("id")), QStringLiteral("\"%1\" is listed twice").arg(a.id));
                continue;
            }
            listedIds.insert(a.id);
            for (const QString &language : languages()) {
                const QString name = QStringLiteral("%1.%2.html").arg(a.id, language);
                expectedFiles.insert(name);
                QString title, body;
                if (!readArticleFile(dir.filePath(name), &title, &body, &reader.errors)) {
                    ok = false;
                    continue;
                }
                if (isChinese(language)) {
                    a.titleZh = title;
                    a.bodyZh = body;
                } else {
                    a.titleEn = title;
                    a.bodyEn = body;
                }
            }
        }
        if (ok)
            result.articles << a;
    }
    // A file the index does not name would never be shown: most likely a new article whose
    // index entry was forgotten, or a misspelt id or language.
    for (const QString &name : dir.entryList({QStringLiteral("*.html")}, QDir::Files, QDir::Name)) {
        if (!expectedFiles.contains(name))
            reader.errors << QStringLiteral("%1: not listed in %2 (files are named <id>.<language>.html, "
                                            "languages %3)")
                                 .arg(dir.filePath(name), indexFileName, languages().join(QLatin1String(", ")));
    }
    result.errors = reader.errors;
    return result;
}

const QList<ConceptArticle> &ConceptArticles::all()
{
    return builtIn().articles;
}

const QStringList &ConceptArticles::errors()
{
    return builtIn().errors;
}

const ConceptArticle *ConceptArticles::find(const QString &id)
{
    for (const ConceptArticle &a : all()) {
        if (a.id == id)
            return &a;
    }
    return nullptr;
}

QString ConceptArticles::language()
{
    const QVariant v = QCoreApplication::instance()
                           ? QCoreApplication::instance()->property(languageProperty)
                           : QVariant();
    if (v.isValid() && !v.toString().isEmpty())
        return v.toString();
    // Without the property: if the installed catalogue turns the browser's own title into
    // Chinese, the app speaks Chinese; else the default locale decides.
    const QString probe = QCoreApplication::translate("tcplab::ConceptsBrowser", "Concepts");
    for (QChar c : probe) {
        if (c.unicode() >= 0x4e00 && c.unicode() <= 0x9fff)
            return QStringLiteral("zh_CN");
    }
    if (probe != QLatin1String("Concepts"))
        return QStringLiteral("en");
    return QLocale().language() == QLocale::Chinese ? QStringLiteral("zh_CN") : QStringLiteral("en");
}

void ConceptArticles::setLanguage(const QString &code)
{
    if (QCoreApplication::instance())
        QCoreApplication::instance()->setProperty(languageProperty, code);
}

bool ConceptArticles::isChinese(const QString &language)
{
    return language.startsWith(QLatin1String("zh"), Qt::CaseInsensitive);
}

} // namespace tcplab
