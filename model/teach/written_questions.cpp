#include "teach/written_questions.h"

#include "scenario/scenario.h"
#include "teach/question_generator.h"
#include "trace/trace.h"

#include <algorithm>

namespace tcplab {

namespace {

TeachText localized(const LocalizedText &t)
{
    return TeachText::localized(t.en, t.zh);
}

} // namespace

QList<Question> writtenQuestions(const Scenario &scenario, const Trace &trace)
{
    QList<Question> result;
    for (const ScenarioQuestion &w : scenario.questions) {
        const int event = trace.firstEventAtOrAfter(w.at);
        if (event >= trace.events.size())
            continue;
        Question q;
        q.kind = QuestionKind::Written;
        q.host = -1;
        for (int h = 0; h < trace.hosts.size(); ++h) {
            if (trace.hosts[h].name == w.host)
                q.host = h;
        }
        q.event = event;
        q.time = w.at;
        q.prompt = localized(w.prompt);
        q.explanation = localized(w.explanation);
        for (const ScenarioQuestionChoice &c : w.choices) {
            QuestionChoice choice;
            choice.label = localized(c.text);
            choice.misconception = c.correct ? Misconception::None : c.misconception;
            if (!c.correct)
                choice.explanation = localized(c.explanation);
            if (c.correct)
                q.answer = int(q.choices.size());
            q.choices.append(choice);
        }
        result.append(q);
    }
    return result;
}

QList<Question> questionsOfRun(const Trace &trace, const QList<Question> &written)
{
    QList<Question> questions = QuestionGenerator(trace).questions();
    questions += written;
    std::stable_sort(questions.begin(), questions.end(),
                     [](const Question &a, const Question &b) { return a.time < b.time; });
    return questions;
}

QList<Question> questionsOfRun(const Scenario &scenario, const Trace &trace)
{
    return questionsOfRun(trace, writtenQuestions(scenario, trace));
}

} // namespace tcplab
