#pragma once

#include "teach/question.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace tcplab {

struct Scenario;
class Trace;

// Names for the questions of a run that stay the same from one run of the same story to the
// next, so the learner's progress (LearnerProgress) can say which of a lesson's questions
// were answered: kind, moment and host, as "next-state@1200000:B". A second question of the
// same kind, moment and host (none today) would be told apart by "#2".
class QuestionKeys
{
public:
    // One key per question, in the order given.
    static QStringList of(const QList<Question> &questions, const Trace &trace);
    // The keys of the questions of a built-in lesson as shipped (its unedited run), worked
    // out once per lesson and kept; empty for an unknown id.
    static QStringList ofBuiltin(const QString &scenarioId);
};

} // namespace tcplab
