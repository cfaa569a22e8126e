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

} // namespace tcplab
