#pragma once

// QJsonDocument keeps only the last of two equal keys in an object, silently. A scenario file
// that says "at_ms" twice is a mistake the learner should hear about, so the text itself is
// scanned for them (internal to the model).
#include <QByteArray>
#include <QStringList>

namespace tcplab::JsonDuplicateKeys {

// For text that is already known to be valid JSON: one message per key that appears more
// than once in the same object, naming its JSON path ("actions[2].at_ms: appears twice"),
// in the order of the second appearances. Linear in the size of the text.
QStringList find(const QByteArray &json);

} // namespace tcplab::JsonDuplicateKeys
