#pragma once

#include <QJsonObject>
#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace tcplab {

// What one learner has done with the built-in lessons: which were opened, which of their
// "predict, then see" questions were answered (and which of those right at the first try),
// and which "Try this" challenges were met. Questions are named by QuestionKeys, challenges
// by their index in the scenario file. Kept as a small versioned JSON document
// (docs/progress.md); ProgressFile reads and writes it.
class LearnerProgress
{
public:
    static constexpr int currentVersion = 1;

    enum class Answer { Right, Wrong };

    struct Lesson {
        bool visited = false;
        QSet<QString> answered;        // question keys answered at all
        QSet<QString> rightFirstTime;  // ⊆ answered: the first answer was right
        QSet<QString> challengesDone;  // challenge keys
        friend bool operator==(const Lesson &, const Lesson &) = default;
    };

    bool isEmpty() const { return m_lessons.isEmpty(); }
    // Ids of the scenarios with any progress, sorted.
    QStringList scenarioIds() const { return m_lessons.keys(); }
    // The progress in one scenario; an unvisited lesson's is empty.
    Lesson lesson(const QString &scenarioId) const { return m_lessons.value(scenarioId); }

    // Each returns whether anything changed.
    bool markVisited(const QString &scenarioId);
    // Only the first answer to a question decides whether it was right first time; later
    // answers (the lesson opened again) change nothing.
    bool recordAnswer(const QString &scenarioId, const QString &questionKey, Answer answer);
    bool recordChallengeDone(const QString &scenarioId, const QString &challengeKey);
    void clear() { m_lessons.clear(); }

    QJsonObject toJson() const;
    // Reads toJson()'s document. Scenarios that `isKnownScenario` does not accept (a lesson
    // removed in a later release) are left out. A document of the wrong shape gives nothing
    // and, in *error, the JSON path and the problem ("scenarios.lost-syn.answered[2]: must be
    // a string").
    static std::optional<LearnerProgress>
    fromJson(const QJsonObject &json, const std::function<bool(const QString &)> &isKnownScenario,
             QString *error);

    friend bool operator==(const LearnerProgress &, const LearnerProgress &) = default;

private:
    QMap<QString, Lesson> m_lessons;
};

} // namespace tcplab
