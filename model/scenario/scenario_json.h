#pragma once

// What reading and writing scenario files share (internal to the model).
#include "sim/app_action.h"

#include "sim/sim_time.h"

#include <QByteArray>
#include <QString>
#include <optional>

namespace tcplab::ScenarioJson {

// JSON numbers are doubles: integers above this lose precision and are written as text.
inline constexpr qint64 maxSafeJsonInteger = qint64(1) << 53;

// Shortest exact spelling; whole numbers without an exponent ("600000", not "6e+05").
QString formatNumber(double v);

// The readable filler that "bytes": N expands to: the alphabet, over and over, so a
// learner can tell from a letter which byte of the stream it is.
QByteArray generatedBytes(qint64 n);

// A text from a file as an error message shows it: control characters escaped as in JSON
// ("\n", "\u0001") and anything past 60 characters cut off with "…", so that one odd value
// can neither split a message over lines nor flood it.
QString shown(const QString &text);

// A key as a JSON path shows it: as it is when it is a plain word (letters, digits, '_',
// '-') of at most 60 characters, else in double quotes and shown() (the empty key is "").
QString keyInPath(const QString &key);

// A number of microseconds worked out in floating point from a file's number ("delay_ms":
// 2.5 times 1000), rounded to the nearest whole one; nothing when it is not a number or
// lies beyond what a SimTime holds, where std::llround is undefined. The reader bounds
// every time it reads far below that; this keeps a wrong bound from wrapping a time.
std::optional<SimTime> simTimeFromMicroseconds(double us);

// Actions of a whole host (crash, reboot, kill): they take no socket.
bool isHostLevel(AppActionKind k);

} // namespace tcplab::ScenarioJson
