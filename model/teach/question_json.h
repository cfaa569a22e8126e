#pragma once

#include "teach/question.h"

#include <QJsonObject>
#include <QList>

namespace tcplab {

class Trace;

// One question as the JSON of `tcplab-cli quiz --format json` (docs/quiz-format.md), its
// words in the language installed now.
QJsonObject questionToJson(const Question &question, const Trace &trace);

} // namespace tcplab
