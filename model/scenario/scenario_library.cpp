#include "scenario/scenario_library.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QtDebug>
#include <algorithm>

namespace tcplab {

namespace {
// The translation context of messages about scenario files (as in scenario_file.cpp);
// lupdate sees FileMessages::tr("…").
struct FileMessages {
    Q_DECLARE_TR_FUNCTIONS(FileMessages)
};
} // namespace

namespace {

struct Entry {
    QString path;
    Scenario scenario;
};

const QList<Entry> &entries()
{
    static const QList<Entry> list = [] {
        QList<Entry> result;
        const QDir dir(ScenarioLibrary::resourceDirectory());
        const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
        for (const QString &file : files) {
            const QString path = dir.filePath(file);
            const ScenarioFile::LoadResult r = ScenarioFile::load(path);
            if (!r.ok) {
                // A broken built-in file is a bug caught by tst_scenario_file; leave it out
                // rather than offer a lesson that cannot run.
                qWarning("tcplab: built-in scenario %s is invalid: %s", qPrintable(path),
                         qPrintable(r.errors.join(QLatin1String("; "))));
                continue;
            }
            result.append(Entry{path, r.scenario});
        }
        const QStringList lessons = ScenarioLibrary::lessons();
        auto rank = [&lessons](const Scenario &s) {
            const int i = lessons.indexOf(s.lesson);
            return i < 0 ? lessons.size() : i;
        };
        std::stable_sort(result.begin(), result.end(), [&rank](const Entry &a, const Entry &b) {
            const int ra = rank(a.scenario), rb = rank(b.scenario);
            if (ra != rb)
                return ra < rb;
            if (a.scenario.lessonOrder != b.scenario.lessonOrder)
                return a.scenario.lessonOrder < b.scenario.lessonOrder;
            return a.scenario.id < b.scenario.id;
        });
        return result;
    }();
    return list;
}

const Entry *find(const QString &id)
{
    for (const Entry &e : entries()) {
        if (e.scenario.id == id)
            return &e;
    }
    return nullptr;
}

} // namespace

QStringList ScenarioLibrary::lessons()
{
    return {QStringLiteral("opening"), QStringLiteral("data"), QStringLiteral("closing"),
            QStringLiteral("time-wait"), QStringLiteral("failures"), QStringLiteral("attacks")};
}

QString ScenarioLibrary::resourceDirectory()
{
    return QStringLiteral(":/scenarios");
}

QStringList ScenarioLibrary::ids()
{
    QStringList result;
    for (const Entry &e : entries())
        result << e.scenario.id;
    return result;
}

QList<Scenario> ScenarioLibrary::scenarios()
{
    QList<Scenario> result;
    for (const Entry &e : entries())
        result << e.scenario;
    return result;
}

bool ScenarioLibrary::contains(const QString &id)
{
    return find(id) != nullptr;
}

ScenarioFile::LoadResult ScenarioLibrary::load(const QString &id)
{
    ScenarioFile::LoadResult r;
    if (const Entry *e = find(id)) {
        r.ok = true;
        r.scenario = e->scenario;
        return r;
    }
    r.errors << FileMessages::tr("'%1': no built-in scenario has this id (known: %2)")
                    .arg(id, ids().join(QLatin1String(", ")));
    return r;
}

bool ScenarioLibrary::looksLikePath(const QString &idOrPath)
{
    return idOrPath.contains(QLatin1Char('/')) || idOrPath.contains(QDir::separator())
           || idOrPath.endsWith(QLatin1String(".json"), Qt::CaseInsensitive);
}

ScenarioFile::LoadResult ScenarioLibrary::loadByIdOrPath(const QString &idOrPath)
{
    const bool path = looksLikePath(idOrPath);
    if (!path && contains(idOrPath))
        return load(idOrPath);
    if (path || QFileInfo(idOrPath).isFile())
        return ScenarioFile::load(idOrPath);
    ScenarioFile::LoadResult r;
    r.errors << FileMessages::tr("'%1': neither a built-in scenario nor a file (built-in: %2)")
                    .arg(idOrPath, ids().join(QLatin1String(", ")));
    return r;
}

} // namespace tcplab
