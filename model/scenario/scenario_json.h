#pragma once

// What reading and writing scenario files share (internal to the model).
#include "sim/app_action.h"

#include <QByteArray>
#include <QString>

namespace tcplab::ScenarioJson {

// JSON numbers are doubles: integers above this lose precision and are written as text.
inline constexpr qint64 maxSafeJsonInteger = qint64(1) << 53;

// Shortest exact spelling; whole numbers without an exponent ("600000", not "6e+05").
QString formatNumber(double v);

// The readable filler that "bytes": N expands to: the alphabet, over and over, so a
// learner can tell from a letter which byte of the stream it is.
QByteArray generatedBytes(qint64 n);

// Actions of a whole host (crash, reboot, kill): they take no socket.
bool isHostLevel(AppActionKind k);

} // namespace tcplab::ScenarioJson
