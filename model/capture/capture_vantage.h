#pragma once

#include <QString>

namespace tcplab {

// Where, relative to the two ends of one connection, a capture seems to have been taken.
// A is the side that opened the connection, B the other (see Conversation).
enum class CaptureVantage {
    NearA,  // at A's interface: A's segments when sent, B's when they arrive
    NearB,  // at B's interface
    Middle, // on the path between them
};
QString captureVantageName(CaptureVantage vantage); // "A", "B", "wire": the --point spelling
bool captureVantageFromName(const QString &name, CaptureVantage *vantage);

} // namespace tcplab
