#pragma once

#include "teach/question.h"

#include <QList>

namespace tcplab {

struct Scenario;
class Trace;

// The scenario file's hand-written questions ("questions") as questions of one run, asked
// in predict mode beside the generated ones: each at its moment (the first event at or
// after it gives the answer away), in the teacher's words in both languages. A question
// whose moment lies after the end of the run is left out.
QList<Question> writtenQuestions(const Scenario &scenario, const Trace &trace);

// The questions of a run as predict mode, progress, `tcplab-cli quiz` and worksheets ask
// them: those generated from the trace and the hand-written `written`, in time order (a
// hand-written question after the generated ones of its moment).
QList<Question> questionsOfRun(const Trace &trace, const QList<Question> &written);
// The same for a run of `scenario`, with its own hand-written questions.
QList<Question> questionsOfRun(const Scenario &scenario, const Trace &trace);

} // namespace tcplab
