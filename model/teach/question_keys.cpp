#include "teach/question_keys.h"

#include "scenario/scenario_library.h"
#include "sim/simulator.h"
#include "teach/written_questions.h"
#include "trace/trace.h"

#include <QHash>


namespace tcplab {

QStringList QuestionKeys::of(const QList<Question> &questions, const Trace &trace)
{
    QStringList keys;
    QHash<QString, int> seen;
    for (const Question &q : questions) {
        const QString host = q.host >= 0 ? trace.hostName(q.host) : QStringLiteral("-");
        QString key = QStringLiteral("%1@%2:%3").arg(questionKindName(q.kind)).arg(q.time).arg(host);
        const int n = ++seen[key];
        if (n > 1)
            key += QStringLiteral("#%1").arg(n);
        keys.append(key);
    }
    return keys;
}

QStringList QuestionKeys::ofBuiltin(const QString &scenarioId)
{
    // The library's scenarios never change while the program runs.
    static QHash<QString, QStringList> cache;
    if (const auto it = cache.constFind(scenarioId); it != cache.constEnd())
        return *it;
    QStringList keys;
    if (ScenarioLibrary::contains(scenarioId)) {
        const ScenarioFile::LoadResult loaded = ScenarioLibrary::load(scenarioId);
        if (loaded.ok) {
            const Trace trace = Simulator::run(loaded.scenario);
            keys = of(questionsOfRun(loaded.scenario, trace), trace);
        }
    }
    cache.insert(scenarioId, keys);
    return keys;
}

} // namespace tcplab
