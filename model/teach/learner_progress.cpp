#include "teach/learner_progress.h"

#include <QJsonArray>

#include <algorithm>

namespace tcplab {

namespace {

const QString formatName = QStringLiteral("tcplab-progress");

QJsonArray sortedArray(const QSet<QString> &set)
{
    QStringList list(set.begin(), set.end());
    list.sort(); // the same progress gives the same file, byte for byte
    return QJsonArray::fromStringList(list);
}

// A JSON array of strings at `path`, or nothing with *error set.
std::optional<QSet<QString>> stringSet(const QJsonObject &object, const QString &key,
                                       const QString &path, QString *error)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined())
        return QSet<QString>();
    if (!value.isArray()) {
        *error = QStringLiteral("%1.%2: must be an array of strings").arg(path, key);
        return std::nullopt;
    }
    QSet<QString> set;
    const QJsonArray array = value.toArray();
    for (int i = 0; i < array.size(); ++i) {
        if (!array.at(i).isString() || array.at(i).toString().isEmpty()) {
            *error = QStringLiteral("%1.%2[%3]: must be a non-empty string").arg(path, key).arg(i);
            return std::nullopt;
        }
        set.insert(array.at(i).toString());
    }
    return set;
}

} // namespace

bool LearnerProgress::markVisited(const QString &scenarioId)
{
    Lesson &lesson = m_lessons[scenarioId];
    if (lesson.visited)
        return false;
    lesson.visited = true;
    return true;
}

bool LearnerProgress::recordAnswer(const QString &scenarioId, const QString &questionKey,
                                   Answer answer)
{
    Lesson &lesson = m_lessons[scenarioId];
    if (lesson.answered.contains(questionKey))
        return false;
    lesson.answered.insert(questionKey);
    if (answer == Answer::Right)
        lesson.rightFirstTime.insert(questionKey);
    return true;
}

bool LearnerProgress::recordChallengeDone(const QString &scenarioId, const QString &challengeKey)
{
    Lesson &lesson = m_lessons[scenarioId];
    if (lesson.challengesDone.contains(challengeKey))
        return false;
    lesson.challengesDone.insert(challengeKey);
    return true;
}

QJsonObject LearnerProgress::toJson() const
{
    QJsonObject scenarios;
    for (auto it = m_lessons.cbegin(); it != m_lessons.cend(); ++it) {
        QJsonObject lesson;
        lesson.insert(QStringLiteral("visited"), it->visited);
        lesson.insert(QStringLiteral("answered"), sortedArray(it->answered));
        lesson.insert(QStringLiteral("right_first_time"), sortedArray(it->rightFirstTime));
        lesson.insert(QStringLiteral("challenges_done"), sortedArray(it->challengesDone));
        scenarios.insert(it.key(), lesson);
    }
    QJsonObject json;
    json.insert(QStringLiteral("format"), formatName);
    json.insert(QStringLiteral("version"), currentVersion);
    json.insert(QStringLiteral("scenarios"), scenarios);
    return json;
}

std::optional<LearnerProgress>
LearnerProgress::fromJson(const QJsonObject &json,
                          const std::function<bool(const QString &)> &isKnownScenario, QString *error)
{
    QString ignored;
    if (!error)
        error = &ignored;
    if (json.value(QStringLiteral("format")).toString() != formatName) {
        *error = QStringLiteral("format: must be \"%1\"").arg(formatName);
        return std::nullopt;
    }
    const QJsonValue version = json.value(QStringLiteral("version"));
    if (!version.isDouble() || version.toDouble() != currentVersion) {
        *error = QStringLiteral("version: must be %1").arg(currentVersion);
        return std::nullopt;
    }
    const QJsonValue scenarios = json.value(QStringLiteral("scenarios"));
    if (!scenarios.isObject()) {
        *error = QStringLiteral("scenarios: must be an object");
        return std::nullopt;
    }
    LearnerProgress progress;
    const QJsonObject all = scenarios.toObject();
    for (auto it = all.constBegin(); it != all.constEnd(); ++it) {
        const QString path = QStringLiteral("scenarios.") + it.key();
        if (!it->isObject()) {
            *error = path + QStringLiteral(": must be an object");
            return std::nullopt;
        }
        const QJsonObject object = it->toObject();
        Lesson lesson;
        const QJsonValue visited = object.value(QStringLiteral("visited"));
        if (!visited.isUndefined() && !visited.isBool()) {
            *error = path + QStringLiteral(".visited: must be true or false");
            return std::nullopt;
        }
        lesson.visited = visited.toBool();
        const auto answered = stringSet(object, QStringLiteral("answered"), path, error);
        const auto right = answered ? stringSet(object, QStringLiteral("right_first_time"), path, error)
                                    : std::nullopt;
        const auto challenges = right ? stringSet(object, QStringLiteral("challenges_done"), path, error)
                                      : std::nullopt;
        if (!challenges)
            return std::nullopt;
        lesson.answered = *answered;
        lesson.rightFirstTime = *right;
        lesson.challengesDone = *challenges;
        // Answered right first time means answered.
        lesson.answered.unite(lesson.rightFirstTime);
        // Checked for shape first, so a broken file is a broken file whatever it names.
        if (isKnownScenario && !isKnownScenario(it.key()))
            continue;
        if (lesson != Lesson())
            progress.m_lessons.insert(it.key(), lesson);
    }
    return progress;
}

} // namespace tcplab
